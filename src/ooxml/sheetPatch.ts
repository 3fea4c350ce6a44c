/**
 * A user's worksheet patched as its text comes: each planned cell's style and value, new cells and
 * rows where there were none, the dimension widened, the text copied through a window that lets go
 * of what is written.
 */
import { a1, parseA1 } from "../core/sheet/address";
import { isoToSerial } from "../core/parse/dates";
import { PlankollError } from "../core/progress";
import { PackageRefusal } from "./refusal";
import { escapeXml, insertBeforeClose, attr, setAttributes, removeAttribute } from "./xml";
import { REL_NS } from "./package";
import { TextWindow } from "./textWindow";

/** What Plankoll does to one cell of a user's sheet. */
export interface CellPatch {
  row: number;
  col: number;
  /** A finding's mark (the cell gets a note where the sheet takes Plankoll's notes). */
  marked?: boolean;
  look?: { fill?: string; bold?: boolean; numFmt?: string };
  value?: string | number;
  /** The value as the plan has it, where the file keeps another form (a date's ISO text, written as its serial). */
  planned?: string | number;
}

/** The format a computed date is shown in: the ISO form the core computes, as Swedes write dates. */
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * A computed date (ISO text) as the date serial Excel keeps, 1900 or 1904 system; null for any
 * other value. Excel turns such text into a date when the pane writes it; the copy does the same.
 */
export function dateSerial(value: string | number, date1904: boolean): number | null {
  const serial = typeof value === "string" ? isoToSerial(value) : null;
  return serial !== null && date1904 ? serial - 1462 : serial;
}

/** What the cell was before, for Rensa. */
export interface CellBefore {
  s: number | null;
  created: boolean;
  /** Plankoll wrote a value into the cell (taken out again by Rensa). */
  wrote: boolean;
}

export function cellContent(value: string | number): { type: string | null; xml: string } {
  if (typeof value === "number") return { type: null, xml: `<v>${value}</v>` };
  return { type: "inlineStr", xml: `<is><t xml:space="preserve">${escapeXml(value)}</t></is>` };
}

/** The `s` attribute of each style index, made once: a sheet of Plankoll's may hold a million cells. */
const styleAttributes: string[] = [];
const styleAttribute = (style: number | null) => (style === null ? "" : (styleAttributes[style] ??= ` s="${style}"`));

/**
 * A new cell's XML as pieces pushed onto `out`, which its writer joins once for a row: no string
 * or record made per cell. The reference in two pieces (the column's letters, the row) or one.
 */
export function pushCell(
  out: (string | number)[],
  column: string,
  row: number | string,
  style: number | null,
  value?: string | number,
): void {
  out.push('<c r="', column, row, '"', styleAttribute(style));
  // As cellContent writes them: a number as its value, a text inline.
  if (value === undefined) out.push("/>");
  else if (typeof value === "number") out.push("><v>", value, "</v></c>");
  else out.push(' t="inlineStr"><is><t xml:space="preserve">', escapeXml(value), "</t></is></c>");
}

export function newCell(ref: string, style: number | null, value?: string | number): string {
  const out: (string | number)[] = [];
  pushCell(out, ref, "", style, value);
  return out.join("");
}

export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** The index of the next start tag `<name` (followed by a space, `>` or `/`) in xml[from, to), or -1. */
export function nextTag(xml: string, name: string, from: number, to: number): number {
  const open = `<${name}`;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return at;
    at = xml.indexOf(open, at + open.length);
  }
  return -1;
}

/**
 * The column of the cell whose tag starts at `at`, from its `r` attribute's letters; 0 when the
 * cell has no reference (it then follows the one before).
 */
export function cellColumn(xml: string, at: number): number {
  const end = xml.indexOf(">", at);
  let r = xml.indexOf(' r="', at);
  if (r < 0 || r > end) {
    // Written with other white space before it: read as an attribute.
    const ref = attr(xml.slice(at, end + 1), "r");
    return ref ? parseA1(ref).column : 0;
  }
  r += 4;
  let column = 0;
  for (let code = xml.charCodeAt(r); code >= 65 && code <= 90; code = xml.charCodeAt(++r))
    column = column * 26 + code - 64;
  return column;
}

/** What a worksheet gets around its rows besides the patches (the notes' drawing, a namespace). */
export type Frame = { head: (head: string) => string; tail: (tail: string) => string };

