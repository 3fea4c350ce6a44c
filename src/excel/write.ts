/**
 * Applies a write plan through Office.js and restores it (Rensa). Fills are grouped by colour
 * and sent as multi-area ranges; values go as blocks; everything is batched by payload.
 */
import {
  BACKUP_SHEET,
  withChartData,
  cellsOfRange,
  compressCells,
  encodeBackup,
  freeSheetName,
  printSetup,
  type Backup,
  type CellBackup,
  type CellWrite,
  type SheetSpec,
  type WritePlan,
} from "../core";
import { a1, parseA1, quoteSheet } from "../core/sheet/address";
import { fitSheet } from "../core/sheet/fit";
import { Batch, PAYLOAD_BUDGET, jsonBytes } from "./batch";
import { PlankollError, type Work } from "../core/progress";
import type { WriteSummary } from "../core/port";
import { isEmptyCell } from "../core/empty";
import type { CellValue } from "../core/types";

/** getRanges refuses more than about 500 areas or 8 000 characters in one address. */
export const MAX_AREAS = 400;
export const MAX_ADDRESS_CHARS = 7_000;

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

/** Splits cell addresses into getRanges-sized address lists. */
export function addressChunks(cells: readonly string[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const cell of cells) {
    if (current.length >= MAX_AREAS || length + cell.length + 1 > MAX_ADDRESS_CHARS) {
      chunks.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(cell);
    length += cell.length + 1;
  }
  if (current.length) chunks.push(current.join(","));
  return chunks;
}

/** Most cells in one run, so that a run's format record stays far under the payload budget. */
export const MAX_RUN_CELLS = 10_000;

/** Vertical runs of cells in one column: "H5:H9" for five consecutive cells. */
export function verticalRuns(cells: readonly string[], maxCells = MAX_RUN_CELLS): { range: string; cells: string[] }[] {
  const parsed = cells.map((cell) => ({ cell, ...parseA1(cell) }));
  parsed.sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { range: string; cells: string[] }[] = [];
  let run: typeof parsed = [];
  const flush = () => {
    if (!run.length) return;
    const first = run[0];
    const last = run[run.length - 1];
    runs.push({ range: run.length === 1 ? first.cell : `${first.cell}:${last.cell}`, cells: run.map((p) => p.cell) });
    run = [];
  };
  for (const p of parsed) {
    const last = run[run.length - 1];
    if (last && (p.column !== last.column || p.row !== last.row + 1 || run.length >= maxCells)) flush();
    run.push(p);
  }
  flush();
  return runs;
}

/** Text that Excel would take for a formula is written as text. */
function safeValue(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// Ranges written once are untracked as they are made: Excel.run otherwise keeps a reference to
// each and releases them all in one last request, megabytes for 100 000 rows (Microsoft's
// performance guidance: untrack unneeded ranges).
async function fillAreas(
  sheet: Excel.Worksheet,
  cells: readonly string[],
  color: string,
  batch: Batch,
  /** True for the user's cells, which are counted as progress. */
  counted = false,
): Promise<void> {
  const runs = verticalRuns(cells);
  const chunks = addressChunks(runs.map((run) => run.range));
  for (const chunk of chunks) {
    await batch.reserve(chunk.length + color.length);
    sheet.getRanges(chunk).untrack().format.fill.color = color;
    if (counted) batch.count(cells.length / chunks.length);
  }
}

async function boldAreas(sheet: Excel.Worksheet, cells: readonly string[], batch: Batch): Promise<void> {
  for (const chunk of addressChunks(cells)) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.font.bold = true;
  }
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

/**
 * A sheet of Plankoll's on its own, outside Skriv resultat (the pay information of Art. 7): under
 * a name no sheet has, activated; not recorded for Rensa (it is the user's to keep or delete).
 */
export async function addOwnSheet(context: Excel.RequestContext, given: SheetSpec): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = freeSheetName(
    given.name,
    worksheets.items.map((s) => s.name),
  );
  const batch = new Batch(context, PAYLOAD_BUDGET);
  await addSheet(context, { ...given, name }, batch);
  await batch.reserve(40);
  context.workbook.worksheets.getItem(name).activate();
  await batch.flush();
  return name;
}

async function addSheet(context: Excel.RequestContext, given: SheetSpec, batch: Batch): Promise<void> {
  await batch.reserve(given.name.length);
  const sheet = context.workbook.worksheets.add(given.name);
  if (given.cells.length === 0) return;
  // Widths and heights fitted to the text, as every adapter writes them; this adapter draws the
  // charts, so their own data is written too (under them).
  const spec = fitSheet(withChartData(given));
  let rows = 0;
  let cols = 0;
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  const values: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  for (const c of spec.cells) values[c.row - 1][c.col - 1] = safeValue(c.value);
  // Values in row blocks that fit the payload budget.
  const rowsPerBlock = Math.max(1, Math.floor(rows / Math.max(1, Math.ceil(jsonBytes(values) / 1_000_000))));
  for (let r = 0; r < rows; r += rowsPerBlock) {
    const block = values.slice(r, r + rowsPerBlock);
    await batch.reserve(jsonBytes(block));
    sheet.getRangeByIndexes(r, 0, block.length, cols).untrack().values = block;
  }
  const addressOf = (c: { row: number; col: number }) => a1(c.row, c.col);
  for (const [color, cells] of groupBy(
    spec.cells.filter((c) => c.fill),
    (c) => c.fill!,
  )) {
    await fillAreas(sheet, cells.map(addressOf), color, batch);
  }
  await boldAreas(sheet, spec.cells.filter((c) => c.bold).map(addressOf), batch);
  // Merged areas (a line of text across a table's width, a matrix's labels), as the package writer merges them.
  for (const merge of spec.merges ?? []) {
    await batch.reserve(merge.length + 20);
    sheet.getRange(merge).untrack().merge(false);
  }
  for (const chunk of addressChunks(spec.cells.filter((c) => c.wrap).map(addressOf))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.wrapText = true;
  }
  // Number formats by runs of a column (a range takes one format per cell; areas take none).
  const formatted = spec.cells.filter((c) => c.numberFormat).sort((a, b) => a.col - b.col || a.row - b.row);
  for (let i = 0; i < formatted.length;) {
    const first = formatted[i];
    let end = i + 1;
    while (
      end < formatted.length &&
      formatted[end].col === first.col &&
      formatted[end].row === formatted[end - 1].row + 1 &&
      formatted[end].numberFormat === first.numberFormat
    )
      end++;
    const formats = formatted.slice(i, end).map((c) => [c.numberFormat!]);
    await batch.reserve(jsonBytes(formats));
    const last = formatted[end - 1];
    sheet.getRange(`${addressOf(first)}:${addressOf(last)}`).untrack().numberFormat = formats;
    i = end;
  }
  for (const chunk of addressChunks(spec.cells.filter((c) => c.top).map(addressOf))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.verticalAlignment = "Top";
  }
  for (const chunk of addressChunks(spec.cells.filter((c) => c.center).map(addressOf))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.horizontalAlignment = Excel.HorizontalAlignment.center;
  }
  for (const chunk of addressChunks(spec.cells.filter((c) => c.border).map(addressOf))) {
    await batch.reserve(chunk.length);
    const borders = sheet.getRanges(chunk).untrack().format.borders;
    for (const edge of [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
    ]) {
      borders.getItem(edge).style = Excel.BorderLineStyle.continuous;
    }
  }
  for (const c of spec.cells.filter((cell) => cell.link)) {
    const link = c.link!;
    await batch.reserve(link.sheet.length + link.cell.length + 40);
    sheet.getRange(addressOf(c)).untrack().hyperlink = {
      documentReference: `${quoteSheet(link.sheet)}!${link.cell}`,
      textToDisplay: String(c.value),
    };
  }
  for (const chart of spec.charts ?? []) {
    await batch.reserve(chart.title.length + 200);
    const drawn = sheet.charts.add(
      Excel.ChartType.columnClustered,
      sheet.getRange(chart.data),
      Excel.ChartSeriesBy.columns,
    );
    drawn.title.text = chart.title;
    for (const index of chart.lineSeries) drawn.series.getItemAt(index).chartType = Excel.ChartType.line;
    drawn.setPosition(chart.anchor, chart.to);
  }
  for (let i = 0; i < spec.columnWidths.length; i++) {
    await batch.reserve(20);
    // Excel measures column width in points; a character is about 7 points wide.
    sheet.getRangeByIndexes(0, i, 1, 1).untrack().format.columnWidth = spec.columnWidths[i] * 7;
  }
  // Heights by runs of adjacent rows of one height: a long review sheet is a few requests, not one per row.
  const heights = Object.entries(spec.rowHeights ?? {})
    .map(([row, height]) => [Number(row), height] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    let end = i + 1;
    while (end < heights.length && heights[end][0] === heights[end - 1][0] + 1 && heights[end][1] === heights[i][1])
      end++;
    await batch.reserve(30);
    sheet.getRange(`${heights[i][0]}:${heights[end - 1][0]}`).untrack().format.rowHeight = heights[i][1];
    i = end;
  }
  await printLayout(sheet, spec, batch);
}

/**
 * The sheet set up to print as the package writer sets it (plan.ts printSetup): A4, one page
 * wide and as many down as it needs (the zoom Excel's own recorder writes for "Fit all columns on
 * one page"), narrow margins, the table's header on every page, a page break before each block
 * that must not be cut. ExcelApi 1.9, the add-in's least.
 */
async function printLayout(sheet: Excel.Worksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  await batch.reserve(400);
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = printSetup(spec).landscape ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null as unknown as number };
  // Inches as the package writer gives them (0.5 at the sides, 0.6 top and bottom), in points.
  layout.leftMargin = 36;
  layout.rightMargin = 36;
  layout.topMargin = 43.2;
  layout.bottomMargin = 43.2;
  layout.headerMargin = 21.6;
  layout.footerMargin = 21.6;
  if (spec.titleRows) layout.setPrintTitleRows(`$${spec.titleRows[0]}:$${spec.titleRows[1]}`);
  for (const row of spec.pageBreaks ?? []) {
    await batch.reserve(40);
    sheet.horizontalPageBreaks.add(`A${row}`);
  }
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
