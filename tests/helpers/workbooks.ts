/** Test workbooks go through a real .xlsx round trip and the same adapter users run. */
import ExcelJS from "exceljs";
import { workbookFromRows, type RawSheet } from "../../scripts/sampleWorkbooks";
import { workbookGrids } from "../../src/xlsx";
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
