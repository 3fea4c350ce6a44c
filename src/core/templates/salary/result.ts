/** What a salary table's analysis gives: each befattning's line, the equal-value pairs, the directive's figures. */
import type { TransparencyResult } from "./transparency";
import type { PayInfoAnswer } from "./payInfo";

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
