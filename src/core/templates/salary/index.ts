/** The Lönekartläggning template (domain.md §3). */
import type { z } from "zod";
import { defineTemplate } from "../types";
import { KRONOR_FORMAT } from "../formats";
import { salaryColumns, salaryLayouts } from "./columns";
import { analyzeSalary, type SalaryResult } from "./analyze";
import { salarySummarySheet } from "./summarySheet";
import { strings } from "./strings";
import { codes, wordings } from "./codes";

export type { SalaryResult, Position, EqualValueGap } from "./analyze";

export interface SalarySettings {
  /** Women's pay as a percent of men's below this is flagged (default 90). */
  lowLimit: number;
  /** … and above this (default 110). */
  highLimit: number;
  /** Fewer of either sex than this makes the figure weak and identifying (default 3). */
  smallGroup: number;
}

declare module "../types" {
  interface TemplateTypes {
    salary: { result: SalaryResult; code: keyof typeof codes; settings: SalarySettings };
  }
}

/**
 * Salaries are personal data and never leave the workbook: a report that goes anywhere else keeps
 * counts, shares, ratios and flags, and drops every pay figure (they stay on the Plankoll sheet).
 */
function withoutPay(result: SalaryResult): SalaryResult {
  return {
    ...result,
    payOmitted: true,
    positions: result.positions.map((p) => ({
      ...p,
      womenMean: null,
      menMean: null,
      womenMedian: null,
      menMedian: null,
      mean: null,
    })),
  };
}

export const salaryTemplate = defineTemplate({
  id: "salary",
  strings,
  nameKey: "template.salary",
  codes,
  wordings,
  columns: salaryColumns,
  layouts: salaryLayouts,
  analyze: analyzeSalary,
  overview: (r: SalaryResult, t) =>
    t("pane.salarySummary", {
      positions: r.positions.length,
      flagged: r.flagged,
      balanced: r.positions.filter((p) => p.balanced).length,
    }),
  summary: salarySummarySheet,
  blank: {
    sheet: "blank.salary.sheet",
    title: "blank.salary.title",
    rows: 500,
    columns: [
      { key: "blank.salary.position", width: 32 },
      {
        key: "blank.salary.sex",
        width: 10,
        list: (t) => [t("blank.sex.woman"), t("blank.sex.man"), t("blank.sex.other")],
      },
      { key: "blank.salary.salary", width: 16, numberFormat: KRONOR_FORMAT },
      { key: "blank.salary.employment", width: 18, numberFormat: "0%" },
      { key: "blank.salary.valuation", width: 16, numberFormat: "0" },
    ],
  },
  forReport: withoutPay,
  settings: {
    defaults: { lowLimit: 90, highLimit: 110, smallGroup: 3 } as SalarySettings,
    schema: (zod: typeof z, d: SalarySettings) =>
      zod
        .strictObject({
          lowLimit: zod.number().min(0).max(200).default(d.lowLimit),
          highLimit: zod.number().min(0).max(300).default(d.highLimit),
          smallGroup: zod.number().int().min(1).max(50).default(d.smallGroup),
        })
        .refine((salary) => salary.lowLimit < salary.highLimit, {
          message: "settings.error.payLimits",
          path: ["lowLimit"],
        }),
    fields: [
      { key: "lowLimit", label: "settings.salary.lowLimit" },
      { key: "highLimit", label: "settings.salary.highLimit" },
      { key: "smallGroup", label: "settings.salary.smallGroup" },
    ],
  },
});
