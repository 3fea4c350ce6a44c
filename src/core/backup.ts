/**
 * What Plankoll changed, kept in the workbook so that Rensa can restore it exactly, even after
 * the workbook was saved and reopened. Adapters store each cell's earlier format as their own
 * blob; this module groups equal neighbours and splits the JSON into cell-sized chunks.
 */
import { a1, parseA1 } from "./sheet/address";
import { PLANKOLL_SHEET_PREFIX } from "./plan";
import { isoToSerial } from "./parse/serial";

export interface CellBackup {
  sheet: string;
  /** A single cell or a one-column block "G5:G9" of cells that had the same state. */
  range: string;
  /** The adapter's record of the earlier format. */
  format: unknown;
  /** True when Plankoll added a note (it never replaces a note the user wrote). */
  addedNote: boolean;
  /** True when Plankoll wrote a value into the (then empty) cell. */
  clearValue: boolean;
  /**
   * What Plankoll wrote, cell by cell of the range (absent in records stored before it was kept):
   * a cell that holds something else since is the user's, never blanked nor cleared.
   */
  written?: (string | number)[];
}

export interface Backup {
  version: 1;
  /** Whose record it is: exceljs, Excel, or the workbook package writer (src/ooxml). */
  adapter: "xlsx" | "excel" | "ooxml";
  cells: CellBackup[];
  /** Sheets Plankoll added, removed on restore. */
  sheets: string[];
  /**
   * The user's sheets the run wrote results for (marked or not): writing one sheet later keeps
   * them. Absent in records written before it was kept; then the sheets with marks stand for it.
   */
  reviewed?: string[];
  /** What the adapter added to shared parts of a package, for its own restore. */
  package?: unknown;
}

/** The user's sheets an earlier run wrote results for, in the order it wrote them. */
export function reviewedSheets(backup: Backup | null): string[] {
  if (!backup) return [];
  return backup.reviewed ?? [...new Set(backup.cells.map((c) => c.sheet))];
}

/**
 * The pane's view of a workbook's sheets (core/port.ts SheetList), from what any adapter knows:
 * every sheet's name and whether it is visible, the active one, and the last run's record.
 */
export function sheetList(
  sheets: readonly { name: string; visible: boolean }[],
  active: string,
  backup: Backup | null,
): { sheets: string[]; hidden: string[]; active: string; written: string[]; own: string[] } {
  const users = sheets.filter((s) => !s.name.startsWith(PLANKOLL_SHEET_PREFIX));
  return {
    sheets: users.filter((s) => s.visible).map((s) => s.name),
    hidden: users.filter((s) => !s.visible).map((s) => s.name),
    active,
    written: reviewedSheets(backup).filter((name) => sheets.some((s) => s.name === name)),
    own: sheets.filter((s) => s.name.startsWith(PLANKOLL_SHEET_PREFIX)).map((s) => s.name),
  };
}

/** Merges runs of vertically adjacent cells with the same earlier state into block ranges. */
export function compressCells(cells: readonly CellBackup[]): CellBackup[] {
  const keyed = cells.map((c) => {
    const { row, column } = parseA1(c.range);
    const state = JSON.stringify([c.format, c.addedNote, c.clearValue, c.written !== undefined]);
    return { c, row, column, state };
  });
  keyed.sort((a, b) => (a.c.sheet < b.c.sheet ? -1 : a.c.sheet > b.c.sheet ? 1 : a.column - b.column || a.row - b.row));
  const out: CellBackup[] = [];
  let run: (typeof keyed)[number] | null = null;
  let runEnd = 0;
  let written: (string | number)[] | undefined;
  const flush = () => {
    if (!run) return;
    const range = runEnd === run.row ? run.c.range : `${run.c.range}:${a1(runEnd, run.column)}`;
    out.push(written ? { ...run.c, range, written } : { ...run.c, range });
  };
  for (const k of keyed) {
    if (run && k.c.sheet === run.c.sheet && k.column === run.column && k.row === runEnd + 1 && k.state === run.state) {
      runEnd = k.row;
      if (written && k.c.written) written.push(...k.c.written);
      continue;
    }
    flush();
    run = k;
    runEnd = k.row;
    written = k.c.written && [...k.c.written];
  }
  flush();
  return out;
}

