/** What the pane does, without React: read, judge, write, clear through a workbook port. */
import type { BlankTemplate, Grid, Locale, SheetReport, Settings, TemplateId } from "../core";
import { translator } from "../core/i18n";
import type { Review, Scope } from "../ui/review";
import { CancelledError, PlankollError, gridFingerprint, throwIfCancelled, type Work } from "../core/progress";
import type { MessageKey, Translate } from "../core/i18n";
import type { ActionFile } from "../core/templates/types";
import { ProblemError, explain, explainError as explainAny, problem, type Problem } from "../core/problem";
import { MAX_PATCHED_ROWS, type SheetChange, type SheetList, type WorkbookPort } from "../core/port";
import { rectOfRange } from "../core/sheet/address";
import type { WriteSummary } from "../core/port";

export interface SessionOptions {
  locale: Locale;
  settings?: Settings;
  /** Last year's workbook as reviewed (readPreviousWorkbook), for the templates that follow it up. */
  previous?: readonly SheetReport[];
}

export interface TemplateChoice {
  id: TemplateId;
  name: string;
  insertable: boolean;
  /** It follows up last year's workbook: the pane offers to choose it where a review holds this template. */
  followsUp: boolean;
}

/** A sheet's reports: one per table it holds (one saying why, for a sheet with none). */
export type SheetReports = SheetReport[];
export type { Review, Scope };

/** What Granska found in the sheets it read: each table's report, and the findings across sheets. */

export type WriteResult =
  | {
      kind: "written";
      review: Review;
      summary: WriteSummary;
      /** Sheets an earlier Skriv resultat covered that this one, writing the active sheet, wrote again rather than take away. */
      kept: string[];
    }
  /** A sheet changed since it was reviewed: reviewed again, nothing written. */
  | { kind: "changed"; review: Review }
  /** No sheet follows a template: nothing written. */
  | { kind: "nothing"; review: Review };

/** The core's analysis loads beside the first read of the sheet, not before the pane shows. */
const loadAnalysis = () => import("../core/analyze");
/** The checks across sheets and the sheets Plankoll adds come with the first whole-workbook review or write. */
const loadWorkbook = () => import("../core/workbook");

/** Lets the pane paint the progress before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The sheets a run covers, in workbook order: those asked for and those the last Skriv resultat wrote (kept). */
function sheetsToWrite(list: SheetList, scope: Scope): { names: string[]; kept: string[] } {
  const asked = scope === "workbook" ? list.sheets : [list.active];
  const kept = list.written.filter((name) => !asked.includes(name));
  const order = [...list.sheets, ...list.hidden];
  const names = [...asked, ...kept].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { names, kept };
}

/** Says the check begins and lets the pane show it; Avbryt still counts before the (synchronous) check. */
async function beforeChecking(grid: Grid, work?: Work, sheet?: { name: string; index: number; count: number }) {
  const rows = grid.values.length;
  work?.onProgress?.({ phase: "check", done: 0, total: rows, sheet });
  await nextFrame();
  throwIfCancelled(work);
}

/**
 * The sheets named, read one by one: progress names the sheet and its place, Avbryt is heard
 * between sheets (and within a long read).
 */
async function readSheetsOf(port: WorkbookPort, names: readonly string[], work?: Work): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const [index, name] of names.entries()) {
    throwIfCancelled(work);
    const sheet = { name, index: index + 1, count: names.length };
    const inSheet: Work | undefined = work && {
      signal: work.signal,
      onProgress: (progress) => work.onProgress?.({ ...progress, sheet }),
    };
    grids.push(await port.readSheet(name, inSheet));
  }
  return grids;
}

/** Reads sheets (readSheetsOf) and keeps each grid read in `grids`. */
function keepingReads(port: WorkbookPort, grids: Map<string, Grid>) {
  return async (names: readonly string[], work?: Work) => {
    const read = await readSheetsOf(port, names, work);
    for (const grid of read) grids.set(grid.sheet, grid);
    return read;
  };
}

/** What the session's operations share: the port, the options, what each sheet held, and its reading steps. */
interface Inner {
  port: WorkbookPort;
  options: SessionOptions;
  seen: Map<string, string>;
  /** Each sheet as last read (dropped when Skriv resultat or Rensa changes the workbook): live review patches it. */
  grids: Map<string, Grid>;
  readSheets(names: readonly string[], work?: Work): Promise<Grid[]>;
  judge(grids: readonly Grid[], list: SheetList, scope: Scope, work?: Work): Promise<Review>;
  beforeChecking(grid: Grid, work?: Work, sheet?: { name: string; index: number; count: number }): Promise<void>;
  reviewScope(scope: Scope, work?: Work): Promise<Review>;
}

