/** Lönekartläggning – analys och åtgärder (docs/templates.md): the employer's analysis and measures, read for the pay survey. */
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate } from "../types";
import { KRONOR_FORMAT } from "../formats";
import { strings } from "./strings";
import { codes, wordings } from "./codes";
import { analyzePayPlan, type PayPlanResult } from "./analyze";

export type { PayPlanResult, PayPlanEntry } from "./analyze";

const SUBJECT = ["Befattning", "Befattning/grupp", "Grupp", "Värdegrupp", "Befattning/värdegrupp", "Jämförelse"];

const columns = [
  { key: "payplanSubject", labels: SUBJECT },
  { key: "payplanAnalysis", labels: ["Analys", "Analys och förklaring", "Förklaring", "Orsak", "Analys av skillnad"] },
  {
    key: "payplanJustified",
    labels: ["Saklig grund", "Saklig grund (Ja/Nej)", "Sakligt motiverad", "Saklig grund Ja/Nej", "Motiverad"],
  },
  { key: "payplanMeasure", labels: ["Åtgärd", "Planerad åtgärd", "Lönejustering", "Åtgärd lön"] },
  {
    key: "payplanAmount",
    labels: ["Belopp", "Kostnad", "Belopp (kr)", "Belopp (kr/år)", "Kostnad (kr)", "Kostnad (kr/år)", "Kostnad per år"],
  },
  {
    key: "payplanDone",
    labels: ["Genomförd", "Genomförd (Ja/Nej/Delvis)", "Genomförd Ja/Nej/Delvis", "Utförd", "Genomfört"],
  },
  { key: "payplanYear", labels: ["År", "Klart år", "Planerat år", "Genomförs år", "Senast år"] },
] as const satisfies readonly ColumnSpec[];

declare module "../types" {
  interface TemplateTypes {
    payplan: { result: PayPlanResult; code: keyof typeof codes };
  }
}

/** A planned amount per befattning can be one person's raise: amounts stay in the workbook. */
function withoutAmounts(result: PayPlanResult): PayPlanResult {
  return { entries: result.entries.map((e) => ({ ...e, amount: null, analysis: e.analysis === null ? null : "" })) };
}

export const payPlanTemplate = defineTemplate({
  id: "payplan",
  strings,
  nameKey: "template.payplan",
  names: ["analys", "atgarder", "lonejusteringar"],
  codes,
  wordings,
  columns,
  layouts: [
    ["payplanSubject", "payplanAnalysis"],
    ["payplanSubject", "payplanJustified"],
    ["payplanSubject", "payplanMeasure", "payplanDone"],
    ["payplanSubject", "payplanMeasure", "payplanAmount"],
  ],
  analyze: analyzePayPlan,
  overview: (r: PayPlanResult, t) =>
    t("payplan.overview", {
      analyses: r.entries.filter((e) => e.analysis !== null || e.justified !== null).length,
      justified: r.entries.filter((e) => e.justified === true).length,
      planned: r.entries.filter((e) => e.measure !== null && e.done === null).length,
      followed: r.entries.filter((e) => e.measure !== null && e.done !== null).length,
    }),
  forReport: withoutAmounts,
  blank: {
    sheet: "blank.payplan.sheet",
    title: "blank.payplan.title",
    rows: 100,
    columns: [
      { key: "blank.payplan.subject", width: 28 },
      { key: "blank.payplan.analysis", width: 44 },
      { key: "blank.payplan.justified", width: 14, list: (t) => [t("blank.payplan.yes"), t("blank.payplan.no")] },
      { key: "blank.payplan.measure", width: 36 },
      { key: "blank.payplan.amount", width: 16, numberFormat: KRONOR_FORMAT },
      {
        key: "blank.payplan.done",
        width: 16,
        list: (t) => [t("blank.payplan.yes"), t("blank.payplan.no"), t("blank.payplan.partly")],
      },
      { key: "blank.payplan.year", width: 8, numberFormat: "0" },
    ],
  },
});
