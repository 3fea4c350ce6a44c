/** A whole workbook's analysis and the sheets Plankoll adds for it (loaded by the pane when it writes). */
import type { Grid } from "./types";
import type { FinishedSheet, LaterPlan, SheetPlan, SheetSpec, WritePlan } from "./plan";
import {
  analyzeDetected,
  analyzeGrid,
  detectGrid,
  context,
  type DetectedGrid,
  type SheetAnalysis,
  isPlankollSheet,
  marksOf,
  type AnalyzeOptions,
  type SheetReport,
} from "./analyze";
import { templateById, templates } from "./templates";
import type { SummarySheets, WorkbookFinding } from "./templates/types";
import { isMarked } from "./codes";
import { reviewSheet } from "./reviewSheet";
import { comparisonSheet } from "./comparisonSheet";
import { finishSheet } from "./sheet/fit";
import { sheetPlan, writeListOf } from "./writes";

export interface WorkbookAnalysis {
  sheets: SheetReport[];
  /** Findings of the workbook as a whole (a control plan against the risk analysis); null when none applies. */
  workbook: WorkbookFinding[] | null;
  plan: WritePlan;
}

/** The reports of every sheet of a workbook except Plankoll's own, without building a write plan's sheets. */
export function analyzeSheets(grids: readonly Grid[], options: AnalyzeOptions = {}): SheetReport[] {
  return analyzeInOrder(
    grids.filter((g) => !isPlankollSheet(g.sheet)),
    options,
  ).flatMap((a) => a.reports);
}

/**
 * Whether every table of a grid reads the workbook's others (TemplateDefinition.readsWorkbook: the
 * payroll its categories from the job evaluation): such a grid is judged after the others, once.
 */
export function readsOthers(detected: DetectedGrid): boolean {
  return detected.found.length > 0 && detected.found.every((f) => f.template.readsWorkbook !== undefined);
}

/** The options a grid that reads the others' is judged with: the others' reports, where its templates read them. */
export function withOthers(
  detected: DetectedGrid,
  others: readonly SheetReport[],
  options: AnalyzeOptions,
): AnalyzeOptions {
  return detected.found.some((f) => f.template.readsWorkbook?.(others)) ? { ...options, workbook: others } : options;
}

/**
 * Every grid judged, in the workbook's order: the grids whose tables read the others' after the
 * rest, with their reports — once, not read a first time without them (finishReading).
 */
function analyzeInOrder(grids: readonly Grid[], options: AnalyzeOptions): SheetAnalysis[] {
  const detected = grids.map((g) => detectGrid(g, options));
  return finishReading(
    detected,
    detected.map((d) => (readsOthers(d) ? null : analyzeDetected(d, options))),
    options,
  );
}

/**
 * The grids left unjudged (null: those that read the others', readsOthers) judged with the
 * others' reports; a grid that holds both kinds (a payroll and its evaluation on one sheet), judged
 * alone before, judged again with every report (as readWithOthers does).
 */
export function finishReading(
  detected: readonly DetectedGrid[],
  analyses: readonly (SheetAnalysis | null)[],
  options: AnalyzeOptions,
): SheetAnalysis[] {
  const others = analyses.flatMap((a) => a?.reports ?? []);
  const done = detected.map((d, i) => analyses[i] ?? analyzeDetected(d, withOthers(d, others, options)));
  const again = sheetsReadingOthers(done.flatMap((a) => a.reports));
  if (again.size === 0) return done;
  const first = done.flatMap((a) => a.reports);
  return done.map((a, i) => {
    const { grid } = detected[i];
    return analyses[i] && again.has(grid.sheet) ? analyzeGrid(grid, { ...options, workbook: first }) : a;
  });
}

/** The sheets whose tables read the workbook's others, given a first reading's reports (TemplateDefinition.readsWorkbook). */
export function sheetsReadingOthers(reports: readonly SheetReport[]): Set<string> {
  const sheets = new Set<string>();
  for (const report of reports) {
    const template = report.template ? templateById(report.template) : undefined;
    if (template?.readsWorkbook?.(reports)) sheets.add(report.sheet);
  }
  return sheets;
}

/**
 * A second reading: the tables of `grids` whose template reads the others' read again with the
 * first reading's reports; the reports of the workbook in the same order, those replaced.
 */
