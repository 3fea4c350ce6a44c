/** Reads a worksheet's used range into a Grid in as few syncs as the payload allows. */
import type { CellValue, Grid, GridRect, GridTable } from "../core/types";
import { BACKUP_SHEET, CHUNK_CHARS, decodeBackup, withoutPlankollValues, type Backup } from "../core";
import { sheetList } from "../core/backup";
import type { SheetList } from "../core/port";
import { Batch, PAYLOAD_BUDGET, jsonBytes } from "./batch";
import { WIDE_COLUMNS, dataRegions, rectAddress, type Filled } from "../core/sheet/regions";
import { rectOfRange } from "../core/sheet/address";
import { throwIfCancelled, type Work } from "../core/progress";
import { isEmptyCell } from "../core/empty";

/**
 * The first sync also reads a window of the first rows: it tells the size of a row, so the
 * rest of the sheet can be read in chunks that fill, but do not exceed, the payload budget.
 */
const SAMPLE_ROWS = 200;
const SAMPLE_COLUMNS = 40;
const MAX_CHUNK_ROWS = 500_000;
/** Excel reads at most 5 000 000 cells in one request; a read here stays at a fifth of that. */
export const MAX_READ_CELLS = 1_000_000;
/** What a cell weighs in a response before a chunk has been measured: a short text and its JSON. */
const CELL_BYTES = 24;

export interface WorkbookState {
  backup: Backup | null;
  /** Names of every worksheet, to know what exists before deleting or adding. */
  sheetNames: string[];
  syncs: number;
  /** Of the sheets asked about, those protected against changes. */
  protectedSheets?: string[];
  /** True when the workbook's structure is protected (no sheets can be added or deleted). */
  workbookProtected?: boolean;
}

export interface SheetRead extends WorkbookState {
  grid: Grid;
}

/** The backup record from its sheet's used range, once that has been loaded and synced. */
/**
 * Backup chunks read in one request: a chunk holds up to 30 000 characters, so a block stays at
 * half the payload budget and rides along with other reads without passing Excel's 5 MB.
 */
const BACKUP_ROWS = Math.max(1, Math.floor(PAYLOAD_BUDGET / 2 / (CHUNK_CHARS + 16)));

interface QueuedBackup {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  first: Excel.Range;
}

/** The backup sheet's extent and its first block, queued with whatever else the next sync reads. */
function queueBackup(worksheets: Excel.WorksheetCollection): QueuedBackup {
  const sheet = worksheets.getItem(BACKUP_SHEET);
  return {
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount"),
    first: sheet.getRangeByIndexes(0, 0, BACKUP_ROWS, 1).untrack().load("values"),
  };
}

/** The rest of the backup, block by block, each in a request of its own; then the record. */
async function finishBackup(
  context: Excel.RequestContext,
  queued: QueuedBackup | undefined,
): Promise<{ backup: Backup | null; syncs: number }> {
  if (!queued || queued.used.isNullObject) return { backup: null, syncs: 0 };
  const rows = queued.used.rowIndex + queued.used.rowCount;
  const cells = (queued.first.values as unknown[][]).map((r) => r[0]);
  let syncs = 0;
  for (let row = BACKUP_ROWS; row < rows; row += BACKUP_ROWS) {
    const block = queued.sheet
      .getRangeByIndexes(row, 0, Math.min(BACKUP_ROWS, rows - row), 1)
      .untrack()
      .load("values");
    // One request per block of about 1 MB: a large record never comes back as one response.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const r of block.values as unknown[][]) cells.push(r[0]);
  }
  return { backup: decodeBackup(cells.slice(0, rows)), syncs };
}

/**
 * What Plankoll left in the workbook: its backup record and the sheet names; with `protectionOf`,
 * also which of those sheets, and whether the workbook structure, are protected (before writing).
 */
export async function readWorkbookState(
  context: Excel.RequestContext,
  protectionOf?: readonly string[],
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheetNames = worksheets.items.map((ws) => ws.name);
  const hasBackup = sheetNames.includes(BACKUP_SHEET);
  if (!hasBackup && !protectionOf) return { backup: null, sheetNames, syncs: 1 };
  const stored = hasBackup ? queueBackup(worksheets) : undefined;
  const protections = (protectionOf ?? [])
    .filter((name) => sheetNames.includes(name))
    .map((name) => ({ name, protection: worksheets.getItem(name).protection.load("protected") }));
  const workbookProtection = protectionOf ? context.workbook.protection.load("protected") : null;
  await context.sync();
  const { backup, syncs } = await finishBackup(context, stored);
  return {
    backup,
    sheetNames,
    syncs: 2 + syncs,
    protectedSheets: protections.filter((p) => p.protection.protected).map((p) => p.name),
    workbookProtected: workbookProtection?.protected ?? false,
  };
}

