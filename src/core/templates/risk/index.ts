/** The Riskanalys template (docs/templates.md). */
import type { z } from "zod";
import { defineTemplate } from "../types";
import type { Zone } from "../../types";
import { SCALE_LABELS } from "../../parse/levels";
import { riskColumns, riskLayouts } from "./columns";
import { analyzeRisk, type RiskResult } from "./analyze";
import { riskMatrixSheet } from "./matrixSheet";
import { strings } from "./strings";
import { codes, wordings } from "./codes";
import { compareRisks } from "./compare";

export type { Risk, RiskResult } from "./analyze";

export interface RiskSettings {
  /** Highest risk value in the low zone (default 4). */
  lowMax: number;
  /** Highest risk value in the medium zone (default 9); above is critical. */
  mediumMax: number;
  /** Optional zone per matrix cell, [probability-1][consequence-1]; overrides the bands. */
  matrixZones: Zone[][] | null;
}

declare module "../types" {
  interface TemplateTypes {
    risk: { result: RiskResult; code: keyof typeof codes; settings: RiskSettings };
  }
}

const levels = (scale: "probability" | "consequence") => SCALE_LABELS[scale].map((label, i) => `${i + 1}.${label}`);

export const riskTemplate = defineTemplate({
  id: "risk",
  strings,
  nameKey: "template.risk",
  names: ["riskanalys"],
  codes,
  wordings,
  columns: riskColumns,
  layouts: riskLayouts,
  analyze: analyzeRisk,
  overview: ({ counts, layout, unplaced }: RiskResult, t) =>
    t("pane.matrixSummary", { low: counts.low, medium: counts.medium, critical: counts.critical }) +
    (unplaced ? t(layout === "list" ? "pane.noValue" : "pane.unplaced", { count: unplaced }) : "") +
    (layout === "list" ? t("pane.noMatrix") : ""),
  summary: riskMatrixSheet,
  // Compared with last year's risk analysis where one is given (--previous, or chosen in the pane).
  workbook: compareRisks,
  followsUp: true,
  blank: {
    sheet: "blank.risk.sheet",
    title: "blank.risk.title",
    rows: 200,
    columns: [
      { key: "blank.risk.process", width: 28 },
      { key: "blank.risk.nr", width: 6, numberFormat: "0" },
      { key: "blank.risk.event", width: 40 },
      { key: "blank.risk.probability", width: 20, list: () => levels("probability") },
      { key: "blank.risk.consequence", width: 20, list: () => levels("consequence") },
      { key: "blank.risk.value", width: 10, numberFormat: "0" },
      { key: "blank.risk.action", width: 40 },
    ],
  },
  settings: {
    defaults: { lowMax: 4, mediumMax: 9, matrixZones: null } as RiskSettings,
    schema: (zod: typeof z, d: RiskSettings) => {
      const zone = zod.enum(["low", "medium", "critical"]);
      return zod
        .strictObject({
          lowMax: zod.number().int().min(1).max(24).default(d.lowMax),
          mediumMax: zod.number().int().min(1).max(24).default(d.mediumMax),
          matrixZones: zod.array(zod.array(zone).length(5)).length(5).nullable().default(d.matrixZones),
        })
        .refine((risk) => risk.lowMax < risk.mediumMax, { message: "settings.error.bands", path: ["lowMax"] });
    },
    fields: [
      { key: "lowMax", label: "settings.risk.lowMax" },
      { key: "mediumMax", label: "settings.risk.mediumMax" },
    ],
  },
});
