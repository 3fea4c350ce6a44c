/** Walking a table's rows below its header: carry-down groups, section rows, the end of the table. */
import type { CellValue, Grid } from "../types";
import { cellText, compactLabel, isBlank } from "../parse/cells";
import { a1 } from "./address";
import { grown } from "../grow";
import type { HeaderMatch } from "./columns";
import { keepShape } from "../shapes";

export interface DataRow {
  /** Index into grid.values. */
  index: number;
  /** Worksheet row number. */
  row: number;
  /** The carried-down group label (explicit, from a section row, or from above). */
  group: string | null;
}

/**
 * A table's rows as their grid indices (and their carried-down groups, where the table has group
 * columns), each row made as a DataRow when asked for (`at`). A DataRow kept for every row was
 * 100 000 objects living as long as the analysis, copied by every collection of the young
 * generation they went through (the most of a cold payroll's collections); one made as a row is
 * read dies with the row's reading, which the collector does not copy.
 */
export class TableRows {
  constructor(
    private readonly indices: Int32Array,
    readonly length: number,
    /** The group of each row; null where the table has no group column. */
    private readonly groups: readonly (string | null)[] | null,
    private readonly originRow: number,
  ) {}

  /** The `i`th row (0 ≤ i < length). */
  at(i: number): DataRow {
    const index = this.indices[i];
    return { index, row: index + this.originRow, group: this.groups === null ? null : this.groups[i] };
  }

  /** Each row, as `for (const r of table.rows)` reads them (a template's own checks; the long walks go by `at`). */
  [Symbol.iterator](): Iterator<DataRow> {
    let i = 0;
    return {
      next: (): IteratorResult<DataRow> =>
        i < this.length ? { value: this.at(i++), done: false } : { value: undefined, done: true },
    };
  }

  map<T>(each: (row: DataRow, i: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(each(this.at(i), i));
    return out;
  }

  find(test: (row: DataRow) => boolean): DataRow | undefined {
    for (let i = 0; i < this.length; i++) {
      const row = this.at(i);
      if (test(row)) return row;
    }
    return undefined;
  }
}

// The rows' hidden class kept between analyses (shapes.ts).
keepShape(new TableRows(new Int32Array(0), 0, null, 1));

export interface Table {
  grid: Grid;
  header: HeaderMatch;
  /** Worksheet row of the header. */
  headerRow: number;
  rows: TableRows;
  /** The declared total row (first cell Totalt/Summa), if the table ends in one. */
  totalRow: DataRow | null;
  /** Grid index of the last row that belongs to the table (data, section or total). */
  lastIndex: number;
  /** The column just after the table, as a grid column index. */
  firstFreeColumn: number;
  get(row: DataRow, key: string): CellValue;
  has(key: string): boolean;
  /**
   * The grid column placed for `key`, −1 where the table has none: found once, then each row's
   * cell read by it (`cell`), no lookup by name per cell.
   */
  column(key: string): number;
  /** Row `row`'s cell in grid column `column` (from `column`): "" where it is −1 or the row ends before it. */
  cell(row: DataRow, column: number): CellValue;
  address(row: DataRow, key: string): string;
  addressAt(index: number, column: number): string;
}

/** "Totalt", "Summa:", "Totalt 2016" — but not an indicator named "Total sjukfrånvaro". */
export const TOTAL_ROW = /^(totalt|total|summa|totalsumma|summa totalt)\s*[:\-–]?\s*(\d{4}|alla|samtliga)?\s*$/i;

/** TOTAL_ROW's test, told at once for a text starting with a letter or digit that no total starts with. */
export function mayBeTotal(text: string): boolean {
  const code = text.charCodeAt(0);
  if (isAsciiAlnum(code) && (code | 0x20) !== 115 && (code | 0x20) !== 116) return false;
  return TOTAL_ROW.test(text.trim());
}

export interface ReadOptions {
  /** Whether a row (after a blank row) is the header of another table, which ends this one. */
  isHeaderRow?: (index: number) => boolean;
}

/** A–Z, a–z or 0–9. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a row repeats the header inside the table, as when a printed plan is pasted back page by page. */
function repeatedHeaderTest(
  values: Grid["values"],
  header: HeaderMatch,
): {
  first: number;
  test(cells: readonly CellValue[]): boolean;
} {
  const headerCells = values[header.headerIndex];
  const labelled = Object.values(header.columns).filter(
    (c) => typeof headerCells[c] === "string" && headerCells[c] !== "",
  );
  const headerKeys = labelled.map((c) => compactLabel(String(headerCells[c] ?? "")));
  /** The first letter of each header key: a row whose cell starts otherwise is no repeated header. */
  const initials = headerKeys.map((key) => key[0] ?? "");
  const lengths = labelled.map((c) => String(headerCells[c]).length);
  const test = (cells: readonly CellValue[]) => {
    if (labelled.length === 0) return false;
    for (let k = 0; k < labelled.length; k++) {
      const cell = cells[labelled[k]];
      // The cheap tests first (length, first letter): they spare the accent folding on ordinary rows.
      if (typeof cell !== "string" || Math.abs(cell.length - lengths[k]) > 4) return false;
      // A cell starting with a letter or digit of ASCII (no space to trim): its first letter, without a string made.
      const code = cell.charCodeAt(0);
      if (isAsciiAlnum(code)) {
        if (String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code) !== initials[k]) return false;
        if (compactLabel(cell) !== headerKeys[k]) return false;
        continue;
      }
      const first = cell.trimStart()[0]?.toLowerCase();
      if (first && isAsciiAlnum(first.charCodeAt(0)) && first !== initials[k]) return false;
      if (compactLabel(cell) !== headerKeys[k]) return false;
    }
    return true;
  };
  return { first: labelled[0], test };
}

