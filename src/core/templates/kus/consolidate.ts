/** Finance's view of many KUS requests: every application with its förvaltning, totals per förvaltning and in all. */
import type { Finding } from "../../types";
import type { SheetReport } from "../../analyze";
import type { KusApplication } from "./index";
import type { Translate } from "../../i18n";
import { COLORS, type SheetCell, type SheetSpec } from "../../plan";

export interface KusRequest {
  /** The förvaltning, from the sheet's title, else the file's name. */
  name: string;
  file: string;
  sheet: string;
  totalSek: number;
  applications: KusApplication[];
}

export interface Consolidation {
  template: "kus";
  totalSek: number;
  organisations: KusRequest[];
}

/** Every KUS sheet of a file is one request; a file without one contributes nothing. */
export function kusRequests(file: string, fallbackName: string, sheets: readonly SheetReport[]): KusRequest[] {
  return sheets
    .filter((s): s is Extract<SheetReport, { template: "kus" }> => s.template === "kus")
    .map((s) => {
      const result = s.result;
      return {
        name: result.organisation ?? fallbackName,
        file,
        sheet: s.sheet,
        totalSek: result.totalSek,
        applications: result.applications,
      };
    });
}

/** The findings of a file's KUS sheets, for the summary's list of findings. */
export function requestFindings(
  file: string,
  sheets: readonly SheetReport[],
): { file: string; sheet: string; finding: Finding }[] {
  return sheets
    .filter((s) => s.template === "kus")
    .flatMap((s) => s.findings.map((finding) => ({ file, sheet: s.sheet, finding })));
}

export function consolidate(requests: readonly KusRequest[]): Consolidation {
  return { template: "kus", totalSek: requests.reduce((sum, r) => sum + r.totalSek, 0), organisations: [...requests] };
}

/** The summary workbook's sheets: the applications with subtotals and total, and every file's findings. */
export function consolidationSheets(
  consolidation: Consolidation,
  findings: readonly { file: string; sheet: string; finding: Finding }[],
  t: Translate,
): SheetSpec[] {
  const cells: SheetCell[] = [{ row: 1, col: 1, value: t("consolidate.title"), bold: true }];
  let row = 3;
  (["organisation", "priority", "title", "sek", "file"] as const).forEach((head, i) =>
    cells.push({
      row,
      col: i + 1,
      value: t(`consolidate.head.${head}`),
      bold: true,
      fill: COLORS.header,
      border: true,
    }),
  );
  for (const request of consolidation.organisations) {
    const sorted = [...request.applications].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
    for (const a of sorted) {
      row++;
      [request.name, a.priority ?? "", a.title ?? "", a.requestedSek ?? "", request.file].forEach((value, i) =>
        cells.push({ row, col: i + 1, value, border: true }),
      );
    }
    row++;
    cells.push({ row, col: 1, value: t("consolidate.subtotal", { organisation: request.name }), bold: true });
    cells.push({ row, col: 4, value: request.totalSek, bold: true, border: true });
  }
  row += 2;
  cells.push({ row, col: 1, value: t("consolidate.total"), bold: true, fill: COLORS.header });
  cells.push({ row, col: 4, value: consolidation.totalSek, bold: true, fill: COLORS.header, border: true });

  const found: SheetCell[] = [];
  (["file", "sheet", "cell", "severity", "code", "message"] as const).forEach((head, i) =>
    found.push({
      row: 1,
      col: i + 1,
      value: t(`consolidate.head.${head}`),
      bold: true,
      fill: COLORS.header,
      border: true,
    }),
  );
  findings.forEach(({ file, sheet, finding }, i) => {
    [file, sheet, finding.cell, t(`severity.${finding.severity}`), finding.code, finding.message].forEach((value, j) =>
      found.push({
        row: i + 2,
        col: j + 1,
        value,
        wrap: j === 5,
        fill: j === 3 ? COLORS[finding.severity] : undefined,
      }),
    );
  });
  return [
    { name: "Sammanställning KUS", cells, columnWidths: [34, 6, 60, 16, 36] },
    { name: t("consolidate.findings"), cells: found, columnWidths: [36, 22, 8, 12, 22, 90], titleRows: [1, 1] },
  ];
}
