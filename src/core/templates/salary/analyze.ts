/**
 * Lönekartläggning: women's pay as a percent of men's per befattning, from full-time pay, with the
 * flags, group sizes and the equal-value comparison of DiskrL 3 kap. Salaries stay in the result
 * and the workbook; messages carry ratios and counts, never a salary.
 */
import type { ColumnReader } from "../columnReader";
import type { DataRow, Table } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import { compactLabel, formatNumber, isBlank } from "../../parse/cells";
import { TextInterner } from "../../parse/interner";
import { oneDecimal, tableReader } from "../common";
import { readAnswer } from "../../parse/answers";
import { selectMedian, type TransparencyResult } from "./transparency";
import { Employees } from "./employees";
import { keepForRegister } from "./register";
import type { PayInfoAnswer, PayInfoRequest } from "./payInfo";
import {
  readSex,
  payIn,
  employmentRate,
  payrollReading,
  directiveReport,
  type Findings,
  type Reader,
  type Payroll,
} from "./payroll";

export { readSex } from "./payroll";

export interface Position {
  title: string;
  /** Where the befattning first appears (its Befattning cell). */
  cell: string;
  row: number;
  women: number;
  men: number;
  /** Employees whose Kön is neither woman nor man: counted, not compared. */
  other: number;
  womenMean: number | null;
  menMean: number | null;
  womenMedian: number | null;
  menMedian: number | null;
  /** Mean of everyone's full-time pay in the befattning. */
  mean: number | null;
  ratio: number | null;
  flag: "low" | "high" | null;
  shareWomen: number | null;
  balanced: boolean | null;
  womenDominated: boolean | null;
  valuation: number | null;
  /** The sheet's analysis of the befattning's difference (Analys, or Motivering as text), if any. */
  analysis: string | null;
  /** Saklig grund: stated (Ja, or a justification written out), denied (Nej), or not stated. */
  justified: boolean | null;
  /** Full-time equivalents (the sum of employment rates, 1 where none) of those whose pay was read. */
  fte: { women: number; men: number; all: number };
  /** The befattning's code (AID, Kategori) as its first row gives it, for the job evaluation. */
  code: string | null;
}

export interface EqualValueGap {
  title: string;
  valuation: number;
  comparedWith: string;
  comparedValuation: number;
  /** The kvinnodominerad befattning's mean pay in percent of the compared one's. */
  percentOfCompared: number;
}

export interface SalaryResult {
  layout: "employees" | "positions";
  positions: Position[];
  flagged: number;
  /** Percent of befattningar with both sexes within the balance limits. */
  balancedShare: number | null;
  equalValueGaps: EqualValueGap[];
  limits: { low: number; high: number; smallGroup: number };
  /**
   * Lönetransparens (Directive (EU) 2023/970 Art. 9, 10), from a payroll with one row per
   * employee: percentages, shares and headcounts only. Absent for the one-row-per-befattning layout.
   */
  transparency?: TransparencyResult;
  /** The employee asked for (the pay-info action): amounts, so never in a report (forReport drops it). */
  payInfo?: PayInfoAnswer;
  /** What the payroll pays in a year (the monthly pay as paid × 12; kronor): the base of the adjustments' share. */
  annualPaySum: number | null;
  /** Set in a report that leaves the workbook: every pay figure is left out (report.ts). */
  payOmitted?: true;
}

/** Comparisons listed per kvinnodominerad befattning, widest gap first. */
const MAX_COMPARISONS = 20;

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** The mean of the lists as one: summed in their order, as their concatenation would be (none made). */
function meanOfAll(lists: readonly (readonly number[])[]): number | null {
  let sum = 0;
  let count = 0;
  for (const values of lists) {
    for (let i = 0; i < values.length; i++) sum += values[i];
    count += values.length;
  }
  return count === 0 ? null : sum / count;
}

/**
 * The median by selection on a copy (a befattning's pay is thousands of figures: no sort, no boxed
 * numbers), the copy in one array for every befattning (an array of its own for each was thousands
 * of buffers allocated outside the heap per payroll).
 */
