/** The workbook's own settings in .xlsx files: JSON in A1 of a very hidden sheet. */
import ExcelJS from "exceljs";
import { SETTINGS_SHEET, parseStoredSettings, type StoredSettings } from "../../src/core";

export function readSettingsText(workbook: ExcelJS.Workbook): string | null {
  const value = workbook.getWorksheet(SETTINGS_SHEET)?.getCell("A1").value;
  return typeof value === "string" && value ? value : null;
}

export function writeSettingsText(workbook: ExcelJS.Workbook, json: string): void {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  sheet.getCell("A1").value = json;
}

export function readWorkbookSettings(workbook: ExcelJS.Workbook): ReturnType<typeof parseStoredSettings> {
  return parseStoredSettings(readSettingsText(workbook));
}

export function writeWorkbookSettings(workbook: ExcelJS.Workbook, stored: StoredSettings): void {
  writeSettingsText(workbook, JSON.stringify(stored));
}
