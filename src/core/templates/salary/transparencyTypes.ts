/** The pay transparency report's shapes (transparency.ts computes them): percentages, shares and headcounts only. */
import type { YearBasis } from "./yearPay";

/** One employee as the indicators need them (amounts stay inside the analysis). */
export interface Employee {
  row: number;
  sex: "woman" | "man";
  category: string | null;
  /** Where the category is named (its cell), for the category's line. */
  categoryCell: string | null;
  /** The employee's befattning, by which a category given as a code is named for people. */
  title: string | null;
  /** Basic pay over the year, and the complementary or variable components over the year. */
  annualBasic: number;
  annualVariable: number;
  /** Each complementary or variable component over the year, in the order of variableColumns (their sum is annualVariable). */
  parts?: readonly number[];
  /** Hours worked (or paid) in the year. */
  hours: number;
  justification: string | null;
  /** Returned from parental or carers' leave in the year: with a pay improvement, without, or not returned (or not told). */
  leave?: "raised" | "notRaised" | null;
  /** When the category's gap was remedied (Åtgärdat, ISO), as the row says. */
  remedied?: string | null;
}

/** Those who receive variable components, or everyone (zeros included). */
export type Population = "recipients" | "everyone";

/** The setting's choice as the populations of (b)/(d) and of (g). */
export function populations(choice: "mixed" | Population): { bd: Population; g: Population } {
  return choice === "mixed" ? { bd: "recipients", g: "everyone" } : { bd: choice, g: choice };
}

/** A gap in percent of men's pay, (men − women) / men × 100, on annual and on hourly pay; null where it cannot be told. */
export interface Gap {
  annual: number | null;
  hourly: number | null;
}

export interface CategoryGap {
  /** The category as the sheet gives it (a code, a band, a befattning). */
  category: string;
  /** The category as people read it: a code with its befattningar beside it ("Barnskötare (321012)"). */
  name: string;
  /** Every befattning in the category, in the order they come. */
  titles: string[];
  cell: string | null;
  row: number;
  women: number;
  men: number;
  /** Fewer than the small-group setting of either sex: no figure is shown. */
  suppressed: boolean;
  basic: Gap;
  variable: Gap;
  /** The gap in pay level (basic and variable together): the one the 5 % rule looks at. */
  total: Gap;
  /** Each complementary or variable component's gap on its own, in the order of variableColumns (none for a small category). */
  components: Gap[];
  /**
   * Art. 10: the average pay level of women and men differs by the threshold or more, either way,
   * on annual or hourly pay, compared before any rounding; for every category with a woman and a
   * man, a small one too (its figures stay hidden).
   */
  jointAssessment: boolean;
  /** Which pay level reached the threshold. */
  assessmentOn: ("annual" | "hourly")[];
  /** The category's justification as the sheet gives it (Motivering, Saklig grund), if any. */
  justification: string | null;
  /** When the gap was remedied, as the sheet gives it (Åtgärdat), if it does. */
  remedied: string | null;
  /**
   * Art. 10(2)(d): of the women and of the men who returned from leave in the year, how many got a
   * pay improvement; null where the payroll does not say (or the category is small).
   */
  leave: LeaveShares | null;
  /**
   * What Art. 10 asks of it: a joint pay assessment; none, the gap being justified or remedied
   * within six months of the report; or nothing (under the threshold).
   */
  verdict: "assess" | "justified" | "remedied" | null;
}

export interface LeaveShares {
  womenReturned: number;
  menReturned: number;
  womenRaised: number;
  menRaised: number;
  /** Percent of those returned, one decimal; null where none of the sex returned. */
  womenShare: number | null;
  menShare: number | null;
}

export interface QuartileBand {
  band: 1 | 2 | 3 | 4;
  women: number;
  men: number;
  /** Shares of the band in percent (one decimal), adding up to 100. */
  womenShare: number;
  menShare: number;
}

export interface TransparencyResult {
  women: number;
  men: number;
  /** The workforce has fewer than the small-group setting of either sex: no figure is shown. */
  suppressed: boolean;
  /** (a) the gender pay gap and (c) the median gap, on pay level. */
  meanGap: Gap;
  medianGap: Gap;
  /**
   * (b) and (d): the same for the complementary or variable components, among those who receive
   * any (as the UK's bonus gap is reckoned: over everyone, the median is 0 wherever fewer than
   * half receive them, and (e) already tells who does).
   */
  variableMeanGap: Gap;
  variableMedianGap: Gap;
  /** (e) percent of women and of men receiving complementary or variable components. */
  receivingVariable: { women: number | null; men: number | null };
  /** (f) the quartile pay bands by hourly pay, lowest first. */
  quartiles: QuartileBand[];
  /** (g) by category of workers. */
  categories: CategoryGap[];
  /** Where the categories come from: a column, Arbetsvärdering in bands, or Befattning. */
  /** How the categories were formed: a column, the valuation in bands, the job evaluation's groups (its sheets), or befattning. */
  categoryBasis: { kind: "column" | "valuation" | "evaluation" | "title"; column: string; bandWidth?: number };
  /** Whether hours come from a column, from Sysselsättningsgrad × a full-time year, or are a full year for all. */
  hoursFrom: "column" | "employment" | "fullTime";
  /** The hours column's header as the sheet has it, where hours come from a column. */
  hoursColumn: string | null;
  variableColumns: string[];
  /** How the pay of the reference year was found: paid amounts or the pay as it stands, dates, the hourly-paid. */
  yearBasis: YearBasis;
  /** The columns telling who returned from leave and got a pay improvement (Art. 10(2)(d)); none: not told. */
  leaveColumns: string[];
  /** Over whom the variable components are averaged: (b) and (d), and (g)'s variable columns. */
  variablePopulation: { bd: Population; g: Population };
  settings: { threshold: number; smallGroup: number; fullTimeHours: number; referenceYear: number };
  /** Where the reference year comes from: the sheet's own date or year (its words), the setting, or the year before today. */
  referenceYearFrom: { source: "sheet"; stated: string } | { source: "setting" | "default" };
}
