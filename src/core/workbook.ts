/** A whole workbook's analysis and the sheets Plankoll adds for it (loaded by the pane when it writes). */
import type { Grid } from "./types";
import type { SheetPlan, SheetSpec, WritePlan } from "./plan";
import {
  analyzeGrid,
  context,
  isPlankollSheet,
  marksFromFindings,
  type AnalyzeOptions,
  type SheetReport,
} from "./analyze";
import { templateById, templates } from "./templates";
import type { WorkbookFinding } from "./templates/types";
import { isMarked } from "./codes";
import { reviewSheet } from "./reviewSheet";
import { comparisonSheet } from "./comparisonSheet";
import { finishSheet } from "./sheet/fit";

export interface WorkbookAnalysis {
  sheets: SheetReport[];
  /** Findings of the workbook as a whole (a control plan against the risk analysis); null when none applies. */
  workbook: WorkbookFinding[] | null;
  plan: WritePlan;
}

/** The reports of every sheet of a workbook except Plankoll's own, without building a write plan's sheets. */
export function analyzeSheets(grids: readonly Grid[], options: AnalyzeOptions = {}): SheetReport[] {
  const own = grids.filter((g) => !isPlankollSheet(g.sheet));
  return readWithOthers(
    own,
    own.flatMap((g) => analyzeGrid(g, options).reports),
    options,
  );
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
  const ctx = context(options);
  const own = grids.filter((g) => !isPlankollSheet(g.sheet));
  const analyses = own.map((g) => analyzeGrid(g, options));
  // A second reading of the tables that read the others' (the payroll's categories from the job evaluation).
  const again = sheetsReadingOthers(analyses.flatMap((a) => a.reports));
  if (again.size) {
    const first = analyses.flatMap((a) => a.reports);
    own.forEach((g, i) => {
      if (again.has(g.sheet)) analyses[i] = analyzeGrid(g, { ...options, workbook: first });
    });
  }
  // A sheet with several tables gives a report for each.
  const reports = analyses.flatMap((a) => a.reports);
  const workbook = checkAcross(reports, ctx);
  const plans = analyses.map((a) => (workbook?.some((w) => w.sheet === a.plan.sheet) ? marked(a, workbook) : a.plan));
  const newSheets: SheetSpec[] = [reviewSheet(reports, ctx, workbook ?? [])];
  // This year's workbook against last year's, where one was given and a template compared.
  const compared = comparisonSheet(workbook ?? [], ctx);
  if (compared) newSheets.push(compared);
  for (const template of templates) {
    if (!template.summary) continue;
    const results = reports
      .filter((r) => r.template === template.id)
      .map((r) => ({ sheet: r.table ? `${r.sheet} (${r.table})` : r.sheet, result: r.result }));
    if (results.length === 0) continue;
    const sheets = template.summary(results, ctx, reports);
    if (sheets) newSheets.push(...(Array.isArray(sheets) ? sheets : [sheets as SheetSpec]));
  }
  return { sheets: reports, workbook, plan: { sheets: plans, newSheets: newSheets.map(finishSheet) } };
}

/** A sheet's plan with the workbook's findings on its cells marked beside its own (one fill and note per cell). */
function marked(
  analysis: { reports: SheetReport[]; plan: SheetPlan },
  workbook: readonly WorkbookFinding[],
): SheetPlan {
  const own = analysis.reports.flatMap((r) => r.findings).filter(isMarked);
  const more = workbook.filter((w) => w.sheet === analysis.plan.sheet && isMarked(w.finding)).map((w) => w.finding);
  return { ...analysis.plan, marks: marksFromFindings([...own, ...more], analysis.plan.writes) };
}
