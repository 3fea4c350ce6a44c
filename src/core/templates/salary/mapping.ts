/**
 * The lönekartläggning across the workbook (DiskrL 3 kap. 8–14 §§): each payroll's befattningar
 * matched to the job evaluation; lika arbete (each befattning's women against its men) and
 * likvärdigt arbete (each women-dominated job against jobs in the same or a lower value group
 * that are paid more); each flagged comparison's analysis (the payroll's Analys or Saklig grund,
 * or the sheet Analys och åtgärder); the pay adjustments needed where there are no objective
 * grounds, with their cost and timetable; and last year's measures followed up. Pure: the
 * workbook's findings (workbook.ts) and the documentation sheet (documentSheet.ts) read it.
 */
import type { SheetReport } from "../types";
import type { SalaryResult, Position } from "./analyze";
import type { SalarySettings } from "./settings";
import type { PayPlanEntry } from "../payplan";
import type { JobEvalResult } from "../jobeval";
import { paidMoreAtOrBelow } from "./equalValue";
import { eventKey } from "../../parse/words";
import { jobFinder, valuedJobs, type JobFinder, type MatchHow, type ValuedJob } from "./evaluation";

export type { ValuedJob, MatchHow } from "./evaluation";
import { sheetRef } from "../../sheet/address";
import { oneDecimal } from "../common";

type Report<Id extends string> = Extract<SheetReport, { template: Id }>;

export interface MappedPosition {
  position: Position;
  job: ValuedJob | null;
  how: MatchHow | null;
}

export interface Comparison {
  kind: "equalWork" | "equalValue";
  /** The befattning whose pay is lower (equal work: the befattning itself). */
  position: Position;
  /** Equal value: the job paid more in the same or a lower value group. */
  compared: Position | null;
  /** Equal work: women's pay as a percent of men's; equal value: the job's mean pay as a percent of the compared one's. */
  percent: number;
  flagged: boolean;
  /** Equal value: the value groups (or the sheet's Arbetsvärdering) of both. */
  value?: string;
  comparedValue?: string;
  analysis: { text: string | null; justified: boolean | null; at: string } | null;
}

export interface Adjustment {
  kind: Comparison["kind"];
  position: Position;
  /** Equal value: the best-paid job compared with, whose average is the target. */
  compared: Position | null;
  side: "women" | "men" | "all";
  people: number;
  fte: number;
  /** The side's average full-time monthly pay, and what it is raised to. */
  from: number;
  to: number;
  /** (to − from) × full-time equivalents × 12, in kronor. */
  annual: number;
  /** Fewer people than the small-group setting: the amount could point out a pay. */
  small: boolean;
}

export interface FollowUp {
  entry: PayPlanEntry;
  /** Where the entry stands: the sheet in this workbook, or last year's. */
  sheet: string;
  fromPrevious: boolean;
  /** What the measure was to correct, as this year's payroll shows it. */
  status: "persists" | "closed" | "unknown";
  comparison: Comparison | null;
}

export interface MappedPayroll {
  sheet: string;
  result: SalaryResult;
  positions: MappedPosition[];
  comparisons: Comparison[];
  adjustments: Adjustment[];
  total: {
    annual: number;
    people: number;
    /** Of the payroll's annual pay sum, in percent; null where the pay sum is unknown. */
    share: number | null;
    years: number;
    /** Raised in equal steps: each year's raise (each raise is permanent). */
    step: number;
  };
  /** Befattningar with both an equal-work and an equal-value adjustment: the total counts their overlap twice. */
  overlapping: string[];
}

