import ExcelJS from "exceljs";
import { demoPort, type DemoState } from "../src/demo/port";
import { riskSampleWorkbook } from "../scripts/sampleWorkbooks";
import { analyzeWorkbook, translator } from "../src/core";
import { roundTrip } from "./helpers/workbooks";

test("the demo's port runs the pane's operations on a workbook held in memory", async () => {
  const state: DemoState = {
    workbook: await roundTrip(riskSampleWorkbook()),
    active: "Riskanalys med fel",
    selected: null,
  };
  let changes = 0;
  const port = demoPort(state, () => changes++, translator("sv"));
  const grid = await port.readActiveSheet();
  const summary = await port.writePlan(analyzeWorkbook([grid]).plan);
  expect(summary.sheets).toEqual(["Plankoll Granskning", "Plankoll Riskmatris"]);
  const sheet = state.workbook.getWorksheet("Riskanalys med fel")!;
  expect((sheet.getCell("F8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
  // A rerun reads the sheet as the user left it (Plankoll's column reads as empty cells).
  const trim = (rows: unknown[][]) => rows.map((r) => r.slice(0, 7));
  expect(trim((await port.readActiveSheet()).values)).toEqual(trim(grid.values));
  expect((await port.readActiveSheet()).values.flat().filter((v) => v !== "").length).toBe(
    grid.values.flat().filter((v) => v !== "").length,
  );
  await port.selectCell("Internkontrollplan", "F7");
  expect(state).toMatchObject({ active: "Internkontrollplan", selected: "F7" });
  expect(await port.clear()).toBe(true);
  expect(state.workbook.getWorksheet("Plankoll Granskning")).toBeUndefined();
  const name = await port.insertTemplate("kus", "sv");
  expect(state.active).toBe(name);
  await port.saveSettings('{"settings":{},"language":"en"}');
  expect(await port.readSettings()).toBe('{"settings":{},"language":"en"}');
  expect(changes).toBe(5);
});