/** The first column after the table's own that is empty from the header to the last row: where Plankoll's columns go. */
function firstFreeColumnOf(values: Grid["values"], header: HeaderMatch, lastIndex: number, width: number): number {
  let firstFreeColumn = Math.max(...Object.values(header.columns)) + 1;
  // Free means empty: a column holding even a lone space is the user's, not Plankoll's.
  const isFree = (c: number) => {
    for (let i = header.headerIndex; i <= lastIndex; i++) {
      const value = values[i][c];
      if (value !== "" && value !== null && value !== undefined) return false;
    }
    return true;
  };
  while (firstFreeColumn < width && !isFree(firstFreeColumn)) firstFreeColumn++;
  return firstFreeColumn;
}

/** A row's filled cells: how many (counted to two), the first, and whether only group columns hold something. */
interface Filled {
  filled: number;
  first: number;
  onlyGroups: boolean;
}

/** Counts a row's filled cells into `into` (one object for the whole table: this runs on every row). */
function filledOf(cells: readonly CellValue[], groupColumns: readonly number[], into: Filled): Filled {
  let filled = 0;
  let first = -1;
  let onlyGroups = true;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    filled++;
    if (first < 0) first = c;
    if (onlyGroups && !groupColumns.includes(c)) onlyGroups = false;
    // The walk asks only whether none, one or more are filled: past two, with a cell outside the
    // group columns, the rest of the row changes nothing.
    if (filled >= 2 && !onlyGroups) break;
  }
  into.filled = filled;
  into.first = first;
  into.onlyGroups = onlyGroups;
  return into;
}

