/**
 * Lönekartläggning: women's pay as a percent of men's per befattning, from full-time pay, with the
 * flags, group sizes and the equal-value comparison of DiskrL 3 kap. Salaries stay in the result
 * and the workbook; messages carry ratios and counts, never a salary.
 */
import type { DataRow, Table } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { CellValue } from "../../types";
import type { Ctx } from "./strings";
import { cellText, compactLabel, formatNumber, isBlank } from "../../parse/cells";
import { parseAmount } from "../../parse/amounts";
import { parseNumberCell } from "../../parse/numbers";
import { isPercentFormat } from "../../parse/quantity";
import { oneDecimal, tableReader } from "../common";
import { VARIABLE_KEYS } from "./columns";
import { payTransparency, type Employee, type TransparencyResult } from "./transparency";
import { payInfoAnswer, type PayInfoAnswer, type Target } from "./payInfo";

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
  /** The employee asked for (AnalysisContext.payInfo): amounts, so never in a report (forReport drops it). */
  payInfo?: PayInfoAnswer;
  /** Set in a report that leaves the workbook: every pay figure is left out (report.ts). */
  payOmitted?: true;
}

type Sex = "woman" | "man" | "other";

/** Comparisons listed per kvinnodominerad befattning, widest gap first. */
const MAX_COMPARISONS = 20;

const WOMAN = new Set(["k", "kv", "kvinna", "kvinnor", "kvinnlig", "f", "female", "woman"]);
const MAN = new Set(["m", "man", "male", "manlig", "herr"]);

const sexCache = new Map<string, Sex>();

/** K, Kvinna, kvinna, M, Man, MAN …; "män" folds to "man". Anything else is another notation. */
export function readSex(text: string): Sex {
  let sex = sexCache.get(text);
  if (sex === undefined) {
    sex = readSexUncached(text);
    if (sexCache.size < 1000) sexCache.set(text, sex);
  }
  return sex;
}

function readSexUncached(text: string): Sex {
  const key = compactLabel(text);
  if (WOMAN.has(key)) return "woman";
  if (MAN.has(key)) return "man";
  return "other";
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** A befattning while its rows are gathered: where it is and its headcounts (including people whose pay cannot be read) as in Position. */
interface Group extends Pick<Position, "title" | "cell" | "row" | "women" | "men" | "other" | "valuation"> {
  /** Full-time pay of those whose pay could be read. */
  womenPay: number[];
  menPay: number[];
  otherPay: number[];
}

type Findings = ReturnType<Ctx["findings"]>;
type Reader = ReturnType<typeof tableReader<never>>;
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
> & {
  /** Everyone's mean full-time pay, where each person's pay is known (the one-row-per-employee layout). */
  everyoneMean?: number | null;
};

export function analyzeSalary(table: Table, ctx: Ctx): TemplateOutcome<SalaryResult> {
  const { settings } = ctx;
  const limits: Limits = {
    low: settings.salary.lowLimit,
    high: settings.salary.highLimit,
    smallGroup: settings.salary.smallGroup,
  };
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  const layout = table.has("sex") && (table.has("salary") || table.has("annualPay")) ? "employees" : "positions";
  // The one-row-per-employee layout also gathers what the directive's report needs.
  const payroll: Payroll = { employees: [], basis: null };
  const figures =
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
      ...(transparency ? { transparency } : {}),
      ...(payInfo ? { payInfo } : {}),
    },
  };
}

/**
 * A pay figure. Pay is personal data: an unreadable or impossible amount is reported by its
 * column, and the cell's text is named only when it holds no digit (then it cannot be a salary).
 */
function payIn(
  table: Table,
  read: Reader,
  findings: Findings,
  r: DataRow,
  key: string,
  required: boolean,
): number | null {
  if (!table.has(key)) return null;
  const raw = table.get(r, key);
  // A plain positive amount, the usual cell, needs neither its address nor its column's name
  // (nor the test for a formula error, which is text).
  if (typeof raw === "number" && raw > 0 && raw < 1e12) return Math.round(raw * 100) / 100;
  if (isBlank(raw)) {
    if (required) findings.add("REQUIRED_MISSING", table.address(r, key), r.row, { column: read.column(key) });
    return null;
  }
  if (!read.usable(r, key)) return null;
  const cell = table.address(r, key);
  const column = read.column(key);
  const parsed = parseAmount(raw);
  // A range ("30–32 000") is no one pay: reported as unreadable, without the amounts (personal data).
  if (!parsed.ok || parsed.highSek !== undefined) {
    if (/\d/.test(String(raw))) findings.add("NOT_A_NUMBER", cell, r.row, { column }, "SALARY_NOT_A_NUMBER");
    else findings.add("NOT_A_NUMBER", cell, r.row, { column, value: cellText(raw) });
    return null;
  }
  if (parsed.sek <= 0) {
    findings.add("OUT_OF_RANGE", cell, r.row, { column }, "SALARY_OUT_OF_RANGE");
    return null;
  }
  if (parsed.uncertain) findings.add("VALUE_UNCERTAIN", cell, r.row, { column }, "SALARY_UNCERTAIN");
  return parsed.sek;
}

