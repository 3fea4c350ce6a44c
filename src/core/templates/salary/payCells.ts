/** A payroll's pay and rate cells as read: an amount (personal data, never echoed where it holds digits) and Sysselsättningsgrad. */
import type { DataRow, Table } from "../../sheet/table";
import type { Ctx } from "./strings";
import { cellText, isBlank } from "../../parse/cells";
import { parseAmount } from "../../parse/amounts";
import { parseNumberCell } from "../../parse/numbers";
import { isPercentFormat } from "../../parse/quantity";
import type { tableReader } from "../common";
import type { ColumnReader } from "../columnReader";

export type Findings = ReturnType<Ctx["findings"]>;
export type Reader = ReturnType<typeof tableReader<never>>;
/**
 * A pay figure. Pay is personal data: an unreadable or impossible amount is reported by its
 * column, and the cell's text is named only when it holds no digit (then it cannot be a salary).
 */
export function payIn(col: ColumnReader, findings: Findings, r: DataRow, required: boolean): number | null {
  if (!col.present) return null;
  const raw = col.raw(r);
  // A plain positive amount, the usual cell, needs neither its address nor its column's name
  // (nor the test for a formula error, which is text).
  if (typeof raw === "number" && raw > 0 && raw < 1e12) return Math.round(raw * 100) / 100;
  if (isBlank(raw)) {
    if (required) findings.add("REQUIRED_MISSING", col.address(r), r.row, { column: col.columnName() });
    return null;
  }
  if (!col.usable(r)) return null;
  const cell = col.address(r);
  const column = col.columnName();
  const parsed = parseAmount(raw);
  // A range ("30–32 000") is no one pay: reported as unreadable, without the amounts (personal data).
  if (!parsed.ok || parsed.highSek !== undefined) {
    if (/\d/.test(String(raw))) findings.add("NOT_A_NUMBER", cell, r.row, { column }, "SALARY_NOT_A_NUMBER");
    else findings.add("NOT_A_NUMBER", cell, r.row, { column, value: cellText(raw) });
    return null;
  }
  if (parsed.sek <= 0) {
    findings.add("OUT_OF_RANGE", cell, r.row, { column }, "SALARY_OUT_OF_RANGE");
    return null;
  }
  if (parsed.uncertain) findings.add("VALUE_UNCERTAIN", cell, r.row, { column }, "SALARY_UNCERTAIN");
  return parsed.sek;
}

/** "75 %", "0,75", "75": a few texts repeated on thousands of rows, each read once. */
export const rateTexts = new Map<string, number | null>();
export function rateOfText(raw: string): number | null {
  let rate = rateTexts.get(raw);
  if (rate === undefined) {
    const text = raw.trim();
    const number = parseNumberCell(text.replace(/\s*%$/, ""));
    rate = number === null ? null : text.endsWith("%") || number > 1 ? number / 100 : number;
    if (rateTexts.size >= 1_000) rateTexts.clear();
    rateTexts.set(raw, rate);
  }
  return rate;
}

/** Sysselsättningsgrad as a fraction: 0,75, 75 %, a percent-formatted 0.75, or 75 meaning percent. */
export function employmentRate(table: Table, col: ColumnReader, findings: Findings, r: DataRow): number | null {
  if (!col.present) return null;
  const raw = col.raw(r);
  // A fraction, the usual cell: whatever its format, 0 < x ≤ 1 is the rate itself.
  if (typeof raw === "number" && raw > 0 && raw <= 1) return raw;
  if (isBlank(raw) || !col.usable(r)) return null;
  const format = table.grid.numberFormats?.[r.index]?.[col.index] ?? null;
  let rate: number | null = null;
  // 0,75 is a fraction and 75 a percent; 1,5 is neither, so it is reported rather than guessed.
  if (typeof raw === "number") rate = isPercentFormat(format) || raw <= 1 ? raw : raw >= 5 ? raw / 100 : 2;
  else rate = rateOfText(String(raw));
  if (rate === null || !(rate > 0 && rate <= 1)) {
    findings.add(rate === null ? "NOT_A_NUMBER" : "OUT_OF_RANGE", col.address(r), r.row, {
      column: col.columnName(),
      value: cellText(raw),
      min: "0 %",
      max: "100 %",
    });
    return null;
  }
  return rate;
}