function median(values: readonly number[]): number | null {
  if (values.length > scratch.length) scratch = new Float64Array(Math.max(values.length, 2 * scratch.length));
  for (let i = 0; i < values.length; i++) scratch[i] = values[i];
  // Pay is read finite (parse/amounts, parse/numbers): selection gives what a sort gives.
  return selectMedian(scratch, values.length);
}
let scratch = new Float64Array(256);

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** A befattning while its rows are gathered: where it is and its headcounts (including people whose pay cannot be read) as in Position. */
interface Group extends Pick<
  Position,
  "title" | "cell" | "row" | "women" | "men" | "other" | "valuation" | "analysis" | "justified" | "code"
> {
  fte: Position["fte"];
  /** Full-time pay of those whose pay could be read. */
  womenPay: number[];
  menPay: number[];
  otherPay: number[];
}

type Limits = SalaryResult["limits"];

/** The figures a befattning's line is computed from, however they were gathered. */
type PositionFigures = Pick<
  Position,
  | "title"
  | "cell"
  | "row"
  | "women"
  | "men"
  | "other"
  | "womenMean"
  | "menMean"
  | "womenMedian"
  | "menMedian"
  | "valuation"
  | "analysis"
  | "justified"
  | "fte"
  | "code"
> & {
  /** Everyone's mean full-time pay, where each person's pay is known (the one-row-per-employee layout). */
  everyoneMean?: number | null;
};

/**
 * A salary table analysed; with `request`, one worker's pay information too (the result's
 * `payInfo`, asked for by the pay-info action, never by a review).
 */
export function analyzeSalary(table: Table, ctx: Ctx, request?: PayInfoRequest): TemplateOutcome<SalaryResult> {
  const { settings } = ctx;
  const limits: Limits = {
    low: settings.salary.lowLimit,
    high: settings.salary.highLimit,
    smallGroup: settings.salary.smallGroup,
  };
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  const layout =
    table.has("sex") && ["salary", "annualPay", "paidPay", "hourlyRate"].some((key) => table.has(key))
      ? "employees"
      : "positions";
  // The one-row-per-employee layout also gathers what the directive's report needs.
  const payroll: Payroll = { employees: new Employees(0), basis: null, request };
  const { figures, annualPaySum } =
    layout === "employees" ? employeeGroups(table, read, findings, payroll, ctx) : positionRows(table, read, findings);
  const minShare = settings.genderBalance.minSharePercent;
  const positions = figures.map((f) => positionOf(f, limits, minShare));
  reportRatiosAndGroups(positions, limits, findings, ctx);
  const equalValueGaps = compareEqualValue(positions, findings);
  const withBalance = positions.filter((p) => p.balanced !== null);
  const transparency = payroll.basis
    ? directiveReport(table, payroll.employees, payroll.basis, ctx, findings)
    : undefined;
  const payInfo = payroll.answer?.();
  if (transparency) keepForRegister(transparency, payroll.employees);
  return {
    findings: findings.items,
    writes: [],
    result: {
      layout,
      positions,
      flagged: positions.filter((p) => p.flag !== null).length,
      balancedShare: withBalance.length
        ? oneDecimal((withBalance.filter((p) => p.balanced).length / withBalance.length) * 100)
        : null,
      equalValueGaps,
      limits,
      annualPaySum: annualPaySum === null ? null : Math.round(annualPaySum),
      ...(transparency ? { transparency } : {}),
      ...(payInfo ? { payInfo } : {}),
    },
  };
}

/** The columns an employee's row is read from, each found once. */
function employeeColumns(read: Reader) {
  return read.columnsOf(["title", "sex", "salary", "employment", "valuation", "hourlyRate"] as const);
}

/** The befattning of a row's title, made at its first row (its cell, its row): each spelling folded once. */
function befattningar(titleColumn: ColumnReader, groups: Map<string, Group>) {
  // Titles repeat on every row of their befattning: fold each spelling once.
  const keyOf = new Map<string, string>();
  let lastTitle: string | null = null;
  let lastGroup: Group | null = null;
  return (title: string, r: DataRow): Group => {
    // A befattning's people listed together: the row before's group.
    if (title === lastTitle && lastGroup) return lastGroup;
    lastTitle = title;
    let key = keyOf.get(title);
    if (key === undefined) {
      key = compactLabel(title);
      keyOf.set(title, key);
    }
    let group = groups.get(key);
    if (!group) {
      group = {
        title,
        cell: titleColumn.address(r),
        row: r.row,
        women: 0,
        men: 0,
        other: 0,
        womenPay: [],
        menPay: [],
        otherPay: [],
        valuation: null,
        analysis: null,
        justified: null,
        fte: { women: 0, men: 0, all: 0 },
        code: null,
      };
      groups.set(key, group);
    }
    return (lastGroup = group);
  };
}