/** The 1-based sheet rows a sheet's edits touched; null when one is not a plain edit of known cells (rows inserted, a whole column). */
function rowsOf(changes: readonly SheetChange[] | undefined): number[] | null {
  if (!changes?.length) return null;
  const rows = new Set<number>();
  for (const change of changes) {
    if (change.structural || !change.address) return null;
    for (const part of change.address.split(",")) {
      const rect = rectOfRange(part);
      // A whole column or a block of thousands of rows: the sheet is read whole.
      if (!rect || rect.rows > MAX_PATCHED_ROWS) return null;
      for (let r = rect.r0; r < rect.r0 + rect.rows; r++) rows.add(r + 1);
    }
  }
  return [...rows];
}

/**
 * Live review's short way: each edited sheet's last grid with only its edited rows read again
 * (port.readChangedRows: one or two requests, whatever the sheet's size); null when any sheet
 * needs a whole read (its shape changed, an edit not told by its cells, an edit at or above a
 * table's header or on a sheet with no table, no grid of it kept).
 */
async function patchEdited(
  s: Inner,
  last: Review,
  edited: readonly string[],
  changes: ReadonlyMap<string, readonly SheetChange[]> | undefined,
): Promise<Grid[] | null> {
  const { port, grids } = s;
  if (!port.readChangedRows || !changes) return null;
  const patched: Grid[] = [];
  for (const sheet of edited) {
    const grid = grids.get(sheet);
    const rows = rowsOf(changes.get(sheet));
    // An edit at or above a table's header (its title, its columns' names) may change how the sheet is read: read whole.
    const reports = last.reports.filter((r) => r.sheet === sheet);
    const header = Math.max(0, ...reports.map((r) => r.headerRow ?? Infinity));
    if (!grid || !rows || rows.some((row) => row <= header)) return null;
    const next = await port.readChangedRows(grid, rows);
    if (!next) return null;
    patched.push(next);
  }
  for (const grid of patched) grids.set(grid.sheet, grid);
  return patched;
}

/**
 * Live review: the sheets named (edited since `last`) read and judged again, the others' reports
 * kept as they were, the checks across sheets made anew. Nothing is written. Where Excel told
 * which cells changed (`changes`) only those rows are read (patchEdited); otherwise the sheets
 * are read whole, and a sheet no longer there (deleted or renamed) leaves the review. A table
 * that reads the others' is judged again from the grids kept, not read again.
 */
async function refresh(
  s: Inner,
  last: Review,
  edited: readonly string[],
  changes?: ReadonlyMap<string, readonly SheetChange[]>,
): Promise<Review> {
  const { port, options, seen, readSheets } = s;
  const inReview = edited.filter((sheet) => last.sheets.includes(sheet));
  const patched = await patchEdited(s, last, inReview, changes);
  let sheets = last.sheets;
  if (!patched) {
    const list = await port.listSheets();
    const present = new Set([...list.sheets, ...list.hidden]);
    sheets = last.sheets.filter((s) => present.has(s));
  }
  const again = sheets.filter((s) => edited.includes(s));
  const grids = patched ?? (await readSheets(again));
  const [{ detectGrid, analyzeDetected }, workbook] = await Promise.all([loadAnalysis(), loadWorkbook()]);
  const { workbookFindings, readWithOthers, sheetsReadingOthers, readsOthers, withOthers } = workbook;
  // The edited sheets judged: those whose tables read the others' (the payroll) last, with the others' reports, once.
  const detected = grids.map((grid) => detectGrid(grid, options));
  const fresh = new Map<string, SheetReport[]>();
  for (const d of detected) if (!readsOthers(d)) fresh.set(d.grid.sheet, analyzeDetected(d, options).reports);
  const pending = detected.filter((d) => readsOthers(d));
  const others = sheets
    .filter((sheet) => !pending.some((d) => d.grid.sheet === sheet))
    .flatMap((sheet) => fresh.get(sheet) ?? last.reports.filter((r) => r.sheet === sheet));
  for (const d of pending) fresh.set(d.grid.sheet, analyzeDetected(d, withOthers(d, others, options)).reports);
  for (const grid of grids) seen.set(grid.sheet, gridFingerprint(grid));
  const first = sheets.flatMap((sheet) => fresh.get(sheet) ?? last.reports.filter((r) => r.sheet === sheet));
  // A table that reads the others' (a payroll's categories from the evaluation) is read again when another changed,
  // from the grid kept; an edited sheet of both kinds is read again with everything too.
  const readers = [...sheetsReadingOthers(first)].filter((sheet) => !again.includes(sheet));
  const kept = readers.flatMap((sheet) => s.grids.get(sheet) ?? []);
  const unkept = readers.filter((sheet) => !s.grids.has(sheet));
  const rest = detected.filter((d) => !readsOthers(d)).map((d) => d.grid);
  const reports = readWithOthers([...rest, ...kept, ...(await readSheets(unkept))], first, options);
  return { ...last, sheets, reports, workbook: workbookFindings(reports, options) };
}

