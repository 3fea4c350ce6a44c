/**
 * Live review reads only what changed: after edits Excel tells by their cells, the edited rows
 * (and the formulas elsewhere, which Excel may have recalculated) are read into the last grid, and
 * the review equals a whole review of the sheet as it now stands — a property over random edits on
 * every template's generated sheet (values typed, cleared, rows appended below, the header changed,
 * Plankoll's own values written by Skriv resultat). Rows inserted, a whole column, a sheet grown
 * sideways: read whole. One edit on a register costs at most 2 requests and a few kilobytes.
 */
import { createSession, type Review } from "../../src/taskpane/session";
import type { SheetChange } from "../../src/core/port";
import type { CellValue } from "../../src/core/types";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { GENERATORS, seededRandom } from "../../scripts/generate";

beforeAll(installExcelGlobals);

/** What a review says, without the order-free parts that may be built differently. */
const said = (review: Review) => JSON.stringify({ reports: review.reports, workbook: review.workbook ?? null });

/** Values people type: numbers in and out of range, words, dates, levels, blanks, errors. */
const TYPED: CellValue[] = [
  1,
  3,
  5,
  7,
  0,
  -2,
  2.5,
  "",
  "x",
  "3",
  "4. Sannolik",
  "2026-05-01",
  "#REF!",
  "Ja",
  "Nej",
  120,
];

async function watched(model: FakeWorkbook, sheets: readonly string[]) {
  const { port, contexts } = fakePort(model);
  const session = createSession(port, { locale: "sv" });
  const changes = new Map<string, SheetChange[]>();
  await session.watch(sheets, (sheet, change) => changes.set(sheet, [...(changes.get(sheet) ?? []), change]));
  return { port, contexts, session, changes };
}

/** The events the fake's edits scheduled have been heard. */
const heard = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A whole review of the workbook as it now stands, by a session of its own. */
const wholeReview = (model: FakeWorkbook) =>
  createSession(fakePort(model).port, { locale: "sv" }).reviewScope("workbook");

/** A refresh and the requests it made: how many, and how many bytes they moved. */
async function counted(contexts: ReturnType<typeof fakePort>["contexts"], refresh: () => Promise<Review>) {
  const before = contexts.length;
  const next = await refresh();
  const used = contexts.slice(before);
  return {
    next,
    syncs: used.reduce((sum, c) => sum + c.syncs, 0),
    bytes: used.reduce((sum, c) => sum + c.totalBytes, 0),
  };
}

describe("live review patches the edited rows", () => {
  for (const [template, generate] of Object.entries(GENERATORS))
    test(`${template}: random edits, each round equal to a whole review`, async () => {
      const model = new FakeWorkbook();
      const sheet = model.addSheet("Data", generate(300));
      const { session, changes, contexts } = await watched(model, ["Data"]);
      let review = await session.reviewScope("workbook");
      const random = seededRandom(template.length * 7919);
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
      let patchedRounds = 0;
      for (let round = 0; round < 25; round++) {
        const rows = sheet.values.length;
        const width = Math.max(...sheet.values.map((r) => r.length));
        for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
          // Mostly the body; now and then the header, or a row appended just below the end.
          const roll = random();
          const row = roll < 0.05 ? Math.floor(random() * 6) : roll < 0.1 ? rows : Math.floor(random() * rows);
          sheet.edit(row, Math.floor(random() * width), pick(TYPED));
        }
        await heard();
        const names = [...changes.keys()];
        const told = new Map(changes);
        changes.clear();
        const { next, syncs } = await counted(contexts, () => session.refresh(review, names, told));
        review = next;
        if (syncs <= 2) patchedRounds++;
        const whole = await wholeReview(model);
        expect({ round, said: said(review) }).toEqual({ round, said: said(whole) });
      }
      // Most rounds were patched, not read whole (the rest touched the title or header, or grew the sheet sideways).
      expect(patchedRounds).toBeGreaterThan(12);
    });
});

