/** The workbook's own settings through Office.js: JSON in A1 of a very hidden sheet, so every colleague gets them. */
import { SETTINGS_SHEET } from "../core";

export async function readSettingsJson(context: Excel.RequestContext): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  if (sheet.isNullObject) return null;
  const cell = sheet.getRange("A1");
  cell.load("values");
  await context.sync();
  const value = cell.values[0][0];
  return typeof value === "string" && value ? value : null;
}

export async function writeSettingsJson(context: Excel.RequestContext, json: string): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(SETTINGS_SHEET) : existing;
  sheet.getRange("A1").values = [[json]];
  sheet.visibility = Excel.SheetVisibility.veryHidden;
  await context.sync();
}
