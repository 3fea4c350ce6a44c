import { withPayInfo } from "../../src/core/templates/salary/action";
import { finishSheet } from "../../src/core/sheet/fit";
import { FakeContext, FakeWorkbook, asExcelContext, fakePort, installExcelGlobals, type FakeSheet } from "./fakeExcel";
import { readSheet, addressChunks, verticalRuns } from "../../src/excel";
import {
  analyzeWorkbook,
  analyzeGrid,
  encodeBackup,
  BACKUP_SHEET,
  type IndicatorResult,
  type RiskResult,
} from "../../src/core";
import { indicatorSampleWorkbook, riskSampleWorkbook, salarySampleWorkbook } from "../../scripts/sampleWorkbooks";
import { riskRegisterRows } from "../../scripts/generate";
import { workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "../helpers/workbooks";
import type { SalaryResult } from "../../src/core/templates/salary";
import { payInfoSheet } from "../../src/core/templates/salary/payInfoSheet";
import { context } from "../../src/core/analyze";
import { parseA1 } from "../../src/core/sheet/address";

beforeAll(installExcelGlobals);

/** The sample workbook as Excel would hold it, with a few formats of the user's own. */
async function sampleModel(): Promise<FakeWorkbook> {
  const grids = workbookGrids(await roundTrip(riskSampleWorkbook()));
  const model = new FakeWorkbook();
  for (const grid of grids) model.addSheet(grid.sheet, grid.values);
  model.active = "Riskanalys med fel";
  const sheet = model.sheet("Riskanalys med fel");
  sheet.setFormat(7, 5, { fillColor: "#00B0F0", fillPattern: "Solid" }); // F8, judged
  sheet.setFormat(12, 5, { fillColor: "#FF0000", fillPattern: "Gray50", bold: true }); // F13, judged
  sheet.notes.set("D9", "Kolla med Eva");
  return model;
}

/**
 * The port the suite runs on: the fake's own context here, Microsoft's office.js and the host
 * simulator when adapter.officeJs.test.ts runs the same suite.
 */
const portOn: typeof fakePort = (globalThis as { plankollPortOn?: typeof fakePort }).plankollPortOn ?? fakePort;

function snapshot(model: FakeWorkbook) {
  return model.sheets.map((s: FakeSheet) => ({
    name: s.name,
    visibility: s.visibility,
    values: s.values
      .map((r) => r.map((v) => (v === null ? "" : v)))
      .map((r) => {
        while (r.length && r[r.length - 1] === "") r.pop();
        return r;
      }),
    formats: [...s.formats].filter(([, f]) => f.fillPattern !== "None" || f.bold).sort(),
    notes: [...s.notes].sort(),
  }));
}

describe("the fake request context", () => {
  test("throws on a property read before load and sync", async () => {
    const ctx = new FakeContext(await sampleModel());
    const sheet = asExcelContext(ctx).workbook.worksheets.getActiveWorksheet();
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    sheet.load("name");
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheet.name).toBe("Riskanalys med fel");
  });

  test("refuses getRanges beyond Excel's limits", async () => {
    const ctx = new FakeContext(await sampleModel());
    const sheet = asExcelContext(ctx).workbook.worksheets.getActiveWorksheet();
    const many = Array.from({ length: 600 }, (_, i) => `A${i + 1}`).join(",");
    expect(() => sheet.getRanges(many)).toThrow(/limit/);
  });
});

describe("reading through Office.js", () => {
  test("gives the same grid as the .xlsx adapter, in two syncs", async () => {
    const model = await sampleModel();
    const ctx = new FakeContext(model);
    const read = await readSheet(asExcelContext(ctx));
    expect(read.grid.sheet).toBe("Riskanalys med fel");
    const fromXlsx = workbookGrids(await roundTrip(riskSampleWorkbook())).find(
      (g) => g.sheet === "Riskanalys med fel",
    )!;
    expect(read.grid.values).toEqual(fromXlsx.values);
    expect(ctx.syncs).toBe(1);
    const report = analyzeGrid(read.grid).report;
    expect(report.findings.map((f) => f.code)).toContain("RISK_LABEL_MISMATCH");
  });

  test("syncs are the same for 1 000 and 10 000 rows; 100 000 rows add only payload chunks", async () => {
    const counts: Record<
      number,
      { read: number; write: number; bytes: number; readTotal: number; writeTotal: number }
    > = {};
    for (const rows of [1_000, 10_000, 100_000]) {
      const model = new FakeWorkbook();
      model.addSheet("Risker", riskRegisterRows(rows));
      const { port, contexts } = portOn(model);
      const grid = await port.readActiveSheet();
      expect(grid.values.length).toBe(rows + 3);
      const analysis = analyzeWorkbook([grid]);
      await port.writePlan(analysis.plan);
      counts[rows] = {
        read: contexts[0].syncs,
        write: contexts[1].syncs,
        bytes: Math.max(...contexts.map((c) => Math.max(c.maxRequestBytes, c.maxResponseBytes))),
        readTotal: contexts[0].totalBytes,
        writeTotal: contexts[1].totalBytes,
      };
    }
    expect(counts[1_000].read).toBe(2);
    expect(counts[10_000].read).toBe(counts[1_000].read);
    expect(counts[1_000].write).toBeLessThanOrEqual(4);
    // More rows add only payload chunks: each extra sync carries at least 1 MB (100 000 rows are
    // over 10 MB of values; through office.js, 10 000 rows' notes already fill one more request).
    for (const rows of [10_000, 100_000]) {
      const c = counts[rows];
      expect(c.read).toBeLessThanOrEqual(counts[1_000].read + Math.ceil(c.readTotal / 1_000_000));
      expect(c.write).toBeLessThanOrEqual(counts[1_000].write + Math.ceil(c.writeTotal / 1_000_000));
    }
    expect(counts[100_000].read).toBeGreaterThan(counts[1_000].read);
    for (const c of Object.values(counts)) expect(c.bytes).toBeLessThan(4_000_000);
  });
});

