/**
 * Applies a write plan through Office.js and restores it (Rensa). Fills are grouped by colour
 * and sent as multi-area ranges; values go as blocks; everything is batched by payload.
 */
import {
  BACKUP_SHEET,
  cellsOfRange,
  compressCells,
  encodeBackup,
  holdsWritten,
  writtenCells,
  type Backup,
  type CellBackup,
  type CellWrite,
  type WritePlan,
} from "../core";
import { Batch, PAYLOAD_BUDGET, jsonBytes } from "./batch";
import { PlankollError, type Work } from "../core/progress";
import type { WriteSummary } from "../core/port";
import { probeBefore, type Bridging, type ExcelCellFormat, type Probed } from "./probe";
import {
  addressChunks,
  MAX_BRIDGED_GAP,
  MAX_RUN_CELLS,
  bridgedRuns,
  verticalRuns,
  safeValue,
  groupBy,
  fillAreas,
  fillLayers,
  boldAreas,
  runAddresses,
} from "./ranges";
import { addSheet } from "./ownSheets";

export { fillPatternOf, type ExcelCellFormat } from "./probe";

export interface WriteOptions {
  /** Notes need ExcelApi 1.18; without them findings are on the Granskning sheet only. */
  notes: boolean;
  /**
   * Merged areas can be asked for (ExcelApi 1.13): values are then written in blocks bridging a
   * few rows where no merged area lies in between; without it, run by run.
   */
  layout?: boolean;
  /** Progress in cells written, and Avbryt between requests. */
  work?: Work;
}

/**
 * Plankoll's notes taken away. They may since have been deleted by the user: looked for first,
 * through one collection per sheet (not a sheet's path and its notes' sent again for every note),
 * asking the smallest property (whether a note is there is what counts) — or its text, where the
 * next run writes a note in the same cell: one that says the same is left where it is (returned,
 * Sheet!A1), not deleted and added again.
 */
async function restoreNotes(
  context: Excel.RequestContext,
  entries: readonly { sheet: string; range: string }[],
  batch: Batch,
  nextNotes: ReadonlyMap<string, string>,
  /** Reads are queued before the notes' (the cells Plankoll wrote into): sent with them, or alone. */
  readsQueued = false,
): Promise<Set<string>> {
  const notes: { at: string; note: Excel.Note }[] = [];
  const notesOf = new Map<string, Excel.NoteCollection>();
  for (const entry of entries) {
    let sheetNotes = notesOf.get(entry.sheet);
    if (!sheetNotes) notesOf.set(entry.sheet, (sheetNotes = context.workbook.worksheets.getItem(entry.sheet).notes));
    for (const cell of cellsOfRange(entry.range)) {
      const at = `${entry.sheet}!${cell}`;
      await batch.reserve(cell.length + 40);
      const note = sheetNotes.getItemOrNullObject(cell);
      if (nextNotes.has(at)) note.load("content");
      else note.load("visible");
      notes.push({ at, note });
    }
  }
  if (notes.length || readsQueued) await batch.flush();
  const kept = new Set<string>();
  for (const { at, note } of notes) {
    if (note.isNullObject) continue;
    if (nextNotes.has(at) && note.content === nextNotes.get(at)) kept.add(at);
    else {
      await batch.reserve(40);
      note.delete();
    }
  }
  return kept;
}

/** What a run writes, by cell (Sheet!A1): its notes' texts and its values. */
interface NextRun {
  notes: ReadonlyMap<string, string>;
  values: ReadonlyMap<string, string | number>;
}

/** What the sheets' plans write, by cell: the values, and the notes where the host takes them. */
function nextRunOf(sheetPlans: readonly SheetPlan[], notes: boolean): NextRun {
  const next = { notes: new Map<string, string>(), values: new Map<string, string | number>() };
  for (const p of sheetPlans) {
    if (notes) for (const mark of p.marks) next.notes.set(`${p.sheet}!${mark.cell}`, mark.note);
    for (const w of p.writes) next.values.set(`${p.sheet}!${w.cell}`, w.value);
  }
  return next;
}

