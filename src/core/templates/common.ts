/** What every template does with a table's cells: name a column, catch formula errors, read numbers and dates. */
import { translate, type Translate, type MessageKey, type Params } from "../i18n";
import type { Comparison, FindingSink, SheetReport, WorkbookFinding } from "./types";
import type { CoreWording } from "../codes";
import type { Table, DataRow } from "../sheet/table";
import { compactLabel, formatNumber, WHITE_SPACE_RUN } from "../parse/cells";
import type { Quantity, Unit } from "../parse/quantity";
import { ColumnReader, NO_FINDINGS, NO_TABLE } from "./columnReader";
import { keepShape, keepKeysShape } from "../shapes";

export { MAX_SEK, formatSek } from "./sek";

/**
 * Reads a table's cells for a template; W: the template's own wordings of the core's codes. Its
 * readers are methods, one for every table: a walk's optimized code calling a function made for
 * its table held that function and was thrown away with it after the analysis (shapes.ts).
 */
export class TableReader<W extends string = never> {
  constructor(
    private readonly table: Table,
    private readonly findings: FindingSink<never, W>,
    private readonly t: Translate,
  ) {}

  /**
   * The column as the user headed it, else its canonical name. In another language than the
   * sheet's Swedish, the column's name in that language with the user's heading beside it
   * ("Probability (Sannolikhet)"), so the message reads in one language and the column is found.
   */
  column(key: string): string {
    // Named in every finding on the column: worked out once per column.
    let name = this.columnNames.get(key);
    if (name === undefined) this.columnNames.set(key, (name = this.columnName(key)));
    return name;
  }
  private readonly columnNames = new Map<string, string>();
  private columnName(key: string): string {
    const header = this.table.header.headers[key];
    const canonical = (this.t as Translate<string>)(`col.${key}`);
    if (!header) return canonical;
    if (canonical === translate<string>("sv", `col.${key}`)) return header;
    const heading = header.replace(WHITE_SPACE_RUN, " ").trim();
    return compactLabel(heading) === compactLabel(canonical) ? heading : `${canonical} (${heading})`;
  }

  /**
   * The reader of one column, found once: a template reading many rows takes it before its loop
   * (`const title = read.of("title")`, then `title.requiredText(r)` for each row).
   */
  of(key: string): ColumnReader<W> {
    let reader = this.columns.get(key);
    if (!reader) this.columns.set(key, (reader = new ColumnReader(this.table, this.findings, key, this)));
    return reader;
  }
  private readonly columns = new Map<string, ColumnReader<W>>();

  /** The readers of the columns named, by name, each found once (`const cols = read.columnsOf(["title", "sex"])`). */
  columnsOf<K extends string>(keys: readonly K[]): Record<K, ColumnReader<W>> {
    const readers = {} as Record<K, ColumnReader<W>>;
    for (const key of keys) readers[key] = this.of(key);
    // Filled key by key: an object of these keys kept between analyses (shapes.ts).
    keepKeysShape(keys);
    return readers;
  }

  /** Reports a formula error in the cell and says whether the cell can be read. */
  usable(row: DataRow, key: string): boolean {
    return this.of(key).usable(row);
  }

  /** A cell that must be filled: reports REQUIRED_MISSING (or CELL_ERROR) and returns its text or null. */
  requiredText(row: DataRow, key: string): string | null {
    return this.of(key).requiredText(row);
  }

  /** An optional text cell: its text, or null when blank, absent or an error (reported). */
  text(row: DataRow, key: string): string | null {
    return this.of(key).text(row);
  }

  /** VALUE_UNCERTAIN on a cell, naming its column and what it holds, with the message's own parameters. */
  uncertain(row: DataRow, key: string, params: Params, wording?: W | CoreWording): void {
    this.of(key).uncertain(row, params, wording);
  }

  /** An optional date cell as ISO; NOT_A_DATE when it cannot be read. */
  date(row: DataRow, key: string): string | null {
    return this.of(key).date(row);
  }

  /**
   * An amount as written: kronor, or a range of kronor ("3–4 mnkr"); a unit in the column header
   * ("Äskad summa (tkr)") applies to bare numbers. Text beside the amount ("???   2 mnkr") is read
   * and reported as uncertain, never silently. The column's own record, set again by its next read:
   * a caller takes its figures at once.
   */
  amountStated(row: DataRow, key: string, required: boolean): Readonly<{ sek: number; highSek: number | null }> | null {
    return this.of(key).amountStated(row, required);
  }

  /**
   * An amount in kronor. A range ("3–4 mnkr") has no one amount: it is reported with both ends
   * and gives null, so no total counts either end as if it were the amount.
   */
  amount(row: DataRow, key: string, required: boolean): number | null {
    return this.of(key).amount(row, required);
  }

  /** A plain number (a count, a level, a score): REQUIRED_MISSING, NOT_A_NUMBER, OUT_OF_RANGE below `min`. */
  number(row: DataRow, key: string, required: boolean, min: number): number | null {
    return this.of(key).number(row, required, min);
  }
}

// The reader's hidden class kept between analyses (shapes.ts).
keepShape(new TableReader(NO_TABLE, NO_FINDINGS, () => ""));

/** Reads a table's cells for a template; W: the template's own wordings of the core's codes. */
export function tableReader<W extends string = never>(
  table: Table,
  findings: FindingSink<never, W>,
  t: Translate,
): TableReader<W> {
  return new TableReader(table, findings, t);
}

