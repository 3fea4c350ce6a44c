/** Ranges as Excel takes them: addresses chunked under getRanges' limits, vertical runs written as blocks, fills and bold by areas, values made safe to write. */
import type { Batch } from "./batch";
import { a1, parseA1 } from "../core/sheet/address";

/** getRanges refuses more than about 500 areas or 8 000 characters in one address. */
export const MAX_AREAS = 400;
export const MAX_ADDRESS_CHARS = 7_000;

/** Items whose addresses fit one getRanges (at most MAX_AREAS areas and MAX_ADDRESS_CHARS characters), in order. */
export function areaGroups<T>(items: readonly T[], address: (item: T) => string): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let length = 0;
  for (const item of items) {
    const chars = address(item).length + 1;
    if (current.length >= MAX_AREAS || length + chars > MAX_ADDRESS_CHARS) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(item);
    length += chars;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Splits cell addresses into getRanges-sized address lists. */
export function addressChunks(cells: readonly string[]): string[] {
  return areaGroups(cells, (cell) => cell).map((group) => group.join(","));
}

/** Most cells in one run, so that a run's format record stays far under the payload budget. */
export const MAX_RUN_CELLS = 10_000;

/** Vertical runs of cells in one column: "H5:H9" for five consecutive cells. */
export function verticalRuns(cells: readonly string[], maxCells = MAX_RUN_CELLS): { range: string; cells: string[] }[] {
  const parsed = cells.map((cell) => ({ cell, ...parseA1(cell) }));
  parsed.sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { range: string; cells: string[] }[] = [];
  let run: typeof parsed = [];
  const flush = () => {
    if (!run.length) return;
    const first = run[0];
    const last = run[run.length - 1];
    runs.push({ range: run.length === 1 ? first.cell : `${first.cell}:${last.cell}`, cells: run.map((p) => p.cell) });
    run = [];
  };
  for (const p of parsed) {
    const last = run[run.length - 1];
    if (last && (p.column !== last.column || p.row !== last.row + 1 || run.length >= maxCells)) flush();
    run.push(p);
  }
  flush();
  return runs;
}

/** Rows of a column left out between two cells of one block: each costs a null in the block, far less than a block of its own. */
export const MAX_BRIDGED_GAP = 16;

/**
 * Cells of a column in blocks that may bridge a few rows between them ("I4:I13" for I4–I6, I8–I13):
 * `cells` holds each row's cell, null for a bridged row, which a block's values leave as it is
 * (Excel: null in a 2-D array leaves that cell unchanged). A register whose every third row is
 * a group's heading is written in a block per 10 000 rows, not one per two rows.
 */
export function bridgedRuns(
  cells: readonly string[],
  maxGap = MAX_BRIDGED_GAP,
  maxCells = MAX_RUN_CELLS,
  /** Cells never bridged over (in a merged area: Excel may refuse a block that covers part of one). */
  keepOut: ReadonlySet<string> = new Set(),
): { range: string; cells: (string | null)[] }[] {
  const runs: { range: string; cells: (string | null)[] }[] = [];
  for (const run of verticalRuns(cells, maxCells)) {
    const first = parseA1(run.cells[0]);
    const last = runs[runs.length - 1];
    const end = last && parseA1(last.range.split(":").pop()!);
    const gap = end && end.column === first.column ? first.row - end.row - 1 : Infinity;
    const clear = () => {
      for (let row = end!.row + 1; row < first.row; row++) if (keepOut.has(a1(row, first.column))) return false;
      return true;
    };
    if (last && gap <= maxGap && last.cells.length + gap + run.cells.length <= maxCells && clear()) {
      last.cells.push(...Array<null>(gap).fill(null), ...run.cells);
      last.range = `${last.cells[0]}:${run.cells[run.cells.length - 1]}`;
    } else runs.push({ range: run.range, cells: [...run.cells] });
  }
  return runs;
}

/** Cells as the fewest areas of vertical runs ("A5:A9"), for a format set alike on all of them. */
export function runAddresses(cells: readonly string[]): string[] {
  return verticalRuns(cells, Number.MAX_SAFE_INTEGER).map((run) => run.range);
}

/** Text that Excel would take for a formula is written as text. */
export function safeValue(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// Ranges written once are untracked as they are made: Excel.run otherwise keeps a reference to
// each and releases them all in one last request, megabytes for 100 000 rows (Microsoft's
// performance guidance: untrack unneeded ranges).
export async function fillAreas(
  sheet: Excel.Worksheet,
  cells: readonly string[],
  color: string,
  batch: Batch,
  /** True for the user's cells, which are counted as progress. */
  counted = false,
): Promise<void> {
  const chunks = addressChunks(runAddresses(cells));
  await fillChunks(sheet, chunks, color, batch, counted ? () => batch.count(cells.length / chunks.length) : undefined);
}

/** Areas already in getRanges-sized address lists filled in one colour, a request's room reserved for each. */
async function fillChunks(
  sheet: Excel.Worksheet,
  chunks: readonly string[],
  color: string,
  batch: Batch,
  afterEach?: () => void,
): Promise<void> {
  for (const chunk of chunks) {
    await batch.reserve(chunk.length + color.length);
    sheet.getRanges(chunk).untrack().format.fill.color = color;
    afterEach?.();
  }
}

/**
 * Items filled each in its own colour (a zone column: low, medium, critical row after row), in
 * the fewest areas: where the colours alternate, every cell of their runs is first filled with
 * the colour whose own runs are most, then the others over it (requests run in order, so each
 * cell ends with its own colour). A column of 100 000 zones in three colours sends about a
 * quarter fewer addresses; where layering would not save, each colour is filled on its own.
 */
export async function fillLayers<T>(
  sheet: Excel.Worksheet,
  items: readonly T[],
  fillOf: (item: T) => string | undefined,
  cellOf: (item: T) => string,
  batch: Batch,
): Promise<void> {
  const filled = items.filter((item) => fillOf(item) !== undefined);
  // Each colour's runs made once: they decide the layering and are what is sent.
  const runsOf = new Map(
    [...groupBy(filled, (item) => fillOf(item)!)].map(([color, group]) => [color, runAddresses(group.map(cellOf))]),
  );
  let base: string | null = null;
  for (const [color, runs] of runsOf) if (base === null || runs.length > runsOf.get(base)!.length) base = color;
  const under = runsOf.size > 1 ? runAddresses(filled.map(cellOf)) : null;
  const layered = base !== null && under !== null && under.length < runsOf.get(base)!.length;
  if (layered) await fillChunks(sheet, addressChunks(under), base!, batch);
  for (const [color, runs] of runsOf)
    if (!layered || color !== base) await fillChunks(sheet, addressChunks(runs), color, batch);
}

export async function boldAreas(sheet: Excel.Worksheet, cells: readonly string[], batch: Batch): Promise<void> {
  for (const chunk of addressChunks(runAddresses(cells))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.font.bold = true;
  }
}
