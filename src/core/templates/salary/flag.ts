/** What a befattning's ratio says against the limits: read alike by Plankoll Lönekartläggning and the pane. */
import type { Position } from "./analyze";

export type PayFlag = "notComparable" | "low" | "high" | "none";

export function payFlag(p: Pick<Position, "ratio" | "flag">): PayFlag {
  return p.ratio === null ? "notComparable" : (p.flag ?? "none");
}

/** The limit a flag is about (none for a ratio within them or not compared). */
export function flagLimit(flag: PayFlag, limits: { low: number; high: number }): number | null {
  return flag === "low" ? limits.low : flag === "high" ? limits.high : null;
}
