/** Progress and cancellation for long work, shared by the adapters and the pane. */
import type { Grid } from "./types";
import { isEmptyCell } from "./empty";
import { problem, ProblemError, type Place } from "./problem";

export interface Progress {
  /** read: rows read; check: rows checked; write: cells marked or written; restore: cells put back. */
  phase: "read" | "check" | "write" | "restore";
  done: number;
  total: number;
  /** Where the whole workbook is reviewed or written: the sheet at hand, and which of how many. */
  sheet?: { name: string; index: number; count: number };
}

export interface Work {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

/** The user pressed Avbryt; nothing is left half done. */
export class CancelledError extends Error {
  /** True once what was written before Avbryt has been taken back. */
  undone = false;
  constructor() {
    super("Cancelled");
    this.name = "CancelledError";
  }
}

export function throwIfCancelled(work: Work | undefined): void {
  if (work?.signal?.aborted) throw new CancelledError();
}

/**
 * Something Plankoll checks before it touches the workbook and explains in words (a problem,
 * `error.<reason>`, placed on the sheet and cell): a protected sheet, a sheet changed since it
 * was read.
 */
export class PlankollError extends ProblemError {
  constructor(
    readonly reason: "sheetProtected" | "workbookProtected" | "sheetChanged" | "markedByFile",
    /** Where: the sheet (and the cell) it is about. */
    readonly params: Place = {},
  ) {
    super(problem(`error.${reason}`, {}, params), reason);
    this.name = "PlankollError";
  }
}

/**
 * A cheap fingerprint of what a sheet holds, to tell whether it changed between two reads. Row by
 * row; a row that is the very same array as the one before (the empty rows of a sparse read) costs
 * one character, so a million-row used range with 500 filled rows is hashed in a moment. Only what
 * the user holds counts: empty cells at the end of a row, empty rows at the end and the number
 * formats of empty cells do not, so the used range Plankoll's own columns widen (read as empty
 * once written) is the same sheet.
 */
export function gridFingerprint(grid: Grid): string {
  let hash = 0x811c9dc5;
  let length = 0;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    length += text.length;
  };
  feed(JSON.stringify([grid.sheet, grid.originRow, grid.originCol]));
  const formats = grid.numberFormats;
  let previous: unknown[] | null = null;
  let emptyRows = 0;
  grid.values.forEach((row, r) => {
    if (row === previous) {
      emptyRows++;
      return;
    }
    previous = row;
    let end = row.length;
    while (end > 0 && isEmptyCell(row[end - 1])) end--;
    if (end === 0) {
      emptyRows++;
      return;
    }
    if (emptyRows) feed(`~${emptyRows}`);
    emptyRows = 0;
    const kept = row.slice(0, end);
    feed(JSON.stringify(kept));
    const rowFormats = formats?.[r];
    if (rowFormats) feed(JSON.stringify(kept.map((v, c) => (isEmptyCell(v) ? null : (rowFormats[c] ?? null)))));
    feed("|");
  });
  return `${length}:${(hash >>> 0).toString(16)}`;
}
