/**
 * Column widths and row heights of a Plankoll sheet fitted to its text, so that nothing prints
 * cut or over the row below (the sheets go to the nämnd on paper). Widths are in Excel's unit
 * (the width of a digit of the default font), heights in points. Every adapter writes what this
 * gives: the package writer, the Excel adapter and the exceljs comparison.
 */
import { printSetup, type FinishedSheet, type SheetCell, type SheetSpec } from "../plan";
import { parseA1 } from "./address";
import { THOUSANDS } from "../parse/cells";

/** Excel's default column width, and the height of one line of its default font. */
export const DEFAULT_WIDTH = 8.43;
export const LINE_HEIGHT = 15;
/** The tallest row Excel has (points): a text of more lines than that holds shows its first ones. */
export const TALLEST = 409;
/** A header as wide as this stands on one line (its column widened); a wider one wraps at its words. */
const HEADER_WIDEST = 22;
/** A column is widened to at most this; a longer text in it is wrapped instead. */
const WIDEST = 60;

/**
 * How wide a text prints in width units: a digit's width per character (most letters of Calibri,
 * and of Carlito that LibreOffice prints it with, are narrower), bold a tenth wider.
 */
const CHAR = 1;
const CHAR_BOLD = 1.1;
function textWidth(text: string, bold: boolean): number {
  return lengthWidth(text.length, bold);
}

function lengthWidth(length: number, bold: boolean): number {
  return Math.ceil(length * (bold ? CHAR_BOLD : CHAR)) + 1;
}

/** The text a cell shows (a number as its digits, with room for a format's spaces and decimals). */
export function shown(cell: SheetCell): string {
  if (typeof cell.value === "number") {
    const digits = Math.abs(cell.value).toFixed(cell.numberFormat?.includes(".0") ? 1 : 0);
    return `${cell.value < 0 ? "-" : ""}${digits.replace(THOUSANDS, " ")}${cell.numberFormat?.includes("kr") ? " kr" : ""}`;
  }
  return cell.value;
}

/**
 * The length of `shown(cell)`, a number's counted rather than made (a payroll's sheets hold
 * hundreds of thousands of figures): its digits as fixed, a space per group of three, a sign, " kr".
 */
export function shownLength(cell: SheetCell): number {
  const value = cell.value;
  if (typeof value !== "number") return value.length;
  // Beyond this, or not finite, fixed notation is not plain digits: the text itself is measured.
  if (!(Math.abs(value) < 1e15)) return shown(cell).length;
  const decimals = cell.numberFormat?.includes(".0") ? 1 : 0;
  const digits = Math.abs(value).toFixed(decimals).length;
  const whole = decimals ? digits - decimals - 1 : digits;
  return (value < 0 ? 1 : 0) + digits + Math.floor((whole - 1) / 3) + (cell.numberFormat?.includes("kr") ? 3 : 0);
}

/** Whether a UTF-16 code unit is what `/\s/` matches: white space or a line terminator. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The lines a text takes wrapped at word boundaries in `width` units (a word longer than that is
 * broken); a line break starts a new line. Counted over the text's characters, no word made: a
 * payroll's document sheet wraps a quarter of a million cells.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor((width - 1) / (bold ? CHAR_BOLD : CHAR)));
  // A text that fits its room on one line: its words do too, however spaced.
  if (text.length <= room && !text.includes("\n")) return 1;
  let lines = 1;
  let line = 0;
  let word = 0;
  const place = () => {
    if (line > 0 && line + 1 + word <= room) {
      line += 1 + word;
      return;
    }
    if (line > 0) lines++;
    // A word longer than the line is broken over as many lines as it needs.
    lines += Math.ceil(word / room) - 1;
    line = word % room || room;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) {
      word++;
      continue;
    }
    if (word > 0) place();
    word = 0;
    if (code === 10) {
      lines++;
      line = 0;
    }
  }
  if (word > 0) place();
  return lines;
}

/** The length of the longest word of a text (words as `/\s+/` parts them). */
function longestWord(text: string): number {
  let longest = 0;
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) word = 0;
    else if (++word > longest) longest = word;
  }
  return longest;
}

