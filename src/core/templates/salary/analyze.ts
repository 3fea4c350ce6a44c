/**
 * Lönekartläggning: women's pay as a percent of men's per befattning, from full-time pay, with the
 * flags, group sizes and the equal-value comparison of DiskrL 3 kap. Salaries stay in the result
 * and the workbook; messages carry ratios and counts, never a salary.
 */
import { NO_COLUMN, type ColumnReader } from "../columnReader";
import { keepShape } from "../../shapes";
import type { DataRow, Table } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import { compactLabel, formatNumber, isBlank } from "../../parse/cells";
import { TextInterner } from "../../parse/interner";
import { oneDecimal, tableReader } from "../common";
import { readAnswer } from "../../parse/answers";
import { selectMedian } from "./transparency";
import type { Position, SalaryResult } from "./result";
import { Employees } from "./employees";
import { keepForRegister } from "./register";
import { compareEqualValue, withPairs } from "./equalValue";
import type { PayInfoRequest } from "./payInfo";
import {
  readSex,
  payIn,
  employmentRate,
  payrollReading,
  directiveReport,
  type Findings,
  type Reader,
  type Payroll,
  type PayrollReading,
} from "./payroll";

export { readSex } from "./payroll";

export type { Position, EqualValueGap, SalaryResult } from "./result";

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
  const equalValue = compareEqualValue(positions, findings);
  const withBalance = positions.filter((p) => p.balanced !== null);
  const transparency = payroll.basis
    ? directiveReport(table, payroll.employees, payroll.basis, ctx, findings)
    : undefined;
  const payInfo = payroll.answer?.();
  if (transparency) keepForRegister(transparency, payroll.employees);
  const result: SalaryResult = {
    layout,
    positions,
    flagged: positions.filter((p) => p.flag !== null).length,
    balancedShare: withBalance.length
      ? oneDecimal((withBalance.filter((p) => p.balanced).length / withBalance.length) * 100)
      : null,
    // The pairs made into objects only when read, for a report that leaves Plankoll (withPairs).
    equalValueGaps: [],
    limits,
    annualPaySum: annualPaySum === null ? null : Math.round(annualPaySum),
    ...(transparency ? { transparency } : {}),
    ...(payInfo ? { payInfo } : {}),
  };
  return { findings: findings.items, writes: [], result: withPairs(result, equalValue) };
}

/** The columns an employee's row is read from, each found once. */
function employeeColumns(read: Reader) {
  return read.columnsOf(["title", "sex", "salary", "employment", "valuation", "hourlyRate"] as const);
}

/**
 * The befattning of a row's title, made at its first row (its cell, its row): each spelling folded
 * once. A class, its `of` a method (a function made per payroll was held by the walk's optimized
 * code, thrown away with it after the analysis: core/shapes.ts).
 */
export class Befattningar {
  /** Titles repeat on every row of their befattning: each spelling folded once. */
  private readonly keyOf = new Map<string, string>();
  private lastTitle: string | null = null;
  private lastGroup: Group | null = null;

  constructor(
    private readonly titleColumn: ColumnReader,
    private readonly groups: Map<string, Group>,
  ) {}

