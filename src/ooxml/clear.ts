/** Rensa for files: every cell back as it was, Plankoll's notes, sheets and backup taken out. */
import { BACKUP_SHEET } from "../core/plan";
import { cellsOfRange } from "../core/backup";
import { type Deflate } from "./zip";
import { type XlsxPackage, type WorkbookRead } from "./read";
import { PackageRefusal } from "./refusal";
import { attr, setAttributes, removeAttribute } from "./xml";
import {
  REL_NS,
  CT_WORKSHEET,
  CT_COMMENTS,
  MARK,
  PackageEdit,
  CT_RELS,
  removeRelationships,
  removePart,
} from "./package";
import { type CellBefore, CELL } from "./sheetPatch";
import { OoxmlBackup, ourSheetParts } from "./ownSheets";
import { Styles } from "./styles";
import { dropNotes, dropSheetsNamed, notedCells, savedByAnother } from "./resaved";

/** Rensa on the edit: every cell back as it was, Plankoll's notes, sheets and backup taken out. */
export function clearInto(edit: PackageEdit, read: WorkbookRead, workbook: string): boolean {
  const backup = read.backup as OoxmlBackup | null;
  if (!backup || backup.adapter !== "ooxml") {
    // Highlighted in Excel (the pane's own record) or by the former file writer: their Rensa undoes it.
    if (backup?.adapter === "excel") throw new PackageRefusal("highlighted in Excel", "excel");
    if (read.sheets.some((s) => s.name === BACKUP_SHEET))
      throw new PackageRefusal("written by another adapter", "otherAdapter");
    return false;
  }
  if (savedByAnother(edit, workbook)) return clearSavedByAnother(edit, read, workbook, backup);
  const record = backup.package ?? { notes: {}, vmlDefault: false, sheetParts: {} };
  const byPath = new Map(read.sheets.map((s) => [s.name, s.path]));
  for (const [sheet, cells] of recordedCells(backup, read)) {
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

/** The record's cells by sheet: what each was, and whether the user typed over it since. */
function recordedCells(backup: OoxmlBackup, read: WorkbookRead): Map<string, { cell: string; was: Restoring }[]> {
  const bySheet = new Map<string, { cell: string; was: Restoring }[]>();
  for (const entry of backup.cells) {
    const was = entry.format as { s: number | null; created: boolean };
    const list = bySheet.get(entry.sheet) ?? [];
    bySheet.set(entry.sheet, list);
    for (const cell of cellsOfRange(entry.range)) {
      const typed = read.typedOver.has(`${entry.sheet}!${cell}`);
      list.push({ cell, was: { s: was.s, created: was.created, wrote: entry.clearValue, typed } });
    }
  }
  return bySheet;
}

/**
 * Rensa on a copy another program saved since Plankoll wrote it (formats renumbered, parts
 * renamed): each recorded cell's fill, bold and number format given back as the record says they
 * looked, on the format the cell has now; Plankoll's values and the cells it made taken out as
 * ever; its notes found by cell and text; its sheets by name. A record from before the looks were
 * kept cannot give the formats back: refused, nothing written.
 */
function clearSavedByAnother(edit: PackageEdit, read: WorkbookRead, workbook: string, backup: OoxmlBackup): true {
  const looks = backup.package?.looks;
  if (!looks || !read.layout.styles) throw new PackageRefusal("saved by another program, no looks recorded", "resaved");
  const styles = new Styles(edit, read.layout.styles);
  const byPath = new Map(read.sheets.map((s) => [s.name, s.path]));
  // A format the record has no look for (none should be missing): as the part's first format looks.
  const plain = styles.lookOf(null);
  for (const [sheet, cells] of recordedCells(backup, read)) {
    const path = byPath.get(sheet);
    const xml = path ? edit.text(path) : null;
    if (!path || !xml) continue;
    edit.set(
      path,
      unpatchSheet(xml, cells, (now, was) =>
        was.created ? null : styles.restored(now ?? 0, looks[String(was.s)] ?? plain),
      ),
    );
  }
  styles.save();
  for (const [sheet, cells] of notedCells(backup.cells)) {
    const path = byPath.get(sheet);
    if (path) dropNotes(edit, path, cells);
  }
  dropSheetsNamed(edit, workbook, new Set([...backup.sheets, BACKUP_SHEET]));
  return true;
}

/** A recorded cell as it was, and whether the user typed over it since (its value or formula theirs). */
type Restoring = CellBefore & { typed?: boolean };

/**
 * Every recorded cell back as it was: its own format, no value of Plankoll's, no cell Plankoll
 * made — but what the user typed there since (a value over Plankoll's, a formula, a value in a
 * cell Plankoll made for a mark) stays, in the cell's own format.
 */
export function unpatchSheet(
  xml: string,
  cells: { cell: string; was: Restoring }[],
  /** The format the cell gets from the one it has now (a copy saved by another program); else its recorded one. */
  restyle?: (now: number | null, was: Restoring) => number | null,
): string {
  const wanted = new Map(cells.map((c) => [c.cell, c.was]));
  const restored = xml.replace(CELL, (whole, _attrs: string, body: string | undefined) => {
    const ref = attr(whole, "r");
    const was = ref ? wanted.get(ref) : undefined;
    if (!was) return whole;
    const content = body ?? "";
    const theirs = was.typed === true || /<f\b/.test(content) || (!was.wrote && /<(v|is)\b/.test(content));
    // A cell Plankoll made goes; a value it wrote is taken out, as the other adapters take theirs out.
    if (was.created && !theirs) return "";
    let tag = whole.match(/^<c\b[^>]*?\/?>/)![0];
    const now = attr(tag, "s");
    const s = restyle ? restyle(now === null ? null : Number(now), was) : was.s;
    tag = s === null ? removeAttribute(tag, "s") : setAttributes(tag, { s: String(s) });
    if (was.wrote && !theirs) {
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
