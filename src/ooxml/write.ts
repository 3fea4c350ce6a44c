/**
 * The highlighted copy of a workbook package, changed only where Plankoll writes: the style of each
 * marked cell (new cell formats appended to the styles part), values in empty cells and added
 * columns, notes (a comments part and the VML drawing Excel shows them with) on sheets that had
 * none, Plankoll's sheets and its very hidden backup sheet. Every other part is copied byte for
 * byte: charts, drawings, pivot tables, tables, slicers, macros, external links, custom XML, the
 * user's own notes. Rensa for files (`clearPackage`) takes all of it out again.
 */
import { BACKUP_SHEET, type FinishedSheet, type LaterPlan, type WritePlan } from "../core/plan";
import { encodeBackup, type CellBackup } from "../core/backup";
import { a1, parseA1 } from "../core/sheet/address";
import { compactWrites, writeListOf } from "../core/writes";
import { type Deflate } from "./zip";
import { sharedStrings, type XlsxPackage, type WorkbookRead } from "./read";
import type { WriteSummary } from "../core/port";
import { PackageRefusal } from "./refusal";
import { attr } from "./xml";
import {
  REL_COMMENTS,
  REL_VML,
  CT_COMMENTS,
  CT_VML,
  MARK,
  PackageEdit,
  isPrefixed,
  relsPathOf,
  addRelationship,
  addContentType,
  type PartWriter,
} from "./package";
import { Styles, type FormatLook } from "./styles";
import { dropSheetsNamed } from "./resaved";
import {
  CellPatch,
  DATE_FORMAT,
  dateSerial,
  CellBefore,
  patchSheet,
  AFTER_LEGACY_DRAWING,
  insertWorksheetElement,
  ensureRelNamespace,
} from "./sheetPatch";
import { notesParts, sheetXml, PackageRecord, OoxmlBackup, ourSheetParts, addSheet } from "./ownSheets";
import { clearInto } from "./clear";