/** A table header's look: bold in a bordered cell. A long one wraps at its words rather than widen its column. */
function isHeader(cell: SheetCell): boolean {
  return cell.bold === true && cell.border === true;
}

/**
 * The sheet with its columns widened where a text would be cut (a cell whose right neighbour
 * holds something, or in the last column: its text cannot run on), up to 60 units; a text still
 * too long, a table header and a cell marked to wrap wrap within their column, and their rows are
 * made as tall as their lines. Widths given by the sheet are kept as the least.
 */
/** A sheet finished for the adapters: fitted to its text, its printed orientation decided. */
export function finishSheet(spec: SheetSpec): FinishedSheet {
  const fitted = fitSheet(withinCellLimit(spec));
  return { ...fitted, landscape: printSetup(fitted).landscape };
}

/** Excel keeps at most this many characters in a cell: a longer text is refused (Office.js) or breaks the file. */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * Every text within what a cell holds. A sheet's own lists are cut with their count said
 * (the matrix's Nr): this is the last guard, a text cut with "…" where one still would not fit.
 */
function withinCellLimit(spec: SheetSpec): SheetSpec {
  const long = (c: SheetCell) => typeof c.value === "string" && c.value.length > EXCEL_CELL_CHARS;
  if (!spec.cells.some(long)) return spec;
  return {
    ...spec,
    cells: spec.cells.map((c) =>
      long(c) ? { ...c, value: `${String(c.value).slice(0, EXCEL_CELL_CHARS - 2)} …` } : c,
    ),
  };
}

/** What stands at each cell, by row then column: no key made per cell (a sheet may hold a million cells). */
class ByCell<T> {
  private readonly rows: (T[] | undefined)[] = [];
  set(row: number, col: number, value: T): void {
    (this.rows[row] ??= [])[col] = value;
  }
  get(row: number, col: number): T | undefined {
    return this.rows[row]?.[col];
  }
}

/** Whether the cells stand in row order, then column, each place once: a cell's right-hand neighbour is then the next cell, if any. */
function strictlyInOrder(cells: readonly SheetCell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.row > b.row || (a.row === b.row && a.col >= b.col)) return false;
  }
  return true;
}

/**
 * The cell on the right of cell i, if any. Plankoll's sheets are made in order: it is then the
 * next cell, and no table of a million cells is made to find it (a payroll's register).
 */
function rightNeighbours(cells: readonly SheetCell[]): (i: number) => SheetCell | undefined {
  if (strictlyInOrder(cells))
    return (i) => {
      const cell = cells[i];
      const next = cells[i + 1];
      return next !== undefined && next.row === cell.row && next.col === cell.col + 1 ? next : undefined;
    };
  const at = new ByCell<SheetCell>();
  for (let i = 0; i < cells.length; i++) at.set(cells[i].row, cells[i].col, cells[i]);
  return (i) => at.get(cells[i].row, cells[i].col + 1);
}