export interface PayMapping {
  /** Where equal value comes from: the job evaluation, the payroll's Arbetsvärdering column, or nowhere. */
  valuation: "evaluation" | "column" | "none";
  evaluationSheets: string[];
  evaluation: JobEvalResult | null;
  payrolls: MappedPayroll[];
  followUps: FollowUp[];
  /** The employer's analyses on the sheet Analys och åtgärder (Analys, Saklig grund). */
  analyses: { entry: PayPlanEntry; sheet: string }[];
  /** This year's measures as the employer planned them (Åtgärd without a follow-up). */
  planned: { entry: PayPlanEntry; sheet: string }[];
  settings: SalarySettings;
  /** The year of the survey (today's), which tells last year's measures from this year's. */
  year: number;
}

const reportsOf = <Id extends NonNullable<SheetReport["template"]>>(reports: readonly SheetReport[], id: Id) =>
  reports.filter((r): r is Report<Id> => r.template === id);

/** A befattning's evaluated job (evaluation.ts, jobFinder). */
function matchJob(position: Position, find: JobFinder): MappedPosition {
  const found = find(position.title, position.code);
  return found ? { position, job: found.job, how: found.how } : { position, job: null, how: null };
}

/** The analysis of a comparison: the payroll's own for the befattning, else the sheet's for the befattning or its group. */
function analysisOf(
  position: Position,
  group: string | null,
  payrollSheet: string,
  entries: readonly { entry: PayPlanEntry; sheet: string }[],
): Comparison["analysis"] {
  if (position.analysis !== null || position.justified !== null)
    return { text: position.analysis, justified: position.justified, at: sheetRef(payrollSheet, position.cell) };
  const keys = [eventKey(position.title), group === null ? null : eventKey(group)];
  const found = entries.find(
    (e) => (e.entry.analysis !== null || e.entry.justified !== null) && keys.includes(eventKey(e.entry.subject)),
  );
  return found
    ? { text: found.entry.analysis, justified: found.entry.justified, at: sheetRef(found.sheet, found.entry.cell) }
    : null;
}

/** Lika arbete: every befattning compared, flagged outside the limits. */
function equalWork(
  mapped: MappedPayroll,
  entries: readonly { entry: PayPlanEntry; sheet: string }[],
  groupOf: (p: Position) => string | null,
): Comparison[] {
  return mapped.result.positions
    .filter((p) => p.ratio !== null)
    .map((p) => ({
      kind: "equalWork" as const,
      position: p,
      compared: null,
      percent: p.ratio!,
      flagged: p.flag !== null,
      analysis: p.flag === null ? null : analysisOf(p, groupOf(p), mapped.sheet, entries),
    }));
}

/** Likvärdigt arbete: each women-dominated job against those at or below its value paid more. */
function equalValue(
  mapped: MappedPayroll,
  entries: readonly { entry: PayPlanEntry; sheet: string }[],
  valueOf: (p: Position) => number | null,
  labelOf: (p: Position) => string,
  groupOf: (p: Position) => string | null,
  low: number,
): Comparison[] {
  return paidMoreAtOrBelow(mapped.result.positions, valueOf).flatMap(({ position: p, listed }) =>
    listed.map((q) => {
      const percent = oneDecimal((p.mean! / q.mean!) * 100);
      const flagged = percent < low;
      return {
        kind: "equalValue" as const,
        position: p,
        compared: q,
        percent,
        flagged,
        value: labelOf(p),
        comparedValue: labelOf(q),
        analysis: flagged ? analysisOf(p, groupOf(p), mapped.sheet, entries) : null,
      };
    }),
  );
}

/** What an adjustment raises the lower-paid side's average to: the other's, or the lower limit of it. */
function target(other: number, settings: SalarySettings, side: Adjustment["side"]): number {
  if (settings.adjustmentTarget === "equal") return other;
  // Women up to the lower limit of men's pay; men (paid less than women) up to where women's exceed by the upper limit.
  return side === "men" ? (other * 100) / settings.highLimit : (other * settings.lowLimit) / 100;
}

