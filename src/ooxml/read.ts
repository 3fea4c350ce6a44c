/**
 * Reads any valid .xlsx / .xlsm (Excel, LibreOffice, openpyxl, exceljs, Google Sheets) into the
 * core's grids by streaming its parts: the zip's entries are inflated one at a time (fflate) and
 * each XML part is parsed as a stream of events (saxes), so memory follows the cells the core
 * needs, not an object model of the workbook. Parts Plankoll does not read are skipped, never fatal.
 */
import { SaxesParser } from "saxes";
import { ZipArchive, type Inflate } from "./zip";
import { scanSharedStrings, scanWorksheet } from "./scan";
import type { CellValue, Grid, GridRect, GridTable } from "../core/types";
import { a1, rectOfRange } from "../core/sheet/address";
import { WIDE_COLUMNS, dataRegions, rectAddress, type Filled } from "../core/sheet/regions";
import { isDateFormat } from "../core/parse/serial";
// The core's modules by name, not its index: the command line then never loads the settings' zod.
import { BACKUP_SHEET, SETTINGS_SHEET } from "../core/plan";
import { decodeBackup, withoutPlankollValues, type Backup } from "../core/backup";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface PackageSheet {
  name: string;
  state: SheetState;
  /** The worksheet part's path in the package ("xl/worksheets/sheet1.xml"). */
  path: string;
}

/** A workbook package opened for reading: its entries stay compressed until a part is asked for. */
export class XlsxPackage {
  private constructor(readonly zip: ZipArchive) {}

  /** The package's bytes; `inflate` is Node's zlib on the command line (fflate otherwise). */
  static fromBytes(bytes: Uint8Array, inflate?: Inflate): XlsxPackage {
    return new XlsxPackage(new ZipArchive(bytes, inflate));
  }

  /** The names of every entry (a directory listing; no part is inflated). */
  entries(): string[] {
    return this.zip.entries.map((e) => e.name);
  }

