/** Plankoll's own sheets in a package (review, summaries, the backup record), its notes' parts, and the record Rensa reads. */
import type { FinishedSheet, SheetCell } from "../core/plan";
import { type Backup } from "../core/backup";
import { columnLetters, parseA1, quoteSheet } from "../core/sheet/address";
import { resolvePath } from "./read";
import { escapeXml, insertBeforeClose, attr } from "./xml";
import {
  MAIN_NS,
  REL_NS,
  REL_WORKSHEET,
  CT_WORKSHEET,
  MARK,
  PackageEdit,
  dirOf,
  relsPathOf,
  addRelationship,
  addContentType,
  type PartWriter,
} from "./package";
import { Styles, type FormatLook } from "./styles";
import { pushCell, ensureRelNamespace } from "./sheetPatch";

/**
 * Notes as a comments part and the VML drawing Excel shows them with, each as bytes in slices
 * (a register with tens of thousands of notes gives parts of tens of megabytes).
 */
export function notesParts(notes: { cell: string; text: string }[]): { comments: PartWriter; vml: PartWriter } {
  return { comments: (sink) => commentsXml(notes, sink), vml: (sink) => vmlXml(notes, sink) };
}

function commentsXml(notes: { cell: string; text: string }[], comments: { push(text: string): void }): void {
  comments.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>Plankoll</author></authors><commentList>`,
  );
  for (const n of notes)
    comments.push(
      `<comment ref="${n.cell}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(n.text)}</t></r></text></comment>`,
    );
  comments.push("</commentList></comments>");
}

function vmlXml(notes: { cell: string; text: string }[], vml: { push(text: string): void }): void {
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
}

/** The cells in row order, then column: as given when they are (Plankoll's sheets mostly are), else sorted. */
function inOrder(cells: readonly SheetCell[]): readonly SheetCell[] {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.row > b.row || (a.row === b.row && a.col >= b.col))
      return [...cells].sort((x, y) => x.row - y.row || x.col - y.col);
  }
  return cells;
}

/** A cell's look as the style index Plankoll's sheets use, made once per combination of fill, flags and format. */
type KnownStyles = Map<string, Map<string, number[]>>;

/** By fill, number format and flags: a sheet may hold a million cells, and no key is built for each. */
function styleOf(styles: Styles, known: KnownStyles, cell: SheetCell): number | null {
  const flags =
    (cell.bold ? 1 : 0) | (cell.wrap ? 2 : 0) | (cell.center ? 4 : 0) | (cell.border ? 8 : 0) | (cell.top ? 16 : 0);
  if (!flags && !cell.fill && !cell.numberFormat) return null;
  let byFormat = known.get(cell.fill ?? "");
  if (!byFormat) known.set(cell.fill ?? "", (byFormat = new Map()));
  let byFlags = byFormat.get(cell.numberFormat ?? "");
  if (!byFlags) byFormat.set(cell.numberFormat ?? "", (byFlags = []));
  let index = byFlags[flags];
  if (index === undefined) {
    const look = {
      fill: cell.fill,
      bold: cell.bold,
      wrap: cell.wrap,
      center: cell.center,
      border: cell.border,
      top: cell.top,
      numFmt: cell.numberFormat,
    };
    index = styles.format(0, look);
    byFlags[flags] = index;
  }
  return index;
}

/** Rows of a sheet's XML given to the sink at a time: tens of kilobytes of text, not a row's few hundred bytes. */
const ROWS_A_PUSH = 128;

/** A worksheet of Plankoll's own from its spec. */
export function sheetXml(spec: FinishedSheet, styles: Styles): PartWriter {
  return (sink) => writeSheet(spec, styles, sink);
}