/**
 * Whether a cell holds a value as the grid reader reads it (core/empty.ts): a `<v>` with text —
 * for a shared string, the string itself, so an empty shared string is empty as the reader saw it
 * — or an inline string with text.
 */
export function holdsValue(tag: string, body: string, sharedText: (index: number) => string): boolean {
  const v = /<v>([^<]*)<\/v>/.exec(body);
  if (v) return attr(tag, "t") === "s" ? sharedText(Number(v[1])) !== "" : v[1] !== "";
  return /<is\b/.test(body) && /<t\b[^>]*>[^<]/.test(body);
}

/**
 * Applies cell patches (sorted by row, then column, one per cell) to a worksheet's XML — rows and
 * cells kept in order, new ones made where needed, everything between copied as it stands — and
 * tells `before` what each patched cell was. One pass of indexOf over the sheet as its text comes
 * (a TextWindow), no regular expression over its whole length; the new text goes to `sink` as it
 * is made.
 */
/** What patching a sheet's cells needs, the same for every row. */
interface Patching {
  sheetName: string;
  sharedText: (index: number) => string;
  patches: readonly CellPatch[];
  style: (base: number, look: CellPatch["look"]) => number;
  before: (patch: CellPatch, was: CellBefore) => void;
  /** The style a cell Plankoll makes takes: its row's (when the row has one of its own), else its column's. */
  styleAt: (rowStyle: number | null, col: number) => number | null;
}

/** Where the sheet's data opens; a sheet without a plain <sheetData> is refused. */
function openSheetData(source: TextWindow) {
  const named = source.indexOf("sheetData", 0);
  if (named < 0) throw new PackageRefusal("worksheet without sheetData");
  if (/<\w+:sheetData\b/.test(source.slice(0, named + 10)))
    throw new PackageRefusal("worksheet with prefixed elements", "prefixed");
  const openAt = source.indexOf("<sheetData", 0);
  const openEnd = openAt < 0 ? -1 : source.indexOf(">", openAt);
  if (openEnd < 0) throw new PackageRefusal("worksheet without sheetData");
  const opened = source.slice(openAt, openEnd + 1);
  if (!/^<sheetData\b[^>]*?\/?>$/.test(opened)) throw new PackageRefusal("worksheet without sheetData");
  return { openAt, dataStart: openEnd + 1, closed: opened.endsWith("/>") };
}

/**
 * A cell Plankoll makes takes the style a cell there already shows: its row's (when the row
 * has one of its own), else its column's (a column formatted as percent stays percent).
 */
function columnStyles(head: string): Patching["styleAt"] {
  const styles: { min: number; max: number; style: number }[] = [];
  for (const m of head.matchAll(/<col\b[^>]*>/g)) {
    const style = attr(m[0], "style");
    if (style !== null && style !== "0")
      styles.push({ min: Number(attr(m[0], "min")), max: Number(attr(m[0], "max")), style: Number(style) });
  }
  return (rowStyle, col) => {
    if (rowStyle !== null) return rowStyle;
    for (const c of styles) if (col >= c.min && col <= c.max) return c.style;
    return null;
  };
}

/** One existing cell with its patch applied: its style, and its value where it was empty. */
function patchedCell(
  p: Patching,
  patch: CellPatch,
  cell: { tag: string; body: string; known: number; row: number; col: number },
): string {
  let tag = cell.tag;
  const { body, row, col } = cell;
  const s0 = attr(tag, "s");
  const was: CellBefore = { s: s0 === null ? null : Number(s0), created: false, wrote: false };
  if (cell.known === 0) tag = setAttributes(tag, { r: a1(row, col) });
  if (patch.look) tag = setAttributes(tag, { s: String(p.style(s0 === null ? 0 : Number(s0), patch.look)) });
  let content = body;
  // A value planned for a cell that holds one since the sheet was read: nothing is written,
  // as the Excel adapter refuses it. A formula there is the user's: left alone, no value.
  if (patch.value !== undefined && !/<f\b/.test(body) && holdsValue(tag, body, p.sharedText))
    throw new PlankollError("sheetChanged", { sheet: p.sheetName, cell: a1(row, col) });
  if (patch.value !== undefined && !/<f\b/.test(body)) {
    const c = cellContent(patch.value);
    tag = c.type ? setAttributes(tag, { t: c.type }) : removeAttribute(tag, "t");
    content = c.xml;
    was.wrote = true;
  }
  p.before(patch, was);
  if (tag.endsWith("/>") && !content) return tag;
  return `${tag.endsWith("/>") ? tag.slice(0, -2) + ">" : tag}${content}</c>`;
}

