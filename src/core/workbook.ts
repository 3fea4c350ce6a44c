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
import { templates } from "./templates";
import type { WorkbookFinding } from "./templates/types";
import { isMarked } from "./codes";
import { reviewSheet } from "./reviewSheet";
import { finishSheet } from "./sheet/fit";

export interface WorkbookAnalysis {
  sheets: SheetReport[];
  /** Findings of the workbook as a whole (a control plan against the risk analysis); null when none applies. */
  workbook: WorkbookFinding[] | null;
  plan: WritePlan;
}

/** The reports of every sheet of a workbook except Plankoll's own, without building a write plan's sheets. */
export function analyzeSheets(grids: readonly Grid[], options: AnalyzeOptions = {}): SheetReport[] {
  return grids.filter((g) => !isPlankollSheet(g.sheet)).flatMap((g) => analyzeGrid(g, options).reports);
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
  const analyses = grids.filter((g) => !isPlankollSheet(g.sheet)).map((g) => analyzeGrid(g, options));
  // A sheet with several tables gives a report for each.
  const reports = analyses.flatMap((a) => a.reports);
  const workbook = checkAcross(reports, ctx);
  const plans = analyses.map((a) => (workbook?.some((w) => w.sheet === a.plan.sheet) ? marked(a, workbook) : a.plan));
  const newSheets: SheetSpec[] = [reviewSheet(reports, ctx, workbook ?? [])];
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
