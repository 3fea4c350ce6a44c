/**
 * A small XML scanner for the one large part of a workbook, the worksheet: start tags with their
 * attributes, end tags and text, in order, with the five entities and character references
 * decoded, comments, processing instructions and CDATA handled. It does not validate (saxes reads
 * the other parts); a worksheet of 100 000 rows is scanned several times faster than by saxes.
 */
import { decodeEntities, isSpace } from "./xml";

export interface ScanHandlers {
  /** A start tag (local name, without a namespace prefix) and its attributes, as written. */
  open?: (name: string, attributes: Record<string, string>) => void;
  /** An end tag; a self-closing tag gives open then close. */
  close?: (name: string) => void;
  text?: (text: string) => void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Attributes of a start tag's inside (after the name, before > or />). */
function attributes(tag: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    if (i >= to) break;
    const eq = tag.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    const name = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && isSpace(tag.charCodeAt(q))) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") break;
    const close = tag.indexOf(quote, q + 1);
    if (close < 0) break;
    out[name] = decodeEntities(tag.slice(q + 1, close));
    i = close + 1;
  }
  return out;
}

/** Scans XML text: start tags, end tags and text, in order, to `on`. */
export function scanXmlText(xml: string, on: ScanHandlers): void {
  const length = xml.length;
  let i = 0;
  while (i < length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      if (on.text && i < length) on.text(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i && on.text) on.text(decodeEntities(xml.slice(i, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        i = end < 0 ? length : end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (on.text) on.text(xml.slice(lt + 9, end < 0 ? length : end));
        i = end < 0 ? length : end + 3;
      } else {
        const end = xml.indexOf(">", lt);
        i = end < 0 ? length : end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt);
      i = end < 0 ? length : end + 2;
      continue;
    }
    // A tag ends at the first > outside a quoted attribute value.
    let end = lt + 1;
    let quote = 0;
    for (; end < length; end++) {
      const code = xml.charCodeAt(end);
      if (quote) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === 62) break;
    }
    if (next === 47 /* / */) {
      on.close?.(localName(xml.slice(lt + 2, end).trim()));
    } else {
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const inner = selfClosing ? end - 1 : end;
      let n = lt + 1;
      while (n < inner && !isSpace(xml.charCodeAt(n))) n++;
      const name = localName(xml.slice(lt + 1, n));
      on.open?.(name, n < inner ? attributes(xml, n, inner) : {});
      if (selfClosing) on.close?.(name);
    }
    i = end + 1;
  }
}

/** What a worksheet holds, as the scanner meets it. */
export interface WorksheetHandlers {
  /**
   * A cell: its row and column from its reference (0 when the writer left it out), type, style
   * index, the text of its <v> (null when it has none), the text of an inline string, whether it
   * holds a formula.
   */
  cell: (
    row: number,
    column: number,
    type: string,
    style: number,
    value: string | null,
    inline: string | null,
    formula: boolean,
  ) => void;
  /** A row starts; its number when written. */
  row: (number: number | null) => void;
  merge: (ref: string) => void;
  tablePart: (id: string) => void;
}

/** The value of attribute `name` inside xml[from, to), or null. */
function attribute(xml: string, from: number, to: number, name: string): string | null {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at);
    if (at < 0 || at >= to) return null;
    const before = xml.charCodeAt(at - 1);
    const after = at + name.length;
    // An attribute as XML allows it: white space around "=", either quote (as attr in xml.ts reads it).
    let eq = after;
    while (isSpace(xml.charCodeAt(eq))) eq++;
    if ((isSpace(before) || before === 58) && xml.charCodeAt(eq) === 61 /* = */) {
      let q = eq + 1;
      while (isSpace(xml.charCodeAt(q))) q++;
      const close = xml.indexOf(xml[q], q + 1);
      return decodeEntities(xml.slice(q + 1, close));
    }
    at = after;
  }
}

