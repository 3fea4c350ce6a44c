/**
 * The lönekartläggning as HR keeps it in one workbook (samples/lonekartlaggning-2026.xlsx): the
 * payroll export (without a valuation column: equal value comes from the evaluation), a job
 * evaluation with sub-factors under the four criteria and a row of weights, and the sheet "Analys
 * och åtgärder" with the employer's analyses, this year's planned measure and last year's
 * measures followed up. Synthetic data, seeded.
 */
import type ExcelJS from "exceljs";
import { PAYROLL_HEADER, PAYROLL_POSITIONS, payrollEmployees, payrollRow } from "./generate";
import { workbookFromRows, type RawCell, type RawSheet } from "./rawWorkbook";

/** Sub-factors under each criterion, with their weight in percent (they sum to 100). */
export const FACTOR_PLAN = [
  {
    criterion: "Kunskap och färdigheter",
    factors: ["Utbildning", "Erfarenhet", "Problemlösning"],
    weights: [15, 10, 10],
  },
  { criterion: "Ansvar", factors: ["För resultat", "För människor", "För ekonomi"], weights: [10, 10, 10] },
  { criterion: "Ansträngning", factors: ["Psykisk", "Social"], weights: [12, 8] },
  { criterion: "Arbetsförhållanden", factors: ["Fysisk miljö", "Risker"], weights: [8, 7] },
] as const;

/** Each befattning's scores on the ten sub-factors (1–4), in FACTOR_PLAN's order. */
export const JOB_SCORES: Record<string, number[]> = {
  Jobbcoach: [2, 2, 2, 2, 2, 1, 2, 3, 2, 2],
  Arbetsmarknadshandläggare: [2, 2, 2, 2, 2, 1, 2, 3, 1, 2],
  "Studie- och yrkesvägledare": [3, 2, 3, 2, 3, 1, 3, 3, 1, 1],
  Socialsekreterare: [3, 2, 3, 2, 3, 1, 3, 3, 1, 2],
  "Lärare SFI": [3, 2, 2, 3, 3, 1, 3, 3, 1, 1],
  Enhetschef: [3, 4, 4, 4, 4, 3, 3, 3, 1, 1],
  Avdelningschef: [4, 4, 4, 4, 4, 4, 3, 3, 1, 1],
  Administratör: [2, 2, 2, 2, 1, 1, 1, 2, 1, 1],
  Ekonom: [3, 3, 3, 3, 1, 3, 2, 1, 1, 1],
  Controller: [4, 3, 4, 3, 1, 3, 3, 1, 1, 1],
  "HR-specialist": [3, 3, 3, 3, 2, 2, 3, 3, 1, 1],
  "IT-tekniker": [2, 2, 3, 2, 1, 1, 2, 2, 2, 2],
  Utredare: [4, 4, 4, 4, 1, 1, 2, 1, 1, 1],
  Kommunikatör: [3, 3, 3, 3, 1, 1, 2, 2, 1, 1],
  Vaktmästare: [1, 2, 2, 2, 1, 1, 1, 1, 3, 2],
  Projektledare: [3, 3, 3, 3, 3, 2, 3, 2, 1, 1],
  Handledare: [1, 1, 2, 2, 2, 1, 1, 2, 2, 2],
};

/** Points as the template defines them: Σ weight × score ÷ 4 × 1 000 ÷ 100 (for the tests' second computation). */
export function pointsOf(scores: readonly number[]): number {
  const weights = FACTOR_PLAN.flatMap((c) => [...c.weights]);
  return Math.round(weights.reduce((s, w, i) => s + (w * scores[i]) / 4, 0) * 10 * 10) / 10;
}

export function evaluationSheet(): RawSheet {
  const top: RawCell[] = ["Befattning"];
  const sub: RawCell[] = [null];
  const weights: RawCell[] = ["Vikt"];
  const merges: string[] = ["A4:A5"];
  let col = 2;
  for (const { criterion, factors, weights: w } of FACTOR_PLAN) {
    factors.forEach((factor, i) => {
      top.push(i === 0 ? criterion : null);
      sub.push(`${factor} (1-4)`);
      weights.push(`${w[i]} %`);
    });
    const from = String.fromCharCode(64 + col);
    const to = String.fromCharCode(64 + col + factors.length - 1);
    merges.push(`${from}4:${to}4`);
    col += factors.length;
  }
  const rows: RawCell[][] = [
    ["Arbetsvärdering 2026 – faktorplan med delfaktorer (syntetiska värden för test)"],
    [
      "Skala 1–4 per delfaktor; vikterna i raden Vikt summerar till 100 %. Värdegrupper bildas av poängen (100 poäng per grupp).",
    ],
    [],
    top,
    sub,
    weights,
    ...PAYROLL_POSITIONS.map((p) => [p.title, ...JOB_SCORES[p.title]]),
  ];
  return { name: "Arbetsvärdering", rows, merges, widths: [28, ...Array(10).fill(13)] };
}

/** The employer's analyses of the flagged differences, this year's planned measure and last year's followed up. */
export function analysisSheet(): RawSheet {
  return {
    name: "Analys och åtgärder",
    widths: [26, 48, 14, 36, 14, 16, 8],
    rows: [
      ["Lönekartläggning 2026 – analys och åtgärder"],
      ["Förra årets åtgärder (År 2025) följs upp i Genomförd; årets planerade åtgärder har inget svar ännu."],
      [],
      ["Befattning/grupp", "Analys", "Saklig grund", "Åtgärd", "Belopp", "Genomförd", "År"],
      [
        "IT-tekniker",
        "Kvinnan anställdes 2025 med kortare erfarenhet av nätverksdrift än kollegerna.",
        "Ja",
        null,
        null,
        null,
        null,
      ],
      [
        "Studie- och yrkesvägledare",
        "Jämförd med Ekonom i samma värdegrupp: skillnaden följer marknaden för ekonomer, inte arbetets krav.",
        "Nej",
        "Höj studie- och yrkesvägledarnas löner i tre steg",
        null,
        null,
        2027,
      ],
      [
        "Administratör",
        "Lönelyft efter förra årets kartläggning.",
        "Ja",
        "Lönelyft administratörer",
        120000,
        "Ja",
        2025,
      ],
      ["Enhetschef", null, null, "Justera kvinnliga enhetschefers löner", 180000, "Delvis", 2025],
      ["Handledare", null, null, "Översyn av handledarnas lönesättning", 40000, "Nej", 2025],
    ],
  };
}

/** The payroll as the survey reads it: the same export without the valuation column. */
export function surveyPayrollSheet(): RawSheet {
  const drop = PAYROLL_HEADER.indexOf("Arbetsvärdering");
  const without = <T>(row: readonly T[]) => row.filter((_, i) => i !== drop);
  const rows: RawCell[][] = [
    ["Löneunderlag september 2026 – export från HR-systemet"],
    ["Syntetiska uppgifter för test. Lön = överenskommen månadslön; deltid anges i Sysselsättningsgrad."],
    [],
    without(PAYROLL_HEADER),
  ];
  const formats: Record<string, string> = {};
  for (const e of payrollEmployees()) {
    rows.push(without(payrollRow(e, null)));
    if (e.employmentFormat) formats[`E${rows.length}`] = e.employmentFormat;
  }
  return { name: "Lönelista", rows, formats, widths: [9, 28, 7, 12, 18, 18, 14, 14, 14] };
}

export function paySurveyWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([surveyPayrollSheet(), evaluationSheet(), analysisSheet()]);
}
