/** The Rensa record as stored in the workbook (core/backup.ts): grouped by state, read back cell for cell; older records still read. */
import { CHUNK_CHARS, compressCells, decodeBackup, encodeBackup, type Backup, type CellBackup } from "../../src/core";

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
