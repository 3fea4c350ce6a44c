/** The "Plankoll Granskning" sheet: every finding of every sheet, each linked to its cell. */
import type { SheetCell, SheetSpec } from "./plan";
import { COLORS } from "./plan";
import type { AnalysisContext } from "./templates";
import type { SheetReport } from "./analyze";
import type { Finding } from "./templates/types";
import type { WorkbookFinding } from "./templates/types";

export function reviewSheet(
  reports: readonly SheetReport[],
  ctx: AnalysisContext,
  workbook: readonly WorkbookFinding[] = [],
): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [{ row: 1, col: 1, value: t("review.title"), bold: true }];
  const heads = ["sheet", "cell", "severity", "code", "message"] as const;
  heads.forEach((head, i) =>
    cells.push({ row: 3, col: i + 1, value: t(`review.head.${head}`), bold: true, fill: COLORS.header, border: true }),
  );
  let row = 4;
  const line = (sheet: string, f: Finding) => {
    cells.push({ row, col: 1, value: sheet });
    cells.push({ row, col: 2, value: f.cell, link: { sheet, cell: f.cell } });
    cells.push({ row, col: 3, value: t(`severity.${f.severity}`), fill: COLORS[f.severity] });
    cells.push({ row, col: 4, value: f.code });
    cells.push({ row, col: 5, value: f.message, wrap: true });
    row++;
  };
  for (const report of reports) for (const f of report.findings) line(report.sheet, f);
  if (row === 4 && workbook.length === 0) cells.push({ row, col: 1, value: t("review.none") });
  if (workbook.length) {
    // The workbook's own findings, across its sheets, in a group of their own.
    row++;
    cells.push({ row, col: 1, value: t("review.workbook"), bold: true });
    row++;
    for (const { sheet, finding } of workbook) line(sheet, finding);
  }
  // The table's header is printed again on every page.
  return { name: t("sheet.review"), cells, columnWidths: [22, 8, 14, 26, 90], titleRows: [3, 3] };
}
