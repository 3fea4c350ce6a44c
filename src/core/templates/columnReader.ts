/**
 * One column of a table read row by row: the column found once (its grid index), then each row's
 * cell read by that index — no lookup by the column's name per cell. A template's checks still
 * read "for each row: the title's text, the sex, the pay…" (`title.requiredText(r)`); TableReader
 * reads by name through the same code.
 */
import type { CellValue } from "../types";
import type { Params } from "../i18n";
import type { FindingSink } from "./types";
import type { CoreWording } from "../codes";
import type { Table, DataRow } from "../sheet/table";
import { cellText, formatNumber, isBlank, isCellError } from "../parse/cells";
import { parseDateCell } from "../parse/dates";
import { isDateFormat, serialToIso } from "../parse/serial";
import { parseNumberCell } from "../parse/numbers";
import { readStated } from "../parse/stated";
import { headerUnitMultiplier, parseAmount } from "../parse/amounts";
import { MAX_SEK, formatSek } from "./sek";
import { keepShape } from "../shapes";

/** Who names a column in messages: as the user headed it (TableReader.column). */
export interface ColumnNames {
  column(key: string): string;
}

export class ColumnReader<W extends string = never> {
  /** The grid column, −1 where the table has none. */
  readonly index: number;
  /** Whether the table has the column. */
  readonly present: boolean;

  constructor(
    private readonly table: Table,
    private readonly findings: FindingSink<never, W>,
    readonly key: string,
    /** The column's name in messages (TableReader.column). */
    private readonly names: ColumnNames,
  ) {
    this.index = table.column(key);
    this.present = this.index >= 0;
  }

  /** The cell as it is ("" where the table has no such column). */
  raw(row: DataRow): CellValue {
    return this.table.cell(row, this.index);
  }

  /** The column's name in messages: as the user headed it (TableReader.column). */
  columnName(): string {
    return this.names.column(this.key);
  }

  /** The cell's address ("F12"). */
  address(row: DataRow): string {
    return this.table.addressAt(row.index, this.index);
  }

  /** Reports a formula error in the cell and says whether the cell can be read. */
  usable(row: DataRow): boolean {
    const raw = this.raw(row);
    if (!isCellError(raw)) return true;
    this.findings.add("CELL_ERROR", this.address(row), row.row, {
      column: this.columnName(),
      value: raw.trim(),
    });
    return false;
  }

  /**
   * The last text cell read that held a text (no formula error, more than spaces), and its text: a
   * column repeats its texts row after row (a befattning, a sex, an area), each then read once.
   */
  private lastRaw: string | null = null;
  private lastText = "";

  /** The text of a cell holding one (no formula error, more than spaces), else null. */
  private plainText(raw: CellValue): string | null {
    if (typeof raw !== "string") return null;
    if (raw === this.lastRaw) return this.lastText;
    if (raw.includes("#")) return null;
    const text = cellText(raw);
    if (text === "") return null;
    this.lastRaw = raw;
    this.lastText = text;
    return text;
  }

  /** A cell that must be filled: reports REQUIRED_MISSING (or CELL_ERROR) and returns its text or null. */
  requiredText(row: DataRow): string | null {
    return this.textOf(row, true);
  }

  /** An optional text cell: its text, or null when blank, absent or an error (reported). */
  text(row: DataRow): string | null {
    return this.textOf(row, false);
  }

  /** The cell's text: the usual cell, a text without "#" (no formula error), at once; else as `filled` reads it. */
  private textOf(row: DataRow, required: boolean): string | null {
    if (!this.present) return null;
    const plain = this.plainText(this.raw(row));
    if (plain !== null) return plain;
    const raw = this.filled(row, required);
    return raw === null ? null : cellText(raw);
  }

  /** VALUE_UNCERTAIN on the cell, naming its column and what it holds, with the message's own parameters. */
  uncertain(row: DataRow, params: Params, wording?: W | CoreWording): void {
    this.findings.add(
      "VALUE_UNCERTAIN",
      this.address(row),
      row.row,
      { column: this.columnName(), value: cellText(this.raw(row)), ...params },
      wording,
    );
  }

  /** An optional date cell as ISO; NOT_A_DATE when it cannot be read. */
  date(row: DataRow): string | null {
    if (!this.present || !this.usable(row)) return null;
    const raw = this.raw(row);
    if (isBlank(raw)) return null;
    const parsed = parseDateCell(raw);
    if (parsed?.kind === "date") return parsed.iso;
    // "Pågår", "Löpande", "Årligen": no deadline, and nothing wrong with that.
    if (parsed) return null;
    this.notA("NOT_A_DATE", row);
    return null;
  }

  /** The raw value of a cell that holds something: null when absent, an error, or blank (REQUIRED_MISSING if required). */
  filled(row: DataRow, required: boolean): CellValue {
    if (!this.present || !this.usable(row)) return null;
    const raw = this.raw(row);
    if (!isBlank(raw)) return raw;
    if (required) this.findings.add("REQUIRED_MISSING", this.address(row), row.row, { column: this.columnName() });
    return null;
  }