/** "75 %", "0,75", "75": a few texts repeated on thousands of rows, each read once. */
const rateTexts = new Map<string, number | null>();
function rateOfText(raw: string): number | null {
  let rate = rateTexts.get(raw);
  if (rate === undefined) {
    const text = raw.trim();
    const number = parseNumberCell(text.replace(/\s*%$/, ""));
    rate = number === null ? null : text.endsWith("%") || number > 1 ? number / 100 : number;
    if (rateTexts.size >= 1_000) rateTexts.clear();
    rateTexts.set(raw, rate);
  }
  return rate;
}

/** Sysselsättningsgrad as a fraction: 0,75, 75 %, a percent-formatted 0.75, or 75 meaning percent. */
function employmentRate(table: Table, read: Reader, findings: Findings, r: DataRow): number | null {
  if (!table.has("employment")) return null;
  const raw = table.get(r, "employment");
  // A fraction, the usual cell: whatever its format, 0 < x ≤ 1 is the rate itself.
  if (typeof raw === "number" && raw > 0 && raw <= 1) return raw;
  if (isBlank(raw) || !read.usable(r, "employment")) return null;
  const format = table.grid.numberFormats?.[r.index]?.[table.header.columns.employment] ?? null;
  let rate: number | null = null;
  // 0,75 is a fraction and 75 a percent; 1,5 is neither, so it is reported rather than guessed.
  if (typeof raw === "number") rate = isPercentFormat(format) || raw <= 1 ? raw : raw >= 5 ? raw / 100 : 2;
  else rate = rateOfText(String(raw));
  if (rate === null || !(rate > 0 && rate <= 1)) {
    findings.add(rate === null ? "NOT_A_NUMBER" : "OUT_OF_RANGE", table.address(r, "employment"), r.row, {
      column: read.column("employment"),
      value: cellText(raw),
      min: "0 %",
      max: "100 %",
    });
    return null;
  }
  return rate;
}

/** The column a header names (the settings' category column), as a grid column index; -1 if none. */
function namedColumn(table: Table, name: string): number {
  const wanted = compactLabel(name);
  if (!wanted) return -1;
  const header = table.grid.values[table.header.headerIndex] ?? [];
  return header.findIndex((cell) => typeof cell === "string" && compactLabel(cell) === wanted);
}

/** How a payroll's employees fall into categories of workers (Art. 3(1)(h)): the first of these that the sheet has. */
function categoryOf(
  table: Table,
  ctx: Ctx,
): {
  basis: TransparencyResult["categoryBasis"];
  /** The employee's category, or null where the cell is empty. */
  of: (r: DataRow) => string | null;
  /** The cell that names it (asked once per category). */
  cellAt: (r: DataRow) => string;
} {
  const { categoryColumn, valuationBand } = ctx.settings.salary;
  const text = (value: CellValue) => (isBlank(value) ? null : cellText(value).trim() || null);
  const named = namedColumn(table, categoryColumn);
  if (named >= 0) {
    const header = String(table.grid.values[table.header.headerIndex][named]);
    return {
      basis: { kind: "column", column: header },
      of: (r) => text(table.grid.values[r.index]?.[named] ?? ""),
      cellAt: (r) => table.addressAt(r.index, named),
    };
  }
  const byKey = (key: string, kind: "column" | "title") => ({
    basis: { kind, column: table.header.headers[key] ?? "" },
    of: (r: DataRow) => text(table.get(r, key)),
    cellAt: (r: DataRow) => table.address(r, key),
  });
  if (table.has("category")) return byKey("category", "column");
  if (table.has("valuation") && valuationBand > 0)
    return {
      basis: { kind: "valuation", column: table.header.headers.valuation ?? "", bandWidth: valuationBand },
      of: (r) => {
        const value = parseNumberCell(table.get(r, "valuation"));
        if (value === null) return null;
        const low = Math.floor(value / valuationBand) * valuationBand;
        const high = low + valuationBand - (Number.isInteger(valuationBand) ? 1 : 0);
        return `${formatNumber(low)}–${formatNumber(high)}`;
      },
      cellAt: (r) => table.address(r, "valuation"),
    };
  return byKey("title", "title");
}