/** Queues the restore of an earlier run: formats, notes and empty cells back, Plankoll's sheets gone. */
export async function queueRestore(
  context: Excel.RequestContext,
  backup: Backup,
  sheetNames: readonly string[],
  batch: Batch,
  /** Whether the host has notes (ExcelApi 1.18); without them, Plankoll's notes are left where they are. */
  notesSupported = true,
  /**
   * What the next run writes (Sheet!A1 → a note's text, a value), when the restore comes before
   * one: a note or a value of Plankoll's that is the same is left where it is.
   */
  next: NextRun = { notes: new Map(), values: new Map() },
): Promise<{ notesLeft: string[]; kept: Set<string>; emptied: Set<string>; keptValues: Set<string> }> {
  const worksheets = context.workbook.worksheets;
  const entries = backup.cells.filter((entry) => sheetNames.includes(entry.sheet));
  // An Excel without the notes API refuses every call to it before sending anything: the rest is
  // still undone, and the notes Plankoll added are named so the user can delete them by hand.
  const notesLeft = notesSupported
    ? []
    : entries.filter((e) => e.addedNote).flatMap((e) => cellsOfRange(e.range).map((cell) => `${e.sheet}!${cell}`));
  const added = entries.filter((e) => e.addedNote);
  // The cells Plankoll wrote into are read in the request that looks for its notes.
  const written = await readWritten(context, entries, batch);
  const readsQueued = written.length > 0;
  const kept = notesSupported ? await restoreNotes(context, added, batch, next.notes, readsQueued) : new Set<string>();
  if (!notesSupported && readsQueued) await batch.flush();
  const { emptied, keptValues } = await clearWritten(context, written, batch, next.values);
  // Cells that had the same state are put back together, up to 400 areas a time: a register's
  // 10 000 marks of one earlier look are a few requests, not one each.
  for (const group of groupBy(entries, (e) =>
    JSON.stringify([e.sheet, e.format, e.clearValue, !!e.written]),
  ).values()) {
    const { sheet, clearValue } = group[0];
    const format = group[0].format as ExcelCellFormat;
    const chunks = addressChunks(group.map((e) => e.range));
    for (const chunk of chunks) {
      // Room first, then the areas: used in the request they were taken in, never across a sync
      // (office.js refuses that unless the host has sent back a reference for them).
      await batch.reserve(chunk.length + 240);
      const areas = worksheets.getItem(sheet).getRanges(chunk).untrack();
      // A record stored before the values written were kept: its cells are emptied as they were then.
      if (clearValue && !group[0].written) areas.clear(Excel.ClearApplyTo.contents);
      // A gradient was never changed (Plankoll cannot set one back): nothing to restore.
      if (format.fillPattern === "Gradient") {
        /* left as it is */
      } else if (format.fillPattern === "None") areas.format.fill.clear();
      else {
        areas.format.fill.color = format.fillColor;
        if (format.fillPattern !== "Solid") areas.format.fill.pattern = format.fillPattern as Excel.FillPattern;
      }
      if (format.bold !== null) areas.format.font.bold = format.bold;
    }
    batch.count(group.length);
  }
  for (const name of [...backup.sheets, BACKUP_SHEET]) {
    if (!sheetNames.includes(name)) continue;
    await batch.reserve(name.length);
    const sheet = worksheets.getItem(name);
    // A very hidden sheet must be made visible before it can be deleted.
    if (name === BACKUP_SHEET) sheet.visibility = Excel.SheetVisibility.visible;
    sheet.delete();
  }
  return { notesLeft, kept, emptied, keptValues };
}

/** A block of cells Plankoll wrote into, as read before they are emptied. */
interface WrittenRead {
  sheet: string;
  run: { range: string; cells: (string | null)[] };
  /** What Plankoll wrote in each cell of the block (Sheet!A1). */
  written: ReadonlyMap<string, string | number>;
  range: Excel.Range;
}

/**
 * The cells Plankoll wrote into, read before anything is taken back: their formulas (a formula
 * is the user's, whatever it shows), in blocks bridging a few rows. Records stored before the
 * values written were kept have none to compare with: their cells are emptied as before.
 */
async function readWritten(
  context: Excel.RequestContext,
  entries: readonly CellBackup[],
  batch: Batch,
): Promise<WrittenRead[]> {
  const reads: WrittenRead[] = [];
  for (const [sheet, group] of groupBy(
    entries.filter((e) => e.clearValue && e.written),
    (e) => e.sheet,
  )) {
    const written = new Map(group.flatMap((e) => writtenCells(e).map((w) => [w.cell, w.written!])));
    for (const run of bridgedRuns([...written.keys()])) {
      await batch.reserveRead(run.cells.length * 12);
      const range = context.workbook.worksheets.getItem(sheet).getRange(run.range).untrack().load("formulas");
      reads.push({ sheet, run, written, range });
    }
  }
  return reads;
}

