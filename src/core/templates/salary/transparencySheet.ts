/**
 * The "Plankoll Lönetransparens" sheet: the directive's indicators (a)–(g) for each payroll in the
 * workbook, the categories that need a joint pay assessment (Art. 10), and a chart of the
 * quartile bands by sex. Percentages, shares and headcounts only; a group too small shows why.
 */
import type { ChartSpec, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import { a1 } from "../../sheet/address";
import type { Ctx } from "./strings";
import type { SalaryResult } from "./analyze";
import type { CategoryGap, Gap, TransparencyResult } from "./transparency";
import { Rows } from "./rows";

const ONE_DECIMAL = "0.0";

type Transparency = NonNullable<SalaryResult["transparency"]>;

const percentOr = (t: Ctx["t"]) => (value: number | null) => (value === null ? t("transparency.none") : value);

/** What the report is, by which directive, on which year and figures. */
function intro(rows: Rows, tr: Transparency, sheet: string, ctx: Ctx): void {
  const { t } = ctx;
  rows.line(t("transparency.title"), true);
  const from = tr.referenceYearFrom;
  const yearFrom =
    from.source === "sheet"
      ? t("transparency.yearFrom.sheet", { stated: from.stated })
      : t(`transparency.yearFrom.${from.source}`);
  rows.line(t("transparency.directive", { year: tr.settings.referenceYear, sheet, yearFrom }));
  rows.line(
    t("transparency.basis", {
      variables: tr.variableColumns.length ? tr.variableColumns.join(", ") : t("transparency.noVariables"),
      hours: t(`transparency.hours.${tr.hoursFrom}`, {
        hours: tr.settings.fullTimeHours,
        column: tr.hoursColumn ?? "",
      }),
    }),
  );
  rows.line(yearBasisText(tr.yearBasis, ctx));
  rows.line(t("transparency.employees", { women: tr.women, men: tr.men }));
  rows.line(t("transparency.law"));
}

/** Which pay of the reference year the figures use: paid amounts or the pay as it stands, dates, the hourly-paid. */
export function yearBasisText(basis: TransparencyResult["yearBasis"], { t }: Ctx): string {
  const pay =
    basis.pay === "paid"
      ? t("transparency.year.paid", { column: basis.paidColumn ?? "" })
      : t("transparency.year.snapshot");
  const dates = basis.dates.length
    ? t("transparency.year.dates", {
        partYear: basis.partYear,
        outside: basis.outside,
        columns: basis.dates.join(", "),
      })
    : t("transparency.year.noDates");
  return pay + dates + (basis.hourlyPaid ? t("transparency.year.hourly", { count: basis.hourlyPaid }) : "");
}

/** Art. 9 (a)–(e): the gaps, annual and hourly, and the shares receiving variable pay. */
function gaps(rows: Rows, tr: Transparency, ctx: Ctx): void {
  const { t } = ctx;
  const percent = percentOr(t);
  const gapRow = (label: string, gap: Gap) => {
    rows.cells.push({ row: rows.row, col: 1, value: label, border: true });
    [gap.annual, gap.hourly].forEach((value, i) =>
      rows.cells.push({ row: rows.row, col: i + 2, value: percent(value), border: true, numberFormat: ONE_DECIMAL }),
    );
    rows.row++;
  };
  rows.header([t("transparency.head.indicator"), t("transparency.head.annual"), t("transparency.head.hourly")]);
  gapRow(t("transparency.a"), tr.meanGap);
  const population = t(`transparency.population.${tr.variablePopulation.bd}`);
  gapRow(t("transparency.b", { population }), tr.variableMeanGap);
  gapRow(t("transparency.c"), tr.medianGap);
  gapRow(t("transparency.d", { population }), tr.variableMedianGap);
  rows.cells.push({ row: rows.row, col: 1, value: t("transparency.e"), border: true });
  const line = t("transparency.eLine", {
    women: percent(tr.receivingVariable.women),
    men: percent(tr.receivingVariable.men),
  });
  rows.cells.push({ row: rows.row, col: 2, value: line, border: true });
  rows.row += 2;
}

/** Art. 9 (f): women and men in each pay quartile, with its chart beside the table. */
function quartiles(rows: Rows, tr: Transparency, ctx: Ctx, charts: ChartSpec[]): void {
  const { t } = ctx;
  rows.line(t("transparency.f"), true);
  const bandsTop = rows.row;
  rows.header([t("transparency.head.band"), t("transparency.head.womenShare"), t("transparency.head.menShare")]);
  for (const band of tr.quartiles) {
    const which = t(`transparency.band.${band.band}`);
    const row = rows.row;
    const label = which ? t("transparency.band", { band: band.band, which }) : String(band.band);
    rows.cells.push({ row, col: 1, value: label, border: true });
    rows.cells.push({ row, col: 2, value: band.womenShare, border: true, numberFormat: ONE_DECIMAL });
    rows.cells.push({ row, col: 3, value: band.menShare, border: true, numberFormat: ONE_DECIMAL });
    rows.row++;
  }
  charts.push({
    title: t("transparency.chartTitle"),
    data: `${a1(bandsTop, 1)}:${a1(rows.row - 1, 3)}`,
    lineSeries: [],
    anchor: a1(bandsTop, 5),
  });
  rows.line(t("transparency.ties"));
  // The chart beside the bands takes about fifteen rows.
  rows.row = Math.max(rows.row + 1, bandsTop + 16);
}

/** Art. 9 (g): each category's gaps, and whether a joint pay assessment is needed (or the sheet justifies the gap). */
function categories(rows: Rows, tr: Transparency, ctx: Ctx): void {
  const { t } = ctx;
  const percent = percentOr(t);
  const population = t(`transparency.population.${tr.variablePopulation.g}`);
  rows.line(t("transparency.g", { basis: basisText(tr, ctx), limit: tr.settings.threshold, population }), true);
  rows.header(
    [
      "category",
      "women",
      "men",
      "basicAnnual",
      "basicHourly",
      "variableAnnual",
      "variableHourly",
      "totalHourly",
      "assessment",
    ].map((head) => t(`transparency.head.${head}` as Parameters<Ctx["t"]>[0])),
  );
  for (const c of tr.categories) {
    const row = rows.row;
    const fill = c.verdict === "assess" ? COLORS.warning : c.verdict ? COLORS.info : undefined;
    rows.cells.push({ row, col: 1, value: c.name, border: true, fill });
    rows.cells.push({ row, col: 2, value: c.women, border: true });
    rows.cells.push({ row, col: 3, value: c.men, border: true });
    if (c.suppressed) {
      const hidden = t("transparency.hidden", { limit: tr.settings.smallGroup });
      rows.cells.push({ row, col: 4, value: hidden, border: true });
    } else {
      [c.basic.annual, c.basic.hourly, c.variable.annual, c.variable.hourly, c.total.hourly].forEach((value, i) =>
        rows.cells.push({ row, col: 4 + i, value: percent(value), border: true, numberFormat: ONE_DECIMAL }),
      );
    }
    // A small category's verdict too: the assessment it needs, without its figures.
    rows.cells.push({ row, col: 9, value: verdictText(c, t), border: true, fill, wrap: true });
    rows.row++;
  }
  rows.row += 2;
  components(rows, tr, ctx);
}

/** (g) each complementary or variable component kept apart, per category (where there are two or more). */
function components(rows: Rows, tr: Transparency, ctx: Ctx): void {
  const { t } = ctx;
  if (tr.variableColumns.length < 2) return;
  const percent = percentOr(t);
  const population = t(`transparency.population.${tr.variablePopulation.g}`);
  rows.line(t("transparency.components", { population }), true);
  rows.header([
    t("transparency.head.category"),
    t("transparency.head.component"),
    t("transparency.head.annual"),
    t("transparency.head.hourly"),
  ]);
  for (const c of tr.categories) {
    if (c.suppressed) continue;
    c.components.forEach((gap, j) => {
      const row = rows.row++;
      rows.cells.push({ row, col: 1, value: c.name, border: true });
      rows.cells.push({ row, col: 2, value: tr.variableColumns[j], border: true });
      [gap.annual, gap.hourly].forEach((value, i) =>
        rows.cells.push({ row, col: 3 + i, value: percent(value), border: true, numberFormat: ONE_DECIMAL }),
      );
    });
  }
  rows.row += 2;
}

/** What Art. 10 asks of a category, in words: nothing, a joint assessment, or none (justified, remedied). */
export function verdictText(c: CategoryGap, t: Ctx["t"]): string {
  if (c.verdict === "assess") return t("transparency.assess");
  if (c.verdict === "justified") return t("transparency.justified", { text: c.justification ?? "" });
  if (c.verdict === "remedied") return t("transparency.remedied", { date: c.remedied ?? "" });
  return t("transparency.none");
}

export function transparencySheet(
  results: readonly { sheet: string; result: SalaryResult }[],
  ctx: Ctx,
): SheetSpec | null {
  const { t } = ctx;
  const reports = results.filter((r) => r.result.transparency);
  if (reports.length === 0) return null;
  const rows = new Rows();
  const charts: ChartSpec[] = [];
  const pageBreaks: number[] = [];
  for (const { sheet, result } of reports) {
    const tr = result.transparency!;
    if (rows.row > 1) pageBreaks.push(rows.row);
    intro(rows, tr, sheet, ctx);
    rows.row++;
    if (tr.suppressed) {
      rows.line(t("transparency.suppressed", { limit: tr.settings.smallGroup }), true);
      rows.row += 2;
      continue;
    }
    gaps(rows, tr, ctx);
    quartiles(rows, tr, ctx, charts);
    categories(rows, tr, ctx);
  }
  return {
    name: t("sheet.transparency"),
    cells: rows.cells,
    columnWidths: [44, 12, 12, 14, 14, 14, 14, 14, 40],
    charts,
    pageBreaks,
  };
}

export function basisText(tr: Pick<TransparencyResult, "categoryBasis">, ctx: Ctx): string {
  const { kind, column, bandWidth } = tr.categoryBasis;
  if (kind === "valuation") return ctx.t("transparency.basis.valuation", { column, width: bandWidth ?? 0 });
  if (kind === "title") return ctx.t("transparency.basis.title");
  if (kind === "evaluation") return ctx.t("transparency.basis.evaluation", { column });
  return ctx.t("transparency.basis.column", { column });
}
