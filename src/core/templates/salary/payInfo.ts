/**
 * The right to information (Directive (EU) 2023/970, Art. 7): one employee's own pay level and
 * the average pay levels of women and of men in their category of workers (same work or work of
 * equal value, as the directive's report groups them), on annual and on hourly pay. This holds
 * amounts: it goes onto a sheet of the workbook (or a workbook of its own) for that employee, and
 * never into a report, a message or the console.
 */
import type { SheetReport } from "../types";
import { templateProblem, type Problem } from "../../problem";
import type { KeyOf } from "../strings";
import type { strings } from "./strings";
import type { TransparencyResult } from "./transparency";
import type { Employees } from "./employees";

/** The translator these messages need (the salary template's keys are strings here). */
/** A problem in the salary template's words or the core's. */
const said = templateProblem<KeyOf<typeof strings>>();

/** A pay level: basic pay and the complementary or variable components over the year, their sum, and the sum per hour. */
/** One employee, by the value of their Anst.nr cell or by their row of the sheet. */
export type PayInfoRequest = { employee: string } | { row: number };

export interface PayLevel {
  basicAnnual: number;
  variableAnnual: number;
  annual: number;
  hourly: number;
}

/** Women or men of the category: how many, and their average pay level (null where there are none). */
export interface SexAverage {
  count: number;
  average: PayLevel | null;
}

export interface EmployeePayInfo {
  row: number;
  /** The Anst.nr as the sheet has it, where it has one. */
  employee: string | null;
  title: string | null;
  /** The employee's category; null when its cell is empty (then no averages are given). */
  category: string | null;
  own: PayLevel;
  women: SexAverage;
  men: SexAverage;
  categoryBasis: TransparencyResult["categoryBasis"];
  hoursFrom: TransparencyResult["hoursFrom"];
  hoursColumn: string | null;
  variableColumns: string[];
  smallGroup: number;
  fullTimeHours: number;
  /**
   * A sex in the category has fewer than the small-group setting: the averages could point out a
   * person, so the answer is for the workers' representatives, never the worker's own sheet (Art. 7(4), 12).
   */
  forRepresentatives: boolean;
}

/** What a payroll says of the employee asked for. */
export type PayInfoAnswer =
  | { kind: "found"; info: EmployeePayInfo }
  /** The employee is not on this payroll (or, asked by Anst.nr, the payroll has no such column). */
  | { kind: "notFound"; idColumn: boolean }
  /** The Anst.nr stands on more than one row: which one is meant is the user's to say. */
  | { kind: "ambiguous"; rows: number[] }
  /** The employee's row is there, but their pay cannot be read (its findings say why). */
  | { kind: "unreadable"; row: number };

/** The employee's row as read: their figures, or null where their pay could not be read. */
export interface Target {
  rows: number[];
  employee: string | null;
  title: string | null;
  category: string | null;
  /** null: their pay cannot be read (the row's findings say why). */
  figures: { basic: number; variable: number; hours: number } | null;
}

function level(basic: number, variable: number, hourly: number): PayLevel {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    basicAnnual: round(basic),
    variableAnnual: round(variable),
    annual: round(basic + variable),
    hourly: round(hourly),
  };
}

/** The average pay level of the entries given (in the payroll's order); the hourly figure is the mean of each one's hourly pay, as in the report. */
function averageOf(employees: Employees, group: readonly number[]): SexAverage {
  if (group.length === 0) return { count: 0, average: null };
  let basic = 0;
  let variable = 0;
  let hourly = 0;
  for (const i of group) {
    basic += employees.annualBasic[i];
    variable += employees.annualVariable[i];
    hourly += (employees.annualBasic[i] + employees.annualVariable[i]) / employees.hours[i];
  }
  const n = group.length;
  return { count: n, average: level(basic / n, variable / n, hourly / n) };
}

