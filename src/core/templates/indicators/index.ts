/** The Mätetal (indicators) template (docs/templates.md). */
import type { z } from "zod";
import { defineTemplate } from "../types";
import { DATE_FORMAT } from "../formats";
import { indicatorColumns, indicatorLayouts } from "./columns";
import { analyzeIndicators, type IndicatorResult } from "./analyze";
import { indicatorSummarySheet } from "./summarySheet";
import { strings } from "./strings";
import { codes, wordings } from "./codes";
import { compareIndicators } from "./compare";

export type { Indicator, IndicatorResult, IndicatorStatus } from "./analyze";

export interface IndicatorSettings {
  /** How far, in percent of the target, an outcome may miss and still be "delvis uppfyllt". */
  tolerancePercent: number;
}

declare module "../types" {
  interface TemplateTypes {
    indicators: { result: IndicatorResult; code: keyof typeof codes; settings: IndicatorSettings };
  }
}

export const indicatorsTemplate = defineTemplate({
  id: "indicators",
  strings,
  nameKey: "template.indicators",
  names: ["matetal"],
  codes,
  wordings,
  columns: indicatorColumns,
  layouts: indicatorLayouts,
  analyze: analyzeIndicators,
  // Every indicator is in one bucket: those that cannot be judged are named when there are any.
  overview: ({ counts }: IndicatorResult, t) =>
    t("pane.statusSummary", { ...counts }) +
    (counts.not_judged ? t("pane.statusNotJudged", { count: counts.not_judged }) : ""),
  summary: indicatorSummarySheet,
  // Compared with last year's indicators where last year's workbook is given.
  workbook: compareIndicators,
  followsUp: true,
  blank: {
    sheet: "blank.indicators.sheet",
    title: "blank.indicators.title",
    rows: 200,
    columns: [
      { key: "blank.indicators.name", width: 44 },
      { key: "blank.indicators.target", width: 12 },
      { key: "blank.indicators.outcome", width: 12 },
      { key: "blank.indicators.outcomeWomen", width: 12 },
      { key: "blank.indicators.outcomeMen", width: 12 },
      { key: "blank.indicators.activity", width: 40 },
      { key: "blank.indicators.responsible", width: 24 },
      { key: "blank.indicators.endDate", width: 14, numberFormat: DATE_FORMAT },
    ],
  },
  settings: {
    defaults: { tolerancePercent: 10 } as IndicatorSettings,
    schema: (zod: typeof z, d: IndicatorSettings) =>
      zod.strictObject({ tolerancePercent: zod.number().min(0).max(100).default(d.tolerancePercent) }),
    fields: [{ key: "tolerancePercent", label: "settings.indicators.tolerancePercent" }],
  },
});