export function fitSheet(spec: SheetSpec): SheetSpec {
  if (spec.cells.length === 0) return spec;
  const widths = [...spec.columnWidths];
  // A loop, not a spread: a sheet of 100 000 rows has more cells than a call takes arguments.
  // Walked by index: each loop runs once over up to a million cells, before V8 has optimized it.
  const given = spec.cells;
  let lastCol = 0;
  for (let i = 0; i < given.length; i++) if (given[i].col > lastCol) lastCol = given[i].col;
  const width = (col: number) => widths[col - 1] ?? DEFAULT_WIDTH;
  const rightOf = rightNeighbours(given);
  // A merged area's text has the area's width; the cells it covers hold nothing of their own.
  const spans = new ByCell<{ cols: number[]; rows: number }>();
  const covered = new ByCell<true>();
  for (const merge of spec.merges ?? []) {
    const [from, to = from] = merge.split(":");
    const a = cellOf(from);
    const b = cellOf(to);
    const cols = Array.from({ length: b.col - a.col + 1 }, (_, i) => a.col + i);
    spans.set(a.row, a.col, { cols, rows: b.row - a.row + 1 });
    for (let r = a.row; r <= b.row; r++) for (const c of cols) if (r !== a.row || c !== a.col) covered.set(r, c, true);
  }
  // Whether the text of cell i cannot run on into the cell on its right.
  const blocked = (i: number) => {
    const cell = given[i];
    if (typeof cell.value === "number" || cell.col === lastCol) return true;
    const right = rightOf(i);
    return right !== undefined && (right.value !== "" || right.fill !== undefined || right.border === true);
  };

  // Widths first: a text that cannot run on widens its column (headers widen to their longest word).
  for (let i = 0; i < given.length; i++) {
    const cell = given[i];
    if (covered.get(cell.row, cell.col) || spans.get(cell.row, cell.col)) continue;
    const length = shownLength(cell);
    if (length === 0) continue;
    const bold = cell.bold === true;
    if (isHeader(cell) && !cell.wrap && lengthWidth(length, bold) <= HEADER_WIDEST) {
      // A short header (a row's label) widens its column to stand on one line.
      widths[cell.col - 1] = Math.max(width(cell.col), lengthWidth(length, bold));
    } else if (cell.wrap || isHeader(cell)) {
      const longest = longestWord(shown(cell));
      widths[cell.col - 1] = Math.max(width(cell.col), Math.min(WIDEST, lengthWidth(longest, bold)));
    } else if (blocked(i)) {
      widths[cell.col - 1] = Math.max(width(cell.col), Math.min(WIDEST, lengthWidth(length, bold)));
    }
  }
  for (let i = 0; i < widths.length; i++) widths[i] ??= DEFAULT_WIDTH;

  // Then heights: a text wider than its room wraps, and its row takes its lines.
  const heights: Record<number, number> = { ...spec.rowHeights };
  let anyHeight = Object.keys(heights).length > 0;
  // Which cells wrap (set once the heights are known: a cell gets one new object, not two).
  const wraps = new Uint8Array(given.length);
  for (let i = 0; i < given.length; i++) {
    const cell = given[i];
    // A number never wraps: its text is not made again.
    if (typeof cell.value === "number" || covered.get(cell.row, cell.col)) continue;
    const text = cell.value;
    if (text === "") continue;
    const span = spans.get(cell.row, cell.col);
    const room = span ? span.cols.reduce((sum, c) => sum + width(c), 0) : width(cell.col);
    const bold = cell.bold === true;
    const tooWide = textWidth(text, bold) > room && (span !== undefined || blocked(i));
    if (!cell.wrap && !isHeader(cell) && !tooWide && !text.includes("\n")) continue;
    const lines = wrappedLines(text, room, bold);
    const rows = span?.rows ?? 1;
    if (lines > rows) {
      const need = Math.min(TALLEST, Math.ceil((lines * LINE_HEIGHT) / rows));
      heights[cell.row] = Math.max(heights[cell.row] ?? LINE_HEIGHT, need);
      anyHeight = true;
    }
    if (!cell.wrap) wraps[i] = 1;
  }
  return {
    ...spec,
    cells: finishedCells(given, wraps, anyHeight ? heights : null),
    columnWidths: widths,
    rowHeights: heights,
  };
}

/**
 * The cells as fitted: those that wrap marked so, and in a row made taller every cell reading
 * from the top, level with the wrapped text. A cell changed gets one new object; the rest stay.
 */
function finishedCells(
  given: readonly SheetCell[],
  wraps: Uint8Array,
  heights: Record<number, number> | null,
): SheetCell[] {
  const cells = new Array<SheetCell>(given.length);
  for (let i = 0; i < given.length; i++) {
    const cell = given[i];
    const top = heights !== null && !cell.top && !!heights[cell.row];
    cells[i] = wraps[i]
      ? top
        ? { ...cell, wrap: true, top: true }
        : { ...cell, wrap: true }
      : top
        ? { ...cell, top: true }
        : cell;
  }
  return cells;
}

function cellOf(ref: string): { row: number; col: number } {
  const { row, column } = parseA1(ref.replace(/\$/g, ""));
  return { row, col: column };
}
