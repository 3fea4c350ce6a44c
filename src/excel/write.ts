/**
 * Applies a write plan through Office.js and restores it (Rensa). Fills are grouped by colour
 * and sent as multi-area ranges; values go as blocks; everything is batched by payload.
 */
import {
  BACKUP_SHEET,
  cellsOfRange,
  compressCells,
  encodeBackup,
  type Backup,
  type CellBackup,
  type CellWrite,
  type WritePlan,
} from "../core";
import { Batch, PAYLOAD_BUDGET, jsonBytes } from "./batch";
import { PlankollError, type Work } from "../core/progress";
import type { WriteSummary } from "../core/port";
import { isEmptyCell } from "../core/empty";
import type { CellValue } from "../core/types";
import { verticalRuns, safeValue, groupBy, fillAreas, boldAreas } from "./ranges";
import { addSheet } from "./ownSheets";

/** The part of a cell's format Plankoll may change, as recorded before changing it. */
/**
 * A cell's fill pattern as it is, from what Excel reports. Excel does not always say: a solid fill
 * can come back with pattern null (office-js #4900), and no fill as white (#6218). A colour other
 * than white without a pattern is a solid fill — never taken for none, so that Rensa never wipes
 * a user's fill; white without a pattern is taken for no fill (which is how it looks). Gradients
 * are "Gradient": the API cannot set one, so Plankoll never changes such a cell's fill.
 */
export function fillPatternOf(fill: { color?: string | null; pattern?: string | null } | undefined): string {
  const pattern = fill?.pattern;
  if (pattern && /Gradient$/i.test(pattern)) return "Gradient";
  if (pattern) return pattern;
  const color = (fill?.color ?? "").toUpperCase();
  return color && color !== "#FFFFFF" ? "Solid" : "None";
}

export interface ExcelCellFormat {
  fillColor: string;
  fillPattern: string;
  bold: boolean | null;
}

export interface WriteOptions {
  /** Notes need ExcelApi 1.18; without them findings are on the Granskning sheet only. */
  notes: boolean;
  /** Progress in cells written, and Avbryt between requests. */
  work?: Work;
}

/** Queues the restore of an earlier run: formats, notes and empty cells back, Plankoll's sheets gone. */
export async function queueRestore(
  context: Excel.RequestContext,
  backup: Backup,
  sheetNames: readonly string[],
  batch: Batch,
  /** Whether the host has notes (ExcelApi 1.18); without them, Plankoll's notes are left where they are. */
  notesSupported = true,
): Promise<{ notesLeft: string[] }> {
  const worksheets = context.workbook.worksheets;
  const entries = backup.cells.filter((entry) => sheetNames.includes(entry.sheet));
  // An Excel without the notes API refuses every call to it before sending anything: the rest is
  // still undone, and the notes Plankoll added are named so the user can delete them by hand.
  const notesLeft = notesSupported
    ? []
    : entries.filter((e) => e.addedNote).flatMap((e) => cellsOfRange(e.range).map((cell) => `${e.sheet}!${cell}`));
  // Notes Plankoll added may since have been deleted by the user: look before deleting.
  const notes: Excel.Note[] = [];
  for (const entry of entries.filter((e) => e.addedNote && notesSupported)) {
    const sheet = worksheets.getItem(entry.sheet);
    for (const cell of cellsOfRange(entry.range)) {
      await batch.reserve(cell.length + 40);
      const note = sheet.notes.getItemOrNullObject(cell);
      note.load("content");
      notes.push(note);
    }
  }
  if (notes.length) await batch.flush();
  for (const note of notes) {
    if (note.isNullObject) continue;
    await batch.reserve(40);
    note.delete();
  }
  for (const entry of entries) {
    batch.count(1);
    // Room first, then the range: the range is then used in the request it was taken in, never across a sync
    // (office.js refuses that unless the host has sent back a reference for it).
    await batch.reserve(entry.range.length + 80);
    const range = worksheets.getItem(entry.sheet).getRange(entry.range).untrack();
    const format = entry.format as ExcelCellFormat;
    if (entry.clearValue) range.clear(Excel.ClearApplyTo.contents);
    // A gradient was never changed (Plankoll cannot set one back): nothing to restore.
    if (format.fillPattern === "Gradient") {
      /* left as it is */
    } else if (format.fillPattern === "None") range.format.fill.clear();
    else {
      range.format.fill.color = format.fillColor;
      if (format.fillPattern !== "Solid") range.format.fill.pattern = format.fillPattern as Excel.FillPattern;
    }
    if (format.bold !== null) range.format.font.bold = format.bold;
  }
  for (const name of [...backup.sheets, BACKUP_SHEET]) {
    if (!sheetNames.includes(name)) continue;
    await batch.reserve(name.length);
    const sheet = worksheets.getItem(name);
    // A very hidden sheet must be made visible before it can be deleted.
    if (name === BACKUP_SHEET) sheet.visibility = Excel.SheetVisibility.visible;
    sheet.delete();
  }
  return { notesLeft };
}