/**
 * Skriv resultat for the whole workbook or the active sheet; the sheets the last run wrote are
 * written again with it, never silently taken away. Reads the sheets again; if one is not what
 * was reviewed, reviews them anew and writes nothing. Avbryt during writing puts the workbook
 * back as it was before Skriv resultat.
 */
async function write(s: Inner, scope: Scope, work?: Work): Promise<WriteResult> {
  const { port, options, seen, readSheets, judge, beforeChecking, reviewScope } = s;
  const list = await port.listSheets();
  const { names, kept } = sheetsToWrite(list, scope);
  const [grids, { analyzeWorkbook }, { registerSwedishMore }] = await Promise.all([
    readSheets(names, work),
    loadWorkbook(),
    // The review sheet's Swedish strings come with the code that writes it.
    import("../core/i18n/swedishMore"),
  ]);
  registerSwedishMore();
  const changed = grids.some((g) => seen.has(g.sheet) && seen.get(g.sheet) !== gridFingerprint(g));
  if (changed) return { kind: "changed", review: await judge(grids, list, scope, work) };
  for (const [index, grid] of grids.entries())
    await beforeChecking(grid, work, { name: grid.sheet, index: index + 1, count: grids.length });
  const analysis = analyzeWorkbook(grids, options);
  const review: Review = {
    scope,
    sheets: grids.map((g) => g.sheet),
    active: list.active,
    reports: analysis.sheets,
    workbook: analysis.workbook,
    hidden: scope === "workbook" ? list.hidden : [],
  };
  if (!analysis.sheets.some((r) => r.template)) return { kind: "nothing", review };
  // Plankoll's values go into the cells: a grid read before would be patched against another record.
  s.grids.clear();
  try {
    const summary = await port.writePlan(analysis.plan, work);
    for (const grid of grids) seen.set(grid.sheet, gridFingerprint(grid));
    return { kind: "written", review, summary, kept };
  } catch (error) {
    if (error instanceof CancelledError) {
      // Whatever was written is taken back, with progress but without a second Avbryt.
      await port.clear(work && { onProgress: work.onProgress });
      error.undone = true;
    }
    if (error instanceof PlankollError && error.reason === "sheetChanged") {
      // Someone typed into a cell Plankoll was to fill in while it was writing: nothing was written.
      return { kind: "changed", review: await reviewScope(scope, work && { onProgress: work.onProgress }) };
    }
    throw error;
  }
}

/**
 * The registered templates by id: name, and whether Infoga mall can insert it. Loaded with the
 * analysis (the registry is not part of the first screen).
 */
async function templateChoices(options: SessionOptions): Promise<TemplateChoice[]> {
  const { templates, templateName } = await import("../core/templates");
  const t = translator(options.locale);
  return templates.map((template) => ({
    id: template.id as TemplateId,
    name: templateName(template.id, t),
    insertable: Boolean(template.blank),
    followsUp: template.followsUp === true,
  }));
}

/**
 * Last year's workbook, chosen in the pane: read here with the package reader (the file never
 * leaves the computer) and reviewed, for what this year's review follows up. A file that is no
 * workbook is a problem in words; one with no table Plankoll knows, too (nothing would be followed up).
 */
export async function readPreviousWorkbook(
  file: { name: string; bytes: Uint8Array },
  options: Pick<SessionOptions, "locale" | "settings">,
): Promise<SheetReport[]> {
  const [{ XlsxPackage, readWorkbookPackage }, { analyzeSheets }] = await Promise.all([
    import("../ooxml"),
    loadWorkbook(),
  ]);
  let reports: SheetReport[];
  try {
    reports = analyzeSheets(readWorkbookPackage(XlsxPackage.fromBytes(file.bytes)).grids, options);
  } catch {
    throw new ProblemError(problem("error.previousUnreadable", { file: file.name }));
  }
  if (!reports.some((r) => r.template)) throw new ProblemError(problem("error.previousNothing", { file: file.name }));
  return reports;
}

