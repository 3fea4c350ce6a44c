/**
 * The pay transparency report as files to hand on (Directive (EU) 2023/970 Art. 9): the
 * indicators of each payroll in JSON and CSV with neutral field names, the categories (Art. 9(1)(g),
 * Art. 10) in a CSV of their own, and a text naming each field with its article. Built from the
 * transparency result, which holds percentages, shares and headcounts only: no person's pay, and a
 * small group's figures are empty as on the sheet. CSV: comma-separated, a point for decimals,
 * UTF-8 — the shape a reporting body's or a consultant's program reads.
 */
import type { Ctx } from "./strings";
import type { SalaryResult } from "./analyze";
import type { CategoryGap, TransparencyResult } from "./transparency";

type Value = string | number | boolean | null;

/** The fields of the indicators, in the directive's order, each with its article. */
const FIELDS = [
  ["sheet", "-"],
  ["referenceYear", "9(1)"],
  ["women", "9(1)"],
  ["men", "9(1)"],
  ["suppressed", "12"],
  ["meanGapAnnualPercent", "9(1)(a)"],
  ["meanGapHourlyPercent", "9(1)(a)"],
  ["variableMeanGapAnnualPercent", "9(1)(b)"],
  ["variableMeanGapHourlyPercent", "9(1)(b)"],
  ["medianGapAnnualPercent", "9(1)(c)"],
  ["medianGapHourlyPercent", "9(1)(c)"],
  ["variableMedianGapAnnualPercent", "9(1)(d)"],
  ["variableMedianGapHourlyPercent", "9(1)(d)"],
  ["variablePopulation", "9(1)(b)(d)"],
  ["variablePayShareWomenPercent", "9(1)(e)"],
  ["variablePayShareMenPercent", "9(1)(e)"],
  ...[1, 2, 3, 4].flatMap((q): [string, string][] => [
    [`quartile${q}WomenPercent`, "9(1)(f)"],
    [`quartile${q}MenPercent`, "9(1)(f)"],
  ]),
  ["categoryBasis", "9(1)(g)"],
  ["payBasis", "9(1)"],
  ["partYearWorkers", "9(1)"],
  ["notInYearWorkers", "9(1)"],
  ["hourlyPaidWorkers", "3(1)"],
] as const satisfies readonly (readonly [string, string])[];

const CATEGORY_FIELDS = [
  ["sheet", "-"],
  ["category", "9(1)(g)"],
  ["women", "9(1)(g)"],
  ["men", "9(1)(g)"],
  ["suppressed", "12"],
  ["basicGapAnnualPercent", "9(1)(g)"],
  ["basicGapHourlyPercent", "9(1)(g)"],
  ["variableGapAnnualPercent", "9(1)(g)"],
  ["variableGapHourlyPercent", "9(1)(g)"],
  ["payLevelGapAnnualPercent", "10(1)"],
  ["payLevelGapHourlyPercent", "10(1)"],
  ["jointAssessment", "10(1)"],
  ["verdict", "10(1)"],
  ["leaveRaiseWomenPercent", "10(2)(d)"],
  ["leaveRaiseMenPercent", "10(2)(d)"],
] as const;

/** Each complementary or variable component per category (Art. 9(1)(g), kept apart). */
const COMPONENT_FIELDS = [
  ["sheet", "-"],
  ["category", "9(1)(g)"],
  ["component", "9(1)(g)"],
  ["componentGapAnnualPercent", "9(1)(g)"],
  ["componentGapHourlyPercent", "9(1)(g)"],
] as const;

function indicators(sheet: string, tr: TransparencyResult): Record<string, Value> {
  const q = (band: number, sex: "womenShare" | "menShare") => tr.quartiles.find((b) => b.band === band)?.[sex] ?? null;
  return {
    sheet,
    referenceYear: tr.settings.referenceYear,
    women: tr.women,
    men: tr.men,
    suppressed: tr.suppressed,
    meanGapAnnualPercent: tr.meanGap.annual,
    meanGapHourlyPercent: tr.meanGap.hourly,
    variableMeanGapAnnualPercent: tr.variableMeanGap.annual,
    variableMeanGapHourlyPercent: tr.variableMeanGap.hourly,
    medianGapAnnualPercent: tr.medianGap.annual,
    medianGapHourlyPercent: tr.medianGap.hourly,
    variableMedianGapAnnualPercent: tr.variableMedianGap.annual,
    variableMedianGapHourlyPercent: tr.variableMedianGap.hourly,
    variablePopulation: tr.variablePopulation.bd,
    variablePayShareWomenPercent: tr.receivingVariable.women,
    variablePayShareMenPercent: tr.receivingVariable.men,
    ...Object.fromEntries(
      [1, 2, 3, 4].flatMap((band) => [
        [`quartile${band}WomenPercent`, q(band, "womenShare")],
        [`quartile${band}MenPercent`, q(band, "menShare")],
      ]),
    ),
    categoryBasis: tr.categoryBasis.kind,
    payBasis: tr.yearBasis.pay,
    partYearWorkers: tr.yearBasis.partYear,
    notInYearWorkers: tr.yearBasis.outside,
    hourlyPaidWorkers: tr.yearBasis.hourlyPaid,
  };
}

