/** Reads worksheets of an exceljs workbook into the core's Grid, the way Excel would show them. */
import ExcelJS from "exceljs";
import type { CellValue, Grid, GridRect, GridTable } from "../../src/core/types";
import { a1, rectOfRange } from "../../src/core/sheet/address";
import { BACKUP_SHEET, SETTINGS_SHEET, decodeBackup, withoutPlankollValues } from "../../src/core";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An exceljs cell value as Office.js would deliver it: dates as serials, errors as "#REF!". */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    // A date-formatted number beyond Excel's dates (Excel shows ####): exceljs loses the number,
    // so the cell reads as Excel's error for it, and the core reports it at its cell.
    if (Number.isNaN(value.getTime())) return "#NUM!";
    return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join("");
    if ("error" in value && value.error) return String(value.error);
    if ("formula" in value || "sharedFormula" in value)
      return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value && "hyperlink" in value)
      return toCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(value);
}

/**
 * Builds a Grid from cells met in any order. Rows without cells are left as holes and share one
 * empty row at the end, so a stray value at row 1 000 000 costs a million pointers, not a million rows.
 */
export class GridBuilder {
  private values: CellValue[][] = [];
  private formats: (string | null)[][] = [];
  private width = 0;
  private formulas = new Set<string>();

  add(rowNumber: number, colNumber: number, value: CellValue, numFmt: string | undefined): void {
    if (colNumber > this.width) this.width = colNumber;
    const r = rowNumber - 1;
    if (this.values[r] === undefined) {
      this.values[r] = [];
      this.formats[r] = [];
    }
    this.values[r][colNumber - 1] = value;
    if (numFmt) this.formats[r][colNumber - 1] = numFmt;
  }

  /** Adds an exceljs cell as Excel would show it. */
  addCell(rowNumber: number, colNumber: number, cell: ExcelJS.Cell): void {
    // A merged cell's value belongs to its top-left cell only, as in Excel.
    const value = cell.type === ExcelJS.ValueType.Merge ? "" : toCellValue(cell.value);
    // A formula is the user's, even one that shows nothing: Plankoll never writes into it.
    if (cell.type === ExcelJS.ValueType.Formula) this.formulas.add(a1(rowNumber, colNumber));
    this.add(rowNumber, colNumber, value, cell.numFmt);
  }

  grid(sheet: string): Grid {
    const { values, formats: numberFormats, width } = this;
    const emptyRow = Object.freeze(Array<CellValue>(width).fill("")) as CellValue[];
    const noFormats = Object.freeze(Array<string | null>(width).fill(null)) as (string | null)[];
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (row === undefined) {
        values[r] = emptyRow;
        numberFormats[r] = noFormats;
        continue;
      }
      const formats = numberFormats[r];
      for (let c = 0; c < width; c++) {
        if (row[c] === undefined) row[c] = "";
        if (formats[c] === undefined) formats[c] = null;
      }
    }
    const grid: Grid = { sheet, originRow: 1, originCol: 1, values, numberFormats };
    if (this.formulas.size) grid.formulaCells = this.formulas;
    return grid;
  }
}

/** The worksheet's merged areas, from exceljs's own record of them (the model getter would rebuild the sheet). */
function mergesOf(worksheet: ExcelJS.Worksheet): GridRect[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { model?: MergeModel } & MergeModel> })._merges;
  const rects: GridRect[] = [];
  for (const merge of Object.values(merges ?? {})) {
    const m = merge.model ?? merge;
    if (typeof m.top !== "number") continue;
    rects.push({ r0: m.top - 1, c0: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
  }
  return rects;
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The worksheet's Excel tables: area, name, header and total rows. */
function tablesOf(worksheet: ExcelJS.Worksheet): GridTable[] {
  const tables: GridTable[] = [];
  const found = (worksheet as unknown as { getTables?: () => unknown[] }).getTables?.() ?? [];
  for (const entry of found) {
    const t = ((entry as { table?: unknown }).table ?? entry) as {
      name?: string;
      displayName?: string;
      ref?: string;
      tableRef?: string;
      headerRow?: boolean;
      totalsRow?: boolean;
      rows?: unknown[];
      columns?: unknown[];
    };
    const ref = t.tableRef ?? t.ref;
    let rect = ref ? rectOfRange(ref) : null;
    if (rect && rect.rows === 1 && rect.cols === 1 && t.columns && t.rows) {
      // Only the top-left given (a table exceljs made itself): its size from its rows and columns.
      rect = {
        ...rect,
        rows: t.rows.length + (t.headerRow !== false ? 1 : 0) + (t.totalsRow ? 1 : 0),
        cols: t.columns.length,
      };
    }
    if (!rect) continue;
    tables.push({
      ...rect,
      name: t.displayName ?? t.name ?? "",
      showHeaders: t.headerRow !== false,
      showTotals: t.totalsRow === true,
    });
  }
  return tables;
}

export function gridFromWorksheet(worksheet: ExcelJS.Worksheet): Grid {
  const builder = new GridBuilder();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => builder.addCell(rowNumber, colNumber, cell)),
  );
  const grid = builder.grid(worksheet.name);
  const merges = mergesOf(worksheet);
  if (merges.length) grid.merges = merges;
  const tables = tablesOf(worksheet);
  if (tables.length) grid.tables = tables;
  return grid;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function readBackupSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet(BACKUP_SHEET);
  if (!sheet) return null;
  const chunks: unknown[] = [];
  sheet.getColumn(1).eachCell((cell) => chunks.push(cell.value));
  return decodeBackup(chunks);
}

/**
 * The user's sheets as grids, as the user left them: Plankoll's hidden backup sheet is not one
 * of them, and values Plankoll wrote earlier are read as the empty cells they were.
 */
export function workbookGrids(workbook: ExcelJS.Workbook): Grid[] {
  const backup = readBackupSheet(workbook);
  return workbook.worksheets
    .filter((ws) => ws.name !== BACKUP_SHEET && ws.name !== SETTINGS_SHEET)
    .map((ws) => withoutPlankollValues(gridFromWorksheet(ws), backup));
}