/**
 * Empties the cells that still hold what Plankoll wrote: one typed over since (another value,
 * a formula) is the user's and stays as the user left it. One the next run writes the same value
 * into stays too (`keptValues`: not emptied and written again).
 */
async function clearWritten(
  context: Excel.RequestContext,
  reads: readonly WrittenRead[],
  batch: Batch,
  nextValues: ReadonlyMap<string, string | number>,
): Promise<{ emptied: Set<string>; keptValues: Set<string> }> {
  const emptied = new Set<string>();
  const keptValues = new Set<string>();
  for (const [sheet, blocks] of groupBy(reads, (r) => r.sheet)) {
    const cells: string[] = [];
    for (const { run, written, range } of blocks) {
      const formulas = range.formulas;
      run.cells.forEach((cell, i) => {
        if (cell === null) return;
        const seen = formulas[i]?.[0];
        const value = written.get(cell)!;
        const ours = seen === "" || holdsWritten(seen, value) || seen === safeValue(value);
        if (!ours) return;
        const at = `${sheet}!${cell}`;
        if (seen !== "" && nextValues.get(at) === value) keptValues.add(at);
        else {
          cells.push(cell);
          emptied.add(at);
        }
      });
    }
    await clearCells(context.workbook.worksheets.getItem(sheet), cells, batch);
  }
  return { emptied, keptValues };
}

/** Cells of a sheet emptied, in as few areas as their runs make. */
async function clearCells(sheet: Excel.Worksheet, cells: readonly string[], batch: Batch): Promise<void> {
  for (const chunk of addressChunks(runAddresses(cells))) {
    await batch.reserve(chunk.length + 120);
    sheet.getRanges(chunk).untrack().clear(Excel.ClearApplyTo.contents);
  }
}

/**
 * Writes blocks of values in one request each: bridging a few rows where the probe found that
 * may be done (`bridging`: the rows between hold no merged area; null when it could not ask).
 */
async function writeValues(
  sheet: Excel.Worksheet,
  writes: readonly CellWrite[],
  batch: Batch,
  bridging: Bridging,
  /** Cells that already hold their value (the earlier run's, the same): only their looks are set. */
  holding: (cell: string) => boolean,
): Promise<void> {
  const byCell = new Map(writes.map((w) => [w.cell, w]));
  const cells = writes.map((w) => w.cell).filter((cell) => !holding(cell));
  batch.count(writes.length - cells.length);
  for (const run of bridging ? bridgedRuns(cells, MAX_BRIDGED_GAP, MAX_RUN_CELLS, bridging) : verticalRuns(cells)) {
    // A bridged row is null: Excel leaves it as it is.
    const block = run.cells.map((cell) => [cell === null ? null : safeValue(byCell.get(cell)!.value)]);
    await batch.reserve(jsonBytes(block) + run.range.length);
    sheet.getRange(run.range).untrack().values = block;
    batch.count(run.cells.filter((cell) => cell !== null).length);
  }
  await fillLayers(
    sheet,
    writes,
    (w) => w.fill,
    (w) => w.cell,
    batch,
  );
  await boldAreas(
    sheet,
    writes.filter((w) => w.bold).map((w) => w.cell),
    batch,
  );
}

type SheetPlan = WritePlan["sheets"][number];

