/** The "Plankoll Lönekartläggning" sheet: the per-befattning table HR documents, flags in words, and a chart. */
import { COLORS, type ChartSpec, type SheetCell, type SheetSpec } from "../../plan";
import type { Ctx } from "./strings";
import type { SalaryResult, Position } from "./analyze";
import { formatNumber } from "../../parse/cells";
import { a1 } from "../../sheet/address";
import { KRONOR_FORMAT } from "../formats";
import { flagLimit, payFlag } from "./flag";
import { equalValueGapsOf } from "./equalValue";

const HEADS = [
  "title",
  "women",
  "men",
  "other",
  "shareWomen",
  "womenMean",
  "menMean",
  "womenMedian",
  "menMedian",
  "ratio",
  "flag",
  "balanced",
  "womenDominated",
  "valuation",
] as const;

/** Percentages and the ratio with the one decimal the city's report promises; pay in whole kronor. */
const ONE_DECIMAL = "0.0";
const KRONOR = KRONOR_FORMAT;
const COLUMN_FORMATS: Partial<Record<(typeof HEADS)[number], string>> = {
  shareWomen: ONE_DECIMAL,
  womenMean: KRONOR,
  menMean: KRONOR,
  womenMedian: KRONOR,
  menMedian: KRONOR,
  ratio: ONE_DECIMAL,
};

/** The chart's size: rows down and columns across (it covers its data in the first four). */
const CHART_ROWS = 20;
const CHART_COLUMNS = 10;

/** One row per befattning: counts, means, medians, the ratio and its flag, balance, women-dominated, valuation. */
function positionRows(result: SalaryResult, ctx: Ctx, cells: SheetCell[], at: number): number {
  const { t } = ctx;
  const { low, high } = result.limits;
  const yesNo = (value: boolean | null) => (value === null ? "" : t(value ? "salary.yes" : "salary.no"));
  const flagText = (p: Position) => {
    const flag = payFlag(p);
    return t(`salary.flag.${flag}`, { limit: flagLimit(flag, { low, high }) ?? "" });
  };
  let row = at;
  for (const p of result.positions) {
    row++;
    const fill = p.flag ? COLORS.warning : undefined;
    const values: (string | number)[] = [
      p.title,
      p.women,
      p.men,
      p.other,
      p.shareWomen ?? "",
      p.womenMean ?? "",
      p.menMean ?? "",
      p.womenMedian ?? "",
      p.menMedian ?? "",
      p.ratio ?? "",
      flagText(p),
      yesNo(p.balanced),
      yesNo(p.womenDominated),
      p.valuation ?? "",
    ];
    values.forEach((value, i) =>
      cells.push({ row, col: i + 1, value, fill, border: true, numberFormat: COLUMN_FORMATS[HEADS[i]] }),
    );
  }
  return row;
}

/** The women-dominated befattningar paid less than others of equal or lower value; returns the next free row. */
function equalValueRows(result: SalaryResult, ctx: Ctx, cells: SheetCell[], at: number): number {
  // One at a time from the pairs the analysis kept: a register's tens of thousands, no list made.
  const gaps = equalValueGapsOf(result);
  if (!gaps.length) return at;
  const { t } = ctx;
  let row = at;
  cells.push({ row, col: 1, value: t("salary.equalValue"), bold: true });
  row++;
  (["title", "valuation", "compared", "comparedValuation", "gap"] as const).forEach((head, i) =>
    cells.push({ row, col: i + 1, value: t(`salary.head.${head}`), bold: true, fill: COLORS.header, border: true }),
  );
  for (let k = 0; k < gaps.length; k++) {
    const gap = gaps.at(k);
    row++;
    [gap.title, gap.valuation, gap.comparedWith, gap.comparedValuation, gap.percentOfCompared].forEach((value, i) =>
      cells.push({ row, col: i + 1, value, fill: COLORS.warning, border: true }),
    );
  }
  return row + 2;
}

/**
 * The chart of ratios against the limits, from its own data (befattning, ratio and the two
 * limits) under the chart, which covers it: written only where the chart is drawn, never printed
 * beside the table. Returns the row after it, or null where nothing is comparable.
 */
function ratioChart(result: SalaryResult, ctx: Ctx, top: number, charts: ChartSpec[]): number | null {
  const { t } = ctx;
  const { low, high } = result.limits;
  const comparable = result.positions.filter((p) => p.ratio !== null);
  if (!comparable.length) return null;
  const data: SheetCell[] = [];
  [
    t("salary.head.title"),
    t("salary.head.ratio"),
    t("salary.limitLow", { limit: low }),
    t("salary.limitHigh", { limit: high }),
  ].forEach((value, i) => data.push({ row: top, col: 1 + i, value, bold: true }));
  comparable.forEach((p, i) => {
    [p.title, p.ratio!, low, high].forEach((value, j) =>
      data.push({ row: top + 1 + i, col: 1 + j, value, numberFormat: j > 0 ? ONE_DECIMAL : undefined }),
    );
  });
  const height = Math.max(CHART_ROWS, comparable.length + 2);
  charts.push({
    title: t("salary.chartTitle"),
    data: `${a1(top, 1)}:${a1(top + comparable.length, 4)}`,
    lineSeries: [1, 2],
    anchor: a1(top, 1),
    to: a1(top + height, CHART_COLUMNS),
    cells: data,
  });
  return top + height + 2;
}

export function salarySummarySheet(results: readonly { sheet: string; result: SalaryResult }[], ctx: Ctx): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [];
  const charts: ChartSpec[] = [];
  let row = 1;
  // Each payroll's analysis starts a printed page.
  const pageBreaks: number[] = [];
  for (const { sheet, result } of results) {
    if (row > 1) pageBreaks.push(row);
    const { low, high } = result.limits;
    cells.push({ row, col: 1, value: t("salary.title"), bold: true });
    cells.push({ row: row + 1, col: 1, value: t("salary.source", { sheet, low, high }) });
    row += 3;
    HEADS.forEach((head, i) =>
      cells.push({
        row,
        col: i + 1,
        value: t(`salary.head.${head}`),
        bold: true,
        wrap: true,
        fill: COLORS.header,
        border: true,
      }),
    );
    row = positionRows(result, ctx, cells, row);
    const lastDataRow = row;
    row += 2;
    cells.push({ row, col: 1, value: t("salary.flagged", { low, high, count: result.flagged }), bold: true });
    row++;
    const share = result.balancedShare === null ? t("notApplicable") : `${formatNumber(result.balancedShare, 1)} %`;
    cells.push({ row, col: 1, value: t("salary.balancedShare", { share }), bold: true });
    row += 2;
    row = equalValueRows(result, ctx, cells, row);
    row = ratioChart(result, ctx, Math.max(row, lastDataRow + 2), charts) ?? row;
  }
  return {
    name: t("sheet.salary"),
    cells,
    columnWidths: [32, 9, 9, 10, 10, 12, 12, 12, 12, 12, 16, 12, 14, 12],
    charts,
    pageBreaks,
  };
}
