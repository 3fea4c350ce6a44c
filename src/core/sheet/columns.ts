/**
 * Finding a template's header and columns among the first rows of a sheet: one header row, or
 * up to three rows with group labels merged across sub-headers and labels merged down, labels
 * with a scale, symbol, unit, year or footnote noted in them.
 */
import type { CellValue, Grid, GridRect } from "../types";
import { compactLabel, headerText } from "../parse/cells";

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
  /** Index into grid.values of the header row (the lowest row of a header drawn over several). */
  headerIndex: number;
  /** Index of the header's top row (equal to headerIndex for a one-row header). */
  headerTop: number;
  /** Column index into grid rows, by column key. */
  columns: Record<string, number>;
  /** The header cell texts as the reader composes them ("Antal Kvinnor"), by column key. */
  headers: Record<string, string>;
}

export const HEADER_SEARCH_ROWS = 30;
/** A header spans at most this many rows. */
const HEADER_DEPTH = 3;

/**
 * What a label notes beside its name: a scale, a symbol or formula, a unit, a year or period, a
 * footnote. Removed to find the name; a unit still counts for the column (see headerUnitMultiplier).
 */
const ANNOTATIONS: RegExp[] = [
  /\([^)]*\)|\[[^\]]*\]/g,
  /\b[SK]\s*[×x*·]\s*[SK]\b/gi,
  /\b\d{1,2}\s*[-–—]\s*\d{1,2}\b/g,
  /\b(19|20)\d{2}(\s*[-–—/]\s*(19|20)?\d{2})?\b/g,
  /\b(T|tertial|kv|kvartal|Q)\s*[1-4]\b/gi,
  /\b(helår|helar|delår|delar|halvår|halvar)\b/gi,
  /[*¹²³⁴†‡]+/g,
  // A unit after a comma: "Årsarbetstid, timmar", "Grundlön, kr/mån", "Tillägg, per månad".
  /,\s*(timmar|tim|h|kr|kronor|sek|tkr|procent|%|antal|st)?(\s*\/\s*|\s+per\s+|\s*)?(år|mån|månad|timme|tim|h)?\.?\s*$/gi,
];
const TRAILING_UNIT = /\s(%|kr|kronor|tkr|mnkr|mkr|sek|msek|procent)\.?\s*$/i;

