/**
 * What the cells Skriv resultat touches look like before it touches them, read in as few and as
 * small requests as Excel allows: the fill and bold of whole runs of cells at once (one small
 * answer when they are alike, as they mostly are), each cell's only where they differ; which
 * marked cells already hold a note, from where the sheet's notes are rather than by asking at
 * every mark; the formulas of the cells to fill, which must still be empty (a large block of
 * them asked only where it holds anything).
 */
import { CancelledError, PlankollError } from "../core/progress";
import { ProblemError } from "../core/problem";
import { isEmptyCell } from "../core/empty";
import type { CellBackup, WritePlan } from "../core";
import type { CellValue } from "../core/types";
import type { Batch } from "./batch";
import { areaGroups, bridgedRuns, groupBy, verticalRuns } from "./ranges";
import { a1, parseA1 } from "../core/sheet/address";
import { cellsOf, rectsOfAddress } from "./read";

type SheetPlan = WritePlan["sheets"][number];

/** The part of a cell's format Plankoll may change, as recorded before changing it. */
export interface ExcelCellFormat {
  fillColor: string;
  fillPattern: string;
  bold: boolean | null;
}

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

interface Run {
  range: string;
  cells: string[];
}

/** Runs of one kind of cell (marked, or to be filled in) whose format is read together. */
interface Areas {
  sheet: string;
  clearValue: boolean;
  runs: Run[];
  fill: Excel.RangeFill;
  font: Excel.RangeFont;
  /** Where the runs' cells differ: each cell's format, run by run. */
  perCell?: { run: Run; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[];
}

/** The formulas of a block of cells to fill (null: a row between them, not looked at). */
interface FormulaProbe {
  sheet: string;
  run: { range: string; cells: (string | null)[] };
  range: Excel.Range;
}

/**
 * A block of cells to fill this large (a column Plankoll adds, a long run of computed values) is
 * asked where it holds anything — its constants and its formulas: two answers, null objects when
 * it holds nothing, as it should — instead of each cell's formula (5 bytes of answer for each
 * empty cell: 500 KB for a column of 100 000). The cells found there are read as before.
 */
export const ASK_FILLED_MIN_CELLS = 256;

/** A block of cells to fill, asked where its constants and formulas are. */
interface FilledProbe {
  sheet: string;
  run: { range: string; cells: (string | null)[] };
  found: Excel.RangeAreas[];
}

/** The merged areas starting in the rows of a block that bridges rows. */
interface MergeProbe {
  sheet: string;
  run: { range: string; cells: (string | null)[] };
  found: Excel.RangeAreas;
}

/** Per sheet, the cells of its blocks' columns that lie in a merged area (Bridging); null for every sheet without `layout`. */
function bridgingOf(
  sheetPlans: readonly SheetPlan[],
  merges: readonly MergeProbe[],
  layout: boolean,
): Map<string, Bridging> {
  const bridging = new Map<string, Bridging>();
  for (const plan of sheetPlans) bridging.set(plan.sheet, layout ? new Set<string>() : null);
  for (const { sheet, run, found } of merges) {
    if (found.isNullObject) continue;
    const keepOut = bridging.get(sheet) as Set<string>;
    const column = parseA1(run.cells[0]!).column;
    // "'Blad 1'!A7:J7,'Blad 1'!C9:D12": each area after its sheet's name.
    for (const area of found.address.split(",")) {
      const [from, to = from] = area
        .slice(area.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      if (column < a.column || column > b.column) continue;
      for (let row = a.row; row <= b.row; row++) keepOut.add(a1(row, column));
    }
  }
  return bridging;
}

/** Which marked cells hold a note: from the sheet's notes where they are fewer than the marks, else at each mark. */
interface NoteProbe {
  sheet: string;
  /** The marks to look at: those where no note of the earlier run was kept. */
  marks: string[];
  /** The earlier run's notes kept on the sheet: counted in `count`, known to be there. */
  kept: number;
  count: OfficeExtension.ClientResult<number>;
  located: Excel.Range[];
  atMarks: { cell: string; note: Excel.Note }[];
  comments?: Excel.CommentCollection;
  commentsAt: Excel.Range[];
}

/**
 * How a sheet's values may be written in blocks bridging a few rows: the cells in a merged area
 * between them, never bridged over; null where merged areas cannot be asked for (no bridging).
 */
export type Bridging = ReadonlySet<string> | null;

export interface Probed {
  /** Per sheet, how its values may be bridged (Bridging). */
  bridging: Map<string, Bridging>;
  /** Each touched cell's format before, and whether Plankoll adds a note there or fills it in. */
  backups: CellBackup[];
  /** Cells with a gradient fill (Sheet!A1): left as they are, the API could not set one back. */
  gradients: Set<string>;
  /** Marked cells that hold a note or a threaded comment already (Sheet!A1): they get no note of Plankoll's. */
  hasNote: Set<string>;
}

/** The first request: every group's fill and bold at once, the notes' count, the comments, the formulas of the cells to fill. */
async function queueFirst(
  context: Excel.RequestContext,
  sheetPlans: readonly SheetPlan[],
  batch: Batch,
  {
    notes,
    layout,
    kept,
    known,
    askFilled,
  }: {
    notes: boolean;
    layout: boolean;
    kept: ReadonlySet<string>;
    known: ReadonlySet<string>;
    /** Whether large blocks of cells to fill are asked where they hold anything (ASK_FILLED_MIN_CELLS). */
    askFilled: boolean;
  },
): Promise<FirstProbe> {
  const first: FirstProbe = { areas: [], noteProbes: [], formulas: [], filled: [], merges: [] };
  const { areas, noteProbes } = first;
  for (const sheetPlan of sheetPlans) {
    const sheet = context.workbook.worksheets.getItem(sheetPlan.sheet);
    if (notes && sheetPlan.marks.length) {
      const free = sheetPlan.marks.map((m) => m.cell).filter((cell) => !kept.has(`${sheetPlan.sheet}!${cell}`));
      await batch.reserve(160);
      noteProbes.push({
        sheet: sheetPlan.sheet,
        marks: free,
        kept: sheetPlan.marks.length - free.length,
        count: sheet.notes.getCount(),
        located: [],
        atMarks: [],
        // A cell with a threaded comment takes no note (Excel refuses one there): the comments are looked up too.
        comments: sheet.comments.load("items/id"),
        commentsAt: [],
      });
    }
    for (const [clearValue, cells] of [
      [false, sheetPlan.marks.map((m) => m.cell)],
      [true, sheetPlan.writes.map((w) => w.cell)],
    ] as const) {
      const runs = verticalRuns(cells);
      for (const group of areaGroups(runs, (run) => run.range)) {
        const address = group.map((run) => run.range).join(",");
        await batch.reserve(address.length + 160);
        // Read in the request it is queued in: untracked, so Excel keeps no reference to release later.
        // `format` is a navigation property, not a value: its fill and font are what is loaded.
        // eslint-disable-next-line office-addins/load-object-before-read
        const format = sheet.getRanges(address).untrack().format;
        areas.push({
          sheet: sheetPlan.sheet,
          clearValue,
          runs: group,
          fill: format.fill.load("color,pattern"),
          font: format.font.load("bold"),
        });
      }
      if (clearValue) await queueCellsToFill(sheet, sheetPlan.sheet, cells, batch, { known, layout, askFilled }, first);
    }
  }
  await batch.flush();
  return first;
}

/**
 * What the first request asks of a sheet's cells to fill: their formulas, not their values (a
 * formula showing nothing is still the user's), in blocks bridging a few rows as the values will
 * be written (a bridged row's answer is not looked at); a large block, where it holds anything.
 */
async function queueCellsToFill(
  sheet: Excel.Worksheet,
  name: string,
  cells: readonly string[],
  batch: Batch,
  { known, layout, askFilled }: { known: ReadonlySet<string>; layout: boolean; askFilled: boolean },
  { formulas, filled, merges }: FirstProbe,
): Promise<void> {
  for (const run of bridgedRuns(cells)) {
    const unknown = run.cells.filter((cell) => cell !== null && !known.has(`${name}!${cell}`)).length;
    // Asked where it holds anything when it is large and mostly cells to fill: at most a quarter of
    // its rows bridged (should each of those hold the user's, the answer names every one, about
    // what their formulas would have weighed).
    if (askFilled && unknown >= ASK_FILLED_MIN_CELLS && unknown * 4 >= run.cells.length * 3) {
      await batch.reserveRead(400);
      const range = sheet.getRange(run.range).untrack();
      const found = [Excel.SpecialCellType.constants, Excel.SpecialCellType.formulas].map((type) =>
        range.getSpecialCellsOrNullObject(type).untrack().load("address,cellCount"),
      );
      filled.push({ sheet: name, run, found });
    } else if (unknown > 0) {
      await batch.reserveRead(run.cells.length * 8);
      formulas.push({ sheet: name, run, range: sheet.getRange(run.range).untrack().load("formulas") });
    }
    // Merged areas starting in the block's rows (Excel gives those whose top-left is in the range:
    // one lying only in the rows between written cells starts there): never bridged over.
    if (!layout || !run.cells.includes(null)) continue;
    const rows = run.range.split(":").map((cell) => parseA1(cell).row);
    await batch.reserveRead(2_000);
    const found = sheet
      .getRange(`${rows[0]}:${rows[rows.length - 1]}`)
      .untrack()
      .getMergedAreasOrNullObject();
    merges.push({ sheet: name, run, found: found.untrack().load("address") });
  }
}

/** What the first request asked. */
interface FirstProbe {
  areas: Areas[];
  noteProbes: NoteProbe[];
  formulas: FormulaProbe[];
  filled: FilledProbe[];
  merges: MergeProbe[];
}

/**
 * The cells to fill that a block's answer places among its constants or formulas (someone typed
 * there since the sheet was read, or a formula shows nothing): their formulas queued, to be read
 * in the next request and judged as every other cell to fill.
 */
async function queueFoundFilled(
  context: Excel.RequestContext,
  filled: readonly FilledProbe[],
  known: ReadonlySet<string>,
  batch: Batch,
): Promise<FormulaProbe[]> {
  const found: { sheet: string; cell: string }[] = [];
  for (const { sheet, run, found: answers } of filled) {
    const top = parseA1(run.cells[0]!);
    const take = (row: number) => {
      const cell = run.cells[row - top.row];
      if (cell !== null && !known.has(`${sheet}!${cell}`)) found.push({ sheet, cell });
    };
    for (const answer of answers) {
      if (answer.isNullObject) continue;
      const rects = rectsOfAddress(answer.address);
      // An address that does not account for every cell counted (cut short, or not understood):
      // every cell of the block is read, as without the question.
      if (cellsOf(rects) !== answer.cellCount) {
        for (let row = top.row; row < top.row + run.cells.length; row++) take(row);
        continue;
      }
      // The areas on the block's column, row by row within the block.
      for (const rect of rects) {
        if (top.column - 1 < rect.c0 || top.column - 1 >= rect.c0 + rect.cols) continue;
        const to = Math.min(rect.r0 + rect.rows, top.row + run.cells.length - 1);
        for (let row = Math.max(rect.r0 + 1, top.row); row <= to; row++) take(row);
      }
    }
  }
  const formulas: FormulaProbe[] = [];
  for (const [name, cells] of groupBy(found, (f) => f.sheet)) {
    const sheet = context.workbook.worksheets.getItem(name);
    for (const run of bridgedRuns([...new Set(cells.map((f) => f.cell))])) {
      await batch.reserveRead(run.cells.length * 8);
      formulas.push({ sheet: name, run, range: sheet.getRange(run.range).untrack().load("formulas") });
    }
  }
  return formulas;
}

/** A group's cells are alike when Excel gives one fill colour, one pattern and one bold for them all. */
const alike = (a: Areas) => a.fill.color !== null && a.fill.pattern !== null && a.font.bold !== null;

/** The second request, only where needed: each cell's format where a group's differ; where the notes and comments are. */
async function queueSecond(
  context: Excel.RequestContext,
  areas: readonly Areas[],
  noteProbes: readonly NoteProbe[],
  batch: Batch,
): Promise<void> {
  for (const group of areas.filter((a) => !alike(a))) {
    const sheet = context.workbook.worksheets.getItem(group.sheet);
    group.perCell = [];
    for (const run of group.runs) {
      // The response carries about 90 bytes per cell.
      await batch.reserveRead(run.cells.length * 90);
      const props = sheet
        .getRange(run.range)
        .untrack()
        .getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true } } });
      group.perCell.push({ run, props });
    }
  }
  for (const probe of noteProbes) {
    const sheet = context.workbook.worksheets.getItem(probe.sheet);
    const count = probe.count.value;
    // Ask where each of the sheet's notes is, or at each mark whether it has one: whichever asks
    // less; nothing where the notes are just the earlier run's kept (any other count: one may be gone).
    const others = count - probe.kept;
    if (others !== 0 && count <= probe.marks.length) {
      for (let i = 0; i < count; i++) {
        await batch.reserve(120);
        probe.located.push(sheet.notes.getItemAt(i).getLocation().load("address"));
      }
    } else if (others !== 0) {
      for (const cell of probe.marks) {
        await batch.reserve(cell.length + 40);
        const note = sheet.notes.getItemOrNullObject(cell);
        note.load("visible");
        probe.atMarks.push({ cell, note });
      }
    }
    for (const comment of probe.comments?.items ?? []) {
      await batch.reserve(80);
      probe.commentsAt.push(comment.getLocation().load("address"));
    }
  }
  await batch.flush();
}

