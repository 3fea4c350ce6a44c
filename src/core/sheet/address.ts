/** A1 addresses: worksheet rows and columns are 1-based, as the user sees them. */

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

/** "Riskanalys 2026" → "'Riskanalys 2026'", quoting as Excel formulas need. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
