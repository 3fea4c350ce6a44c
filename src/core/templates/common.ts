/** What every template does with a table's cells: name a column, catch formula errors, read numbers and dates. */
import type { CellValue } from "../types";
import { translate, type Translate, type MessageKey, type Params } from "../i18n";
import type { FindingSink } from "./types";
import type { CoreWording } from "../codes";
import type { Table, DataRow } from "../sheet/table";
import { cellText, compactLabel, formatNumber, isBlank, isCellError } from "../parse/cells";
import { parseDateCell } from "../parse/dates";
import { headerUnitMultiplier, parseAmount } from "../parse/amounts";
import { parseNumberCell } from "../parse/numbers";
import { readStated } from "../parse/stated";
import type { Quantity, Unit } from "../parse/quantity";

/**
 * The largest amount read as one: a thousand thousand billion kronor, past every budget of the city
 * and still summed exactly (doubles hold whole numbers exactly to 9 × 10^15).
 */
export const MAX_SEK = 1e15;

/** Reads a table's cells for a template; W: the template's own wordings of the core's codes. */
export function tableReader<W extends string = never>(table: Table, findings: FindingSink<never, W>, t: Translate) {
  /**
   * The column as the user headed it, else its canonical name. In another language than the
   * sheet's Swedish, the column's name in that language with the user's heading beside it
   * ("Probability (Sannolikhet)"), so the message reads in one language and the column is found.
   */
  const column = (key: string) => {
    const header = table.header.headers[key];
    const canonical = (t as Translate<string>)(`col.${key}`);
    if (!header) return canonical;
    if (canonical === translate<string>("sv", `col.${key}`)) return header;
    const heading = header.replace(/\s+/g, " ").trim();
    return compactLabel(heading) === compactLabel(canonical) ? heading : `${canonical} (${heading})`;
  };

  /** Reports a formula error in the cell and says whether the cell can be read. */
  const usable = (row: DataRow, key: string): boolean => {
    const raw = table.get(row, key);
    if (!isCellError(raw)) return true;
    findings.add("CELL_ERROR", table.address(row, key), row.row, { column: column(key), value: raw.trim() });
    return false;
  };

  /** A cell that must be filled: reports REQUIRED_MISSING (or CELL_ERROR) and returns its text or null. */
  const requiredText = (row: DataRow, key: string): string | null => {
    if (!table.has(key)) return null;
    // The usual cell, a text without "#" (no formula error): its text, when it is more than spaces.
    const first = table.get(row, key);
    if (typeof first === "string" && !first.includes("#")) {
      const text = cellText(first);
      if (text !== "") return text;
    }
    if (!usable(row, key)) return null;
    const raw = table.get(row, key);
    if (isBlank(raw)) {
      findings.add("REQUIRED_MISSING", table.address(row, key), row.row, { column: column(key) });
      return null;
    }
    return cellText(raw);
  };

  /** An optional text cell: its text, or null when blank, absent or an error (reported). */
  const text = (row: DataRow, key: string): string | null => {
    if (!table.has(key) || !usable(row, key)) return null;
    const raw = table.get(row, key);
    return isBlank(raw) ? null : cellText(raw);
  };

  /** VALUE_UNCERTAIN on a cell, naming its column and what it holds, with the message's own parameters. */
  const uncertain = (row: DataRow, key: string, params: Params, wording?: W | CoreWording) =>
    findings.add(
      "VALUE_UNCERTAIN",
      table.address(row, key),
      row.row,
      { column: column(key), value: cellText(table.get(row, key)), ...params },
      wording,
    );

  /** An optional date cell as ISO; NOT_A_DATE when it cannot be read. */
  const date = (row: DataRow, key: string): string | null => {
    if (!table.has(key) || !usable(row, key)) return null;
    const raw: CellValue = table.get(row, key);
    if (isBlank(raw)) return null;
    const parsed = parseDateCell(raw);
    if (parsed?.kind === "date") return parsed.iso;
    // "Pågår", "Löpande", "Årligen": no deadline, and nothing wrong with that.
    if (parsed) return null;
    findings.add("NOT_A_DATE", table.address(row, key), row.row, {
      column: column(key),
      value: cellText(raw),
    });
    return null;
  };

  /** The raw value of a cell that holds something: null when absent, an error, or blank (REQUIRED_MISSING if required). */
  const filled = (row: DataRow, key: string, required: boolean): CellValue => {
    if (!table.has(key) || !usable(row, key)) return null;
    const raw = table.get(row, key);
    if (!isBlank(raw)) return raw;
    if (required) findings.add("REQUIRED_MISSING", table.address(row, key), row.row, { column: column(key) });
    return null;
  };

  /** The unit a column's header gives its bare numbers ("Äskad summa (tkr)"), read once per column. */
  const units = new Map<string, number>();
  const unitOf = (key: string): number => {
    let unit = units.get(key);
    if (unit === undefined) {
      unit = headerUnitMultiplier(table.header.headers[key] ?? "");
      units.set(key, unit);
    }
    return unit;
  };

  /**
   * An amount as written: kronor, or a range of kronor ("3–4 mnkr"); a unit in the column header
   * ("Äskad summa (tkr)") applies to bare numbers. Text beside the amount ("???   2 mnkr") is read
   * and reported as uncertain, never silently.
   */
  const amountStated = (
    row: DataRow,
    key: string,
    required: boolean,
  ): { sek: number; highSek: number | null } | null => {
    const raw = filled(row, key, required);
    if (raw === null) return null;
    const parsed = parseAmount(raw, unitOf(key));
    if (!parsed.ok) {
      findings.add("NOT_A_NUMBER", table.address(row, key), row.row, {
        column: column(key),
        value: cellText(raw),
      });
      return null;
    }
    // Beyond any budget (and beyond what sums exactly): read, but no total may take it.
    if (Math.abs(parsed.sek) > MAX_SEK || Math.abs(parsed.highSek ?? 0) > MAX_SEK) {
      findings.add("OUT_OF_RANGE", table.address(row, key), row.row, {
        column: column(key),
        value: cellText(raw),
        min: formatSek(-MAX_SEK),
        max: formatSek(MAX_SEK),
      });
      return null;
    }
    if (parsed.uncertain) {
      const shown =
        parsed.highSek !== undefined ? `${formatSek(parsed.sek)}–${formatSek(parsed.highSek)}` : formatSek(parsed.sek);
      uncertain(row, key, { parsed: shown }, "AMOUNT_UNCERTAIN");
    }
    return { sek: parsed.sek, highSek: parsed.highSek ?? null };
  };

  /**
   * An amount in kronor. A range ("3–4 mnkr") has no one amount: it is reported with both ends
   * and gives null, so no total counts either end as if it were the amount.
   */
  const amount = (row: DataRow, key: string, required: boolean): number | null => {
    const stated = amountStated(row, key, required);
    if (!stated) return null;
    if (stated.highSek === null) return stated.sek;
    uncertain(row, key, { low: formatSek(stated.sek), high: formatSek(stated.highSek) }, "AMOUNT_RANGE");
    return null;
  };

  /** A plain number (a count, a level, a score): REQUIRED_MISSING, NOT_A_NUMBER, OUT_OF_RANGE below `min`. */
  const number = (row: DataRow, key: string, required: boolean, min: number): number | null => {
    // The usual cell, a number in range, is itself.
    const first = table.has(key) ? table.get(row, key) : null;
    if (typeof first === "number" && Number.isFinite(first) && first >= min) return first;
    const raw = filled(row, key, required);
    if (raw === null) return null;
    const stated = typeof raw === "string" ? readStated(raw) : null;
    let value = parseNumberCell(raw);
    // "ca 100" is the estimate it says; "10–15" could be either and is reported with both ends.
    if (value === null && stated && !stated.before && !stated.after.trim() && !stated.comparator) {
      if (stated.high !== null) {
        uncertain(row, key, { low: formatNumber(stated.value), high: formatNumber(stated.high) }, "NUMBER_RANGE");
        return null;
      }
      if (stated.approximate) value = stated.value;
    }
    if (value === null) {
      findings.add("NOT_A_NUMBER", table.address(row, key), row.row, {
        column: column(key),
        value: cellText(raw),
      });
      return null;
    }
    if (value < min) {
      findings.add("OUT_OF_RANGE", table.address(row, key), row.row, {
        column: column(key),
        value: cellText(raw),
        min,
        max: "∞",
      });
      return null;
    }
    return value;
  };

  return { column, usable, requiredText, text, date, amount, amountStated, number, uncertain };
}

const sekText = new Map<number, string>();

/** "7 257 000 kr". */
export function formatSek(value: number): string {
  let text = sekText.get(value);
  if (text === undefined) {
    text = `${formatNumber(value)} kr`;
    if (sekText.size < 10_000) sekText.set(value, text);
  }
  return text;
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
