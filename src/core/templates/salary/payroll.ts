/**
 * A payroll of one row per employee, read once for what it holds: each person's sex, pay, rate,
 * hours and category (amounts stay inside the analysis), the worker asked for (Art. 7), and the
 * pay transparency report with the Art. 10 findings. The reference year is the sheet's own where it
 * states one.
 */
import type { ColumnReader } from "../columnReader";
import type { DataRow, Table } from "../../sheet/table";
import type { CellValue } from "../../types";
import type { Ctx } from "./strings";
import { cellText, compactLabel, formatNumber, isBlank } from "../../parse/cells";
import { parseNumberCell } from "../../parse/numbers";
import { addMonths, parseDateCell } from "../../parse/dates";
import { readAnswer } from "../../parse/answers";
import { payIn, type Findings, type Reader } from "./payCells";
import { VARIABLE_KEYS } from "./columns";
import { evaluationsIn, jobFinder, valuedJobs } from "./evaluation";
import { payTransparency, populations, type CategoryGap, type Employee, type TransparencyResult } from "./transparency";
import { Employees, type EmployeeEntry } from "./employees";
import { payInfoAnswer, type PayInfoAnswer, type PayInfoRequest, type Target } from "./payInfo";
import { yearReading, type RowYear, type YearReading } from "./yearPay";
import { keepShape } from "../../shapes";

export { employmentRate, payIn, rateOfText, rateTexts, type Findings, type Reader } from "./payCells";

export type Sex = "woman" | "man" | "other";

export const WOMAN = new Set(["k", "kv", "kvinna", "kvinnor", "kvinnlig", "f", "female", "woman"]);
export const MAN = new Set(["m", "man", "male", "manlig", "herr"]);

export const sexCache = new Map<string, Sex>();

/** K, Kvinna, kvinna, M, Man, MAN …; "män" folds to "man". Anything else is another notation. */
export function readSex(text: string): Sex {
  let sex = sexCache.get(text);
  if (sex === undefined) {
    sex = readSexUncached(text);
    if (sexCache.size < 1000) sexCache.set(text, sex);
  }
  return sex;
}

export function readSexUncached(text: string): Sex {
  const key = compactLabel(text);
  if (WOMAN.has(key)) return "woman";
  if (MAN.has(key)) return "man";
  return "other";
}

/** The column a header names (the settings' category column), as a grid column index; -1 if none. */
export function namedColumn(table: Table, name: string): number {
  const wanted = compactLabel(name);
  if (!wanted) return -1;
  const header = table.grid.values[table.header.headerIndex] ?? [];
  return header.findIndex((cell) => typeof cell === "string" && compactLabel(cell) === wanted);
}

/**
 * The job evaluation's value groups as the categories (work of equal value, Art. 4), where the
 * workbook has an evaluation: each employee's befattning matched to its evaluated job; a befattning
 * not evaluated is a category of its own (no one drops out; JOB_NOT_EVALUATED says it).
 */
function byEvaluation(
  table: Table,
  ctx: Ctx,
  text: (value: CellValue) => string | null,
): ReturnType<typeof categoryOf> | null {
  const evaluations = evaluationsIn(ctx.workbook ?? []);
  if (evaluations.length === 0 || !table.has("title")) return null;
  const find = jobFinder(valuedJobs(evaluations));
  return {
    basis: { kind: "evaluation", column: evaluations.map((e) => e.sheet).join(", ") },
    of: (r) => {
      const title = text(table.get(r, "title"));
      if (title === null) return null;
      const code = table.has("category") ? text(table.get(r, "category")) : null;
      return find(title, code)?.job.group ?? title;
    },
    cellColumn: table.column("title"),
  };
}