function writeSheet(spec: FinishedSheet, styles: Styles, sink: { push(text: string): void }): void {
  const sorted = inOrder(spec.cells);
  const known: KnownStyles = new Map();
  const rowTag = (row: number) => {
    const height = spec.rowHeights?.[row];
    return height ? `<row r="${row}" ht="${height}" customHeight="1">` : `<row r="${row}">`;
  };
  const links: string[] = [];
  const cols = spec.columnWidths.length
    ? `<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  sink.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${cols}<sheetData>`,
  );
  // Rows' XML in pieces, joined once every ROWS_A_PUSH rows (a cell's text made of its pieces and
  // added to the row's was three copies of it, most of a payroll's writing; a push a row was
  // 100 000 calls to encode a few hundred bytes each).
  const pieces: (string | number)[] = [];
  let rows = 0;
  const endRow = () => {
    pieces.push("</row>");
    if (++rows < ROWS_A_PUSH) return;
    sink.push(pieces.join(""));
    pieces.length = 0;
    rows = 0;
  };
  let row = 0;
  for (let i = 0; i < sorted.length; i++) {
    const cell = sorted[i];
    if (cell.row !== row) {
      if (row) endRow();
      row = cell.row;
      pieces.push(rowTag(row));
    }
    const letters = columnLetters(cell.col);
    pushCell(pieces, letters, row, styleOf(styles, known, cell), cell.value);
    if (cell.link) {
      const location = `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`;
      links.push(
        `<hyperlink ref="${letters}${row}" location="${escapeXml(location)}" display="${escapeXml(String(cell.value))}"/>`,
      );
    }
  }
  if (row) endRow();
  if (pieces.length) sink.push(pieces.join(""));
  const merges = spec.merges?.length
    ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  // Printed on A4, one page wide (fitToHeight 0: as many pages down as it needs), narrow margins.
  const page =
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${spec.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`;
  const breaks = spec.pageBreaks?.length
    ? `<rowBreaks count="${spec.pageBreaks.length}" manualBreakCount="${spec.pageBreaks.length}">${spec.pageBreaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    : "";
  sink.push(
    `</sheetData>${merges}${links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : ""}${page}${breaks}</worksheet>`,
  );
}

/** The package-level record Rensa needs besides the cells: what it added to shared parts. */
export interface PackageRecord {
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
  /**
   * Each recorded cell format's look (by its index, "null" for a cell without one): how Rensa gives
   * the formats back where another program saved the copy since and renumbered them.
   */
  looks?: Record<string, FormatLook>;
}

export type OoxmlBackup = Backup & { package?: PackageRecord };

/** The worksheet parts of Plankoll's sheets: the targets of the workbook's relationships it added. */
export function ourSheetParts(edit: PackageEdit, workbook: string): string[] {
  const rels = edit.text(relsPathOf(workbook)) ?? "";
  const parts: string[] = [];
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    if (!new RegExp(`Id="${MARK}Sheet`).test(m[0])) continue;
    const target = attr(m[0], "Target");
    if (target) parts.push(resolvePath(dirOf(workbook), target));
  }
  return parts;
}

export function addSheet(
  edit: PackageEdit,
  workbook: string,
  name: string,
  xml: string | PartWriter,
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
  xml: string | PartWriter,
  state: "visible" | "veryHidden",
  relId: string,
  titleRows?: [number, number],
): { part: string; declared: boolean; namesWere?: string; printTitles?: string } {
  let free = 1;
  while (edit.exists(`${dirOf(workbook)}worksheets/sheet${free}.xml`)) free++;
  const part = `${dirOf(workbook)}worksheets/sheet${free}.xml`;
  if (typeof xml === "string") edit.set(part, xml);
  else edit.writePart(part, xml);
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
export function printTitlesName(sheet: string, local: number, [first, last]: [number, number]): string {
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${local}">${escapeXml(`'${sheet.replace(/'/g, "''")}'`)}!$${first}:$${last}</definedName>`;
}

/** A relationship id not yet used in the part's relationships: `${stem}N`. */
export function freeRelationshipId(edit: PackageEdit, part: string, stem: string): string {
  const xml = edit.text(relsPathOf(part)) ?? "";
  let n = 1;
  while (xml.includes(`Id="${stem}${n}"`)) n++;
  return `${stem}${n}`;
}
