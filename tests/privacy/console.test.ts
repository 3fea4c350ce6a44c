/** Salary data is personal data: nothing Plankoll runs may write to the console. */
import { salarySampleWorkbook } from "../../scripts/sampleWorkbooks";
import { applyPlan, clearPlankoll, workbookGrids } from "../../src/xlsx";
import { analyzeWorkbook, fileReport } from "../../src/core";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { roundTrip } from "../helpers/workbooks";

test("core, the xlsx adapter and the Excel adapter never write to the console", async () => {
  installExcelGlobals();
  const spies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((m) => jest.spyOn(console, m));
  const workbook = await roundTrip(salarySampleWorkbook());
  const grids = workbookGrids(workbook);
  const analysis = analyzeWorkbook(grids);
  fileReport("lon.xlsx", analysis.sheets);
  applyPlan(workbook, analysis.plan);
  clearPlankoll(workbook);
  const model = new FakeWorkbook();
  for (const grid of grids) model.addSheet(grid.sheet, grid.values);
  const { port } = fakePort(model);
  await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
  await port.clear();
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
});
