/**
 * This year's action plan against last year's (`AnalysisContext.previous`): sheets paired by name,
 * else in order; actions by their text (the same, or the same significant words). An action of
 * last year's not done (its Status not Ja/Genomförd) and not in this year's plan →
 * ACTION_NOT_CARRIED_OVER (warning, on this year's plan).
 */
import type { SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import { pairByText } from "../../parse/words";
import { compareYears } from "../common";

type PlanReport = Extract<SheetReport, { template: "actionplan" }>;

export function compareActionPlans(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const findings = ctx.findings();
  const isPlan = (r: SheetReport): r is PlanReport => r.template === "actionplan";
  return compareYears(reports, ctx.previous, isPlan, findings, (was, now, say) => {
    const paired = pairByText(
      was.result.actions.filter((a) => a.action !== null),
      now.result.actions.filter((a) => a.action !== null),
      (a) => a.action!,
    );
    for (const action of paired.removed)
      if (action.done !== "yes")
        say("removed", () =>
          findings.add("ACTION_NOT_CARRIED_OVER", `A${now.headerRow ?? 1}`, now.headerRow ?? 1, {
            action: action.action!,
            sheet: was.sheet,
            row: action.row,
            status: action.statusText ?? ctx.t("compare.noStatus"),
          }),
        );
    return paired;
  });
}
