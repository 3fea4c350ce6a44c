/** The adapter through Microsoft's office.js, answered by the host simulator over the fake's workbook. */
import { FakeWorkbook, installExcelGlobals } from "./fakeExcel";
import { loadOfficeJs } from "./officeJs";
import { HostSimulator } from "./hostSimulator";
import { readSheet } from "../../src/excel/read";
import { GENERATORS, riskRegisterRows } from "../../scripts/generate";

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

test.each(Object.entries(GENERATORS))(
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

describe("what Excel refuses, through office.js", () => {
  function through(model: FakeWorkbook) {
    installExcelGlobals();
    const host = new HostSimulator(model);
    const office = loadOfficeJs((request) => host.respond(request));
    (globalThis as { Excel?: unknown }).Excel = office.Excel;
    return {
      host,
      office,
      run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => office.Excel.run(office.context(), batch),
    };
  }

  test("a get of more than 5 000 000 cells is refused, and the adapter never asks for one", async () => {
    const model = new FakeWorkbook();
    model.addSheet("Stor", [["Nr"]]).set(199_999, 40, "x");
    model.active = "Stor";
    const { run } = through(model);
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 200_000, 41);
        range.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    // The same sheet through the adapter: read in blocks under the limit.
    const read = await run((context) => readSheet(context, undefined, undefined, true));
    expect(read.grid.values.length).toBe(200_000);
    expect(read.grid.values[199_999][40]).toBe("x");
  }, 60_000);

  test("a protected sheet is found before anything is written; the error code comes through office.js", async () => {
    const { excelPort } = await import("../../src/excel/port");
    const { analyzeWorkbook } = await import("../../src/core");
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Risker", riskRegisterRows(50));
    model.active = "Risker";
    const { run } = through(model);
    const port = excelPort(
      run,
      () => false,
      () => true,
    );
    const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
    sheet.isProtected = true;
    await expect(port.writePlan(plan)).rejects.toMatchObject({ reason: "sheetProtected" });
    expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
    // Had Excel been asked to write there, office.js raises its AccessDenied.
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Risker").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

test("an empty sheet through office.js: read as empty, nothing refused", async () => {
  installExcelGlobals();
  const model = new FakeWorkbook();
  model.addSheet("Tom");
  model.active = "Tom";
  const host = new HostSimulator(model);
  const office = loadOfficeJs((request) => host.respond(request));
  (globalThis as { Excel?: unknown }).Excel = office.Excel;
  const read = await office.Excel.run(office.context(), (context) => readSheet(context, undefined, undefined, true));
  expect(read.grid.values).toEqual([]);
});
