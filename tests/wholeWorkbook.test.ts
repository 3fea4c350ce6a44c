/**
 * The whole workbook through the pane's session: Granska every sheet → Skriv resultat → Rensa over
 * every bundled sample, through the Excel adapter (Microsoft's office.js, answered by the host
 * simulator) and through the package layer (the demo's port); and writing one sheet afterwards
 * keeps the other sheets' results.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FakeWorkbook, installExcelGlobals, snapshot, firstDifference } from "./excel/fakeExcel";
import { simulatedPort } from "./excel/hostSimulator";
import { createSession } from "../src/taskpane/session";
import { demoPort, openBook, type DemoState } from "../src/demo/port";
import { XlsxPackage, readWorkbookPackage } from "../src/ooxml";
import { analyzeWorkbook, translator, isPlankollSheet, type Grid } from "../src/core";
import type { Progress } from "../src/core/progress";
import { CancelledError } from "../src/core/progress";
import { isMarked } from "../src/core/codes";

const SAMPLES = join(__dirname, "..", "samples");
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx"));
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(SAMPLES, file)));

/** The sample's sheets in Excel's model: values where the grid has them, number formats, hidden sheets hidden. */
function excelModel(bytes: Uint8Array): FakeWorkbook {
  const read = readWorkbookPackage(XlsxPackage.fromBytes(bytes));
  const model = new FakeWorkbook();
  for (const sheet of read.sheets) {
    const grid = read.grids.find((g) => g.sheet === sheet.name) as Grid | undefined;
    const fake = model.addSheet(sheet.name);
    if (sheet.state !== "visible") fake.visibility = sheet.state === "hidden" ? "Hidden" : "VeryHidden";
    if (!grid) continue;
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && v !== null && fake.set(grid.originRow - 1 + r, grid.originCol - 1 + c, v)),
    );
    grid.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => f && fake.setFormat(grid.originRow - 1 + r, grid.originCol - 1 + c, { numberFormat: f })),
    );
  }
  model.active = read.sheets.find((s) => s.state === "visible")!.name;
  return model;
}

function excelSession(model: FakeWorkbook) {
  installExcelGlobals();
  const { port } = simulatedPort(model);
  return createSession(port, { locale: "sv" });
}

const snapshots = (model: FakeWorkbook) => new Map(model.sheets.map((s) => [s.name, snapshot(s)]));

function expectSame(model: FakeWorkbook, before: ReturnType<typeof snapshots>) {
  expect(model.sheets.map((s) => s.name)).toEqual([...before.keys()]);
  for (const sheet of model.sheets)
    expect({ sheet: sheet.name, diff: firstDifference(snapshot(sheet), before.get(sheet.name)!) }).toEqual({
      sheet: sheet.name,
      diff: null,
    });
}