/** How a payroll's employees fall into categories of workers (Art. 3(1)(h)): the first of these that the sheet has. */
export function categoryOf(
  table: Table,
  ctx: Ctx,
): {
  basis: TransparencyResult["categoryBasis"];
  /** The employee's category, or null where the cell is empty. */
  of: (r: DataRow) => string | null;
  /** The grid column of the cell that names it (its address made once per category). */
  cellColumn: number;
} {
  const { categoryColumn, valuationBand } = ctx.settings.salary;
  const text = (value: CellValue) => (isBlank(value) ? null : cellText(value).trim() || null);
  const named = namedColumn(table, categoryColumn);
  if (named >= 0) {
    const header = String(table.grid.values[table.header.headerIndex][named]);
    return {
      basis: { kind: "column", column: header },
      of: (r) => text(table.grid.values[r.index]?.[named] ?? ""),
      cellColumn: named,
    };
  }
  const evaluation = byEvaluation(table, ctx, text);
  if (evaluation) return evaluation;
  const byKey = (key: string, kind: "column" | "title") => ({
    basis: { kind, column: table.header.headers[key] ?? "" },
    of: (r: DataRow) => text(table.get(r, key)),
    cellColumn: table.column(key),
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
      cellColumn: table.column("valuation"),
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
export interface Payroll {
  /** Made by payrollReading, for the payroll's components (none before it reads). */
  employees: Employees;
  basis: PayrollReading["basis"] | null;
  /** The employee asked for, where one is (the pay-info action). */
  request?: PayInfoRequest;
  answer?: PayrollReading["answer"];
}

export interface PayrollReading {
  /**
   * One row read (its sex null where the cell is empty, its title null where there is none): its
   * pay of the reference year, null where the worker was not employed in it.
   */
  employee(r: DataRow, sex: Sex | null, pay: number | null, rate: number | null, title: string | null): RowYear | null;
  /** How the categories, hours, variable components and the year's pay were found: the report says so. */
  basis: Pick<
    TransparencyResult,
    | "categoryBasis"
    | "hoursFrom"
    | "hoursColumn"
    | "variableColumns"
    | "yearBasis"
    | "referenceYearFrom"
    | "leaveColumns"
  > & { referenceYear: number };
  /** The employee asked for (Payroll.request), once every row is read. */
  answer(): PayInfoAnswer | undefined;
}

/** An Anst.nr as the sheet has it: a number as its digits (1005, not "1 005"), text as typed. */
export function employeeText(cell: CellValue): string {
  return typeof cell === "number" ? String(cell) : cellText(cell);
}

/** An Anst.nr as the sheet has it and as typed (trimmed): the same text, or the same whole number ("0042" and 42). */
export function sameEmployee(cell: CellValue, wanted: string): boolean {
  if (isBlank(cell)) return false;
  const text = employeeText(cell);
  if (text === wanted) return true;
  return /^\d+$/.test(text) && /^\d+$/.test(wanted) && Number(text) === Number(wanted);
}

/** The hours of the year a row states: a number of at least one in the hours column, else as read there; null without the column. */
function hoursIn(hours: ColumnReader, r: DataRow): number | null {
  if (!hours.present) return null;
  const raw = hours.raw(r);
  return typeof raw === "number" && raw >= 1 ? raw : hours.number(r, false, 1);
}

/** The employee asked for, where one is: by Anst.nr or by row; null without a request. */
function askedFor(table: Table, request: PayInfoRequest | undefined): ((r: DataRow) => boolean) | null {
  if (!request) return null;
  if ("row" in request) return (r) => r.row === request.row;
  const wanted = request.employee.trim();
  return table.has("employeeId") ? (r) => sameEmployee(table.get(r, "employeeId"), wanted) : () => false;
}

/** The parts of pay of a payroll without complementary or variable components: one array for every row. */
const NO_PARTS = new Float64Array(0);

/** A header that gives an amount per month: "per månad", "/mån", "(kr/mån)", "Månadstillägg" — not "Förmåner". */
export const PER_MONTH = /(^|[\s/(,])(per\s+)?m[aå]n(ad|aden|\.)?($|[\s)/,])|^m[aå]nads/i;

/** Which columns the report's hours, variable components and leave come from. */
function columnsBasis(table: Table, variables: readonly string[]) {
  const header = (k: string) => table.header.headers[k] ?? k;
  return {
    hoursFrom: table.has("hours")
      ? ("column" as const)
      : table.has("employment")
        ? ("employment" as const)
        : ("fullTime" as const),
    hoursColumn: table.has("hours") ? (table.header.headers.hours ?? null) : null,
    variableColumns: variables.map(header),
    leaveColumns: ["leaveReturn", "leaveRaise"].filter((k) => table.has(k)).map(header),
  };
}

/**
 * Whether a name is seen for the first time, asked row after row: the row before's name is known
 * (a category's people are listed together as a rule), the set asked only when the name changes.
 */
class FirstSeen {
  private readonly seen = new Set<string>();
  private last: string | null = null;

  first(name: string | null): boolean {
    const first = name !== null && name !== this.last && !this.seen.has(name);
    if (first) this.seen.add(name!);
    this.last = name;
    return first;
  }
}

/** The columns a payroll's row is read from besides its pay and rate, each found once. */
function payrollColumns(table: Table, read: Reader, variables: readonly string[]) {
  return {
    components: {
      columns: variables.map((k) => read.of(k)),
      monthly: variables.map((k) => PER_MONTH.test(table.header.headers[k] ?? "")),
    },
    ...read.columnsOf(["annualPay", "hours", "justification", "remedied"] as const),
  };
}

export function payrollReading(
  table: Table,
  read: Reader,
  findings: Findings,
  payroll: Payroll,
  ctx: Ctx,
  salaryIsFullTime: boolean,
): PayrollReading {
  const { request } = payroll;
  const { fullTimeHours, smallGroup } = ctx.settings.salary;
  const category = categoryOf(table, ctx);
  const variables = VARIABLE_KEYS.filter((k) => table.has(k));
  const employees = new Employees(variables.length, table.rows.length);
  payroll.employees = employees;
  // A row's components, copied into the employees' columns as the row is added.
  const scratch = new Float64Array(variables.length);
  const { year, from } = referenceYearOf(table, ctx);
  const yearPay = yearReading(table, read, findings, year, fullTimeHours, salaryIsFullTime);
  const basis: PayrollReading["basis"] = {
    ...columnsBasis(table, variables),
    categoryBasis: category.basis,
    yearBasis: yearPay.basis,
    referenceYear: year,
    referenceYearFrom: from,
  };
  return new PayrollReader(basis, employees, {
    table,
    read,
    findings,
    request,
    category,
    byTitle: category.basis.kind === "title",
    idColumn: table.has("employeeId"),
    asked: askedFor(table, request),
    variables,
    columns: payrollColumns(table, read, variables),
    scratch,
    entry: emptyEntry(scratch),
    yearPay,
    fullTimeHours,
    smallGroup,
  });
}

/** What a payroll's rows are read with (one object literal: one hidden class for every payroll). */
interface PayrollColumns {
  table: Table;
  read: Reader;
  findings: Findings;
  request: PayInfoRequest | undefined;
  category: ReturnType<typeof categoryOf>;
  byTitle: boolean;
  idColumn: boolean;
  asked: ((r: DataRow) => boolean) | null;
  variables: readonly string[];
  columns: ReturnType<typeof payrollColumns>;
  scratch: Float64Array;
  entry: EmployeeEntry;
  yearPay: YearReading;
  fullTimeHours: number;
  smallGroup: number;
}

/**
 * A payroll's rows read for the directive's report. A class, its `employee` a method, its hidden
 * class kept (core/shapes.ts): a walk's optimized code calling a function made for its payroll
 * held that function and the payroll's columns, and was thrown away with them after the analysis.
 */
class PayrollReader implements PayrollReading {
  private target: Target | null = null;
  private readonly firstOf = new FirstSeen();

  constructor(
    readonly basis: PayrollReading["basis"],
    readonly employees: Employees,
    private readonly p: PayrollColumns,
  ) {}

  answer(): PayInfoAnswer | undefined {
    const { request, fullTimeHours, smallGroup, idColumn } = this.p;
    return request
      ? payInfoAnswer(this.target, idColumn || "row" in request, this.employees, this.basis, {
          smallGroup,
          fullTimeHours,
        })
      : undefined;
  }

  employee(r: DataRow, sex: Sex | null, pay: number | null, rate: number | null, title: string | null) {
    const { table, findings, category, variables, asked } = this.p;
    const { components, annualPay, hours: hoursColumn, justification, remedied } = this.p.columns;
    const annual = payIn(annualPay, findings, r, false);
    const the = this.p.yearPay.row(r, pay, annual, rate, hoursIn(hoursColumn, r));
    if (the === null) return null;
    const parts = variables.length ? this.p.scratch : NO_PARTS;
    const variable = componentsOfYear(findings, r, components, the.part, parts);
    const { basic, hours } = the;
    if (asked && asked(r)) this.ask(r, title, basic === null || hours === null ? null : { basic, variable, hours });
    if (sex === null || sex === "other" || basic === null || hours === null || title === null) return the;
    // By befattning: the title already read is the category.
    const name = this.p.byTitle ? title : category.of(r);
    // Where a category is named: its first row's cell (the address made once per category).
    const first = this.firstOf.first(name);
    // One entry for every row, its fields set and copied into the columns (no object made per employee).
    const entry = this.p.entry;
    entry.row = r.row;
    entry.sex = sex;
    entry.category = name;
    entry.categoryCell = first ? table.addressAt(r.index, category.cellColumn) : null;
    entry.title = title;
    entry.annualBasic = basic;
    entry.annualVariable = variable;
    entry.parts = parts;
    entry.hours = hours;
    entry.justification = justification.present ? justification.text(r) : null;
    entry.leave = this.basis.leaveColumns.length ? leaveOf(table, this.p.read, r) : null;
    entry.remedied = remedied.present ? remedied.date(r) : null;
    this.employees.add(entry);
    return the;
  }

  /** The employee asked for: their rows, and their figures from the first. */
  private ask(r: DataRow, title: string | null, figures: Target["figures"]): void {
    if (this.target) {
      this.target.rows.push(r.row);
      return;
    }
    const { idColumn, table, category } = this.p;
    this.target = {
      rows: [r.row],
      employee: idColumn ? employeeText(table.get(r, "employeeId")) || null : null,
      title,
      category: category.of(r),
      figures,
    };
  }
}

// Their hidden classes kept between analyses (core/shapes.ts).
keepShape(new FirstSeen());
keepShape(new PayrollReader({} as PayrollReading["basis"], new Employees(0, 1), {} as PayrollColumns));

/** An employee's entry before a row sets it (one for every row of a payroll, copied as each is added). */
function emptyEntry(parts: Float64Array): EmployeeEntry {
  return {
    row: 0,
    sex: "woman",
    category: null,
    categoryCell: null,
    title: null,
    annualBasic: 0,
    annualVariable: 0,
    parts,
    hours: 0,
    justification: null,
    leave: null,
    remedied: null,
  };
}

/**
 * Each complementary or variable component of a row over the year, into `parts` (a column headed
 * per month counts the months employed); their sum.
 */
function componentsOfYear(
  findings: Findings,
  r: DataRow,
  { columns, monthly }: { columns: readonly ColumnReader[]; monthly: readonly boolean[] },
  part: number,
  parts: Float64Array,
): number {
  let variable = 0;
  for (let i = 0; i < columns.length; i++) {
    const amount = payIn(columns[i], findings, r, false) ?? 0;
    parts[i] = monthly[i] ? amount * 12 * part : amount;
    variable += parts[i];
  }
  return variable;
}

/**
 * Returned from leave (Ja, or the date of return) and whether pay was improved after it (Ja, or an
 * amount); a raise column alone says both: filled (Ja/Nej) for those who returned.
 */
function leaveOf(table: Table, read: Reader, r: DataRow): Employee["leave"] {
  const raise = read.text(r, "leaveRaise");
  const raised = raise !== null && (readAnswer(raise) === "yes" || (parseNumberCell(raise) ?? 0) > 0);
  if (table.has("leaveReturn")) {
    const back = read.text(r, "leaveReturn");
    const returned =
      back !== null && (readAnswer(back) === "yes" || parseDateCell(table.get(r, "leaveReturn"))?.kind === "date");
    if (!returned) return null;
  } else if (raise === null || readAnswer(raise) === "partly") return null;
  return raised ? "raised" : "notRaised";
}

/** The year the report covers: the sheet's own date or year, else the setting, else the year before today. */
function referenceYearOf(table: Table, ctx: Ctx): { year: number; from: TransparencyResult["referenceYearFrom"] } {
  const s = ctx.settings.salary;
  const stated = statedYear(table);
  return {
    year: stated?.year ?? (s.referenceYear || Number(ctx.today.slice(0, 4)) - 1),
    from: stated ? { source: "sheet", stated: stated.text } : { source: s.referenceYear ? "setting" : "default" },
  };
}

/** The directive's report from the employees gathered, with its findings (Art. 10's joint assessment). */
export function directiveReport(
  table: Table,
  employees: Employees,
  basis: PayrollReading["basis"],
  ctx: Ctx,
  findings: Findings,
): TransparencyResult {
  const s = ctx.settings.salary;
  const deadline = remedyDeadline(s.reportDate || ctx.today);
  const result = payTransparency(employees, {
    threshold: s.jointAssessment,
    remedyBy: deadline,
    variablePopulation: populations(s.variablePopulation),
    smallGroup: s.smallGroup,
    fullTimeHours: s.fullTimeHours,
    ...basis,
  });
  for (const c of result.categories) if (c.verdict) assessmentFinding(c, table, ctx, findings, deadline);
  unreadPayColumns(table, findings);
  return result;
}

/** Words of a header that names a part of pay: a supplement, a compensation, a fee, a benefit. */
const PAY_LIKE = /\b(\w*ersattning\w*|\w*tillagg\w*|arvode\w*|bonus\w*|provision\w*|forman\w*|lon|lonen|utbetal\w*)\b/;

/**
 * A column that looks like a part of pay but is none Plankoll reads (basic pay, a supplement, variable
 * pay, OB, overtime, on-call, benefits, bonus, commission): named, never left out in silence.
 */
function unreadPayColumns(table: Table, findings: Findings): void {
  const placed = new Set(Object.values(table.header.columns));
  const header = table.grid.values[table.header.headerIndex] ?? [];
  header.forEach((cell, column) => {
    if (placed.has(column) || typeof cell !== "string") return;
    const words = cell
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    if (words.startsWith("plankoll") || !PAY_LIKE.test(words)) return;
    findings.add("PAY_COLUMN_NOT_READ", table.addressAt(table.header.headerIndex, column), table.headerRow, {
      column: cell.trim(),
    });
  });
}

/** Six months after the report (Art. 10(1)(c)): a gap remedied by then needs no joint pay assessment. */
export function remedyDeadline(reportDate: string): string {
  return addMonths(reportDate, 6);
}

/**
 * A category at or over the threshold: justified (info), remedied within six months of the report
 * (info), else a joint pay assessment (warning). A small category's message names no figure.
 */
function assessmentFinding(c: CategoryGap, table: Table, ctx: Ctx, findings: Findings, deadline: string): void {
  const s = ctx.settings.salary;
  const hourly = c.assessmentOn.includes("hourly");
  const shown = hourly ? c.total.hourly : c.total.annual;
  const level = ctx.t(
    c.assessmentOn.length === 2
      ? "transparency.level.both"
      : hourly
        ? "transparency.level.hourly"
        : "transparency.level.annual",
  );
  const params = {
    category: c.name,
    level,
    limit: formatNumber(s.jointAssessment, 1),
    deadline,
    small: s.smallGroup,
    ...(c.suppressed || shown === null
      ? {}
      : {
          gap: formatNumber(Math.abs(shown), 1),
          direction: ctx.t(shown > 0 ? "transparency.womenLess" : "transparency.menLess"),
        }),
  };
  const cell = c.cell ?? table.address(table.rows.at(0), "sex");
  const small = c.suppressed || shown === null;
  if (c.verdict === "justified")
    findings.add(
      "PAY_GAP_JUSTIFIED",
      cell,
      c.row,
      { ...params, justification: c.justification ?? "" },
      small ? "PAY_GAP_JUSTIFIED_SMALL" : undefined,
    );
  else if (c.verdict === "remedied")
    findings.add("PAY_GAP_REMEDIED", cell, c.row, { ...params, remedied: c.remedied ?? "" });
  else
    findings.add("PAY_GAP_JOINT_ASSESSMENT", cell, c.row, params, small ? "PAY_GAP_JOINT_ASSESSMENT_SMALL" : undefined);
}

export const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
/** A date as a payroll's title gives it: "2026-09-30", "30 september 2026". */
export const STATED_DATE = new RegExp(
  `\\b(?:(20\\d\\d)-\\d\\d-\\d\\d|\\d{1,2}\\s+(?:${MONTHS})\\s+(20\\d\\d))\\b`,
  "i",
);

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
