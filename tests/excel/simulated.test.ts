/** The adapter through Microsoft's office.js, answered by the host simulator over the fake's workbook. */
import { FakeWorkbook, installExcelGlobals } from "./fakeExcel";
import { loadOfficeJs } from "./officeJs";
import { HostSimulator } from "./hostSimulator";
import { readSheet } from "../../src/excel/read";
import {
  actionPlanRows,
  genderStatsRows,
  indicatorRows,
  kusRows,
  payrollRows,
  procurementRows,
  riskRegisterRows,
} from "../../scripts/generate";

test("Granska's read through office.js: the grid as the fake gives it", async () => {
  installExcelGlobals();
  const model = new FakeWorkbook();
  model.addSheet("Risker", riskRegisterRows(200));
  model.active = "Risker";
  const host = new HostSimulator(model);
  const office = loadOfficeJs((request) => host.respond(request));
  (globalThis as { Excel?: unknown }).Excel = office.Excel;
  const read = await office.Excel.run(office.context(), (context) => readSheet(context, undefined, undefined, true));
  expect(read.grid.values.length).toBe(203);
  expect(read.grid.values[3]).toEqual(riskRegisterRows(200)[3]);
});

const TEMPLATES = {
  risk: riskRegisterRows,
  indicators: indicatorRows,
  actionplan: actionPlanRows,
  genderstats: genderStatsRows,
  salary: payrollRows,
  procurement: procurementRows,
  kus: kusRows,
};

test.each(Object.entries(TEMPLATES))(
  "%s: Granska → Skriv resultat → Skriv resultat → Rensa through office.js leaves the workbook as it was",
  async (_template, rowsOf) => {
    const { excelPort } = await import("../../src/excel/port");
    const { analyzeWorkbook } = await import("../../src/core");
    const { snapshot } = await import("./fakeExcel");
    installExcelGlobals();
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Risker", rowsOf(2_000));
    sheet.setFormat(5, 5, { fillColor: "#00B0F0", fillPattern: "Solid" });
    model.active = "Risker";
    const before = snapshot(sheet);
    const host = new HostSimulator(model);
    const office = loadOfficeJs((request) => host.respond(request));
    (globalThis as { Excel?: unknown }).Excel = office.Excel;
    // The npm office.js has no notes (ExcelApi 1.18): a host without them.
    const port = excelPort(
      (batch) => office.Excel.run(office.context(), batch),
      () => false,
      () => true,
    );
    const grid = await port.readActiveSheet();
    const analysis = analyzeWorkbook([grid]);
    expect(analysis.sheets[0].template).toBe(_template);
    await port.writePlan(analysis.plan);
    expect(model.sheets.map((s) => s.name)).toContain("Plankoll Granskning");
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    expect((await port.clear()).cleared).toBe(true);
    expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
    expect(snapshot(sheet)).toEqual(before);
    expect(host.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(host.largestResponse).toBeLessThan(5 * 1024 * 1024);
  },
  60_000,
);
