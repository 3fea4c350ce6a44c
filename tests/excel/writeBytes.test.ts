/**
 * Skriv resultat's look before it writes (src/excel/probe.ts), on the fake's context and through
 * Microsoft's office.js: cells alike answered once per group, cells that differ one by one, the
 * user's notes found where they are, whichever way asks less — and Rensa gives back every cell
 * exactly, whatever the way taken.
 */
import { analyzeWorkbook, type SheetCell } from "../../src/core";
import { FakeWorkbook, fakePort, installExcelGlobals, snapshot } from "./fakeExcel";
import { simulatedPort } from "./hostSimulator";
import { riskRegisterRows } from "../../scripts/generate";
import { linkFormula, rectangles } from "../../src/excel/ownSheets";
import { addressChunks, bridgedRuns, fillLayers, verticalRuns } from "../../src/excel/ranges";
import { Batch } from "../../src/excel/batch";
import { a1, parseA1 } from "../../src/core/sheet/address";

/** Each port, and about what asking one cell whether it has a note weighs there (request and answer). */
const ports = [
  ["the fake's context", fakePort, 100],
  ["office.js", (model: FakeWorkbook) => simulatedPort(model, true), 290],
] as const;

function register(rows: number) {
  const model = new FakeWorkbook();
  const sheet = model.addSheet("Risker", riskRegisterRows(rows));
  model.active = "Risker";
  return { model, sheet };
}

/** Skriv resultat then Rensa: what Skriv resultat's run moved, and the sheet back as it was. */
async function writeAndClear(model: FakeWorkbook, portOf: (typeof ports)[number][1]) {
  const sheet = model.sheets[0];
  const before = snapshot(sheet);
  const { port, contexts } = portOf(model);
  const plan = analyzeWorkbook([await port.readActiveSheet()], { today: "2026-11-23" }).plan;
  const from = contexts.length;
  const summary = await port.writePlan(plan);
  const write = contexts[from];
  const moved = { syncs: write.syncs, bytes: write.totalBytes, response: write.maxResponseBytes };
  expect((await port.clear()).cleared).toBe(true);
  expect(snapshot(sheet)).toEqual(before);
  return { plan, summary, moved };
}

describe.each(ports)("Skriv resultat's look before, on %s", (_name, portOf, perMarkAsked) => {
  beforeAll(() => installExcelGlobals());

  test("cells alike are answered once per group: a register's marks and values cost no answer per cell", async () => {
    const { model, sheet } = register(5_000);
    // A user's column fill over every row of Sannolikhet: still alike, recorded from one answer and given back.
    for (let r = 3; r < 5_003; r++) sheet.setFormat(r, 3, { fillColor: "#DDEBF7", fillPattern: "Solid" });
    const { plan, moved } = await writeAndClear(model, portOf);
    const touched = plan.sheets[0].marks.length + plan.sheets[0].writes.length;
    expect(touched).toBeGreaterThan(5_000);
    // Cell by cell, the answers alone were about 90 bytes a touched cell; the largest answer is now the formulas' check.
    expect(moved.response).toBeLessThan(touched * 12);
  });

  test("cells that differ are read one by one, and each gets back its own fill", async () => {
    const { model, sheet } = register(600);
    const fills = ["#FF0000", "#00B0F0", "#FFFF00"];
    // On every column the marks and values fall in: fills of three colours and two patterns, bold here and there.
    for (let r = 3; r < 603; r++) {
      for (let c = 3; c < 7; c++) {
        if ((r + c) % 3 === 0)
          sheet.setFormat(r, c, { fillColor: fills[r % 3], fillPattern: r % 2 ? "Solid" : "Gray50" });
        if ((r + c) % 4 === 0) sheet.setFormat(r, c, { bold: true });
      }
    }
    await writeAndClear(model, portOf);
  });

  test("when Excel gives no pattern for plain fills (office-js #4900), every cell is read and given back", async () => {
    const { model, sheet } = register(600);
    model.fillReports = "unreliable";
    for (let r = 3; r < 603; r += 5) sheet.setFormat(r, 3, { fillColor: "#FFFF00", fillPattern: "Solid" });
    await writeAndClear(model, portOf);
  });

  test("the user's notes keep Plankoll's away, found where they are or asked at each mark", async () => {
    const { model: first } = register(600);
    const { port } = portOf(first);
    const marked = analyzeWorkbook([await port.readActiveSheet()], { today: "2026-11-23" }).plan.sheets[0].marks;
    // On every fourth marked cell (fewer notes than marks: where they are is asked), or on every
    // cell of the marked columns (more notes than marks: each mark is asked).
    const few = marked.filter((_, i) => i % 4 === 0).map((m) => m.cell);
    const many = [...new Set(marked.map((m) => m.cell[0]))].flatMap((col) =>
      Array.from({ length: 600 }, (_, r) => `${col}${r + 4}`),
    );
    const { moved: none } = await writeAndClear(register(600).model, portOf);
    for (const cells of [few, many]) {
      const { model, sheet } = register(600);
      for (const cell of cells) sheet.notes.set(cell, `Egen anteckning i ${cell}`);
      const own = new Map(sheet.notes);
      const { plan, summary, moved } = await writeAndClear(model, portOf);
      const marks = plan.sheets[0].marks.map((m) => m.cell);
      const kept = marks.filter((cell) => own.has(cell)).length;
      expect(kept).toBe(cells === few ? few.length : marks.length);
      expect(summary.notes).toBe(marks.length - kept);
      expect(new Map(sheet.notes)).toEqual(own);
      // Where the few notes are was asked, not each of the marks: far less than asking at every mark.
      if (cells === few) expect(moved.bytes - none.bytes).toBeLessThan((marks.length * perMarkAsked) / 2);
    }
  });
});