/** The cells of one row with patches[from, to) applied. */
function patchCells(p: Patching, row: number, cellsXml: string, from: number, to: number, rowStyle: number | null) {
  const { patches } = p;
  let k = from;
  let col = 0;
  let result = "";
  let at = 0;
  const emit = (upTo: number) => {
    while (k < to && patches[k].col < upTo) {
      const patch = patches[k++];
      const base = p.styleAt(rowStyle, patch.col);
      const s = patch.look ? p.style(base ?? 0, patch.look) : base;
      p.before(patch, { s: null, created: true, wrote: patch.value !== undefined });
      result += newCell(a1(row, patch.col), s, patch.value);
    }
  };
  // Most often every patch lies right of the row's last cell (an added column): the row as it stands, then new cells.
  const last = cellsXml.lastIndexOf("<c ");
  const lastCol = last < 0 || nextTag(cellsXml, "c", last + 2, cellsXml.length) >= 0 ? 0 : cellColumn(cellsXml, last);
  if (lastCol > 0 && lastCol < patches[from].col) {
    result = cellsXml;
    emit(Infinity);
    return result;
  }
  let i = nextTag(cellsXml, "c", 0, cellsXml.length);
  while (i >= 0) {
    const tagEnd = cellsXml.indexOf(">", i);
    const selfClosing = cellsXml.charCodeAt(tagEnd - 1) === 47;
    const bodyEnd = selfClosing ? tagEnd + 1 : cellsXml.indexOf("</c>", tagEnd);
    const cellEnd = selfClosing ? tagEnd + 1 : bodyEnd + 4;
    const known = cellColumn(cellsXml, i);
    col = known > 0 ? known : col + 1;
    if (k >= to || patches[k].col > col) {
      // Not patched: copied with the cells around it.
      i = nextTag(cellsXml, "c", cellEnd, cellsXml.length);
      continue;
    }
    result += cellsXml.slice(at, i);
    at = cellEnd;
    emit(col);
    const patch = k < to && patches[k].col === col ? patches[k++] : undefined;
    if (!patch) result += cellsXml.slice(i, cellEnd);
    else {
      const tag = cellsXml.slice(i, tagEnd + 1);
      const body = selfClosing ? "" : cellsXml.slice(tagEnd + 1, bodyEnd);
      result += patchedCell(p, patch, { tag, body, known, row, col });
    }
    i = nextTag(cellsXml, "c", cellEnd, cellsXml.length);
  }
  result += cellsXml.slice(at);
  emit(Infinity);
  return result;
}

