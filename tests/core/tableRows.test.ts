/**
 * A table's rows kept as their grid indices (TableRows): each row made when read, by index, by
 * iteration, by map or find — the same rows every way, their worksheet rows and carried-down
 * groups as the walk found them.
 */
import { readTable, type DataRow } from "../../src/core/sheet/table";
import type { HeaderMatch } from "../../src/core/sheet/columns";
import type { CellValue, Grid } from "../../src/core/types";
import { seededRandom } from "../../scripts/generate";

const header: HeaderMatch = {
  headerIndex: 1,
  headerTop: 1,
  columns: { area: 0, name: 1, value: 2 },
  headers: { area: "Område", name: "Namn", value: "Värde" },
};

function grid(values: CellValue[][], originRow = 1): Grid {
  return { sheet: "Blad", originRow, originCol: 1, values };
}

/** Every way of reading the rows, as plain records. */
function everyWay(rows: ReturnType<typeof readTable>["rows"]) {
  const plain = (r: DataRow) => ({ index: r.index, row: r.row, group: r.group });
  const byIndex = Array.from({ length: rows.length }, (_, i) => plain(rows.at(i)));
  const iterated: ReturnType<typeof plain>[] = [];
  for (const r of rows) iterated.push(plain(r));
  return { byIndex, iterated, mapped: rows.map(plain) };
}

describe("a table's rows", () => {
  test("section rows carry their group down; the total row ends the table; rows counted from the grid's origin", () => {
    const values: CellValue[][] = [
      ["Plan"],
      ["Område", "Namn", "Värde"],
      ["Norr"],
      ["", "Ett", 1],
      ["", "Två", 2],
      ["Söder"],
      ["", "Tre", 3],
      ["Väster", "Fyra", 4],
      ["Totalt", "", 10],
    ];
    const table = readTable(grid(values, 5), header, ["area"]);
    const { byIndex, iterated, mapped } = everyWay(table.rows);
    expect(byIndex).toEqual([
      { index: 3, row: 8, group: "Norr" },
      { index: 4, row: 9, group: "Norr" },
      { index: 6, row: 11, group: "Söder" },
      { index: 7, row: 12, group: "Väster" },
    ]);
    expect(iterated).toEqual(byIndex);
    expect(mapped).toEqual(byIndex);
    expect(table.rows.find((r) => r.row === 11)).toEqual({ index: 6, row: 11, group: "Söder" });
    expect(table.rows.find((r) => r.row === 10)).toBeUndefined();
    expect(table.totalRow).toEqual({ index: 8, row: 13, group: "Väster" });
    expect(table.get(table.rows.at(2), "name")).toBe("Tre");
    expect(table.address(table.rows.at(2), "value")).toBe("C11");
  });

  test("without a group column every row's group is null", () => {
    const values: CellValue[][] = [["Plan"], ["Område", "Namn", "Värde"], ["Norr", "Ett", 1], ["Söder", "Två", 2]];
    const table = readTable(grid(values), header, []);
    expect(everyWay(table.rows).byIndex).toEqual([
      { index: 2, row: 3, group: null },
      { index: 3, row: 4, group: null },
    ]);
  });

  test("random sheets: the rows are the filled rows below the header, in order, the same every way", () => {
    const random = seededRandom(33);
    for (let sheet = 0; sheet < 60; sheet++) {
      // Up to 3 000 rows: past the first size the indices are made with, grown as the walk goes.
      const length = Math.floor(random() * 3_000);
      const values: CellValue[][] = [["Plan"], ["Område", "Namn", "Värde"]];
      for (let i = 0; i < length; i++) {
        const roll = random();
        // Blank rows only one at a time (two end the table); a section row now and then.
        const blank = roll < 0.05 && values[values.length - 1].some((v) => v !== "");
        if (blank) values.push(["", "", ""]);
        else if (roll < 0.1) values.push([`Område ${i}`]);
        else values.push(["", `Rad ${i}`, i]);
      }
      const originRow = 1 + Math.floor(random() * 50);
      const table = readTable(grid(values, originRow), header, ["area"]);
      const { byIndex, iterated, mapped } = everyWay(table.rows);
      expect(iterated).toEqual(byIndex);
      expect(mapped).toEqual(byIndex);
      // The reference: every row holding a name, its group the last section row above it.
      const expected: { index: number; row: number; group: string | null }[] = [];
      let group: string | null = null;
      for (let i = 2; i < values.length; i++) {
        if (typeof values[i][0] === "string" && values[i][0] !== "") group = values[i][0] as string;
        else if (values[i][1] !== "") expected.push({ index: i, row: i + originRow, group });
      }
      expect(byIndex).toEqual(expected);
    }
  });
});