describe("links on Plankoll's sheets", () => {
  test("a HYPERLINK formula, the sheet's name and the text quoted as Excel reads them", () => {
    const cell = { row: 2, col: 1, value: 'C7 "rad"', link: { sheet: `Risk "A" 'B'`, cell: "C7" } };
    expect(linkFormula(cell)).toBe(`=HYPERLINK("#'Risk ""A"" ''B'''!C7","C7 ""rad""")`);
    expect(linkFormula({ row: 2, col: 1, value: "C7" })).toBeNull();
  });

  test("a text too long for a formula keeps its link as the cell's hyperlink; the rest are formulas in the value blocks", async () => {
    installExcelGlobals();
    const model = new FakeWorkbook();
    model.addSheet("Risker", riskRegisterRows(50));
    const { port } = fakePort(model);
    const long = "x".repeat(300);
    const cells = [
      { row: 1, col: 1, value: "C7", link: { sheet: "Risker", cell: "C7" } },
      { row: 2, col: 1, value: long, link: { sheet: "Risker", cell: "C8" } },
    ];
    await port.writePlan({
      sheets: [],
      newSheets: [{ name: "Plankoll Granskning", cells, columnWidths: [10], landscape: false }],
    });
    const review = model.sheet("Plankoll Granskning");
    expect(review.get(0, 0)).toBe(`=HYPERLINK("#'Risker'!C7","C7")`);
    expect(review.get(1, 0)).toBe(long);
    expect(review.format(1, 0).hyperlink).toEqual({ documentReference: "'Risker'!C8", textToDisplay: long });
    expect(review.format(0, 0).hyperlink).toBeUndefined();
  });
});