/** The answer for the target found (or not) among the payroll's employees. */
export function payInfoAnswer(
  target: Target | null,
  idColumn: boolean,
  employees: Employees,
  basis: Pick<TransparencyResult, "categoryBasis" | "hoursFrom" | "hoursColumn" | "variableColumns">,
  settings: { smallGroup: number; fullTimeHours: number },
): PayInfoAnswer {
  if (!target) return { kind: "notFound", idColumn };
  if (target.rows.length > 1) return { kind: "ambiguous", rows: target.rows };
  if (!target.figures) return { kind: "unreadable", row: target.rows[0] };
  const { basic, variable, hours } = target.figures;
  // The women and the men of the employee's category, in the payroll's order.
  const womenAt: number[] = [];
  const menAt: number[] = [];
  if (target.category !== null)
    for (let i = 0; i < employees.length; i++)
      if (employees.category[i] === target.category) (employees.woman[i] === 1 ? womenAt : menAt).push(i);
  const women = averageOf(employees, womenAt);
  const men = averageOf(employees, menAt);
  return {
    kind: "found",
    info: {
      row: target.rows[0],
      employee: target.employee,
      title: target.title,
      category: target.category,
      own: level(basic, variable, (basic + variable) / hours),
      women,
      men,
      // Art. 7 allows no refusal: an average that could point out a person goes to the workers' representatives.
      forRepresentatives: [women, men].some((g) => g.count > 0 && g.count < settings.smallGroup),
      ...basis,
      smallGroup: settings.smallGroup,
      fullTimeHours: settings.fullTimeHours,
    },
  };
}

/** What the payrolls of a workbook say of the employee asked for, all sheets together. */
export type PayInfoSearch =
  | { kind: "found"; sheet: string; info: EmployeePayInfo }
  /** No sheet is a payroll with one row per employee. */
  | { kind: "noPayroll" }
  /** Not on any payroll; `idColumn` false when asked by Anst.nr and no payroll has such a column. */
  | { kind: "notFound"; sheets: string[]; idColumn: boolean }
  | { kind: "ambiguous"; sheet: string; rows: number[] }
  | { kind: "unreadable"; sheet: string; row: number }
  /** Found on more than one payroll: which one is meant is the user's to say. */
  | { kind: "manySheets"; sheets: string[] };

/** What the reports of sheets analysed with a pay information request say of the worker. */
export function payInfoIn(reports: readonly SheetReport[]): PayInfoSearch {
  const payrolls: { sheet: string; answer: PayInfoAnswer | undefined }[] = [];
  for (const r of reports) if (r.template === "salary") payrolls.push({ sheet: r.sheet, answer: r.result.payInfo });
  return searchPayInfo(payrolls);
}

export function searchPayInfo(
  payrolls: readonly { sheet: string; answer: PayInfoAnswer | undefined }[],
): PayInfoSearch {
  const asked = payrolls.filter((p) => p.answer !== undefined) as { sheet: string; answer: PayInfoAnswer }[];
  if (asked.length === 0) return { kind: "noPayroll" };
  const hits = asked.filter((p) => p.answer.kind !== "notFound");
  if (hits.length === 0) {
    const sheets = [...new Set(asked.map((p) => p.sheet))];
    return { kind: "notFound", sheets, idColumn: asked.some((p) => p.answer.kind === "notFound" && p.answer.idColumn) };
  }
  if (hits.length > 1) return { kind: "manySheets", sheets: [...new Set(hits.map((p) => p.sheet))] };
  const [{ sheet, answer }] = hits;
  if (answer.kind === "found") return { kind: "found", sheet, info: answer.info };
  if (answer.kind === "ambiguous") return { kind: "ambiguous", sheet, rows: answer.rows };
  if (answer.kind === "unreadable") return { kind: "unreadable", sheet, row: answer.row };
  return { kind: "notFound", sheets: [sheet], idColumn: answer.idColumn };
}

/**
 * What stands in the way of the answer, as a problem to word (the pane and the command line add
 * how to choose); null when the worker was found.
 */
export function payInfoProblem(found: PayInfoSearch, request: PayInfoRequest): Problem | null {
  switch (found.kind) {
    case "found":
      return null;
    case "noPayroll":
      return said("payInfo.msg.noPayroll");
    case "notFound": {
      const sheets = found.sheets.join(", ");
      if ("row" in request) return said("payInfo.msg.notFoundRow", { row: request.row, sheets });
      if (!found.idColumn) return said("payInfo.msg.noIdColumn", { sheets });
      return said("payInfo.msg.notFound", { employee: request.employee.trim(), sheets });
    }
    case "ambiguous":
      return said("payInfo.msg.ambiguous", {
        employee: "employee" in request ? request.employee.trim() : "",
        sheet: found.sheet,
        rows: found.rows.join(", "),
      });
    case "unreadable":
      return said("payInfo.msg.unreadable", { row: found.row, sheet: found.sheet });
    case "manySheets":
      return said("payInfo.msg.manySheets", { sheets: found.sheets.join(", ") });
  }
}

/** "Anst.nr 1042", or "rad 8" where the payroll has no Anst.nr. */
export function payInfoWho(info: EmployeePayInfo): Problem {
  return info.employee === null
    ? said("payInfo.msg.row", { row: info.row })
    : said("payInfo.msg.employee", { employee: info.employee });
}