describe("a sparse sheet: used range to row 1 000 000, 500 rows of data", () => {
  test("is read block by block: as few syncs and bytes as its 500 rows, the same findings, the far cell kept", async () => {
    const dense = new FakeWorkbook();
    dense.addSheet("Risker", riskRegisterRows(500));
    const sparse = new FakeWorkbook();
    sparse.addSheet("Risker", riskRegisterRows(500)).set(999_999, 0, "Senast ändrad av: Eva");
    const read = async (model: FakeWorkbook) => {
      const { port, contexts } = portOn(model);
      const grid = await port.readActiveSheet();
      return { grid, syncs: contexts[0].syncs, bytes: contexts[0].totalBytes };
    };
    const a = await read(dense);
    const b = await read(sparse);
    expect(b.grid.values).toHaveLength(1_000_000);
    expect(b.grid.values[999_999][0]).toBe("Senast ändrad av: Eva");
    expect(b.grid.values.slice(0, a.grid.values.length)).toEqual(a.grid.values);
    // Two requests more (how much is filled, then where); bytes of the same order as the 500 rows.
    expect(b.syncs).toBeLessThanOrEqual(a.syncs + 2);
    expect(b.bytes).toBeLessThan(a.bytes * 2);
    const findings = (grid: typeof a.grid) => analyzeWorkbook([grid], { today: "2026-11-23" }).sheets[0].findings;
    expect(findings(b.grid)).toEqual(findings(a.grid));
    // Skriv resultat and Rensa on it, too.
    const { port } = portOn(sparse);
    await port.writePlan(analyzeWorkbook([b.grid], { today: "2026-11-23" }).plan);
    expect(sparse.sheets.map((s) => s.name)).toContain("Plankoll Granskning");
    // Read again with Plankoll's output in place: its values read as empty, the grid as before.
    // (One column wider now: Plankoll's zone column, read as empty.)
    const again = (await port.readActiveSheet()).values.slice(0, 600);
    expect(again.every((row) => row[7] === "")).toBe(true);
    expect(again.map((row) => row.slice(0, 7))).toEqual(b.grid.values.slice(0, 600));
    expect((await port.clear()).cleared).toBe(true);
    expect(sparse.sheet("Risker").get(999_999, 0)).toBe("Senast ändrad av: Eva");
  });

  test("an Excel that will not count the filled cells: the sheet is read whole, nothing lost", async () => {
    const model = new FakeWorkbook();
    model.addSheet("Risker", riskRegisterRows(500)).set(999_999, 0, "Senast ändrad av: Eva");
    model.specialCellsFail = true;
    const { port, contexts } = portOn(model);
    const grid = await port.readActiveSheet();
    expect(grid.values).toHaveLength(1_000_000);
    expect(grid.values[999_999][0]).toBe("Senast ändrad av: Eva");
    expect(grid.values[3][2]).toBe("Bristande måluppfyllelse (1)");
    // The plain read, in payload chunks.
    expect(contexts[0].syncs).toBeGreaterThan(3);
  });

  test("an Excel that names only some of the filled blocks: the sheet is read whole, nothing lost", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Risker", riskRegisterRows(500));
    sheet.set(500_000, 2, "Glömd risk mitt i bladet");
    sheet.set(999_999, 0, "Senast ändrad av: Eva");
    // The address names the first block only.
    model.areasAddressChars = 20;
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    expect(grid.values[500_000][2]).toBe("Glömd risk mitt i bladet");
    expect(grid.values[999_999][0]).toBe("Senast ändrad av: Eva");
    expect(grid.values[3][2]).toBe("Bristande måluppfyllelse (1)");
  });

  test("number formats are read only where the column holds something", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Lön", [
      ["Befattning", "Kön", "Månadslön", "Sysselsättningsgrad"],
      ["Handläggare", "K", 36_000, 0.75],
      ["Handläggare", "M", 40_000, 1],
    ]);
    sheet.setFormat(1, 3, { numberFormat: "0%" });
    sheet.set(999_999, 0, "slut");
    const { port, contexts } = portOn(model);
    const grid = await port.readActiveSheet();
    expect(grid.numberFormats?.[1]?.[3]).toBe("0%");
    expect(contexts[0].syncs).toBeLessThanOrEqual(5);
    // The fixed 200 × 40 sample window and the few filled rows; not a million rows of formats.
    expect(contexts[0].totalBytes).toBeLessThan(60_000);
  });

  test("block addresses, quoted sheet names included, become joined row intervals", () => {
    const { filledRowIntervals } = jest.requireActual("../../src/excel/read") as typeof import("../../src/excel/read");
    expect(filledRowIntervals(["'Min plan, 2027'!A1:G503,'Min plan, 2027'!$A$1000000", "Data!B10:C20"])).toEqual([
      [0, 502],
      [999_999, 999_999],
    ]);
    expect(filledRowIntervals([""])).toBeNull();
  });
});

