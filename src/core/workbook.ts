/** A whole workbook's analysis and the sheets Plankoll adds for it (loaded by the pane when it writes). */
import type { Grid } from "./types";
import type { SheetSpec, WritePlan } from "./plan";
import { analyzeGrid, context, isPlankollSheet, type AnalyzeOptions, type SheetReport } from "./analyze";
import { templates } from "./templates";
import { reviewSheet } from "./reviewSheet";

export interface WorkbookAnalysis {
  sheets: SheetReport[];
  plan: WritePlan;
}

/** The reports of every sheet of a workbook except Plankoll's own, without building a write plan's sheets. */
export function analyzeSheets(grids: readonly Grid[], options: AnalyzeOptions = {}): SheetReport[] {
  return grids.filter((g) => !isPlankollSheet(g.sheet)).flatMap((g) => analyzeGrid(g, options).reports);
}

/** Every sheet of a workbook except Plankoll's own, and the sheets Plankoll adds for them. */
export function analyzeWorkbook(grids: readonly Grid[], options: AnalyzeOptions = {}): WorkbookAnalysis {
  const ctx = context(options);
  const analyses = grids.filter((g) => !isPlankollSheet(g.sheet)).map((g) => analyzeGrid(g, options));
  // A sheet with several tables gives a report for each.
  const reports = analyses.flatMap((a) => a.reports);
  const newSheets: SheetSpec[] = [reviewSheet(reports, ctx)];
  for (const template of templates) {
    if (!template.summary) continue;
    const results = reports
      .filter((r) => r.template === template.id)
      .map((r) => ({ sheet: r.table ? `${r.sheet} (${r.table})` : r.sheet, result: r.result }));
    if (results.length === 0) continue;
    const sheet = template.summary(results, ctx);
    if (sheet) newSheets.push(sheet);
  }
  return { sheets: reports, plan: { sheets: analyses.map((a) => a.plan), newSheets } };
}