const UNIT_KEYS: Record<Exclude<Unit, null>, MessageKey> = {
  "%": "unit.percent",
  pp: "unit.pp",
  days: "unit.days",
  hours: "unit.hours",
  count: "unit.count",
  sek: "unit.sek",
};

/** "4,9 %", "1,6 procentenheter", "50 dagar" in the user's language. */
export function formatQuantity(quantity: Pick<Quantity, "value" | "unit">, t: Translate): string {
  const number = formatNumber(quantity.value);
  if (!quantity.unit) return number;
  return quantity.unit === "%" ? `${number} %` : `${number} ${t(UNIT_KEYS[quantity.unit])}`;
}

/** One decimal, as shares and ratios are reported. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Tables of one template paired across the years: by sheet name, then the rest in order. */
export function pairSheets<R extends { sheet: string }>(last: readonly R[], current: readonly R[]): [R, R][] {
  const open = [...last];
  const pairs: [R, R][] = [];
  const rest: R[] = [];
  for (const report of current) {
    const i = open.findIndex((l) => l.sheet === report.sheet);
    if (i >= 0) pairs.push([open.splice(i, 1)[0], report]);
    else rest.push(report);
  }
  rest.forEach((report, i) => open[i] && pairs.push([open[i], report]));
  return pairs;
}

/** How two years' items of a table paired: the lengths are what SHEET_COMPARED says. */
export interface Paired {
  pairs: readonly unknown[];
  added: readonly unknown[];
  removed: readonly unknown[];
}

/**
 * Opens a comparison of two tables: `say(comparison, add)` tags the findings `add` adds as workbook
 * findings on this year's sheet (or `sheet`); `close(paired)` puts first the SHEET_COMPARED finding
 * naming last year's table and the counts — the changed ones as the distinct rows said changed, or
 * not said at all (`changes: false`) where the comparison does not look at changes.
 */
export function comparing(
  was: SheetReport,
  now: SheetReport,
  findings: FindingSink<string, string>,
  out: WorkbookFinding[],
): {
  say: (comparison: Comparison, add: () => void, sheet?: string) => void;
  /** An item on this year's `row` changed in a way no finding says (a target raised): counted as changed. */
  changed: (row: number) => void;
  close: (paired: Paired, changes?: false) => void;
} {
  const start = out.length;
  const changedRows = new Set<number>();
  return {
    say: (comparison, add, sheet = now.sheet) => {
      const before = findings.items.length;
      add();
      for (const finding of findings.items.slice(before)) {
        if (comparison === "changed") changedRows.add(finding.row);
        out.push({ sheet, finding, comparison });
      }
    },
    changed: (row) => void changedRows.add(row),
    close: ({ pairs, added, removed }, changes) => {
      const before = findings.items.length;
      const header = now.headerRow ?? 1;
      const params = { previous: was.sheet, paired: pairs.length, added: added.length, removed: removed.length };
      if (changes === false) findings.add("SHEET_COMPARED", `A${header}`, header, params, "SHEET_COMPARED_PAIRED");
      else findings.add("SHEET_COMPARED", `A${header}`, header, { ...params, changed: changedRows.size });
      const said = findings.items
        .slice(before)
        .map((finding) => ({ sheet: now.sheet, finding, comparison: "sheet" as const }));
      out.splice(start, 0, ...said);
    },
  };
}

/**
 * This year's tables of one template against last year's (`previous`): each pair (pairSheets) is
 * given to `each`, whose `say(comparison, add)` makes the findings `add` adds workbook findings on
 * this year's sheet, tagged with what they say, and which returns how the items paired (said first,
 * SHEET_COMPARED). Null without last year's workbook or either year's tables.
 */
export function compareYears<R extends SheetReport>(
  reports: readonly SheetReport[],
  previous: readonly SheetReport[] | undefined,
  is: (report: SheetReport) => report is R,
  findings: FindingSink<string, string>,
  each: (
    was: R,
    now: R,
    say: (comparison: Comparison, add: () => void) => void,
    changed: (row: number) => void,
  ) => Paired,
): WorkbookFinding[] | null {
  const current = reports.filter(is);
  const last = (previous ?? []).filter(is);
  if (current.length === 0 || last.length === 0) return null;
  const out: WorkbookFinding[] = [];
  for (const [was, now] of pairSheets(last, current)) {
    const { say, changed, close } = comparing(was, now, findings, out);
    close(each(was, now, say, changed));
  }
  return out;
}

/**
 * The row each value (a risk's Nr, an application's priority) was first seen on. Tables number
 * their rows 1, 2, 3 …: those are kept in an array by the number (a map of 100 000 entries was a
 * tenth of the register's analysis); anything else in a map.
 */
export class FirstRows {
  private byNumber = new Int32Array(1024);
  private readonly byKey = new Map<number | string, number>();
  get(value: number | string): number | undefined {
    if (!FirstRows.indexed(value)) return this.byKey.get(value);
    const row = value < this.byNumber.length ? this.byNumber[value] : 0;
    return row === 0 ? undefined : row;
  }
  has(value: number | string): boolean {
    return this.get(value) !== undefined;
  }
  set(value: number | string, row: number): void {
    if (!FirstRows.indexed(value)) {
      this.byKey.set(value, row);
      return;
    }
    if (value >= this.byNumber.length) {
      const grown = new Int32Array(Math.max(value + 1, this.byNumber.length * 2));
      grown.set(this.byNumber);
      this.byNumber = grown;
    }
    this.byNumber[value] = row;
  }
  /** A whole number from 0 to about a million (rows are 1 and more: 0 means none). */
  private static indexed(value: number | string): value is number {
    return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1 << 20;
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new FirstRows());