describe("Skriv resultat and Rensa through Office.js", () => {
  test("marks, notes, computed values and Plankoll's sheets", async () => {
    const model = await sampleModel();
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    const summary = await port.writePlan(analyzeWorkbook([grid]).plan);
    const sheet = model.sheet("Riskanalys med fel");
    expect(sheet.format(7, 5).fillColor).toBe("#F8CBAD"); // F8
    expect(sheet.notes.get("F8")).toContain("stämmer inte");
    expect(sheet.notes.get("D9")).toBe("Kolla med Eva"); // the user's own note is kept
    expect(sheet.get(9, 5)).toBe(20); // F10 computed
    expect(sheet.get(5, 7)).toBe("Plankoll: Zon"); // H6
    expect(summary.sheets).toEqual(["Plankoll Granskning", "Plankoll Riskmatris"]);
    expect(model.sheet(BACKUP_SHEET).visibility).toBe("VeryHidden");
    const review = model.sheet("Plankoll Granskning");
    // The link to the marked cell is a HYPERLINK formula written with the sheet's values, shown as a link.
    expect(review.get(3, 1)).toBe(`=HYPERLINK("#'Riskanalys med fel'!F8","F8")`);
    expect(review.format(3, 1)).toMatchObject({ fontColor: "#0563C1", underline: "Single" });
    const matrix = model.sheet("Plankoll Riskmatris");
    expect(matrix.get(0, 0)).toBe("Riskmatris – Riskanalys med fel");
    // No user-entered value changed.
    const before = workbookGrids(await roundTrip(riskSampleWorkbook())).find((g) => g.sheet === "Riskanalys med fel")!;
    before.values.forEach((row, r) => row.forEach((v, c) => v !== "" && expect(sheet.get(r, c)).toBe(v)));
  });

  test("a cell typed into between reading and writing: nothing is written, the cell is named", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    const plan = analyzeWorkbook([grid]).plan;
    // F10 is empty and Plankoll would write 20 there; the user types 16 first.
    expect(plan.sheets[0].writes).toContainEqual(expect.objectContaining({ cell: "F10", value: 20 }));
    model.sheet("Riskanalys med fel").set(9, 5, 16);
    await expect(port.writePlan(plan)).rejects.toMatchObject({
      reason: "sheetChanged",
      params: { sheet: "Riskanalys med fel", cell: "F10" },
    });
    const after = snapshot(model);
    expect(after.find((s) => s.name === "Riskanalys med fel")!.values[9][5]).toBe(16);
    model.sheet("Riskanalys med fel").set(9, 5, "");
    expect(snapshot(model)).toEqual(before);
  });

  test("Excel.run waits while a cell is being edited instead of failing", async () => {
    const calls: unknown[] = [];
    const excel = (globalThis as unknown as { Excel: Record<string, unknown> }).Excel;
    const model = await sampleModel();
    excel.run = (options: unknown, batch: (context: unknown) => Promise<unknown>) => {
      calls.push(options);
      return batch(asExcelContext(new FakeContext(model)));
    };
    try {
      const { excelPort } = await import("../../src/excel/port");
      await excelPort(undefined, () => true).readActiveSheet();
      expect(calls).toEqual([{ delayForCellEdit: true }]);
    } finally {
      delete excel.run;
    }
  });

  test("running again replaces the output; Rensa restores every value, format and note", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    const { port } = portOn(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    const once = snapshot(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    expect(snapshot(model)).toEqual(once);
    expect((await port.clear()).cleared).toBe(true);
    expect(snapshot(model)).toEqual(before);
    expect((await port.clear()).cleared).toBe(false);
  });

  test("Rensa copes with a note the user deleted in between", async () => {
    const model = await sampleModel();
    const { port } = portOn(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    model.sheet("Riskanalys med fel").notes.delete("F8");
    expect((await port.clear()).cleared).toBe(true);
    expect([...model.sheet("Riskanalys med fel").notes.keys()]).toEqual(["D9"]);
  });

  test("a value the user typed over Plankoll's is theirs: read as typed, judged, never written over nor emptied", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    const { port } = portOn(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    const sheet = model.sheet("Riskanalys med fel");
    expect(sheet.get(9, 5)).toBe(20); // F10, computed
    // The controller corrects Plankoll's value by hand; another row's computed value is left as it was.
    sheet.set(9, 5, 16);
    const grid = await port.readActiveSheet();
    expect(grid.values[9 - grid.originRow + 1][5 - grid.originCol + 1]).toBe(16);
    const plan = analyzeWorkbook([grid]).plan;
    expect(plan.sheets[0].writes.map((w) => w.cell)).not.toContain("F10");
    expect(plan.sheets[0].marks.map((m) => m.cell)).toContain("F10"); // 16 is not 4 × 5
    await port.writePlan(plan);
    expect(sheet.get(9, 5)).toBe(16);
    expect((await port.clear()).cleared).toBe(true);
    expect(sheet.get(9, 5)).toBe(16);
    sheet.set(9, 5, "");
    expect(snapshot(model)).toEqual(before);
  });

  test("typed over Plankoll's value between reading and a second Skriv: the run stops, the value stays through Rensa", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    const { port } = portOn(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
    expect(plan.sheets[0].writes).toContainEqual(expect.objectContaining({ cell: "F10", value: 20 }));
    const sheet = model.sheet("Riskanalys med fel");
    sheet.set(9, 5, 16);
    await expect(port.writePlan(plan)).rejects.toMatchObject({ reason: "sheetChanged", params: { cell: "F10" } });
    expect(sheet.get(9, 5)).toBe(16);
    await port.clear();
    expect(sheet.get(9, 5)).toBe(16);
    sheet.set(9, 5, "");
    expect(snapshot(model)).toEqual(before);
  });

  test("a workbook the command line highlighted: Skriv resultat and Rensa refuse in words, nothing changes", async () => {
    const model = await sampleModel();
    // The command line's record: formats by the file's own style indexes, not Excel's.
    const record = {
      version: 1 as const,
      adapter: "ooxml" as const,
      cells: [
        {
          sheet: "Riskanalys med fel",
          range: "F8",
          format: { s: 3, created: false },
          addedNote: true,
          clearValue: false,
        },
      ],
      sheets: ["Plankoll Granskning"],
    };
    model.addSheet(
      BACKUP_SHEET,
      encodeBackup(record).map((chunk) => [chunk]),
    ).visibility = "VeryHidden";
    const before = snapshot(model);
    const { port } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
    await expect(port.writePlan(plan)).rejects.toMatchObject({ reason: "markedByFile" });
    await expect(port.clear()).rejects.toMatchObject({ reason: "markedByFile" });
    expect(snapshot(model)).toEqual(before);
  });

  test("a second Skriv resultat leaves Plankoll's notes that say the same; one the user changed or deleted is written again", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    const { port } = portOn(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    const once = snapshot(model);
    const notes = model.sheet("Riskanalys med fel").notes;
    const plankolls = [...notes.keys()].filter((cell) => notes.get(cell)!.startsWith("Plankoll:"));
    expect(plankolls.length).toBeGreaterThan(3);
    const [changed, deleted] = plankolls;
    notes.set(changed, `${notes.get(changed)} Min kommentar.`);
    notes.delete(deleted);
    // What the second run adds and deletes, as the sheet sees it.
    const added: string[] = [];
    const removed: string[] = [];
    const set = notes.set.bind(notes);
    const remove = notes.delete.bind(notes);
    notes.set = (cell, text) => (added.push(cell), set(cell, text));
    notes.delete = (cell) => (removed.push(cell), remove(cell));
    const summary = await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    expect(snapshot(model)).toEqual(once);
    expect(added.sort()).toEqual([changed, deleted].sort());
    expect(removed).toEqual([changed]);
    expect(summary.notes).toBe(plankolls.length);
    // The notes left in place are still Plankoll's: Rensa takes them away, the user's stays.
    expect((await port.clear()).cleared).toBe(true);
    expect(snapshot(model)).toEqual(before);
  });

  test("a second Skriv resultat leaves Plankoll's values that stay the same; one that changes is written again", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    const { port } = portOn(model);
    const first = analyzeWorkbook([await port.readActiveSheet()]).plan;
    await port.writePlan(first);
    const sheet = model.sheet("Riskanalys med fel");
    // The controller raises D10's Sannolikhet: F10's computed value (and perhaps its zone) changes, nothing else.
    expect(sheet.get(9, 3)).toMatch(/^4/);
    sheet.set(9, 3, "5.Mycket sannolikt");
    const touched = new Set<string>();
    const set = sheet.set.bind(sheet);
    sheet.set = (r: number, c: number, v: Parameters<typeof set>[2]) => (touched.add(`${r},${c}`), set(r, c, v));
    const second = analyzeWorkbook([await port.readActiveSheet()]).plan;
    const summary = await port.writePlan(second);
    sheet.set = set;
    const written = (plan: typeof first) => new Map(plan.sheets[0].writes.map((w) => [w.cell, w.value]));
    const [was, now] = [written(first), written(second)];
    const changed = [...now].filter(([cell, value]) => was.get(cell) !== value).map(([cell]) => cell);
    expect(changed).toContain("F10");
    const at = (cell: string) => {
      const { row, column } = parseA1(cell);
      return `${row - 1},${column - 1}`;
    };
    // Exactly the values that change: no other of Plankoll's values emptied or written again.
    expect([...touched].sort()).toEqual(changed.map(at).sort());
    expect(summary.values).toBe(now.size);
    expect(sheet.get(9, 5)).toBe(25);
    expect((await port.clear()).cleared).toBe(true);
    sheet.set(9, 3, before.find((s) => s.name === sheet.name)!.values[9][3]);
    expect(snapshot(model)).toEqual(before);
  });

  test("a second Skriv resultat stopped anywhere (Avbryt, a cell typed into) leaves nothing Rensa cannot take away", async () => {
    const second = async (stop: number | "typed") => {
      const model = await sampleModel();
      const before = snapshot(model);
      let syncs: number | null = null;
      const controller = new AbortController();
      // Counted in the second run only: Avbryt pressed while its request number `stop` is on its way.
      const { port } = portOn(model, true, async () => {
        if (syncs !== null && ++syncs === stop) controller.abort();
      });
      await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
      const sheet = model.sheet("Riskanalys med fel");
      // The user empties a Riskvärde (Plankoll computes it next time), then types into it after the reading.
      const emptied = sheet.values.findIndex((row, r) => r > 5 && typeof row[5] === "number");
      sheet.set(emptied, 5, "");
      const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
      if (stop === "typed") sheet.set(emptied, 5, 7);
      syncs = 0;
      const outcome = await port.writePlan(plan, { signal: controller.signal }).then(
        () => "written",
        (error: Error) => error.constructor.name + ("reason" in error ? `:${String(error.reason)}` : ""),
      );
      await port.clear();
      sheet.set(emptied, 5, before.find((s) => s.name === sheet.name)!.values[emptied][5]);
      expect(snapshot(model)).toEqual(before);
      return outcome;
    };
    expect(await second("typed")).toBe("PlankollError:sheetChanged");
    const outcomes = [];
    for (let stop = 1; stop <= 8; stop++) outcomes.push(await second(stop));
    expect(outcomes).toContain("CancelledError");
  });

  test("without the notes API the findings still get fills and the Granskning sheet", async () => {
    const model = await sampleModel();
    const { port } = portOn(model, false);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    const sheet = model.sheet("Riskanalys med fel");
    expect(sheet.format(7, 5).fillColor).toBe("#F8CBAD");
    expect([...sheet.notes.keys()]).toEqual(["D9"]);
    await port.clear();
    expect(sheet.format(7, 5).fillColor).toBe("#00B0F0");
  });

  test("written in Microsoft 365, cleared in an Excel without notes: everything else is undone, Plankoll's notes stay", async () => {
    const model = await sampleModel();
    const before = snapshot(model);
    await portOn(model).port.writePlan(analyzeWorkbook([await portOn(model).port.readActiveSheet()]).plan);
    const sheet = model.sheet("Riskanalys med fel");
    const added = [...sheet.notes.keys()].filter((cell) => cell !== "D9");
    expect(added.length).toBeGreaterThan(0);
    // That Excel's office.js refuses any notes call (ApiNotFound); Rensa must not make one.
    model.notesUnsupported = true;
    const { port } = portOn(model, false);
    const result = await port.clear();
    expect(result.cleared).toBe(true);
    // Rensa says exactly which notes it could not take away.
    expect([...result.notesLeft].sort()).toEqual(added.map((cell) => `Riskanalys med fel!${cell}`).sort());
    const after = snapshot(model);
    expect(after.map((s) => ({ ...s, notes: [] }))).toEqual(before.map((s) => ({ ...s, notes: [] })));
    expect([...sheet.notes.keys()].sort()).toEqual(["D9", ...added].sort());
  });

  test("the seed's matrix on the Riskmatris sheet", async () => {
    const model = await sampleModel();
    model.active = "Internkontrollplan";
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    const analysis = analyzeWorkbook([grid]);
    expect((analysis.sheets[0].result as RiskResult).total).toBe(12);
    await port.writePlan(analysis.plan);
    const matrix = model.sheet("Plankoll Riskmatris");
    expect(matrix.get(4, 4)).toBe("7, 8"); // E5: S4/K4
    expect(matrix.get(5, 3)).toBe("1, 3, 4, 5, 6, 9, 12");
    expect(matrix.get(5, 2)).toBe("2, 11");
    expect(matrix.get(6, 3)).toBe("10");
    expect(matrix.get(8, 0)).toBe("Totalt: 12");
    // Set up to print as the package writer sets it: A4 portrait (the matrix fills its width), one page wide, rows fitted.
    expect(matrix.page).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: { leftMargin: 36, rightMargin: 36, topMargin: 43.2, bottomMargin: 43.2 },
    });
    // The matrix's rows are squares with their columns, tall enough for "1, 3, 4, 5, 6, 9, 12".
    for (let row = 4; row <= 8; row++) expect(matrix.rowHeights.get(row)).toBe(72);
    const review = model.sheet("Plankoll Granskning");
    expect(review.page.titleRows).toBe("$3:$3");
  });

  test("a sheet added on its own (pay information): a free name, merged lines, formats, made active, not for Rensa", async () => {
    const model = new FakeWorkbook();
    for (const grid of workbookGrids(await roundTrip(salarySampleWorkbook()))) model.addSheet(grid.sheet, grid.values);
    model.active = "Lönelista";
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    const answer = (analyzeGrid(grid, withPayInfo({ employee: "1005" })).report.result as SalaryResult).payInfo;
    if (answer?.kind !== "found") throw new Error("Anst.nr 1005 not found");
    const spec = payInfoSheet(answer.info, "Lönelista", context({}) as never);
    expect(await port.addSheet(finishSheet(spec))).toBe("Plankoll Löneinfo 1005");
    expect(await port.addSheet(finishSheet(spec))).toBe("Plankoll Löneinfo 1005 (2)");
    expect(model.active).toBe("Plankoll Löneinfo 1005 (2)");
    const sheet = model.sheet("Plankoll Löneinfo 1005");
    for (const cell of spec.cells) expect(sheet.get(cell.row - 1, cell.col - 1)).toBe(cell.value);
    for (const merge of spec.merges!) {
      const row = Number(/\d+$/.exec(merge)![0]) - 1;
      expect(sheet.merges).toContainEqual({ r0: row, c0: 0, rows: 1, cols: 6 });
    }
    const own = spec.cells.find((c) => c.value === "Din lönenivå")!;
    expect(sheet.format(own.row - 1, 2).numberFormat).toBe('#,##0 "kr"');
    expect(sheet.format(own.row - 1, 5).numberFormat).toBe('#,##0.00 "kr"');
    // Rensa is for what Skriv resultat wrote: the worker's sheet stays.
    expect((await port.clear()).cleared).toBe(false);
    expect(model.sheets.map((s) => s.name)).toContain("Plankoll Löneinfo 1005");
    // A log of Plankoll's kept up to date takes the place of its sheet, never one beside it.
    const log = (value: string) =>
      finishSheet({
        name: "Plankoll Löneinfo – logg",
        cells: [{ row: 1, col: 1, value }],
        columnWidths: [12],
        replaces: true,
      });
    expect(await port.addSheet(log("första"))).toBe("Plankoll Löneinfo – logg");
    expect(await port.addSheet(log("andra"))).toBe("Plankoll Löneinfo – logg");
    expect(model.sheets.filter((s) => s.name.startsWith("Plankoll Löneinfo – logg"))).toHaveLength(1);
    expect(model.sheet("Plankoll Löneinfo – logg").get(0, 0)).toBe("andra");
  });

  test("each risk sheet's matrix starts a printed page", async () => {
    const model = await sampleModel();
    const { port } = portOn(model);
    const grids = await Promise.all(model.sheets.map((s) => port.readSheet(s.name)));
    const analysis = analyzeWorkbook(grids);
    const breaks = analysis.plan.newSheets.find((s) => s.name === "Plankoll Riskmatris")!.pageBreaks!;
    expect(breaks.length).toBeGreaterThan(0);
    await port.writePlan(analysis.plan);
    expect(model.sheet("Plankoll Riskmatris").pageBreaks).toEqual(breaks);
  });

  test("selecting a finding's cell activates its sheet", async () => {
    const model = await sampleModel();
    const { port } = portOn(model);
    await port.selectCell("Internkontrollplan", "F7");
    expect(model.active).toBe("Internkontrollplan");
  });
});