/**
 * Skriv resultat, step by step: the earlier run is taken back; every cell the plan touches is
 * probed (probe.ts, at most two requests): the cells to fill verified still empty, the notes and
 * threaded comments already there found; what each cell looked like is recorded in the backup
 * sheet first; then the marks, notes, values and Plankoll's sheets are written.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  previous: Backup | null,
  sheetNames: readonly string[],
  options: WriteOptions,
): Promise<WriteSummary> {
  refuseOthersRecord(previous);
  const batch = new Batch(context, PAYLOAD_BUDGET, options.work);
  const sheetPlans = plan.sheets
    .filter((p) => sheetNames.includes(p.sheet) && (p.marks.length || p.writes.length))
    .map((p) => ({ ...p }));
  const next = nextRunOf(sheetPlans, options.notes);
  const taken = await takeBackEarlierRun(context, plan, next, previous, sheetNames, batch, options.notes);
  const { kept, keptValues } = taken;
  // The earlier run's notes and values kept belong to no record until this run's is in: should
  // anything stop the run before (Avbryt, a cell typed into, Excel refusing), they are taken away,
  // and the sheet is left as it was before both runs.
  let probed: Probed;
  try {
    // The cells the restore read just now hold nothing of the user's: not read again.
    const known = new Set([...taken.emptied, ...keptValues]);
    probed = await probeBefore(context, sheetPlans, batch, { ...options, kept, known, values: next.values });
    await storeRecord(context, probed.backups, plan, batch);
    if (kept.size || keptValues.size) await batch.flush();
  } catch (error) {
    await dropKept(context, kept, keptValues);
    throw error;
  }
  return writeAll(context, plan, sheetPlans, { ...probed, kept, keptValues }, batch, options.notes);
}

/**
 * A record another writer kept (the command line's: formats by the file's own indexes) is not
 * this adapter's to replay: refused before anything changes.
 */
function refuseOthersRecord(backup: Backup | null): void {
  if (backup && backup.adapter !== "excel") throw new PlankollError("markedByFile");
}

/**
 * Notes and values of Plankoll's (Sheet!A1) taken away at once, as far as Excel lets: the error
 * that led here is the one to tell.
 */
async function dropKept(
  context: Excel.RequestContext,
  notes: ReadonlySet<string>,
  values: ReadonlySet<string>,
): Promise<void> {
  if (!notes.size && !values.size) return;
  const placed = (cells: ReadonlySet<string>) =>
    [...cells].map((at) => {
      const bang = at.lastIndexOf("!");
      return { sheet: at.slice(0, bang), range: at.slice(bang + 1) };
    });
  try {
    const batch = new Batch(context);
    if (notes.size) await restoreNotes(context, placed(notes), batch, new Map());
    for (const [sheet, cells] of groupBy(placed(values), (c) => c.sheet))
      await clearCells(
        context.workbook.worksheets.getItem(sheet),
        cells.map((c) => c.range),
        batch,
      );
    await batch.flush();
  } catch {
    /* as far as Excel lets */
  }
}

/**
 * The earlier run restored; Plankoll's sheets left without a backup (e.g. copied in) replaced all
 * the same. Returns the notes of the earlier run left where they are (Sheet!A1): this run writes
 * the same notes there (a second Skriv resultat after a few corrections writes most again); and
 * the cells whose values of the earlier run are emptied, read just now (not to be read again).
 */
async function takeBackEarlierRun(
  context: Excel.RequestContext,
  plan: WritePlan,
  next: NextRun,
  previous: Backup | null,
  sheetNames: readonly string[],
  batch: Batch,
  notes: boolean,
): Promise<{ kept: Set<string>; emptied: Set<string>; keptValues: Set<string> }> {
  if (previous) return queueRestore(context, previous, sheetNames, batch, notes, next);
  for (const name of [...plan.newSheets.map((s) => s.name), BACKUP_SHEET]) {
    if (!sheetNames.includes(name)) continue;
    await batch.reserve(name.length);
    const sheet = context.workbook.worksheets.getItem(name);
    if (name === BACKUP_SHEET) sheet.visibility = Excel.SheetVisibility.visible;
    sheet.delete();
  }
  return { kept: new Set(), emptied: new Set(), keptValues: new Set() };
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
  found: {
    hasNote: ReadonlySet<string>;
    gradients: ReadonlySet<string>;
    bridging: ReadonlyMap<string, Bridging>;
    /** The earlier run's notes left in place: they say what this run's would. */
    kept: ReadonlySet<string>;
    /** The earlier run's values left in place: they are what this run writes. */
    keptValues: ReadonlySet<string>;
  },
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
        const at = `${sheetPlan.sheet}!${mark.cell}`;
        if (found.kept.has(at)) summary.notes++;
        if (found.hasNote.has(at) || found.kept.has(at)) continue;
        await batch.reserve(mark.note.length * 2 + mark.cell.length);
        sheet.notes.add(mark.cell, mark.note);
        summary.notes++;
      }
    }
    await writeValues(sheet, sheetPlan.writes, batch, found.bridging.get(sheetPlan.sheet) ?? null, (cell) =>
      found.keptValues.has(`${sheetPlan.sheet}!${cell}`),
    );
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
  refuseOthersRecord(backup);
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
