/** The workbook's own settings in .xlsx files: JSON in A1 of a very hidden sheet. */
import ExcelJS from "exceljs";
import { SETTINGS_SHEET, parseStoredSettings, type StoredSettings } from "../core";

export function readWorkbookSettings(workbook: ExcelJS.Workbook): ReturnType<typeof parseStoredSettings> {
  const value = workbook.getWorksheet(SETTINGS_SHEET)?.getCell("A1").value;
  return parseStoredSettings(typeof value === "string" ? value : null);
}

export function writeWorkbookSettings(workbook: ExcelJS.Workbook, stored: StoredSettings): void {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  sheet.getCell("A1").value = JSON.stringify(stored);
}
