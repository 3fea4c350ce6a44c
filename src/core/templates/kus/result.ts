/** What the KUS template computes: each application and the sums (a report's `result`). */

export interface KusApplication {
  row: number;
  priority: number | null;
  title: string | null;
  requestedSek: number | null;
  breakdown: { training: number; substitutes: number; other: number } | null;
  participants: number | null;
  costPerParticipant: number | null;
}

export interface KusResult {
  /** The förvaltning named above the table, e.g. "Arbetsmarknadsförvaltningen". */
  organisation: string | null;
  applications: KusApplication[];
  totalSek: number;
  /** The sum on the sheet's own Totalt row, when it has one. */
  declaredTotalSek: number | null;
}
