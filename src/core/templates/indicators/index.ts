/** The Mätetal (indicators) template (domain.md §2). */
import type { TemplateDefinition } from "../types";
import { indicatorColumns, indicatorLayouts } from "./columns";
import { analyzeIndicators, type IndicatorResult } from "./analyze";

export type { Indicator, IndicatorResult, IndicatorStatus } from "./analyze";

export const indicatorsTemplate: TemplateDefinition<IndicatorResult> = {
  id: "indicators",
  nameKey: "template.indicators",
  columns: indicatorColumns,
  layouts: indicatorLayouts,
  analyze: analyzeIndicators,
};