/**
 * The user's worksheets (visible and hidden; Plankoll's own left out), the active one, and the
 * sheets the last run wrote results for: two requests, three with a long backup record.
 */
export async function readSheetList(context: Excel.RequestContext): Promise<SheetList> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const active = worksheets.getActiveWorksheet().load("name");
  await context.sync();
  const names = worksheets.items.map((ws) => ws.name);
  const stored = names.includes(BACKUP_SHEET) ? queueBackup(worksheets) : undefined;
  if (stored) await context.sync();
  const { backup } = await finishBackup(context, stored);
  const sheets = worksheets.items.map((ws) => ({
    name: ws.name,
    visible: ws.visibility === Excel.SheetVisibility.visible,
  }));
  return sheetList(sheets, active.name, backup);
}

/**
 * A used range this large (in cells) is first asked how much of it is filled: a sparse one (few
 * filled cells in a tall range) is then read block by block. Below it, one more request would
 * cost more than it could save, and syncs stay independent of the row count.
 */
const SPARSE_MIN_CELLS = 1_000_000;
/** Sparse: at most a quarter of the used range filled, in at most this many areas. */
const SPARSE_MAX_AREAS = 2_000;
/** Empty rows between two filled blocks that are cheaper to read than to ask for apart. */
const SPARSE_JOIN_GAP = 64;

/** Row intervals [first, last] (0-based sheet rows) that hold cells, from RangeAreas addresses. */
export function filledRowIntervals(addresses: readonly string[]): [number, number][] | null {
  const intervals: [number, number][] = [];
  for (const address of addresses) {
    for (const [, , r0, , r1] of address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)) {
      intervals.push([Number(r0) - 1, Number(r1 ?? r0) - 1]);
    }
  }
  if (intervals.length === 0) return null;
  intervals.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [intervals[0]];
  for (const [first, last] of intervals.slice(1)) {
    const current = joined[joined.length - 1];
    if (first <= current[1] + SPARSE_JOIN_GAP) current[1] = Math.max(current[1], last);
    else joined.push([first, last]);
  }
  return joined;
}

/**
 * For a large used range: how many cells hold something (constants or formulas) and, when that is
 * a small part in few blocks, the rows those blocks cover. Null means "read it all": a dense range,
 * too many blocks, or an Excel that would not answer (the read must never fail for this).
 */
async function locateFilledRows(
  context: Excel.RequestContext,
  used: () => Excel.Range,
  rows: number,
  columns: number,
): Promise<{ intervals: [number, number][] | null; syncs: number }> {
  let syncs = 0;
  // Each request takes the range and its special cells afresh, untracked: nothing is kept across a
  // sync, so Excel.run sends no last request to release it.
  const specialCells = (type: Excel.SpecialCellType) => used().getSpecialCellsOrNullObject(type).untrack();
  try {
    const types = [Excel.SpecialCellType.constants, Excel.SpecialCellType.formulas];
    const filled = types.map((type) => specialCells(type).load("cellCount,areaCount"));
    syncs++;
    await context.sync();
    const counted = types.filter((_, i) => !filled[i].isNullObject);
    const cells = filled.reduce((sum, f) => sum + (f.isNullObject ? 0 : f.cellCount), 0);
    const areas = filled.reduce((sum, f) => sum + (f.isNullObject ? 0 : f.areaCount), 0);
    if (cells * 4 >= rows * columns || areas > SPARSE_MAX_AREAS) return { intervals: null, syncs };
    // One request for where the filled blocks are (a few thousand addresses at most).
    const located = counted.map((type) => specialCells(type).load("address"));
    syncs++;
    await context.sync();
    // An address that does not account for every cell counted (cut short, or not understood) would
    // leave rows unread: the range is then read whole.
    const named = located.reduce((sum, f) => sum + cellsOf(rectsOfAddress(f.address)), 0);
    if (named !== cells) return { intervals: null, syncs };
    return { intervals: filledRowIntervals(located.map((f) => f.address)), syncs };
  } catch {
    return { intervals: null, syncs };
  }
}

interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Columns asked for their used range at a time on a very wide sheet. */
const BLOCK_COLUMNS = 256;

