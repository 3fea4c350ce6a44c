/** The adapter through Microsoft's office.js, answered by the host simulator over the fake's workbook. */
import { FakeWorkbook, installExcelGlobals, snapshot } from "./fakeExcel";
import { loadOfficeJs } from "./officeJs";
import { HostSimulator, PROFILES, simulatedPort as simulated, type HostProfile } from "./hostSimulator";
import type { CellValue } from "../../src/core/types";
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

/**
 * The pane's port through Microsoft's office.js and the simulated host of `profile`: the same
 * Excel.run options as in Excel (delayForCellEdit), notes where the profile has ExcelApi 1.18.
 */
async function simulatedPort(model: FakeWorkbook, profile: HostProfile = PROFILES.web) {
  installExcelGlobals();
  return simulated(model, profile.notes, undefined, profile);
}

async function roundTrip(rowsOf: (rows: number) => CellValue[][], profile: HostProfile, rows = 2_000) {
  const { analyzeWorkbook } = await import("../../src/core");
  const model = new FakeWorkbook();
  const sheet = model.addSheet("Risker", rowsOf(rows));
  sheet.setFormat(5, 5, { fillColor: "#00B0F0", fillPattern: "Solid" });
  sheet.notes.set("A2", "Användarens egen anteckning");
  model.active = "Risker";
  const before = snapshot(sheet);
  const { host, port } = await simulatedPort(model, profile);
  const analysis = analyzeWorkbook([await port.readActiveSheet()]);
  const written = await port.writePlan(analysis.plan);
  expect(model.sheets.map((s) => s.name)).toContain("Plankoll Granskning");
  // Each note the adapter counts is in the workbook beside the user's own.
  expect(sheet.notes.size).toBe(written.notes + 1);
  const second = await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
  const cleared = await port.clear();
  return { model, sheet, before, host, analysis, written, second, cleared };
}

test.each(Object.entries(GENERATORS))(
  "%s: Granska → Skriv resultat → Skriv resultat → Rensa through office.js on the web leaves the workbook as it was",
  async (template, rowsOf) => {
    const { model, sheet, before, host, analysis, written, second, cleared } = await roundTrip(rowsOf, PROFILES.web);
    expect(analysis.sheets[0].template).toBe(template);
    // Notes went in through the notes API (its stand-in) on every marked cell, and out again.
    const marks = analysis.plan!.sheets[0].marks.length;
    expect(written.notes).toBe(marks - (analysis.plan!.sheets[0].marks.some((m) => m.cell === "A2") ? 1 : 0));
    expect(second.notes).toBe(written.notes);
    expect(cleared).toEqual({ cleared: true, notesLeft: [] });
    expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
    expect(snapshot(sheet)).toEqual(before);
    expect(host.largestRequest).toBeLessThan(PROFILES.web.payloadLimit);
    expect(host.largestResponse).toBeLessThan(PROFILES.web.payloadLimit);
  },
  60_000,
);

test.each([
  ["desktop", PROFILES.desktop],
  ["an Excel without ExcelApi 1.18", PROFILES.withoutNotes],
  ["Excel 2019 (no notes, no merged areas)", PROFILES.excel2019],
] as const)("risk register on %s: written and restored exactly", async (_name, profile) => {
  const { model, sheet, before, written, cleared } = await roundTrip(riskRegisterRows, profile);
  expect(written.notes).toBe(profile.notes ? written.fills : 0);
  expect(cleared).toEqual({ cleared: true, notesLeft: [] });
  expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
  expect(snapshot(sheet)).toEqual(before);
});

test("Excel 2019 refuses merged areas (ApiNotFound); Granska there reads the sheet without them", async () => {
  const model = new FakeWorkbook();
  const sheet = model.addSheet("Risker", riskRegisterRows(30));
  sheet.merges.push({ r0: 0, c0: 0, rows: 1, cols: 3 });
  model.active = "Risker";
  const { office, port } = await simulatedPort(model, PROFILES.excel2019);
  const refused = await office.Excel.run(office.context(), async (context) => {
    context.workbook.worksheets.getItem("Risker").getRange("1:200").getMergedAreasOrNullObject().load("address");
    await context.sync();
  }).catch((error: unknown) => error);
  expect(refused).toMatchObject({ code: "ApiNotFound" });
  const grid = await port.readActiveSheet();
  expect(grid.values.length).toBe(33);
  expect(grid.merges ?? []).toEqual([]);
});