/** Writes blocks of consecutive values in one request each. */
async function writeValues(sheet: Excel.Worksheet, writes: readonly CellWrite[], batch: Batch): Promise<void> {
  const byCell = new Map(writes.map((w) => [w.cell, w]));
  for (const run of verticalRuns(writes.map((w) => w.cell))) {
    const block = run.cells.map((cell) => [safeValue(byCell.get(cell)!.value)]);
    await batch.reserve(jsonBytes(block) + run.range.length);
    sheet.getRange(run.range).untrack().values = block;
    batch.count(run.cells.length);
  }
  for (const [color, group] of groupBy(
    writes.filter((w) => w.fill),
    (w) => w.fill!,
  )) {
    await fillAreas(
      sheet,
      group.map((w) => w.cell),
      color,
      batch,
    );
  }
  await boldAreas(
    sheet,
    writes.filter((w) => w.bold).map((w) => w.cell),
    batch,
  );
}

type SheetPlan = WritePlan["sheets"][number];

/** What a cell the plan touches looks like now, asked in the requests before anything is written. */
interface Probe {
  sheet: string;
  clearValue: boolean;
  cells: string[];
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  /** For cells Plankoll is to fill in: their values now, which must still be empty. */
  current?: Excel.Range;
}

interface Probes {
  cells: Probe[];
  notes: { sheet: string; cell: string; note: Excel.Note }[];
  comments: { sheet: string; comments: Excel.CommentCollection }[];
}

/**
 * Skriv resultat, step by step: the earlier run is taken back; every cell the plan touches is
 * probed; the cells to fill are verified still empty; the notes and threaded comments already
 * there are found; what each cell looked like is recorded in the backup sheet first; then the
 * marks, notes, values and Plankoll's sheets are written.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  previous: Backup | null,
  sheetNames: readonly string[],
  options: WriteOptions,
): Promise<WriteSummary> {
  const batch = new Batch(context, PAYLOAD_BUDGET, options.work);
  await takeBackEarlierRun(context, plan, previous, sheetNames, batch, options.notes);
  const sheetPlans = plan.sheets
    .filter((p) => sheetNames.includes(p.sheet) && (p.marks.length || p.writes.length))
    .map((p) => ({ ...p }));
  const probes = await probeCells(context, sheetPlans, batch, options.notes);
  const formulaCells = verifyStillEmpty(probes.cells, sheetPlans);
  const hasNote = await existingNotes(probes, batch);
  const { backups, gradients } = recordBefore(probes.cells, formulaCells, hasNote, options.notes);
  await storeRecord(context, backups, plan, batch);
  return writeAll(context, plan, sheetPlans, { hasNote, gradients }, batch, options.notes);
}

/** The earlier run restored; Plankoll's sheets left without a backup (e.g. copied in) replaced all the same. */
async function takeBackEarlierRun(
  context: Excel.RequestContext,
  plan: WritePlan,
  previous: Backup | null,
  sheetNames: readonly string[],
  batch: Batch,
  notes: boolean,
): Promise<void> {
  if (previous) {
    await queueRestore(context, previous, sheetNames, batch, notes);
    return;
  }
  for (const name of [...plan.newSheets.map((s) => s.name), BACKUP_SHEET]) {
    if (!sheetNames.includes(name)) continue;
    await batch.reserve(name.length);
    const sheet = context.workbook.worksheets.getItem(name);
    if (name === BACKUP_SHEET) sheet.visibility = Excel.SheetVisibility.visible;
    sheet.delete();
  }
}

