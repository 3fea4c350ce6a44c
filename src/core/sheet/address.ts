/** A1 addresses: worksheet rows and columns are 1-based, as the user sees them. */
import type { GridRect } from "../types";

/** Column letters are asked for on every row written: each column's letters are built once. */
const lettersCache: string[] = [];

export function columnLetters(column: number): string {
  const cached = lettersCache[column];
  if (cached !== undefined) return cached;
  const letters = lettersOf(column);
  if (column < 16_385) lettersCache[column] = letters;
  return letters;
}

function lettersOf(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number): string {
  return columnLetters(column) + row;
}

/** "$AB$12" → { row: 12, column: 28 }; one pass over the characters (it runs for every cell written). */
export function parseA1(address: string): { row: number; column: number } {
  let column = 0;
  let row = 0;
  let i = 0;
  const length = address.length;
  if (address.charCodeAt(0) === 36) i++; // $
  const lettersStart = i;
  for (; i < length; i++) {
    const code = address.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (i === lettersStart) throw new Error(`Not an A1 cell address: ${address}`);
  if (address.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  for (; i < length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) throw new Error(`Not an A1 cell address: ${address}`);
    row = row * 10 + (code - 48);
  }
  if (i === digitsStart) throw new Error(`Not an A1 cell address: ${address}`);
  return { column, row };
}

/** parseA1 for addresses read from files: null instead of an error when it is not a cell address. */
export function tryParseA1(address: string): { row: number; column: number } | null {
  try {
    const cell = parseA1(address);
    return cell.row > 0 && cell.column > 0 ? cell : null;
  } catch {
    return null;
  }
}

/**
 * A cell or a block ("B3:F20", "$B$3", "Blad1!A1:B2") as 0-based rows and columns from A1, as
 * merges, Excel tables and Office.js range addresses give them; null when it is none.
 */
export function rectOfRange(range: string): GridRect | null {
  const [from, to] = range.replace(/^.*!/, "").split(":");
  const a = tryParseA1(from);
  const b = to === undefined ? a : tryParseA1(to);
  if (!a || !b) return null;
  return {
    r0: Math.min(a.row, b.row) - 1,
    c0: Math.min(a.column, b.column) - 1,
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.column - a.column) + 1,
  };
}

/**
 * A cell on a sheet as Excel writes it: `Risker!F8`, `'Mätetal med fel'!A6` — the name quoted when
 * it holds anything but letters, digits, `_` and `.`, starts with a digit, or reads as a cell.
 */
export function sheetRef(sheet: string, cell: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[a-z]{1,3}\d+$/i.test(sheet) && !/^(r\d*c?\d*|c\d*)$/i.test(sheet);
  return `${plain ? sheet : quoteSheet(sheet)}!${cell}`;
}

/** "Riskanalys 2026" → "'Riskanalys 2026'", quoting as Excel formulas need. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
