/**
 * Which templates a sheet follows and where their tables are: one table, several stacked or side
 * by side, Excel tables (ListObjects); or why it follows none, naming the columns not placed.
 */
import type { Grid, GridRect, GridTable } from "./types";
import type { Translate } from "./i18n";
import { templates, type AnyTemplate } from "./templates";
import { findHeader, headerRows, rowSegments, type HeaderMatch } from "./sheet/columns";
import { a1 } from "./sheet/address";
import { isBlank } from "./empty";

/** One table found on a sheet: the grid it is read from (the sheet's, or a part of it) and its header. */
export interface FoundTable {
  template: AnyTemplate;
  header: HeaderMatch;
  grid: Grid;
  /** The Excel table's name, where it is one. */
  name?: string;
}

/** At most this many tables are read from one sheet. */
const MAX_TABLES = 50;

/** The template a sheet came closest to: where, what it placed, what it lacks, what it could not place. */
interface Nearest {
  template: AnyTemplate;
  headerIndex: number;
  missing: string[];
  placed: string[];
  unplaced: string[];
}

interface Candidate {
  template: AnyTemplate;
  header: HeaderMatch;
}

/** The best complete header of any template in rows [from, from + 30) and columns [c0, c1). */
function firstHeader(
  grid: Grid,
  from: number,
  columns?: [number, number],
  rows = headerRows(grid, from),
): {
  found: Candidate | null;
  nearest: Nearest | null;
} {
  let found: Candidate | null = null;
  let nearest: Nearest | null = null;
  for (const template of templates) {
    const { match, best } = findHeader(grid, template.columns, template.layouts, {
      from,
      rows,
      columnsFrom: columns?.[0],
      columnsTo: columns?.[1],
    });
    if (match) {
      const count = Object.keys(match.columns).length;
      // The earliest table first; where two templates read the same header, the one that places more columns.
      const better =
        !found ||
        match.headerIndex < found.header.headerTop ||
        (match.headerTop <= found.header.headerIndex && count > Object.keys(found.header.columns).length);
      if (better) found = { template, header: match };
    } else if (best && Object.keys(best.columns).length >= 2) {
      const missing = template.layouts
        .map((layout) => layout.filter((key) => !(key in best.columns)))
        .sort((a, b) => a.length - b.length)[0];
      if (!nearest || missing.length < nearest.missing.length) {
        // The header cells seen in that row that no column of the template took.
        const placed = new Set(Object.values(best.columns));
        const unplaced = (rows[best.headerIndex - from] ?? [])
          .map((cell, c) => (placed.has(c) ? "" : cell.ownText))
          .filter((text) => text !== "");
        nearest = { template, headerIndex: best.headerIndex, missing, placed: Object.keys(best.columns), unplaced };
      }
    }
  }
  return { found, nearest };
}

/** Whether row `index` of the grid is the header of a table of some template (it ends the table above). */
export function headerAt(grid: Grid, index: number): boolean {
  const single = headerRows(grid, index, 1);
  if (!single[0]?.length) return false;
  return templates.some(
    (template) => findHeader(grid, template.columns, template.layouts, { from: index, rows: single }).match,
  );
}

/** A part of a grid as a grid of its own, at its own worksheet position. */
export function subGrid(grid: Grid, rect: GridRect, totalRow?: boolean): Grid {
  const r1 = Math.min(grid.values.length, rect.r0 + rect.rows);
  const c1 = rect.c0 + rect.cols;
  const whole = rect.c0 === 0 && grid.values.every((r) => r.length <= c1);
  const values = grid.values.slice(rect.r0, r1).map((row) => (whole ? row : row.slice(rect.c0, c1)));
  const numberFormats = grid.numberFormats?.slice(rect.r0, r1).map((row) => (whole ? row : row.slice(rect.c0, c1)));
  const merges = grid.merges
    ?.filter((m) => m.r0 < r1 && m.r0 + m.rows > rect.r0 && m.c0 < c1 && m.c0 + m.cols > rect.c0)
    .map((m) => ({ r0: m.r0 - rect.r0, c0: m.c0 - rect.c0, rows: m.rows, cols: m.cols }));
  return {
    sheet: grid.sheet,
    originRow: grid.originRow + rect.r0,
    originCol: grid.originCol + rect.c0,
    values,
    numberFormats,
    merges,
    formulaCells: grid.formulaCells,
    totalRowIndex: totalRow ? values.length - 1 : undefined,
  };
}

