/** Column widths and row heights fitted to a sheet's text (src/core/sheet/fit.ts). */
import fc from "fast-check";
import { fitSheet, shown, shownLength, wrappedLines, LINE_HEIGHT, TALLEST } from "../../src/core/sheet/fit";
import type { SheetSpec } from "../../src/core/plan";

const sheet = (cells: SheetSpec["cells"], columnWidths: number[] = [], merges?: string[]): SheetSpec => ({
  name: "Plankoll Test",
  cells,
  columnWidths,
  merges,
});

test("a text that cannot run on into its neighbour widens its column; one that can is left to run", () => {
  const fitted = fitSheet(
    sheet(
      [
        { row: 1, col: 1, value: "Väsentlighets- och riskanalys" },
        { row: 1, col: 2, value: "B5" },
        { row: 3, col: 1, value: "En rubrik som får löpa vidare åt höger" },
      ],
      [10, 8],
    ),
  );
  // Row 1's text is blocked by B1: column A takes it (29 characters); row 3's runs on over empty B3.
  expect(fitted.columnWidths[0]).toBeGreaterThanOrEqual(29);
  expect(fitted.columnWidths[0]).toBeLessThan(38);
  expect(fitted.cells.find((c) => c.row === 3)!.wrap).toBeUndefined();
  expect(fitted.rowHeights ?? {}).toEqual({});
});

test("a text longer than the widest column wraps, and its row takes its lines", () => {
  const long = "ord ".repeat(60).trim(); // 239 characters
  const fitted = fitSheet(
    sheet([
      { row: 2, col: 1, value: long },
      { row: 2, col: 2, value: "x" },
    ]),
  );
  expect(fitted.columnWidths[0]).toBe(60);
  const cell = fitted.cells.find((c) => c.row === 2 && c.col === 1)!;
  expect(cell.wrap).toBe(true);
  const lines = wrappedLines(long, 60);
  expect(lines).toBeGreaterThanOrEqual(4);
  expect(fitted.rowHeights![2]).toBe(lines * LINE_HEIGHT);
  // Its neighbour in the taller row reads from the top, level with it.
  expect(fitted.cells.find((c) => c.row === 2 && c.col === 2)!.top).toBe(true);
});

test("a short header widens its column to stand on one line; a long one wraps at its words", () => {
  const fitted = fitSheet(
    sheet(
      [
        { row: 1, col: 1, value: "Kvinnors lön i procent av mäns lön", bold: true, border: true },
        { row: 1, col: 2, value: "Arbetsvärdering", bold: true, border: true },
        { row: 2, col: 1, value: 1 },
        { row: 2, col: 2, value: 2 },
      ],
      [9, 9],
    ),
  );
  // "Arbetsvärdering" on one line; the long header wraps in a column as wide as its longest word.
  expect(fitted.columnWidths[1]).toBeGreaterThanOrEqual("Arbetsvärdering".length);
  expect(fitted.columnWidths[0]).toBeGreaterThanOrEqual("Kvinnors".length);
  expect(fitted.columnWidths[0]).toBeLessThan(20);
  expect(fitted.cells.filter((c) => c.row === 1).every((c) => c.wrap)).toBe(true);
  const lines = wrappedLines("Kvinnors lön i procent av mäns lön", fitted.columnWidths[0], true);
  expect(lines).toBeGreaterThan(1);
  expect(fitted.rowHeights![1]).toBe(lines * LINE_HEIGHT);
});

test("a merged area's text has the area's width; the widths the sheet gives are the least", () => {
  const text = "Medarbetare följer inte stadens riktlinjer i samverkan för ex. mutor och jäv";
  const fitted = fitSheet(sheet([{ row: 1, col: 2, value: text, wrap: true }], [5, 20, 20, 20], ["B1:D1"]));
  expect(fitted.columnWidths).toEqual([5, 20, 20, 20]);
  expect(fitted.rowHeights![1]).toBe(2 * LINE_HEIGHT);
  // The same text in B alone takes four lines.
  expect(fitSheet(sheet([{ row: 1, col: 2, value: text, wrap: true }], [5, 20])).rowHeights![1]).toBe(
    wrappedLines(text, 20) * LINE_HEIGHT,
  );
});

test("no row is taller than Excel allows", () => {
  const fitted = fitSheet(sheet([{ row: 1, col: 1, value: "1, ".repeat(5000), wrap: true }], [10]));
  expect(fitted.rowHeights![1]).toBe(TALLEST);
});