/**
 * A template's action on the table of `sheet` (the pay information form: one worker's pay,
 * Art. 7): the sheet read again as it stands, the action run as the command line runs it, and
 * its sheets added to the workbook and shown. What comes back is the words to show; amounts go
 * onto the added sheets only.
 */
async function runAction(
  port: WorkbookPort,
  options: SessionOptions,
  sheet: string,
  command: string,
  values: Readonly<Record<string, string>>,
): Promise<ActionResult> {
  const [grid, { actionByCommand, runAction: run }, { analyzeSheets }] = await Promise.all([
    port.readSheet(sheet),
    import("../core/actions"),
    loadWorkbook(),
  ]);
  const action = actionByCommand(command);
  if (!action) throw new Error(`No template has the action ${command}`);
  const t = translator(options.locale);
  // The sheet of Plankoll's it keeps up to date (a log), as the workbook holds it.
  const keeps = action.keeps ? (t as (key: string) => string)(action.keeps) : null;
  const kept = keeps && (await port.listSheets()).own.includes(keeps) ? await port.readSheet(keeps) : null;
  // Reviewed only if the action reads the review (pay-info analyses the payroll its own way).
  let reports: ActionFile["reports"] | undefined;
  const file: ActionFile = {
    name: sheet,
    stem: sheet,
    grids: [grid],
    options,
    get reports() {
      return (reports ??= analyzeSheets([grid], options));
    },
  };
  const request = { files: [file], values: new Map(Object.entries(values)), switches: new Set<string>(), kept };
  const outcome = run(action, { ...request, out: sheet, where: "pane" }, options);
  if (!outcome.sheets) return { kind: "problem", text: outcome.notes.map((p) => explain(p, t)).join(" ") };
  const added: string[] = [];
  for (const spec of outcome.sheets) added.push(await port.addSheet(spec));
  // The sheet's name is the one the workbook gave it: the last added, the one shown.
  const said = [...outcome.notes, ...outcome.said].map((p) =>
    explain({ ...p, place: { sheet: added[added.length - 1], ...p.place } }, t),
  );
  return { kind: "added", sheets: added, text: said.join(" ") };
}

/** Judges the sheets read (noting what each held in `seen`); the findings across them where a check across sheets applies. */
async function judgeSheets(
  options: SessionOptions,
  seen: Map<string, string>,
  grids: readonly Grid[],
  list: SheetList,
  scope: Scope,
  work?: Work,
): Promise<Review> {
  const [{ detectGrid, analyzeDetected }, { workbookFindings, finishReading, readsOthers }] = await Promise.all([
    loadAnalysis(),
    loadWorkbook(),
  ]);
  const detected = [];
  const analyses = [];
  for (const [index, grid] of grids.entries()) {
    await beforeChecking(grid, work, { name: grid.sheet, index: index + 1, count: grids.length });
    const found = detectGrid(grid, options);
    detected.push(found);
    // A table that reads the others' (the payroll) is judged after them, once (finishReading).
    analyses.push(readsOthers(found) ? null : analyzeDetected(found, options));
    seen.set(grid.sheet, gridFingerprint(grid));
  }
  const reports = finishReading(detected, analyses, options).flatMap((a) => a.reports);
  return {
    scope,
    sheets: grids.map((g) => g.sheet),
    active: list.active,
    reports,
    workbook: workbookFindings(reports, options),
    hidden: scope === "workbook" ? list.hidden : [],
  };
}