export function patchSheet(
  sheetName: string,
  sharedText: (index: number) => string,
  source: TextWindow,
  patches: readonly CellPatch[],
  style: (base: number, look: CellPatch["look"]) => number,
  before: (patch: CellPatch, was: CellBefore) => void,
  frame: Frame,
  sink: { push(text: string): void },
): void {
  const { openAt, dataStart, closed } = openSheetData(source);
  const before0 = source.slice(0, openAt);
  // The frame sees the head as it stands (its dimension is what Rensa gives back), then it is widened.
  sink.push(widenDimension(frame.head(closed ? `${before0}<sheetData>` : source.slice(0, dataStart)), patches));
  const patching: Patching = { sheetName, sharedText, patches, style, before, styleAt: columnStyles(before0) };
  /** Where the patches of the row patches[from] is in end. */
  const rowEnd = (from: number) => {
    let end = from;
    while (end < patches.length && patches[end].row === patches[from].row) end++;
    return end;
  };
  const newRows = (below: number) => {
    while (p < patches.length && patches[p].row < below) {
      const end = rowEnd(p);
      const row = patches[p].row;
      sink.push(`<row r="${row}">${patchCells(patching, row, "", p, end, null)}</row>`);
      p = end;
    }
  };

  let p = 0;
  let copyFrom = dataStart;
  let at = dataStart;
  let rowNumber = 0;
  // The rows are read as they come: what is copied goes out, and its text is let go.
  while (!closed) {
    if (at - copyFrom > 1 << 18) {
      sink.push(source.slice(copyFrom, at));
      copyFrom = at;
    }
    source.release(copyFrom);
    const start = nextRowTag(source, at);
    if (start < 0) break;
    const tagEnd = source.indexOf(">", start);
    const tag = source.slice(start, tagEnd + 1);
    const r = attr(tag, "r");
    rowNumber = r ? Number(r) : rowNumber + 1;
    const empty = tag.endsWith("/>");
    const end = empty ? tagEnd + 1 : source.indexOf("</row>", tagEnd) + 6;
    if (end < 6) throw new PackageRefusal("worksheet row without end");
    if (p < patches.length && patches[p].row <= rowNumber) {
      sink.push(source.slice(copyFrom, start));
      copyFrom = start;
      newRows(rowNumber);
    }
    if (p < patches.length && patches[p].row === rowNumber) {
      // Spans stay as written (a hint Excel and LibreOffice read past), so that Rensa gives the row back unchanged.
      let openTag = empty ? tag.slice(0, -2) + ">" : tag;
      if (!r) openTag = setAttributes(openTag, { r: String(rowNumber) });
      const to = rowEnd(p);
      const custom = attr(tag, "customFormat");
      const rowS = attr(tag, "s");
      const rowStyle = (custom === "1" || custom === "true") && rowS !== null ? Number(rowS) : null;
      const cells = patchCells(patching, rowNumber, empty ? "" : source.slice(tagEnd + 1, end - 6), p, to, rowStyle);
      sink.push(`${openTag}${cells}</row>`);
      p = to;
      copyFrom = end;
    }
    at = end;
  }
  const dataEnd = closed ? dataStart : source.indexOf("</sheetData>", at);
  if (dataEnd < 0) throw new PackageRefusal("worksheet without the end of sheetData");
  sink.push(source.slice(copyFrom, dataEnd));
  newRows(Infinity);
  sink.push(frame.tail(closed ? `</sheetData>${source.rest(dataStart)}` : source.rest(dataEnd)));
}

/**
 * Where the next row starts at or after `from`, or -1 when sheetData ends first. Rows follow each
 * other with at most white space between; anything else is searched past as a whole.
 */
export function nextRowTag(source: TextWindow, from: number): number {
  let at = from;
  for (let code = source.charCodeAt(at); code === 32 || code === 9 || code === 10 || code === 13;)
    code = source.charCodeAt(++at);
  if (source.startsWith("</sheetData", at)) return -1;
  const isRow = (i: number) => {
    const code = source.charCodeAt(i + 4);
    return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
  };
  if (source.startsWith("<row", at) && isRow(at)) return at;
  // Something other than a row (a comment, say): the nearer of the next row and the end.
  const end = source.indexOf("</sheetData", at);
  let i = source.indexOf("<row", at);
  while (i >= 0 && !isRow(i)) i = source.indexOf("<row", i + 4);
  return i >= 0 && (end < 0 || i < end) ? i : -1;
}

export function widenDimension(xml: string, patches: readonly CellPatch[]): string {
  const m = /<dimension\b[^>]*ref="([^"]*)"[^>]*\/>/.exec(xml);
  if (!m) return xml;
  const [from, to] = m[1].split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  let r1 = b.row;
  let c1 = b.column;
  for (let i = 0; i < patches.length; i++) {
    r1 = Math.max(r1, patches[i].row);
    c1 = Math.max(c1, patches[i].col);
  }
  const ref = `${a1(a.row, a.column)}:${a1(r1, c1)}`;
  return xml.slice(0, m.index) + m[0].replace(m[1], ref) + xml.slice(m.index + m[0].length);
}

/** Where <legacyDrawing> goes among a worksheet's elements: before the first of these. */
export const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function insertWorksheetElement(xml: string, element: string, after: readonly string[]): string {
  for (const name of after) {
    const at = xml.search(new RegExp(`<${name}\\b`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return insertBeforeClose(xml, "worksheet", element);
}

/** The relationships prefix r declared on the root element (openpyxl declares it on each element that uses it). */
export function ensureRelNamespace(xml: string, root = "worksheet"): string {
  const open = new RegExp(`<${root}\\b[^>]*>`).exec(xml);
  if (!open || /\sxmlns:r="/.test(open[0])) return xml;
  return (
    xml.slice(0, open.index) +
    open[0].replace(`<${root}`, `<${root} xmlns:r="${REL_NS}"`) +
    xml.slice(open.index + open[0].length)
  );
}