test("lines: words fill a line, a word longer than the line is broken, line feeds start lines", () => {
  expect(wrappedLines("", 10)).toBe(1);
  expect(wrappedLines("kort", 10)).toBe(1);
  expect(wrappedLines("ett två tre fyra", 10)).toBe(2);
  // Ten units hold eight characters: 20 take three lines.
  expect(wrappedLines("x".repeat(20), 10)).toBe(3);
  expect(wrappedLines("a\nb\nc", 10)).toBe(3);
});

test("a sheet of 200 000 cells is fitted (no argument list as long as its cells)", () => {
  const cells = Array.from({ length: 200_000 }, (_, i) => ({ row: (i >> 1) + 1, col: (i % 2) + 1, value: `rad ${i}` }));
  const fitted = fitSheet(sheet(cells, [8, 8]));
  expect(fitted.cells).toHaveLength(200_000);
  expect(fitted.columnWidths[0]).toBeGreaterThan(8);
});

test("a figure's width is counted as its text would be shown: digits, groups, sign, decimals, kr", () => {
  const formats = [undefined, "0", "0.0", '#,##0 "kr"', '#,##0.0 "kr"', "0.0%"];
  const edges = [
    0,
    -0,
    0.4,
    -0.4,
    0.5,
    9.95,
    999.5,
    999_999.5,
    -1234.56,
    1e14 + 0.5,
    1e15,
    -1e16,
    1e21,
    1e-7,
    NaN,
    Infinity,
  ];
  fc.assert(
    fc.property(
      fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.constantFrom(...edges)),
      fc.constantFrom(...formats),
      (value, numberFormat) => {
        const cell = { row: 1, col: 1, value, numberFormat };
        expect(shownLength(cell)).toBe(shown(cell).length);
      },
    ),
    { numRuns: 5000 },
  );
});

/** The rule as first written, words made by splitting: the reference the counting must equal. */
function linesBySplitting(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor((width - 1) / (bold ? 1.1 : 1)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line > 0 && line + 1 + word.length <= room) {
        line += 1 + word.length;
        continue;
      }
      if (line > 0) lines++;
      lines += Math.ceil(word.length / room) - 1;
      line = word.length % room || room;
    }
  }
  return lines;
}

test("lines are counted over the characters as splitting the text into words counts them", () => {
  // Every kind of white space and line terminator /\s/ knows, among letters and long words.
  const spaces = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff", "\v", "\f"];
  const piece = fc.oneof(
    fc.constantFrom(...spaces),
    fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s/g, "x")),
    fc.constantFrom("å", "Lönekartläggning", "—", "😀"),
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 40 }),
      fc.integer({ min: 1, max: 70 }),
      fc.boolean(),
      (parts, width, bold) => {
        const text = parts.join("");
        expect(wrappedLines(text, width, bold)).toBe(linesBySplitting(text, width, bold));
      },
    ),
    { numRuns: 5000 },
  );
});

test("a sheet whose cells come in order is fitted as the same cells in any other order", () => {
  // In order, a cell's right-hand neighbour is the next cell; otherwise it is looked up by place.
  // Both must see the same neighbours: the same widths, heights, and each cell wrapped alike.
  const cellAt = fc.record({
    row: fc.integer({ min: 1, max: 6 }),
    col: fc.integer({ min: 1, max: 5 }),
    value: fc.oneof(
      fc.constantFrom("", "x", "Lönekartläggning", "ord ".repeat(30).trim(), "två\nrader"),
      fc.integer({ min: -5000, max: 5_000_000 }),
    ),
    bold: fc.boolean(),
    fill: fc.constantFrom(undefined, "#FFC7CE"),
  });
  fc.assert(
    fc.property(
      fc.array(cellAt, { maxLength: 30 }),
      fc.array(fc.integer({ min: 4, max: 30 }), { maxLength: 5 }),
      (drawn, widths) => {
        // One cell per place, in row order then column: the way Plankoll makes its sheets.
        const byPlace = new Map(drawn.map((c) => [`${c.row}:${c.col}`, c]));
        const ordered = [...byPlace.values()].sort((a, b) => a.row - b.row || a.col - b.col);
        const shuffled = [...ordered].reverse();
        const a = fitSheet(sheet(ordered, widths));
        const b = fitSheet(sheet(shuffled, widths));
        expect(b.columnWidths).toEqual(a.columnWidths);
        expect(b.rowHeights).toEqual(a.rowHeights);
        expect([...b.cells].reverse()).toEqual(a.cells);
      },
    ),
    { numRuns: 2000 },
  );
});
