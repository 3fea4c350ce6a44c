/**
 * What a payroll row pays over the reference year (Art. 9 reports on the calendar year before):
 * the amount paid where the sheet holds it (Utbetald lön, Årsutfall), else the pay as it stands
 * (monthly × 12, or an hourly rate × the hours) for the part of the year the worker was employed
 * (Anställd från/till); hours from the sheet, else the rate × a full-time year × that part. The
 * hourly-paid (a Timlön column, or Timavlönad/Avlöningsform saying so) are read with their hours.
 */
import type { DataRow, Table } from "../../sheet/table";
import { readAnswer } from "../../parse/answers";
import { compactLabel } from "../../parse/cells";
import { payIn, type Findings, type Reader } from "./payCells";
import type { ColumnReader } from "../columnReader";
import { keepShape } from "../../shapes";

/** How the pay of the year was found: the report says so beside its figures. */
export interface YearBasis {
  /** Paid amounts of the year (their column), or the pay as it stands, reckoned over the year. */
  pay: "paid" | "snapshot";
  paidColumn: string | null;
  /** Employment dates were read (Anställd från/till): a part of the year counts as that part. */
  dates: string[];
  /** Workers paid by the hour (timavlönade), counted with their hours. */
  hourlyPaid: number;
  /** Workers employed part of the year only. */
  partYear: number;
  /** Workers not employed in the reference year at all: not counted. */
  outside: number;
}

/** One row's pay of the year. */
export interface RowYear {
  /** Basic pay over the year; null where it cannot be told (reported). */
  basic: number | null;
  /** Hours of the year; null where it cannot be told (reported). */
  hours: number | null;
  /** The share of the year employed (1 for all of it). */
  part: number;
  /** Full-time monthly pay for the lönekartläggning's comparisons, where the row gives it another way than monthly pay. */
  fullTimeMonthly: number | null;
  /** What the row pays in a year, for the adjustments' share. */
  paidInYear: number | null;
}

const DAY = 86_400_000;

/** The days of [from, to] within the year, over the year's days; 0 when none. */
export function partOfYear(year: number, from: string | null, to: string | null): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const a = from ? Math.max(start, Date.parse(`${from}T00:00:00Z`)) : start;
  // The last day employed counts: to the end of it.
  const b = to ? Math.min(end, Date.parse(`${to}T00:00:00Z`) + DAY) : end;
  return b <= a ? 0 : (b - a) / (end - start);
}

const BY_THE_HOUR = /^tim/;
const BY_THE_MONTH = /^(man|mån|manad|månad|fast)/;

/** Timavlönad: Ja/Nej, or a form of pay (Timlön, Tim, Månadslön); null where it says neither. */
function hourlyAnswer(text: string | null): boolean | null {
  if (text === null) return null;
  const answer = readAnswer(text);
  if (answer === "yes") return true;
  if (answer === "no") return false;
  const key = compactLabel(text);
  if (BY_THE_HOUR.test(key)) return true;
  if (BY_THE_MONTH.test(key)) return false;
  return null;
}

export interface YearReading {
  basis: YearBasis;
  /**
   * The row's year from its pay as it stands (monthly, annual), its rate and hours; null when the
   * worker was not employed in it. One record for every row, set again by the next row's call:
   * read it before asking for the next (an object per row was 6 MB of a 100 000-row payroll).
   */
  row(
    r: DataRow,
    monthly: number | null,
    annual: number | null,
    rate: number | null,
    hoursCell: number | null,
  ): RowYear | null;
}

export function yearReading(
  table: Table,
  read: Reader,
  findings: Findings,
  year: number,
  fullTimeHours: number,
  salaryIsFullTime: boolean,
): YearReading {
  const dates = (["employedFrom", "employedTo"] as const).filter((k) => table.has(k));
  const basis: YearBasis = {
    pay: table.has("paidPay") ? "paid" : "snapshot",
    paidColumn: table.has("paidPay") ? (table.header.headers.paidPay ?? null) : null,
    dates: dates.map((k) => table.header.headers[k] ?? k),
    hourlyPaid: 0,
    partYear: 0,
    outside: 0,
  };
  return new YearReader(basis, {
    table,
    findings,
    year,
    fullTimeHours,
    salaryIsFullTime,
    dates,
    hourlyFlag: table.has("hourlyPaid"),
    hourlyColumn: table.has("hourlyRate"),
    // Each column read on every row, found once.
    cols: read.columnsOf(["employedFrom", "employedTo", "hourlyRate", "hourlyPaid", "paidPay"] as const),
  });
}

