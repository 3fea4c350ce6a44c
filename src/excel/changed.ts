/**
 * Live review's reading of an edit: only the rows that changed, into a copy of the sheet's last
 * grid — one request for those rows, the used range (to see the sheet kept its shape) and where
 * the sheet's formulas are; a second only when formulas outside those rows may have been
 * recalculated (their values read, a few thousand cells at most). Anything it cannot patch with
 * certainty — the sheet grew sideways or shrank, rows appended that were not edited, a sheet read
 * in parts, too many formulas or rows — gives null, and the caller reads the sheet whole.
 */
import type { CellValue, Grid, GridRect } from "../core/types";
import { withoutPlankollValues, type Backup } from "../core";
import { MERGE_ROWS, cellsOf, rectsOfAddress } from "./read";
import { MAX_PATCHED_ROWS } from "../core/port";

/** More formula cells outside the edited rows than this, and the sheet is read whole. */
export const MAX_FORMULA_CELLS = 5_000;

/** Consecutive rows joined: [first, count] in 0-based sheet indexes, ascending. */
function runsOf(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}

/** The parts of the formula areas outside the edited rows (0-based sheet rows), clipped to the grid's columns. */
function formulasElsewhere(areas: readonly GridRect[], edited: ReadonlySet<number>, grid: Grid): GridRect[] {
  const c0 = grid.originCol - 1;
  const c1 = c0 + (grid.values[0]?.length ?? 0);
  const out: GridRect[] = [];
  for (const area of areas) {
    const from = Math.max(area.c0, c0);
    const to = Math.min(area.c0 + area.cols, c1);
    if (to <= from) continue;
    for (let r = area.r0; r < area.r0 + area.rows; r++) {
      if (edited.has(r)) continue;
      const last = out[out.length - 1];
      if (last && last.r0 + last.rows === r && last.c0 === from && last.cols === to - from) last.rows++;
      else out.push({ r0: r, c0: from, rows: 1, cols: to - from });
    }
  }
  return out;
}

/**
 * The grid with `rows` (1-based sheet rows) read again, Plankoll's own values left out as the
 * whole read leaves them (`backup`); null where only a whole read is certain. `formats`: the grid
 * columns whose number formats the analysis reads (a percent cell), read for those rows too.
 */
export async function readChangedRows(
  context: Excel.RequestContext,
  grid: Grid,
  backup: Backup | null,
  rows: readonly number[],
  formats: readonly number[],
): Promise<{ grid: Grid | null; syncs: number }> {
  const width = grid.values[0]?.length ?? 0;
  const r0 = grid.originRow - 1;
  const c0 = grid.originCol - 1;
  const runs = runsOf(rows.map((r) => r - 1));
  const edited = new Set(rows.map((r) => r - 1));
  if (grid.unread?.length || width === 0 || edited.size > MAX_PATCHED_ROWS || runs.some(([r]) => r < r0))
    return { grid: null, syncs: 0 };
  // The merged areas are read with the top rows: an edit there may have merged or split cells.
  if (grid.merges?.length && runs.some(([r]) => r < MERGE_ROWS)) return { grid: null, syncs: 0 };
  const sheet = context.workbook.worksheets.getItem(grid.sheet);
  const used = sheet.getUsedRangeOrNullObject(true).untrack().load("rowIndex,columnIndex,rowCount,columnCount");
  const lastEdited = Math.max(...edited) + 1;
  const extent = sheet.getRangeByIndexes(r0, c0, Math.max(grid.values.length, lastEdited - r0), width).untrack();
  const formulas = extent
    .getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas)
    .untrack()
    .load("address,cellCount");
  const load = formats.length ? "values,numberFormat" : "values";
  const reads = runs.map(([first, count]) => ({
    first,
    range: sheet.getRangeByIndexes(first, c0, count, width).untrack().load(load),
  }));
  await context.sync();
  // The sheet kept its place and width; it grew only by rows that were edited.
  if (used.isNullObject || used.rowIndex !== r0 || used.columnIndex !== c0 || used.columnCount !== width)
    return { grid: null, syncs: 1 };
  const rowCount = used.rowCount;
  // Fewer rows (the last emptied), or more below an Excel table (it may have grown with them): read whole.
  if (rowCount < grid.values.length || (rowCount > grid.values.length && grid.tables?.length))
    return { grid: null, syncs: 1 };
  for (let r = r0 + grid.values.length; r < r0 + rowCount; r++) if (!edited.has(r)) return { grid: null, syncs: 1 };
  const patched: CellValue[][] = Array<CellValue[]>(rowCount);
  const formatRows = new Map<number, string[]>();
  for (const { first, range } of reads)
    (range.values as CellValue[][]).forEach((row, i) => {
      const at = first + i - r0;
      if (at >= rowCount) return;
      patched[at] = row;
      if (formats.length) formatRows.set(at, (range.numberFormat as string[][])[i]);
    });
  // Formulas elsewhere may show new values now: read them too, if they are few.
  let syncs = 1;
  if (!formulas.isNullObject && formulas.cellCount > 0) {
    const areas = rectsOfAddress(formulas.address);
    // An address that does not account for every formula counted: read whole, no value left stale.
    if (cellsOf(areas) !== formulas.cellCount) return { grid: null, syncs };
    const elsewhere = formulasElsewhere(areas, edited, grid);
    const cells = cellsOf(elsewhere);
    if (cells > MAX_FORMULA_CELLS) return { grid: null, syncs };
    const again = elsewhere.map((a) => ({
      area: a,
      range: sheet.getRangeByIndexes(a.r0, a.c0, a.rows, a.cols).untrack().load("values"),
    }));
    if (again.length) {
      await context.sync();
      syncs++;
    }
    for (const { area, range } of again)
      (range.values as CellValue[][]).forEach((row, i) => {
        const at = area.r0 + i - r0;
        const cells = (patched[at] ??= [...grid.values[at]]);
        row.forEach((v, j) => (cells[area.c0 - c0 + j] = v));
      });
  }
  withoutPlankollValues(
    { sheet: grid.sheet, originRow: grid.originRow, originCol: grid.originCol, values: patched },
    backup,
  );
  return { grid: merged(grid, patched, formatRows, formats), syncs };
}

/** A new grid: the old rows where none was read, the rows read in their place; formats likewise. */
function merged(
  grid: Grid,
  patched: CellValue[][],
  formatRows: Map<number, string[]>,
  formats: readonly number[],
): Grid {
  const values = Array.from({ length: patched.length }, (_, i) => patched[i] ?? grid.values[i]);
  const next: Grid = { ...grid, values };
  if (!grid.numberFormats) return next;
  const width = grid.numberFormats[0]?.length ?? Math.max(0, ...formats) + 1;
  const none = Object.freeze(Array<string | null>(width).fill(null)) as (string | null)[];
  const numberFormats = Array.from({ length: values.length }, (_, i) => grid.numberFormats![i] ?? none);
  for (const [at, row] of formatRows) {
    const cells = Array<string | null>(width).fill(null);
    for (const c of formats) if (c < width && values[at][c] !== "" && values[at][c] !== null) cells[c] = row[c] ?? null;
    numberFormats[at] = cells;
  }
  next.numberFormats = numberFormats;
  return next;
}
