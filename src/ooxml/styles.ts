/** The styles part: cell formats Plankoll needs (fills, bold, wrapping, number formats) appended once, the user's own kept. */
import { PackageRefusal } from "./refusal";
import { escapeXml, indexIn, children, appendChildren, attr, setAttributes, decodeEntities } from "./xml";
import { PackageEdit } from "./package";
import type { SheetCell } from "../core/plan";

/** What Plankoll gives a cell format besides the cell's own: a sheet cell's look, and a number format … */
export type CellLook = Pick<SheetCell, "fill" | "bold" | "wrap" | "center" | "border" | "top"> & { numFmt?: string };

/** Number formats every spreadsheet program knows by id (ECMA-376 §18.8.30), for the codes that mean the same everywhere. */
export const BUILT_IN_IDS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * What Plankoll may change of a cell's format, as it was: its fill (the element as the styles part
 * wrote it), bold, and number format (its code where the part defines it, else Excel's id). Kept in
 * the record, so a copy saved again by another program (its formats renumbered) can be given back.
 */
export interface FormatLook {
  fill: string;
  bold: boolean;
  numFmtId: number;
  numFmtCode: string | null;
}

const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
/** A font that is bold: `<b/>`, or `<b val="1"/>` (not `val="0"` or `"false"`). */
const BOLD = /<b(\s*\/>|\s+val="(1|true)"\s*\/>)/;

/** Two number formats' codes that mean the same: "yyyy-mm-dd" and "yyyy\\-mm\\-dd" (a program escaping each literal). */
function sameFormatCode(a: string | null, b: string | null): boolean {
  const plain = (code: string | null) => code?.replace(/\\(.)/g, "$1") ?? null;
  return a !== null && b !== null && plain(a) === plain(b);
}

/** The styles part, with the cell formats Plankoll needs appended once each. */
export class Styles {
  private xml: string;
  private readonly xfs: string[];
  private readonly fonts: string[];
  /** The formats made: by the cell's own format, the fill, the number format, then the flags. */
  private readonly added = new Map<number, Map<string, Map<string, number[]>>>();
  private readonly newFills: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newBorders: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly newNumFmts: string[] = [];
  private readonly fillList: string[];
  private readonly borderList: string[];
  private readonly numFmtList: string[];
  /** The formats given back: by the look recorded, then the format a cell has now (asked for every cell restored). */
  private readonly restoredBy = new Map<FormatLook, Map<number, number>>();

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
    this.numFmtList = children(xml, "numFmts", "numFmt");
    if (this.xfs.length === 0 || this.fonts.length === 0) throw new PackageRefusal("styles without cell formats");
  }

  /** The index of a cell format: the cell's own format `base` with Plankoll's fill, bold, wrap … */
  format(base: number, look: CellLook): number {
    // Asked for every cell written: the formats made are found by their parts, no key built per cell.
    const flags =
      (look.bold ? 1 : 0) | (look.wrap ? 2 : 0) | (look.center ? 4 : 0) | (look.border ? 8 : 0) | (look.top ? 16 : 0);
    let byFill = this.added.get(base);
    if (!byFill) this.added.set(base, (byFill = new Map()));
    let byFormat = byFill.get(look.fill ?? "");
    if (!byFormat) byFill.set(look.fill ?? "", (byFormat = new Map()));
    let byFlags = byFormat.get(look.numFmt ?? "");
    if (!byFlags) byFormat.set(look.numFmt ?? "", (byFlags = []));
    const known = byFlags[flags];
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
    byFlags[flags] = index;
    return index;
  }

  /** A cell format's fill, bold and number format (`null`: a cell without one, format 0). */
  lookOf(s: number | null): FormatLook {
    const xf = this.xfs[s ?? 0] ?? this.xfs[0];
    const font = this.fonts[Number(attr(xf, "fontId") ?? 0)] ?? this.fonts[0];
    const numFmtId = Number(attr(xf, "numFmtId") ?? 0);
    const custom = this.numFmtList.find((f) => Number(attr(f, "numFmtId")) === numFmtId);
    return {
      fill: this.fillList[Number(attr(xf, "fillId") ?? 0)] ?? NO_FILL,
      bold: BOLD.test(font),
      numFmtId,
      numFmtCode: custom ? decodeEntities(attr(custom, "formatCode") ?? "") : null,
    };
  }

  /**
   * The cell format `current` with its fill, bold and number format as `look` says: everything
   * else (borders, alignment, the font's face) as it is now.
   */
  restored(current: number, look: FormatLook): number {
    let byCurrent = this.restoredBy.get(look);
    if (!byCurrent) this.restoredBy.set(look, (byCurrent = new Map()));
    let index = byCurrent.get(current);
    if (index === undefined) byCurrent.set(current, (index = this.restore(current, look)));
    return index;
  }

  private restore(current: number, look: FormatLook): number {
    let xf = this.xfs[current] ?? this.xfs[0];
    const now = this.lookOf(current);
    if (now.fill !== look.fill)
      xf = setAttributes(xf, { fillId: String(indexIn(this.fillList, this.newFills, look.fill)) });
    if (now.bold !== look.bold) {
      const fontId = Number(attr(xf, "fontId") ?? 0);
      xf = setAttributes(xf, { fontId: String(look.bold ? this.boldFont(fontId) : this.plainFont(fontId)) });
    }
    // Built-in formats by their ids; a part's own by their codes (another program numbers them anew).
    const builtIn = now.numFmtCode === null && look.numFmtCode === null;
    if (builtIn ? now.numFmtId !== look.numFmtId : !sameFormatCode(now.numFmtCode, look.numFmtCode)) {
      const id = look.numFmtCode === null ? look.numFmtId : this.numFmtId(look.numFmtCode);
      xf = setAttributes(xf, { numFmtId: String(id) });
    }
    return xf === this.xfs[current] ? current : indexIn(this.xfs, this.newXfs, xf);
  }

  private plainFont(fontId: number): number {
    const font = this.fonts[fontId] ?? this.fonts[0];
    return indexIn(this.fonts, this.newFonts, font.replace(/<b\b[^>]*\/>/g, ""));
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