/** The table's rows below its header, to where it ends (see readTable). */
function tableRows(grid: Grid, header: HeaderMatch, groupColumns: readonly number[], options: ReadOptions) {
  const values = grid.values;
  const mainGroupColumn = groupColumns.length ? groupColumns[0] : -1;
  let indices = new Int32Array(Math.min(1024, Math.max(0, values.length - header.headerIndex)));
  let length = 0;
  const groups: (string | null)[] | null = mainGroupColumn >= 0 ? [] : null;
  let totalRow: DataRow | null = null;
  let group: string | null = null;
  let blanks = 0;
  let lastIndex = header.headerIndex;
  const repeated = repeatedHeaderTest(values, header);
  const counted: Filled = { filled: 0, first: -1, onlyGroups: true };
  for (let i = header.headerIndex + 1; i < values.length; i++) {
    const cells = values[i];
    const { filled, first, onlyGroups } = filledOf(cells, groupColumns, counted);
    if (filled === 0) {
      if (++blanks >= 2) break;
      continue;
    }
    const afterBlank = blanks > 0;
    blanks = 0;
    const row = i + grid.originRow;
    const firstValue = cells[first];
    // Cheap test first: this runs on every row of sheets with 100 000 rows. An Excel table's total
    // row is its declared total, whatever its first cell says.
    const isTotal = typeof firstValue === "string" && firstValue.length < 24 && mayBeTotal(firstValue);
    if (isTotal || i === grid.totalRowIndex) {
      totalRow = { index: i, row, group };
      lastIndex = i;
      break;
    }
    if (afterBlank && options.isHeaderRow?.(i)) break;
    if (typeof cells[repeated.first] === "string" && repeated.test(cells)) {
      lastIndex = i;
      continue;
    }
    if (onlyGroups && mainGroupColumn >= 0) {
      group = cellText(cells[mainGroupColumn]) || group;
      lastIndex = i;
      continue;
    }
    // A lone text after a blank row is a note below the table, not a row of it.
    if (filled === 1 && afterBlank && Object.keys(header.columns).length > 2) break;
    if (mainGroupColumn >= 0 && !isBlank(cells[mainGroupColumn])) group = cellText(cells[mainGroupColumn]);
    if (length === indices.length) indices = grown(indices, Math.min(2 * length + 16, values.length));
    indices[length++] = i;
    groups?.push(group);
    lastIndex = i;
  }
  return { rows: new TableRows(indices, length, groups, grid.originRow), totalRow, lastIndex };
}

export function readTable(
  grid: Grid,
  header: HeaderMatch,
  groupKeys: readonly string[],
  options: ReadOptions = {},
): Table {
  const values = grid.values;
  const groupColumns = groupKeys.filter((k) => k in header.columns).map((k) => header.columns[k]);
  let width = 0;
  for (let i = 0; i < values.length; i++) if (values[i].length > width) width = values[i].length;
  const { rows, totalRow, lastIndex } = tableRows(grid, header, groupColumns, options);
  const firstFreeColumn = firstFreeColumnOf(values, header, lastIndex, width);
  return new ReadTable(grid, header, rows, totalRow, lastIndex, firstFreeColumn);
}

/**
 * A table as read. Its functions are methods, one for every table: a walk's optimized code that
 * called a function made for its table (a closure) held that very function and its table's
 * cells, and was thrown away with them after the analysis — compiled again in every analysis
 * after (a review repeated in the pane, live review).
 */
class ReadTable implements Table {
  readonly headerRow: number;
  /** Asked for every cell read: a map of the placed columns, not a lookup in the header's record. */
  private readonly columnOf: Map<string, number>;

  constructor(
    readonly grid: Grid,
    readonly header: HeaderMatch,
    readonly rows: TableRows,
    readonly totalRow: DataRow | null,
    readonly lastIndex: number,
    readonly firstFreeColumn: number,
  ) {
    this.headerRow = header.headerIndex + grid.originRow;
    this.columnOf = new Map(Object.entries(header.columns));
  }

  get(r: DataRow, key: string): CellValue {
    return this.cell(r, this.columnOf.get(key) ?? -1);
  }

  has(key: string): boolean {
    return this.columnOf.has(key);
  }

  column(key: string): number {
    return this.columnOf.get(key) ?? -1;
  }

  cell(r: DataRow, column: number): CellValue {
    return column < 0 ? "" : (this.grid.values[r.index][column] ?? "");
  }

  address(r: DataRow, key: string): string {
    return a1(r.row, this.grid.originCol + this.header.columns[key]);
  }

  addressAt(index: number, column: number): string {
    return a1(index + this.grid.originRow, this.grid.originCol + column);
  }
}

// The table's hidden class kept between analyses (shapes.ts).
keepShape(
  new ReadTable(
    { sheet: "", originRow: 1, originCol: 1, values: [] },
    { headerIndex: 0, headerTop: 0, columns: {}, headers: {} },
    new TableRows(new Int32Array(0), 0, null, 1),
    null,
    0,
    0,
  ),
);
