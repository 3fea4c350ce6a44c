/** Reads worksheets of an exceljs workbook into the core's Grid, the way Excel would show them. */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/types";
import { BACKUP_SHEET, SETTINGS_SHEET, decodeBackup, withoutPlankollValues } from "../core";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An exceljs cell value as Office.js would deliver it: dates as serials, errors as "#REF!". */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    // A date-formatted number beyond Excel's dates (Excel shows ####): exceljs loses the number,
    // so the cell reads as Excel's error for it, and the core reports it at its cell.
    if (Number.isNaN(value.getTime())) return "#NUM!";
    return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join("");
    if ("error" in value && value.error) return String(value.error);
    if ("formula" in value || "sharedFormula" in value)
      return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value && "hyperlink" in value)
      return toCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(value);
}

export function gridFromWorksheet(worksheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  let width = 0;
  // Rows are made as cells are met; rows without cells are left as holes and share one empty row
  // below, so a stray value at row 1 000 000 costs a million pointers, not a million rows.
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > width) width = colNumber;
      const r = rowNumber - 1;
      if (values[r] === undefined) {
        values[r] = [];
        numberFormats[r] = [];
      }
      // A merged cell's value belongs to its top-left cell only, as in Excel.
      const value = cell.type === ExcelJS.ValueType.Merge ? "" : toCellValue(cell.value);
      values[r][colNumber - 1] = value;
      if (cell.numFmt) numberFormats[r][colNumber - 1] = cell.numFmt;
    });
  });
  const emptyRow = Object.freeze(Array<CellValue>(width).fill("")) as CellValue[];
  const noFormats = Object.freeze(Array<string | null>(width).fill(null)) as (string | null)[];
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row === undefined) {
      values[r] = emptyRow;
      numberFormats[r] = noFormats;
      continue;
    }
    const formats = numberFormats[r];
    for (let c = 0; c < width; c++) {
      if (row[c] === undefined) row[c] = "";
      if (formats[c] === undefined) formats[c] = null;
    }
  }
  return { sheet: worksheet.name, originRow: 1, originCol: 1, values, numberFormats };
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function readBackupSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet(BACKUP_SHEET);
  if (!sheet) return null;
  const chunks: unknown[] = [];
  sheet.getColumn(1).eachCell((cell) => chunks.push(cell.value));
  return decodeBackup(chunks);
}

/**
 * The user's sheets as grids, as the user left them: Plankoll's hidden backup sheet is not one
 * of them, and values Plankoll wrote earlier are read as the empty cells they were.
 */
export function workbookGrids(workbook: ExcelJS.Workbook): Grid[] {
  const backup = readBackupSheet(workbook);
  return workbook.worksheets
    .filter((ws) => ws.name !== BACKUP_SHEET && ws.name !== SETTINGS_SHEET)
    .map((ws) => withoutPlankollValues(gridFromWorksheet(ws), backup));
}
