/**
 * This year's risk analysis against last year's (`AnalysisContext.previous`: `plankoll check
 * --previous`, or last year's workbook chosen in the pane): sheets paired by name, else in order;
 * risks paired by their oönskad händelse (the same text, or the same significant words), else by Nr
 * under the same process — so a renumbered risk is the same risk. A risk added, removed, or changed
 * in probability, consequence, value or zone is said (information), on this year's sheet.
 */
import type { SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { Risk } from "./analyze";
import { pairByText } from "../../parse/words";
import { formatNumber } from "../../parse/cells";
import { compareYears } from "../common";

type RiskReport = Extract<SheetReport, { template: "risk" }>;

const ORDER = { low: 0, medium: 1, critical: 2 } as const;

/** What changed in a risk, in words ("sannolikhet 3 → 4, riskvärde 12 → 16, zon medium → kritisk"). */
function changes(was: Risk, now: Risk, t: Ctx["t"]): string[] {
  const said: string[] = [];
  const number = (label: Parameters<Ctx["t"]>[0], a: number | null, b: number | null) => {
    if (a !== b) said.push(`${t(label)} ${a === null ? "–" : formatNumber(a)} → ${b === null ? "–" : formatNumber(b)}`);
  };
  number("compare.probability", was.probability, now.probability);
  number("compare.consequence", was.consequence, now.consequence);
  number("compare.value", was.value, now.value);
  if (was.zone !== now.zone) {
    const zone = (z: Risk["zone"]) => (z === null ? "–" : t(`zone.${z}`));
    const way = was.zone && now.zone ? t(ORDER[now.zone] > ORDER[was.zone] ? "compare.up" : "compare.down") : "";
    said.push(`${t("compare.zone")} ${zone(was.zone)} → ${zone(now.zone)}${way ? ` (${way})` : ""}`);
  }
  return said;
}

export function compareRisks(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const findings = ctx.findings();
  const isRisk = (r: SheetReport): r is RiskReport => r.template === "risk";
  return compareYears(reports, ctx.previous, isRisk, findings, (was, now, say) => {
    const paired = pairByText(
      was.result.risks,
      now.result.risks,
      (r) => r.event,
      (a, b) => a.nr !== null && String(a.nr) === String(b.nr) && (a.process ?? "") === (b.process ?? ""),
    );
    const { pairs, added, removed } = paired;
    for (const risk of added)
      say("added", () => findings.add("RISK_ADDED", risk.cell, risk.row, { event: risk.event, sheet: was.sheet }));
    for (const risk of removed)
      say("removed", () =>
        findings.add("RISK_REMOVED", `A${now.headerRow ?? 1}`, now.headerRow ?? 1, {
          event: risk.event,
          sheet: was.sheet,
          nr: risk.nr === null ? "–" : String(risk.nr),
        }),
      );
    for (const [a, b] of pairs) {
      const said = changes(a, b, ctx.t);
      if (said.length)
        say("changed", () => findings.add("RISK_CHANGED", b.cell, b.row, { event: b.event, changes: said.join(", ") }));
    }
    return paired;
  });
}