/** What a payroll's rows are read for their year with (one object literal: one hidden class for every payroll). */
interface YearColumns {
  table: Table;
  findings: Findings;
  year: number;
  fullTimeHours: number;
  salaryIsFullTime: boolean;
  dates: readonly ("employedFrom" | "employedTo")[];
  hourlyFlag: boolean;
  hourlyColumn: boolean;
  cols: Record<"employedFrom" | "employedTo" | "hourlyRate" | "hourlyPaid" | "paidPay", ColumnReader>;
}

/**
 * A payroll's rows read for their year. A class, its `row` a method, its hidden class kept
 * (core/shapes.ts): a walk's optimized code calling a function made for its payroll held that
 * function and was thrown away with it after the analysis.
 */
class YearReader implements YearReading {
  private readonly out: RowYear = { basic: null, hours: null, part: 1, fullTimeMonthly: null, paidInYear: null };

  constructor(
    readonly basis: YearBasis,
    private readonly y: YearColumns,
  ) {}

  row(r: DataRow, pay: number | null, annual: number | null, rate: number | null, hoursCell: number | null) {
    const { basis } = this;
    const { cols, findings, table, year, fullTimeHours, dates } = this.y;
    const part = dates.length ? partOfYear(year, cols.employedFrom.date(r), cols.employedTo.date(r)) : 1;
    if (part === 0) {
      basis.outside++;
      findings.add("PAY_OUTSIDE_YEAR", table.address(r, dates[0]), r.row, { year });
      return null;
    }
    if (part < 1) basis.partYear++;
    const timlon = this.y.hourlyColumn ? payIn(cols.hourlyRate, findings, r, false) : null;
    const flagged = this.y.hourlyFlag ? hourlyAnswer(cols.hourlyPaid.text(r)) : null;
    // Hourly-paid: their Timlön, or the pay column where Timavlönad says the pay is by the hour.
    const perHour = timlon ?? (flagged === true ? pay : null);
    const paid = basis.pay === "paid" ? payIn(cols.paidPay, findings, r, false) : null;
    const monthly = perHour === null ? pay : null;
    if (perHour !== null) {
      basis.hourlyPaid++;
      if (hoursCell === null) {
        const column = this.y.hourlyColumn ? "hourlyRate" : "hourlyPaid";
        findings.add("PAY_HOURS_MISSING", table.address(r, column), r.row, { year });
        return this.set(paid, null, part, (perHour * fullTimeHours) / 12, paid);
      }
    }
    const hours = hoursCell ?? (rate ?? 1) * fullTimeHours * part;
    const worked = rate !== null && this.y.salaryIsFullTime ? rate : 1;
    // An annual column is the pay as it stands, as monthly pay is: the part of the year employed counts.
    const asItStands = annual ?? (monthly === null ? null : monthly * 12 * worked);
    const basic = paid ?? (perHour !== null ? perHour * hours : asItStands === null ? null : asItStands * part);
    const fullTimeMonthly =
      perHour !== null
        ? (perHour * fullTimeHours) / 12
        : monthly === null && paid !== null
          ? paid / 12 / part / (rate ?? 1)
          : annual !== null && monthly === null
            ? annual / 12 / (rate ?? 1)
            : null;
    // The adjustments' base is the pay as it stands, whatever part of last year was worked.
    const paidInYear = perHour !== null ? basic : (paid ?? asItStands);
    return this.set(basic, hours, part, fullTimeMonthly, paidInYear);
  }

  /** The one record, set for this row. */
  private set(
    basic: number | null,
    hours: number | null,
    part: number,
    fullTimeMonthly: number | null,
    paidInYear: number | null,
  ): RowYear {
    const out = this.out;
    out.basic = basic;
    out.hours = hours;
    out.part = part;
    out.fullTimeMonthly = fullTimeMonthly;
    out.paidInYear = paidInYear;
    return out;
  }
}

// Its hidden class kept between analyses (core/shapes.ts).
keepShape(
  new YearReader(
    { pay: "snapshot", paidColumn: null, dates: [], hourlyPaid: 0, partYear: 0, outside: 0 },
    {} as YearColumns,
  ),
);
