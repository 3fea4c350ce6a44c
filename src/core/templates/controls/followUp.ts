/**
 * The internkontrollplan followed up (tertial 1, tertial 2, verksamhetsberättelsen): each
 * control's status, result, deviation and action as the follow-up columns give them, and whether
 * its time has come by the follow-up moment — the plan's Frekvens/Tidpunkt against T1 (end of
 * April), T2 (end of August) or VB (the year's end).
 */
import type { CellValue } from "../../types";
import { cellText, compactLabel, isBlank } from "../../parse/cells";
import { monthNumber, parseDateCell } from "../../parse/dates";
import { readAnswer } from "../../parse/answers";
import type { DataRow, Table } from "../../sheet/table";
import type { tableReader } from "../common";
import type { Ctx } from "./strings";

/** Where a control stands: carried out, under way, not started, not carried out, or called off. */
export type ControlStatus = "done" | "ongoing" | "notStarted" | "notDone" | "cancelled";

/** The follow-up moments of the city's year: tertial 1, tertial 2 and the verksamhetsberättelse. */
export type Moment = "T1" | "T2" | "VB";
export const MOMENT_ORDER: Record<Moment, number> = { T1: 1, T2: 2, VB: 3 };
/** The last day each moment covers (month-day). */
const MOMENT_END: Record<Moment, string> = { T1: "04-30", T2: "08-31", VB: "12-31" };

const STATUS_WORDS: [RegExp, ControlStatus][] = [
  [/^(genomförd|genomfört|genomförda|utförd|utfört|klar|klart|färdig|ja|j|yes|done|x)$/, "done"],
  [/^(pågår|pågående|påbörjad|påbörjat|delvis|delvis genomförd|under arbete|ongoing)$/, "ongoing"],
  [/^(ej påbörjad|ej påbörjat|inte påbörjad|inte påbörjat|ej startad|planerad|not started)$/, "notStarted"],
  [/^(ej genomförd|ej genomfört|inte genomförd|inte genomfört|ej utförd|inte utförd|nej|n|no|ej)$/, "notDone"],
  [/^(inställd|inställt|struken|struket|avbruten|avbrutet|utgår|utgått|cancelled)$/, "cancelled"],
];

/** A status as people write it ("Genomförd", "genomförd.", "Ja", "Pågår", "Ej påbörjad", "Inställd"); null where it is none. */
export function readStatus(text: string): ControlStatus | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, "")
    .replace(/\s+/g, " ");
  // "Genomförd 2026-05-12", "Pågår (klart i juni)", "Ej genomförd – sjukdom": the status first, a note after.
  const head = key.split(/\s*(?:[,(:;–—]|\s-\s|\s\d)/)[0];
  for (const candidate of [key, head])
    for (const [pattern, status] of STATUS_WORDS) if (pattern.test(candidate)) return status;
  return null;
}

/** A deviation as written: Ja/Nej, "Inga", "Ingen avvikelse", "–", or a text describing one. */
export function readDeviation(text: string): boolean {
  const key = compactLabel(text);
  // A dash or nothing but punctuation says none, as "Inga" and "U.a." do.
  if (key === "" || /^(inga|ingen|ingenavvikelse|ingaavvikelser|utananmarkning|ua|ok)$/.test(key)) return false;
  const answer = readAnswer(text);
  return answer !== "no";
}

/** T1, Tertial 2, "tertialrapport 2", VB, Verksamhetsberättelse, Helår, Bokslut, T3 — a follow-up moment in a text. */
export function readMoment(text: string): Moment | null {
  const t = text.toLowerCase();
  if (/\b(vb|verksamhetsberättelse\w*|helår\w*|bokslut\w*|årsredovisning\w*|t3|tertial\s*3)\b/.test(t)) return "VB";
  if (/\b(t2|tertial\s*2|tertialrapport\s*2|delår\w*)\b/.test(t)) return "T2";
  if (/\b(t1|tertial\s*1|tertialrapport\s*1)\b/.test(t)) return "T1";
  return null;
}

const byMonth = (month: number): number => (month <= 4 ? 1 : month <= 8 ? 2 : 3);

/** From which moment one part of a frequency is due: 1 (T1), 2 (T2), 3 (VB); null where it never falls due by the calendar. */
function dueFromPart(part: string): number | null {
  const key = compactLabel(part);
  if (/^(lopande|dagligen|veckovis|varjevecka|manadsvis|manatligen|varjemanad|kvartalsvis|varjekvartal)$/.test(key))
    return 1;
  if (/^(tertialvis|varjetertial|pertertial|tertialrapport|q1|kvartal1|t1|tertial1|var|varen)$/.test(key)) return 1;
  if (/^(halvarsvis|varjehalvar|tvagangerperar|t2|tertial2|delar|delarsrapport|q2|kvartal2)$/.test(key)) return 2;
  if (
    /^(arligen|arsvis|varjear|engangperar|engangomaret|t3|tertial3|bokslut|vidbokslut|verksamhetsberattelse|host|hosten|q3|q4|kvartal3|kvartal4)$/.test(
      key,
    )
  )
    return 3;
  const month = monthNumber(key);
  if (month !== null) return byMonth(month);
  const week = /^(?:vecka|v)(\d{1,2})$/.exec(key);
  if (week) return byMonth(Math.min(12, Math.ceil(Number(week[1]) / 4.35)));
  const date = parseDateCell(part.trim());
  if (date?.kind === "date") return byMonth(Number(date.iso.slice(5, 7)));
  return null;
}