/**
 * A very wide used range asked block by block (256 columns each, one request) where its cells
 * are; the region with most of them is read, the others are named (A1) for the report.
 */
async function narrowToData(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
): Promise<{ area: Area; unread: string[] }> {
  const blocks: Excel.Range[] = [];
  for (let c = area.columnIndex; c < area.columnIndex + area.columnCount; c += BLOCK_COLUMNS) {
    const width = Math.min(BLOCK_COLUMNS, area.columnIndex + area.columnCount - c);
    const used = sheet
      .getRangeByIndexes(area.rowIndex, c, area.rowCount, width)
      .untrack()
      .getUsedRangeOrNullObject(true)
      .untrack();
    blocks.push(used.load("rowIndex,columnIndex,rowCount,columnCount"));
  }
  await context.sync();
  const filled: Filled[] = blocks
    .filter((b) => !b.isNullObject)
    .map((b) => ({
      r0: b.rowIndex,
      c0: b.columnIndex,
      rows: b.rowCount,
      cols: b.columnCount,
      weight: b.rowCount * b.columnCount,
    }));
  const regions = dataRegions(filled);
  if (!regions || regions.far.length === 0) return { area, unread: [] };
  const { main } = regions;
  return {
    area: { rowIndex: main.r0, columnIndex: main.c0, rowCount: main.rows, columnCount: main.cols },
    unread: regions.far.map(rectAddress),
  };
}

/** Headers stand in the first rows: merged areas are asked for in this many rows at the top of the sheet. */
export const MERGE_ROWS = 200;

/** The cells of rectangles that do not overlap (a RangeAreas' areas). */
export const cellsOf = (rects: readonly GridRect[]) => rects.reduce((sum, r) => sum + r.rows * r.cols, 0);

/** Rectangles (0-based sheet indexes) from a RangeAreas or Range address ("Blad1!A1:B2,Blad1!D4"). */
export function rectsOfAddress(address: string): GridRect[] {
  return address
    .split(",")
    .map(rectOfRange)
    .filter((rect): rect is GridRect => rect !== null);
}

/** What the layout requests queue: the top rows' merged areas and the sheet's Excel tables. */
function queueLayout(sheet: Excel.Worksheet) {
  // Read in the request they are made in: untracked, so Excel.run sends no last request to release them.
  const merges = sheet.getRange(`1:${MERGE_ROWS}`).untrack().getMergedAreasOrNullObject().untrack();
  merges.load("address");
  const tables = sheet.tables.load("items/name,items/showHeaders,items/showTotals");
  return { merges, tables };
}

/** The tables' areas, in one more request when the sheet has tables. */
async function tableAreas(context: Excel.RequestContext, tables: Excel.TableCollection) {
  if (tables.items.length === 0) return { tables: [] as GridTable[], syncs: 0 };
  const ranges = tables.items.map((table) => table.getRange().load("address"));
  await context.sync();
  const found: GridTable[] = [];
  tables.items.forEach((table, i) => {
    const [rect] = rectsOfAddress(ranges[i].address);
    if (rect) found.push({ ...rect, name: table.name, showHeaders: table.showHeaders, showTotals: table.showTotals });
  });
  return { tables: found, syncs: 1 };
}

/** Sheet rectangles moved to the grid's origin, those outside it left out. */
function toGrid<T extends GridRect>(rects: readonly T[], originRow: number, originCol: number): T[] {
  return rects
    .map((r) => ({ ...r, r0: r.r0 - (originRow - 1), c0: r.c0 - (originCol - 1) }))
    .filter((r) => r.r0 + r.rows > 0 && r.c0 + r.cols > 0);
}

/**
 * The used range's values: the rows the sample already holds, then the rest in one loop over
 * intervals of rows (a dense sheet is one interval; a sparse one, the blocks that hold
 * something, the empty rows between sharing one empty row). Chunks are queued until the answer
 * would pass the payload budget, then sent; each answer is measured, so later chunks follow what
 * a row really weighs (until measured: the sample's rows, else its cells × 24 bytes).
 */