export function createSession(port: WorkbookPort, options: SessionOptions) {
  /** What each sheet held when it was last reviewed (or written). */
  const seen = new Map<string, string>();
  /** Each sheet as last read, for live review (Inner.grids). */
  const grids = new Map<string, Grid>();
  const readSheets = keepingReads(port, grids);

  /** Judges the sheets read; the findings across them where a check across sheets applies. */
  const judge = (grids: readonly Grid[], list: SheetList, scope: Scope, work?: Work) =>
    judgeSheets(options, seen, grids, list, scope, work);

  async function reviewScope(scope: Scope, work?: Work): Promise<Review> {
    const list = await port.listSheets();
    const names = scope === "workbook" ? list.sheets : [list.active];
    return judge(await readSheets(names, work), list, scope, work);
  }

  /** Reads the active sheet and judges it (the pane's first look, and Granska bladet). */
  async function review(work?: Work): Promise<SheetReports> {
    const [grid, { analyzeGrid }] = await Promise.all([port.readActiveSheet(work), loadAnalysis()]);
    await beforeChecking(grid, work);
    const report = analyzeGrid(grid, options).reports;
    work?.onProgress?.({ phase: "check", done: grid.values.length, total: grid.values.length });
    seen.set(grid.sheet, gridFingerprint(grid));
    grids.set(grid.sheet, grid);
    return report;
  }

  const inner: Inner = { port, options, seen, grids, readSheets, judge, beforeChecking, reviewScope };
  return {
    review,
    /** Granska: every visible sheet of the workbook, or the active sheet alone. */
    reviewScope,
    /** Live review: the sheets edited since `last` judged again (see refresh()). */
    refresh: (last: Review, edited: readonly string[], changes?: ReadonlyMap<string, readonly SheetChange[]>) =>
      refresh(inner, last, edited, changes),
    /** Whether the workbook can tell of edits (live review). */
    canWatch: typeof port.watchChanges === "function",
    /** Live review: hears of edits on the sheets named until the returned function is called. */
    watch: (sheets: readonly string[], onChange: (sheet: string, change: SheetChange) => void) =>
      port.watchChanges ? port.watchChanges(sheets, onChange) : Promise.resolve(async () => undefined),
    /**
     * Skriv resultat for the whole workbook or the active sheet; the sheets the last run wrote are
     * written again with it. See write().
     */
    write: (scope: Scope, work?: Work) => write(inner, scope, work),
    clear: (work?: Work) => {
      // Rensa takes Plankoll's values and record away: the grids kept were read against them.
      grids.clear();
      return port.clear(work);
    },
    /** The registered templates by id: name, and whether Infoga mall can insert it. */
    templates: () => templateChoices(options),
    insert: (id: BlankTemplate["id"]) => port.insertTemplate(id, options.locale),
    /** A template's action on the table of `sheet` (see runAction). */
    action: (sheet: string, command: string, values: Readonly<Record<string, string>>) =>
      runAction(port, options, sheet, command, values),
    select: (sheet: string, cell: string) => port.selectCell(sheet, cell),
    /** The exports a review holds something for (the pay transparency report), each with its files. */
    exports: (review: Review) => exportsOf(review, options),
  };
}

/** A template's export as the pane offers it: its button's words and its files, made from the review. */
export interface PaneExport {
  label: string;
  files: { name: string; text: string }[];
}

async function exportsOf(review: Review, options: SessionOptions): Promise<PaneExport[]> {
  const { templateExports, exportedFiles } = await import("../core/actions");
  const t = translator(options.locale) as (key: string) => string;
  return templateExports()
    .map((found) => ({ label: t(found.exported.label), files: exportedFiles(review.reports, found, options) }))
    .filter((e) => e.files.length > 0);
}

/** What a template's action in the pane gave: its sheets added, or why not (in words). */
export type ActionResult = { kind: "added"; sheets: string[]; text: string } | { kind: "problem"; text: string };

export type Session = ReturnType<typeof createSession>;

/** Office.js error codes Plankoll explains in words, with what to do. */
const EXPLAINED: Record<string, MessageKey> = {
  InvalidOperationInCellEditMode: "error.cellEditing",
  AccessDenied: "error.accessDenied",
  ApiNotFound: "error.apiNotFound",
  NotImplemented: "error.apiNotFound",
  UnsupportedOperation: "error.apiNotFound",
  ItemNotFound: "error.itemNotFound",
  RequestPayloadSizeLimitExceeded: "error.tooLarge",
  ResponsePayloadSizeLimitExceeded: "error.tooLarge",
  RangeExceedsLimit: "error.tooLarge",
  Conflict: "error.conflict",
  InsertDeleteConflict: "error.conflict",
  ActivityLimitReached: "error.busyExcel",
  RequestAborted: "error.busyExcel",
};

/**
 * Excel's errors in words and a way forward: Plankoll's own problems (a refusal, a sheet changed),
 * then Office.js codes; anything else as Excel's first message line (never a stack).
 */
export function explainError(error: unknown, t: Translate): string {
  return explainAny(error, t, officeProblem);
}

/** An error Office.js threw, as a problem: its code explained where Plankoll knows it. */
function officeProblem(error: unknown): Problem {
  if (!error || typeof error !== "object") return problem("pane.error", { message: String(error) });
  const e = error as { code?: string; message?: string };
  if (e.code && EXPLAINED[e.code]) return problem(EXPLAINED[e.code]);
  const message = (e.message ?? "").split("\n")[0];
  return problem("pane.error", { message: e.code && !message.includes(e.code) ? `${message} (${e.code})` : message });
}