/** One row per employee: each befattning's headcounts and full-time pay, gathered from its rows. */
function employeeGroups(table: Table, read: Reader, findings: Findings, payrollOut: Payroll, ctx: Ctx): Gathered {
  // A salary column headed as full-time pay is already full-time.
  const salaryIsFullTime = /heltid/.test(compactLabel(table.header.headers.salary ?? ""));
  const payroll = payrollReading(table, read, findings, payrollOut, ctx, salaryIsFullTime);
  payrollOut.basis = payroll.basis;
  payrollOut.answer = payroll.answer;
  const groups = new Map<string, Group>();
  let annualPaySum = 0;
  // Monthly pay is needed on every row unless the year's pay or an annual pay stands in for it, or the row's hourly rate.
  const yearly = table.has("annualPay") || table.has("paidPay");
  const hourly = table.has("hourlyRate");
  const cols = employeeColumns(read);
  const notes = noteColumns(read);
  const groupFor = befattningar(cols.title, groups);
  // Each title as one string (the first row's): the rows after compare it without reading it.
  const titles = new TextInterner();
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const titleText = cols.title.requiredText(r);
    const title = titleText === null ? null : titles.of(titleText);
    const sexText = cols.sex.requiredText(r);
    const payRequired = !yearly && !(hourly && !isBlank(cols.hourlyRate.raw(r)));
    const pay = payIn(cols.salary, findings, r, payRequired);
    const rate = employmentRate(table, cols.employment, findings, r);
    const valuation = cols.valuation.number(r, false, 0);
    const sex = sexText ? readSex(sexText) : null;
    const year = payroll.employee(r, sex, pay, rate, title);
    if (year?.paidInYear) annualPaySum += year.paidInYear;
    if (!title) continue;
    const group = groupFor(title, r);
    if (valuation !== null && group.valuation === null) group.valuation = valuation;
    noteAnalysis(group, notes, r);
    if (sex === null) continue;
    if (sex === "other") findings.add("GENDER_NOT_COMPARED", cols.sex.address(r), r.row, { value: sexText! });
    // Each count and sum by its own name: a key chosen per row is a slow keyed store.
    if (sex === "woman") group.women++;
    else if (sex === "man") group.men++;
    else group.other++;
    // Full-time monthly pay: as the row gives it, or from its hourly rate or its pay of the year.
    const fullTime =
      year?.fullTimeMonthly ?? (pay === null ? null : salaryIsFullTime || rate === null ? pay : pay / rate);
    if (fullTime === null) continue;
    (sex === "woman" ? group.womenPay : sex === "man" ? group.menPay : group.otherPay).push(fullTime);
    const fte = rate ?? 1;
    group.fte.all += fte;
    if (sex === "woman") group.fte.women += fte;
    else if (sex === "man") group.fte.men += fte;
  }
  const figures = [...groups.values()].map(figuresOf);
  return { figures, annualPaySum: annualPaySum > 0 ? annualPaySum : null };
}

/** A befattning's figures from its gathered rows. */
function figuresOf(g: Group): PositionFigures {
  return {
    title: g.title,
    cell: g.cell,
    row: g.row,
    women: g.women,
    men: g.men,
    other: g.other,
    womenMean: mean(g.womenPay),
    menMean: mean(g.menPay),
    womenMedian: median(g.womenPay),
    menMedian: median(g.menPay),
    valuation: g.valuation,
    analysis: g.analysis,
    justified: g.justified,
    fte: g.fte,
    code: g.code,
    everyoneMean: meanOfAll([g.womenPay, g.menPay, g.otherPay]),
  };
}

/** A befattning's rows gathered: its figures, and what the whole payroll pays in a year. */
interface Gathered {
  figures: PositionFigures[];
  annualPaySum: number | null;
}

/** Saklig grund as stated: Ja (or a reason written out) is stated, Nej is denied, Delvis is neither. */
export function statedGrounds(text: string): boolean | null {
  const answer = readAnswer(text);
  return answer === null ? true : answer === "partly" ? null : answer === "yes";
}