async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  given: { sample: CellValue[][]; intervals: [number, number][] | null; work?: Work },
): Promise<{ values: CellValue[][]; syncs: number }> {
  const { work } = given;
  const columns = area.columnCount;
  const lastColumn = area.columnIndex + columns;
  let bytesPerRow = columns * CELL_BYTES;
  let sampled: CellValue[][] = [];
  if (lastColumn <= SAMPLE_COLUMNS && area.rowIndex < SAMPLE_ROWS) {
    // Office.js gives "" for empty cells and formula errors as strings, as the core expects.
    sampled = given.sample
      .slice(area.rowIndex, area.rowIndex + area.rowCount)
      .map((r) => r.slice(area.columnIndex, lastColumn));
    bytesPerRow = Math.max(1, jsonBytes(sampled) / Math.max(1, sampled.length));
  }
  const empty = Object.freeze(Array<CellValue>(columns).fill("")) as CellValue[];
  const values: CellValue[][] = Array.from({ length: area.rowCount }, () => empty);
  // A dense sheet starts with the sampled rows; a sparse one reads its blocks whole.
  if (!given.intervals) sampled.forEach((r, i) => (values[i] = r));
  // Sheet rows to rows of the area, [from, to).
  const intervals: [number, number][] = given.intervals
    ? given.intervals
        .map(([first, last]): [number, number] => [
          Math.max(0, first - area.rowIndex),
          Math.min(area.rowCount, last - area.rowIndex + 1),
        ])
        .filter(([from, to]) => to > from)
    : [[sampled.length, area.rowCount]];
  const total = given.intervals ? intervals.reduce((sum, [from, to]) => sum + to - from, 0) : area.rowCount;
  let done = given.intervals ? 0 : sampled.length;
  if (!given.intervals) work?.onProgress?.({ phase: "read", done, total });
  const maxRows = Math.max(1, Math.floor(MAX_READ_CELLS / columns));
  let pending: { at: number; count: number; range: Excel.Range }[] = [];
  let queued = 0;
  let syncs = 0;
  const send = async () => {
    throwIfCancelled(work);
    // One sync per payload (about 2 MB), not per row: the chunk sizes come from the data.
    await context.sync();
    syncs++;
    let bytes = 0;
    let rows = 0;
    for (const { at, count, range } of pending) {
      const chunk = range.values as CellValue[][];
      chunk.forEach((r, i) => (values[at + i] = r));
      bytes += jsonBytes(chunk);
      rows += count;
    }
    // Later chunks follow what these really weighed.
    bytesPerRow = Math.max(1, bytes / Math.max(1, rows));
    done += rows;
    pending = [];
    queued = 0;
    work?.onProgress?.({ phase: "read", done, total });
  };
  for (const [from, to] of intervals) {
    for (let row = from; row < to;) {
      const fits = Math.floor(PAYLOAD_BUDGET / bytesPerRow);
      const count = Math.max(1, Math.min(fits, maxRows, MAX_CHUNK_ROWS, to - row));
      if (queued > 0 && queued + count * bytesPerRow > PAYLOAD_BUDGET) {
        await send();
        continue;
      }
      // Read in the request it is queued in: untracked, so Excel keeps no reference to release later.
      const range = sheet.getRangeByIndexes(area.rowIndex + row, area.columnIndex, count, columns).untrack();
      pending.push({ at: row, count, range: range.load("values") });
      queued += count * bytesPerRow;
      row += count;
    }
  }
  if (pending.length) await send();
  return { values, syncs };
}

/**
 * The used range as numbers; on a very wide sheet (a stray cell in XFD1), only the block of
 * columns the data is in, the far cells named for the report; on a large one, the intervals of
 * rows that hold something.
 */
async function dataArea(context: Excel.RequestContext, sheet: Excel.Worksheet, used: Excel.Range) {
  let syncs = 0;
  let area: Area | null = used.isNullObject
    ? null
    : {
        rowIndex: used.rowIndex,
        columnIndex: used.columnIndex,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
      };
  let unread: string[] = [];
  if (area && area.columnCount > WIDE_COLUMNS) {
    const narrowed = await narrowToData(context, sheet, area);
    area = narrowed.area;
    unread = narrowed.unread;
    syncs++;
  }
  // Asked before anything else is queued: should Excel refuse, nothing else is lost with it.
  let intervals: [number, number][] | null = null;
  if (area && area.rowCount * area.columnCount > SPARSE_MIN_CELLS) {
    const { rowIndex, columnIndex, rowCount, columnCount } = area;
    const range = () => sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount).untrack();
    const located = await locateFilledRows(context, range, area.rowCount, area.columnCount);
    intervals = located.intervals;
    syncs += located.syncs;
  }
  return { area, unread, intervals, syncs };
}

