/** A workbook from rows of cells, as exceljs writes it: the building block of the samples and the layout fixtures. */
import ExcelJS from "exceljs";

export type RawCell =
  string | number | boolean | null | { error: string } | { formula: string; result?: number | string };

export interface RawSheet {
  name: string;
  rows: RawCell[][];
  merges?: string[];
  widths?: number[];
  /** Number formats by cell address, e.g. {"C5": "0 %"} for a percent-formatted cell. */
  formats?: Record<string, string>;
}

/** A workbook with the given cells, text wrapped as typed (line breaks kept). */
export function workbookFromRows(sheets: readonly RawSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plankoll samples";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value as ExcelJS.CellValue;
        if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
      }),
    );
    for (const merge of spec.merges ?? []) sheet.mergeCells(merge);
    for (const [address, numFmt] of Object.entries(spec.formats ?? {})) sheet.getCell(address).numFmt = numFmt;
    spec.widths?.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  }
  return workbook;
}