/** The first analysis, justification and code among a befattning's rows (per person or repeated per befattning). */
function noteAnalysis(group: Pick<Group, "analysis" | "justified" | "code">, cols: NoteColumns, r: DataRow): void {
  const { payAnalysis, justification, category } = cols;
  if (group.analysis === null && payAnalysis.present) group.analysis = payAnalysis.text(r);
  if (group.justified === null && justification.present) {
    const text = justification.text(r);
    if (text !== null) {
      group.justified = statedGrounds(text);
      if (group.analysis === null && readAnswer(text) === null) group.analysis = text;
    }
  }
  if (group.code === null && category.present) group.code = category.text(r);
}

/** The columns a befattning's analysis, justification and code are read from. */
type NoteColumns = Record<"payAnalysis" | "justification" | "category", ColumnReader>;

function noteColumns(read: Reader): NoteColumns {
  return read.columnsOf(["payAnalysis", "justification", "category"] as const);
}

/** One row per befattning: its headcounts and mean (and median) pay as the sheet states them. */
function positionRows(table: Table, read: Reader, findings: Findings): Gathered {
  const figures: PositionFigures[] = [];
  const notes = noteColumns(read);
  let annualPaySum = 0;
  for (const r of table.rows) {
    const title = read.requiredText(r, "title");
    const women = read.number(r, "womenCount", true, 0);
    const men = read.number(r, "menCount", true, 0);
    const pay = (key: string, required: boolean) => payIn(read.of(key), findings, r, required);
    const womenMean = women ? pay("womenMean", true) : null;
    const menMean = men ? pay("menMean", true) : null;
    const womenMedian = women ? pay("womenMedian", false) : null;
    const menMedian = men ? pay("menMedian", false) : null;
    const valuation = read.number(r, "valuation", false, 0);
    if (!title || women === null || men === null) continue;
    const noted = { analysis: null, justified: null, code: null };
    noteAnalysis(noted, notes, r);
    annualPaySum += ((womenMean ?? 0) * women + (menMean ?? 0) * men) * 12;
    figures.push({
      ...noted,
      // A befattning's summary gives no rates: each person counts as one full-time post.
      fte: { women, men, all: women + men },
      title,
      cell: table.address(r, "title"),
      row: r.row,
      women,
      men,
      other: 0,
      womenMean,
      menMean,
      womenMedian,
      menMedian,
      valuation,
    });
  }
  return { figures, annualPaySum: annualPaySum > 0 ? annualPaySum : null };
}

/** A befattning's line: the ratio and its flag, the share of women and the balance, the mean of everyone. */
function positionOf(f: PositionFigures, limits: Limits, minShare: number): Position {
  const { women, men, womenMean, menMean } = f;
  const comparable = women > 0 && men > 0 && womenMean !== null && menMean !== null;
  const ratio = comparable ? oneDecimal((womenMean! / menMean!) * 100) : null;
  const flag = ratio === null ? null : ratio < limits.low ? "low" : ratio > limits.high ? "high" : null;
  const both = women + men;
  const shareWomen = both > 0 ? oneDecimal((women / both) * 100) : null;
  const mixedMean =
    f.everyoneMean ??
    (both > 0 && (womenMean !== null || women === 0) && (menMean !== null || men === 0)
      ? ((womenMean ?? 0) * women + (menMean ?? 0) * men) / both
      : null);
  return {
    title: f.title,
    cell: f.cell,
    row: f.row,
    women,
    men,
    other: f.other,
    womenMean: round2(womenMean),
    menMean: round2(menMean),
    womenMedian: round2(f.womenMedian),
    menMedian: round2(f.menMedian),
    mean: round2(mixedMean),
    ratio,
    flag,
    shareWomen,
    balanced: shareWomen === null ? null : shareWomen >= minShare && shareWomen <= 100 - minShare,
    womenDominated: shareWomen === null ? null : shareWomen >= 100 - minShare,
    valuation: f.valuation,
    analysis: f.analysis,
    justified: f.justified,
    // Sums of rates such as 0,8 + 0,9 carry binary noise: kept to the hundredth, as a rate is.
    fte: { women: round2(f.fte.women)!, men: round2(f.fte.men)!, all: round2(f.fte.all)! },
    code: f.code,
  };
}

