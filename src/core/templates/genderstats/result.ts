/** What the gender-split statistics compute: each row's shares and balance, and the totals (a report's `result`). */

export interface GenderRow {
  row: number;
  label: string;
  women: number | null;
  men: number | null;
  other: number | null;
  /** The total as computed from the parts. */
  total: number | null;
  shareWomen: number | null;
  shareMen: number | null;
  balanced: boolean | null;
  underrepresented: "women" | "men" | null;
}

export interface GenderStatsResult {
  rows: GenderRow[];
  /** The sums of the columns, and the declared Totalt row if the table has one. */
  totals: { women: number; men: number; other: number; total: number; declaredRow: number | null };
}
