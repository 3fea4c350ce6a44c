/**
 * The link between the internkontrollplan's halves: every risk at or above the setting's zone
 * needs a control that names it, and every control should follow up a risk that is in the risk
 * analysis, under the same Process. A control names its risk by Nr; by its oönskad händelse as
 * written (compared without case, punctuation and trailing words such as "görs"); by a text that
 * contains the other ("Behörigheter avslutas inte när medarbetare slutar" for "Behörigheter
 * avslutas inte"); or by the same significant words in another order or form. A link made by text
 * is said in a finding with what it matched on; a text that fits two risks equally is never linked
 * to either silently.
 */
import type { SheetReport } from "../types";
import type { WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import { compactLabel } from "../../parse/cells";
import { eventKey, eventWords } from "../../parse/words";
import { sheetRef } from "../../sheet/address";

type RiskReport = Extract<SheetReport, { template: "risk" }>;
type ControlsReport = Extract<SheetReport, { template: "controls" }>;

/** "3", "Nr 3", "Risk 3", "3." — a control naming a risk by its Nr. */
function nrOf(text: string): string | null {
  const match = /^\s*(?:nr|risk(?:\s*nr)?)?\s*[.:]?\s*(\d{1,4})\s*\.?\s*$/i.exec(text);
  return match ? match[1] : null;
}

const ZONE_ORDER = { low: 0, medium: 1, critical: 2 } as const;

interface Risk {
  key: string;
  words: Set<string>;
  event: string;
  nr: string | null;
  process: string | null;
  sheet: string;
  row: number;
  /** Where the risk's event stands ("'Riskanalys'!C7"). */
  at: string;
}

/** How a control's text was matched to a risk: strongest first. */
type How = "nr" | "exact" | "contains" | "words";
type Link = { risk: Risk; how: How; shared?: string[] } | { ambiguous: Risk[] } | null;

/** The shortest text that may be found inside another: shorter keys ("Brand") are too common to link on. */
const MIN_CONTAINED = 8;

/** The risk a control's oönskad händelse names, how, or the risks it fits equally. */
function linkOf(text: string, risks: readonly Risk[]): Link {
  const nr = nrOf(text);
  if (nr) {
    const found = risks.find((r) => r.nr === nr);
    return found ? { risk: found, how: "nr" } : null;
  }
  const key = eventKey(text);
  if (!key) return null;
  const exact = risks.find((r) => r.key === key);
  if (exact) return { risk: exact, how: "exact" };
  const best = (scored: { risk: Risk; score: number }[], how: How): Link => {
    if (scored.length === 0) return null;
    const top = Math.max(...scored.map((s) => s.score));
    const tied = scored.filter((s) => s.score === top).map((s) => s.risk);
    const distinct = [...new Map(tied.map((r) => [r.key, r])).values()];
    return distinct.length === 1 ? { risk: distinct[0], how } : { ambiguous: distinct };
  };
  // The one contained in the other: the longest such text is the most specific.
  const contained = risks
    .filter((r) => Math.min(r.key.length, key.length) >= MIN_CONTAINED && (key.includes(r.key) || r.key.includes(key)))
    .map((risk) => ({ risk, score: Math.min(risk.key.length, key.length) }));
  const byContaining = best(contained, "contains");
  if (byContaining) return byContaining;
  const words = eventWords(text);
  const agreeing = risks.flatMap((risk) => {
    const shared = [...words].filter((w) => risk.words.has(w));
    const smaller = Math.min(words.size, risk.words.size);
    const larger = Math.max(words.size, risk.words.size);
    // Two significant words at least; nearly all of the shorter text's, and half of the longer's.
    if (shared.length < 2 || shared.length < 0.8 * smaller || shared.length < 0.5 * larger) return [];
    return [{ risk, score: shared.length / larger }];
  });
  const byWords = best(agreeing, "words");
  if (byWords && "risk" in byWords) return { ...byWords, shared: [...words].filter((w) => byWords.risk.words.has(w)) };
  return byWords;
}

/** What one control's link to the risk analysis is worth saying: none, ambiguous, by text, or in another process. */
function reportLink(
  incident: ControlsReport["result"]["risks"][number],
  link: Link,
  findings: ReturnType<Ctx["findings"]>,
): void {
  if (!link) findings.add("CONTROL_WITHOUT_RISK", incident.cell, incident.row, { event: incident.incident });
  else if ("ambiguous" in link) {
    findings.add("CONTROL_RISK_AMBIGUOUS", incident.cell, incident.row, {
      event: incident.incident,
      risks: link.ambiguous.map((r) => `"${r.event}" (${r.at})`).join(", "),
    });
  } else {
    const { risk, how } = link;
    if (how === "contains" || how === "words")
      findings.add(
        "CONTROL_LINKED_BY_TEXT",
        incident.cell,
        incident.row,
        { event: incident.incident, risk: risk.event, at: risk.at, words: (link.shared ?? []).join(", ") },
        how === "contains" ? undefined : "CONTROL_LINKED_WORDS",
      );
    if (risk.process && incident.process && compactLabel(risk.process) !== compactLabel(incident.process))
      findings.add("RISK_PROCESS_DIFFERS", incident.cell, incident.row, {
        event: incident.incident,
        process: incident.process,
        riskProcess: risk.process,
      });
  }
}

export function linkRisksAndControls(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const riskReports = reports.filter((r): r is RiskReport => r.template === "risk");
  const controlReports = reports.filter((r): r is ControlsReport => r.template === "controls");
  if (riskReports.length === 0 || controlReports.length === 0) return null;
  const findings = ctx.findings();
  const out: WorkbookFinding[] = [];
  const add = (sheet: string, before: number) => {
    for (const finding of findings.items.slice(before)) out.push({ sheet, finding });
  };

  const risks: Risk[] = riskReports.flatMap((report) =>
    report.result.risks.map((risk) => ({
      key: eventKey(risk.event),
      words: eventWords(risk.event),
      event: risk.event,
      nr: risk.nr === null ? null : String(risk.nr),
      process: risk.process,
      sheet: report.sheet,
      row: risk.row,
      at: sheetRef(report.sheet, risk.cell),
    })),
  );

  // Each control's event linked once; the risks it links to are controlled.
  const controlled = new Set<Risk>();
  const links = controlReports.map((report) =>
    report.result.risks.map((incident) => {
      const link = linkOf(incident.incident, risks);
      if (link && "risk" in link) controlled.add(link.risk);
      return link;
    }),
  );
  const isControlled = (risk: Risk) =>
    controlled.has(risk) ||
    [...controlled].some((c) => (c.key !== "" && c.key === risk.key) || (c.nr !== null && c.nr === risk.nr));

  const minZone = ZONE_ORDER[ctx.settings.controls.riskZone];
  for (const report of riskReports) {
    for (const risk of report.result.risks) {
      if (risk.zone === null || ZONE_ORDER[risk.zone] < minZone) continue;
      const entry = risks.find((r) => r.sheet === report.sheet && r.row === risk.row)!;
      if (isControlled(entry)) continue;
      const before = findings.items.length;
      findings.add("RISK_WITHOUT_CONTROL", risk.cell, risk.row, {
        event: risk.event,
        zone: ctx.t(`zone.${risk.zone}` as Parameters<Ctx["t"]>[0]),
        value: risk.value ?? "",
      });
      add(report.sheet, before);
    }
  }

  controlReports.forEach((report, i) => {
    report.result.risks.forEach((incident, j) => {
      const before = findings.items.length;
      reportLink(incident, links[i][j], findings);
      add(report.sheet, before);
    });
  });
  deviationsOnRisks(riskReports, controlReports, links, ctx, (sheet, add) => {
    const before = findings.items.length;
    add(findings);
    for (const finding of findings.items.slice(before)) out.push({ sheet, finding });
  });
  return out;
}

/**
 * A risk in the critical zone whose control found a deviation in the follow-up: said on the risk
 * (information), with the deviation and what is done about it.
 */
function deviationsOnRisks(
  riskReports: readonly RiskReport[],
  controlReports: readonly ControlsReport[],
  links: readonly Link[][],
  ctx: Ctx,
  emit: (sheet: string, add: (findings: ReturnType<Ctx["findings"]>) => void) => void,
): void {
  const said = new Set<string>();
  controlReports.forEach((report, i) => {
    const linkOfEvent = new Map(report.result.risks.map((incident, j) => [incident.incident, links[i][j]]));
    for (const control of report.result.controls) {
      if (!control.followUp?.deviation) continue;
      for (const event of control.incidents) {
        const link = linkOfEvent.get(event);
        if (!link || !("risk" in link)) continue;
        const riskReport = riskReports.find((r) => r.sheet === link.risk.sheet)!;
        const risk = riskReport.result.risks.find((r) => r.row === link.risk.row)!;
        const key = `${link.risk.at}\u0000${control.row}`;
        if (risk.zone !== "critical" || said.has(key)) continue;
        said.add(key);
        emit(riskReport.sheet, (findings) =>
          findings.add("RISK_CONTROL_DEVIATION", risk.cell, risk.row, {
            event: risk.event,
            at: sheetRef(report.sheet, `A${control.row}`),
            deviation: control.followUp!.deviationText ?? ctx.t("followUp.deviationStated"),
            action: control.followUp!.action ?? ctx.t("followUp.noAction"),
          }),
        );
      }
    }
  });
}