/**
 * Per employee, what the directive's indicators need: annual basic pay (the annual column, or
 * monthly pay × 12; a full-time monthly pay times Sysselsättningsgrad), the variable components
 * over the year (a column headed per month counts twelve times), and the hours of the year (the
 * hours column, or Sysselsättningsgrad × the full-time year of the settings).
 */
/** The employees gathered for the directive's report, and how their figures were found. */
interface Payroll {
  employees: Employee[];
  basis: PayrollReading["basis"] | null;
  answer?: PayrollReading["answer"];
}

interface PayrollReading {
  /** One row read (its sex null where the cell is empty, its title null where there is none). */
  employee(r: DataRow, sex: Sex | null, pay: number | null, rate: number | null, title: string | null): void;
  /** How the categories, hours and variable components were found: the report says so. */
  basis: Pick<TransparencyResult, "categoryBasis" | "hoursFrom" | "hoursColumn" | "variableColumns">;
  /** The employee asked for (ctx.payInfo), once every row is read. */
  answer(): PayInfoAnswer | undefined;
}

/** An Anst.nr as the sheet has it: a number as its digits (1005, not "1 005"), text as typed. */
function employeeText(cell: CellValue): string {
  return typeof cell === "number" ? String(cell) : cellText(cell);
}

/** An Anst.nr as the sheet has it and as typed (trimmed): the same text, or the same whole number ("0042" and 42). */
function sameEmployee(cell: CellValue, wanted: string): boolean {
  if (isBlank(cell)) return false;
  const text = employeeText(cell);
  if (text === wanted) return true;
  return /^\d+$/.test(text) && /^\d+$/.test(wanted) && Number(text) === Number(wanted);
}

function payrollReading(
  table: Table,
  read: Reader,
  findings: Findings,
  employees: Employee[],
  ctx: Ctx,
  salaryIsFullTime: boolean,
): PayrollReading {
  const { fullTimeHours, smallGroup } = ctx.settings.salary;
  const category = categoryOf(table, ctx);
  const byTitle = category.basis.kind === "title";
  // The employee asked for, where one is: by Anst.nr or by row.
  const request = ctx.payInfo;
  const idColumn = table.has("employeeId");
  const wanted = request && "employee" in request ? request.employee.trim() : "";
  const asked: ((r: DataRow) => boolean) | null = !request
    ? null
    : "row" in request
      ? (r) => r.row === request.row
      : idColumn
        ? (r) => sameEmployee(table.get(r, "employeeId"), wanted)
        : () => false;
  let target: Target | null = null;
  const named = new Set<string>();
  const variables = VARIABLE_KEYS.filter((k) => table.has(k));
  const monthly = new Map(variables.map((k) => [k, /m[aå]n/.test(compactLabel(table.header.headers[k] ?? ""))]));
  const basis: PayrollReading["basis"] = {
    categoryBasis: category.basis,
    hoursFrom: table.has("hours") ? "column" : table.has("employment") ? "employment" : "fullTime",
    hoursColumn: table.has("hours") ? (table.header.headers.hours ?? null) : null,
    variableColumns: variables.map((k) => table.header.headers[k] ?? k),
  };
  return {
    basis,
    answer: () =>
      request
        ? payInfoAnswer(target, idColumn || "row" in request, employees, basis, { smallGroup, fullTimeHours })
        : undefined,
    employee(r, sex, pay, rate, title) {
      const annual = payIn(table, read, findings, r, "annualPay", false);
      let variable = 0;
      for (const key of variables) {
        const amount = payIn(table, read, findings, r, key, false);
        if (amount !== null) variable += monthly.get(key) ? amount * 12 : amount;
      }
      const hoursRaw = table.has("hours") ? table.get(r, "hours") : null;
      const hoursCell =
        typeof hoursRaw === "number" && hoursRaw >= 1
          ? hoursRaw
          : table.has("hours")
            ? read.number(r, "hours", false, 1)
            : null;
      const basic = annual ?? (pay === null ? null : pay * 12 * (salaryIsFullTime && rate !== null ? rate : 1));
      const hours = hoursCell ?? (rate ?? 1) * fullTimeHours;
      if (asked && asked(r)) {
        if (target) target.rows.push(r.row);
        else
          target = {
            rows: [r.row],
            employee: idColumn ? employeeText(table.get(r, "employeeId")) || null : null,
            title,
            category: category.of(r),
            figures: basic === null ? null : { basic, variable, hours },
          };
      }
      if (sex === null || sex === "other" || basic === null || title === null) return;
      // By befattning: the title already read is the category.
      const name = byTitle ? title : category.of(r);
      // Where a category is named: its first row's cell (the address made once per category).
      const first = name !== null && !named.has(name);
      if (first) named.add(name);
      employees.push({
        row: r.row,
        sex,
        category: name,
        categoryCell: first ? category.cellAt(r) : null,
        title,
        annualBasic: basic,
        annualVariable: variable,
        hours,
        justification: table.has("justification") ? read.text(r, "justification") : null,
      });
    },
  };
}