/** What each touched cell looks like before, read after the restore: formats, the values of cells to fill, notes, comments. */
async function probeCells(
  context: Excel.RequestContext,
  sheetPlans: readonly SheetPlan[],
  batch: Batch,
  notes: boolean,
): Promise<Probes> {
  const probes: Probes = { cells: [], notes: [], comments: [] };
  for (const sheetPlan of sheetPlans) {
    const sheet = context.workbook.worksheets.getItem(sheetPlan.sheet);
    if (notes && sheetPlan.marks.length) {
      // A cell with a threaded comment takes no note (Excel refuses one there): the comments are looked up too.
      await batch.reserve(80);
      probes.comments.push({ sheet: sheetPlan.sheet, comments: sheet.comments.load("items/id") });
    }
    for (const [clearValue, cells] of [
      [false, sheetPlan.marks.map((m) => m.cell)],
      [true, sheetPlan.writes.map((w) => w.cell)],
    ] as const) {
      for (const run of verticalRuns(cells)) {
        // The response carries about 90 bytes per cell.
        await batch.reserveRead(run.cells.length * 90);
        // Read in the request it is queued in: untracked, so Excel keeps no reference to release later.
        const range = sheet.getRange(run.range).untrack();
        const props = range.getCellProperties({
          format: { fill: { color: true, pattern: true }, font: { bold: true } },
        });
        // Formulas, not values: a formula showing nothing is still the user's.
        const current = clearValue ? range.load("formulas") : undefined;
        probes.cells.push({ sheet: sheetPlan.sheet, clearValue, cells: run.cells, props, current });
      }
    }
    if (notes) {
      for (const mark of sheetPlan.marks) {
        await batch.reserve(mark.cell.length + 40);
        const note = sheet.notes.getItemOrNullObject(mark.cell);
        note.load("content");
        probes.notes.push({ sheet: sheetPlan.sheet, cell: mark.cell, note });
      }
    }
  }
  await batch.flush();
  return probes;
}

/**
 * A cell Plankoll fills in must still be empty (core/empty.ts): if someone typed there since the
 * sheet was read, nothing is written and the pane reads the sheet again. A formula there is left
 * alone — the core did not know it (Excel gives its value, "") — and its write dropped. Returns
 * those formula cells (Sheet!A1).
 */
function verifyStillEmpty(probes: readonly Probe[], sheetPlans: SheetPlan[]): Set<string> {
  const formulaCells = new Set<string>();
  for (const probe of probes) {
    const formulas = (probe.current?.formulas ?? []) as unknown[][];
    formulas.forEach((row, i) => {
      const value = row[0];
      if (typeof value === "string" && value.startsWith("=")) formulaCells.add(`${probe.sheet}!${probe.cells[i]}`);
      else if (!isEmptyCell(value as CellValue))
        throw new PlankollError("sheetChanged", { sheet: probe.sheet, cell: probe.cells[i] });
    });
  }
  if (formulaCells.size) {
    for (const sheetPlan of sheetPlans)
      sheetPlan.writes = sheetPlan.writes.filter((w) => !formulaCells.has(`${sheetPlan.sheet}!${w.cell}`));
  }
  return formulaCells;
}

/** The marked cells that already hold a note or a threaded comment (Sheet!A1): they get no note of Plankoll's. */
async function existingNotes(probes: Probes, batch: Batch): Promise<Set<string>> {
  const hasNote = new Set(probes.notes.filter((p) => !p.note.isNullObject).map((p) => `${p.sheet}!${p.cell}`));
  // Where the threaded comments are: one more request, only on sheets that have any.
  const locations: { sheet: string; range: Excel.Range }[] = [];
  for (const probe of probes.comments) {
    for (const comment of probe.comments.items) {
      await batch.reserve(80);
      locations.push({ sheet: probe.sheet, range: comment.getLocation().load("address") });
    }
  }
  if (locations.length) await batch.flush();
  // "'Blad 1'!$F$8" → "Blad 1!F8": the cell after the sheet's name, which may hold "!" itself.
  for (const { sheet, range } of locations)
    hasNote.add(`${sheet}!${range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/g, "")}`);
  return hasNote;
}

/** Each touched cell's format as it was, and the cells with a gradient fill (left as they are: the API could not set it back). */
function recordBefore(
  probes: readonly Probe[],
  formulaCells: ReadonlySet<string>,
  hasNote: ReadonlySet<string>,
  notes: boolean,
): { backups: CellBackup[]; gradients: Set<string> } {
  const backups: CellBackup[] = [];
  const gradients = new Set<string>();
  for (const probe of probes) {
    probe.props.value.forEach((row, i) => {
      const format = row[0].format ?? {};
      const cell = probe.cells[i];
      if (probe.clearValue && formulaCells.has(`${probe.sheet}!${cell}`)) return;
      const recorded: ExcelCellFormat = {
        fillColor: format.fill?.color ?? "#FFFFFF",
        fillPattern: fillPatternOf(format.fill),
        bold: format.font?.bold ?? null,
      };
      if (recorded.fillPattern === "Gradient") gradients.add(`${probe.sheet}!${cell}`);
      const addedNote = !probe.clearValue && notes && !hasNote.has(`${probe.sheet}!${cell}`);
      backups.push({ sheet: probe.sheet, range: cell, format: recorded, addedNote, clearValue: probe.clearValue });
    });
  }
  return { backups, gradients };
}