/**
 * Whether a control with this Frekvens/Tidpunkt has fallen due by the moment: any part due at or
 * before it. Without a frequency a control is due by the verksamhetsberättelse; "Vid behov" never
 * by the calendar (null: cannot be told).
 */
export function isDue(frequency: CellValue, moment: Moment): boolean | null {
  if (isBlank(frequency)) return moment === "VB";
  if (typeof frequency === "number") {
    const date = parseDateCell(frequency);
    return date?.kind === "date" ? date.iso.slice(5) <= MOMENT_END[moment] : null;
  }
  const parts = cellText(frequency)
    .split(/\s*(?:,|;|\/|&|\boch\b|\bsamt\b)\s*/i)
    .filter((p) => p.trim() !== "");
  const from = parts.map(dueFromPart).filter((n): n is number => n !== null);
  if (from.length === 0) return null;
  return Math.min(...from) <= MOMENT_ORDER[moment];
}

/** The moment a review without one stated stands at, by the date: T1 from May, T2 from September, else last year's VB. */
export function momentByDate(today: string): Moment {
  const month = Number(today.slice(5, 7));
  return month >= 9 ? "T2" : month >= 5 ? "T1" : "VB";
}

/** One control as followed up. */
export interface ControlFollowUp {
  status: ControlStatus | null;
  outcome: string | null;
  /** A deviation found (Avvikelse Ja, or a text describing it); null where not said. */
  deviation: boolean | null;
  /** The deviation as the sheet describes it (a text other than Ja/Nej), or the result's words. */
  deviationText: string | null;
  action: string | null;
  doneDate: string | null;
  /** Its time has come by the follow-up moment (null: its Frekvens cannot tell). */
  due: boolean | null;
}

type Reader = ReturnType<typeof tableReader<never>>;
type Findings = ReturnType<Ctx["findings"]>;

/** The follow-up's columns (any one makes the plan a follow-up). */
export const FOLLOW_UP_KEYS = ["status", "outcome", "deviation", "action", "doneDate"] as const;

/** The moment the follow-up is at: a column on the row, else the sheet's title, else the review's date. */
export function momentOf(table: Table, today: string): { moment: Moment; from: "title" | "date"; text: string | null } {
  for (let r = 0; r < table.header.headerTop; r++)
    for (const value of table.grid.values[r] ?? []) {
      if (typeof value !== "string") continue;
      const moment = readMoment(value);
      if (moment) return { moment, from: "title", text: value.trim() };
    }
  return { moment: momentByDate(today), from: "date", text: null };
}

/**
 * A control row's follow-up, with its findings: due without status or result (CONTROL_NOT_PERFORMED),
 * stated as not carried out when due (the same, in its own words), a deviation without an action
 * (DEVIATION_WITHOUT_ACTION), carried out without a result (REQUIRED_MISSING), a status not read
 * (CONTROL_STATUS_UNKNOWN).
 */
export function followUpOf(
  table: Table,
  read: Reader,
  findings: Findings,
  r: DataRow,
  moment: Moment,
  control: string,
  momentName: string,
): ControlFollowUp {
  const statusText = read.text(r, "status");
  const status = statusText === null ? null : readStatus(statusText);
  if (statusText !== null && status === null)
    findings.add("CONTROL_STATUS_UNKNOWN", table.address(r, "status"), r.row, {
      column: read.column("status"),
      value: statusText,
    });
  const outcome = read.text(r, "outcome");
  const deviationCell = read.text(r, "deviation");
  const deviation = deviationCell === null ? null : readDeviation(deviationCell);
  const action = read.text(r, "action");
  const due = isDue(table.has("frequency") ? table.get(r, "frequency") : "", moment);
  const at = (key: string) => table.address(r, table.has(key) ? key : FOLLOW_UP_KEYS.find((k) => table.has(k))!);
  const params = { control, moment: momentName };
  if (due && status === null && statusText === null && outcome === null && deviation === null)
    findings.add("CONTROL_NOT_PERFORMED", at("status"), r.row, params);
  else if (due && (status === "notDone" || status === "notStarted"))
    findings.add(
      "CONTROL_NOT_PERFORMED",
      at("status"),
      r.row,
      { ...params, status: statusText! },
      "CONTROL_STATED_NOT_PERFORMED",
    );
  const deviationText =
    deviationCell !== null && readAnswer(deviationCell) === null ? deviationCell : deviation ? outcome : null;
  if (deviation && action === null)
    findings.add("DEVIATION_WITHOUT_ACTION", at("action"), r.row, {
      control,
      deviation: deviationText ?? deviationCell!,
    });
  if (status === "done" && table.has("outcome") && outcome === null && deviation === null)
    findings.add("REQUIRED_MISSING", table.address(r, "outcome"), r.row, { column: read.column("outcome") });
  return {
    status,
    outcome,
    deviation,
    deviationText:
      deviationCell !== null && readAnswer(deviationCell) === null ? deviationCell : deviation ? outcome : null,
    action,
    doneDate: read.date(r, "doneDate"),
    due,
  };
}
