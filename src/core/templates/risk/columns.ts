/** The Riskanalys columns and their synonyms (docs/templates.md). */
import type { ColumnSpec } from "../../sheet/columns";

export const riskColumns = [
  { key: "process", labels: ["Process", "Processer", "Verksamhet"], group: true },
  { key: "method", labels: ["Arbetssätt"] },
  { key: "nr", labels: ["Nr", "Nummer", "Risknr", "Risk nr"] },
  { key: "event", labels: ["Oönskad händelse", "Oönskade händelser", "Risk", "Risker", "Händelse", "Riskbeskrivning"] },
  { key: "probability", labels: ["Sannolikhet", "S"] },
  { key: "consequence", labels: ["Konsekvens", "Väsentlighet", "K"] },
  { key: "value", labels: ["Riskvärde", "Risk värde"] },
  { key: "action", labels: ["Åtgärd", "Åtgärder", "Åtgärd/kontroll"] },
] as const satisfies readonly ColumnSpec[];

/** Full layout with levels; the VoR list with a stated Riskvärde only. */
export const riskLayouts = [
  ["event", "probability", "consequence"],
  ["event", "value"],
] as const;