/** The adjustments that close each flagged comparison without objective grounds: one per befattning and kind. */
function adjustmentsOf(comparisons: readonly Comparison[], settings: SalarySettings): Adjustment[] {
  const out: Adjustment[] = [];
  const open = comparisons.filter((c) => c.flagged && c.analysis?.justified !== true);
  for (const c of open.filter((c) => c.kind === "equalWork")) {
    const p = c.position;
    const side = p.flag === "low" ? "women" : "men";
    const from = side === "women" ? p.womenMean : p.menMean;
    const other = side === "women" ? p.menMean : p.womenMean;
    if (from === null || other === null) continue;
    out.push(adjustment(c, side, from, target(other, settings, side), settings));
  }
  // Equal value: a job compared with several is raised once, to the best-paid of them.
  const byPosition = new Map<Position, Comparison>();
  for (const c of open.filter((c) => c.kind === "equalValue")) {
    const best = byPosition.get(c.position);
    if (!best || c.compared!.mean! > best.compared!.mean!) byPosition.set(c.position, c);
  }
  for (const c of byPosition.values())
    out.push(adjustment(c, "all", c.position.mean!, target(c.compared!.mean!, settings, "all"), settings));
  return out.filter((a) => a.annual > 0);
}

function adjustment(
  c: Comparison,
  side: Adjustment["side"],
  from: number,
  to: number,
  settings: SalarySettings,
): Adjustment {
  const p = c.position;
  const people = side === "women" ? p.women : side === "men" ? p.men : p.women + p.men + p.other;
  const fte = Math.round(p.fte[side] * 100) / 100;
  return {
    kind: c.kind,
    position: p,
    compared: c.compared,
    side,
    people,
    fte,
    from,
    to: Math.round(to * 100) / 100,
    annual: Math.max(0, Math.round((to - from) * p.fte[side] * 12)),
    small: people < settings.smallGroup,
  };
}

/** Last year's measures against this year's comparisons: still flagged, closed, or not found. */
function followUpsOf(
  entries: readonly { entry: PayPlanEntry; sheet: string; fromPrevious: boolean }[],
  payrolls: readonly MappedPayroll[],
  groupOf: (p: Position) => string | null,
): FollowUp[] {
  // Each comparison by the keys it answers to: its befattning's name and its value group's.
  const keyed = payrolls
    .flatMap((m) => m.comparisons)
    .map((c) => {
      const group = groupOf(c.position);
      return { c, keys: [eventKey(c.position.title), ...(group === null ? [] : [eventKey(group)])] };
    });
  return entries.map(({ entry, sheet, fromPrevious }) => {
    const key = eventKey(entry.subject);
    const about = keyed.filter(({ keys }) => keys.includes(key)).map(({ c }) => c);
    const flagged = about.find((c) => c.flagged) ?? null;
    const status = flagged ? "persists" : about.length ? "closed" : "unknown";
    return { entry, sheet, fromPrevious, status, comparison: flagged ?? about[0] ?? null };
  });
}

