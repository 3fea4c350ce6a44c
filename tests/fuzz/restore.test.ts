/**
 * Exact restore over random workbooks, through exceljs and through the Excel adapter over the fake
 * request context: Skriv resultat twice gives what once gives (no stacking), and Rensa gives back
 * every value, format and note the workbook had.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/core";
import type { CellValue, Grid } from "../../src/core/types";
import { applyPlan, clearPlankoll, workbookGrids } from "../../tools/xlsx";
import { roundTrip, workbookSnapshot } from "../helpers/workbooks";
import { FakeWorkbook, fakePort, firstDifference, installExcelGlobals, snapshot } from "../excel/fakeExcel";
import { RUNS, SEED, templateGrid, templateIds } from "./arbitraries";
import { a1, parseA1 } from "../../src/core/sheet/address";

beforeAll(installExcelGlobals);

const options = { today: "2026-11-23" };
/** Restore runs write whole workbooks: a tenth of the core's cases. */
const runs = Math.max(30, Math.round(RUNS / 10));
/** A whole workbook written, read and restored takes tens of milliseconds: the time limit grows with the cases. */
const timeout = 30_000 + runs * 250;

/** Characters a worksheet cannot hold (XML 1.0) are not what users type; they are left out. */
const storable = (value: CellValue): CellValue =>
  typeof value === "string"
    ? [...value]
        .filter((ch) => {
          const code = ch.codePointAt(0)!;
          return (
            (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff
          );
        })
        .join("")
    : value;

interface Styled {
  row: number;
  col: number;
  fill: string | null;
  bold: boolean;
  numFmt: string | null;
  note: string | null;
}

/** A sheet of some template plus the user's own formats and notes on random cells of it. */
const styledSheet = fc
  .constantFrom(...templateIds)
  .chain((id) => templateGrid(id))
  .chain((grid) => {
    const rows = grid.values.length;
    const cols = Math.max(1, ...grid.values.map((r) => r.length));
    const styled = fc.record({
      row: fc.integer({ min: 0, max: rows + 2 }),
      col: fc.integer({ min: 0, max: cols + 2 }),
      // Plankoll's own colours too: a user fill that looks like Plankoll's must come back as well.
      fill: fc.option(fc.constantFrom("FFFFFF00", "FF00B0F0", "FFF8CBAD", "FFFFE699", "FFC6EFCE"), { nil: null }),
      bold: fc.boolean(),
      numFmt: fc.option(fc.constantFrom("0 %", "yyyy-mm-dd", '#,##0 "kr"', "@"), { nil: null }),
      note: fc.option(fc.constantFrom("Kolla med Eva", "Från ekonomi", "=inte en formel"), { nil: null }),
    });
    return fc.tuple(fc.constant(grid), fc.array(styled, { maxLength: 12 }));
  });

const workbookArbitrary = fc.array(styledSheet, { minLength: 1, maxLength: 2 });

/** A workbook whose first sheet (the active one) gets values computed by Plankoll: one in seven or so. */
const writtenWorkbook = fc
  .tuple(
    styledSheet.filter(([grid]) => analyzeWorkbook([grid], options).plan.sheets.some((p) => p.writes.length > 0)),
    fc.array(styledSheet, { maxLength: 1 }),
  )
  .map(([first, rest]) => [first, ...rest]);

function buildXlsx(sheets: [Grid, Styled[]][]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach(([grid, styles], i) => {
    const ws = workbook.addWorksheet(`Blad ${i + 1}`);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const v = storable(value);
        if (v !== "" && v !== null) ws.getCell(grid.originRow + r, grid.originCol + c).value = v;
      }),
    );
    for (const s of styles) {
      const cell = ws.getCell(grid.originRow + s.row, grid.originCol + s.col);
      if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: s.fill } };
      if (s.bold) cell.font = { bold: true };
      if (s.numFmt) cell.numFmt = s.numFmt;
      if (s.note) cell.note = s.note;
    }
  });
  return workbook;
}

/** The random workbook as Excel holds it (the fake's model). */
function fakeModel(sheets: [Grid, Styled[]][]): FakeWorkbook {
  const model = new FakeWorkbook();
  sheets.forEach(([grid, styles], i) => {
    const sheet = model.addSheet(`Blad ${i + 1}`);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== null) sheet.set(grid.originRow - 1 + r, grid.originCol - 1 + c, value);
      }),
    );
    for (const s of styles) {
      const [r, c] = [grid.originRow - 1 + s.row, grid.originCol - 1 + s.col];
      if (s.fill) sheet.setFormat(r, c, { fillColor: `#${s.fill.slice(2)}`, fillPattern: "Solid" });
      if (s.bold) sheet.setFormat(r, c, { bold: true });
      if (s.numFmt) sheet.setFormat(r, c, { numberFormat: s.numFmt });
      if (s.note) sheet.notes.set(`${String.fromCharCode(65 + (c % 26))}${r + 1}`, s.note);
    }
  });
  return model;
}