/** Ratios outside the limits, befattningar with one sex only, and groups too small to compare. */
function reportRatiosAndGroups(positions: readonly Position[], limits: Limits, findings: Findings, ctx: Ctx): void {
  for (const p of positions) {
    const at = (code: Parameters<Findings["add"]>[0], params: Record<string, string | number>) =>
      findings.add(code, p.cell, p.row, { title: p.title, ...params });
    if (p.flag === "low") at("SALARY_RATIO_LOW", { ratio: formatNumber(p.ratio!, 1), limit: limits.low });
    if (p.flag === "high") at("SALARY_RATIO_HIGH", { ratio: formatNumber(p.ratio!, 1), limit: limits.high });
    if ((p.women === 0) !== (p.men === 0)) {
      at("SALARY_NOT_COMPARABLE", { present: ctx.t(p.women ? "sex.women" : "sex.men") });
    } else if (p.women > 0 && (p.women < limits.smallGroup || p.men < limits.smallGroup)) {
      at("SALARY_SMALL_GROUP", { women: p.women, men: p.men, limit: limits.smallGroup });
    }
  }
}

/**
 * Each kvinnodominerad befattning against the others valued equal or lower but paid more, by a
 * value (the sheet's Arbetsvärdering, or the job evaluation's value group). For each value, the
 * others at or below it sorted by pay (best paid first): those paid more than a given befattning
 * are then a prefix, found by binary search. The widest gaps first; a register of thousands of
 * befattningar lists the 20 widest and counts the rest.
 */
export function paidMoreAtOrBelow(
  positions: readonly Position[],
  valueOf: (p: Position) => number | null,
): { position: Position; value: number; listed: Position[]; more: number }[] {
  const out: { position: Position; value: number; listed: Position[]; more: number }[] = [];
  // Sorted by pay once (a stable sort: equal pay keeps the sheet's order); each value's candidates
  // are those at or below it, in that order — as sorting each value's own list would give them.
  const others = positions
    .filter((q) => q.womenDominated === false && valueOf(q) !== null && q.mean !== null)
    .sort((a, b) => b.mean! - a.mean!);
  const byLevel = new Map<number, Position[]>();
  const candidatesAt = (value: number): Position[] => {
    let list = byLevel.get(value);
    if (!list) {
      list = others.filter((q) => valueOf(q)! <= value);
      byLevel.set(value, list);
    }
    return list;
  };
  for (const p of positions) {
    const value = valueOf(p);
    if (!p.womenDominated || value === null || p.mean === null) continue;
    const candidates = candidatesAt(value);
    let paidMore = 0;
    for (let lo = 0, hi = candidates.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].mean! > p.mean) lo = paidMore = mid + 1;
      else hi = mid;
    }
    if (paidMore === 0) continue;
    const listed = candidates.slice(0, Math.min(paidMore, MAX_COMPARISONS));
    out.push({ position: p, value, listed, more: paidMore - listed.length });
  }
  return out;
}

/** The sheet's own equal-value comparison, by its Arbetsvärdering column. */
function compareEqualValue(positions: readonly Position[], findings: Findings): EqualValueGap[] {
  const equalValueGaps: EqualValueGap[] = [];
  // A few valuations named in thousands of messages: each written out once.
  const written = new Map<number, string>();
  const valuationText = (value: number) => {
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = formatNumber(value)));
    return text;
  };
  // The best paid are listed for nearly every befattning: each named once.
  const nameByPosition = new Map<Position, string>();
  const nameOf = (q: Position) => {
    let name = nameByPosition.get(q);
    if (name === undefined) nameByPosition.set(q, (name = `${q.title} (${valuationText(q.valuation!)})`));
    return name;
  };
  for (const { position: p, value, listed, more } of paidMoreAtOrBelow(positions, (q) => q.valuation)) {
    for (const q of listed) {
      equalValueGaps.push({
        title: p.title,
        valuation: value,
        comparedWith: q.title,
        comparedValuation: q.valuation!,
        percentOfCompared: oneDecimal((p.mean! / q.mean!) * 100),
      });
    }
    const names = listed.map(nameOf);
    if (more > 0) names.push(`+${more}`);
    findings.add("SALARY_EQUAL_VALUE_GAP", p.cell, p.row, {
      title: p.title,
      value: valuationText(value),
      others: names.join(", "),
    });
  }
  return equalValueGaps;
}
