/** The Rensa record as stored in the workbook (core/backup.ts): grouped by state, read back cell for cell; older records still read. */
import {
  CHUNK_CHARS,
  compressCells,
  decodeBackup,
  encodeBackup,
  holdsWritten,
  withoutPlankollValues,
  writtenCells,
  type Backup,
  type CellBackup,
} from "../../src/core";

const white = { fillColor: "#FFFFFF", fillPattern: "None", bold: false };
const yellow = { fillColor: "#FFFF00", fillPattern: "Solid", bold: true };

/** A record like a large register's: thousands of scattered marks of two states, and a filled column. */
function record(): Backup {
  const cells: CellBackup[] = [];
  for (let row = 4; row < 20_004; row += 3) {
    cells.push({
      sheet: "Risker, 2027",
      range: `G${row}`,
      format: row % 9 ? white : yellow,
      addedNote: row % 5 > 0,
      clearValue: false,
    });
    cells.push({ sheet: "Risker, 2027", range: `F${row}`, format: white, addedNote: false, clearValue: true });
  }
  cells.push({
    sheet: "Mål",
    range: "C5",
    format: { fillColor: "#00B0F0", fillPattern: "Gray50", bold: null },
    addedNote: true,
    clearValue: false,
  });
  return {
    version: 1,
    adapter: "excel",
    cells: compressCells(cells),
    sheets: ["Plankoll Granskning"],
    reviewed: ["Risker, 2027", "Mål"],
  };
}

const sorted = (cells: readonly CellBackup[]) =>
  [...cells].sort((a, b) =>
    a.sheet + a.range < b.sheet + b.range ? -1 : a.sheet + a.range > b.sheet + b.range ? 1 : 0,
  );

test("every cell's earlier state comes back from the stored record, and each state is stored once", () => {
  const backup = record();
  const chunks = encodeBackup(backup);
  expect(chunks.every((c) => c.length <= CHUNK_CHARS)).toBe(true);
  const read = decodeBackup(chunks)!;
  expect(sorted(read.cells)).toEqual(sorted(backup.cells));
  expect({ ...read, cells: [] }).toEqual({ ...backup, cells: [] });
  // The states, not the cells, carry the formats: the stored text is about an address a cell.
  const stored = chunks.join("");
  expect(stored.split("#FFFF00").length - 1).toBeLessThanOrEqual(2);
  expect(stored.length).toBeLessThan(backup.cells.length * 12);
});

test("a record stored before (a list of cells) is read as it was stored", () => {
  const backup = record();
  const json = JSON.stringify(backup);
  const chunks = [json.slice(0, 1000), json.slice(1000)];
  expect(decodeBackup(chunks)).toEqual(backup);
});

test("what is not a record is none", () => {
  expect(decodeBackup([])).toBeNull();
  expect(decodeBackup(['{"version":3,"groups":[]}'])).toBeNull();
  expect(decodeBackup(['{"version":2,"groups":"C5"}'])).toBeNull();
  expect(decodeBackup(["inte json"])).toBeNull();
});

describe("what Plankoll wrote, kept in the record", () => {
  const white = { fillColor: "#FFFFFF", fillPattern: "None", bold: false };
  /** Computed values down F (numbers, a date, a text), scattered over 3 000 rows, one cell of an older record. */
  function written(distinct = 25): CellBackup[] {
    const cells: CellBackup[] = [];
    for (let row = 5; row < 9_005; row += row % 7 ? 1 : 3) {
      const value = row % 11 === 0 ? "2027-03-31" : row % 13 === 0 ? "Hög" : (row * 7) % distinct;
      cells.push({
        sheet: "Risker",
        range: `F${row}`,
        format: white,
        addedNote: false,
        clearValue: true,
        written: [value],
      });
    }
    cells.push({ sheet: "Risker", range: "G5", format: white, addedNote: false, clearValue: true });
    return cells;
  }
  const byCell = (cells: readonly CellBackup[]) =>
    new Map(cells.flatMap((c) => writtenCells(c).map((w) => [`${c.sheet}!${w.cell}`, w.written])));

  // Few values (a code of a character a cell), hundreds (two characters), thousands (the list).
  test.each([25, 300, 6_000])(
    "%i distinct values: each cell's comes back through merged runs and stored groups",
    (distinct) => {
      const cells = written(distinct);
      const compressed = compressCells(cells);
      expect(compressed.length).toBeLessThan(cells.length / 3);
      const backup: Backup = { version: 1, adapter: "excel", cells: compressed, sheets: [] };
      const stored = encodeBackup(backup).join("");
      const read = decodeBackup(encodeBackup(backup))!;
      expect(byCell(read.cells)).toEqual(byCell(cells));
      expect(byCell(read.cells).get("Risker!G5")).toBeUndefined();
      // Stored about as small as its values allow: a character or two a cell where values repeat.
      const plain = JSON.stringify(cells.flatMap((c) => c.written ?? [])).length;
      const without = compressed.map(({ written: _w, ...c }) => c);
      const values = stored.length - encodeBackup({ ...backup, cells: without }).join("").length;
      expect(values).toBeLessThan(distinct < 64 ? plain / 2 : distinct < 4096 ? plain : plain * 1.2);
    },
  );

  test.each([
    [20, 20, true],
    [16, 20, false],
    ["20", 20, true], // a number written as text, read back as Excel takes it
    [0.30000000000000004, 0.3, true], // to Excel's 15 digits
    [0.3001, 0.3, false],
    [46477, "2027-03-31", true], // a date written as ISO text, read as its serial
    [46477 - 1462, "2027-03-31", true], // … in a 1904 workbook
    [46478, "2027-03-31", false],
    ["Hög", "Hög", true],
    ["hög", "Hög", false],
    ["", 20, false],
    [true, 1, false],
  ])("%j holds %j written: %s", (seen, value, holds) => {
    expect(holdsWritten(seen, value)).toBe(holds);
  });

  test("a grid read back: Plankoll's values blanked, a value typed over one and a formula kept, an older record's cell blanked", () => {
    const grid = {
      sheet: "Risker",
      originRow: 5,
      originCol: 6,
      values: [
        [(5 * 7) % 25, 99],
        [16, ""],
        [(7 * 7) % 25, ""],
      ] as unknown[][],
      formulaCells: new Set(["F7"]),
    };
    withoutPlankollValues(grid, { version: 1, adapter: "ooxml", cells: compressCells(written()), sheets: [] });
    expect(grid.values).toEqual([
      ["", ""],
      [16, ""],
      [(7 * 7) % 25, ""],
    ]);
  });
});