/** One payroll mapped: its befattningar matched, its comparisons, its adjustments and their total. */
function mapPayroll(
  report: Report<"salary">,
  find: JobFinder,
  current: readonly { entry: PayPlanEntry; sheet: string }[],
  valuation: PayMapping["valuation"],
  settings: SalarySettings,
): MappedPayroll {
  const positions = report.result.positions.map((p) => matchJob(p, find));
  const jobOf = new Map(positions.map((m) => [m.position, m.job]));
  const groupOf = (p: Position) => jobOf.get(p)?.group ?? null;
  const mapped: MappedPayroll = {
    sheet: report.sheet,
    result: report.result,
    positions,
    comparisons: [],
    adjustments: [],
    total: { annual: 0, people: 0, share: null, years: settings.adjustmentYears, step: 0 },
    overlapping: [],
  };
  const byValue =
    valuation === "evaluation"
      ? equalValue(
          mapped,
          current,
          (p) => jobOf.get(p)?.rank ?? null,
          (p) => groupOf(p) ?? "",
          groupOf,
          settings.lowLimit,
        )
      : valuation === "column"
        ? equalValue(
            mapped,
            current,
            (p) => p.valuation,
            (p) => String(p.valuation ?? ""),
            groupOf,
            settings.lowLimit,
          )
        : [];
  mapped.comparisons = [...equalWork(mapped, current, groupOf), ...byValue];
  mapped.adjustments = adjustmentsOf(mapped.comparisons, settings);
  const annual = mapped.adjustments.reduce((s, a) => s + a.annual, 0);
  const paySum = report.result.annualPaySum;
  mapped.total = {
    annual,
    people: mapped.adjustments.reduce((s, a) => s + a.people, 0),
    share: paySum ? Math.round((annual / paySum) * 10000) / 100 : null,
    years: settings.adjustmentYears,
    step: Math.round(annual / settings.adjustmentYears),
  };
  const kinds = new Map<Position, Set<string>>();
  for (const a of mapped.adjustments) kinds.set(a.position, (kinds.get(a.position) ?? new Set()).add(a.kind));
  mapped.overlapping = [...kinds].filter(([, k]) => k.size > 1).map(([p]) => p.title);
  return mapped;
}

/** A measure is followed up when it says whether it was carried out, was due before this year, or is last year's. */
const isFollowUp = (e: PayPlanEntry, fromPrevious: boolean, year: number) =>
  e.measure !== null && (fromPrevious || e.done !== null || (e.year !== null && e.year < year));

/** The lönekartläggning of the workbook's payrolls; null where the workbook holds none. */
export function payMapping(
  reports: readonly SheetReport[],
  settings: SalarySettings,
  today: string,
  previous: readonly SheetReport[] = [],
): PayMapping | null {
  const salaries = reportsOf(reports, "salary");
  if (salaries.length === 0) return null;
  const year = Number(today.slice(0, 4));
  const evaluations = reportsOf(reports, "jobeval");
  const find = jobFinder(valuedJobs(evaluations));
  const thisYear = reportsOf(reports, "payplan").flatMap((r) =>
    r.result.entries.map((entry) => ({ entry, sheet: r.sheet, fromPrevious: false })),
  );
  // A measure of last year's workbook answered on this year's sheet (the same befattning and measure) is followed up there.
  const measureKey = (e: PayPlanEntry) => `${eventKey(e.subject)} ${eventKey(e.measure ?? "")}`;
  const answered = new Set(thisYear.filter((p) => p.entry.measure !== null).map((p) => measureKey(p.entry)));
  const plans = [
    ...thisYear,
    ...reportsOf(previous, "payplan").flatMap((r) =>
      r.result.entries
        .filter((entry) => !answered.has(measureKey(entry)))
        .map((entry) => ({ entry, sheet: r.sheet, fromPrevious: true })),
    ),
  ];
  const current = plans.filter((p) => !p.fromPrevious);
  const hasColumn = salaries.some((s) => s.result.positions.some((p) => p.valuation !== null));
  const valuation: PayMapping["valuation"] = evaluations.length ? "evaluation" : hasColumn ? "column" : "none";

  const payrolls = salaries.map((report) => mapPayroll(report, find, current, valuation, settings));
  const groups = new Map(payrolls.flatMap((m) => m.positions).map((m) => [m.position, m.job?.group ?? null]));
  const groupOfAny = (p: Position) => groups.get(p) ?? null;
  const followed = plans.filter((p) => isFollowUp(p.entry, p.fromPrevious, year));
  return {
    valuation,
    evaluationSheets: evaluations.map((e) => e.sheet),
    evaluation: evaluations[0]?.result ?? null,
    payrolls,
    followUps: followUpsOf(followed, payrolls, groupOfAny),
    analyses: current.filter((p) => p.entry.analysis !== null || p.entry.justified !== null),
    planned: current.filter((p) => p.entry.measure !== null && !isFollowUp(p.entry, false, year)),
    settings,
    year,
  };
}
