/**
 * The "Plankoll Lönetransparens" sheet: the directive's indicators (a)–(g) for each payroll in the
 * workbook, the categories that need a joint pay assessment (Art. 10), and a chart of the
 * quartile bands by sex. Percentages, shares and headcounts only; a group too small shows why.
 */
import type { ChartSpec, SheetCell, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import { a1 } from "../../sheet/address";
import type { Ctx } from "./strings";
import type { SalaryResult } from "./analyze";
import type { Gap, TransparencyResult } from "./transparency";

const ONE_DECIMAL = "0.0";

export function transparencySheet(
  results: readonly { sheet: string; result: SalaryResult }[],
  ctx: Ctx,
): SheetSpec | null {
  const { t } = ctx;
  const reports = results.filter((r) => r.result.transparency);
  if (reports.length === 0) return null;
  const cells: SheetCell[] = [];
  const charts: ChartSpec[] = [];
  const pageBreaks: number[] = [];
  const percent = (value: number | null) => (value === null ? t("transparency.none") : value);
  let row = 1;
  for (const { sheet, result } of reports) {
    const tr = result.transparency!;
    if (row > 1) pageBreaks.push(row);
    const line = (value: string, bold = false) => cells.push({ row: row++, col: 1, value, bold });
    line(t("transparency.title"), true);
    const from = tr.referenceYearFrom;
    const yearFrom =
      from.source === "sheet"
        ? t("transparency.yearFrom.sheet", { stated: from.stated })
        : t(`transparency.yearFrom.${from.source}`);
    line(t("transparency.directive", { year: tr.settings.referenceYear, sheet, yearFrom }));
    line(
      t("transparency.basis", {
        variables: tr.variableColumns.length ? tr.variableColumns.join(", ") : t("transparency.noVariables"),
        hours: t(`transparency.hours.${tr.hoursFrom}`, {
          hours: tr.settings.fullTimeHours,
          column: tr.hoursColumn ?? "",
        }),
      }),
    );
    line(t("transparency.employees", { women: tr.women, men: tr.men }));
    row++;
    if (tr.suppressed) {
      line(t("transparency.suppressed", { limit: tr.settings.smallGroup }), true);
      row += 2;
      continue;
    }
    const header = (heads: string[]) => {
      heads.forEach((value, i) =>
        cells.push({ row, col: i + 1, value, bold: true, fill: COLORS.header, border: true }),
      );
      row++;
    };
    const gapRow = (label: string, gap: Gap) => {
      cells.push({ row, col: 1, value: label, border: true });
      [gap.annual, gap.hourly].forEach((value, i) =>
        cells.push({ row, col: i + 2, value: percent(value), border: true, numberFormat: ONE_DECIMAL }),
      );
      row++;
    };
    header([t("transparency.head.indicator"), t("transparency.head.annual"), t("transparency.head.hourly")]);
    gapRow(t("transparency.a"), tr.meanGap);
    gapRow(t("transparency.b"), tr.variableMeanGap);
    gapRow(t("transparency.c"), tr.medianGap);
    gapRow(t("transparency.d"), tr.variableMedianGap);
    cells.push({ row, col: 1, value: t("transparency.e"), border: true });
    cells.push({
      row,
      col: 2,
      value: t("transparency.eLine", {
        women: percent(tr.receivingVariable.women),
        men: percent(tr.receivingVariable.men),
      }),
      border: true,
    });
    row += 2;

    line(t("transparency.f"), true);
    const bandsTop = row;
    header([t("transparency.head.band"), t("transparency.head.womenShare"), t("transparency.head.menShare")]);
    for (const band of tr.quartiles) {
      const which = t(`transparency.band.${band.band}`);
      cells.push({
        row,
        col: 1,
        value: which ? t("transparency.band", { band: band.band, which }) : String(band.band),
        border: true,
      });
      cells.push({ row, col: 2, value: band.womenShare, border: true, numberFormat: ONE_DECIMAL });
      cells.push({ row, col: 3, value: band.menShare, border: true, numberFormat: ONE_DECIMAL });
      row++;
    }
    charts.push({
      title: t("transparency.chartTitle"),
      data: `${a1(bandsTop, 1)}:${a1(row - 1, 3)}`,
      lineSeries: [],
      anchor: a1(bandsTop, 5),
    });
    line(t("transparency.ties"));
    // The chart beside the bands takes about fifteen rows.
    row = Math.max(row + 1, bandsTop + 16);

    line(t("transparency.g", { basis: basisText(tr, ctx), limit: tr.settings.threshold }), true);
    header([
      t("transparency.head.category"),
      t("transparency.head.women"),
      t("transparency.head.men"),
      t("transparency.head.basicAnnual"),
      t("transparency.head.basicHourly"),
      t("transparency.head.variableAnnual"),
      t("transparency.head.variableHourly"),
      t("transparency.head.totalHourly"),
      t("transparency.head.assessment"),
    ]);
    for (const c of tr.categories) {
      const fill = c.jointAssessment ? (c.justification ? COLORS.info : COLORS.warning) : undefined;
      cells.push({ row, col: 1, value: c.name, border: true, fill });
      cells.push({ row, col: 2, value: c.women, border: true });
      cells.push({ row, col: 3, value: c.men, border: true });
      if (c.suppressed) {
        cells.push({ row, col: 4, value: t("transparency.hidden", { limit: tr.settings.smallGroup }), border: true });
      } else {
        [c.basic.annual, c.basic.hourly, c.variable.annual, c.variable.hourly, c.total.hourly].forEach((value, i) =>
          cells.push({ row, col: 4 + i, value: percent(value), border: true, numberFormat: ONE_DECIMAL }),
        );
        const verdict = !c.jointAssessment
          ? t("transparency.none")
          : c.justification
            ? t("transparency.justified", { text: c.justification })
            : t("transparency.assess");
        cells.push({ row, col: 9, value: verdict, border: true, fill, wrap: true });
      }
      row++;
    }
    row += 2;
  }
  return {
    name: t("sheet.transparency"),
    cells,
    columnWidths: [44, 12, 12, 14, 14, 14, 14, 14, 40],
    charts,
    pageBreaks,
  };
}

export function basisText(tr: Pick<TransparencyResult, "categoryBasis">, ctx: Ctx): string {
  const { kind, column, bandWidth } = tr.categoryBasis;
  if (kind === "valuation") return ctx.t("transparency.basis.valuation", { column, width: bandWidth ?? 0 });
  if (kind === "title") return ctx.t("transparency.basis.title");
  return ctx.t("transparency.basis.column", { column });
}