describe("what is read", () => {
  test("one edit on a 20 000-row register: at most 2 requests and under 50 KB", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Data", GENERATORS.risk(20_000));
    const { session, changes, contexts } = await watched(model, ["Data"]);
    const review = await session.reviewScope("workbook");
    sheet.edit(10_003, 3, "5. Mycket sannolik");
    await heard();
    const { next, syncs, bytes } = await counted(contexts, () => session.refresh(review, ["Data"], new Map(changes)));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(bytes).toBeLessThan(50_000);
    const whole = await wholeReview(model);
    expect(said(next)).toBe(said(whole));
  });

  test("a total recalculated by Excel on another row is read with the edit", async () => {
    const model = new FakeWorkbook();
    const rows = GENERATORS.kus(40);
    const sheet = model.addSheet("KUS", rows);
    const { session, changes } = await watched(model, ["KUS"]);
    // A Totalt row whose sum is a formula, as Excel keeps it (the fake does not calculate: the test does).
    const amountColumn = rows.findIndex((r) => r.some((v) => typeof v === "string" && /Totalt/i.test(v)));
    const review = await session.reviewScope("workbook");
    const totalRow = amountColumn >= 0 ? amountColumn : rows.length;
    const column = rows[totalRow - 1]?.findIndex((v) => typeof v === "number") ?? -1;
    expect(column).toBeGreaterThanOrEqual(0);
    const sum = () =>
      rows
        .slice(0, totalRow)
        .reduce<number>((s, r) => s + (typeof r[column] === "number" ? (r[column] as number) : 0), 0);
    sheet.set(totalRow, 0, "Totalt");
    sheet.set(totalRow, column, sum());
    sheet.formulas.add(`${totalRow},${column}`);
    const afterTotal = await wholeReview(model);
    // The user changes an amount; Excel recalculates the total (no event for that).
    sheet.edit(totalRow - 2, column, 999_000);
    sheet.set(totalRow, column, sum() - (rows[totalRow - 2][column] as number) + 999_000);
    await heard();
    const last = { ...review, reports: afterTotal.reports, workbook: afterTotal.workbook };
    const next = await session.refresh(last, ["KUS"], new Map(changes));
    const whole = await wholeReview(model);
    expect(said(next)).toBe(said(whole));
  });

  test("after Skriv resultat: Plankoll's values in the cells are left out of the rows read again", async () => {
    const model = new FakeWorkbook();
    // Risks without a Riskvärde: Skriv resultat writes the computed value into those cells.
    const rows = GENERATORS.risk(400).map((r, i) => (i > 3 && i % 3 === 0 ? [...r.slice(0, 5), "", ...r.slice(6)] : r));
    const sheet = model.addSheet("Data", rows);
    const { session, changes, contexts } = await watched(model, ["Data"]);
    await session.reviewScope("workbook");
    const written = await session.write("workbook");
    expect(written.kind).toBe("written");
    await heard();
    changes.clear();
    let review = written.kind === "written" ? written.review : await session.reviewScope("workbook");
    // The first edit after writing reads the sheet whole (the grid kept was read before the write), the next only its row.
    for (const [row, expectWhole] of [
      [9, true],
      [12, false],
    ] as const) {
      sheet.edit(row, 4, "5.Mycket allvarlig");
      await heard();
      const { next, syncs } = await counted(contexts, () => session.refresh(review, ["Data"], new Map(changes)));
      review = next;
      changes.clear();
      expect(syncs > 2).toBe(expectWhole);
      const whole = await wholeReview(model);
      expect(said(review)).toBe(said(whole));
    }
    // Plankoll's computed value in row 13 is not read as the user's.
    expect(sheet.get(12, 5)).not.toBe("");
  });

  test("the header edited: the sheet is read whole, and read as it now stands", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Data", GENERATORS.risk(500));
    const { session, changes, contexts } = await watched(model, ["Data"]);
    const review = await session.reviewScope("workbook");
    // Row 3 is the header: Riskvärde renamed to something Plankoll does not know.
    sheet.edit(2, 5, "Poäng");
    await heard();
    const { next, syncs } = await counted(contexts, () => session.refresh(review, ["Data"], new Map(changes)));
    expect(syncs).toBeGreaterThan(2);
    const whole = await wholeReview(model);
    expect(said(next)).toBe(said(whole));
  });

  test("a payroll and its job evaluation: an edit on either judged as a whole review judges it", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { XlsxPackage, readWorkbookPackage } = await import("../../src/ooxml");
    const file = join(__dirname, "..", "..", "samples", "lonekartlaggning-2026.xlsx");
    const grids = readWorkbookPackage(XlsxPackage.fromBytes(new Uint8Array(readFileSync(file)))).grids;
    const model = new FakeWorkbook();
    for (const grid of grids) model.addSheet(grid.sheet, grid.values);
    const names = grids.map((g) => g.sheet);
    const { session, changes } = await watched(model, names);
    let review = await session.reviewScope("workbook");
    const templates = review.reports.map((r) => r.template);
    expect(templates).toEqual(expect.arrayContaining(["salary", "jobeval"]));
    const sheetOf = (template: string) => review.reports.find((r) => r.template === template)!;
    // A pay in the payroll, then a score in the evaluation (the payroll's categories come from it).
    for (const template of ["salary", "jobeval"]) {
      const report = sheetOf(template);
      const sheet = model.sheet(report.sheet);
      const row = report.headerRow! + 1; // the first row below the header (0-based index of the sheet row after it)
      const col = sheet.values[row].findIndex((v) => typeof v === "number");
      sheet.edit(row, col, (sheet.values[row][col] as number) + 7);
      await heard();
      review = await session.refresh(review, [report.sheet], new Map(changes));
      changes.clear();
      const whole = await wholeReview(model);
      expect({ template, said: said(review) }).toEqual({ template, said: said(whole) });
    }
  });

  test("rows inserted: the sheet is read whole", async () => {
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Data", GENERATORS.risk(500));
    const { port, contexts } = fakePort(model);
    const session = createSession(port, { locale: "sv" });
    const review = await session.reviewScope("workbook");
    sheet.values.splice(10, 0, ["Ekonomi", 9999, "Ny risk", "3. Möjlig", "3. Kännbar", 9, ""]);
    const told = new Map<string, SheetChange[]>([["Data", [{ address: "11:11", structural: true }]]]);
    const { next, syncs } = await counted(contexts, () => session.refresh(review, ["Data"], told));
    expect(syncs).toBeGreaterThan(2);
    const whole = await wholeReview(model);
    expect(said(next)).toBe(said(whole));
  });
});