export function readWithOthers(
  grids: readonly Grid[],
  reports: readonly SheetReport[],
  options: AnalyzeOptions,
): SheetReport[] {
  const again = sheetsReadingOthers(reports);
  const read = grids.filter((g) => again.has(g.sheet));
  if (read.length === 0) return [...reports];
  const withOthers = { ...options, workbook: reports };
  const fresh = new Map(read.map((g) => [g.sheet, analyzeGrid(g, withOthers).reports]));
  const order = [...new Set(reports.map((r) => r.sheet))];
  return order.flatMap((sheet) => fresh.get(sheet) ?? reports.filter((r) => r.sheet === sheet));
}

/** Every template's checks across the sheets; null when the workbook holds nothing any of them checks. */
export function workbookFindings(
  reports: readonly SheetReport[],
  options: AnalyzeOptions = {},
): WorkbookFinding[] | null {
  return checkAcross(reports, context(options));
}

function checkAcross(reports: readonly SheetReport[], ctx: ReturnType<typeof context>): WorkbookFinding[] | null {
  let found: WorkbookFinding[] | null = null;
  for (const template of templates) {
    const more = template.workbook?.(reports, ctx);
    if (more) found = [...(found ?? []), ...more];
  }
  return found;
}

/** Every sheet of a workbook except Plankoll's own, and the sheets Plankoll adds for them. */
export function analyzeWorkbook(grids: readonly Grid[], options: AnalyzeOptions = {}): WorkbookAnalysis {
  const { plan, ...analysis } = analyzeForWriting(grids, options);
  return { ...analysis, plan: { sheets: plan.sheets, newSheets: [...plan.newSheets] } };
}

/** analyzeWorkbook, its Plankoll sheets made only as they are written (LaterPlan). Same reports, same sheets, same order. */
export function analyzeForWriting(
  grids: readonly Grid[],
  options: AnalyzeOptions = {},
): Omit<WorkbookAnalysis, "plan"> & { plan: LaterPlan } {
  const ctx = context(options);
  const own = grids.filter((g) => !isPlankollSheet(g.sheet));
  // The tables that read the others' (the payroll's categories from the job evaluation) after the rest.
  const analyses = analyzeInOrder(own, options);
  // A sheet with several tables gives a report for each.
  const reports = analyses.flatMap((a) => a.reports);
  const workbook = checkAcross(reports, ctx);
  const plans = analyses.map((a) => (workbook?.some((w) => w.sheet === a.plan.sheet) ? marked(a, workbook) : a.plan));
  // Made now, each finished as it is made, except those a template gives as functions (its large
  // ones): those are made as they are taken, while the reports the others needed can be let go.
  const sheets: ({ done: FinishedSheet } | { later: () => SheetSpec | null } | null)[] = [];
  const add = (made: SummarySheets) => {
    for (const sheet of made === null ? [] : Array.isArray(made) ? made : [made])
      sheets.push(typeof sheet === "function" ? { later: sheet } : { done: finishSheet(sheet) });
  };
  add(reviewSheet(reports, ctx, workbook ?? []));
  // This year's workbook against last year's, where one was given and a template compared.
  add(comparisonSheet(workbook ?? [], ctx));
  for (const template of templates) {
    if (!template.summary) continue;
    const results = reports
      .filter((r) => r.template === template.id)
      .map((r) => ({ sheet: r.table ? `${r.sheet} (${r.table})` : r.sheet, result: r.result }));
    if (results.length === 0) continue;
    add(template.summary(results, ctx, reports));
  }
  function* newSheets(): Generator<FinishedSheet> {
    for (let i = 0; i < sheets.length; i++) {
      const sheet = sheets[i]!;
      // Taken: let go of it here, so that only the sheet being written is held.
      sheets[i] = null;
      if ("done" in sheet) yield sheet.done;
      else {
        const spec = sheet.later();
        if (spec) yield finishSheet(spec);
      }
    }
  }
  return { sheets: reports, workbook, plan: { sheets: plans, newSheets: newSheets() } };
}

/** A sheet's plan with the workbook's findings on its cells marked beside its own (one fill and note per cell). */
function marked(
  analysis: { reports: SheetReport[]; plan: SheetPlan },
  workbook: readonly WorkbookFinding[],
): SheetPlan {
  const own = analysis.reports.flatMap((r) => r.findings).filter(isMarked);
  const more = workbook.filter((w) => w.sheet === analysis.plan.sheet && isMarked(w.finding)).map((w) => w.finding);
  const { plan } = analysis;
  const writes = writeListOf(plan);
  return sheetPlan(plan.sheet, marksOf([...own, ...more], writes), writes);
}
