/** Shared data shapes of the core: grids going in, findings and write plans coming out. */

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
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  cell: string;
  row: number;
  severity: Severity;
  code: string;
  message: string;
}

export type Locale = "sv" | "en";
