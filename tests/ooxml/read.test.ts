/** The streaming reader gives the core what exceljs gave it, on every sample and layout fixture. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sampleWorkbooks } from "../../scripts/sampleWorkbooks";
import { analyzeWorkbook } from "../../src/core";
import { workbookGrids } from "../../tools/xlsx";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import { roundTrip } from "../helpers/workbooks";

const options = { today: "2026-12-01" };

describe.each(Object.entries(sampleWorkbooks))("%s", (name, build) => {
  test("the same reports as through exceljs", async () => {
    const workbook = build();
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const streamed = readWorkbookPackage(XlsxPackage.fromBytes(bytes));
    const viaExceljs = analyzeWorkbook(workbookGrids(await roundTrip(workbook)), options);
    expect(analyzeWorkbook(streamed.grids, options).sheets).toEqual(viaExceljs.sheets);
    const committed = join(__dirname, "..", "..", "samples", name);
    const fromFile = readWorkbookPackage(XlsxPackage.fromBytes(readFileSync(committed)));
    expect(fromFile.grids.map((g) => g.sheet)).toEqual(
      viaExceljs.sheets.map((s) => s.sheet).filter((s, i, a) => a.indexOf(s) === i),
    );
  });
});
