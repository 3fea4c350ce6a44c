/**
 * The link between the internkontrollplan's halves: every risk at or above the setting's zone
 * needs a control that names it — by Nr, or by its oönskad händelse compared without case,
 * punctuation and trailing words such as "görs" — and every control should follow up a risk that
 * is in the risk analysis, under the same Process.
 */
import type { SheetReport } from "../../analyze";
import type { WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import { compactLabel } from "../../parse/cells";

type RiskReport = Extract<SheetReport, { template: "risk" }>;
type ControlsReport = Extract<SheetReport, { template: "controls" }>;

/** Words a plan adds after the event without changing it ("Felaktiga utbetalningar görs"). */
const TRAILING = /(?:\s+(?:görs|sker|uppstår|inträffar|förekommer|kan ske|kan uppstå))+\s*[.!]?\s*$/i;

/** An oönskad händelse as compared: without case, punctuation or trailing words. */
export function eventKey(text: string): string {
  return compactLabel(text.trim().replace(TRAILING, ""));
}

/** "3", "Nr 3", "Risk 3", "3." — a control naming a risk by its Nr. */
function nrOf(text: string): string | null {
  const match = /^\s*(?:nr|risk(?:\s*nr)?)?\s*[.:]?\s*(\d{1,4})\s*\.?\s*$/i.exec(text);
  return match ? match[1] : null;
}

const ZONE_ORDER = { low: 0, medium: 1, critical: 2 } as const;

export function linkRisksAndControls(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const riskReports = reports.filter((r): r is RiskReport => r.template === "risk");
  const controlReports = reports.filter((r): r is ControlsReport => r.template === "controls");
  if (riskReports.length === 0 || controlReports.length === 0) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  const add = (sheet: string, before: number) => {
    for (const finding of findings.items.slice(before)) out.push({ sheet, finding });
  };

  // What the control plans name, by event key and by Nr.
  const named = new Map<string, { process: string | null }[]>();
  const namedNr = new Set<string>();
  for (const report of controlReports) {
    for (const incident of report.result.risks) {
      const nr = nrOf(incident.incident);
      if (nr) namedNr.add(nr);
      const key = eventKey(incident.incident);
      named.set(key, [...(named.get(key) ?? []), { process: incident.process }]);
    }
    for (const control of report.result.controls)
      for (const incident of control.incidents) if (!named.has(eventKey(incident))) named.set(eventKey(incident), []);
  }

  const minZone = ZONE_ORDER[ctx.settings.controls.riskZone];
  const inAnalysis = new Map<string, { process: string | null }>();
  for (const report of riskReports) {
    for (const risk of report.result.risks) {
      const key = eventKey(risk.event);
      if (key) inAnalysis.set(key, { process: risk.process });
      if (risk.nr !== null) inAnalysis.set(`nr:${risk.nr}`, { process: risk.process });
      if (risk.zone === null || ZONE_ORDER[risk.zone] < minZone) continue;
      const controlled = (key !== "" && named.has(key)) || (risk.nr !== null && namedNr.has(String(risk.nr)));
      if (controlled) continue;
      const before = findings.items.length;
      findings.add("RISK_WITHOUT_CONTROL", risk.cell, risk.row, {
        event: risk.event,
        zone: ctx.t(`zone.${risk.zone}` as Parameters<Ctx["t"]>[0]),
        value: risk.value ?? "",
      });
      add(report.sheet, before);
    }
  }

  for (const report of controlReports) {
    for (const incident of report.result.risks) {
      const nr = nrOf(incident.incident);
      const found = inAnalysis.get(nr ? `nr:${nr}` : eventKey(incident.incident));
      const before = findings.items.length;
      if (!found) findings.add("CONTROL_WITHOUT_RISK", incident.cell, incident.row, { event: incident.incident });
      else if (found.process && incident.process && compactLabel(found.process) !== compactLabel(incident.process)) {
        findings.add("RISK_PROCESS_DIFFERS", incident.cell, incident.row, {
          event: incident.incident,
          process: incident.process,
          riskProcess: found.process,
        });
      }
      add(report.sheet, before);
    }
  }
  return out;
}
