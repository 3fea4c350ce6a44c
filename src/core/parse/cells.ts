/** What a raw cell holds: blank, a formula error, or text to read. */
import type { CellValue } from "../types";

const CELL_ERROR =
  /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Runs for every cell read: the cheap tests decide most cells before the pattern does. */
export function isCellError(value: CellValue): value is string {
  return typeof value === "string" && value.length < 24 && value.includes("#") && CELL_ERROR.test(value.trim());
}

// What blank and empty mean is written down once, in core/empty.ts. Bound here as constants, not
// re-exported: CommonJS (the command line) would reach each call through a getter, for every cell.
import { isBlank as blank, isEmptyCell as empty } from "../empty";
export const isBlank = blank;
export const isEmptyCell = empty;

/**
 * A pattern asked on every cell of its kind is a constant of its module: a regular expression
 * written in a function is a new object each time the function runs (ECMAScript makes one per
 * evaluation), 56 bytes for the garbage collector per text cell read.
 */
const SPACE_TO_FOLD = /[\n\r\t\u00a0]| {2}/;
export const WHITE_SPACE_RUN = /\s+/g;
export const SOFT_HYPHEN = /\u00ad/g;
/** A hyphen where a word was broken over lines ("pro-\ncent"), with the line break. */
export const HYPHEN_LINE_BREAK = /-\s*\n\s*/g;
/** A word broken over two lines with a hyphen ("Sanno-\nlikhet"), its two halves captured. */
const BROKEN_WORD = /(\p{L})-\s*\n\s*(\p{Ll})/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTERS_OR_DIGITS = /[^a-z0-9]+/g;
/** Where a group of three digits starts, from the right: 7257000 → 7 257 000. */
export const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** The cell as a user would read it, for messages and text columns. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  // Most cells hold plain text; only rewrite those with line breaks, tabs or double spaces.
  return SPACE_TO_FOLD.test(value) ? value.replace(WHITE_SPACE_RUN, " ").trim() : value.trim();
}

/** Swedish number display with up to two decimals: 7257000 → "7 257 000", 29.5 → "29,5". */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(maxDecimals));
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(THOUSANDS, "\u00a0");
  return (rounded < 0 ? "−" : "") + grouped + (fraction ? "," + fraction : "");
}

/** A header as the user means it: "Sanno-\nlikhet" reads "Sannolikhet", "Ansvarig\ngrupp" reads "Ansvarig grupp". */
export function headerText(value: CellValue): string {
  return typeof value === "string"
    ? value.replace(SOFT_HYPHEN, "").replace(BROKEN_WORD, "$1$2").replace(WHITE_SPACE_RUN, " ").trim()
    : cellText(value);
}

/**
 * A label reduced to letters and digits, without accents or case, so that
 * "Års-\nmål", "Årsmål" and "ARSMAL" compare equal.
 */
export function compactLabel(text: string): string {
  let key = compactCache.get(text);
  if (key === undefined) {
    key = compactLatin1(text) ?? foldLabel(text);
    // Labels repeat row after row (Pågår, vara, K, 3.Möjlig): each is folded once.
    if (compactCache.size >= 10_000) compactCache.clear();
    compactCache.set(text, key);
  }
  return key;
}

const compactCache = new Map<string, string>();

/** The rule itself: decomposed, accents dropped, lower case, only a–z and 0–9 kept. */
export function foldLabel(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase().replace(NOT_LETTERS_OR_DIGITS, "");
}

/**
 * What the rule keeps of each character up to U+00FF (0: nothing): none of them decomposes into
 * more than a letter and its accents, so a text of such characters folds character by character.
 */
const LATIN1 = Uint8Array.from({ length: 256 }, (_, code) => {
  const kept = foldLabel(String.fromCharCode(code));
  if (kept.length > 1) throw new Error(`compactLabel: U+${code.toString(16)} folds to ${kept}`);
  return kept ? kept.charCodeAt(0) : 0;
});
const folded = new Uint16Array(256);

/** A label of Latin-1 characters (Swedish labels and names) folded by the table; null for any other text or a long one. */
function compactLatin1(text: string): string | null {
  if (text.length > folded.length) return null;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) return null;
    const kept = LATIN1[code];
    if (kept !== 0) folded[n++] = kept;
  }
  // An array-like of at most 256 codes: one call makes the string.
  return String.fromCharCode.apply(null, folded.subarray(0, n) as unknown as number[]);
}
