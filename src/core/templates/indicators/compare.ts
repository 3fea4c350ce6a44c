/**
 * This year's indicators against last year's (`AnalysisContext.previous`): sheets paired by name,
 * else in order; indicators by their name (the same text, or the same significant words). Each
 * indicator's outcome against last year's, in its own direction (better, worse, the same), and a
 * target set lower than last year's where higher is better (or higher where lower is better) →
 * TARGET_LOWERED (information, on the indicator).
 */
import type { SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { Indicator } from "./analyze";
import { pairByText } from "../../parse/words";
import { formatNumber } from "../../parse/cells";
import { compareYears } from "../common";

type IndicatorReport = Extract<SheetReport, { template: "indicators" }>;

/** A figure as the indicator shows it: a percent with its sign. */
function shown(value: number, unit: Indicator["unit"]): string {
  return unit === "%" ? `${formatNumber(value, 1)} %` : formatNumber(value, 1);
}

/** Whether b is better than a in the indicator's direction: 1 better, -1 worse, 0 the same. */
const better = (a: number, b: number, direction: Indicator["direction"]) =>
  a === b ? 0 : b > a === (direction === "higher") ? 1 : -1;

export function compareIndicators(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const findings = ctx.findings();
  const isIndicators = (r: SheetReport): r is IndicatorReport => r.template === "indicators";
  return compareYears(reports, ctx.previous, isIndicators, findings, (was, now, say, changed) => {
    const paired = pairByText(was.result.indicators, now.result.indicators, (i) => i.name);
    // In this year's order, however each was paired.
    for (const [a, b] of [...paired.pairs].sort((x, y) => x[1].row - y[1].row)) {
      // A target set otherwise (a higher one is not said, but the indicator changed) counts as a change.
      if (a.target !== b.target) changed(b.row);
      if (a.target !== null && b.target !== null && better(a.target, b.target, b.direction) < 0)
        say("changed", () =>
          findings.add("TARGET_LOWERED", b.cell, b.row, {
            name: b.name,
            was: shown(a.target!, a.unit),
            now: shown(b.target!, b.unit),
          }),
        );
      if (a.outcome !== null && b.outcome !== null) {
        const way = better(a.outcome, b.outcome, b.direction);
        say(way === 0 ? "unchanged" : "changed", () =>
          findings.add("OUTCOME_TREND", b.cell, b.row, {
            name: b.name,
            was: shown(a.outcome!, a.unit),
            now: shown(b.outcome!, b.unit),
            trend: ctx.t(way > 0 ? "compare.better" : way < 0 ? "compare.worse" : "compare.same"),
          }),
        );
      }
    }
    return paired;
  });
}