const states = (model: FakeWorkbook) =>
  model.sheets.map((s) => ({ name: s.name, visibility: s.visibility, state: snapshot(s) }));

function compare(a: ReturnType<typeof states>, b: ReturnType<typeof states>): void {
  expect(a.map((s) => [s.name, s.visibility])).toEqual(b.map((s) => [s.name, s.visibility]));
  a.forEach((s, i) => expect([s.name, firstDifference(s.state, b[i].state)]).toEqual([s.name, null]));
}

describe("exact restore over random workbooks", () => {
  test(
    ".xlsx (exceljs): twice equals once; Rensa gives back every value, format and note",
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookArbitrary, async (sheets) => {
          const workbook = await roundTrip(buildXlsx(sheets));
          const before = workbookSnapshot(workbook);
          applyPlan(workbook, analyzeWorkbook(workbookGrids(workbook), options).plan);
          const once = await roundTrip(workbook);
          const onceSnapshot = workbookSnapshot(once);
          applyPlan(once, analyzeWorkbook(workbookGrids(once), options).plan);
          const twice = await roundTrip(once);
          expect(workbookSnapshot(twice)).toEqual(onceSnapshot);
          clearPlankoll(twice);
          expect(workbookSnapshot(await roundTrip(twice))).toEqual(before);
        }),
        { numRuns: runs, seed: SEED },
      );
    },
    timeout,
  );

  test(
    "Excel (fake request context): twice equals once; Rensa gives back every value, format and note",
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookArbitrary, async (sheets) => {
          const model = fakeModel(sheets);
          const all = () => states(model);
          const before = all();
          const { port } = fakePort(model);
          const write = async () => port.writePlan(analyzeWorkbook([await port.readActiveSheet()], options).plan);
          await write();
          const once = all();
          await write();
          compare(all(), once);
          await port.clear();
          compare(all(), before);
        }),
        { numRuns: runs, seed: SEED },
      );
    },
    timeout,
  );

  /**
   * What the user types after Skriv resultat, picked among the cells Plankoll wrote, the cells it
   * marked and any cell near the data: a value Plankoll never writes.
   */
  const typing = fc.array(
    fc.record({
      among: fc.constantFrom("written", "marked", "any"),
      pick: fc.nat(),
      value: fc.oneof(fc.constantFrom("Eget värde", "Rättat"), fc.integer({ min: 900_001, max: 999_999 })),
    }),
    { minLength: 1, maxLength: 6 },
  );

  test(
    "Excel (fake request context): what the user types over Plankoll's output after Skriv stays through a second Skriv and Rensa; the rest comes back",
    async () => {
      let typedOverWritten = 0;
      await fc.assert(
        fc.asyncProperty(writtenWorkbook, typing, async (sheets, typed) => {
          const model = fakeModel(sheets);
          const expected = fakeModel(sheets);
          const { port } = fakePort(model);
          const write = async () => port.writePlan(analyzeWorkbook([await port.readActiveSheet()], options).plan);
          const plan = analyzeWorkbook([await port.readActiveSheet()], options).plan;
          await port.writePlan(plan);
          const sheetPlan = plan.sheets.find((p) => p.sheet === model.active);
          const cells = {
            written: sheetPlan?.writes.map((w) => w.cell) ?? [],
            marked: sheetPlan?.marks.map((m) => m.cell) ?? [],
            any: Array.from({ length: 60 }, (_, i) => a1(1 + (i % 12), 1 + Math.floor(i / 12))),
          };
          // Where Plankoll wrote a value, the first typing goes over one of them whatever was drawn.
          const typings = cells.written.length ? [{ ...typed[0], among: "written" }, ...typed.slice(1)] : typed;
          for (const { among, pick, value } of typings) {
            const list = cells[among as keyof typeof cells];
            if (!list.length) continue;
            const { row, column } = parseA1(list[pick % list.length]);
            if (among === "written") typedOverWritten++;
            for (const m of [model, expected]) m.sheet(model.active).set(row - 1, column - 1, value);
          }
          await write();
          await port.clear();
          compare(states(model), states(expected));
        }),
        { numRuns: runs, seed: SEED },
      );
      expect(typedOverWritten).toBeGreaterThanOrEqual(runs);
    },
    timeout,
  );
});
