/** The Riskanalys template (domain.md §1). */
import type { TemplateDefinition } from "../types";
import { riskColumns, riskLayouts } from "./columns";
import { analyzeRisk, type RiskResult } from "./analyze";

export type { Risk, RiskResult } from "./analyze";

export const riskTemplate: TemplateDefinition<RiskResult> = {
  id: "risk",
  nameKey: "template.risk",
  columns: riskColumns,
  layouts: riskLayouts,
  analyze: analyzeRisk,
};