/**
 * Where the local name of the tag opened at `lt` starts and ends (a namespace prefix skipped),
 * left in `nameStart` and `nameEnd`: the scanner meets millions of tags and keeps no pair for any.
 */
let nameStart = 0;
let nameEnd = 0;
function nameBounds(xml: string, lt: number): void {
  let start = lt + 1;
  if (xml.charCodeAt(start) === 47 /* / */) start++;
  let end = start;
  for (;;) {
    const code = xml.charCodeAt(end);
    if (Number.isNaN(code) || isSpace(code) || code === 62 || code === 47) break;
    if (code === 58 /* : */) start = end + 1;
    end++;
  }
  nameStart = start;
  nameEnd = end;
}

/** Whether the tag at `lt` is named `name` (any prefix). */
function isTag(xml: string, lt: number, name: string): boolean {
  nameBounds(xml, lt);
  return nameEnd - nameStart === name.length && xml.startsWith(name, nameStart);
}

/** The index of the end tag </name> (any prefix) at or after `from`, or -1. */
function endTag(xml: string, from: number, name: string): number {
  let at = xml.indexOf("</", from);
  while (at >= 0 && !isTag(xml, at, name)) at = xml.indexOf("</", at + 2);
  return at;
}

/** Cell types as the schema names them, so that a cell's type is one of these strings, not a new one. */
const CELL_TYPES = ["s", "n", "b", "e", "str", "inlineStr", "d"];

/** The cell type written in xml[from, to), as one of CELL_TYPES when it is one. */
function cellType(xml: string, from: number, to: number): string {
  if (to - from === 1) {
    const code = xml.charCodeAt(from);
    if (code === 115) return "s";
    if (code === 110) return "n";
    if (code === 98) return "b";
    if (code === 101) return "e";
    if (code === 100) return "d";
  }
  for (const type of CELL_TYPES) if (type.length === to - from && xml.startsWith(type, from)) return type;
  return decodeEntities(xml.slice(from, to));
}

/** What a cell's start tag says, read in one pass over its attributes (xml[from, to)). */
const cellFields = { row: 0, column: 0, type: "n", style: 0 };

