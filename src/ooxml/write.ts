/**
 * The highlighted copy of a workbook package, changed only where Plankoll writes: the style of each
 * marked cell (new cell formats appended to the styles part), values in empty cells and added
 * columns, notes (a comments part and the VML drawing Excel shows them with) on sheets that had
 * none, Plankoll's sheets and its very hidden backup sheet. Every other part is copied byte for
 * byte: charts, drawings, pivot tables, tables, slicers, macros, external links, custom XML, the
 * user's own notes. Rensa for files (`clearPackage`) takes all of it out again.
 */
// The core's modules by name, not its index: the command line then never loads the settings' zod.
import { BACKUP_SHEET, printSetup, type SheetSpec, type WritePlan } from "../core/plan";
import { cellsOfRange, encodeBackup, type Backup, type CellBackup } from "../core/backup";
import { a1, parseA1 } from "../core/sheet/address";
import { fitSheet } from "../core/sheet/fit";
import { isoToSerial } from "../core/parse/dates";
import { DeflatingSink, ZipWriter, crc32, type Deflate } from "./zip";
import { resolvePath, sharedStrings, type XlsxPackage, type WorkbookRead } from "./read";
import type { WriteSummary } from "../core/port";
import { PlankollError } from "../core/progress";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WORKSHEET = `${REL_NS}/worksheet`;
const REL_COMMENTS = `${REL_NS}/comments`;
const REL_VML = `${REL_NS}/vmlDrawing`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** Every relationship, part and sheet id Plankoll adds carries this, so Rensa finds exactly its own. */
const MARK = "plankoll";

/** Why a package cannot get a highlighted copy written safely; `kind` picks the words the user reads. */
export class PackageRefusal extends Error {
  constructor(
    message: string,
    readonly kind: "structure" | "prefixed" | "otherAdapter" | "excel" = "structure",
    /** The part refused, where one part is the reason. */
    readonly part?: string,
  ) {
    super(message);
  }
}

