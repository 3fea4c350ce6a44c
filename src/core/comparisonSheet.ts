/**
 * "Plankoll Jämförelse": this year's workbook against last year's (`AnalysisContext.previous`), per
 * sheet — how many items are new, gone and changed, then each difference in words, linked to its
 * cell. Made from the workbook findings the templates' comparisons tag (`WorkbookFinding.comparison`);
 * none where no comparison was made.
 */
import type { SheetCell, SheetSpec } from "./plan";
import { COLORS } from "./plan";
import type { AnalysisContext } from "./templates";
import type { Comparison, Finding, WorkbookFinding } from "./templates/types";

export interface SheetComparison {
  sheet: string;
  added: number;
  removed: number;
  changed: number;
  findings: (Finding & { comparison: Comparison })[];
}

/** The comparisons among a workbook's findings, grouped by this year's sheet in the order they come. */
export function comparisonsOf(workbook: readonly WorkbookFinding[]): SheetComparison[] {
  const bySheet = new Map<string, SheetComparison>();
  for (const { sheet, finding, comparison } of workbook) {
    if (!comparison) continue;
    let entry = bySheet.get(sheet);
    if (!entry) bySheet.set(sheet, (entry = { sheet, added: 0, removed: 0, changed: 0, findings: [] }));
    if (comparison !== "said") entry[comparison]++;
    entry.findings.push({ ...finding, comparison });
  }
  return [...bySheet.values()];
}

export function comparisonSheet(workbook: readonly WorkbookFinding[], ctx: AnalysisContext): SheetSpec | null {
  const compared = comparisonsOf(workbook);
  if (compared.length === 0) return null;
  const { t } = ctx;
  const cells: SheetCell[] = [{ row: 1, col: 1, value: t("comparison.title"), bold: true }];
  let row = 3;
  for (const entry of compared) {
    cells.push({
      row: row++,
      col: 1,
      value: t("comparison.sheet", {
        sheet: entry.sheet,
        added: entry.added,
        removed: entry.removed,
        changed: entry.changed,
      }),
      bold: true,
    });
    (["what", "cell", "message"] as const).forEach((head, i) =>
      cells.push({
        row,
        col: i + 1,
        value: t(`comparison.head.${head}`),
        bold: true,
        fill: COLORS.header,
        border: true,
      }),
    );
    row++;
    for (const f of entry.findings) {
      cells.push({ row, col: 1, value: t(`comparison.kind.${f.comparison}`), border: true, fill: COLORS[f.severity] });
      cells.push({ row, col: 2, value: f.cell, link: { sheet: entry.sheet, cell: f.cell }, border: true });
      cells.push({ row, col: 3, value: f.message, wrap: true, border: true });
      row++;
    }
    row++;
  }
  return { name: t("sheet.comparison"), cells, columnWidths: [14, 8, 100] };
}