/** "'Blad 1'!$F$8" → "Blad 1!F8": the cell after the sheet's name, which may hold "!" itself. */
const located = (sheet: string, address: string) =>
  `${sheet}!${address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "")}`;

function notesFound(noteProbes: readonly NoteProbe[]): Set<string> {
  const hasNote = new Set<string>();
  for (const probe of noteProbes) {
    for (const range of [...probe.located, ...probe.commentsAt]) hasNote.add(located(probe.sheet, range.address));
    for (const { cell, note } of probe.atMarks) if (!note.isNullObject) hasNote.add(`${probe.sheet}!${cell}`);
  }
  return hasNote;
}

/**
 * A cell Plankoll fills in must still be empty (core/empty.ts): if someone typed there since the
 * sheet was read, nothing is written and the pane reads the sheet again. A formula there is left
 * alone — the core did not know it (Excel gives its value, "") — and its write dropped. Returns
 * those formula cells (Sheet!A1).
 */
function verifyStillEmpty(formulas: readonly FormulaProbe[], known: ReadonlySet<string>): Set<string> {
  const formulaCells = new Set<string>();
  for (const { sheet, run, range } of formulas) {
    (range.formulas as unknown[][]).forEach((row, i) => {
      const cell = run.cells[i];
      // A cell the restore read just now (read again only as part of a block): it holds nothing of the user's.
      if (cell === null || known.has(`${sheet}!${cell}`)) return;
      const value = row[0];
      if (typeof value === "string" && value.startsWith("=")) formulaCells.add(`${sheet}!${cell}`);
      else if (!isEmptyCell(value as CellValue)) throw new PlankollError("sheetChanged", { sheet, cell });
    });
  }
  return formulaCells;
}