  of(title: string, r: DataRow): Group {
    // A befattning's people listed together: the row before's group.
    if (title === this.lastTitle && this.lastGroup) return this.lastGroup;
    this.lastTitle = title;
    let key = this.keyOf.get(title);
    if (key === undefined) {
      key = compactLabel(title);
      this.keyOf.set(title, key);
    }
    let group = this.groups.get(key);
    if (!group) {
      group = {
        title,
        cell: this.titleColumn.address(r),
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
      this.groups.set(key, group);
    }
    return (this.lastGroup = group);
  }
}

// Its hidden class kept between analyses (core/shapes.ts).
keepShape(new Befattningar(NO_COLUMN, new Map()));

/** One row per employee: each befattning's headcounts and full-time pay, gathered from its rows. */
function employeeGroups(table: Table, read: Reader, findings: Findings, payrollOut: Payroll, ctx: Ctx): Gathered {
  // A salary column headed as full-time pay is already full-time.
  const salaryIsFullTime = /heltid/.test(compactLabel(table.header.headers.salary ?? ""));
  const payroll = payrollReading(table, read, findings, payrollOut, ctx, salaryIsFullTime);
  payrollOut.basis = payroll.basis;
  payrollOut.answer = () => payroll.answer();
  const groups = new Map<string, Group>();
  const cols = employeeColumns(read);
  const gathering: Gathering = {
    findings,
    payroll,
    cols,
    notes: noteColumns(read),
    groupFor: new Befattningar(cols.title, groups),
    // Each title as one string (the first row's): the rows after compare it without reading it.
    titles: new TextInterner(),
    // Monthly pay is needed on every row unless the year's pay or an annual pay stands in for it, or the row's hourly rate.
    yearly: table.has("annualPay") || table.has("paidPay"),
    hourly: table.has("hourlyRate"),
    salaryIsFullTime,
    table,
  };
  let annualPaySum = 0;
  // Each row by a function of its own: optimized after its first calls, where a walk run once is
  // interpreted (every double it computes boxed) until the compiler replaces it mid-loop.
  for (let i = 0; i < table.rows.length; i++) annualPaySum += gatherRow(gathering, table.rows.at(i));
  const figures = [...groups.values()].map(figuresOf);
  return { figures, annualPaySum: annualPaySum > 0 ? annualPaySum : null };
}

/** What every row of a payroll is gathered with (employeeGroups). */
interface Gathering {
  findings: Findings;
  payroll: PayrollReading;
  cols: ReturnType<typeof employeeColumns>;
  notes: NoteColumns;
  groupFor: Befattningar;
  titles: TextInterner;
  yearly: boolean;
  hourly: boolean;
  salaryIsFullTime: boolean;
  table: Table;
}

/** One employee's row read and counted into its befattning; what the row pays in the year (0 where none). */
function gatherRow(g: Gathering, r: DataRow): number {
  const { cols, findings } = g;
  const titleText = cols.title.requiredText(r);
  const title = titleText === null ? null : g.titles.of(titleText);
  const sexText = cols.sex.requiredText(r);
  const payRequired = !g.yearly && !(g.hourly && !isBlank(cols.hourlyRate.raw(r)));
  const pay = payIn(cols.salary, findings, r, payRequired);
  const rate = employmentRate(g.table, cols.employment, findings, r);
  const valuation = cols.valuation.number(r, false, 0);
  const sex = sexText ? readSex(sexText) : null;
  const year = g.payroll.employee(r, sex, pay, rate, title);
  const paidInYear = year?.paidInYear || 0;
  if (!title) return paidInYear;
  const group = g.groupFor.of(title, r);
  if (valuation !== null && group.valuation === null) group.valuation = valuation;
  noteAnalysis(group, g.notes, r);
  if (sex === null) return paidInYear;
  if (sex === "other") findings.add("GENDER_NOT_COMPARED", cols.sex.address(r), r.row, { value: sexText! });
  // Each count and sum by its own name: a key chosen per row is a slow keyed store.
  if (sex === "woman") group.women++;
  else if (sex === "man") group.men++;
  else group.other++;
  // Full-time monthly pay: as the row gives it, or from its hourly rate or its pay of the year.
  const fullTime =
    year?.fullTimeMonthly ?? (pay === null ? null : g.salaryIsFullTime || rate === null ? pay : pay / rate);
  if (fullTime === null) return paidInYear;
  (sex === "woman" ? group.womenPay : sex === "man" ? group.menPay : group.otherPay).push(fullTime);
  const fte = rate ?? 1;
  group.fte.all += fte;
  if (sex === "woman") group.fte.women += fte;
  else if (sex === "man") group.fte.men += fte;
  return paidInYear;
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
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
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
