/** Test workbooks go through a real .xlsx round trip and the same adapter users run. */
import ExcelJS from "exceljs";
import { workbookFromRows, type RawSheet } from "../../scripts/sampleWorkbooks";
import { workbookGrids } from "../../tools/xlsx";
import { analyzeWorkbook, type AnalyzeOptions } from "../../src/core";

export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

export async function analyzeSheets(sheets: RawSheet[], options: AnalyzeOptions = {}) {
  const workbook = await roundTrip(workbookFromRows(sheets));
  return analyzeWorkbook(workbookGrids(workbook), options);
}

/** Every cell's value, style and note, sheet by sheet, as a comparable snapshot. */
export function workbookSnapshot(workbook: ExcelJS.Workbook) {
  const sheets: Record<string, Record<string, unknown>> = {};
  for (const ws of workbook.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = JSON.parse(JSON.stringify(cell.style ?? {}));
        const empty = cell.value === null && Object.keys(style).length === 0 && cell.note === undefined;
        // Dates by their text: two Invalid Dates are the same cell, though not equal objects.
        const value = cell.value instanceof Date ? String(cell.value) : cell.value;
        if (!empty) cells[cell.address] = { value, style, note: cell.note ?? null };
      }),
    );
    sheets[ws.name] = cells;
  }
  return sheets;
}
