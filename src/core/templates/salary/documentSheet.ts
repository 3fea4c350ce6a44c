/**
 * "Plankoll Lönekartläggning dok": the written documentation of the lönekartläggning in the order
 * diskrimineringslagen asks for it (3 kap. 8–14 §§): how the survey was made, lika arbete,
 * likvärdigt arbete, the pay adjustments with their cost and timetable, last year's measures
 * followed up, and what the workbook cannot hold (samverkan, the employer's assessment) as open
 * points. A result sheet like the others: it stays in the workbook (amounts included) and Rensa
 * removes it.
 */
import type { SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import type { SheetReport } from "../types";
import type { Ctx } from "./strings";
import type { Comparison, MappedPayroll, PayMapping } from "./mapping";
import { Rows } from "./rows";
import { formatNumber } from "../../parse/cells";
import { mappingOf, adjustmentWords, comparisonText } from "./workbook";

const PERCENT = "0.0";
const KRONOR = "#,##0";
const TWO = "0.00";

type Heads = Parameters<Ctx["t"]>[0];

/** A section's heading, a line below the one before. */
function heading(rows: Rows, text: string): void {
  rows.row++;
  rows.heading(text);
}

const prose = (rows: Rows, text: string) => rows.line(text);

/** 1. How the survey was made: the data, the date, the limits, the method and the evaluation. */
function method(rows: Rows, mapping: PayMapping, ctx: Ctx): void {
  const { t } = ctx;
  const s = mapping.settings;
  heading(rows, t("doc.method"));
  for (const m of mapping.payrolls) {
    const p = m.result.positions;
    const count = (key: "women" | "men" | "other") => p.reduce((n, x) => n + x[key], 0);
    prose(
      rows,
      t("doc.data", {
        sheet: m.sheet,
        positions: p.length,
        women: count("women"),
        men: count("men"),
        other: count("other"),
      }),
    );
  }
  prose(rows, t("doc.date", { date: ctx.today }));
  prose(rows, t("doc.basis"));
  prose(rows, t("doc.limits", { low: s.lowLimit, high: s.highLimit, small: s.smallGroup }));
  prose(rows, t(`doc.valuation.${mapping.valuation}`, { sheets: mapping.evaluationSheets.join(", ") }));
  const evaluation = mapping.evaluation;
  if (mapping.valuation !== "evaluation" || !evaluation) return;
  prose(rows, t(`doc.weights.${evaluation.weightsFrom}`));
  rows.header([t("doc.head.factor"), t("doc.head.criterion"), t("doc.head.weight"), t("doc.head.scale")]);
  for (const f of evaluation.weights)
    rows.cellsRow([f.name, t(`doc.criterion.${f.criterion}`), f.weight, `${f.scale[0]}–${f.scale[1]}`], {
      formats: [undefined, undefined, PERCENT],
    });
  prose(rows, t(evaluation.groupsFrom === "column" ? "doc.groups.column" : "doc.groups.bands"));
  rows.header([t("doc.head.group"), t("doc.head.points"), t("doc.head.jobs")]);
  rows.merges.push(`C${rows.row - 1}:H${rows.row - 1}`);
  for (const g of evaluation.groups) {
    const points = `${formatNumber(g.minPoints, 1)}–${formatNumber(g.maxPoints, 1)}`;
    // The jobs take the rest of the row: a group can hold many.
    rows.merges.push(`C${rows.row}:H${rows.row}`);
    rows.cellsRow([g.group, points, g.jobs.join(", ")]);
  }
}

const yesNo = (value: boolean | null | undefined, t: Ctx["t"]) =>
  value === true ? t("salary.yes") : value === false ? t("salary.no") : "";

/** The analysis as the sheet states it, or the words that it is missing. */
function analysisText(c: Comparison, t: Ctx["t"]): string {
  if (!c.flagged) return "";
  if (!c.analysis) return t("doc.analysisMissing");
  return c.analysis.text ?? t("doc.analysisGroundsOnly");
}

/** 2. Lika arbete: every befattning, women's pay as a percent of men's, flagged or not. */
function equalWork(rows: Rows, m: MappedPayroll, ctx: Ctx): void {
  const { t } = ctx;
  rows.header(
    (["title", "group", "women", "men", "ratio", "flag", "grounds", "analysis"] as const).map((h) =>
      t(`doc.head.${h}` as Heads),
    ),
  );
  const groupOf = new Map(m.positions.map((p) => [p.position, p.job?.group ?? null]));
  const byPosition = new Map(m.comparisons.filter((c) => c.kind === "equalWork").map((c) => [c.position, c]));
  for (const p of m.result.positions) {
    const c = byPosition.get(p);
    const flag = p.flag === "low" ? t("doc.flag.low") : p.flag === "high" ? t("doc.flag.high") : "";
    const fill = p.flag ? (c?.analysis?.justified ? COLORS.info : COLORS.warning) : undefined;
    const note =
      p.ratio === null
        ? t((p.women === 0) !== (p.men === 0) ? "doc.oneSex" : "doc.notCompared")
        : c
          ? analysisText(c, t)
          : "";
    rows.cellsRow(
      [p.title, groupOf.get(p) ?? "", p.women, p.men, p.ratio ?? "–", flag, yesNo(c?.analysis?.justified, t), note],
      { fill, formats: [undefined, undefined, undefined, undefined, PERCENT] },
    );
  }
}

/** 3. Likvärdigt arbete: each flagged comparison in full; each job's comparisons above the lower limit in one line. */
function equalValue(rows: Rows, m: MappedPayroll, mapping: PayMapping, ctx: Ctx): void {
  const { t } = ctx;
  const list = m.comparisons.filter((c) => c.kind === "equalValue");
  if (mapping.valuation === "none") return prose(rows, t("doc.valuation.none"));
  if (list.length === 0) return prose(rows, t("doc.equalValueNone"));
  rows.header(
    (["womenJob", "value", "compared", "comparedValue", "percent", "flag", "grounds", "analysis"] as const).map((h) =>
      t(`doc.head.${h}` as Heads),
    ),
  );
  const byJob = new Map<Comparison["position"], Comparison[]>();
  for (const c of list) byJob.set(c.position, [...(byJob.get(c.position) ?? []), c]);
  for (const [position, comparisons] of byJob) {
    for (const c of comparisons.filter((c) => c.flagged)) {
      const fill = c.analysis?.justified ? COLORS.info : COLORS.warning;
      rows.cellsRow(
        [
          position.title,
          c.value ?? "",
          c.compared!.title,
          c.comparedValue ?? "",
          c.percent,
          t("doc.flag.low"),
          yesNo(c.analysis?.justified, t),
          analysisText(c, t),
        ],
        { fill, formats: [undefined, undefined, undefined, undefined, PERCENT] },
      );
    }
    // Above the lower limit: not flagged, said in one line with the range of percents.
    const above = comparisons.filter((c) => !c.flagged);
    if (above.length === 0) continue;
    const percents = above.map((c) => c.percent);
    const range = `${formatNumber(Math.min(...percents), 1)}–${formatNumber(Math.max(...percents), 1)} %`;
    const names = above.length === 1 ? above[0].compared!.title : t("doc.othersAbove", { count: above.length });
    rows.cellsRow([position.title, above[0].value ?? "", names, "", above.length === 1 ? above[0].percent : range], {
      formats: [undefined, undefined, undefined, undefined, PERCENT],
    });
  }
}

/** 4. The adjustments needed, their cost, and the timetable in equal steps within the years set. */
function adjustments(rows: Rows, m: MappedPayroll, mapping: PayMapping, ctx: Ctx): void {
  const { t } = ctx;
  prose(rows, t(`doc.target.${mapping.settings.adjustmentTarget}`, { low: mapping.settings.lowLimit }));
  if (m.adjustments.length === 0) return prose(rows, t("doc.noAdjustments"));
  rows.header(
    (["title", "comparison", "people", "fte", "from", "to", "cost", "who"] as const).map((h) =>
      t(`doc.head.${h}` as Heads),
    ),
  );
  for (const a of m.adjustments) {
    const words = adjustmentWords(a, ctx);
    rows.cellsRow(
      [a.position.title, comparisonText(a, t), a.people, a.fte, a.from, a.to, a.annual, `${words.who} ${words.method}`],
      { formats: [undefined, undefined, undefined, TWO, KRONOR, KRONOR, KRONOR] },
    );
  }
  const { total } = m;
  rows.cells.push(
    { row: rows.row, col: 1, value: t("doc.total"), bold: true, border: true },
    { row: rows.row, col: 7, value: total.annual, bold: true, border: true, numberFormat: KRONOR },
  );
  rows.row++;
  if (total.share !== null) prose(rows, t("doc.share", { share: total.share.toLocaleString("sv-SE") }));
  if (m.overlapping.length) prose(rows, t("doc.overlap", { titles: m.overlapping.join(", ") }));
  timetable(rows, m, mapping, ctx);
}

/** Raised in equal steps: each year's raise and the yearly cost once it is made (raises are permanent). */
function timetable(rows: Rows, m: MappedPayroll, mapping: PayMapping, ctx: Ctx): void {
  const { t } = ctx;
  const { total } = m;
  rows.header([t("doc.head.year"), t("doc.head.step"), t("doc.head.yearly")]);
  for (let i = 1; i <= total.years; i++) {
    // The last step takes what rounding left, so the steps sum to the total.
    const step = i < total.years ? total.step : total.annual - total.step * (total.years - 1);
    const yearly = i < total.years ? total.step * i : total.annual;
    rows.cellsRow([mapping.year + i, step, yearly], { formats: [undefined, KRONOR, KRONOR] });
  }
}

/** The employer's own measures for this year, as the sheet Analys och åtgärder plans them. */
function planned(rows: Rows, mapping: PayMapping, ctx: Ctx): void {
  const { t } = ctx;
  if (mapping.planned.length === 0) return;
  prose(rows, t("doc.planned"));
  rows.header((["subject", "measure", "amount", "year"] as const).map((h) => t(`doc.head.${h}` as Heads)));
  for (const { entry } of mapping.planned)
    rows.cellsRow([entry.subject, entry.measure, entry.amount ?? "", entry.year ?? ""], {
      formats: [undefined, undefined, KRONOR],
    });
}

/** 5. Last year's measures: carried out or not, and whether the difference is still flagged. */
function followUp(rows: Rows, mapping: PayMapping, ctx: Ctx): void {
  const { t } = ctx;
  heading(rows, t("doc.followUp"));
  if (mapping.followUps.length === 0) return prose(rows, t("doc.noFollowUp"));
  rows.header(
    (["subject", "measure", "year", "amount", "done", "status", "source"] as const).map((h) =>
      t(`doc.head.${h}` as Heads),
    ),
  );
  for (const f of mapping.followUps) {
    const { entry } = f;
    const done = entry.done === null ? t("doc.done.unstated") : t(`doc.done.${entry.done}`);
    const fill = entry.done !== "yes" || f.status === "persists" ? COLORS.warning : undefined;
    rows.cellsRow(
      [
        entry.subject,
        entry.measure ?? "",
        entry.year ?? "",
        entry.amount ?? "",
        done,
        t(`doc.status.${f.status}`),
        f.fromPrevious ? t("doc.fromPrevious", { sheet: f.sheet }) : f.sheet,
      ],
      { fill, formats: [undefined, undefined, undefined, KRONOR] },
    );
  }
}

/** 6. What the law asks for that the workbook cannot hold: to be filled in by hand. */
function openPoints(rows: Rows, ctx: Ctx): void {
  const { t } = ctx;
  heading(rows, t("doc.open"));
  // Each point a label and a box to write in, the width of the rest of the page.
  for (const key of ["doc.open.rules", "doc.open.cooperation", "doc.open.assessment", "doc.open.signed"] as const)
    rows.box(t(key), "H", key === "doc.open.signed" ? 30 : 60);
}

/** Each payroll's part of a section, under its own name where the workbook has several. */
function perPayroll(rows: Rows, mapping: PayMapping, ctx: Ctx, write: (m: MappedPayroll) => void): void {
  for (const m of mapping.payrolls) {
    if (mapping.payrolls.length > 1) prose(rows, ctx.t("doc.payroll", { sheet: m.sheet }));
    write(m);
  }
}

export function documentationSheet(reports: readonly SheetReport[], ctx: Ctx): SheetSpec | null {
  const mapping = mappingOf(reports, ctx);
  if (!mapping) return null;
  const { t } = ctx;
  const rows = new Rows();
  rows.cells.push({ row: rows.row++, col: 1, value: t("doc.title", { year: mapping.year }), bold: true });
  prose(rows, t("doc.law"));
  method(rows, mapping, ctx);
  heading(rows, t("doc.equalWork"));
  perPayroll(rows, mapping, ctx, (m) => equalWork(rows, m, ctx));
  heading(rows, t("doc.equalValue"));
  perPayroll(rows, mapping, ctx, (m) => equalValue(rows, m, mapping, ctx));
  heading(rows, t("doc.adjustments", { years: mapping.settings.adjustmentYears }));
  perPayroll(rows, mapping, ctx, (m) => adjustments(rows, m, mapping, ctx));
  planned(rows, mapping, ctx);
  followUp(rows, mapping, ctx);
  openPoints(rows, ctx);
  return {
    name: t("sheet.documentation"),
    cells: rows.cells,
    columnWidths: [28, 24, 10, 10, 12, 12, 14, 40],
    merges: rows.merges,
    rowHeights: rows.heights,
  };
}