  /** One part's bytes, or null when the package has no such part. */
  part(path: string): Uint8Array | null {
    return this.zip.read(path.replace(/^\//, ""));
  }
}

/** Parses an XML part as a stream: the bytes are decoded and fed to saxes in slices. */
export function parseXml(
  bytes: Uint8Array,
  on: {
    open?: (name: string, attributes: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const local = (name: string) => {
    const colon = name.indexOf(":");
    return colon < 0 ? name : name.slice(colon + 1);
  };
  if (on.open) {
    const open = on.open;
    parser.on("opentag", (tag) => {
      open(local(tag.name), tag.attributes as Record<string, string>);
      if (tag.isSelfClosing) on.close?.(local(tag.name));
    });
  }
  if (on.close) {
    const close = on.close;
    parser.on("closetag", (tag) => {
      if (!tag.isSelfClosing) close(local(tag.name));
    });
  }
  if (on.text) parser.on("text", on.text);
  parser.on("error", (error) => {
    throw error;
  });
  const decoder = new TextDecoder("utf-8");
  const SLICE = 1 << 20;
  for (let i = 0; i < bytes.length; i += SLICE) {
    parser.write(decoder.decode(bytes.subarray(i, i + SLICE), { stream: i + SLICE < bytes.length }));
  }
  parser.close();
}

/** Relationship id → target path, resolved against the part the relationships belong to. */
export function relationships(pkg: XlsxPackage, partPath: string): Map<string, { target: string; type: string }> {
  const slash = partPath.lastIndexOf("/");
  const dir = partPath.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
  const bytes = pkg.part(relsPath);
  const rels = new Map<string, { target: string; type: string }>();
  if (!bytes) return rels;
  parseXml(bytes, {
    open: (name, a) => {
      if (name !== "Relationship" || a.TargetMode === "External") return;
      rels.set(a.Id, { target: resolvePath(dir, a.Target), type: a.Type ?? "" });
    },
  });
  return rels;
}

/** A relationship's target as a path in the package, from the folder of the part that holds it. */
export function resolvePath(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The workbook part's path, from the package relationships (usually xl/workbook.xml). */
function workbookPath(pkg: XlsxPackage): string {
  const rels = relationships(pkg, "");
  for (const rel of rels.values()) if (/officeDocument$/.test(rel.type)) return rel.target;
  return "xl/workbook.xml";
}

/** Where the workbook's parts are: the workbook, its styles and shared strings, from one reading of its relationships. */
export interface PackageLayout {
  sheets: PackageSheet[];
  date1904: boolean;
  workbook: string;
  styles: string | null;
  sharedStrings: string | null;
}

export function packageSheets(pkg: XlsxPackage): PackageLayout {
  const workbook = workbookPath(pkg);
  const bytes = pkg.part(workbook);
  if (!bytes) throw new Error("the package has no workbook part");
  const rels = relationships(pkg, workbook);
  let styles: string | null = null;
  let sharedStrings: string | null = null;
  for (const rel of rels.values()) {
    if (/\/styles$/.test(rel.type)) styles = rel.target;
    else if (/\/sharedStrings$/.test(rel.type)) sharedStrings = rel.target;
  }
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  parseXml(bytes, {
    open: (name, a) => {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      const id = a["r:id"] ?? Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== "sheetId")?.[1];
      const rel = id ? rels.get(id) : undefined;
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !/\/worksheet$/.test(rel.type)) return;
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({ name: a.name, state, path: rel.target });
    },
  });
  return { sheets, date1904, workbook, styles, sharedStrings };
}

export function sharedStrings(pkg: XlsxPackage, path: string | null): string[] {
  const bytes = pkg.part(path ?? "xl/sharedStrings.xml");
  // As large as the sheet's text: read by the scanner, like the worksheet.
  return bytes ? scanSharedStrings(bytes) : [];
}

/** Excel's built-in number formats that matter to the core: percent and dates. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  9: "0%",
  10: "0.00%",
  14: "yyyy-mm-dd",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  22: "yyyy-mm-dd h:mm",
};

/** Number format codes by cell style index (cellXfs). */
function styleFormats(pkg: XlsxPackage, path: string | null): (string | null)[] {
  const bytes = pkg.part(path ?? "xl/styles.xml");
  const formats: (string | null)[] = [];
  if (!bytes) return formats;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parseXml(bytes, {
    open: (name, a) => {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
        // General is no format: its cells share the row of none (a sheet's every cell may be General).
        formats.push(code !== null && /^general$/i.test(code) ? null : code);
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formats;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * A cell's value from its type (`t`), the text of its <v> or inline string, the shared strings
 * and its number format (a 1904 workbook's dates moved to the 1900 serials the core reads).
 */
export function cellValueOf(
  type: string,
  text: string,
  strings: readonly string[],
  format: string | null | undefined,
  date1904: boolean,
): CellValue {
  switch (type) {
    case "s": {
      const index = Number(text);
      return Number.isInteger(index) ? (strings[index] ?? "") : "";
    }
    case "inlineStr":
    case "str":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "e":
      return text;
    case "d": {
      const time = Date.parse(text.length <= 10 ? `${text}T00:00:00Z` : text.endsWith("Z") ? text : `${text}Z`);
      return Number.isNaN(time) ? "#VALUE!" : (time - EPOCH_1900) / MS_PER_DAY;
    }
    default: {
      if (text === "") return "";
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      return date1904 && isDateFormat(format) ? n + 1462 : n;
    }
  }
}

/** One worksheet's cells as a Grid (origin A1), with merges, Excel tables and formula cells. */
/** Rows and cells the sheet left out, filled: empty rows share one empty row, and rows without formats one row of none. */
function fillRows(values: CellValue[][], numberFormats: (string | null)[][], width: number): void {
  const emptyRow = Object.freeze(Array<CellValue>(width).fill("")) as CellValue[];
  const noFormats = Object.freeze(Array<string | null>(width).fill(null)) as (string | null)[];
  for (let r = 0; r < values.length; r++) {
    const fmt = numberFormats[r];
    if (fmt === undefined) numberFormats[r] = noFormats;
    else for (let c = 0; c < width; c++) if (fmt[c] === undefined) fmt[c] = null;
    if (values[r] === undefined) {
      values[r] = emptyRow;
      continue;
    }
    const row = values[r];
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = "";
  }
}

export function readWorksheet(
  pkg: XlsxPackage,
  sheet: PackageSheet,
  strings: readonly string[],
  formats: readonly (string | null)[],
  date1904 = false,
): Grid {
  const bytes = pkg.part(sheet.path);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulaCells = new Set<string>();
  const merges: GridRect[] = [];
  const tableIds: string[] = [];
  let width = 0;
  let rowNumber = 0;
  let colNumber = 0;
  // The cell being read.
  let style = 0;
  let hasFormula = false;

  const put = (value: CellValue) => {
    if (value === "" && !hasFormula) return;
    const r = rowNumber - 1;
    const c = colNumber - 1;
    if (values[r] === undefined) values[r] = [];
    values[r][c] = value;
    const format = formats[style] ?? null;
    // Most rows carry no number format: they share one empty row of formats below.
    if (format) (numberFormats[r] ??= [])[c] = format;
    if (colNumber > width) width = colNumber;
    if (hasFormula) formulaCells.add(a1(rowNumber, colNumber));
  };

  if (bytes) {
    // A worksheet is the one part that can be large: read by the scanner made for it.
    scanWorksheet(bytes, {
      row: (number) => {
        rowNumber = number ?? rowNumber + 1;
        colNumber = 0;
      },
      cell: (row, column, cellType, cellStyle, value, inline, formula) => {
        if (column > 0) {
          rowNumber = row;
          colNumber = column;
        } else colNumber++;
        style = cellStyle;
        hasFormula = formula;
        put(cellValueOf(cellType, inline ?? value ?? "", strings, formats[style], date1904));
      },
      merge: (ref) => {
        const rect = rectOfRange(ref);
        if (rect) merges.push(rect);
      },
      tablePart: (id) => tableIds.push(id),
    });
  }

  // A very wide sheet (a stray cell in XFD1) is read as the block of columns its data is in.
  const narrowed = width > WIDE_COLUMNS ? narrowColumns(values, numberFormats, width) : null;
  const originCol = narrowed ? narrowed.c0 + 1 : 1;
  if (narrowed) width = narrowed.cols;
  const unread = narrowed?.unread ?? [];
  fillRows(values, numberFormats, width);
  // A merged cell's value stands in its top-left cell only; the others are empty, as in Excel.
  const grid: Grid = { sheet: sheet.name, originRow: 1, originCol, values, numberFormats };
  const inGrid = <T extends GridRect>(rects: readonly T[]) =>
    rects.map((r) => ({ ...r, c0: r.c0 - (originCol - 1) })).filter((r) => r.c0 + r.cols > 0 && r.c0 < width);
  const kept = inGrid(merges);
  if (kept.length) grid.merges = kept;
  if (formulaCells.size) grid.formulaCells = formulaCells;
  const tables = inGrid(tableIds.length ? readTables(pkg, sheet.path, tableIds) : []);
  if (tables.length) grid.tables = tables;
  if (unread.length) grid.unread = unread;
  return grid;
}

/**
 * The rows cut to the block of columns the data is in (every row's array and formats sliced),
 * and the far areas named; null when the data is one block after all.
 */
function narrowColumns(
  values: CellValue[][],
  numberFormats: (string | null)[][],
  width: number,
): { c0: number; cols: number; unread: string[] } | null {
  const cells = new Int32Array(width);
  const first = new Int32Array(width).fill(-1);
  const last = new Int32Array(width);
  values.forEach((row, r) =>
    row.forEach((_, c) => {
      cells[c]++;
      if (first[c] < 0) first[c] = r;
      last[c] = r;
    }),
  );
  const filled: Filled[] = [];
  for (let c = 0; c < width; c++)
    if (cells[c] > 0) filled.push({ r0: first[c], c0: c, rows: last[c] - first[c] + 1, cols: 1, weight: cells[c] });
  const regions = dataRegions(filled);
  if (!regions || regions.far.length === 0) return null;
  const { c0, cols } = regions.main;
  for (let r = 0; r < values.length; r++) {
    if (values[r] !== undefined) values[r] = values[r].slice(c0, c0 + cols);
    if (numberFormats[r] !== undefined) numberFormats[r] = numberFormats[r].slice(c0, c0 + cols);
  }
  return { c0, cols, unread: regions.far.map(rectAddress) };
}

function readTables(pkg: XlsxPackage, sheetPath: string, ids: readonly string[]): GridTable[] {
  const rels = relationships(pkg, sheetPath);
  const tables: GridTable[] = [];
  for (const id of ids) {
    const rel = rels.get(id);
    const bytes = rel ? pkg.part(rel.target) : null;
    if (!bytes) continue;
    parseXml(bytes, {
      open: (name, a) => {
        if (name !== "table") return;
        const rect = a.ref ? rectOfRange(a.ref) : null;
        if (!rect) return;
        tables.push({
          ...rect,
          name: a.displayName ?? a.name ?? "",
          showHeaders: a.headerRowCount !== "0",
          showTotals: Number(a.totalsRowCount ?? 0) > 0,
        });
      },
    });
  }
  return tables;
}

export interface WorkbookRead {
  /** The user's sheets as the user left them (Plankoll's earlier values read as empty). */
  grids: Grid[];
  backup: Backup | null;
  /** The settings JSON the workbook carries (set in the task pane), or null. */
  settingsJson: string | null;
  sheets: PackageSheet[];
  /** Where its parts are, for the writer. */
  layout: PackageLayout;
  /**
   * Cells (Sheet!A1) that hold something else than the last run wrote there: typed over since,
   * the user's (kept when the grids are let go: Rensa and a new run leave them).
   */
  typedOver: ReadonlySet<string>;
}

/** Every sheet of a workbook package, as workbookGrids gives them from exceljs. */
export function readWorkbookPackage(pkg: XlsxPackage): WorkbookRead {
  const layout = packageSheets(pkg);
  const { sheets, date1904 } = layout;
  const strings = sharedStrings(pkg, layout.sharedStrings);
  const formats = styleFormats(pkg, layout.styles);
  let backup: Backup | null = null;
  let settingsJson: string | null = null;
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    const grid = readWorksheet(pkg, sheet, strings, formats, date1904);
    if (sheet.name === BACKUP_SHEET) backup = decodeBackup(grid.values.map((row) => row[0]).filter((v) => v !== ""));
    else if (sheet.name === SETTINGS_SHEET) {
      const value = grid.values[0]?.[0];
      settingsJson = typeof value === "string" && value ? value : null;
    } else grids.push(grid);
  }
  const typedOver = new Set<string>();
  for (const grid of grids) withoutPlankollValues(grid, backup, typedOver);
  return { grids, backup, settingsJson, sheets, layout, typedOver };
}
