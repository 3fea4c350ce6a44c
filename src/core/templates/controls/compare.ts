/**
 * This year's control plan against last year's (`AnalysisContext.previous`), beside this year's risk
 * analysis: a control of last year's plan that is not in this year's (paired by what it follows up,
 * its text) while the risk it followed up is still in the control zone → CONTROL_DROPPED (warning,
 * on the risk); a risk of last year's analysis that is gone this year although last year's
 * follow-up found a deviation for it → RISK_DROPPED_WITH_DEVIATION (warning).
 */
import type { SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { PlannedControl } from "./analyze";
import { eventKey, pairByText } from "../../parse/words";
import { comparing, pairSheets } from "../common";

type RiskReport = Extract<SheetReport, { template: "risk" }>;
type ControlsReport = Extract<SheetReport, { template: "controls" }>;

const ZONE_ORDER = { low: 0, medium: 1, critical: 2 } as const;

/** A control as people name it: what it checks, else how it is followed up, else its risks. */
export const controlText = (c: PlannedControl): string => c.description ?? c.checkOf ?? c.incidents.join(", ");

export function compareControls(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  if (!ctx.previous) return null;
  const risksNow = reports.filter((r): r is RiskReport => r.template === "risk");
  const risksThen = ctx.previous.filter((r): r is RiskReport => r.template === "risk");
  const plansNow = reports.filter((r): r is ControlsReport => r.template === "controls");
  const plansThen = ctx.previous.filter((r): r is ControlsReport => r.template === "controls");
  if (plansThen.length === 0 || (risksNow.length === 0 && plansNow.length === 0)) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  // This year's risks by their event, with the sheet they stand on.
  const minZone = ZONE_ORDER[ctx.settings.controls.riskZone];
  const nowByKey = new Map(
    risksNow.flatMap((report) => report.result.risks.map((risk) => [eventKey(risk.event), { report, risk }] as const)),
  );
  /** Each dropped control whose risk is still in the control zone, said on the risk (this year's analysis). */
  const dropped = (control: PlannedControl, say: ReturnType<typeof comparing>["say"]) => {
    for (const event of control.incidents) {
      const found = nowByKey.get(eventKey(event));
      if (!found?.risk.zone || ZONE_ORDER[found.risk.zone] < minZone) continue;
      const { report, risk } = found;
      say(
        "removed",
        () =>
          findings.add("CONTROL_DROPPED", risk.cell, risk.row, {
            event: risk.event,
            zone: ctx.t(`zone.${risk.zone!}` as Parameters<Ctx["t"]>[0]),
            control: controlText(control),
          }),
        report.sheet,
      );
    }
  };
  const paired = pairSheets(plansThen, plansNow);
  for (const [then, now] of paired) {
    const { say, close } = comparing(then, now, findings, out);
    const controls = pairByText(then.result.controls, now.result.controls, controlText);
    for (const control of controls.removed) dropped(control, say);
    // Whether a control's frequency or owner changed is not compared: the counts say none changed.
    close(controls, false);
  }
  // A plan of last year's with none this year: all its controls are gone.
  for (const plan of plansThen.filter((p) => !paired.some(([then]) => then === p))) {
    const { say } = comparing(plan, plan, findings, out);
    for (const control of plan.result.controls) dropped(control, say);
  }
  out.push(...droppedWithDeviation(risksThen, risksNow, plansThen, ctx, findings));
  return out;
}

/** Last year's risks gone this year, whose control last year found a deviation → RISK_DROPPED_WITH_DEVIATION. */
function droppedWithDeviation(
  risksThen: readonly RiskReport[],
  risksNow: readonly RiskReport[],
  plansThen: readonly ControlsReport[],
  ctx: Ctx,
  findings: ReturnType<Ctx["findings"]>,
): WorkbookFinding[] {
  const out: WorkbookFinding[] = [];
  const deviated = new Map<string, PlannedControl>();
  for (const plan of plansThen)
    for (const c of plan.result.controls)
      if (c.followUp?.deviation) for (const event of c.incidents) deviated.set(eventKey(event), c);
  for (const [then, now] of pairSheets(risksThen, risksNow)) {
    const { say } = comparing(then, now, findings, out);
    const { removed } = pairByText(then.result.risks, now.result.risks, (r) => r.event);
    for (const risk of removed) {
      const control = deviated.get(eventKey(risk.event));
      if (!control) continue;
      say("removed", () =>
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
