/**
 * Templates' actions as the command line and the pane run them: found in the registry by their
 * command, given the core's analysis, and their sheets finished (fitted, their page decided)
 * before any adapter sees them.
 */
import { templates } from "./templates";
import type {
  ActionOutcome,
  ActionRequest,
  AnalyzeOptions,
  AnyTemplate,
  TemplateAction,
  SheetReport,
  TemplateExport,
} from "./templates/types";
import type { FinishedSheet } from "./plan";
import { context } from "./analyze";
import { finishSheet } from "./sheet/fit";
import { analyzeSheets } from "./workbook";

/** Every template's actions, in the order the templates are registered. */
export function templateActions(): { template: AnyTemplate; action: TemplateAction }[] {
  return templates.flatMap((template) => (template.actions ?? []).map((action) => ({ template, action })));
}

/** Every template's exports (files written by a flag of check), in the order the templates are registered. */
export function templateExports(): { template: AnyTemplate; exported: TemplateExport }[] {
  return templates.flatMap((template) => (template.exports ?? []).map((exported) => ({ template, exported })));
}

/**
 * An export's files for a workbook's reports (the command line's flag, the pane's button): none
 * where the workbook holds no table of its template, or nothing to export.
 */
export function exportedFiles(
  reports: readonly SheetReport[],
  { template, exported }: { template: AnyTemplate; exported: TemplateExport },
  options: AnalyzeOptions,
): { name: string; text: string }[] {
  const results = reports
    .filter((r) => r.template === template.id)
    .map((r) => ({ sheet: r.table ? `${r.sheet} (${r.table})` : r.sheet, result: r.result }));
  return results.length ? exported.files(results, context(options)) : [];
}

/** The action a command names, if a template has it. */
export function actionByCommand(command: string): TemplateAction | undefined {
  return templateActions().find((a) => a.action.command === command)?.action;
}

/** What an action did, its sheets finished for the adapters. */
export type FinishedOutcome = Omit<ActionOutcome, "sheets"> & { sheets: FinishedSheet[] | null };

/** Runs an action with the analysis options given (its settings, language and today). */
export function runAction(
  action: TemplateAction,
  request: Omit<ActionRequest, "analyze">,
  options: AnalyzeOptions,
): FinishedOutcome {
  // The action is its template's own: its words are registered with it, its context is any template's.
  const outcome = action.run(
    { ...request, analyze: analyzeSheets },
    context(options) as Parameters<TemplateAction["run"]>[1],
  );
  return { ...outcome, sheets: outcome.sheets && outcome.sheets.map(finishSheet) };
}