describe("values in blocks that bridge a few rows", () => {
  test("runs of one column joined over short gaps, the rows between left null; far ones and other columns apart", () => {
    expect(bridgedRuns(["I4", "I5", "I7", "I9", "I40", "J5"])).toEqual([
      { range: "I4:I9", cells: ["I4", "I5", null, "I7", null, "I9"] },
      { range: "I40", cells: ["I40"] },
      { range: "J5", cells: ["J5"] },
    ]);
  });

  test.each(ports)("on %s: a merged area between two written cells is never bridged over", async (_name, portOf) => {
    installExcelGlobals();
    const model = new FakeWorkbook();
    const sheet = model.addSheet("Risker", riskRegisterRows(20));
    // A heading on row 6 merged across A:K, through the column Plankoll writes in (J).
    sheet.set(5, 0, "Rubrik");
    sheet.merges.push({ r0: 5, c0: 0, rows: 1, cols: 11 });
    const before = snapshot(sheet);
    const { port } = portOf(model);
    const writes = ["J4", "J5", "J7", "J8"].map((cell) => ({ cell, value: `skrivet ${cell}` }));
    await port.writePlan({ sheets: [{ sheet: "Risker", marks: [], writes }], newSheets: [] });
    expect([3, 4, 5, 6, 7].map((r) => sheet.get(r, 9))).toEqual([
      "skrivet J4",
      "skrivet J5",
      "",
      "skrivet J7",
      "skrivet J8",
    ]);
    expect((await port.clear()).cleared).toBe(true);
    expect(snapshot(sheet)).toEqual(before);
  });

  test.each(ports)(
    "on %s: a user's value, formula and empty cell between two written cells stay as they are",
    async (_name, portOf) => {
      installExcelGlobals();
      const model = new FakeWorkbook();
      const sheet = model.addSheet("Risker", riskRegisterRows(20));
      sheet.set(5, 9, "användarens");
      sheet.set(7, 9, 42);
      const before = snapshot(sheet);
      const { port } = portOf(model);
      const writes = ["J4", "J5", "J7", "J9", "J10"].map((cell) => ({ cell, value: `skrivet ${cell}` }));
      await port.writePlan({ sheets: [{ sheet: "Risker", marks: [], writes }], newSheets: [] });
      expect([3, 4, 5, 6, 7, 8, 9].map((r) => sheet.get(r, 9))).toEqual([
        "skrivet J4",
        "skrivet J5",
        "användarens",
        "skrivet J7",
        42,
        "skrivet J9",
        "skrivet J10",
      ]);
      expect((await port.clear()).cleared).toBe(true);
      expect(snapshot(sheet)).toEqual(before);
    },
  );
});

describe("fills of several colours in layers", () => {
  /** What fillLayers asks of a sheet, painted in order: each cell's last colour, and the address characters sent. */
  async function painted(byColor: Map<string, string[]>) {
    const colorOf = new Map<string, string>();
    let chars = 0;
    const sheet = {
      getRanges(address: string) {
        chars += address.length;
        const fill = {
          set color(color: string) {
            for (const area of address.split(",")) {
              const [from, to = from] = area.split(":").map(parseA1);
              for (let row = from.row; row <= to.row; row++)
                for (let column = from.column; column <= to.column; column++) colorOf.set(a1(row, column), color);
            }
          },
        };
        return { untrack: () => ({ format: { fill } }) };
      },
    } as unknown as Excel.Worksheet;
    const items = [...byColor].flatMap(([fill, cells]) => cells.map((cell) => ({ cell, fill })));
    const batch = new Batch({ sync: async () => {} }, Infinity, undefined, () => null);
    await fillLayers(
      sheet,
      items,
      (item) => item.fill,
      (item) => item.cell,
      batch,
    );
    return { colorOf, chars };
  }

  test("every cell ends with its own colour and no other cell is filled; a zone column sends a quarter fewer addresses or more", async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seeded(seed);
      const byColor = new Map<string, string[]>();
      const expected = new Map<string, string>();
      const colors = ["#C6EFCE", "#FFEB9C", "#FFC7CE"];
      // A zone column with a row left out here and there (no zone), and a few cells in a column of their own.
      for (let row = 4; row < 3_000; row++) {
        if (random() < 0.02) continue;
        const color = colors[Math.floor(random() * (seed === 5 ? 1.2 : 3))];
        const cell = a1(row, random() < 0.01 ? 12 : 8);
        byColor.set(color, [...(byColor.get(color) ?? []), cell]);
        expected.set(cell, color);
      }
      const { colorOf, chars } = await painted(byColor);
      expect(colorOf).toEqual(expected);
      const oneByOne = [...byColor.values()].reduce(
        (sum, cells) => sum + addressChunks(verticalRuns(cells).map((run) => run.range)).join("").length,
        0,
      );
      expect(chars).toBeLessThan(oneByOne * 0.8);
    }
  });

  test("where layering would not save (colours apart), each colour is filled on its own", async () => {
    const byColor = new Map([
      ["#C6EFCE", ["H4", "H5", "H6"]],
      ["#FFC7CE", ["H9", "H10"]],
      ["#FFEB9C", ["J4"]],
    ]);
    const { colorOf, chars } = await painted(byColor);
    expect(Object.fromEntries(colorOf)).toEqual({
      H4: "#C6EFCE",
      H5: "#C6EFCE",
      H6: "#C6EFCE",
      H9: "#FFC7CE",
      H10: "#FFC7CE",
      J4: "#FFEB9C",
    });
    expect(chars).toBe("H4:H6".length + "H9:H10".length + "J4".length);
  });
});