function components(sheet: string, c: CategoryGap, columns: readonly string[]): Record<string, Value>[] {
  return c.components.map((gap, j) => ({
    sheet,
    category: c.name,
    component: columns[j],
    componentGapAnnualPercent: gap.annual,
    componentGapHourlyPercent: gap.hourly,
  }));
}

function category(sheet: string, c: CategoryGap): Record<string, Value> {
  return {
    sheet,
    category: c.name,
    women: c.women,
    men: c.men,
    suppressed: c.suppressed,
    basicGapAnnualPercent: c.basic.annual,
    basicGapHourlyPercent: c.basic.hourly,
    variableGapAnnualPercent: c.variable.annual,
    variableGapHourlyPercent: c.variable.hourly,
    payLevelGapAnnualPercent: c.total.annual,
    payLevelGapHourlyPercent: c.total.hourly,
    jointAssessment: c.jointAssessment,
    verdict: c.verdict,
    leaveRaiseWomenPercent: c.leave?.womenShare ?? null,
    leaveRaiseMenPercent: c.leave?.menShare ?? null,
  };
}

/** One CSV field: quoted where it holds a comma, a quote or a line break; empty for no value. */
function csvField(value: Value): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(names: readonly string[], rows: readonly Record<string, Value>[]): string {
  return [names, ...rows.map((row) => names.map((name) => row[name] ?? null))]
    .map((cells) => cells.map((cell) => csvField(cell as Value)).join(","))
    .join("\r\n")
    .concat("\r\n");
}

/** Each field, its article and what it holds, in the user's language. */
function fieldsText(ctx: Ctx): string {
  const t = ctx.t as (key: string) => string;
  const line = ([name, article]: readonly [string, string]) =>
    `${name}\t${article === "-" ? "" : `${t("payReport.article")} ${article}`}\t${t(`payReport.field.${name}`)}`;
  return [
    t("payReport.title"),
    t("payReport.format"),
    "",
    t("payReport.indicators"),
    ...FIELDS.map(line),
    "",
    t("payReport.categories"),
    ...CATEGORY_FIELDS.filter(([name]) => !FIELDS.some(([f]) => f === name)).map(line),
    "",
    t("payReport.components"),
    ...COMPONENT_FIELDS.filter(([name]) => !CATEGORY_FIELDS.some(([f]) => f === name)).map(line),
    "",
  ].join("\n");
}

/** The report's files for the payrolls given (those with one row per employee). */
export function payReportFiles(
  results: readonly { sheet: string; result: SalaryResult }[],
  ctx: Ctx,
): { name: string; text: string }[] {
  const reports = results.filter((r) => r.result.transparency);
  if (reports.length === 0) return [];
  const rows = reports.map(({ sheet, result }) => indicators(sheet, result.transparency!));
  const categories = reports.flatMap(({ sheet, result }) =>
    result.transparency!.categories.map((c) => category(sheet, c)),
  );
  const parts = ({ sheet, result }: (typeof reports)[number]) =>
    result.transparency!.categories.flatMap((c) => components(sheet, c, result.transparency!.variableColumns));
  const json = reports.map(({ sheet, result }, i) => ({
    ...rows[i],
    categories: result.transparency!.categories.map((c) => ({
      ...category(sheet, c),
      components: components(sheet, c, result.transparency!.variableColumns).map(
        ({ component, componentGapAnnualPercent, componentGapHourlyPercent }) => ({
          component,
          componentGapAnnualPercent,
          componentGapHourlyPercent,
        }),
      ),
    })),
  }));
  return [
    { name: "lonetransparens.json", text: `${JSON.stringify(json, null, 2)}\n` },
    {
      name: "lonetransparens.csv",
      text: csv(
        FIELDS.map(([name]) => name),
        rows,
      ),
    },
    {
      name: "lonetransparens-kategorier.csv",
      text: csv(
        CATEGORY_FIELDS.map(([name]) => name),
        categories,
      ),
    },
    {
      name: "lonetransparens-lonedelar.csv",
      text: csv(
        COMPONENT_FIELDS.map(([name]) => name),
        reports.flatMap(parts),
      ),
    },
    { name: "lonetransparens-falt.txt", text: fieldsText(ctx) },
  ];
}