describe.each(samples)("%s, the whole workbook", (file) => {
  test("through office.js: Granska every sheet → Skriv resultat → Rensa leaves each sheet as it was", async () => {
    const model = excelModel(bytesOf(file));
    const before = snapshots(model);
    const session = excelSession(model);
    const progress: Progress[] = [];
    const review = await session.reviewScope("workbook", { onProgress: (p) => progress.push(p) });
    const visible = model.sheets
      .filter((s) => s.visibility === "Visible" && !isPlankollSheet(s.name))
      .map((s) => s.name);
    expect(review.sheets).toEqual(visible);
    // Progress names each sheet in turn, counted from 1.
    expect([...new Set(progress.map((p) => p.sheet && `${p.sheet.index}/${p.sheet.count} ${p.sheet.name}`))]).toEqual(
      visible.map((name, i) => `${i + 1}/${visible.length} ${name}`),
    );
    const result = await session.write("workbook");
    expect(result.kind).toBe("written");
    if (result.kind !== "written") return;
    // One review sheet for the workbook; the findings of every sheet on it.
    expect(model.sheets.filter((s) => s.name === "Plankoll Granskning")).toHaveLength(1);
    expect(result.review.reports.map((r) => r.findings.length)).toEqual(review.reports.map((r) => r.findings.length));
    // A fill on each cell with a finding marked in the sheet, those across sheets included.
    const placed = [
      ...review.reports.flatMap((r) => r.findings.map((finding) => ({ sheet: r.sheet, finding }))),
      ...(review.workbook ?? []),
    ];
    const cells = new Set(placed.filter((p) => isMarked(p.finding)).map((p) => `${p.sheet}!${p.finding.cell}`));
    // And on each value Plankoll computed into the user's table (the plan says which).
    const { plan } = analyzeWorkbook(readWorkbookPackage(XlsxPackage.fromBytes(bytesOf(file))).grids);
    for (const p of plan.sheets) for (const w of p.writes) if (w.computed) cells.add(`${p.sheet}!${w.cell}`);
    expect(result.summary.fills).toBe(cells.size);
    expect(await session.clear()).toEqual({ cleared: true, notesLeft: [] });
    expectSame(model, before);
  }, 60_000);

  test("through the package layer: Granska → Skriv resultat → Rensa gives back every part of the user's sheets", async () => {
    const original = bytesOf(file);
    const state: DemoState = { book: openBook(original), active: "", selected: null };
    state.active = state.book.read.sheets.find((s) => s.state === "visible")!.name;
    const session = createSession(
      demoPort(state, () => undefined, translator("sv")),
      { locale: "sv" },
    );
    const review = await session.reviewScope("workbook");
    const result = await session.write("workbook");
    expect(result.kind).toBe("written");
    expect(state.book.read.sheets.filter((s) => s.name === "Plankoll Granskning")).toHaveLength(1);
    expect(result.kind === "written" && result.review.workbook).toEqual(review.workbook);
    expect(await session.clear()).toEqual({ cleared: true, notesLeft: [] });
    const before = XlsxPackage.fromBytes(original);
    const after = state.book.pkg;
    expect(after.entries().sort()).toEqual(before.entries().sort());
    for (const sheet of readWorkbookPackage(before).sheets) {
      const same = Buffer.from(after.part(sheet.path)!).equals(Buffer.from(before.part(sheet.path)!));
      expect({ sheet: sheet.name, same }).toEqual({ sheet: sheet.name, same: true });
    }
    expect(state.book.read.grids).toEqual(readWorkbookPackage(before).grids);
  });
});

describe("one sheet after the whole workbook", () => {
  test("Skriv för bladet keeps the other sheets' results and says which; Rensa takes all of it away", async () => {
    const model = excelModel(bytesOf("internkontrollplan-med-luckor.xlsx"));
    const before = snapshots(model);
    const session = excelSession(model);
    const first = await session.write("workbook");
    expect(first.kind).toBe("written");
    const written = snapshots(model);
    const risk = model.sheet("Internkontrollplan");
    // The cross-sheet finding is marked on the risk sheet.
    expect(risk.notes.get("C11")).toMatch(/ingen kontroll/);
    model.active = "Uppföljning med luckor";
    const second = await session.write("sheet");
    expect(second.kind === "written" && second.kept).toEqual(["Internkontrollplan"]);
    // The risk sheet still carries its marks, the cross-sheet ones included.
    for (const sheet of model.sheets.filter((s) => !isPlankollSheet(s.name)))
      expect({ sheet: sheet.name, diff: firstDifference(snapshot(sheet), written.get(sheet.name)!) }).toEqual({
        sheet: sheet.name,
        diff: null,
      });
    expect(await session.clear()).toEqual({ cleared: true, notesLeft: [] });
    expectSame(model, before);
  }, 60_000);

  test("Avbryt between sheets: nothing more is read, nothing is changed", async () => {
    const model = excelModel(bytesOf("riskanalys.xlsx"));
    const before = snapshots(model);
    const session = excelSession(model);
    const controller = new AbortController();
    const seen: string[] = [];
    const reviewing = session.reviewScope("workbook", {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.sheet && !seen.includes(p.sheet.name)) seen.push(p.sheet.name);
        if (p.sheet?.index === 2) controller.abort();
      },
    });
    await expect(reviewing).rejects.toBeInstanceOf(CancelledError);
    expect(seen.length).toBe(2);
    expectSame(model, before);
  }, 60_000);
});