test("an Excel without ExcelApi 1.18 refuses a request naming notes as a whole (ApiNotFound)", async () => {
  const model = new FakeWorkbook();
  model.addSheet("Risker", riskRegisterRows(5));
  model.active = "Risker";
  installExcelGlobals();
  const host = new HostSimulator(model, PROFILES.withoutNotes);
  // office.js with the notes stand-in, talking to a host that has none.
  const office = loadOfficeJs((request) => host.respond(request), { notes: true });
  const refused = await office.Excel.run(office.context(), async (context) => {
    const sheet = context.workbook.worksheets.getItem("Risker");
    sheet.getRange("B2").values = [["ändrad"]];
    (sheet as unknown as { notes: Excel.NoteCollection }).notes.add("A1", "x");
    await context.sync();
  }).catch((error: unknown) => error);
  expect(refused).toMatchObject({ code: "ApiNotFound" });
  expect(model.sheet("Risker").get(1, 1)).not.toBe("ändrad");
  // The npm office.js itself has no notes at all.
  const plain = loadOfficeJs((request) => host.respond(request));
  await plain.Excel.run(plain.context(), async (context) => {
    expect((context.workbook.worksheets.getItem("Risker") as unknown as { notes?: unknown }).notes).toBeUndefined();
  });
});

test("notes written on the web, Rensa in an Excel without notes: everything else undone, the notes named", async () => {
  const { analyzeWorkbook } = await import("../../src/core");
  const model = new FakeWorkbook();
  const sheet = model.addSheet("Risker", riskRegisterRows(300));
  model.active = "Risker";
  const before = snapshot(sheet);
  const web = await simulatedPort(model, PROFILES.web);
  const written = await web.port.writePlan(analyzeWorkbook([await web.port.readActiveSheet()]).plan);
  expect(written.notes).toBeGreaterThan(0);
  const noted = [...sheet.notes.keys()].map((cell) => `Risker!${cell}`).sort();
  const old = await simulatedPort(model, PROFILES.withoutNotes);
  const cleared = await old.port.clear();
  expect(cleared.cleared).toBe(true);
  expect([...cleared.notesLeft].sort()).toEqual(noted);
  expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
  const after = snapshot(sheet);
  expect(after.values).toEqual(before.values);
  expect(after.formats).toEqual(before.formats);
  expect(after.notes.size).toBe(noted.length);
});

describe("what the user does meanwhile, through office.js", () => {
  test("a cell being edited: the pane's requests wait until the user leaves the cell, then run", async () => {
    const model = new FakeWorkbook();
    model.addSheet("Risker", riskRegisterRows(100));
    model.active = "Risker";
    const { host, port } = await simulatedPort(model);
    host.startEdit();
    let done = false;
    const reading = port.readActiveSheet().then((grid) => {
      done = true;
      return grid;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(host.delayedForEdit).toBe(1);
    host.endEdit();
    expect((await reading).values.length).toBe(103);
  });

  test("a cell being edited: a run without delayForCellEdit is refused with Excel's code, which the pane explains", async () => {
    const { explainError } = await import("../../src/taskpane/session");
    const { translator } = await import("../../src/core");
    const model = new FakeWorkbook();
    model.addSheet("Risker", riskRegisterRows(10));
    model.active = "Risker";
    const { host, office } = await simulatedPort(model);
    host.startEdit();
    const refused = await office.Excel.run(office.context(), async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
      await context.sync();
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(explainError(refused, translator("sv"))).toContain("Tryck Enter eller Esc");
  });

  test("the user goes to another sheet between Granska and Skriv resultat, and again while it writes", async () => {
    const { analyzeWorkbook } = await import("../../src/core");
    const model = new FakeWorkbook();
    const risks = model.addSheet("Risker", riskRegisterRows(400));
    const other = model.addSheet("Annat", [
      ["Egen", "tabell"],
      [1, 2],
    ]);
    model.active = "Risker";
    const otherBefore = snapshot(other);
    const { host, port } = await simulatedPort(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()]).plan!;
    model.active = "Annat";
    const first = host.requests;
    host.beforeRequest = (n) => {
      if (n > first + 1) model.active = n % 2 ? "Annat" : "Risker";
    };
    const written = await port.writePlan(plan);
    expect(written.fills).toBe(plan.sheets[0].marks.length);
    expect(snapshot(other)).toEqual(otherBefore);
    const { parseA1 } = await import("../../src/core/sheet/address");
    const marked = plan.sheets[0].marks.map((m) => parseA1(m.cell));
    expect(marked.every(({ row, column }) => risks.format(row - 1, column - 1).fillColor !== null)).toBe(true);
  });

  test("a protected workbook: nothing is written, and the pane says so", async () => {
    const { analyzeWorkbook } = await import("../../src/core");
    const model = new FakeWorkbook();
    model.addSheet("Risker", riskRegisterRows(50));
    model.active = "Risker";
    const { port } = await simulatedPort(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
    model.structureProtected = true;
    await expect(port.writePlan(plan)).rejects.toMatchObject({ reason: "workbookProtected" });
    expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
  });
});

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
