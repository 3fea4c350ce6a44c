/** Swedish numbers as people type them: "236.000", "29,5", "4 600000", "−3". */
import type { CellValue } from "../types";

const SPACES = "\\s\\u00a0\\u202f\\u2009\\u2007";
const BETWEEN_DIGITS = new RegExp(`(\\d)[${SPACES}]+(?=\\d)`, "g");
const DOT_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+([.,]\d+)?$|^[.,]\d+$/;

/**
 * A value stored as text the way exports and typists mark it: "'8" (Excel's apostrophe, kept as
 * text by some programs) or "\"8\"" (quoted by a CSV export); anything else is returned as it is.
 */
export function withoutTextMarks(text: string): string {
  if (text.startsWith("'") && /^'[-\d]/.test(text)) return text.slice(1);
  if (text.length > 2 && text.startsWith('"') && text.endsWith('"') && /^"[-\d]/.test(text)) return text.slice(1, -1);
  return text;
}

/** Reads a number from text; null when the text is not exactly a number. */
export function parseNumberText(text: string): number | null {
  let s = withoutTextMarks(text.trim())
    .replace(/\u2212/g, "-")
    .replace(BETWEEN_DIGITS, "$1");
  let sign = 1;
  if (/^[-+]/.test(s)) {
    if (s[0] === "-") sign = -1;
    s = s.slice(1).trim();
  }
  if (DOT_THOUSANDS.test(s)) s = s.replace(/\./g, "");
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
