/**
 * This year's indicators against last year's (`AnalysisContext.previous`): sheets paired by name,
 * else in order; indicators by their name (the same text, or the same significant words). Each
 * indicator's outcome against last year's, in its own direction (better, worse, the same), and a
 * target set lower than last year's where higher is better (or higher where lower is better) →
 * TARGET_LOWERED (information, on the indicator).
 */
import type { Comparison, SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { Indicator } from "./analyze";
import { pairByText } from "../../parse/words";
import { formatNumber } from "../../parse/cells";
import { pairSheets } from "../common";

type IndicatorReport = Extract<SheetReport, { template: "indicators" }>;

/** A figure as the indicator shows it: a percent with its sign. */
function shown(value: number, unit: Indicator["unit"]): string {
  return unit === "%" ? `${formatNumber(value, 1)} %` : formatNumber(value, 1);
}

/** Whether b is better than a in the indicator's direction: 1 better, -1 worse, 0 the same. */
const better = (a: number, b: number, direction: Indicator["direction"]) =>
  a === b ? 0 : b > a === (direction === "higher") ? 1 : -1;

/** What each of its findings says of last year's item. */
const KINDS: Record<string, Comparison> = { TARGET_LOWERED: "changed", OUTCOME_TREND: "changed" };
const kindOf = (code: string): Comparison => KINDS[code] ?? "said";

export function compareIndicators(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  if (!ctx.previous) return null;
  const current = reports.filter((r): r is IndicatorReport => r.template === "indicators");
  const last = ctx.previous.filter((r): r is IndicatorReport => r.template === "indicators");
  if (current.length === 0 || last.length === 0) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  for (const [was, now] of pairSheets(last, current)) {
    const before = findings.items.length;
    const { pairs } = pairByText(was.result.indicators, now.result.indicators, (i) => i.name);
    // In this year's order, however each was paired.
    for (const [a, b] of [...pairs].sort((x, y) => x[1].row - y[1].row)) {
      if (a.target !== null && b.target !== null && better(a.target, b.target, b.direction) < 0)
        findings.add("TARGET_LOWERED", b.cell, b.row, {
          name: b.name,
          was: shown(a.target, a.unit),
          now: shown(b.target, b.unit),
        });
      if (a.outcome !== null && b.outcome !== null) {
        const way = better(a.outcome, b.outcome, b.direction);
        findings.add("OUTCOME_TREND", b.cell, b.row, {
          name: b.name,
          was: shown(a.outcome, a.unit),
          now: shown(b.outcome, b.unit),
          trend: ctx.t(way > 0 ? "compare.better" : way < 0 ? "compare.worse" : "compare.same"),
        });
      }
    }
    for (const finding of findings.items.slice(before))
      out.push({ sheet: now.sheet, finding, comparison: kindOf(finding.code) });
  }
  return out;
}