/** The directive's report from the employees gathered, with its findings (Art. 10's joint assessment). */
function directiveReport(
  table: Table,
  employees: readonly Employee[],
  basis: PayrollReading["basis"],
  ctx: Ctx,
  findings: Findings,
): TransparencyResult {
  const s = ctx.settings.salary;
  const stated = statedYear(table);
  const result = payTransparency(employees, {
    threshold: s.jointAssessment,
    smallGroup: s.smallGroup,
    fullTimeHours: s.fullTimeHours,
    referenceYear: stated?.year ?? (s.referenceYear || Number(ctx.today.slice(0, 4)) - 1),
    referenceYearFrom: stated
      ? { source: "sheet", stated: stated.text }
      : { source: s.referenceYear ? "setting" : "default" },
    ...basis,
  });
  for (const c of result.categories) {
    if (!c.jointAssessment || c.total.hourly === null) continue;
    const params = {
      category: c.name,
      gap: formatNumber(Math.abs(c.total.hourly), 1),
      direction: ctx.t(c.total.hourly > 0 ? "transparency.womenLess" : "transparency.menLess"),
      limit: formatNumber(s.jointAssessment, 1),
    };
    const cell = c.cell ?? table.address(table.rows[0], "sex");
    if (c.justification) findings.add("PAY_GAP_JUSTIFIED", cell, c.row, { ...params, justification: c.justification });
    else findings.add("PAY_GAP_JOINT_ASSESSMENT", cell, c.row, params);
  }
  return result;
}

const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
/** A date as a payroll's title gives it: "2026-09-30", "30 september 2026". */
const STATED_DATE = new RegExp(`\\b(?:(20\\d\\d)-\\d\\d-\\d\\d|\\d{1,2}\\s+(?:${MONTHS})\\s+(20\\d\\d))\\b`, "i");

/**
 * The year the sheet itself states above its table: a date ("per 2026-09-30", "30 september
 * 2026") first, else a year in its title ("Lönelista 2026"); null where it states none.
 */
export function statedYear(table: Table): { year: number; text: string } | null {
  let year: { year: number; text: string } | null = null;
  for (let r = 0; r < table.header.headerTop; r++) {
    for (const value of table.grid.values[r] ?? []) {
      if (typeof value !== "string") continue;
      const found = STATED_DATE.exec(value);
      if (found) return { year: Number(found[1] ?? found[2]), text: found[0] };
      const plain = /\b(20\d\d)\b/.exec(value);
      if (plain && !year) year = { year: Number(plain[1]), text: value.trim() };
    }
  }
  return year;
}