  /** A plain number (a count, a level, a score): REQUIRED_MISSING, NOT_A_NUMBER, OUT_OF_RANGE below `min`. */
  number(row: DataRow, required: boolean, min: number): number | null {
    // The usual cell, a number in range, is itself.
    const first = this.present ? this.raw(row) : null;
    if (typeof first === "number" && Number.isFinite(first) && first >= min) return first;
    const raw = this.filled(row, required);
    if (raw === null) return null;
    const stated = typeof raw === "string" ? readStated(raw) : null;
    let value = parseNumberCell(raw);
    // "ca 100" is the estimate it says; "10–15" could be either and is reported with both ends.
    if (value === null && stated && !stated.before && !stated.after.trim() && !stated.comparator) {
      if (stated.high !== null) {
        this.uncertain(row, { low: formatNumber(stated.value), high: formatNumber(stated.high) }, "NUMBER_RANGE");
        return null;
      }
      if (stated.approximate) value = stated.value;
    }
    if (value === null) {
      this.notA("NOT_A_NUMBER", row);
      return null;
    }
    if (value < min) {
      this.findings.add("OUT_OF_RANGE", this.address(row), row.row, {
        column: this.columnName(),
        value: this.seen(row),
        min,
        max: "∞",
      });
      return null;
    }
    return value;
  }

  /** NOT_A_NUMBER or NOT_A_DATE on the cell, naming its column and what it shows. */
  notA(code: "NOT_A_NUMBER" | "NOT_A_DATE", row: DataRow): void {
    this.findings.add(code, this.address(row), row.row, { column: this.columnName(), value: this.seen(row) });
  }

  /**
   * The cell as a message names it: as it shows, where that is known — a number formatted as a
   * date is the date (2027-02-28, not 46 446) where the adapter read the cell's format; else its text.
   */
  seen(row: DataRow): string {
    const raw = this.raw(row);
    if (typeof raw === "number" && isDateFormat(this.table.grid.numberFormats?.[row.index]?.[this.index]))
      return serialToIso(raw) ?? cellText(raw);
    return cellText(raw);
  }

  /** The unit the column's header gives its bare numbers ("Äskad summa (tkr)"), read once. */
  private unitRead: number | null = null;
  private get unit(): number {
    return (this.unitRead ??= headerUnitMultiplier(this.table.header.headers[this.key] ?? ""));
  }

  /**
   * The amount read last: one record, set read after read (a record made per amount was a fifth
   * of what a KUS analysis allocated).
   */
  private readonly amountRead: { sek: number; highSek: number | null } = { sek: 0, highSek: null };

  /**
   * An amount as written: kronor, or a range of kronor ("3–4 mnkr"); the header's unit applies to
   * bare numbers. Text beside the amount ("???   2 mnkr") is read and reported as uncertain, never
   * silently. The column's own record, set again by its next read: a caller takes its figures at once.
   */
  amountStated(row: DataRow, required: boolean): Readonly<{ sek: number; highSek: number | null }> | null {
    return this.readAmount(row, required) ? this.amountRead : null;
  }

  /**
   * An amount in kronor. A range ("3–4 mnkr") has no one amount: it is reported with both ends
   * and gives null, so no total counts either end as if it were the amount.
   */
  amount(row: DataRow, required: boolean): number | null {
    if (!this.readAmount(row, required)) return null;
    const { sek, highSek } = this.amountRead;
    if (highSek === null) return sek;
    this.uncertain(row, { low: formatSek(sek), high: formatSek(highSek) }, "AMOUNT_RANGE");
    return null;
  }

  /** Reads an amount into amountRead; false when there is none. */
  private readAmount(row: DataRow, required: boolean): boolean {
    const raw = this.filled(row, required);
    if (raw === null) return false;
    const unit = this.unit;
    // The usual cell, a number of kronor in range: as parseAmount reads it, without its record.
    if (typeof raw === "number" && Number.isFinite(raw)) {
      const sek = Math.round(raw * unit * 100) / 100;
      if (Math.abs(sek) <= MAX_SEK) return this.amountIs(sek, null);
    }
    const parsed = parseAmount(raw, unit);
    if (!parsed.ok) {
      this.notA("NOT_A_NUMBER", row);
      return false;
    }
    // Beyond any budget (and beyond what sums exactly): read, but no total may take it.
    if (Math.abs(parsed.sek) > MAX_SEK || Math.abs(parsed.highSek ?? 0) > MAX_SEK) {
      this.findings.add("OUT_OF_RANGE", this.address(row), row.row, {
        column: this.columnName(),
        value: cellText(raw),
        min: formatSek(-MAX_SEK),
        max: formatSek(MAX_SEK),
      });
      return false;
    }
    if (parsed.uncertain) {
      const shown =
        parsed.highSek !== undefined ? `${formatSek(parsed.sek)}–${formatSek(parsed.highSek)}` : formatSek(parsed.sek);
      this.uncertain(row, { parsed: shown }, "AMOUNT_UNCERTAIN");
    }
    return this.amountIs(parsed.sek, parsed.highSek ?? null);
  }

  /** Records the amount read (amountRead) and says there is one. */
  private amountIs(sek: number, highSek: number | null): true {
    this.amountRead.sek = sek;
    this.amountRead.highSek = highSek;
    return true;
  }
}

/** A table of no columns and a sink that keeps nothing: what the reader kept between analyses reads (shapes.ts). */
export const NO_TABLE = { column: () => -1 } as unknown as Table;
export const NO_FINDINGS: FindingSink<never, never> = { items: [], add: () => undefined };
/** A reader of no column (its hidden class kept between analyses: shapes.ts). */
export const NO_COLUMN: ColumnReader = keepShape(new ColumnReader(NO_TABLE, NO_FINDINGS, "", { column: () => "" }));
