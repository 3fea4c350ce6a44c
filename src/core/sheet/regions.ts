/**
 * A sheet whose used range is very wide because of a few cells far to the right (a stray value in
 * XFD1, a note to self in column AZZ) is read as the block of columns its data is in; the cells
 * far from it are named, not read, so that a 7-column register is not read as 16 384 columns.
 */
import type { GridRect } from "../types";
import { a1 } from "./address";

/** Used ranges at least this wide are looked at block by block. */
export const WIDE_COLUMNS = 512;
/** Empty columns between two blocks of data that still make them one region. */
export const FAR_GAP = 64;

/** A filled rectangle (0-based sheet indexes) and how many cells it stands for. */
export interface Filled extends GridRect {
  weight: number;
}

/**
 * The region the sheet's data is in — the blocks joined across gaps of at most FAR_GAP empty
 * columns, the one holding the most cells — and the regions far from it.
 */
export function dataRegions(filled: readonly Filled[]): { main: GridRect; far: GridRect[] } | null {
  if (filled.length === 0) return null;
  const sorted = [...filled].sort((a, b) => a.c0 - b.c0);
  const regions: { rect: GridRect; weight: number }[] = [];
  for (const f of sorted) {
    const last = regions[regions.length - 1];
    if (last && f.c0 - (last.rect.c0 + last.rect.cols) <= FAR_GAP) {
      const r0 = Math.min(last.rect.r0, f.r0);
      const r1 = Math.max(last.rect.r0 + last.rect.rows, f.r0 + f.rows);
      const c1 = Math.max(last.rect.c0 + last.rect.cols, f.c0 + f.cols);
      last.rect = { r0, c0: last.rect.c0, rows: r1 - r0, cols: c1 - last.rect.c0 };
      last.weight += f.weight;
    } else regions.push({ rect: { r0: f.r0, c0: f.c0, rows: f.rows, cols: f.cols }, weight: f.weight });
  }
  let main = regions[0];
  for (const region of regions) if (region.weight > main.weight) main = region;
  return { main: main.rect, far: regions.filter((r) => r !== main).map((r) => r.rect) };
}

/** "XFD1", "XFA1:XFD3": a rectangle as Excel writes it. */
export function rectAddress(rect: GridRect): string {
  const first = a1(rect.r0 + 1, rect.c0 + 1);
  const last = a1(rect.r0 + rect.rows, rect.c0 + rect.cols);
  return first === last ? first : `${first}:${last}`;
}
