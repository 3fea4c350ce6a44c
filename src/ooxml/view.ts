/**
 * A sheet as Excel shows it, for the demo's page: the top-left cells' values formatted by their
 * number formats (numfmt: dates in date-formatted cells as dates, percent as percent, the user's
 * own codes), solid fills, bold, merged areas and notes. Read from the same package as the core
 * reads, so what the page shows is what the file holds.
 */
import { format as formatNumber } from "numfmt";
import type { Locale } from "../core/types";
import { a1, rectOfRange, tryParseA1 } from "../core/sheet/address";
import { scanWorksheet } from "./scan";
import {
  BUILTIN_FORMATS,
  cellValueOf,
  parseXml,
  relationships,
  sharedStrings,
  type PackageLayout,
  type PackageSheet,
  type XlsxPackage,
} from "./read";

export interface ViewCell {
  text: string;
  /** "#RRGGBB" of a solid fill. */
  fill?: string;
  bold?: boolean;
  note?: string;
  /** Right-aligned as Excel aligns numbers. */
  number?: boolean;
}

export interface SheetView {
  name: string;
  /** Rows × columns shown (at most what was asked for), cells by [row][column] from A1. */
  rows: number;
  columns: number;
  cells: (ViewCell | undefined)[][];
}

/** The built-in number formats Excel does not write into the styles part (ECMA-376 §18.8.30). */
const SHOWN_FORMATS: Record<number, string> = {
  ...BUILTIN_FORMATS,
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

interface CellLook {
  format: string | null;
  fill?: string;
  bold: boolean;
}

/** Each cell format's number format, solid fill colour and boldness. */
function looks(pkg: XlsxPackage, path: string | null): CellLook[] {
  const bytes = path ? pkg.part(path) : null;
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const fills: (string | undefined)[] = [];
  const bold: boolean[] = [];
  const xfs: CellLook[] = [];
  let section = "";
  let pattern = "";
  parseXml(bytes, {
    open: (name, a) => {
      if (name === "fonts" || name === "fills" || name === "cellXfs" || name === "cellStyleXfs") section = name;
      else if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (section === "fonts" && name === "font") bold.push(false);
      else if (section === "fonts" && name === "b") bold[bold.length - 1] = a.val !== "0" && a.val !== "false";
      else if (section === "fills" && name === "fill") fills.push(undefined);
      else if (section === "fills" && name === "patternFill") pattern = a.patternType ?? "";
      else if (section === "fills" && name === "fgColor" && pattern === "solid" && /^[0-9A-Fa-f]{8}$/.test(a.rgb ?? ""))
        fills[fills.length - 1] = `#${a.rgb.slice(2).toUpperCase()}`;
      else if (section === "cellXfs" && name === "xf") {
        const id = Number(a.numFmtId ?? 0);
        xfs.push({
          format: custom.get(id) ?? SHOWN_FORMATS[id] ?? null,
          fill: fills[Number(a.fillId ?? 0)],
          bold: bold[Number(a.fontId ?? 0)] ?? false,
        });
      }
    },
    close: (name) => {
      if (name === section) section = "";
    },
  });
  return xfs;
}

/** The notes (legacy comments) on a sheet, by A1 address. */
function notes(pkg: XlsxPackage, sheet: PackageSheet): Map<string, string> {
  const found = new Map<string, string>();
  for (const rel of relationships(pkg, sheet.path).values()) {
    if (!/\/comments$/.test(rel.type)) continue;
    const bytes = pkg.part(rel.target);
    if (!bytes) continue;
    let ref = "";
    let text: string[] = [];
    let inText = false;
    parseXml(bytes, {
      open: (name, a) => {
        if (name === "comment") {
          ref = a.ref ?? "";
          text = [];
        } else if (name === "t") inText = true;
      },
      close: (name) => {
        if (name === "t") inText = false;
        else if (name === "comment" && ref) found.set(ref, text.join(""));
      },
      text: (t) => {
        if (inText) text.push(t);
      },
    });
  }
  return found;
}

/** A value as Excel shows it in a cell with that number format. */
export function displayText(value: string | number | boolean, format: string | null, locale: Locale): string {
  if (typeof value === "boolean") return locale === "sv" ? (value ? "SANT" : "FALSKT") : value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  try {
    return formatNumber(format ?? "General", value, { locale: locale === "sv" ? "sv-SE" : "en-US" });
  } catch {
    // A code numfmt does not know: the number as General shows it.
    return formatNumber("General", value, { locale: locale === "sv" ? "sv-SE" : "en-US" });
  }
}

/** The top-left `maxRows` × `maxColumns` cells of one sheet, as shown. */
export function sheetView(
  pkg: XlsxPackage,
  layout: PackageLayout,
  sheet: PackageSheet,
  locale: Locale,
  maxRows = 80,
  maxColumns = 14,
): SheetView {
  const strings = sharedStrings(pkg, layout.sharedStrings);
  const styles = looks(pkg, layout.styles);
  const noted = notes(pkg, sheet);
  const cells: (ViewCell | undefined)[][] = [];
  let rows = 0;
  let columns = 0;
  let row = 0;
  let column = 0;
  const bytes = pkg.part(sheet.path);
  const covered: string[] = [];
  if (bytes) {
    scanWorksheet(bytes, {
      row: (number) => {
        row = number ?? row + 1;
        column = 0;
      },
      cell: (r, c, type, style, value, inline) => {
        if (c > 0) {
          row = r;
          column = c;
        } else column++;
        if (row > maxRows || column > maxColumns) return;
        const look = styles[style];
        const read = cellValueOf(type, inline ?? value ?? "", strings, look?.format, layout.date1904) ?? "";
        const note = noted.get(a1(row, column));
        if (read === "" && !look?.fill && !note) return;
        (cells[row - 1] ??= [])[column - 1] = {
          text: read === "" ? "" : displayText(read, look?.format ?? null, locale),
          ...(look?.fill ? { fill: look.fill } : {}),
          ...(look?.bold ? { bold: true } : {}),
          ...(note !== undefined ? { note } : {}),
          ...(typeof read === "number" ? { number: true } : {}),
        };
        rows = Math.max(rows, row);
        columns = Math.max(columns, column);
      },
      merge: (ref) => covered.push(ref),
      tablePart: () => undefined,
    });
  }
  // A merged area shows its top-left cell's value; the others are empty, as in Excel.
  for (const ref of covered) {
    const rect = rectOfRange(ref);
    if (!rect) continue;
    for (let r = rect.r0; r < rect.r0 + rect.rows && r < maxRows; r++)
      for (let c = rect.c0; c < rect.c0 + rect.cols && c < maxColumns; c++)
        if ((r !== rect.r0 || c !== rect.c0) && cells[r]?.[c]) cells[r][c] = { ...cells[r][c]!, text: "" };
  }
  for (const [ref] of noted) {
    const at = tryParseA1(ref);
    if (at && at.row <= maxRows && at.column <= maxColumns && !cells[at.row - 1]?.[at.column - 1]) {
      (cells[at.row - 1] ??= [])[at.column - 1] = { text: "", note: noted.get(ref) };
      rows = Math.max(rows, at.row);
      columns = Math.max(columns, at.column);
    }
  }
  return { name: sheet.name, rows, columns, cells };
}
