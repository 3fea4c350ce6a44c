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

export function parseA1(address: string): { row: number; column: number } {
  const match = address.replace(/\$/g, "").match(/^([A-Z]+)(\d+)$/i);
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

/** "Riskanalys 2026" → "'Riskanalys 2026'", quoting as Excel formulas need. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
