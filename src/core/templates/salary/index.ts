/** The Lönekartläggning template (docs/templates.md). */
import type { z } from "zod";
import { defineTemplate } from "../types";
import { KRONOR_FORMAT } from "../formats";
import { formatNumber } from "../../parse/cells";
import { salaryColumns, salaryLayouts } from "./columns";
import { analyzeSalary, type SalaryResult } from "./analyze";
import { salarySummarySheet } from "./summarySheet";
import { registerSheet } from "./registerSheet";
import { transparencySheet } from "./transparencySheet";
import { documentationSheet } from "./documentSheet";
import { assessmentSheet } from "./assessmentSheet";
import { payInfoAction } from "./action";
import { payrollWorkbook } from "./workbook";
import { evaluationsIn } from "./evaluation";
import { payReportFiles } from "./payReport";
import { strings } from "./strings";
import { codes, wordings } from "./codes";

export type { SalaryResult, Position, EqualValueGap } from "./analyze";
export type { SalarySettings } from "./settings";
import type { SalarySettings } from "./settings";

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
  // The result's own properties as they are: a list made when read (equalValueGaps) stays so.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(result)) as SalaryResult;
  return Object.assign(copy, {
    payOmitted: true as const,
    payInfo: undefined,
    annualPaySum: null,
    positions: result.positions.map((p) => ({
      ...p,
      // The employer's own text may name a person's pay: its presence is kept, not its words.
      analysis: p.analysis === null ? null : "",
      womenMean: null,
      menMean: null,
      womenMedian: null,
      menMedian: null,
      mean: null,
    })),
  });
}

export const salaryTemplate = defineTemplate({
  id: "salary",
  strings,
  nameKey: "template.salary",
  names: ["lonekartlaggning", "lonelista"],
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
    }) +
    (r.transparency && !r.transparency.suppressed && r.transparency.meanGap.hourly !== null
      ? `. ${t("pane.transparency", {
          year: r.transparency.settings.referenceYear,
          gap: formatNumber(r.transparency.meanGap.hourly, 1),
          assess: r.transparency.categories.filter((c) => c.verdict === "assess").length,
        })}`
      : ""),
  // The city's 90/110 analysis, and beside it the directive's report where the payroll has one row per employee.
  // Each made when it is written: together they are close to a million cells for 100 000 employees.
  summary: (results, ctx, reports) => [
    () => salarySummarySheet(results, ctx),
    () => transparencySheet(results, ctx),
    () => registerSheet(results, ctx),
    () => documentationSheet(reports, ctx),
    () => assessmentSheet(results, reports, ctx),
  ],
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
  workbook: payrollWorkbook,
  followsUp: true,
  // With a job evaluation in the workbook, the categories of workers are its value groups.
  readsWorkbook: (reports) => evaluationsIn(reports).length > 0,
  forReport: withoutPay,
  settings: {
    defaults: {
      lowLimit: 90,
      highLimit: 110,
      smallGroup: 3,
      fullTimeHours: 2080,
      jointAssessment: 5,
      referenceYear: 0,
      categoryColumn: "",
      valuationBand: 0,
      reportDate: "",
      variablePopulation: "mixed",
      representatives: "",
      adjustmentYears: 3,
      adjustmentTarget: "equal",
    } as SalarySettings,
    schema: (zod: typeof z, d: SalarySettings) =>
      zod
        .strictObject({
          lowLimit: zod.number().min(0).max(200).default(d.lowLimit),
          highLimit: zod.number().min(0).max(300).default(d.highLimit),
          smallGroup: zod.number().int().min(1).max(50).default(d.smallGroup),
          fullTimeHours: zod.number().min(100).max(4000).default(d.fullTimeHours),
          jointAssessment: zod.number().min(0).max(100).default(d.jointAssessment),
          referenceYear: zod
            .number()
            .int()
            .refine((year) => year === 0 || (year >= 2020 && year <= 2100), { message: "settings.error.referenceYear" })
            .default(d.referenceYear),
          categoryColumn: zod.string().max(100).default(d.categoryColumn),
          valuationBand: zod.number().min(0).max(1000).default(d.valuationBand),
          reportDate: zod
            .string()
            .regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: "settings.error.reportDate" })
            .default(d.reportDate),
          variablePopulation: zod.enum(["mixed", "recipients", "everyone"]).default(d.variablePopulation),
          representatives: zod.string().max(100).default(d.representatives),
          adjustmentYears: zod.number().int().min(1).max(10).default(d.adjustmentYears),
          adjustmentTarget: zod.enum(["equal", "lowLimit"]).default(d.adjustmentTarget),
        })
        .refine((salary) => salary.lowLimit < salary.highLimit, {
          message: "settings.error.payLimits",
          path: ["lowLimit"],
        }),
    fields: [
      { key: "lowLimit", label: "settings.salary.lowLimit" },
      { key: "highLimit", label: "settings.salary.highLimit" },
      { key: "smallGroup", label: "settings.salary.smallGroup" },
      { key: "fullTimeHours", label: "settings.salary.fullTimeHours" },
      { key: "jointAssessment", label: "settings.salary.jointAssessment" },
      { key: "referenceYear", label: "settings.salary.referenceYear" },
      { key: "categoryColumn", label: "settings.salary.categoryColumn", text: true },
      { key: "valuationBand", label: "settings.salary.valuationBand" },
      { key: "reportDate", label: "settings.salary.reportDate", text: true },
      {
        key: "variablePopulation",
        label: "settings.salary.variablePopulation",
        options: [
          { value: "mixed", label: "settings.salary.variablePopulation.mixed" },
          { value: "recipients", label: "settings.salary.variablePopulation.recipients" },
          { value: "everyone", label: "settings.salary.variablePopulation.everyone" },
        ],
      },
      { key: "representatives", label: "settings.salary.representatives", text: true },
      { key: "adjustmentYears", label: "settings.salary.adjustmentYears" },
      {
        key: "adjustmentTarget",
        label: "settings.salary.adjustmentTarget",
        options: [
          { value: "equal", label: "settings.salary.adjustmentTarget.equal" },
          { value: "lowLimit", label: "settings.salary.adjustmentTarget.lowLimit" },
        ],
      },
    ],
  },
  actions: [payInfoAction],
  exports: [
    {
      flag: "--pay-report",
      value: "payReport.flagValue",
      help: "payReport.flagHelp",
      label: "payReport.paneLabel",
      files: (results, ctx) => payReportFiles(results, ctx as never),
    },
  ],
});