/**
 * The record of what is about to change goes in first: should a later request fail (a sheet
 * protected meanwhile) or the user press Avbryt, Rensa restores exactly what was done.
 */
async function storeRecord(
  context: Excel.RequestContext,
  backups: readonly CellBackup[],
  plan: WritePlan,
  batch: Batch,
): Promise<void> {
  const record: Backup = {
    version: 1,
    adapter: "excel",
    cells: compressCells(backups),
    sheets: plan.newSheets.map((spec) => spec.name),
    reviewed: plan.sheets.map((p) => p.sheet),
  };
  const chunks = encodeBackup(record);
  await batch.reserve(BACKUP_SHEET.length);
  const store = context.workbook.worksheets.add(BACKUP_SHEET);
  for (let i = 0; i < chunks.length; i += 40) {
    // A chunk is cut anywhere in the JSON: one starting with = + - @ must stay text, not become a formula.
    const block = chunks.slice(i, i + 40).map((chunk) => [safeValue(chunk)]);
    await batch.reserve(jsonBytes(block));
    store.getRangeByIndexes(i, 0, block.length, 1).untrack().values = block;
  }
  store.visibility = Excel.SheetVisibility.veryHidden;
}

/**
 * The marks (fills, notes), the values and Plankoll's sheets. Progress counts what the loops below
 * count: a mark once for its fill and once for its note, a value, a new sheet's cells.
 */
async function writeAll(
  context: Excel.RequestContext,
  plan: WritePlan,
  sheetPlans: SheetPlan[],
  found: { hasNote: ReadonlySet<string>; gradients: ReadonlySet<string> },
  batch: Batch,
  notes: boolean,
): Promise<WriteSummary> {
  const total =
    sheetPlans.reduce((sum, p) => sum + p.marks.length * (notes ? 2 : 1) + p.writes.length, 0) +
    plan.newSheets.reduce((sum, spec) => sum + spec.cells.length, 0);
  batch.track("write", total);
  const summary: WriteSummary = { fills: 0, values: 0, notes: 0, notesLeftOut: [], sheets: [], syncs: 0 };
  for (const sheetPlan of sheetPlans) {
    const sheet = context.workbook.worksheets.getItem(sheetPlan.sheet);
    const fillable = (cell: string) => !found.gradients.has(`${sheetPlan.sheet}!${cell}`);
    if (found.gradients.size)
      sheetPlan.writes = sheetPlan.writes.map((w) => (fillable(w.cell) ? w : { ...w, fill: undefined }));
    for (const [color, marks] of groupBy(
      sheetPlan.marks.filter((m) => fillable(m.cell)),
      (m) => m.fill,
    )) {
      await fillAreas(
        sheet,
        marks.map((m) => m.cell),
        color,
        batch,
        true,
      );
      summary.fills += marks.length;
    }
    if (!notes && sheetPlan.marks.length) summary.notesLeftOut.push(sheetPlan.sheet);
    if (notes) {
      for (const mark of sheetPlan.marks) {
        batch.count(1);
        if (found.hasNote.has(`${sheetPlan.sheet}!${mark.cell}`)) continue;
        await batch.reserve(mark.note.length * 2 + mark.cell.length);
        sheet.notes.add(mark.cell, mark.note);
        summary.notes++;
      }
    }
    await writeValues(sheet, sheetPlan.writes, batch);
    summary.values += sheetPlan.writes.length;
  }
  for (const spec of plan.newSheets) {
    await addSheet(context, spec, batch);
    batch.count(spec.cells.length);
    summary.sheets.push(spec.name);
  }
  await batch.flush();
  summary.syncs = batch.syncs;
  return summary;
}

/** Rensa: restores everything the last run changed. False when there was nothing to restore. */
export async function clearPlan(
  context: Excel.RequestContext,
  backup: Backup | null,
  sheetNames: readonly string[],
  work?: Work,
  notesSupported = true,
): Promise<{ cleared: boolean; syncs: number; notesLeft: string[] }> {
  if (!backup && !sheetNames.includes(BACKUP_SHEET)) return { cleared: false, syncs: 0, notesLeft: [] };
  // Rensa is never cancelled halfway: only its progress is reported.
  const batch = new Batch(context, PAYLOAD_BUDGET, work && { onProgress: work.onProgress });
  batch.track("restore", backup?.cells.length ?? 0);
  const { notesLeft } = await queueRestore(
    context,
    backup ?? { version: 1, adapter: "excel", cells: [], sheets: [] },
    sheetNames,
    batch,
    notesSupported,
  );
  await batch.flush();
  return { cleared: true, syncs: batch.syncs, notesLeft };
}
