/** Finding a template's header row and columns among the first rows of a sheet. */
import type { CellValue, Grid } from "../types";
import { compactLabel, headerText } from "../parse";

export interface ColumnSpec {
  key: string;
  /** The label and its synonyms, as written in the templates. */
  labels: readonly string[];
  /** A group column: filled once and carried down to the rows below. */
  group?: boolean;
  /** Its cells' number formats matter (a percent-formatted cell holds a fraction). */
  format?: boolean;
  /**
   * Long headers that go on after the label ("Avtalsperiod (fr.o.m - t.o.m) inkl
   * förlängningsoptioner") match when they start with it.
   */
  prefix?: boolean;
}

export interface HeaderMatch {
  /** Index into grid.values of the header row. */
  headerIndex: number;
  /** Column index into grid rows, by column key. */
  columns: Record<string, number>;
  /** The header cell texts as written, by column key. */
  headers: Record<string, string>;
}

export const HEADER_SEARCH_ROWS = 30;

function labelKeys(text: string): string[] {
  const whole = compactLabel(text);
  const withoutParens = compactLabel(text.replace(/\([^)]*\)/g, " "));
  return withoutParens && withoutParens !== whole ? [whole, withoutParens] : [whole];
}

/** Matches one row's cells against the column specs; each column takes its first matching cell. */
export function matchHeaderRow(row: readonly CellValue[], specs: readonly ColumnSpec[]): HeaderMatch["columns"] {
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  const cellKeys = row.map((value) => (typeof value === "string" && value.trim() ? labelKeys(value) : []));
  for (const spec of specs) {
    const wanted = spec.labels.map(compactLabel);
    const matches = (key: string) =>
      wanted.includes(key) || (spec.prefix === true && wanted.some((w) => key.startsWith(w)));
    const index = cellKeys.findIndex((keys, i) => !taken.has(i) && keys.some(matches));
    if (index >= 0) {
      columns[spec.key] = index;
      taken.add(index);
    }
  }
  return columns;
}

/**
 * The first row among the first 30 where every key of one of the layouts matches,
 * preferring the row that matches the most columns.
 */
export function findHeader(
  grid: Grid,
  specs: readonly ColumnSpec[],
  layouts: readonly (readonly string[])[],
): { match: HeaderMatch | null; best: { headerIndex: number; columns: Record<string, number> } | null } {
  let match: HeaderMatch | null = null;
  let best: { headerIndex: number; columns: Record<string, number> } | null = null;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchHeaderRow(grid.values[r], specs);
    const count = Object.keys(columns).length;
    if (count === 0) continue;
    const complete = layouts.some((layout) => layout.every((key) => key in columns));
    if (complete && (!match || count > Object.keys(match.columns).length)) {
      const headers: Record<string, string> = {};
      for (const [key, index] of Object.entries(columns)) headers[key] = headerText(grid.values[r][index]);
      match = { headerIndex: r, columns, headers };
    }
    if (!best || count > Object.keys(best.columns).length) best = { headerIndex: r, columns };
  }
  return { match, best };
}