/** The compact keys a header text may be known by: as written, and without its annotations. */
export function labelKeys(text: string): string[] {
  const keys = [compactLabel(text)];
  let bare = text;
  for (const pattern of ANNOTATIONS) bare = bare.replace(pattern, " ");
  bare = bare.replace(/[:;,.]+\s*$/, " ").trim();
  for (let i = 0; i < 2 && TRAILING_UNIT.test(bare); i++) bare = bare.replace(TRAILING_UNIT, "").trim();
  for (const variant of [text.replace(/\([^)]*\)/g, " "), bare]) {
    const key = compactLabel(variant);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** A header cell as a reader composes it from the rows drawn over it. */
interface ComposedCell {
  /** The column's own label (from its own row, or merged down onto it). */
  own: string;
  /** Whether the own label stands in the candidate row itself. */
  ownInRow: boolean;
  /** Group labels above, outermost first ("Antal", "Utfall 2027"). */
  groups: string[];
  /** The row the own label stands in, and the rows of the groups. */
  ownRow: number;
  groupRows: number[];
}

function textAt(values: readonly CellValue[][], r: number, c: number): string {
  const value = values[r]?.[c];
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

/** The merged areas that touch the header search rows, by "row,col" of each covered cell. */
function mergeIndex(merges: readonly GridRect[] | undefined, rows: number): Map<string, GridRect> {
  const index = new Map<string, GridRect>();
  for (const m of merges ?? []) {
    if (m.r0 >= rows) continue;
    const lastRow = Math.min(m.r0 + m.rows, rows);
    // A merge across whole rows would be 16 384 cells a row: only the grid's columns count.
    const lastCol = Math.min(m.c0 + m.cols, m.c0 + 512);
    for (let r = m.r0; r < lastRow; r++) for (let c = m.c0; c < lastCol; c++) index.set(`${r},${c}`, m);
  }
  return index;
}

/**
 * Reads row `r` as the lowest row of a header: each cell's own label (merged down onto it or,
 * without a merge, standing alone above an empty cell) and the group labels drawn over it
 * (merged across, or written once above a run of sub-headers).
 */
function composeRow(values: readonly CellValue[][], r: number, merges: Map<string, GridRect>): ComposedCell[] {
  const row = values[r] ?? [];
  const width = row.length;
  const cells: ComposedCell[] = [];
  const blankRows = new Set<number>();
  for (let g = r - 1; g >= Math.max(0, r - HEADER_DEPTH + 1); g--) {
    if (!(values[g] ?? []).some((v) => (typeof v === "string" && v.trim()) || typeof v === "number")) blankRows.add(g);
  }
  for (let c = 0; c < width; c++) {
    let own = textAt(values, r, c);
    let ownInRow = own !== "";
    let ownRow = r;
    const merge = merges.get(`${r},${c}`);
    if (!own && merge && merge.r0 < r && merge.r0 + merge.rows > r) {
      own = textAt(values, merge.r0, merge.c0);
      ownRow = merge.r0;
    } else if (!own && !merge && r > 0 && !merges.has(`${r - 1},${c}`)) {
      // A label above an empty cell, with no sub-headers beside it: the column's own label.
      const above = textAt(values, r - 1, c);
      const besideFilled = textAt(values, r, c + 1) !== "" && textAt(values, r - 1, c + 1) === "";
      if (above && !besideFilled) {
        own = above;
        ownRow = r - 1;
      }
    }
    ownInRow = ownInRow && !(merge && merge.r0 < r);
    const groups: string[] = [];
    const groupRows: number[] = [];
    for (let g = r - 1; g >= Math.max(0, r - HEADER_DEPTH + 1); g--) {
      // A blank row parts a title from the header below it.
      if (blankRows.has(g)) break;
      const group = groupLabelAt(values, merges, g, r, c);
      if (group && group !== own) {
        groups.unshift(group);
        groupRows.unshift(g);
      }
    }
    cells.push({ own, ownInRow, groups, ownRow, groupRows });
  }
  return cells;
}

/** The group label in row `g` over column `c` of header row `r`, if one is drawn there. */
function groupLabelAt(
  values: readonly CellValue[][],
  merges: Map<string, GridRect>,
  g: number,
  r: number,
  c: number,
): string {
  const merge = merges.get(`${g},${c}`);
  if (merge) {
    // Merged across (and ending above the header row): a group over the columns below it.
    const endsAbove = merge.r0 + merge.rows <= r;
    return merge.cols > 1 && endsAbove ? textAt(values, merge.r0, merge.c0) : "";
  }
  // Unmerged: a label written once above the first of a run of sub-headers ("centred across").
  for (let left = c; left >= 0; left--) {
    if (!textAt(values, r, left)) return "";
    const text = textAt(values, g, left);
    if (merges.has(`${g},${left}`)) return "";
    if (text) {
      if (left === c) {
        // Over its own first sub-header: a group only if the run goes on to the right under blanks.
        return textAt(values, r, c + 1) && !textAt(values, g, c + 1) && !merges.has(`${g},${c + 1}`) ? text : "";
      }
      return text;
    }
  }
  return "";
}

interface CellKeys {
  /** Keys of the label as composed with its groups, the groups first. */
  composed: string[];
  /** Its own label before its group ("Kvinnor antal"): matched exactly, never as a prefix. */
  reversed: string[];
  /** Keys of its own label alone (when it has groups). */
  own: string[];
  /**
   * Keys of each part of a label joined by "/", "&", "och", "samt", "and" ("Process/rutin",
   * "Åtgärd och ansvarig"): matched last, and only exactly, so a whole label always wins.
   */
  parts: string[];
  composedText: string;
  ownText: string;
  ownInRow: boolean;
  /** The top row the label was drawn from, composed and own alone. */
  composedTop: number;
  ownTop: number;
}

function cellKeys(cell: ComposedCell): CellKeys {
  const ownText = headerText(cell.own);
  const ownTop = cell.ownRow;
  const parts = partKeys(ownText);
  if (!ownText)
    return {
      composed: [],
      reversed: [],
      own: [],
      parts,
      composedText: "",
      ownText: "",
      ownInRow: false,
      composedTop: ownTop,
      ownTop,
    };
  if (cell.groups.length === 0) {
    return {
      composed: labelKeys(ownText),
      reversed: [],
      own: [],
      parts,
      composedText: ownText,
      ownText,
      ownInRow: cell.ownInRow,
      composedTop: ownTop,
      ownTop,
    };
  }
  const groups = cell.groups.map(headerText);
  const composed: string[] = [];
  const reversed: string[] = [];
  const bareOf = (p: string) => {
    const keys = labelKeys(p);
    return keys[keys.length - 1];
  };
  const add = (into: string[], parts: string[]) => {
    for (const key of [compactLabel(parts.join(" ")), parts.map(bareOf).join("")]) {
      if (key && !into.includes(key)) into.push(key);
    }
  };
  // "Antal" over "Kvinnor" reads "Antal kvinnor"; "Kvinnor antal" is written too (matched exactly only).
  add(composed, [...groups, ownText]);
  if (groups.length > 1) {
    add(composed, [groups[groups.length - 1], ownText]);
    add(composed, [...groups.slice(0, -1), ownText]);
  }
  add(reversed, [ownText, groups[groups.length - 1]]);
  return {
    composed,
    reversed,
    own: labelKeys(ownText),
    parts,
    composedText: [groups[groups.length - 1], ownText].join(" "),
    ownText,
    ownInRow: cell.ownInRow,
    composedTop: Math.min(ownTop, ...cell.groupRows),
    ownTop,
  };
}

/** What joins two names in one label: a slash, an ampersand, a plus, "och", "samt", "and". */
const JOINED = /\s*[/&+]\s*|\s+(?:och|samt|and)\s+/i;

/** The keys of each part of a joined label ("Process/rutin": process, rutin); none for a label of one part. */
function partKeys(text: string): string[] {
  let bare = text;
  for (const pattern of ANNOTATIONS) bare = bare.replace(pattern, " ");
  const pieces = bare.split(JOINED).map((p) => p.trim());
  // "S/K", "kr/mån", "Lön/år": a part of one or two letters, or a unit, is not a name of its own.
  const unit = /^(kr|kronor|tkr|mnkr|sek|mån|månad|år|tim|timme|timmar|dag|dagar|st|procent)$/i;
  if (pieces.length < 2 || pieces.some((p) => p.replace(/[^\p{L}]/gu, "").length < 3 || unit.test(p))) return [];
  return [...new Set(pieces.flatMap(labelKeys))];
}

export interface RowMatch {
  columns: Record<string, number>;
  headers: Record<string, string>;
  /** How many matched columns have their own label in the row itself. */
  inRow: number;
  /** The top row any matched label was drawn from. */
  top: number;
  /** How many matched columns were matched only by a label of a letter or two ("K", "M"). */
  byLetter: number;
}

/** A template's column specs as keys: each spec's wanted keys, all of them, and the prefixes. */
interface SpecKeys {
  wanted: readonly (readonly string[])[];
  all: ReadonlySet<string>;
  /** The prefixes by their first letter ("" for an empty one, which every key starts with). */
  prefixes: ReadonlyMap<string, readonly string[]>;
}

const specKeysCache = new WeakMap<readonly ColumnSpec[], SpecKeys>();

function specKeysOf(specs: readonly ColumnSpec[]): SpecKeys {
  let keys = specKeysCache.get(specs);
  if (!keys) {
    const wanted = specs.map((spec) => spec.labels.map(compactLabel));
    const prefixes = new Map<string, string[]>();
    specs.forEach((spec, k) => {
      if (spec.prefix !== true) return;
      for (const p of wanted[k]) {
        const list = prefixes.get(p.slice(0, 1));
        if (list) list.push(p);
        else prefixes.set(p.slice(0, 1), [p]);
      }
    });
    keys = { wanted, all: new Set(wanted.flat()), prefixes };
    specKeysCache.set(specs, keys);
  }
  return keys;
}

/**
 * Whether any cell in [from, to) has a key some spec could take (exactly, or by a prefix): most
 * rows in the search window are data rows, and for them nothing is matched column by column.
 */
function anyCandidate(cells: readonly CellKeys[], keys: SpecKeys, from: number, to: number): boolean {
  const startsLike = (key: string, initial: string) => keys.prefixes.get(initial)?.some((p) => key.startsWith(p));
  const could = (key: string) => keys.all.has(key) || startsLike(key, key.slice(0, 1)) || startsLike(key, "") === true;
  for (let i = from; i < to; i++) {
    const cell = cells[i];
    if (cell.composed.some(could) || cell.own.some(could) || cell.reversed.some(could) || cell.parts.some(could))
      return true;
  }
  return false;
}

/**
 * Matches one row's header cells against the column specs, within columns [from, to): first on
 * the labels as composed with their groups, then on the bare labels; each column is taken once.
 */
function matchCells(cells: readonly CellKeys[], specs: readonly ColumnSpec[], from = 0, to = cells.length): RowMatch {
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  const taken = new Set<number>();
  let inRow = 0;
  let top = Infinity;
  let byLetter = 0;
  const keys = specKeysOf(specs);
  if (!anyCandidate(cells, keys, from, to)) return { columns, headers, inRow, top, byLetter };
  for (const pass of ["composed", "own", "parts"] as const) {
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k];
      if (spec.key in columns) continue;
      const wanted = keys.wanted[k];
      // The leftmost cell that names the spec, but a word over a letter standing for it: a
      // "Konsekvens" column over a "K" to its left (a matrix's heading, a note's initial).
      let best = -1;
      let bestRank = Infinity;
      for (let i = from; i < to && bestRank > 0; i++) {
        if (taken.has(i)) continue;
        const rank = cellRank(cells[i], pass, wanted, spec.prefix === true);
        if (rank < bestRank) {
          best = i;
          bestRank = rank;
        }
      }
      if (best < 0) continue;
      columns[spec.key] = best;
      headers[spec.key] = pass === "composed" ? cells[best].composedText : cells[best].ownText;
      taken.add(best);
      if (cells[best].ownInRow) inRow++;
      if (bestRank === 1) byLetter++;
      top = Math.min(top, pass === "composed" ? cells[best].composedTop : cells[best].ownTop);
    }
  }
  return { columns, headers, inRow, top, byLetter };
}