/** A range's first and last cells ("G5" is both). */
function bounds(range: string): { first: { row: number; column: number }; last: { row: number; column: number } } {
  const [from, to] = range.split(":");
  const first = parseA1(from);
  return { first, last: to ? parseA1(to) : first };
}

/** How many cells a range ("G5" or "G5:H9") holds. */
function cellCount(range: string): number {
  const { first, last } = bounds(range);
  return (last.row - first.row + 1) * (last.column - first.column + 1);
}

/** A cell's number, a text's read as Excel reads it; NaN for blank text. */
const asNumber = (v: string | number) => (typeof v === "number" ? v : v.trim() === "" ? NaN : Number(v));

/**
 * Whether a cell still holds what Plankoll wrote there, as Excel or a file gives it back: a
 * number to 15 digits (all Excel keeps), a number written as text taken as the number (Excel
 * reads it so), a date written as ISO text as its serial (1900 or 1904 system).
 */
export function holdsWritten(seen: unknown, written: string | number): boolean {
  if (seen === written) return true;
  // A record may hold null where a value no cell takes was written (Excel left the cell as it was).
  if (typeof seen !== "number" && typeof seen !== "string") return false;
  if (typeof written !== "number" && typeof written !== "string") return false;
  const a = asNumber(seen);
  const b = asNumber(written);
  if (Number.isFinite(a) && Number.isFinite(b))
    return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
  const serial = typeof written === "string" && typeof seen === "number" ? isoToSerial(written) : null;
  return serial !== null && (seen === serial || seen === serial - 1462);
}

/**
 * Each cell of a record's entry with what Plankoll wrote there: undefined where the record does
 * not say (stored before it was kept, or no value written).
 */
export function writtenCells(entry: CellBackup): { cell: string; written: string | number | undefined }[] {
  return cellsOfRange(entry.range).map((cell, i) => ({ cell, written: entry.written?.[i] }));
}

/** Each cell of a block range, for adapters that restore cell by cell. */
export function cellsOfRange(range: string): string[] {
  const { first, last } = bounds(range);
  const cells: string[] = [];
  for (let row = first.row; row <= last.row; row++) {
    for (let column = first.column; column <= last.column; column++) cells.push(a1(row, column));
  }
  return cells;
}

/** Excel keeps at most 32 767 characters in a cell. */
export const CHUNK_CHARS = 30_000;

/**
 * The record as it is stored: cells grouped by sheet and earlier state, each group's ranges in
 * one text ("G5:G9,G12,H3"), so that a state shared by thousands of cells is written once, not
 * with each of them. Records stored before (version 1, a list of cells) are read as they are.
 */
interface StoredBackup extends Omit<Backup, "version" | "cells"> {
  version: 2;
  groups: {
    sheet: string;
    format: unknown;
    addedNote: boolean;
    clearValue: boolean;
    ranges: string;
    /** What was written, cell by cell of the ranges in their order. */
    written?: StoredWritten;
  }[];
}

/**
 * Values written as stored: the list, or — where few values repeat down thousands of cells (a
 * zone, a status) — each distinct value once and a code of one or two characters a cell.
 */
type StoredWritten = (string | number)[] | { values: (string | number)[]; codes: string };

/** 64 characters JSON keeps as they are and no cell takes for a formula's start. */
const CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._";

function packWritten(values: readonly (string | number)[]): StoredWritten {
  const index = new Map<string | number, number>();
  for (const value of values) if (!index.has(value)) index.set(value, index.size);
  const width = index.size <= 64 ? 1 : index.size <= 64 * 64 ? 2 : 0;
  if (!width) return [...values];
  const codes: string[] = [];
  for (const value of values) {
    const i = index.get(value)!;
    codes.push(width === 1 ? CODE_CHARS[i] : CODE_CHARS[i >> 6] + CODE_CHARS[i & 63]);
  }
  const packed = { values: [...index.keys()], codes: codes.join("") };
  return JSON.stringify(packed).length < JSON.stringify(values).length ? packed : [...values];
}

function unpackWritten(stored: unknown): (string | number)[] | undefined {
  if (Array.isArray(stored)) return stored as (string | number)[];
  if (!stored || typeof stored !== "object") return undefined;
  const { values, codes } = stored as { values?: unknown; codes?: unknown };
  if (!Array.isArray(values) || typeof codes !== "string") return undefined;
  const width = values.length <= 64 ? 1 : 2;
  const out: (string | number)[] = [];
  for (let i = 0; i < codes.length; i += width) {
    const code =
      width === 1 ? CODE_CHARS.indexOf(codes[i]) : CODE_CHARS.indexOf(codes[i]) * 64 + CODE_CHARS.indexOf(codes[i + 1]);
    out.push(values[code] as string | number);
  }
  return out;
}