describe("request shaping", () => {
  test("addresses are chunked under getRanges' limits and merged into runs", () => {
    const cells = Array.from({ length: 2000 }, (_, i) => `H${i * 2 + 1}`);
    const chunks = addressChunks(cells);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.split(",").length).toBeLessThanOrEqual(500);
      expect(chunk.length).toBeLessThanOrEqual(8000);
    }
    expect(verticalRuns(["H5", "H6", "H7", "H9", "B2"]).map((r) => r.range)).toEqual(["B2", "H5:H7", "H9"]);
  });
});

/** A sample as Excel holds it: each sheet's values and number formats, `active` active. */
async function heldByExcel(book: Parameters<typeof roundTrip>[0], active: string): Promise<FakeWorkbook> {
  const grids = workbookGrids(await roundTrip(book));
  const model = new FakeWorkbook();
  for (const grid of grids) {
    const sheet = model.addSheet(grid.sheet, grid.values);
    grid.numberFormats?.forEach((row, r) => row.forEach((f, c) => f && sheet.setFormat(r, c, { numberFormat: f })));
  }
  model.active = active;
  return model;
}

/** The indicator sample as Excel holds it, Mätetal active. */
async function indicatorModel(): Promise<FakeWorkbook> {
  return heldByExcel(indicatorSampleWorkbook(), "Mätetal");
}