// The package layer's parts, each in its own file: re-exported so that callers keep one door.
export * from "./refusal";
export * from "./xml";
export * from "./package";
export * from "./styles";
export * from "./sheetPatch";
export * from "./textWindow";
export * from "./ownSheets";
export * from "./clear";

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

  /** `written`: the value written into the cell, as the plan has it (kept so a cell typed over since stays the user's). */
  add(row: number, col: number, was: CellBefore, addedNote: boolean, written: string | number | undefined): void {
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
      if (was.wrote && written !== undefined) run.entry.written?.push(written);
      return;
    }
    if (run) this.close(col, run);
    this.open.set(col, {
      first: row,
      last: row,
      was,
      note: addedNote,
      entry: {
        sheet: this.sheet,
        range: "",
        format: { s: was.s, created: was.created },
        addedNote,
        clearValue: was.wrote,
        ...(was.wrote && written !== undefined && { written: [written] }),
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

/** A sheet plan's marks and writes as one patch per cell, sorted by row and column. */
function cellPatches(sheetPlan: WritePlan["sheets"][number], date1904: boolean): CellPatch[] {
  const list: CellPatch[] = [];
  // Walked by index: run once over every cell written, before V8 has optimized the loop. Cells of
  // one look share it (it is only read), and every patch has the same fields.
  const looks = new Map<string | undefined, NonNullable<CellPatch["look"]>[]>();
  const lookOf = (fill: string | undefined, bold: boolean | undefined, date: boolean) => {
    let byFlags = looks.get(fill);
    if (!byFlags) looks.set(fill, (byFlags = []));
    const flags = (bold === undefined ? 0 : bold ? 1 : 2) + (date ? 3 : 0);
    return (byFlags[flags] ??= { fill, bold, numFmt: date ? DATE_FORMAT : undefined });
  };
  const { marks } = sheetPlan;
  for (let i = 0; i < marks.length; i++) {
    const { row, column } = parseA1(marks[i].cell);
    const look = lookOf(marks[i].fill, undefined, false);
    list.push({ row, col: column, marked: true, look, value: undefined, planned: undefined });
  }
  // The core's compact writes where the plan has them (no object or address made per write).
  const writes = writeListOf(sheetPlan);
  for (let i = 0; i < writes.length; i++) {
    const value = writes.value(i);
    const written = writes.look(i);
    const fill = written?.fill;
    const bold = written?.bold;
    const serial = dateSerial(value, date1904);
    const look = fill || bold || serial !== null ? lookOf(fill, bold, serial !== null) : undefined;
    const planned = serial === null ? undefined : value;
    list.push({ row: writes.row(i), col: writes.col(i), marked: undefined, look, value: serial ?? value, planned });
  }
  list.sort((a, b) => a.row - b.row || a.col - b.col);
  // A cell both marked and written gets one patch: the value, the write's look over the mark's fill.
  const out: CellPatch[] = [];
  for (let i = 0; i < list.length; i++) {
    const patch = list[i];
    const last = out[out.length - 1];
    if (!last || last.row !== patch.row || last.col !== patch.col) {
      out.push(patch);
      continue;
    }
    if (patch.value !== undefined) [last.value, last.planned] = [patch.value, patch.planned];
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
/**
 * A sheet's notes in parts of Plankoll's (its comments and VML drawing), with their relationships
 * and content types, recorded for Rensa.
 */
function addNotesParts(
  edit: PackageEdit,
  sheetPath: string,
  sheetName: string,
  notes: { cell: string; text: string }[],
  record: PackageRecord,
): void {
  // Named as Excel names them (xl/commentsN.xml, xl/drawings/vmlDrawingN.vml), N not yet taken:
  // readers that know only that form (exceljs) read Plankoll's notes too.
  let n = 1;
  while (edit.exists(`xl/comments${n}.xml`) || edit.exists(`xl/drawings/vmlDrawing${n}.vml`)) n++;
  const comments = `xl/comments${n}.xml`;
  const vml = `xl/drawings/vmlDrawing${n}.vml`;
  const parts = notesParts(notes);
  edit.writePart(comments, parts.comments);
  edit.writePart(vml, parts.vml);
  const relsCreated = edit.text(relsPathOf(sheetPath)) === null;
  addRelationship(edit, sheetPath, `${MARK}Comments`, REL_COMMENTS, comments);
  addRelationship(edit, sheetPath, `${MARK}Notes`, REL_VML, vml);
  addContentType(edit, `<Override PartName="/${comments}" ContentType="${CT_COMMENTS}"/>`);
  if (!/<Default\b[^>]*Extension="vml"/i.test(edit.text("[Content_Types].xml") ?? "")) {
    addContentType(edit, `<Default Extension="vml" ContentType="${CT_VML}"/>`);
    record.vmlDefault = true;
  }
  record.notes[sheetName] = relsCreated ? { comments, vml, rels: relsPathOf(sheetPath) } : { comments, vml };
}

/** Plankoll's sheets, then the very hidden backup that lets Rensa take everything out again. */
function addOwnSheets(
  edit: PackageEdit,
  workbook: string,
  styles: Styles,
  record: PackageRecord,
  summary: WriteSummary,
  backup: OoxmlBackup,
  newSheets: Iterable<FinishedSheet>,
): void {
  // A sheet of Plankoll's name still there (copied in, or its record lost): replaced, never doubled.
  const add = (name: string, xml: PartWriter, state: "visible" | "veryHidden", titleRows?: [number, number]) => {
    dropSheetsNamed(edit, workbook, new Set([name]));
    addSheet(edit, workbook, name, xml, state, record, titleRows);
  };
  for (const spec of newSheets) {
    add(spec.name, sheetXml(spec, styles), "visible", spec.titleRows);
    backup.sheets.push(spec.name);
    summary.sheets.push(spec.name);
  }
  const chunks = encodeBackup(backup);
  // Very hidden, never printed: rendered as it is.
  const backupSpec: FinishedSheet = {
    name: BACKUP_SHEET,
    cells: chunks.map((c, i) => ({ row: i + 1, col: 1, value: c })),
    columnWidths: [],
    landscape: false,
  };
  // The backup sheet records itself: it is added last and named in the record by the code that reads it.
  add(BACKUP_SHEET, sheetXml(backupSpec, styles), "veryHidden");
}

/** The look of each format the record names (its cells' formats before Plankoll's, by index). */
function looksOf(backups: readonly CellBackup[], styles: Styles): Record<string, FormatLook> {
  const looks: Record<string, FormatLook> = {};
  for (const entry of backups) {
    const { s, created } = entry.format as { s: number | null; created: boolean };
    if (!created) looks[String(s)] ??= styles.lookOf(s);
  }
  return looks;
}

/** One user's sheet patched as its text streams through: its cells' styles and values, its frame for notes. */
function patchInto(
  edit: PackageEdit,
  sheet: { name: string; path: string },
  given: {
    patches: ReturnType<typeof cellPatches>;
    sharedText: (index: number) => string;
    styles: Styles;
    notes: boolean;
    record: PackageRecord;
  },
  done: Parameters<typeof patchSheet>[5],
): void {
  const { patches, sharedText, styles, notes, record } = given;
  const source = edit.window(sheet.path)!;
  const sink = edit.deflating(sheet.path);
  try {
    patchSheet(
      sheet.name,
      sharedText,
      source,
      patches,
      (base, look) => styles.format(base, look ?? {}),
      done,
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
    if (error instanceof PackageRefusal && !error.part) throw new PackageRefusal(error.message, error.kind, sheet.path);
    throw error;
  }
  sink.done();
}

/**
 * A sheet plan taken for writing: its patches and its notes (null when it has neither). With
 * `release`, the plan keeps only the sheet's name: a 100 000-row sheet's marks and writes are let
 * go before its patches are written (the patches say the same).
 */
function takeSheetPlan(plan: LaterPlan, index: number, release: boolean, date1904: boolean) {
  const sheetPlan = plan.sheets[index];
  if (sheetPlan.marks.length === 0 && (compactWrites(sheetPlan) ?? sheetPlan.writes).length === 0) return null;
  if (release) plan.sheets[index] = { sheet: sheetPlan.sheet, marks: [], writes: [] };
  return {
    patches: cellPatches(sheetPlan, date1904),
    notes: sheetPlan.marks.map((m) => ({ cell: m.cell, text: m.note })),
  };
}

export function writeHighlighted(
  pkg: XlsxPackage,
  read: WorkbookRead,
  /** Plankoll's sheets may be made as they are written (core/workbook.ts analyzeForWriting), each let go after. */
  plan: LaterPlan,
  deflate: Deflate,
  /** `release`: each sheet's marks and writes are let go from `plan.sheets` as it is written (the command line's own plan). */
  options: { release?: boolean } = {},
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

  for (let index = 0; index < plan.sheets.length; index++) {
    const sheet = sheets.find((s) => s.name === plan.sheets[index].sheet);
    if (!sheet) continue;
    const taken = takeSheetPlan(plan, index, options.release === true, read.layout.date1904);
    if (!taken) continue;
    // A sheet with notes of its own keeps them alone: Plankoll's go to the review sheet then. Its
    // legacy drawing (notes, or pictures in the header) is named in its relationships.
    const rels = edit.text(relsPathOf(sheet.path)) ?? "";
    const hasNotes = [...rels.matchAll(/<Relationship\b[^>]*>/g)].some((m) => attr(m[0], "Type") === REL_VML);
    const notes = taken.notes.length > 0 && !hasNotes;
    if (taken.notes.length && hasNotes) summary.notesLeftOut.push(sheet.name);
    const runs = new BackupRuns(sheet.name);
    // The notes' parts and relationships first: the sheet's frame (its namespace, the legacy
    // drawing) is then known before its rows are written.
    if (notes) addNotesParts(edit, sheet.path, sheet.name, taken.notes, record);
    patchInto(edit, sheet, { patches: taken.patches, sharedText, styles, notes, record }, (patch, was) => {
      runs.add(patch.row, patch.col, was, notes && patch.marked === true, patch.planned ?? patch.value);
      if (was.wrote) summary.values++;
      if (notes && patch.marked) summary.notes++;
    });
    summary.fills += taken.notes.length;
    backups.push(...runs.finish());
  }

  record.looks = looksOf(backups, styles);
  // Plankoll's own sheets, then the backup that lets Rensa take everything out again.
  addOwnSheets(
    edit,
    workbook,
    styles,
    record,
    summary,
    {
      version: 1,
      adapter: "ooxml",
      cells: backups,
      sheets: [],
      reviewed: plan.sheets.map((p) => p.sheet),
      package: record,
    },
    plan.newSheets,
  );
  styles.save();
  return { bytes: edit.write(deflate), summary };
}
