/**
 * Rows below a table that look like its rows but were never read: the table ended (at its total
 * row, at two empty rows, at a note) and more rows like its own follow. A register with a "Summa"
 * row after its first group, or two empty rows between groups, was read to there and no further,
 * and nothing said so; now the rows left are named. Rows that do not look like the table's — a
 * legend of the levels, a signature line, a note — are not: they fill fewer of its columns.
 */
import { isBlank } from "../empty";
import { a1 } from "./address";
import type { Table } from "./table";

/** The table's rows looked at to learn how many of its columns a row of it fills. */
const SAMPLED_ROWS = 200;

export interface RowsBelow {
  /** Worksheet rows: the first and the last row left, and how many rows like the table's lie between (both included). */
  first: number;
  last: number;
  count: number;
  /** The first such row's first filled cell in the table's columns (A1). */
  cell: string;
  /** Why the table ended where it did: its total row, empty rows (worksheet rows), or its last row. */
  end: { kind: "total"; row: number } | { kind: "empty"; from: number; to: number } | { kind: "row"; row: number };
}

/** How many of the columns `columns` row `index` of the grid fills. */
function filledIn(values: Table["grid"]["values"], index: number, columns: readonly number[]): number {
  const cells = values[index];
  let filled = 0;
  for (const c of columns) if (!isBlank(cells[c])) filled++;
  return filled;
}

/**
 * The rows like the table's below it, up to grid index `until` (exclusive: where another table's
 * header stands, or the grid's end); null where there are none. A row is like the table's when it
 * fills at least half as many of the table's columns as its rows commonly do, and two at least.
 */
export function rowsLeftBelow(table: Table, until: number): RowsBelow | null {
  const { values, originRow, originCol } = table.grid;
  const columns = [...new Set(Object.values(table.header.columns))].sort((a, b) => a - b);
  if (columns.length < 2) return null;
  // A table ended before its first row (a Totalt right under the header) fills, as far as is
  // known, every column it placed.
  const sampled: number[] = table.rows.length ? [] : [columns.length];
  for (let i = 0; i < Math.min(SAMPLED_ROWS, table.rows.length); i++)
    sampled.push(filledIn(values, table.rows.at(i).index, columns));
  sampled.sort((a, b) => a - b);
  const enough = Math.max(2, Math.ceil(sampled[Math.floor(sampled.length / 2)] / 2));
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = table.lastIndex + 1; i < Math.min(until, values.length); i++) {
    if (filledIn(values, i, columns) < enough) continue;
    if (first < 0) first = i;
    last = i;
    count++;
  }
  if (first < 0) return null;
  const column = columns.find((c) => !isBlank(values[first][c]))!;
  let end: RowsBelow["end"];
  if (table.totalRow) end = { kind: "total", row: table.totalRow.row };
  else if (values.slice(table.lastIndex + 1, first).every((cells) => cells.every((v) => isBlank(v))))
    end = { kind: "empty", from: table.lastIndex + 1 + originRow, to: first - 1 + originRow };
  else end = { kind: "row", row: table.lastIndex + originRow };
  return {
    first: first + originRow,
    last: last + originRow,
    count,
    cell: a1(first + originRow, column + originCol),
    end,
  };
}
