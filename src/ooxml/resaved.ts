/**
 * A highlighted copy saved again by another program (Excel, LibreOffice, openpyxl …): its parts
 * renamed, relationship ids and style indexes renumbered, Plankoll's marks in the package gone.
 * What stays is what Plankoll's Rensa goes by there: its sheets' names, the cells' addresses, its
 * notes' texts and cells, and the look each recorded cell had (its fill, bold, number format).
 */
import { cellsOfRange } from "../core/backup";
import { PLANKOLL_NOTE_PREFIX } from "../core/plan";
import { parseA1 } from "../core/sheet/address";
import { resolvePath } from "./read";
import { attr, decodeEntities } from "./xml";
import { MARK, PackageEdit, dirOf, relsPathOf } from "./package";

/** Whether the package lost Plankoll's marks since it wrote them: it always names its backup sheet's relationship. */
export function savedByAnother(edit: PackageEdit, workbook: string): boolean {
  return !new RegExp(`\\bId="${MARK}`).test(edit.text(relsPathOf(workbook)) ?? "");
}

/** A part's relationships: id, type and the part it points to. */
function relationships(edit: PackageEdit, part: string): { xml: string; id: string; type: string; target: string }[] {
  const rels = edit.text(relsPathOf(part)) ?? "";
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    xml: m[0],
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "TargetMode") === "External" ? "" : resolvePath(dirOf(part), attr(m[0], "Target") ?? ""),
  }));
}

/** A part taken out with its relationships part and its content type override. */
function dropPart(edit: PackageEdit, path: string): void {
  edit.remove(path);
  edit.remove(relsPathOf(path));
  const types = edit.text("[Content_Types].xml");
  if (types !== null)
    edit.set(
      "[Content_Types].xml",
      types.replace(new RegExp(`<Override\\b[^>]*PartName="/${escaped(path)}"[^>]*/>`), ""),
    );
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A relationship taken out of a part's relationships. */
function dropRelationship(edit: PackageEdit, part: string, xml: string): void {
  const path = relsPathOf(part);
  const rels = edit.text(path);
  if (rels !== null) edit.set(path, rels.replace(xml, ""));
}

/**
 * The sheets of these names taken out of the workbook: their parts, relationships and content
 * types, the defined names local to them (the others' places renumbered), the calculation chain
 * (Excel makes it again). Returns the names found.
 */
export function dropSheetsNamed(edit: PackageEdit, workbook: string, names: ReadonlySet<string>): string[] {
  let wb = edit.text(workbook) ?? "";
  const sheets = [...wb.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const rels = relationships(edit, workbook);
  const gone: number[] = [];
  const found: string[] = [];
  sheets.forEach((tag, index) => {
    const name = decodeEntities(attr(tag, "name") ?? "");
    if (!names.has(name)) return;
    // The relationships' namespace, whatever its prefix (r: mostly).
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel) {
      dropPart(edit, rel.target);
      dropRelationship(edit, workbook, rel.xml);
    }
    wb = wb.replace(tag, "");
    gone.push(index);
    found.push(name);
  });
  if (!gone.length) return found;
  const quoted = new Set(found.map((n) => `'${n.replace(/'/g, "''")}'!`));
  wb = wb.replace(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g, (whole) => {
    const local = attr(whole, "localSheetId");
    if (local !== null) {
      const at = Number(local);
      if (gone.includes(at)) return "";
      const shift = gone.filter((g) => g < at).length;
      return shift ? whole.replace(/localSheetId="\d+"/, `localSheetId="${at - shift}"`) : whole;
    }
    const formula = decodeEntities(whole.replace(/^<definedName\b[^>]*>|<\/definedName>$/g, ""));
    return [...quoted].some((q) => formula.includes(q)) || found.some((n) => formula.includes(`${n}!`)) ? "" : whole;
  });
  wb = wb.replace(/<definedNames\b[^>]*>\s*<\/definedNames>/, "");
  // The sheet shown first and the one active: kept within the sheets that stay.
  const left = sheets.length - gone.length;
  wb = wb.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (whole, key: string, value: string) =>
    Number(value) >= left ? `${key}="0"` : whole,
  );
  edit.set(workbook, wb);
  for (const rel of rels.filter((r) => r.type.endsWith("/calcChain"))) {
    dropPart(edit, rel.target);
    dropRelationship(edit, workbook, rel.xml);
  }
  return found;
}

/**
 * Plankoll's notes taken out of a sheet's own comments (where another program put them): those
 * at the cells it noted, saying what Plankoll says ("Plankoll: …"), and their shapes in the
 * sheet's drawing. A sheet left without notes loses its comments part and drawing.
 */
export function dropNotes(edit: PackageEdit, sheetPath: string, cells: ReadonlySet<string>): void {
  const rels = relationships(edit, sheetPath);
  const comments = rels.find((r) => r.type.endsWith("/comments"));
  const xml = comments && edit.text(comments.target);
  if (!comments || !xml) return;
  const dropped = new Set<string>();
  const kept = xml.replace(/<comment\b[^>]*>[\s\S]*?<\/comment>/g, (whole) => {
    const ref = attr(whole, "ref") ?? "";
    const text = [...whole.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((m) => decodeEntities(m[1])).join("");
    if (!cells.has(ref) || !text.startsWith(PLANKOLL_NOTE_PREFIX)) return whole;
    dropped.add(ref);
    return "";
  });
  if (!dropped.size) return;
  const vml = rels.find((r) => r.type.endsWith("/vmlDrawing"));
  const drawing = vml ? edit.text(vml.target) : null;
  let shapes = drawing;
  if (drawing) {
    const at = new Set([...dropped].map((ref) => `${parseA1(ref).row - 1},${parseA1(ref).column - 1}`));
    shapes = drawing.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
      if (!/ObjectType="Note"/.test(shape)) return shape;
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
      const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
      return at.has(`${row},${column}`) ? "" : shape;
    });
  }
  if (/<comment\b/.test(kept)) {
    edit.set(comments.target, kept);
    if (vml && shapes) edit.set(vml.target, shapes);
    return;
  }
  // No note left: the comments part goes, and the drawing with it where it held only notes.
  dropPart(edit, comments.target);
  dropRelationship(edit, sheetPath, comments.xml);
  if (vml && shapes !== null && !/<v:shape\b/.test(shapes)) {
    dropPart(edit, vml.target);
    dropRelationship(edit, sheetPath, vml.xml);
    const sheet = edit.text(sheetPath);
    if (sheet) edit.set(sheetPath, sheet.replace(new RegExp(`<legacyDrawing\\b[^>]*"${escaped(vml.id)}"[^>]*/>`), ""));
  } else if (vml && shapes) edit.set(vml.target, shapes);
}

/** The cells of a record's entries that got Plankoll's note, by sheet. */
export function notedCells(entries: readonly { sheet: string; range: string; addedNote: boolean }[]) {
  const bySheet = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!entry.addedNote) continue;
    const cells = bySheet.get(entry.sheet) ?? new Set<string>();
    bySheet.set(entry.sheet, cells);
    for (const cell of cellsOfRange(entry.range)) cells.add(cell);
  }
  return bySheet;
}