describe("number formats through Office.js", () => {
  test("percent-formatted cells are read with their formats, and only for the columns that need them", async () => {
    const model = await indicatorModel();
    const { port, contexts } = portOn(model);
    const grid = await port.readActiveSheet();
    expect(contexts[0].syncs).toBe(2); // values, then the formats of the four figure columns
    const result = analyzeWorkbook([grid], { today: "2026-11-22" }).sheets[0].result as IndicatorResult;
    expect(result.indicators[0]).toMatchObject({ outcome: 85, status: "partly" });
    expect(result.counts).toEqual({ met: 2, partly: 8, not_met: 4, missing: 3, not_judged: 0 });

    model.active = "Deltagande";
    await port.readActiveSheet();
    expect(contexts[1].syncs).toBe(1); // no template column needs formats
  });
});

describe("live review's rows through Office.js", () => {
  test("an edited row, a recalculated formula elsewhere and a percent cell's format: read in at most 2 requests", async () => {
    const model = await indicatorModel();
    const { port, contexts } = portOn(model);
    const grid = await port.readActiveSheet();
    const sheet = model.sheet("Mätetal");
    const row = grid.values.findIndex((r) => typeof r[2] === "number" || /%/.test(String(r[2]))) + 1;
    expect(row).toBeGreaterThan(0);
    // Typed: an outcome as a percent cell's fraction; elsewhere a formula Excel recalculated (no event for it).
    sheet.set(row, 2, 0.5);
    sheet.setFormat(row, 2, { numberFormat: "0%" });
    const last = grid.values.length - 1;
    sheet.set(last, 0, "Summa (formel)");
    sheet.formulas.add(`${last},0`);
    const before = contexts.length;
    const patched = await port.readChangedRows!(grid, [row + 1]);
    const used = contexts.slice(before);
    expect(used.reduce((sum, c) => sum + c.syncs, 0)).toBe(2);
    expect(used.reduce((sum, c) => sum + c.totalBytes, 0)).toBeLessThan(50_000);
    const whole = await port.readActiveSheet();
    expect(patched!.values).toEqual(whole.values);
    const at = (g: typeof grid) => g.numberFormats?.[row]?.[2];
    expect(at(patched!)).toBe(at(whole));
    // The grid given is left as it was.
    expect(grid.values[last][0]).not.toBe("Summa (formel)");
  });

  test("formulas elsewhere named only in part: null (read it whole), no value left stale", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Data", riskRegisterRows(200));
    model.active = "Data";
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    for (const r of [20, 60, 100, 140]) {
      sheet.set(r, 5, 99);
      sheet.formulas.add(`${r},5`);
    }
    model.areasAddressChars = 20;
    expect(await port.readChangedRows!(grid, [51])).toBeNull();
    model.areasAddressChars = Infinity;
    const patched = await port.readChangedRows!(grid, [51]);
    expect(patched!.values).toEqual((await port.readActiveSheet()).values);
  });

  test("a sheet grown sideways, or a grid not read by the port: null (read it whole)", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Data", riskRegisterRows(200));
    model.active = "Data";
    const { port } = portOn(model);
    const grid = await port.readActiveSheet();
    sheet.set(50, 12, "till höger");
    expect(await port.readChangedRows!(grid, [51])).toBeNull();
    expect(await port.readChangedRows!({ ...grid }, [51])).toBeNull();
  });
});