/** The grid with the given areas emptied (cells outside Excel tables, read on their own). */
function withoutAreas(grid: Grid, areas: readonly GridRect[]): Grid {
  const values = grid.values.slice();
  for (const a of areas) {
    for (let r = a.r0; r < Math.min(values.length, a.r0 + a.rows); r++) {
      const row = values[r].slice();
      for (let c = a.c0; c < Math.min(row.length, a.c0 + a.cols); c++) row[c] = "";
      values[r] = row;
    }
  }
  return { ...grid, values, tables: undefined };
}

/** The address of a table's area as the user sees it ("A20:F35"). */
export function areaAddress(grid: Grid, top: number, left: number, bottom: number, right: number): string {
  return `${a1(grid.originRow + top, grid.originCol + left)}:${a1(grid.originRow + bottom, grid.originCol + right)}`;
}

export interface SheetTables {
  tables: FoundTable[];
  /** Why no table was found: the closest template and the columns it could not place. */
  reason?: string;
}

/**
 * Finds the tables of a sheet. `readEnd` tells where a found table ends (its last grid index),
 * so the search goes on below it; the caller reads each table once.
 */
export function detectTables(grid: Grid, t: Translate<string>, readEnd: (table: FoundTable) => number): SheetTables {
  if (grid.values.every((row) => row.every(isBlank))) return { tables: [], reason: t("detect.empty") };
  const tables: FoundTable[] = [];
  const listObjects = (grid.tables ?? []).filter((table) => table.showHeaders && table.rows >= 1);
  for (const table of listObjects) {
    const sub = subGrid(grid, table, table.showTotals);
    const { found } = firstHeader(sub, 0, undefined, headerRows(sub, 0).slice(0, 1));
    if (found) tables.push({ ...found, grid: sub, name: table.name });
  }
  const rest = listObjects.length ? withoutAreas(grid, listObjects as GridTable[]) : grid;
  let nearest: ReturnType<typeof firstHeader>["nearest"] = null;
  let from = 0;
  while (from < rest.values.length && tables.length < MAX_TABLES) {
    const rows = headerRows(rest, from);
    const first = firstHeader(rest, from, undefined, rows);
    if (!first.found) {
      if (tables.length === 0) nearest = first.nearest;
      break;
    }
    const { header } = first.found;
    // Side by side: each column segment of the header row holding a whole header is a table of its own.
    const parts = rowSegments(rest, header.headerIndex, rows, from)
      .map(([c0, c1]) => ({
        c0,
        c1,
        hit: firstHeader(rest, header.headerIndex, [c0, c1], rows.slice(header.headerIndex - from)).found,
      }))
      .filter((p) => p.hit && p.hit.header.headerIndex <= header.headerIndex);
    let end = header.headerIndex;
    if (parts.length > 1) {
      for (const part of parts) {
        const sub = subGrid(rest, { r0: 0, c0: part.c0, rows: rest.values.length, cols: part.c1 - part.c0 });
        const hit = firstHeader(sub, header.headerTop).found;
        if (!hit) continue;
        const found: FoundTable = { ...hit, grid: sub };
        tables.push(found);
        end = Math.max(end, readEnd(found));
      }
    } else {
      const found: FoundTable = { ...first.found, grid: rest };
      tables.push(found);
      end = readEnd(found);
    }
    from = end + 1;
  }
  if (tables.length) return { tables };
  if (nearest) {
    const name = (key: string) => t(`col.${key}`);
    // Every column placed, but by letters on different rows alone (findHeader): no table.
    let reason = t(nearest.missing.length ? "detect.missing" : "detect.letters", {
      row: nearest.headerIndex + grid.originRow,
      template: t(nearest.template.nameKey),
      placed: nearest.placed.map(name).join(", "),
      columns: nearest.missing.map(name).join(", "),
    });
    if (nearest.unplaced.length) {
      const shown = nearest.unplaced.slice(0, 8).map((text) => `"${text}"`);
      reason += t("detect.unplaced", { columns: shown.join(", ") + (nearest.unplaced.length > 8 ? " …" : "") });
    }
    return { tables: [], reason };
  }
  return { tables: [], reason: t("detect.noHeader") };
}
