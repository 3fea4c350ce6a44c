/**
 * This year's control plan against last year's (`AnalysisContext.previous`), beside this year's risk
 * analysis: a control of last year's plan that is not in this year's (paired by what it follows up,
 * its text) while the risk it followed up is still in the control zone → CONTROL_DROPPED (warning,
 * on the risk); a risk of last year's analysis that is gone this year although last year's
 * follow-up found a deviation for it → RISK_DROPPED_WITH_DEVIATION (warning).
 */
import type { Comparison, SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { PlannedControl } from "./analyze";
import { eventKey, pairByText } from "../../parse/words";
import { pairSheets } from "../common";

type RiskReport = Extract<SheetReport, { template: "risk" }>;
type ControlsReport = Extract<SheetReport, { template: "controls" }>;

const ZONE_ORDER = { low: 0, medium: 1, critical: 2 } as const;

/** A control as people name it: what it checks, else how it is followed up, else its risks. */
export const controlText = (c: PlannedControl): string => c.description ?? c.checkOf ?? c.incidents.join(", ");

/** What each of its findings says of last year's item. */
const KINDS: Record<string, Comparison> = { CONTROL_DROPPED: "removed", RISK_DROPPED_WITH_DEVIATION: "removed" };
const kindOf = (code: string): Comparison => KINDS[code] ?? "said";

export function compareControls(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  if (!ctx.previous) return null;
  const risksNow = reports.filter((r): r is RiskReport => r.template === "risk");
  const risksThen = ctx.previous.filter((r): r is RiskReport => r.template === "risk");
  const plansNow = reports.filter((r): r is ControlsReport => r.template === "controls");
  const plansThen = ctx.previous.filter((r): r is ControlsReport => r.template === "controls");
  if (plansThen.length === 0 || risksNow.length === 0) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  const emit = (sheet: string, add: () => void) => {
    const before = findings.items.length;
    add();
    for (const finding of findings.items.slice(before)) out.push({ sheet, finding, comparison: kindOf(finding.code) });
  };
  // This year's risks by their event, with the sheet they stand on.
  const minZone = ZONE_ORDER[ctx.settings.controls.riskZone];
  const nowByKey = new Map(
    risksNow.flatMap((report) => report.result.risks.map((risk) => [eventKey(risk.event), { report, risk }] as const)),
  );
  const paired = pairSheets(plansThen, plansNow);
  const dropped = [
    ...paired.flatMap(([then, now]) => pairByText(then.result.controls, now.result.controls, controlText).removed),
    // A plan of last year's with none this year: all its controls are gone.
    ...plansThen.filter((p) => !paired.some(([then]) => then === p)).flatMap((p) => p.result.controls),
  ];
  for (const control of dropped)
    for (const event of control.incidents) {
      const found = nowByKey.get(eventKey(event));
      if (!found?.risk.zone || ZONE_ORDER[found.risk.zone] < minZone) continue;
      const { report, risk } = found;
      emit(report.sheet, () =>
        findings.add("CONTROL_DROPPED", risk.cell, risk.row, {
          event: risk.event,
          zone: ctx.t(`zone.${risk.zone!}` as Parameters<Ctx["t"]>[0]),
          control: controlText(control),
        }),
      );
    }
  // Last year's risks gone this year, whose control last year found a deviation.
  const deviated = new Map<string, PlannedControl>();
  for (const plan of plansThen)
    for (const c of plan.result.controls)
      if (c.followUp?.deviation) for (const event of c.incidents) deviated.set(eventKey(event), c);
  for (const [then, now] of pairSheets(risksThen, risksNow)) {
    const { removed } = pairByText(then.result.risks, now.result.risks, (r) => r.event);
    for (const risk of removed) {
      const control = deviated.get(eventKey(risk.event));
      if (!control) continue;
      emit(now.sheet, () =>
        findings.add("RISK_DROPPED_WITH_DEVIATION", `A${now.headerRow ?? 1}`, now.headerRow ?? 1, {
          event: risk.event,
          control: controlText(control),
          deviation: control.followUp?.deviationText ?? ctx.t("followUp.deviationStated"),
        }),
      );
    }
  }
  return out;
}