/** A part's text with its byte-order mark kept (as U+FEFF): a part that had one is written with it. */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** Characters XML 1.0 cannot hold: controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- exactly the control characters XML cannot hold
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const NOT_XML_ALL = new RegExp(NOT_XML.source, "g");
const MARKUP = /[&<>"]/g;
const HAS_MARKUP = /[&<>"]/;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(text: string): string {
  // Most texts need nothing: they are given back as they are.
  const clean = NOT_XML.test(text) ? text.replace(NOT_XML_ALL, "") : text;
  return HAS_MARKUP.test(clean) ? clean.replace(MARKUP, (ch) => ENTITIES[ch]) : clean;
}

/** A part already deflated: what the archive will hold. */
interface Sealed {
  crc: number;
  compressed: Uint8Array;
  size: number;
}

/**
 * The package's parts as text where Plankoll changes them; everything else stays as stored. With
 * a deflate at hand, a part set as bytes (a large sheet) is deflated at once and only its
 * compressed bytes are kept: the copy of a 100 000-row workbook never holds all its new parts
 * uncompressed at the same time.
 */
export class PackageEdit {
  readonly changed = new Map<string, string>();
  /** Parts written as bytes in slices (a large sheet is never one string). */
  private readonly slices = new Map<string, Uint8Array[]>();
  private readonly sealed = new Map<string, Sealed>();
  readonly removed = new Set<string>();
  constructor(
    readonly pkg: XlsxPackage,
    private readonly deflate?: Deflate,
  ) {}

  text(path: string): string | null {
    if (this.removed.has(path)) return null;
    const changed = this.changed.get(path);
    if (changed !== undefined) return changed;
    if (this.sealed.has(path)) throw new Error(`${path} is already deflated`);
    const slices = this.slices.get(path);
    if (slices) return decoder.decode(concat(slices));
    const bytes = this.pkg.part(path);
    return bytes ? decoder.decode(bytes) : null;
  }
  set(path: string, text: string): void {
    this.forget(path);
    this.changed.set(path, text);
  }
  /** The part's text to be read piece by piece (a stored part is inflated as it is read). */
  window(path: string): TextWindow | null {
    if (this.removed.has(path)) return null;
    if (this.changed.has(path) || this.slices.has(path)) {
      const text = this.text(path);
      return text === null ? null : TextWindow.of(text);
    }
    if (this.sealed.has(path)) throw new Error(`${path} is already deflated`);
    const pieces = this.pkg.zip.pieces(path.replace(/^\//, ""), true);
    return pieces ? new TextWindow(pieces) : null;
  }
  /** A sink whose text becomes the part, deflated as it is written; `done` puts it in the package. */
  deflating(path: string): { push(text: string): void; done(): void } {
    const sink = new DeflatingSink(this.deflate);
    return {
      push: (text) => sink.push(text),
      done: () => {
        this.forget(path);
        this.sealed.set(path, sink.finish());
      },
    };
  }
  setBytes(path: string, slices: Uint8Array[]): void {
    this.forget(path);
    if (!this.deflate) {
      this.slices.set(path, slices);
      return;
    }
    const data = concat(slices);
    slices.length = 0;
    this.sealed.set(path, {
      crc: (this.deflate.crc32 ?? crc32)(data),
      compressed: this.deflate(data),
      size: data.length,
    });
  }
  remove(path: string): void {
    this.forget(path);
    this.removed.add(path);
  }
  private forget(path: string): void {
    this.removed.delete(path);
    this.changed.delete(path);
    this.slices.delete(path);
    this.sealed.delete(path);
  }
  exists(path: string): boolean {
    return (
      this.changed.has(path) ||
      this.slices.has(path) ||
      this.sealed.has(path) ||
      (!this.removed.has(path) && this.pkg.entries().includes(path))
    );
  }

  /** Whether a part's new text is its old one (kept then as stored, byte for byte); sizes decide most. */
  private unchanged(name: string, text: string): boolean {
    const size = this.pkg.zip.entry(name)?.size ?? -1;
    if (size < text.length || size > text.length * 3) return false;
    return text === decoder.decode(this.pkg.part(name) ?? new Uint8Array());
  }

  write(deflate: Deflate): Uint8Array {
    const zip = new ZipWriter(deflate);
    const names = this.pkg.entries();
    const put = (name: string): boolean => {
      const sealed = this.sealed.get(name);
      if (sealed) {
        zip.putDeflated(name, sealed.crc, sealed.compressed, sealed.size);
        return true;
      }
      const slices = this.slices.get(name);
      if (!slices) return false;
      zip.put(name, concat(slices));
      // The uncompressed slices are not needed again: freed before the next part is deflated.
      this.slices.delete(name);
      return true;
    };
    for (const name of names) {
      if (this.removed.has(name) || put(name)) continue;
      const changed = this.changed.get(name);
      if (changed === undefined || this.unchanged(name, changed)) zip.copy(this.pkg.zip, name);
      else zip.put(name, encoder.encode(changed));
    }
    for (const [name, text] of this.changed) if (!names.includes(name)) zip.put(name, encoder.encode(text));
    for (const name of [...this.sealed.keys(), ...this.slices.keys()]) if (!names.includes(name)) put(name);
    return zip.finish();
  }
}

/** Whether a part's root element has a namespace prefix (`<x:worksheet xmlns:x=…>`). */
function isPrefixed(xml: string | null): boolean {
  if (xml === null) return false;
  return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<[\w.-]+:[\w.-]+[\s>/]/.test(xml.slice(0, 4096));
}

function concat(slices: readonly Uint8Array[]): Uint8Array {
  if (slices.length === 1) return slices[0];
  const out = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const slice of slices) {
    out.set(slice, at);
    at += slice.length;
  }
  return out;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

/** The relative target from one part to another ("../comments1.xml"). */
function relativeTarget(from: string, to: string): string {
  const a = dirOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

function addRelationship(edit: PackageEdit, part: string, id: string, type: string, target: string): void {
  const path = relsPathOf(part);
  let xml = edit.text(path);
  if (xml === null) {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    // A package that types its relationships part by part (no Default for .rels) gets this one typed too.
    const types = edit.text("[Content_Types].xml") ?? "";
    if (!/<Default\b[^>]*Extension\s*=\s*["']rels["']/i.test(types))
      addContentType(edit, `<Override PartName="/${path}" ContentType="${CT_RELS}"/>`);
  }
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  edit.set(path, insertBeforeClose(xml, "Relationships", rel));
}

function removeRelationships(edit: PackageEdit, part: string): void {
  const path = relsPathOf(part);
  const xml = edit.text(path);
  if (!xml) return;
  const kept = xml.replace(new RegExp(`<Relationship\\b[^>]*Id="${MARK}[^"]*"[^>]*/>`, "g"), "");
  // A relationships part Plankoll made (the sheet had none) goes with its last relationship, and its type.
  if (!/<Relationship\b/.test(kept) && edit.pkg.part(path) === null) removePart(edit, path, CT_RELS);
  else edit.set(path, kept);
}

/** A part Plankoll added taken out, with the content type it was given. */
function removePart(edit: PackageEdit, path: string, contentType: string): void {
  edit.remove(path);
  const types = edit.text("[Content_Types].xml");
  if (types !== null)
    edit.set("[Content_Types].xml", types.replace(`<Override PartName="/${path}" ContentType="${contentType}"/>`, ""));
}

function insertBeforeClose(xml: string, element: string, content: string): string {
  const close = new RegExp(`</(\\w+:)?${element}>`);
  const match = close.exec(xml);
  if (match) return xml.slice(0, match.index) + content + xml.slice(match.index);
  // Self-closing: <Relationships .../> becomes an element with content.
  const empty = new RegExp(`<((\\w+:)?${element})\\b([^>]*?)/>`);
  const m = empty.exec(xml);
  if (!m) throw new PackageRefusal(`${element} not found`);
  return xml.slice(0, m.index) + `<${m[1]}${m[3]}>${content}</${m[1]}>` + xml.slice(m.index + m[0].length);
}

function addContentType(edit: PackageEdit, entry: string): void {
  const xml = edit.text("[Content_Types].xml");
  if (!xml) throw new PackageRefusal("no [Content_Types].xml");
  edit.set("[Content_Types].xml", insertBeforeClose(xml, "Types", entry));
}

/** What Plankoll gives a cell format besides the cell's own: a fill, bold, wrapping, a number format … */
export interface CellLook {
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  center?: boolean;
  border?: boolean;
  top?: boolean;
  numFmt?: string;
}

/** Number formats every spreadsheet program knows by id (ECMA-376 §18.8.30), for the codes that mean the same everywhere. */
const BUILT_IN_IDS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** The styles part, with the cell formats Plankoll needs appended once each. */
export class Styles {
  private xml: string;
  private readonly xfs: string[];
  private readonly fonts: string[];
  private readonly added = new Map<string, number>();
  private readonly newFills: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newBorders: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly newNumFmts: string[] = [];
  private readonly fillList: string[];
  private readonly borderList: string[];

  constructor(
    private readonly edit: PackageEdit,
    private readonly path: string,
  ) {
    const xml = edit.text(path);
    if (!xml) throw new PackageRefusal("no styles part");
    this.xml = xml;
    this.xfs = children(xml, "cellXfs", "xf");
    this.fonts = children(xml, "fonts", "font");
    this.fillList = children(xml, "fills", "fill");
    this.borderList = children(xml, "borders", "border");
    if (this.xfs.length === 0 || this.fonts.length === 0) throw new PackageRefusal("styles without cell formats");
  }

  /** The index of a cell format: the cell's own format `base` with Plankoll's fill, bold, wrap … */
  format(base: number, look: CellLook): number {
    const key = `${base}|${look.fill ?? ""}|${look.bold ? 1 : 0}${look.wrap ? 1 : 0}${look.center ? 1 : 0}${look.border ? 1 : 0}${look.top ? 1 : 0}|${look.numFmt ?? ""}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[base] ?? this.xfs[0];
    if (look.numFmt) xf = setAttributes(xf, { numFmtId: String(this.numFmtId(look.numFmt)), applyNumberFormat: "1" });
    if (look.fill) xf = setAttributes(xf, { fillId: String(this.fillId(look.fill)), applyFill: "1" });
    if (look.bold) {
      const fontId = Number(attr(xf, "fontId") ?? 0);
      xf = setAttributes(xf, { fontId: String(this.boldFont(fontId)), applyFont: "1" });
    }
    if (look.border) xf = setAttributes(xf, { borderId: String(this.border()), applyBorder: "1" });
    if (look.wrap || look.center || look.top) {
      const alignment = `<alignment${look.wrap ? ' wrapText="1"' : ""}${look.center ? ' horizontal="center"' : ""} vertical="top"/>`;
      xf = xf.replace(/<alignment\b[^>]*\/>/, "");
      xf = xf.endsWith("/>") ? `${xf.slice(0, -2)}>${alignment}</xf>` : xf.replace(/>/, `>${alignment}`);
      xf = setAttributes(xf, { applyAlignment: "1" });
    }
    const index = indexIn(this.xfs, this.newXfs, xf);
    this.added.set(key, index);
    return index;
  }

  /** A number format's id: built in, already in the part, or appended once (ids from 164, as Excel numbers them). */
  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_IDS[code];
    if (builtIn !== undefined) return builtIn;
    const formats = children(this.xml, "numFmts", "numFmt");
    for (const f of [...formats, ...this.newNumFmts])
      if (attr(f, "formatCode") === escapeXml(code)) return Number(attr(f, "numFmtId"));
    const ids = [...formats, ...this.newNumFmts].map((f) => Number(attr(f, "numFmtId")));
    const id = Math.max(163, ...ids) + 1;
    this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fillId(color: string): number {
    const rgb = `FF${color.replace("#", "").toUpperCase()}`;
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    return indexIn(this.fillList, this.newFills, fill);
  }

  private boldFont(fontId: number): number {
    const font = this.fonts[fontId] ?? this.fonts[0];
    const bold = /<b\b/.test(font)
      ? font
      : font.endsWith("/>")
        ? `${font.slice(0, -2)}><b/></font>`
        : font.replace(/>/, "><b/>");
    return indexIn(this.fonts, this.newFonts, bold);
  }

  private border(): number {
    const thin = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
    const border = `<border>${["left", "right", "top", "bottom"].map(thin).join("")}<diagonal/></border>`;
    return indexIn(this.borderList, this.newBorders, border);
  }

  save(): void {
    if (this.newXfs.length === 0) return;
    let xml = this.xml;
    if (this.newNumFmts.length) {
      const before = children(xml, "numFmts", "numFmt").length;
      // numFmts is the styles part's first list: made there when the part has none.
      xml = /<numFmts\b/.test(xml)
        ? appendChildren(xml, "numFmts", this.newNumFmts, before)
        : xml.replace(
            /<styleSheet\b[^>]*>/,
            (open) => `${open}<numFmts count="${this.newNumFmts.length}">${this.newNumFmts.join("")}</numFmts>`,
          );
    }
    xml = appendChildren(xml, "fonts", this.newFonts, this.fonts.length);
    xml = appendChildren(xml, "fills", this.newFills, this.fillList.length);
    xml = appendChildren(xml, "borders", this.newBorders, this.borderList.length);
    xml = appendChildren(xml, "cellXfs", this.newXfs, this.xfs.length);
    this.edit.set(this.path, xml);
  }
}

/**
 * The index of a style element: where an equal one already stands (an earlier run's, or the
 * user's own), else appended once to the elements being added.
 */
function indexIn(existing: readonly string[], added: string[], element: string): number {
  const at = existing.indexOf(element);
  if (at >= 0) return at;
  let i = added.indexOf(element);
  if (i < 0) i = added.push(element) - 1;
  return existing.length + i;
}

function children(xml: string, container: string, element: string): string[] {
  const open = new RegExp(`<${container}\\b[^>]*?(/>|>)`).exec(xml);
  if (!open || open[1] === "/>") return [];
  const end = xml.indexOf(`</${container}>`, open.index);
  const inner = xml.slice(open.index + open[0].length, end);
  return inner.match(new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, "g")) ?? [];
}

function appendChildren(xml: string, container: string, added: string[], before: number): string {
  if (added.length === 0) return xml;
  const count = before + added.length;
  const open = new RegExp(`<${container}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) {
    // No such list yet (no borders at all): a new one before cellStyleXfs/cellXfs.
    const at = xml.search(/<(cellStyleXfs|cellXfs)\b/);
    return `${xml.slice(0, at)}<${container} count="${count}">${added.join("")}</${container}>${xml.slice(at)}`;
  }
  const attrs = open[1].replace(/\s+count="\d*"/, "") + ` count="${count}"`;
  if (open[2] === "/") {
    return `${xml.slice(0, open.index)}<${container}${attrs}>${added.join("")}</${container}>${xml.slice(open.index + open[0].length)}`;
  }
  const head = `<${container}${attrs}>`;
  const after = xml.slice(open.index + open[0].length);
  const end = after.indexOf(`</${container}>`);
  return xml.slice(0, open.index) + head + after.slice(0, end) + added.join("") + after.slice(end);
}

const attrPatterns = new Map<string, RegExp>();

/** An attribute as XML allows it: either quote, white space around "=" (`s="3"`, `s='3'`, `s = "3"`). */
function attrPattern(name: string): RegExp {
  let pattern = attrPatterns.get(name);
  if (!pattern) attrPatterns.set(name, (pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`)));
  return pattern;
}

function attr(tag: string, name: string): string | null {
  const m = attrPattern(name).exec(tag);
  return m ? (m[2] ?? m[3]) : null;
}

/** The attributes set in place (their order and quotes kept), an absent one added after the element's name. */
function setAttributes(tag: string, values: Record<string, string>): string {
  let out = tag;
  for (const [name, value] of Object.entries(values)) {
    const m = attrPattern(name).exec(out);
    if (m) {
      const quote = m[2] === undefined ? "'" : '"';
      out = out.slice(0, m.index) + `${m[1]}${quote}${value}${quote}` + out.slice(m.index + m[0].length);
    } else out = out.replace(/^<(\w+:)?\w+/, (tagName) => `${tagName} ${name}="${value}"`);
  }
  return out;
}

function removeAttribute(tag: string, name: string): string {
  const m = attrPattern(name).exec(tag);
  return m ? tag.slice(0, m.index) + tag.slice(m.index + m[0].length) : tag;
}

/** What Plankoll does to one cell of a user's sheet. */
export interface CellPatch {
  row: number;
  col: number;
  /** A finding's mark (the cell gets a note where the sheet takes Plankoll's notes). */
  marked?: boolean;
  look?: { fill?: string; bold?: boolean; numFmt?: string };
  value?: string | number;
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

function cellContent(value: string | number): { type: string | null; xml: string } {
  if (typeof value === "number") return { type: null, xml: `<v>${value}</v>` };
  return { type: "inlineStr", xml: `<is><t xml:space="preserve">${escapeXml(value)}</t></is>` };
}

export function newCell(ref: string, style: number | null, value?: string | number): string {
  const s = style !== null ? ` s="${style}"` : "";
  if (value === undefined) return `<c r="${ref}"${s}/>`;
  const content = cellContent(value);
  return `<c r="${ref}"${s}${content.type ? ` t="${content.type}"` : ""}>${content.xml}</c>`;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * Text gathered in slices and turned into UTF-8 every megabyte or so, into one buffer: a large
 * part (a sheet of 100 000 rows) is never held as one string, and its bytes are never copied
 * into another buffer to be deflated. `capacity` is a guess of the part's size in bytes; the
 * buffer grows by half when the guess is short.
 */
export class ByteSink {
  private pending: string[] = [];
  private size = 0;
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(1 << 10, capacity));
  }

  push(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  private flush(): void {
    if (this.size === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.size = 0;
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const need = this.length + text.length * 3;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.max(need, Math.floor(this.buffer.length * 1.5)));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }
  bytes(): Uint8Array[] {
    this.flush();
    return [this.buffer.subarray(0, this.length)];
  }
}

/** The index of the next start tag `<name` (followed by a space, `>` or `/`) in xml[from, to), or -1. */
function nextTag(xml: string, name: string, from: number, to: number): number {
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
function cellColumn(xml: string, at: number): number {
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
type Frame = { head: (head: string) => string; tail: (tail: string) => string };

/**
 * Whether a cell holds a value as the grid reader reads it (core/empty.ts): a `<v>` with text —
 * for a shared string, the string itself, so an empty shared string is empty as the reader saw it
 * — or an inline string with text.
 */
function holdsValue(tag: string, body: string, sharedText: (index: number) => string): boolean {
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
  const named = source.indexOf("sheetData", 0);
  if (named < 0) throw new PackageRefusal("worksheet without sheetData");
  if (/<\w+:sheetData\b/.test(source.slice(0, named + 10)))
    throw new PackageRefusal("worksheet with prefixed elements", "prefixed");
  const openAt = source.indexOf("<sheetData", 0);
  const openEnd = openAt < 0 ? -1 : source.indexOf(">", openAt);
  if (openEnd < 0) throw new PackageRefusal("worksheet without sheetData");
  const opened = source.slice(openAt, openEnd + 1);
  if (!/^<sheetData\b[^>]*?\/?>$/.test(opened)) throw new PackageRefusal("worksheet without sheetData");
  const closed = opened.endsWith("/>");
  const before0 = source.slice(0, openAt);
  const dataStart = openEnd + 1;
  // The frame sees the head as it stands (its dimension is what Rensa gives back), then it is widened.
  sink.push(widenDimension(frame.head(closed ? `${before0}<sheetData>` : source.slice(0, dataStart)), patches));

  // A cell Plankoll makes takes the style a cell there already shows: its row's (when the row
  // has one of its own), else its column's (a column formatted as percent stays percent).
  const columnStyles: { min: number; max: number; style: number }[] = [];
  for (const m of before0.matchAll(/<col\b[^>]*>/g)) {
    const style = attr(m[0], "style");
    if (style !== null && style !== "0")
      columnStyles.push({ min: Number(attr(m[0], "min")), max: Number(attr(m[0], "max")), style: Number(style) });
  }
  const styleAt = (rowStyle: number | null, col: number): number | null => {
    if (rowStyle !== null) return rowStyle;
    for (const c of columnStyles) if (col >= c.min && col <= c.max) return c.style;
    return null;
  };

  /** The cells of one row with patches[from, to) applied. */
  const patchCells = (
    row: number,
    cellsXml: string,
    from: number,
    to: number,
    rowStyle: number | null = null,
  ): string => {
    let k = from;
    let col = 0;
    let result = "";
    let at = 0;
    const emit = (upTo: number) => {
      while (k < to && patches[k].col < upTo) {
        const patch = patches[k++];
        const base = styleAt(rowStyle, patch.col);
        const s = patch.look ? style(base ?? 0, patch.look) : base;
        before(patch, { s: null, created: true, wrote: patch.value !== undefined });
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
      if (!patch) {
        result += cellsXml.slice(i, cellEnd);
      } else {
        let tag = cellsXml.slice(i, tagEnd + 1);
        const body = selfClosing ? "" : cellsXml.slice(tagEnd + 1, bodyEnd);
        const s0 = attr(tag, "s");
        const was: CellBefore = { s: s0 === null ? null : Number(s0), created: false, wrote: false };
        if (known === 0) tag = setAttributes(tag, { r: a1(row, col) });
        if (patch.look) tag = setAttributes(tag, { s: String(style(s0 === null ? 0 : Number(s0), patch.look)) });
        let content = body;
        // A value planned for a cell that holds one since the sheet was read: nothing is written,
        // as the Excel adapter refuses it. A formula there is the user's: left alone, no value.
        if (patch.value !== undefined && !/<f\b/.test(body) && holdsValue(tag, body, sharedText))
          throw new PlankollError("sheetChanged", { sheet: sheetName, cell: a1(row, col) });
        if (patch.value !== undefined && !/<f\b/.test(body)) {
          const c = cellContent(patch.value);
          tag = c.type ? setAttributes(tag, { t: c.type }) : removeAttribute(tag, "t");
          content = c.xml;
          was.wrote = true;
        }
        before(patch, was);
        if (tag.endsWith("/>") && !content) result += tag;
        else result += `${tag.endsWith("/>") ? tag.slice(0, -2) + ">" : tag}${content}</c>`;
      }
      i = nextTag(cellsXml, "c", cellEnd, cellsXml.length);
    }
    result += cellsXml.slice(at);
    emit(Infinity);
    return result;
  };
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
      sink.push(`<row r="${row}">${patchCells(row, "", p, end)}</row>`);
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
      const cells = patchCells(rowNumber, empty ? "" : source.slice(tagEnd + 1, end - 6), p, to, rowStyle);
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
function nextRowTag(source: TextWindow, from: number): number {
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

/**
 * A part's text read piece by piece (see ZipArchive.pieces), addressed by positions in the whole
 * text. Only the text from the last `release` on is held: a 100 000-row sheet is patched without
 * its text, or its new bytes, ever being whole in memory.
 */
export class TextWindow {
  private text = "";
  private base = 0;
  private ended = false;
  /** `step`: how much text at least is let go at once (each time, what is kept is copied). */
  constructor(
    private readonly pull: () => string | null,
    private readonly step = 1 << 18,
  ) {}

  static of(text: string): TextWindow {
    let given = false;
    return new TextWindow(() => (given ? null : ((given = true), text)));
  }

  private more(): boolean {
    if (this.ended) return false;
    const piece = this.pull();
    if (piece === null) {
      this.ended = true;
      return false;
    }
    this.text += piece;
    return true;
  }
  /** Holds the text up to `to` (or to the end), unless the part ends first. */
  private reach(to: number): void {
    while (to - this.base > this.text.length && this.more());
  }
  /** Lets go of the text before `from`: nothing before it is asked for again. */
  release(from: number): void {
    const cut = from - this.base;
    if (cut < this.step) return;
    this.text = this.text.slice(cut);
    this.base = from;
  }
  indexOf(needle: string, from: number): number {
    let searched = from - this.base;
    for (;;) {
      const i = this.text.indexOf(needle, searched);
      if (i >= 0) return i + this.base;
      // Only the new text is searched again, with the needle's length before it.
      searched = Math.max(from - this.base, this.text.length - needle.length + 1);
      if (!this.more()) return -1;
    }
  }
  charCodeAt(at: number): number {
    this.reach(at + 1);
    return this.text.charCodeAt(at - this.base);
  }
  startsWith(text: string, at: number): boolean {
    this.reach(at + text.length);
    return this.text.startsWith(text, at - this.base);
  }
  slice(from: number, to: number): string {
    this.reach(to);
    return this.text.slice(from - this.base, to - this.base);
  }
  /** The text from `from` to the end of the part. */
  rest(from: number): string {
    this.reach(Infinity);
    return this.text.slice(from - this.base);
  }
}

function widenDimension(xml: string, patches: readonly CellPatch[]): string {
  const m = /<dimension\b[^>]*ref="([^"]*)"[^>]*\/>/.exec(xml);
  if (!m) return xml;
  const [from, to] = m[1].split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  let r1 = b.row;
  let c1 = b.column;
  for (const patch of patches) {
    r1 = Math.max(r1, patch.row);
    c1 = Math.max(c1, patch.col);
  }
  const ref = `${a1(a.row, a.column)}:${a1(r1, c1)}`;
  return xml.slice(0, m.index) + m[0].replace(m[1], ref) + xml.slice(m.index + m[0].length);
}

/**
 * The backup's cell records as they are made, in order of rows: a run of vertically adjacent cells
 * with the same earlier state becomes one block range, as compressCells makes them, without a
 * record per cell in between.
 */
class BackupRuns {
  private readonly open = new Map<
    number,
    { first: number; last: number; was: CellBefore; note: boolean; entry: CellBackup }
  >();
  private readonly done: { col: number; first: number; entry: CellBackup }[] = [];

  constructor(private readonly sheet: string) {}

  add(row: number, col: number, was: CellBefore, addedNote: boolean): void {
    const run = this.open.get(col);
    if (
      run &&
      run.last === row - 1 &&
      run.was.s === was.s &&
      run.was.created === was.created &&
      run.was.wrote === was.wrote &&
      run.note === addedNote
    ) {
      run.last = row;
      return;
    }
    if (run) this.close(col, run);
    this.open.set(col, {
      first: row,
      last: row,
      was,
      note: addedNote,
      // What was written is not kept: equal neighbours then share one record, as in the other adapters.
      entry: {
        sheet: this.sheet,
        range: "",
        format: { s: was.s, created: was.created },
        addedNote,
        clearValue: was.wrote,
      },
    });
  }

  private close(col: number, run: { first: number; last: number; entry: CellBackup }): void {
    const first = a1(run.first, col);
    run.entry.range = run.first === run.last ? first : `${first}:${a1(run.last, col)}`;
    this.done.push({ col, first: run.first, entry: run.entry });
  }

  /** The records by column, then row. */
  finish(): CellBackup[] {
    for (const [col, run] of this.open) this.close(col, run);
    this.open.clear();
    return this.done.sort((a, b) => a.col - b.col || a.first - b.first).map((d) => d.entry);
  }
}

/** Where <legacyDrawing> goes among a worksheet's elements: before the first of these. */
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertWorksheetElement(xml: string, element: string, after: readonly string[]): string {
  for (const name of after) {
    const at = xml.search(new RegExp(`<${name}\\b`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return insertBeforeClose(xml, "worksheet", element);
}

/** The relationships prefix r declared on the root element (openpyxl declares it on each element that uses it). */
function ensureRelNamespace(xml: string, root = "worksheet"): string {
  const open = new RegExp(`<${root}\\b[^>]*>`).exec(xml);
  if (!open || /\sxmlns:r="/.test(open[0])) return xml;
  return (
    xml.slice(0, open.index) +
    open[0].replace(`<${root}`, `<${root} xmlns:r="${REL_NS}"`) +
    xml.slice(open.index + open[0].length)
  );
}

/**
 * Notes as a comments part and the VML drawing Excel shows them with, each as bytes in slices
 * (a register with tens of thousands of notes gives parts of tens of megabytes).
 */
function notesParts(notes: { cell: string; text: string }[]): { comments: Uint8Array[]; vml: Uint8Array[] } {
  // Sized for what a note takes: its text and cell, and about 600 bytes of drawing.
  const comments = new ByteSink(notes.reduce((n, note) => n + note.text.length * 2 + 90, 200));
  comments.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>Plankoll</author></authors><commentList>`,
  );
  for (const n of notes)
    comments.push(
      `<comment ref="${n.cell}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(n.text)}</t></r></text></comment>`,
    );
  comments.push("</commentList></comments>");
  const vml = new ByteSink(notes.length * 640 + 600);
  vml.push(
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`,
  );
  notes.forEach((n, i) => {
    const { row, column } = parseA1(n.cell);
    vml.push(
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column}, 15, ${row - 1}, 2, ${column + 3}, 15, ${row + 3}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`,
    );
  });
  vml.push("</xml>");
  return { comments: comments.bytes(), vml: vml.bytes() };
}

/** A worksheet of Plankoll's own from its spec. */
export function sheetXml(given: SheetSpec, styles: Styles): Uint8Array[] {
  const spec = fitSheet(given);
  const sorted = [...spec.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowTag = (row: number) => {
    const height = spec.rowHeights?.[row];
    return height ? `<row r="${row}" ht="${height}" customHeight="1">` : `<row r="${row}">`;
  };
  const links: string[] = [];
  const sink = new ByteSink(spec.cells.length * 64 + 1024);
  const cols = spec.columnWidths.length
    ? `<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  sink.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${cols}<sheetData>`,
  );
  let row = 0;
  let cells = "";
  for (const cell of sorted) {
    if (cell.row !== row) {
      if (row) sink.push(`${rowTag(row)}${cells}</row>`);
      row = cell.row;
      cells = "";
    }
    const styled = cell.fill || cell.bold || cell.wrap || cell.center || cell.border || cell.top || cell.numberFormat;
    const look = styled
      ? {
          fill: cell.fill,
          bold: cell.bold,
          wrap: cell.wrap,
          center: cell.center,
          border: cell.border,
          top: cell.top,
          numFmt: cell.numberFormat,
        }
      : null;
    const ref = a1(cell.row, cell.col);
    cells += newCell(ref, look ? styles.format(0, look) : null, cell.value);
    if (cell.link) {
      const location = `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`;
      links.push(
        `<hyperlink ref="${ref}" location="${escapeXml(location)}" display="${escapeXml(String(cell.value))}"/>`,
      );
    }
  }
  if (row) sink.push(`${rowTag(row)}${cells}</row>`);
  const merges = spec.merges?.length
    ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  // Printed on A4, one page wide (fitToHeight 0: as many pages down as it needs), narrow margins.
  const page =
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${printSetup(spec).landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`;
  const breaks = spec.pageBreaks?.length
    ? `<rowBreaks count="${spec.pageBreaks.length}" manualBreakCount="${spec.pageBreaks.length}">${spec.pageBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    : "";
  sink.push(
    `</sheetData>${merges}${links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : ""}${page}${breaks}</worksheet>`,
  );
  return sink.bytes();
}

/** The package-level record Rensa needs besides the cells: what it added to shared parts. */
interface PackageRecord {
  /** Sheets whose notes Plankoll put in parts of its own: sheet name → those parts. */
  notes: Record<string, { comments: string; vml: string; rels?: string }>;
  /** Whether Plankoll added the vml Default content type. */
  vmlDefault: boolean;
  /** Worksheet parts Plankoll added, by sheet name. */
  sheetParts: Record<string, string>;
  /** The <dimension> each patched sheet had, to give back. */
  dimensions?: Record<string, string>;
  /** Parts whose root got the r prefix declared by Plankoll. */
  namespaces?: string[];
  /** The workbook's definedNames as it stood when Plankoll put its print titles in an empty one ("" where there was none). */
  definedNames?: string;
  /** The print titles' defined names Plankoll added, as written. */
  printTitles?: string[];
}

type OoxmlBackup = Backup & { package?: PackageRecord };

/** A sheet plan's marks and writes as one patch per cell, sorted by row and column. */
function cellPatches(sheetPlan: WritePlan["sheets"][number], date1904: boolean): CellPatch[] {
  const list: CellPatch[] = [];
  for (const mark of sheetPlan.marks) {
    const { row, column } = parseA1(mark.cell);
    list.push({ row, col: column, look: { fill: mark.fill }, marked: true });
  }
  for (const write of sheetPlan.writes) {
    const { row, column } = parseA1(write.cell);
    const serial = dateSerial(write.value, date1904);
    const patch: CellPatch = { row, col: column, value: serial ?? write.value };
    if (write.fill || write.bold || serial !== null)
      patch.look = { fill: write.fill, bold: write.bold, numFmt: serial !== null ? DATE_FORMAT : undefined };
    list.push(patch);
  }
  list.sort((a, b) => a.row - b.row || a.col - b.col);
  // A cell both marked and written gets one patch: the value, the write's look over the mark's fill.
  const out: CellPatch[] = [];
  for (const patch of list) {
    const last = out[out.length - 1];
    if (!last || last.row !== patch.row || last.col !== patch.col) {
      out.push(patch);
      continue;
    }
    if (patch.value !== undefined) last.value = patch.value;
    if (patch.marked) last.marked = true;
    if (patch.look)
      last.look = {
        fill: patch.look.fill ?? last.look?.fill,
        bold: patch.look.bold ?? last.look?.bold,
        numFmt: patch.look.numFmt ?? last.look?.numFmt,
      };
  }
  return out;
}

/**
 * The highlighted copy: the package with the plan applied (after taking out an earlier run's
 * output, so it never stacks). Throws PackageRefusal when the package is laid out in a way the
 * writer does not handle safely; nothing is written then.
 */
export function writeHighlighted(
  pkg: XlsxPackage,
  read: WorkbookRead,
  plan: WritePlan,
  deflate: Deflate,
): { bytes: Uint8Array; summary: WriteSummary } {
  const edit = new PackageEdit(pkg, deflate);
  const { workbook, styles: stylesPart } = read.layout;
  // Parts written with a namespace prefix (<x:workbook>) are not yet written into: refused by name.
  for (const part of ["[Content_Types].xml", workbook, relsPathOf(workbook), stylesPart ?? ""])
    if (part && isPrefixed(edit.text(part))) throw new PackageRefusal("prefixed part", "prefixed", part);
  // Plankoll's sheets of an earlier run are found before that run is taken out.
  const ours = new Set(ourSheetParts(edit, workbook));
  if (read.backup) clearInto(edit, read, workbook);
  const sheets = read.sheets.filter((s) => edit.exists(s.path) && !ours.has(s.path));
  if (!stylesPart) throw new PackageRefusal("no styles part");
  const styles = new Styles(edit, stylesPart);
  const record: PackageRecord = { notes: {}, vmlDefault: false, sheetParts: {} };
  const backups: CellBackup[] = [];
  const summary: WriteSummary = { fills: 0, values: 0, notes: 0, notesLeftOut: [], sheets: [], syncs: 0 };
  // Read only if a value is planned for a shared-string cell (rare: the grid saw it empty).
  let strings: string[] | null = null;
  const sharedText = (index: number) => (strings ??= sharedStrings(pkg, read.layout.sharedStrings))[index] ?? "";

  for (const sheetPlan of plan.sheets) {
    const sheet = sheets.find((s) => s.name === sheetPlan.sheet);
    if (!sheet || (sheetPlan.marks.length === 0 && sheetPlan.writes.length === 0)) continue;
    const patches = cellPatches(sheetPlan, read.layout.date1904);
    const source = edit.window(sheet.path)!;
    // A sheet with notes of its own keeps them alone: Plankoll's go to the review sheet then. Its
    // legacy drawing (notes, or pictures in the header) is named in its relationships.
    const rels = edit.text(relsPathOf(sheet.path)) ?? "";
    const hasNotes = [...rels.matchAll(/<Relationship\b[^>]*>/g)].some((m) => attr(m[0], "Type") === REL_VML);
    const notes = sheetPlan.marks.length > 0 && !hasNotes;
    if (sheetPlan.marks.length && hasNotes) summary.notesLeftOut.push(sheet.name);
    const runs = new BackupRuns(sheet.name);
    // The notes' parts and relationships first: the sheet's frame (its namespace, the legacy
    // drawing) is then known before its rows are written.
    if (notes) {
      // Named as Excel names them (xl/commentsN.xml, xl/drawings/vmlDrawingN.vml), N not yet taken:
      // readers that know only that form (exceljs) read Plankoll's notes too.
      let n = 1;
      while (edit.exists(`xl/comments${n}.xml`) || edit.exists(`xl/drawings/vmlDrawing${n}.vml`)) n++;
      const comments = `xl/comments${n}.xml`;
      const vml = `xl/drawings/vmlDrawing${n}.vml`;
      const parts = notesParts(sheetPlan.marks.map((m) => ({ cell: m.cell, text: m.note })));
      edit.setBytes(comments, parts.comments);
      edit.setBytes(vml, parts.vml);
      const relsCreated = edit.text(relsPathOf(sheet.path)) === null;
      addRelationship(edit, sheet.path, `${MARK}Comments`, REL_COMMENTS, comments);
      addRelationship(edit, sheet.path, `${MARK}Notes`, REL_VML, vml);
      addContentType(edit, `<Override PartName="/${comments}" ContentType="${CT_COMMENTS}"/>`);
      if (!/<Default\b[^>]*Extension="vml"/i.test(edit.text("[Content_Types].xml") ?? "")) {
        addContentType(edit, `<Default Extension="vml" ContentType="${CT_VML}"/>`);
        record.vmlDefault = true;
      }
      record.notes[sheet.name] = relsCreated ? { comments, vml, rels: relsPathOf(sheet.path) } : { comments, vml };
    }
    const sink = edit.deflating(sheet.path);
    try {
      patchSheet(
        sheet.name,
        sharedText,
        source,
        patches,
        (base, look) => styles.format(base, look ?? {}),
        (patch, was) => {
          runs.add(patch.row, patch.col, was, notes && patch.marked === true);
          if (was.wrote) summary.values++;
          if (notes && patch.marked) summary.notes++;
        },
        {
          head: (head) => {
            const dimension = /<dimension\b[^>]*\/>/.exec(head);
            if (dimension) (record.dimensions ??= {})[sheet.name] = dimension[0];
            if (!notes) return head;
            const declared = ensureRelNamespace(head);
            if (declared !== head) (record.namespaces ??= []).push(sheet.path);
            return declared;
          },
          tail: (tail) =>
            notes ? insertWorksheetElement(tail, `<legacyDrawing r:id="${MARK}Notes"/>`, AFTER_LEGACY_DRAWING) : tail,
        },
        sink,
      );
    } catch (error) {
      // The refusal names the part it is about.
      if (error instanceof PackageRefusal && !error.part)
        throw new PackageRefusal(error.message, error.kind, sheet.path);
      throw error;
    }
    sink.done();
    summary.fills += sheetPlan.marks.length;
    backups.push(...runs.finish());
  }

  // Plankoll's own sheets, then the backup that lets Rensa take everything out again.
  const backup: OoxmlBackup = {
    version: 1,
    adapter: "ooxml",
    cells: backups,
    sheets: [],
    reviewed: plan.sheets.map((p) => p.sheet),
    package: record,
  };
  for (const spec of plan.newSheets) {
    addSheet(edit, workbook, spec.name, sheetXml(spec, styles), "visible", record, spec.titleRows);
    backup.sheets.push(spec.name);
    summary.sheets.push(spec.name);
  }
  const chunks = encodeBackup(backup);
  const backupSpec: SheetSpec = {
    name: BACKUP_SHEET,
    cells: chunks.map((c, i) => ({ row: i + 1, col: 1, value: c })),
    columnWidths: [],
  };
  // The backup sheet records itself: it is added last and named in the record by the code that reads it.
  addSheet(edit, workbook, BACKUP_SHEET, sheetXml(backupSpec, styles), "veryHidden", record);
  styles.save();
  return { bytes: edit.write(deflate), summary };
}

/** The worksheet parts of Plankoll's sheets: the targets of the workbook's relationships it added. */
function ourSheetParts(edit: PackageEdit, workbook: string): string[] {
  const rels = edit.text(relsPathOf(workbook)) ?? "";
  const parts: string[] = [];
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    if (!new RegExp(`Id="${MARK}Sheet`).test(m[0])) continue;
    const target = attr(m[0], "Target");
    if (target) parts.push(resolvePath(dirOf(workbook), target));
  }
  return parts;
}

function addSheet(
  edit: PackageEdit,
  workbook: string,
  name: string,
  xml: string | Uint8Array[],
  state: "visible" | "veryHidden",
  record: PackageRecord,
  titleRows?: [number, number],
): void {
  const n = Object.keys(record.sheetParts).length + 1;
  const added = addSheetPart(edit, workbook, name, xml, state, `${MARK}Sheet${n}`, titleRows);
  const { part, declared } = added;
  if (declared && !record.namespaces?.includes(workbook)) (record.namespaces ??= []).push(workbook);
  if (added.namesWere !== undefined) record.definedNames ??= added.namesWere;
  if (added.printTitles) (record.printTitles ??= []).push(added.printTitles);
  record.sheetParts[name] = part;
}

/**
 * A new worksheet part, its relationship (`relId`), content type and <sheet> in the workbook.
 * Named as Excel names worksheets (sheetN.xml), N not yet taken. `declared`: the workbook's root
 * got the relationships prefix declared here.
 */
export function addSheetPart(
  edit: PackageEdit,
  workbook: string,
  name: string,
  xml: string | Uint8Array[],
  state: "visible" | "veryHidden",
  relId: string,
  titleRows?: [number, number],
): { part: string; declared: boolean; namesWere?: string; printTitles?: string } {
  let free = 1;
  while (edit.exists(`${dirOf(workbook)}worksheets/sheet${free}.xml`)) free++;
  const part = `${dirOf(workbook)}worksheets/sheet${free}.xml`;
  if (typeof xml === "string") edit.set(part, xml);
  else edit.setBytes(part, xml);
  addRelationship(edit, workbook, relId, REL_WORKSHEET, part);
  addContentType(edit, `<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/>`);
  let wb = edit.text(workbook)!;
  const ids = [...wb.matchAll(/<sheet\b[^>]*sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  const stateAttr = state === "veryHidden" ? ' state="veryHidden"' : "";
  const withPrefix = ensureRelNamespace(wb, "workbook");
  const declared = withPrefix !== wb;
  wb = insertBeforeClose(
    withPrefix,
    "sheets",
    `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttr} r:id="${relId}"/>`,
  );
  let namesWere: string | undefined;
  let printTitles: string | undefined;
  if (titleRows) {
    // The rows printed on every page: a defined name local to the sheet (its place among the sheets).
    const sheetsXml = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(wb)?.[1] ?? "";
    const local = (sheetsXml.match(/<sheet\b/g) ?? []).length - 1;
    const defined = printTitlesName(name, local, titleRows);
    printTitles = defined;
    const selfClosing = /<definedNames\b[^>]*\/>/.exec(wb);
    if (selfClosing) namesWere = selfClosing[0];
    if (/<definedNames\b[^>]*>/.test(wb)) wb = insertBeforeClose(wb, "definedNames", defined);
    else {
      namesWere = "";
      const after = wb.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
      wb = wb.replace(after, `${after}<definedNames>${defined}</definedNames>`);
    }
  }
  edit.set(workbook, wb);
  return { part, declared, namesWere, printTitles };
}

/** The defined name that repeats a sheet's title rows on every printed page, exactly as Rensa looks for it. */
function printTitlesName(sheet: string, local: number, [first, last]: [number, number]): string {
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${local}">${escapeXml(`'${sheet.replace(/'/g, "''")}'`)}!$${first}:$${last}</definedName>`;
}

/** A relationship id not yet used in the part's relationships: `${stem}N`. */
export function freeRelationshipId(edit: PackageEdit, part: string, stem: string): string {
  const xml = edit.text(relsPathOf(part)) ?? "";
  let n = 1;
  while (xml.includes(`Id="${stem}${n}"`)) n++;
  return `${stem}${n}`;
}

/** Rensa on the edit: every cell back as it was, Plankoll's notes, sheets and backup taken out. */
function clearInto(edit: PackageEdit, read: WorkbookRead, workbook: string): boolean {
  const backup = read.backup as OoxmlBackup | null;
  if (!backup || backup.adapter !== "ooxml") {
    // Highlighted in Excel (the pane's own record) or by the former file writer: their Rensa undoes it.
    if (backup?.adapter === "excel") throw new PackageRefusal("highlighted in Excel", "excel");
    if (read.sheets.some((s) => s.name === BACKUP_SHEET))
      throw new PackageRefusal("written by another adapter", "otherAdapter");
    return false;
  }
  const record = backup.package ?? { notes: {}, vmlDefault: false, sheetParts: {} };
  const byPath = new Map(read.sheets.map((s) => [s.name, s.path]));
  const bySheet = new Map<string, { cell: string; was: CellBefore }[]>();
  for (const entry of backup.cells) {
    const was = entry.format as { s: number | null; created: boolean };
    for (const cell of cellsOfRange(entry.range)) {
      const list = bySheet.get(entry.sheet) ?? [];
      list.push({ cell, was: { s: was.s, created: was.created, wrote: entry.clearValue } });
      bySheet.set(entry.sheet, list);
    }
  }
  for (const [sheet, cells] of bySheet) {
    const path = byPath.get(sheet);
    const xml = path ? edit.text(path) : null;
    if (!path || !xml) continue;
    let restored = unpatchSheet(xml, cells);
    const dimension = record.dimensions?.[sheet];
    if (dimension) restored = restored.replace(/<dimension\b[^>]*\/>/, dimension);
    edit.set(path, restored);
  }
  for (const [sheet, parts] of Object.entries(record.notes)) {
    const path = byPath.get(sheet);
    if (path) {
      const xml = edit.text(path);
      if (xml) edit.set(path, xml.replace(new RegExp(`<legacyDrawing\\b[^>]*r:id="${MARK}Notes"[^>]*/>`), ""));
      removeRelationships(edit, path);
      if (parts.rels) removePart(edit, parts.rels, CT_RELS);
    }
    edit.remove(parts.comments);
    edit.remove(parts.vml);
    const types = edit.text("[Content_Types].xml") ?? "";
    edit.set(
      "[Content_Types].xml",
      types.replace(`<Override PartName="/${parts.comments}" ContentType="${CT_COMMENTS}"/>`, ""),
    );
  }
  // Plankoll's sheets, the backup sheet among them: the parts its own relationships point to.
  for (const part of ourSheetParts(edit, workbook)) {
    edit.remove(part);
    const types = edit.text("[Content_Types].xml") ?? "";
    edit.set("[Content_Types].xml", types.replace(`<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/>`, ""));
  }
  let types = edit.text("[Content_Types].xml") ?? "";
  types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/[^"]*/${MARK}[^"]*"[^>]*/>`, "g"), "");
  types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/xl/${MARK}[^"]*"[^>]*/>`, "g"), "");
  if (record.vmlDefault) types = types.replace(/<Default\b[^>]*Extension="vml"[^>]*\/>/i, "");
  edit.set("[Content_Types].xml", types);
  let wb = edit.text(workbook) ?? "";
  // Plankoll's sheets' print titles, exactly as they were written.
  for (const name of record.printTitles ?? []) wb = wb.replace(name, "");
  // The defined names as they stood: self-closing, or not there at all, when only Plankoll's were in them.
  if (record.definedNames !== undefined)
    wb = wb.replace(/<definedNames\b[^>]*>\s*<\/definedNames>/, record.definedNames);
  wb = wb.replace(new RegExp(`<sheet\\b[^>]*r:id="${MARK}Sheet\\d+"[^>]*/>`, "g"), "");
  edit.set(workbook, wb);
  removeRelationships(edit, workbook);
  for (const part of record.namespaces ?? []) {
    const xml = edit.text(part);
    if (xml) edit.set(part, xml.replace(` xmlns:r="${REL_NS}"`, ""));
  }
  return true;
}

/** Every recorded cell back as it was: its own format, no value of Plankoll's, no cell Plankoll made. */
function unpatchSheet(xml: string, cells: { cell: string; was: CellBefore }[]): string {
  const wanted = new Map(cells.map((c) => [c.cell, c.was]));
  const restored = xml.replace(CELL, (whole, _attrs: string, body: string | undefined) => {
    const ref = attr(whole, "r");
    const was = ref ? wanted.get(ref) : undefined;
    if (!was) return whole;
    // A cell Plankoll made goes; a value it wrote is taken out, as the other adapters take theirs out.
    if (was.created) return "";
    let tag = whole.match(/^<c\b[^>]*?\/?>/)![0];
    tag = was.s === null ? removeAttribute(tag, "s") : setAttributes(tag, { s: String(was.s) });
    if (was.wrote) {
      tag = removeAttribute(tag, "t");
      return tag.endsWith("/>") ? tag : `${tag.slice(0, -1)}/>`;
    }
    const head = tag.endsWith("/>") ? tag.slice(0, -2) + ">" : tag;
    return body === undefined ? (tag.endsWith("/>") ? tag : `${tag.slice(0, -1)}/>`) : `${head}${body}</c>`;
  });
  // Rows Plankoll made for its cells, now empty again.
  return restored.replace(/<row r="\d+"><\/row>/g, "");
}

/** Rensa for files: the package as it was before Plankoll's first run; null when it holds nothing of Plankoll's. */
export function clearPackage(pkg: XlsxPackage, read: WorkbookRead, deflate: Deflate): Uint8Array | null {
  const edit = new PackageEdit(pkg);
  if (!clearInto(edit, read, read.layout.workbook)) return null;
  return edit.write(deflate);
}