/**
 * How a header cell names a spec in a pass of matchCells: 0 by a word (a label it matches, or
 * starts with where the spec takes prefixes), 1 only by a label of one or two letters ("K", "M"),
 * Infinity where it matches none.
 */
function cellRank(
  cell: CellKeys,
  pass: "composed" | "own" | "parts",
  wanted: readonly string[],
  prefix: boolean,
): number {
  let rank = Infinity;
  const consider = (key: string, exactOnly: boolean) => {
    for (let w = 0; w < wanted.length && rank > 0; w++) {
      const label = wanted[w];
      if (key === label || (!exactOnly && prefix && key.startsWith(label)))
        rank = Math.min(rank, label.length <= 2 ? 1 : 0);
    }
  };
  if (pass === "parts") for (const key of cell.parts) consider(key, true);
  else {
    for (const key of cell[pass]) consider(key, false);
    if (pass === "composed") for (const key of cell.reversed) consider(key, true);
  }
  return rank;
}

/** Header cells of every row in the search window, composed with the rows above them. */
export function headerRows(grid: Grid, from = 0, count = HEADER_SEARCH_ROWS): CellKeys[][] {
  const limit = Math.min(grid.values.length, from + count);
  const merges = mergeIndex(grid.merges, limit + 1);
  const rows: CellKeys[][] = [];
  for (let r = from; r < limit; r++) {
    const hasText = grid.values[r].some((v) => typeof v === "string" && v.trim() !== "");
    rows.push(hasText || merges.size ? composeRow(grid.values, r, merges).map(cellKeys) : []);
  }
  return rows;
}