function cellTag(xml: string, from: number, to: number): typeof cellFields {
  cellFields.row = 0;
  cellFields.column = 0;
  cellFields.type = "n";
  cellFields.style = 0;
  let i = from;
  while (i < to) {
    const eq = xml.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    let nameStart = i;
    while (nameStart < eq && isSpace(xml.charCodeAt(nameStart))) nameStart++;
    let nameEnd = eq;
    while (nameEnd > nameStart && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (q < to && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    const close = xml.indexOf(quote === 39 ? "'" : '"', q + 1);
    if (close < 0) break;
    // A prefixed name (x:r) is the same attribute; only unprefixed ones are the cell's own.
    const one = nameEnd - nameStart === 1 ? xml.charCodeAt(nameStart) : 0;
    if (one === 114 /* r */) {
      let at = q + 1;
      if (xml.charCodeAt(at) === 36) at++;
      let column = 0;
      for (let c = xml.charCodeAt(at) | 0x20; c >= 97 && c <= 122; c = xml.charCodeAt(++at) | 0x20)
        column = column * 26 + c - 96;
      if (xml.charCodeAt(at) === 36) at++;
      let row = 0;
      const digits = at;
      for (let c = xml.charCodeAt(at); c >= 48 && c <= 57; c = xml.charCodeAt(++at)) row = row * 10 + c - 48;
      // A reference that is not a cell address counts as none: the cell follows the one before.
      if (at === close && at > digits && column > 0 && row > 0) {
        cellFields.row = row;
        cellFields.column = column;
      }
    } else if (one === 116 /* t */) {
      cellFields.type = cellType(xml, q + 1, close);
    } else if (one === 115 /* s */) {
      let style = 0;
      for (let at = q + 1; at < close; at++) {
        const digit = xml.charCodeAt(at) - 48;
        if (digit < 0 || digit > 9) {
          style = 0;
          break;
        }
        style = style * 10 + digit;
      }
      cellFields.style = style;
    }
    i = close + 1;
  }
  return cellFields;
}

/**
 * Scans a worksheet part for its cells, merged areas and table parts, without building an object
 * per tag: the one loop that runs over every cell of a large sheet.
 */
/** A cell's children, up to its end tag </c>: its value, its inline text, whether it has a formula, and where it closes. */
function cellChildren(xml: string, tagEnd: number) {
  const length = xml.length;
  let value: string | null = null;
  let formula = false;
  let inline: string | null = null;
  let at = xml.indexOf("<", tagEnd + 1);
  let close = -1;
  while (at >= 0) {
    nameBounds(xml, at);
    const cs = nameStart;
    const ce = nameEnd;
    const closing = xml.charCodeAt(at + 1) === 47;
    const gt = xml.indexOf(">", ce);
    if (closing) {
      if (ce - cs === 1 && xml.charCodeAt(cs) === 99) {
        close = at;
        break;
      }
      at = xml.indexOf("<", gt + 1);
      continue;
    }
    const empty = xml.charCodeAt(gt - 1) === 47;
    const one = ce - cs === 1 ? xml.charCodeAt(cs) : 0;
    if (one === 102 /* f */) {
      formula = true;
      at = empty ? xml.indexOf("<", gt + 1) : xml.indexOf("<", endTag(xml, gt + 1, "f") + 2);
      continue;
    }
    if (one === 118 /* v */ && !empty) {
      const ve = xml.indexOf("</", gt + 1);
      value = decodeEntities(xml.slice(gt + 1, ve));
      at = xml.indexOf("<", ve + 2);
      continue;
    }
    if (ce - cs === 2 && xml.startsWith("is", cs) && !empty) {
      const ie = endTag(xml, gt + 1, "is");
      inline = itemText(xml, gt + 1, ie < 0 ? length : ie);
      at = ie < 0 ? -1 : xml.indexOf("<", ie + 2);
      continue;
    }
    at = xml.indexOf("<", gt + 1);
  }
  return { value, inline, formula, close };
}

export function scanWorksheet(bytes: Uint8Array, on: WorksheetHandlers): void {
  const xml = new TextDecoder("utf-8").decode(bytes);
  const length = xml.length;
  let i = xml.indexOf("<");
  while (i >= 0 && i < length) {
    const first = xml.charCodeAt(i + 1);
    if (first === 47 /* / */ || first === 63 /* ? */ || first === 33 /* ! */) {
      if (xml.startsWith("<!--", i)) {
        const end = xml.indexOf("-->", i);
        i = end < 0 ? -1 : xml.indexOf("<", end + 3);
        continue;
      }
      i = xml.indexOf("<", i + 1);
      continue;
    }
    nameBounds(xml, i);
    const start = nameStart;
    const n = nameEnd;
    const nameLength = n - start;
    const tagEnd = xml.indexOf(">", n);
    if (tagEnd < 0) break;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    if (nameLength === 1 && xml.charCodeAt(start) === 99 /* c */) {
      const tag = cellTag(xml, n, tagEnd);
      const { row, column, type, style } = tag;
      if (selfClosing) {
        on.cell(row, column, type, style, null, null, false);
        i = xml.indexOf("<", tagEnd);
        continue;
      }
      // Most cells are <c …><v>text</v></c>, read without looking at the tags one by one.
      if (xml.startsWith("<v>", tagEnd + 1)) {
        const ve = xml.indexOf("</v>", tagEnd + 4);
        if (ve >= 0 && xml.startsWith("</c>", ve + 4)) {
          on.cell(row, column, type, style, decodeEntities(xml.slice(tagEnd + 4, ve)), null, false);
          i = xml.indexOf("<", ve + 8);
          continue;
        }
      }
      const { value, inline, formula, close } = cellChildren(xml, tagEnd);
      on.cell(row, column, type, style, value, inline, formula);
      i = close < 0 ? -1 : xml.indexOf("<", close + 2);
      continue;
    }
    const name = nameLength === 3 && xml.startsWith("row", start) ? "row" : xml.slice(start, n);
    if (name === "row") {
      const r = attribute(xml, n, tagEnd, "r");
      on.row(r === null ? null : Number(r));
    } else if (name === "mergeCell") {
      const ref = attribute(xml, n, tagEnd, "ref");
      if (ref) on.merge(ref);
    } else if (name === "tablePart") {
      const id = attribute(xml, n, tagEnd, "id");
      if (id) on.tablePart(id);
    }
    i = xml.indexOf("<", tagEnd);
  }
}

/**
 * The shared strings part's strings, in order. Most are `<si><t>text</t></si>` (with or without
 * xml:space): read directly. Any other item — rich text runs, phonetic runs, CDATA, a namespace
 * prefix — is read by the general scanner, item by item.
 */
export function scanSharedStrings(bytes: Uint8Array): string[] {
  const xml = new TextDecoder("utf-8").decode(bytes);
  const strings: string[] = [];
  // Comments or CDATA could hide or hold markup: such a part is read by the general scanner whole.
  if ((xml.indexOf("<si>") < 0 && xml.indexOf("<si ") < 0) || xml.indexOf("<!") >= 0) {
    general(xml, strings);
    return strings;
  }
  let at = xml.indexOf("<si");
  while (at >= 0) {
    const next = xml.charCodeAt(at + 3);
    if (next !== 62 /* > */ && !isSpace(next) && next !== 47 /* / */) {
      // Another element whose name starts with "si".
      at = xml.indexOf("<si", at + 3);
      continue;
    }
    const open = xml.indexOf(">", at);
    if (xml.charCodeAt(open - 1) === 47) {
      strings.push("");
      at = xml.indexOf("<si", open);
      continue;
    }
    const end = xml.indexOf("</si>", open);
    if (end < 0) break;
    strings.push(itemText(xml, open + 1, end));
    at = xml.indexOf("<si", end + 5);
  }
  return strings;
}

/** The text of `<t>text</t>` or `<t xml:space="preserve">text</t>` filling xml[from, to), or null. */
function simpleItem(xml: string, from: number, to: number): string | null {
  let start: number;
  if (xml.startsWith("<t>", from)) start = from + 3;
  else if (xml.startsWith('<t xml:space="preserve">', from)) start = from + 24;
  else return null;
  const close = xml.indexOf("<", start);
  if (close !== to - 4 || !xml.startsWith("</t>", close)) return null;
  return decodeEntities(xml.slice(start, close));
}

/**
 * The text of a string item's content xml[from, to) — a shared string's <si> or a cell's inline
 * <is>: its <t> runs, phonetic runs (<rPh>) left out. One plain <t> is read directly.
 */
function itemText(xml: string, from: number, to: number): string {
  const simple = simpleItem(xml, from, to);
  if (simple !== null) return simple;
  const runs: string[] = [];
  scanXmlText(xml.slice(from, to), textRuns(runs));
  return runs.join("");
}

/** Handlers that gather the text of <t> runs outside phonetic runs into `runs`. */
function textRuns(runs: string[]): ScanHandlers {
  let inText = false;
  let phonetic = 0;
  return {
    open: (name) => {
      if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text: (text) => {
      if (inText) runs.push(text);
    },
  };
}

/** Every <si>'s text by the general scanner (a part with prefixes, comments or CDATA). */
function general(xml: string, strings: string[]): void {
  let runs: string[] | null = null;
  let inner: ScanHandlers | null = null;
  scanXmlText(xml, {
    open: (name, attributes) => {
      if (name === "si") {
        runs = [];
        inner = textRuns(runs);
      } else inner?.open?.(name, attributes);
    },
    close: (name) => {
      if (name === "si" && runs) {
        strings.push(runs.join(""));
        runs = null;
        inner = null;
      } else inner?.close?.(name);
    },
    text: (text) => inner?.text?.(text),
  });
}
