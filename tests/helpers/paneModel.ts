/** A workbook as the fake Excel holds it for the pane's tests: a sample's sheets, their number formats, one active. */
import type ExcelJS from "exceljs";
import { FakeWorkbook } from "../excel/fakeExcel";
import { workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "./workbooks";

export async function paneModel(active: string, build: () => ExcelJS.Workbook): Promise<FakeWorkbook> {
  const workbook = new FakeWorkbook();
  for (const grid of workbookGrids(await roundTrip(build()))) {
    const sheet = workbook.addSheet(grid.sheet, grid.values);
    grid.numberFormats?.forEach((row, r) => row.forEach((f, c) => f && sheet.setFormat(r, c, { numberFormat: f })));
  }
  workbook.active = active;
  return workbook;
}