/**
 * Reads the active worksheet, or the one named, and Plankoll's backup if the workbook has one.
 * With `layout` (ExcelApi 1.13), also the merged areas of the header rows and the Excel tables.
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName?: string,
  work?: Work,
  layout = false,
): Promise<SheetRead> {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
  sheet.load("name");
  worksheets.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true).untrack();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // A fixed window from A1: valid even when the sheet is empty and the used range a null object.
  const sample = sheet.getRangeByIndexes(0, 0, SAMPLE_ROWS, SAMPLE_COLUMNS).untrack();
  sample.load("values");
  const queued = layout ? queueLayout(sheet) : null;
  await context.sync();
  let syncs = 1;
  let merges: GridRect[] = [];
  let tables: GridTable[] = [];
  if (queued) {
    merges = queued.merges.isNullObject ? [] : rectsOfAddress(queued.merges.address);
    const areas = await tableAreas(context, queued.tables);
    tables = areas.tables;
    syncs += areas.syncs;
  }
  const sheetNames = worksheets.items.map((ws) => ws.name);

  const located = await dataArea(context, sheet, used);
  const { area, unread, intervals } = located;
  syncs += located.syncs;

  // The backup rides along with the first chunk of values.
  const hasBackup = sheetNames.includes(BACKUP_SHEET);
  const stored = hasBackup ? queueBackup(worksheets) : undefined;
  const syncsBeforeBackup = syncs;

  let values: CellValue[][] = [];
  let originRow = 1;
  let originCol = 1;
  if (area) {
    originRow = area.rowIndex + 1;
    originCol = area.columnIndex + 1;
    const read = await readArea(context, sheet, area, { sample: sample.values as CellValue[][], intervals, work });
    values = read.values;
    syncs += read.syncs;
  }
  if (hasBackup && syncs === syncsBeforeBackup) {
    await context.sync();
    syncs++;
  }
  const rest = await finishBackup(context, stored);
  syncs += rest.syncs;
  const backup = rest.backup;
  const grid: Grid = withoutPlankollValues({ sheet: sheet.name, originRow, originCol, values }, backup);
  if (unread.length) grid.unread = unread;
  const gridMerges = toGrid(merges, originRow, originCol);
  const gridTables = toGrid(tables, originRow, originCol);
  if (gridMerges.length) grid.merges = gridMerges;
  if (gridTables.length) grid.tables = gridTables;
  return { grid, backup, sheetNames, syncs };
}

/** Bytes a number format costs in a response, on average ("0 %", "General", "yyyy-mm-dd"). */
const FORMAT_BYTES = 16;

/**
 * Reads the number formats of the given grid columns (a percent-formatted cell holds a
 * fraction), in payload-sized row chunks, into grid.numberFormats.
 */
export async function readFormats(
  context: Excel.RequestContext,
  grid: Grid,
  columns: readonly number[],
): Promise<number> {
  if (columns.length === 0 || grid.values.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(grid.sheet);
  const batch = new Batch(context);
  const rowsPerChunk = Math.max(1, Math.floor(PAYLOAD_BUDGET / 2 / FORMAT_BYTES));
  const pending: { column: number; start: number; range: Excel.Range }[] = [];
  for (const column of columns) {
    // Only where the column holds something: an empty cell's format says nothing.
    for (const [first, last] of filledRuns(grid.values, column)) {
      for (let start = first; start <= last; start += rowsPerChunk) {
        const count = Math.min(rowsPerChunk, last - start + 1);
        await batch.reserveRead(count * FORMAT_BYTES);
        const range = sheet
          .getRangeByIndexes(grid.originRow - 1 + start, grid.originCol - 1 + column, count, 1)
          .untrack();
        range.load("numberFormat");
        pending.push({ column, start, range });
      }
    }
  }
  await batch.flush();
  const width = Math.max(0, ...columns) + 1;
  const none = Object.freeze(Array<string | null>(width).fill(null)) as (string | null)[];
  const formats: (string | null)[][] = Array.from({ length: grid.values.length }, () => none);
  for (const { column, start, range } of pending) {
    (range.numberFormat as string[][]).forEach((row, i) => {
      if (formats[start + i] === none) formats[start + i] = Array<string | null>(width).fill(null);
      formats[start + i][column] = row[0] ?? null;
    });
  }
  grid.numberFormats = formats;
  return batch.syncs;
}

/** Runs [first, last] of rows whose cell in `column` is filled, joined across short gaps. */
function filledRuns(values: readonly CellValue[][], column: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let r = 0; r < values.length; r++) {
    const v = values[r][column];
    if (isEmptyCell(v)) continue;
    const last = runs[runs.length - 1];
    if (last && r - last[1] <= SPARSE_JOIN_GAP) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}