describe("borders of Plankoll's sheets by rectangles", () => {
  test("a table's cells are one rectangle; ragged ones several; every cell in exactly one", () => {
    const table = Array.from({ length: 300 }, (_, i) => ({ row: 3 + Math.floor(i / 10), col: 1 + (i % 10) }));
    expect(rectangles(table)).toEqual([{ r0: 3, c0: 1, r1: 32, c1: 10 }]);
    expect(
      rectangles([
        { row: 1, col: 1 },
        { row: 2, col: 1 },
        { row: 1, col: 2 },
        { row: 1, col: 4 },
      ]),
    ).toEqual([
      { r0: 1, c0: 1, r1: 2, c1: 1 },
      { r0: 1, c0: 2, r1: 1, c1: 2 },
      { r0: 1, c0: 4, r1: 1, c1: 4 },
    ]);
  });

  test.each(ports)(
    "on %s: exactly the bordered cells have all four edges, whatever their shape",
    async (_name, portOf) => {
      const random = seeded(7);
      for (let round = 0; round < 20; round++) {
        const cells = [];
        for (let row = 1; row <= 12; row++)
          for (let col = 1; col <= 6; col++) cells.push({ row, col, value: `${row},${col}`, border: random() < 0.6 });
        const written = await writtenSheet(portOf, cells);
        const bordered = cells.filter((c) => written.format(c.row - 1, c.col - 1).border === true);
        expect(bordered.map((c) => c.value)).toEqual(cells.filter((c) => c.border).map((c) => c.value));
      }
    },
  );
});

test.each(ports)(
  "on %s: number formats in blocks: each formatted cell its own, the others none",
  async (_name, portOf) => {
    const random = seeded(11);
    const kinds = ["#,##0", "0.0", "0%"];
    for (let round = 0; round < 10; round++) {
      const cells = [];
      for (let row = 1; row <= 60; row++)
        for (let col = 1; col <= 4; col++) {
          const pick = Math.floor(random() * 8);
          cells.push({ row, col, value: row * col, ...(pick < 3 ? { numberFormat: kinds[pick] } : {}) });
        }
      const written = await writtenSheet(portOf, cells);
      expect(cells.map((c) => written.format(c.row - 1, c.col - 1).numberFormat)).toEqual(
        cells.map((c) => c.numberFormat),
      );
    }
  },
);

/** A repeatable random sequence in [0, 1). */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

/** A sheet of Plankoll's written through `portOf` beside a small register: the fake's sheet as written. */
async function writtenSheet(portOf: (typeof ports)[number][1], cells: SheetCell[]) {
  installExcelGlobals();
  const model = new FakeWorkbook();
  model.addSheet("Risker", riskRegisterRows(5));
  const { port } = portOf(model);
  await port.writePlan({
    sheets: [],
    newSheets: [{ name: "Plankoll Test", cells, columnWidths: [], landscape: false }],
  });
  return model.sheet("Plankoll Test");
}
