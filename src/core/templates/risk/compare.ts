/**
 * This year's risk analysis against last year's (`AnalysisContext.previous`: `plankoll check
 * --previous`, or last year's workbook chosen in the pane): sheets paired by name, else in order;
 * risks paired by their oönskad händelse (the same text, or the same significant words), else by Nr
 * under the same process — so a renumbered risk is the same risk. A risk added, removed, or changed
 * in probability, consequence, value or zone is said (information), on this year's sheet.
 */
import type { Comparison, SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { Risk } from "./analyze";
import { pairByText } from "../../parse/words";
import { formatNumber } from "../../parse/cells";
import { pairSheets } from "../common";

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

/** What each of its findings says of last year's item. */
const KINDS: Record<string, Comparison> = { RISK_ADDED: "added", RISK_REMOVED: "removed", RISK_CHANGED: "changed" };
const kindOf = (code: string): Comparison => KINDS[code] ?? "said";

export function compareRisks(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  if (!ctx.previous) return null;
  const current = reports.filter((r): r is RiskReport => r.template === "risk");
  const last = ctx.previous.filter((r): r is RiskReport => r.template === "risk");
  if (current.length === 0 || last.length === 0) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  for (const [was, now] of pairSheets(last, current)) {
    const before = findings.items.length;
    const { pairs, added, removed } = pairByText(
      was.result.risks,
      now.result.risks,
      (r) => r.event,
      (a, b) => a.nr !== null && String(a.nr) === String(b.nr) && (a.process ?? "") === (b.process ?? ""),
    );
    for (const risk of added) findings.add("RISK_ADDED", risk.cell, risk.row, { event: risk.event, sheet: was.sheet });
    for (const risk of removed)
      findings.add("RISK_REMOVED", `A${now.headerRow ?? 1}`, now.headerRow ?? 1, {
        event: risk.event,
        sheet: was.sheet,
        nr: risk.nr === null ? "–" : String(risk.nr),
      });
    for (const [a, b] of pairs) {
      const said = changes(a, b, ctx.t);
      if (said.length) findings.add("RISK_CHANGED", b.cell, b.row, { event: b.event, changes: said.join(", ") });
    }
    for (const finding of findings.items.slice(before))
      out.push({ sheet: now.sheet, finding, comparison: kindOf(finding.code) });
  }
  return out;
}