describe("Lönekartläggning through Office.js", () => {
  test("the summary sheet gets a ratio chart with the two limits as lines; the payroll only its unreadable cells", async () => {
    const model = await heldByExcel(salarySampleWorkbook(), "Lönelista");
    const { port } = portOn(model);
    const analysis = analyzeWorkbook([await port.readActiveSheet()]);
    await port.writePlan(analysis.plan);
    const summary = model.sheet("Plankoll Lönekartläggning");
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Kvinnors lön i procent av mäns",
      lineSeries: [1, 2],
    });
    const payroll = model.sheet("Lönelista");
    const filled = [...payroll.formats].filter(([, f]) => f.fillPattern !== "None").map(([k]) => k);
    expect(filled.length).toBe(3); // blank Kön, unreadable salary, a Kön outside K/M
    await port.clear();
    expect(model.sheets.map((s) => s.name)).toEqual(["Lönelista", "Per befattning"]);
  });
});

describe("wide sheets are read in requests under Excel's limits", () => {
  test.each([60, 120])(
    "%i columns: every response under the budget, every read under the cell limit",
    async (columns) => {
      const { PAYLOAD_BUDGET } = await import("../../src/excel/batch");
      const { MAX_READ_CELLS } = await import("../../src/excel/read");
      const model = new FakeWorkbook();
      const rows = 4_000;
      model.addSheet(
        "Bred",
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => `r${String(r).padStart(4, "0")}k${String(c).padStart(3, "0")}`),
        ),
      );
      const { port, contexts } = portOn(model);
      const grid = await port.readActiveSheet();
      expect(grid.values.length).toBe(rows);
      expect(grid.values[rows - 1][columns - 1]).toBe(`r3999k${String(columns - 1).padStart(3, "0")}`);
      // The whole sheet is 4–8 MB of values: read in several requests, none over the budget.
      expect(contexts[0].syncs).toBeGreaterThan(2);
      expect(contexts[0].maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET * 1.25);
      expect(Math.ceil(PAYLOAD_BUDGET / (columns * 24)) * columns).toBeLessThanOrEqual(MAX_READ_CELLS);
    },
  );
});

