/**
 * The core's leaf shapes: grids going in, severities, locales and zones. Findings and reports
 * are typed beside the templates (templates/types.ts), since their codes come from the templates.
 */
/** A cell value as Office.js and exceljs deliver it; "" is an empty cell. */
export type CellValue = string | number | boolean | null;

/** The cells of a sheet's used range, with the worksheet position of its top-left cell. */
export interface Grid {
  sheet: string;
  /** 1-based worksheet row of values[0]. */
  originRow: number;
  /** 1-based worksheet column of values[r][0]. */
  originCol: number;
  values: CellValue[][];
  /** Number formats, same shape as values, where the adapter read them. */
  numberFormats?: (string | null)[][];
  /** Merged areas, in grid indexes (a merged area's value stands in its top-left cell only). */
  merges?: GridRect[];
  /** Excel tables (ListObjects) on the sheet, in grid indexes. */
  tables?: GridTable[];
  /** A1 addresses of cells that hold a formula: the user's content, even when they show nothing. */
  formulaCells?: ReadonlySet<string>;
  /**
   * Grid index of a row that is the declared total (an Excel table's total row); the table ends
   * there.
   */
  totalRowIndex?: number;
  /**
   * Areas of the sheet (A1, "XFD1" or "XFA1:XFD3") that were not read: cells far to the right of
   * the block the data is in (see sheet/regions.ts). Named in the report, never silently dropped.
   */
  unread?: string[];
}

/** A rectangle of cells in grid indexes (0-based from the grid's origin). */
export interface GridRect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** An Excel table: its area (header row included when shown) and whether it shows a total row. */
export interface GridTable extends GridRect {
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
}

export type Severity = "error" | "warning" | "info";

export type Locale = "sv" | "en";

/** A risk matrix zone: the city's three bands of likelihood × consequence. */
export type Zone = "low" | "medium" | "critical";
