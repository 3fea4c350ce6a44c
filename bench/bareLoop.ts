/**
 * The bench's floor: a bare loop over the same 2-D array a risk register arrives in, doing the
 * risk template's core work and nothing else — find the header and the columns, read each level
 * (a number, or a label's leading digit), check it is 1–5, compute and compare the value, band
 * it into a zone, count the 5 × 5 matrix, and put the findings in flat arrays. No layouts, no
 * notations, no words: what Plankoll's generality is measured against (npm run bench).
 */
import type { CellValue } from "../src/core/types";

const HEADERS = { probability: /^sannolikhet/i, consequence: /^konsekvens/i, value: /^riskv/i };

/** A level 1–5 from a number or a label ("3.Möjlig"), else 0. */
function level(cell: CellValue): number {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? cell : 0;
  if (typeof cell !== "string") return 0;
  const digit = cell.charCodeAt(0) - 48;
  return digit >= 1 && digit <= 5 ? digit : 0;
}

export function bareRiskLoop(values: readonly (readonly CellValue[])[]): {
  findings: number;
  codes: Uint8Array;
  rows: Uint32Array;
  zones: Uint8Array;
  matrix: Uint32Array;
} {
  let header = -1;
  const column = { probability: -1, consequence: -1, value: -1 };
  for (let r = 0; r < Math.min(values.length, 30) && header < 0; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const text = typeof row[c] === "string" ? (row[c] as string) : "";
      for (const key of Object.keys(HEADERS) as (keyof typeof HEADERS)[]) if (HEADERS[key].test(text)) column[key] = c;
    }
    if (column.probability >= 0 && column.consequence >= 0) header = r;
  }
  const n = values.length - header - 1;
  const codes = new Uint8Array(n * 2);
  const rows = new Uint32Array(n * 2);
  const zones = new Uint8Array(n);
  const matrix = new Uint32Array(25);
  let findings = 0;
  for (let r = header + 1; r < values.length; r++) {
    const row = values[r];
    const p = level(row[column.probability]);
    const k = level(row[column.consequence]);
    if (!p || !k) {
      codes[findings] = 1;
      rows[findings++] = r;
      continue;
    }
    const value = p * k;
    const stated = row[column.value];
    if (typeof stated === "number" ? stated !== value : stated !== "" && stated !== null) {
      codes[findings] = 2;
      rows[findings++] = r;
    }
    zones[r - header - 1] = value <= 4 ? 1 : value <= 9 ? 2 : 3;
    matrix[(p - 1) * 5 + (k - 1)]++;
  }
  return { findings, codes, rows, zones, matrix };
}
