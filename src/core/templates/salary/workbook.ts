/**
 * The lönekartläggning's findings across the workbook (mapping.ts): befattningar not evaluated,
 * equal-value gaps by the evaluation's groups, flagged comparisons without analysis, the
 * adjustments needed with their cost, and last year's measures followed up. Amounts are said only
 * for groups at or above the small-group setting; below it the documentation sheet alone shows them.
 */
import type { SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { Position } from "./analyze";
import { payMapping, type Adjustment, type Comparison, type MappedPayroll, type PayMapping } from "./mapping";
import { formatNumber } from "../../parse/cells";
import { sheetRef } from "../../sheet/address";

type Findings = ReturnType<Ctx["findings"]>;

/** One mapping per analysis: the findings and the documentation sheet read the same one. */
const computed = new WeakMap<readonly SheetReport[], PayMapping | null>();

export function mappingOf(reports: readonly SheetReport[], ctx: Ctx): PayMapping | null {
  if (!computed.has(reports))
    computed.set(reports, payMapping(reports, ctx.settings.salary, ctx.today, ctx.previous ?? []));
  return computed.get(reports)!;
}

const kr = (value: number) => formatNumber(Math.round(value));

/** "lika arbete (kvinnors lön i procent av mäns)", "likvärdigt arbete jämfört med Ekonom". */
export function comparisonText(c: Pick<Comparison, "kind" | "compared">, t: Ctx["t"]): string {
  return c.kind === "equalWork"
    ? t("mapping.equalWork")
    : t("mapping.equalValue", { compared: c.compared?.title ?? "" });
}

/** How an adjustment raises its side, in words: who, to what. */
export function adjustmentWords(a: Adjustment, ctx: Ctx): { who: string; method: string } {
  const { t, settings } = ctx;
  const other =
    a.kind === "equalValue"
      ? (a.compared?.title ?? "")
      : t(a.side === "women" ? "mapping.other.men" : "mapping.other.women");
  const method =
    settings.salary.adjustmentTarget === "equal"
      ? t("mapping.method.equal", { other })
      : t("mapping.method.lowLimit", {
          other,
          limit: a.side === "men" ? settings.salary.highLimit : settings.salary.lowLimit,
        });
  return { who: t(`mapping.who.${a.side}`), method };
}

function positionFindings(mapped: MappedPayroll, mapping: PayMapping, t: Ctx["t"], findings: Findings): void {
  if (mapping.valuation !== "evaluation") return;
  const sheets = mapping.evaluationSheets.join(", ");
  for (const { position: p, job, how } of mapped.positions) {
    if (!job) findings.add("JOB_NOT_EVALUATED", p.cell, p.row, { title: p.title, sheets });
    else if (how !== "name")
      findings.add("JOB_LINKED_BY_TEXT", p.cell, p.row, {
        title: p.title,
        job: job.job,
        at: job.at,
        how: how === "code" ? t("mapping.how.code", { code: p.code ?? "" }) : t("mapping.how.words"),
      });
  }
}

/** The evaluation's equal-value gaps, one finding per women-dominated job listing those paid more. */
function equalValueFindings(mapped: MappedPayroll, mapping: PayMapping, findings: Findings): void {
  if (mapping.valuation !== "evaluation") return;
  const byPosition = new Map<Position, Comparison[]>();
  for (const c of mapped.comparisons.filter((c) => c.kind === "equalValue"))
    byPosition.set(c.position, [...(byPosition.get(c.position) ?? []), c]);
  for (const [p, list] of byPosition)
    findings.add("PAY_EQUAL_VALUE_GAP", p.cell, p.row, {
      title: p.title,
      group: list[0].value ?? "",
      others: list.map((c) => `${c.compared!.title} (${c.comparedValue}, ${formatNumber(c.percent, 1)} %)`).join(", "),
    });
}

/** Flagged comparisons without an analysis: equal work per befattning, equal value per job (its widest gap). */
function analysisFindings(mapped: MappedPayroll, ctx: Ctx, findings: Findings): void {
  const said = new Set<string>();
  for (const c of mapped.comparisons) {
    if (!c.flagged || c.analysis !== null) continue;
    const key = `${c.kind} ${c.position.row}`;
    if (said.has(key)) continue;
    said.add(key);
    findings.add("PAY_ANALYSIS_MISSING", c.position.cell, c.position.row, {
      title: c.position.title,
      comparison: comparisonText(c, ctx.t),
      percent: formatNumber(c.percent, 1),
    });
  }
}

function adjustmentFindings(mapped: MappedPayroll, ctx: Ctx, findings: Findings): void {
  const limit = ctx.settings.salary.smallGroup;
  for (const a of mapped.adjustments) {
    const p = a.position;
    const params = {
      title: p.title,
      comparison: comparisonText(a, ctx.t),
      ...adjustmentWords(a, ctx),
      people: a.people,
      fte: formatNumber(a.fte, 2),
      limit,
    };
    if (a.small) findings.add("PAY_ADJUSTMENT_NEEDED", p.cell, p.row, params, "PAY_ADJUSTMENT_SMALL");
    else findings.add("PAY_ADJUSTMENT_NEEDED", p.cell, p.row, { ...params, cost: kr(a.annual) });
  }
  if (mapped.adjustments.length === 0) return;
  const first = mapped.result.positions[0];
  const { total } = mapped;
  const counts = { count: mapped.adjustments.length, limit };
  // A total that holds a small group's cost would give it away by subtraction: then no amount at all.
  if (total.people < limit || mapped.adjustments.some((a) => a.small))
    findings.add("PAY_ADJUSTMENT_TOTAL", first.cell, first.row, counts, "PAY_ADJUSTMENT_TOTAL_SMALL");
  else
    findings.add("PAY_ADJUSTMENT_TOTAL", first.cell, first.row, {
      ...counts,
      total: kr(total.annual),
      share: total.share === null ? "–" : formatNumber(total.share, 2),
      years: total.years,
      step: kr(total.step),
    });
}

/** Last year's measures: not carried out, and gaps still flagged or closed. */
function followUpFindings(mapping: PayMapping, ctx: Ctx, out: WorkbookFinding[]): void {
  const findings = ctx.findings();
  const firstPayroll = mapping.payrolls[0];
  for (const f of mapping.followUps) {
    const before = findings.items.length;
    const { entry } = f;
    // Last year's file is not this workbook: its findings stand on this year's befattning, or the payroll's first.
    const place = f.fromPrevious
      ? (f.comparison?.position ?? firstPayroll.result.positions[0])
      : { cell: entry.cell, row: entry.row };
    const sheet = f.fromPrevious
      ? (mapping.payrolls.find((m) => m.comparisons.includes(f.comparison!))?.sheet ?? firstPayroll.sheet)
      : f.sheet;
    const params = {
      subject: f.fromPrevious ? `${entry.subject} (${sheetRef(f.sheet, entry.cell)})` : entry.subject,
      measure: entry.measure ?? "",
      year: entry.year ?? "–",
      done: ctx.t(entry.done === "no" ? "mapping.done.no" : "mapping.done.unstated"),
    };
    if (entry.done === "partly")
      findings.add("PAY_ACTION_NOT_DONE", place.cell, place.row, params, "PAY_ACTION_PARTLY");
    else if (entry.done !== "yes") findings.add("PAY_ACTION_NOT_DONE", place.cell, place.row, params);
    if (f.status === "persists" && f.comparison)
      findings.add("PAY_GAP_PERSISTS", place.cell, place.row, {
        ...params,
        comparison: comparisonText(f.comparison, ctx.t),
        percent: formatNumber(f.comparison.percent, 1),
      });
    if (f.status === "closed") findings.add("PAY_GAP_CLOSED", place.cell, place.row, params);
    for (const finding of findings.items.slice(before)) out.push({ sheet, finding });
  }
}

/** The workbook's lönekartläggning findings; null where it has no payroll. */
export function payrollWorkbook(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const mapping = mappingOf(reports, ctx);
  if (!mapping) return null;
  const out: WorkbookFinding[] = [];
  for (const mapped of mapping.payrolls) {
    const findings = ctx.findings();
    const first = mapped.result.positions[0];
    if (mapping.valuation === "none" && first) findings.add("EQUAL_VALUE_NOT_ASSESSED", first.cell, first.row, {});
    positionFindings(mapped, mapping, ctx.t, findings);
    equalValueFindings(mapped, mapping, findings);
    analysisFindings(mapped, ctx, findings);
    adjustmentFindings(mapped, ctx, findings);
    for (const finding of findings.items) out.push({ sheet: mapped.sheet, finding });
  }
  if (mapping.payrolls.length && mapping.payrolls[0].result.positions.length) followUpFindings(mapping, ctx, out);
  return out.length ? out : null;
}
