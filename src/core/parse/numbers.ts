/** Swedish numbers as people type them: "236.000", "29,5", "4 600000", "−3". */
import type { CellValue } from "../types";

const SPACES = "\\s\\u00a0\\u202f\\u2009\\u2007";
const BETWEEN_DIGITS = new RegExp(`(\\d)[${SPACES}]+(?=\\d)`, "g");
const DOT_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+([.,]\d+)?$|^[.,]\d+$/;
// Patterns asked of every number written as text are constants (one written in a function is a new object per call).
const APOSTROPHE_NUMBER = /^'[-\d]/;
const QUOTED_NUMBER = /^"[-\d]/;
const MINUS_SIGN = /\u2212/g;
const SIGN = /^[-+]/;
const DOTS = /\./g;

/**
 * A value stored as text the way exports and typists mark it: "'8" (Excel's apostrophe, kept as
 * text by some programs) or "\"8\"" (quoted by a CSV export); anything else is returned as it is.
 */
export function withoutTextMarks(text: string): string {
  if (text.startsWith("'") && APOSTROPHE_NUMBER.test(text)) return text.slice(1);
  if (text.length > 2 && text.startsWith('"') && text.endsWith('"') && QUOTED_NUMBER.test(text))
    return text.slice(1, -1);
  return text;
}

/** Reads a number from text; null when the text is not exactly a number. */
export function parseNumberText(text: string): number | null {
  let s = withoutTextMarks(text.trim()).replace(MINUS_SIGN, "-").replace(BETWEEN_DIGITS, "$1");
  let sign = 1;
  if (SIGN.test(s)) {
    if (s[0] === "-") sign = -1;
    s = s.slice(1).trim();
  }
  if (DOT_THOUSANDS.test(s)) s = s.replace(DOTS, "");
  else if (!PLAIN.test(s)) return null;
  const value = Number(s.replace(",", "."));
  return Number.isFinite(value) ? sign * value : null;
}

/** A cell as a number: numbers pass, text is read the Swedish way, anything else is null. */
export function parseNumberCell(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return parseNumberText(value);
  return null;
}

const NUMBER_IN_TEXT = new RegExp(`[-\\u2212]?\\d[\\d${SPACES}]*(?:[.,]\\d+)*`, "g");
const TRAILING_SPACES = new RegExp(`[${SPACES}]+$`);

/** Finds the first number inside a longer text: returns it and where it stood. */
export function findNumber(text: string): { value: number; start: number; end: number } | null {
  for (const match of text.matchAll(NUMBER_IN_TEXT)) {
    const raw = match[0].replace(TRAILING_SPACES, "");
    const value = parseNumberText(raw);
    if (value !== null) return { value, start: match.index, end: match.index + raw.length };
  }
  return null;
}