describe("every kind of fill comes back after Skriv resultat → Rensa", () => {
  /** Fills on the cells Plankoll marks on the sample's judged sheet. */
  async function filled(kinds: Record<string, { fillColor: string | null; fillPattern: string }>) {
    const model = await sampleModel();
    const sheet = model.sheet("Riskanalys med fel");
    for (const [cell, format] of Object.entries(kinds)) {
      const col = cell.charCodeAt(0) - 65;
      const row = Number(cell.slice(1)) - 1;
      sheet.setFormat(row, col, format);
    }
    return { model, sheet };
  }

  test("solid, patterned, white, none and gradient, as Excel reports them exactly", async () => {
    const { model, sheet } = await filled({
      F14: { fillColor: "#FFFFFF", fillPattern: "Solid" },
      G10: { fillColor: "#00FF00", fillPattern: "LinearGradient" },
      D14: { fillColor: "#FFFF00", fillPattern: "Solid" },
    });
    const before = snapshot(model);
    const { port } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
    expect(plan.sheets[0].marks.map((m) => m.cell)).toEqual(
      expect.arrayContaining(["F8", "F13", "F14", "G10", "D14", "D11"]),
    );
    await port.writePlan(plan);
    // A gradient is never overwritten: the API could not set it back.
    expect(sheet.format(9, 6)).toMatchObject({ fillColor: "#00FF00", fillPattern: "LinearGradient" });
    expect(sheet.format(13, 5).fillColor).not.toBe("#FFFFFF");
    await port.writePlan(plan);
    expect((await port.clear()).cleared).toBe(true);
    expect(snapshot(model)).toEqual(before);
  });

  test("when Excel reports a solid fill's pattern as null and no fill as white (office-js #4900, #6218)", async () => {
    const { model } = await filled({ D14: { fillColor: "#FFFF00", fillPattern: "Solid" } });
    model.fillReports = "unreliable";
    const before = snapshot(model);
    const { port } = portOn(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
    expect((await port.clear()).cleared).toBe(true);
    // The user's solid fills (F8, D14) are back, not wiped; cells without a fill have none.
    expect(snapshot(model)).toEqual(before);
  });
});

test("no note where a threaded comment is: the finding stays on the review sheet and the fill", async () => {
  const model = await sampleModel();
  const sheet = model.sheet("Riskanalys med fel");
  sheet.comments.set("F13", "Ska vi verkligen ha 25 här? /Anna");
  const before = snapshot(model);
  const { port } = portOn(model);
  const plan = analyzeWorkbook([await port.readActiveSheet()]).plan;
  expect(plan.sheets[0].marks.map((m) => m.cell)).toContain("F13");
  const summary = await port.writePlan(plan);
  expect(sheet.notes.has("F13")).toBe(false);
  expect(sheet.notes.has("F8")).toBe(true);
  expect(sheet.format(12, 5).fillColor).not.toBe("#FF0000");
  expect(summary.notes).toBe(plan.sheets[0].marks.length - 2); // F13's comment and D9's own note
  expect((await port.clear()).cleared).toBe(true);
  expect(snapshot(model)).toEqual(before);
  expect(sheet.comments.get("F13")).toBe("Ska vi verkligen ha 25 här? /Anna");
});

test("a stray value in XFD1: Excel is asked where the data is, the register read as its columns, XFD1 named", async () => {
  const rows = riskRegisterRows(2_000);
  const plain = new FakeWorkbook();
  plain.addSheet("Risker", rows);
  const model = new FakeWorkbook();
  model.addSheet("Risker", rows).set(0, 16_383, "glömd anteckning");
  model.active = plain.active = "Risker";
  const twin = await portOn(plain).port.readActiveSheet();
  const { port, contexts } = portOn(model);
  const grid = await port.readActiveSheet();
  expect(grid.values).toEqual(twin.values);
  expect(grid.unread).toEqual(["XFD1"]);
  // One request more than the plain sheet (the 64 blocks asked at once), and no response larger than the plain one's.
  expect(contexts[0].syncs).toBeLessThanOrEqual(4);
  expect(contexts[0].maxResponseBytes).toBeLessThan(2 * 1024 * 1024);
  const report = analyzeGrid(grid).report;
  expect(report.template).toBe("risk");
  expect(report.findings.filter((f) => f.code === "AREA_NOT_READ").map((f) => f.cell)).toEqual(["XFD1"]);
});
