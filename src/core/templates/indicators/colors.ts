/** Each status's colour: on the sheet's status column, on Plankoll Mätetal and in the pane's status bar. */
import { COLORS } from "../../plan";

/** How far an indicator has come towards its årsmål; missing: no outcome reported. */
export type IndicatorStatus = "met" | "partly" | "not_met" | "missing";

export const STATUS_FILL: Record<IndicatorStatus | "not_judged", string> = {
  met: COLORS.low,
  partly: COLORS.medium,
  not_met: COLORS.critical,
  missing: COLORS.info,
  // Neither judged nor missing: a grey of its own.
  not_judged: "#D9D9D9",
};
