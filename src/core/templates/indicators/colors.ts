/** Each status's colour: on the sheet's status column, on Plankoll Mätetal and in the pane's status bar. */
import { COLORS } from "../../plan";
import type { IndicatorStatus } from "./analyze";

export const STATUS_FILL: Record<IndicatorStatus | "not_judged", string> = {
  met: COLORS.low,
  partly: COLORS.medium,
  not_met: COLORS.critical,
  missing: COLORS.info,
  // Neither judged nor missing: a grey of its own.
  not_judged: "#D9D9D9",
};