/** Each cell's format as it was, from its group's where they were alike, else its own. */
function formatsOf(group: Areas): { cell: string; format: ExcelCellFormat }[] {
  const recorded = (fill: { color?: string | null; pattern?: string | null } | undefined, bold?: boolean | null) => ({
    fillColor: fill?.color ?? "#FFFFFF",
    fillPattern: fillPatternOf(fill),
    bold: bold ?? null,
  });
  if (!group.perCell) {
    const format = recorded({ color: group.fill.color, pattern: group.fill.pattern }, group.font.bold);
    return group.runs.flatMap((run) => run.cells.map((cell) => ({ cell, format })));
  }
  return group.perCell.flatMap(({ run, props }) =>
    props.value.map((row, i) => {
      const format = row[0].format ?? {};
      return { cell: run.cells[i], format: recorded(format.fill, format.font?.bold) };
    }),
  );
}

/**
 * Skriv resultat's look before it writes: every touched cell's format, the cells to fill still
 * empty (those holding a formula dropped from `sheetPlans`' writes), the notes and comments
 * already there. Two requests at most, the second only where needed.
 */
export async function probeBefore(
  context: Excel.RequestContext,
  sheetPlans: SheetPlan[],
  batch: Batch,
  {
    notes,
    layout = false,
    kept = new Set(),
    known = new Set(),
    values,
  }: {
    notes: boolean;
    layout?: boolean;
    /** The earlier run's notes left in place (Sheet!A1): Plankoll's still, not the user's. */
    kept?: ReadonlySet<string>;
    /**
     * Cells (Sheet!A1) the earlier run's restore read just now holding only its values — emptied
     * in the request before these, or holding the very value this run writes: not read again.
     */
    known?: ReadonlySet<string>;
    /** What each value written will be (Sheet!A1), kept in the record: a cell typed over since is the user's. */
    values: ReadonlyMap<string, string | number>;
  },
): Promise<Probed> {
  // Asked only in a request of the probe's own (nothing of the earlier run's taken back in it), so
  // that should Excel refuse to say where a block holds anything, the probe is asked again as before.
  const askFilled = batch.idle;
  const asked = { notes, layout, kept, known };
  let first: FirstProbe;
  try {
    first = await queueFirst(context, sheetPlans, batch, { ...asked, askFilled });
  } catch (error) {
    if (!askFilled || error instanceof CancelledError || error instanceof ProblemError) throw error;
    first = await queueFirst(context, sheetPlans, batch, { ...asked, askFilled: false });
  }
  const { areas, noteProbes, merges } = first;
  const formulas = [...first.formulas, ...(await queueFoundFilled(context, first.filled, known, batch))];
  await queueSecond(context, areas, noteProbes, batch);
  const formulaCells = verifyStillEmpty(formulas, known);
  if (formulaCells.size) {
    for (const sheetPlan of sheetPlans)
      sheetPlan.writes = sheetPlan.writes.filter((w) => !formulaCells.has(`${sheetPlan.sheet}!${w.cell}`));
  }
  const hasNote = notesFound(noteProbes);
  for (const at of kept) hasNote.delete(at);
  const backups: CellBackup[] = [];
  const gradients = new Set<string>();
  for (const group of areas) {
    for (const { cell, format } of formatsOf(group)) {
      const at = `${group.sheet}!${cell}`;
      if (group.clearValue && formulaCells.has(at)) continue;
      if (format.fillPattern === "Gradient") gradients.add(at);
      const addedNote = !group.clearValue && notes && !hasNote.has(at);
      const backup: CellBackup = { sheet: group.sheet, range: cell, format, addedNote, clearValue: group.clearValue };
      const value = group.clearValue ? values.get(at) : undefined;
      backups.push(value === undefined ? backup : { ...backup, written: [value] });
    }
  }
  return { backups, gradients, hasNote, bridging: bridgingOf(sheetPlans, merges, layout) };
}
