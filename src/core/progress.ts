/** Progress and cancellation for long work, shared by the adapters and the pane. */
import type { Grid } from "./types";

export interface Progress {
  /** read: rows read; check: rows checked; write: cells marked or written; restore: cells put back. */
  phase: "read" | "check" | "write" | "restore";
  done: number;
  total: number;
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
 * Something Plankoll checks before it touches the workbook and explains in words:
 * a protected sheet, a sheet changed since it was read.
 */
export class PlankollError extends Error {
  constructor(
    readonly reason: "sheetProtected" | "workbookProtected" | "sheetChanged",
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = "PlankollError";
  }
}

/**
 * A cheap fingerprint of what a sheet holds, to tell whether it changed between two reads. Row by
 * row; a row that is the very same array as the one before (the empty rows of a sparse read) costs
 * one character, so a million-row used range with 500 filled rows is hashed in a moment.
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
  for (const rows of [grid.values, grid.numberFormats ?? []] as unknown[][][]) {
    let previous: unknown[] | null = null;
    for (const row of rows) {
      feed(row === previous ? "=" : JSON.stringify(row));
      previous = row;
    }
    feed("|");
  }
  return `${length}:${(hash >>> 0).toString(16)}`;
}
