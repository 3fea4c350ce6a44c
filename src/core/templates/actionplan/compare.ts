/**
 * This year's action plan against last year's (`AnalysisContext.previous`): sheets paired by name,
 * else in order; actions by their text (the same, or the same significant words). An action of
 * last year's not done (its Status not Ja/Genomförd) and not in this year's plan →
 * ACTION_NOT_CARRIED_OVER (warning, on this year's plan).
 */
import type { Comparison, SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import { pairByText } from "../../parse/words";
import { pairSheets } from "../common";

type PlanReport = Extract<SheetReport, { template: "actionplan" }>;

/** What each of its findings says of last year's item. */
const KINDS: Record<string, Comparison> = { ACTION_NOT_CARRIED_OVER: "removed" };
const kindOf = (code: string): Comparison => KINDS[code] ?? "said";

export function compareActionPlans(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  if (!ctx.previous) return null;
  const current = reports.filter((r): r is PlanReport => r.template === "actionplan");
  const last = ctx.previous.filter((r): r is PlanReport => r.template === "actionplan");
  if (current.length === 0 || last.length === 0) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  for (const [was, now] of pairSheets(last, current)) {
    const before = findings.items.length;
    const { removed } = pairByText(
      was.result.actions.filter((a) => a.action !== null),
      now.result.actions.filter((a) => a.action !== null),
      (a) => a.action!,
    );
    for (const action of removed) {
      if (action.done === "yes") continue;
      findings.add("ACTION_NOT_CARRIED_OVER", `A${now.headerRow ?? 1}`, now.headerRow ?? 1, {
        action: action.action!,
        sheet: was.sheet,
        row: action.row,
        status: action.statusText ?? ctx.t("compare.noStatus"),
      });
    }
    for (const finding of findings.items.slice(before))
      out.push({ sheet: now.sheet, finding, comparison: kindOf(finding.code) });
  }
  return out;
}
