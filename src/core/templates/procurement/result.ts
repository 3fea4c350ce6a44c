/** What the procurement template computes: each planned procurement and the sums (a report's `result`). */

export type ContractType = "goods" | "services" | "works";

export interface ProcurementItem {
  row: number;
  /** The address of the Beskrivning cell. */
  cell: string;
  area: string | null;
  description: string | null;
  plannedStart: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodEndWithOptions: string | null;
  /** The estimated value; null when unreadable or written as a range. */
  valueSek: number | null;
  /** A value written as a range ("3–4 mnkr"): both ends, in kronor. */
  valueRangeSek: [number, number] | null;
  type: ContractType | null;
  /** Over the threshold: belongs in the plan. */
  reportable: boolean | null;
}

export interface ProcurementResult {
  items: ProcurementItem[];
  /** Sum of the values of the procurements over the threshold. */
  totalSek: number;
  byArea: Record<string, number>;
  /** Per contract type; `unknown`: the rows whose type cannot be read. They add up to totalSek. */
  byType: Record<ContractType | "unknown", number>;
  thresholdSek: number;
}