/** One row per employee: each befattning's headcounts and full-time pay, gathered from its rows. */
function employeeGroups(
  table: Table,
  read: Reader,
  findings: Findings,
  payrollOut: Payroll,
  ctx: Ctx,
): PositionFigures[] {
  // A salary column headed as full-time pay is already full-time.
  const salaryIsFullTime = /heltid/.test(compactLabel(table.header.headers.salary ?? ""));
  const payroll = payrollReading(table, read, findings, payrollOut.employees, ctx, salaryIsFullTime);
  payrollOut.basis = payroll.basis;
  payrollOut.answer = payroll.answer;
  const groups = new Map<string, Group>();
  // Titles repeat on every row of their befattning: fold each spelling once.
  const keyOf = new Map<string, string>();
  const groupFor = (title: string, r: DataRow): Group => {
    let key = keyOf.get(title);
    if (key === undefined) {
      key = compactLabel(title);
      keyOf.set(title, key);
    }
    let group = groups.get(key);
    if (!group) {
      group = {
        title,
        cell: table.address(r, "title"),
        row: r.row,
        women: 0,
        men: 0,
        other: 0,
        womenPay: [],
        menPay: [],
        otherPay: [],
        valuation: null,
      };
      groups.set(key, group);
    }
    return group;
  };
  for (const r of table.rows) {
    const title = read.requiredText(r, "title");
    const sexText = read.requiredText(r, "sex");
    const pay = payIn(table, read, findings, r, "salary", !table.has("annualPay"));
    const rate = employmentRate(table, read, findings, r);
    const valuation = read.number(r, "valuation", false, 0);
    const sex = sexText ? readSex(sexText) : null;
    payroll.employee(r, sex, pay, rate, title);
    if (!title) continue;
    const group = groupFor(title, r);
    if (valuation !== null && group.valuation === null) group.valuation = valuation;
    if (sex === null) continue;
    if (sex === "other") findings.add("GENDER_NOT_COMPARED", table.address(r, "sex"), r.row, { value: sexText! });
    group[sex === "woman" ? "women" : sex === "man" ? "men" : "other"]++;
    if (pay === null) continue;
    const fullTime = salaryIsFullTime || rate === null ? pay : pay / rate;
    (sex === "woman" ? group.womenPay : sex === "man" ? group.menPay : group.otherPay).push(fullTime);
  }
  return [...groups.values()].map((g) => ({
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
    everyoneMean: mean([...g.womenPay, ...g.menPay, ...g.otherPay]),
  }));
}

/** One row per befattning: its headcounts and mean (and median) pay as the sheet states them. */
function positionRows(table: Table, read: Reader, findings: Findings): PositionFigures[] {
  const figures: PositionFigures[] = [];
  for (const r of table.rows) {
    const title = read.requiredText(r, "title");
    const women = read.number(r, "womenCount", true, 0);
    const men = read.number(r, "menCount", true, 0);
    const pay = (key: string, required: boolean) => payIn(table, read, findings, r, key, required);
    const womenMean = women ? pay("womenMean", true) : null;
    const menMean = men ? pay("menMean", true) : null;
    const womenMedian = women ? pay("womenMedian", false) : null;
    const menMedian = men ? pay("menMedian", false) : null;
    const valuation = read.number(r, "valuation", false, 0);
    if (!title || women === null || men === null) continue;
    figures.push({
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
  return figures;
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
 * Each kvinnodominerad befattning against the others valued equal or lower but paid more. For
 * each valuation level, the others at or below it sorted by pay (best paid first): those paid
 * more than a given befattning are then a prefix, found by binary search.
 */
function compareEqualValue(positions: readonly Position[], findings: Findings): EqualValueGap[] {
  const equalValueGaps: EqualValueGap[] = [];
  // A few valuations named in thousands of messages: each written out once.
  const written = new Map<number, string>();
  const valuationText = (value: number) => {
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = formatNumber(value)));
    return text;
  };
  const others = positions.filter((q) => q.womenDominated === false && q.valuation !== null && q.mean !== null);
  const byLevel = new Map<number, Position[]>();
  const candidatesAt = (valuation: number): Position[] => {
    let list = byLevel.get(valuation);
    if (!list) {
      list = others.filter((q) => q.valuation! <= valuation).sort((a, b) => b.mean! - a.mean!);
      byLevel.set(valuation, list);
    }
    return list;
  };
  for (const p of positions) {
    if (!p.womenDominated || p.valuation === null || p.mean === null) continue;
    const candidates = candidatesAt(p.valuation);
    let paidMore = 0;
    for (let lo = 0, hi = candidates.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].mean! > p.mean) lo = paidMore = mid + 1;
      else hi = mid;
    }
    if (paidMore === 0) continue;
    // The widest gaps first; a register of thousands of befattningar lists the 20 widest.
    const listed = candidates.slice(0, Math.min(paidMore, MAX_COMPARISONS));
    for (const q of listed) {
      equalValueGaps.push({
        title: p.title,
        valuation: p.valuation,
        comparedWith: q.title,
        comparedValuation: q.valuation!,
        percentOfCompared: oneDecimal((p.mean / q.mean!) * 100),
      });
    }
    const names = listed.map((q) => `${q.title} (${valuationText(q.valuation!)})`);
    if (paidMore > listed.length) names.push(`+${paidMore - listed.length}`);
    findings.add("SALARY_EQUAL_VALUE_GAP", p.cell, p.row, {
      title: p.title,
      value: valuationText(p.valuation),
      others: names.join(", "),
    });
  }
  return equalValueGaps;
}