/**
 * Column segments of a header row: runs of labelled columns separated by a column that is empty
 * both in the header and in the rows just below it (side-by-side tables).
 */
function segments(grid: Grid, r: number, cells: readonly CellKeys[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  const emptyBelow = (c: number) => {
    for (let i = r + 1; i < Math.min(grid.values.length, r + 6); i++) {
      const v = grid.values[i][c];
      if (v !== "" && v !== null && v !== undefined) return false;
    }
    return true;
  };
  for (let c = 0; c <= cells.length; c++) {
    const gap = c === cells.length || (!cells[c].ownText && emptyBelow(c));
    if (gap) {
      if (start >= 0) out.push([start, c]);
      start = -1;
    } else if (start < 0) start = c;
  }
  return out;
}

export interface HeaderCandidate {
  match: HeaderMatch | null;
  best: { headerIndex: number; columns: Record<string, number> } | null;
}

/**
 * The header among the first 30 rows (from `from`) where every key of one of the layouts
 * matches, preferring the row that matches the most columns, and the lower row of a header
 * drawn over several. `columnsFrom`/`columnsTo` bound the columns (one of side-by-side tables).
 */
export function findHeader(
  grid: Grid,
  specs: readonly ColumnSpec[],
  layouts: readonly (readonly string[])[],
  options: { from?: number; columnsFrom?: number; columnsTo?: number; rows?: CellKeys[][] } = {},
): HeaderCandidate {
  const from = options.from ?? 0;
  const rows = options.rows ?? headerRows(grid, from);
  let match: HeaderMatch | null = null;
  let best: { headerIndex: number; columns: Record<string, number> } | null = null;
  for (let k = 0; k < rows.length; k++) {
    const cells = rows[k];
    if (cells.length === 0) continue;
    const r = from + k;
    const found = matchCells(
      cells,
      specs,
      options.columnsFrom ?? 0,
      Math.min(cells.length, options.columnsTo ?? cells.length),
    );
    const count = Object.keys(found.columns).length;
    if (count === 0 || found.inRow === 0) continue;
    // A header of letters alone ("K", "M") stands only in one row: an "M" in one row and a "k"
    // in the row above over a list of texts is no table; some column named by a word, or every
    // letter in the row itself, is needed.
    const complete =
      (found.byLetter < count || found.inRow === count) &&
      layouts.some((layout) => layout.every((key) => key in found.columns));
    if (complete) {
      const current = match ? Object.keys(match.columns).length : -1;
      // The lower row of a header drawn over several rows: same columns, read with the rows above.
      const lowerOfSame =
        match !== null &&
        count === current &&
        found.top <= match.headerIndex &&
        Object.entries(match.columns).every(([key, c]) => found.columns[key] === c);
      if (count > current || lowerOfSame) {
        match = { headerIndex: r, headerTop: Math.min(r, found.top), columns: found.columns, headers: found.headers };
      }
    }
    if (!best || count > Object.keys(best.columns).length) best = { headerIndex: r, columns: found.columns };
  }
  return { match, best };
}

/** Side-by-side candidates: the column segments of a row, each a possible table of its own. */
export function rowSegments(grid: Grid, r: number, rows: CellKeys[][], from: number): [number, number][] {
  const cells = rows[r - from];
  return cells && cells.length ? segments(grid, r, cells) : [];
}

export type { CellKeys };