export function encodeBackup(backup: Backup): string[] {
  const groups = new Map<string, StoredBackup["groups"][number]>();
  for (const c of backup.cells) {
    const key = JSON.stringify([c.sheet, c.format, c.addedNote, c.clearValue, c.written !== undefined]);
    const group = groups.get(key);
    if (group) {
      group.ranges += `,${c.range}`;
      if (Array.isArray(group.written) && c.written) for (const value of c.written) group.written.push(value);
    } else
      groups.set(key, {
        sheet: c.sheet,
        format: c.format,
        addedNote: c.addedNote,
        clearValue: c.clearValue,
        ranges: c.range,
        ...(c.written && { written: [...c.written] }),
      });
  }
  const stored: StoredBackup = {
    version: 2,
    adapter: backup.adapter,
    sheets: backup.sheets,
    reviewed: backup.reviewed,
    package: backup.package,
    groups: [...groups.values()].map((g) => (Array.isArray(g.written) ? { ...g, written: packWritten(g.written) } : g)),
  };
  const json = JSON.stringify(stored);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) chunks.push(json.slice(i, i + CHUNK_CHARS));
  return chunks;
}

export function decodeBackup(chunks: readonly unknown[]): Backup | null {
  const json = chunks.filter((c) => typeof c === "string").join("");
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as Backup | StoredBackup;
    if (parsed?.version === 1 && Array.isArray(parsed.cells)) return parsed;
    if (parsed?.version !== 2 || !Array.isArray(parsed.groups)) return null;
    const cells = parsed.groups.flatMap(({ ranges, written: stored, ...state }) => {
      const written = unpackWritten(stored);
      let at = 0;
      return String(ranges)
        .split(",")
        .map((range): CellBackup => {
          const cell = {
            sheet: state.sheet,
            range,
            format: state.format,
            addedNote: state.addedNote,
            clearValue: state.clearValue,
          };
          if (!Array.isArray(written)) return cell;
          const count = cellCount(range);
          at += count;
          return { ...cell, written: written.slice(at - count, at) };
        });
    });
    const { adapter, sheets, reviewed, package: shared } = parsed;
    return { version: 1, adapter, cells, sheets, reviewed, package: shared };
  } catch {
    return null;
  }
}

/**
 * The grid as the user left it: values Plankoll wrote into empty cells are blanked, so a
 * second run judges the user's data and not Plankoll's own output. A cell that holds something
 * else than Plankoll wrote there was typed over: it is the user's, and stays.
 */
export function withoutPlankollValues<
  G extends {
    sheet: string;
    originRow: number;
    originCol: number;
    values: unknown[][];
    formulaCells?: ReadonlySet<string>;
  },
>(
  grid: G,
  backup: Backup | null,
  /** Where given, the cells (Sheet!A1) that hold something else than Plankoll wrote: the user's since. */
  typedOver?: Set<string>,
): G {
  if (!backup) return grid;
  // A formula is the user's, whatever it shows (Plankoll writes values only).
  const formulas = grid.formulaCells;
  for (const entry of backup.cells) {
    if (!entry.clearValue || entry.sheet !== grid.sheet) continue;
    // Walked by row and column (a block is a column of 100 000 values): an address made only where one is asked for.
    const { first, last } = bounds(entry.range);
    let i = 0;
    for (let row = first.row; row <= last.row; row++) {
      for (let column = first.column; column <= last.column; column++, i++) {
        const r = row - grid.originRow;
        const c = column - grid.originCol;
        // Only a filled cell is emptied: an empty row may be the one row a sparse read shares (frozen).
        const cells = r >= 0 ? grid.values[r] : undefined;
        if (!cells || c < 0 || c >= cells.length || cells[c] === "" || cells[c] === null) continue;
        const written = entry.written?.[i];
        const theirs = formulas?.has(a1(row, column)) || (written !== undefined && !holdsWritten(cells[c], written));
        if (!theirs) cells[c] = "";
        else typedOver?.add(`${grid.sheet}!${a1(row, column)}`);
      }
    }
  }
  return grid;
}
