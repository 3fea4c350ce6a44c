/**
 * "Plankoll Gemensam lönebedömning": for each category whose pay gap calls for a joint pay
 * assessment (Directive (EU) 2023/970 Art. 10), what Art. 10(2) asks the assessment to hold, in its
 * order: (a) the shares of women and men, (b)–(c) the differences in average pay level and in
 * complementary or variable components, (d) the reasons the workbook gives, (e) the share who got a
 * pay improvement after leave, (f) the measures, (g) the evaluation of earlier measures — with the
 * six-month deadline. What the workbook does not hold is an open point to fill in. Percentages and
 * headcounts only; a small category's figures stay hidden.
 */
import type { SheetSpec } from "../../plan";
import type { SheetReport } from "../types";
import type { Ctx } from "./strings";
import type { SalaryResult } from "./analyze";
import type { CategoryGap, Gap, LeaveShares } from "./transparency";
import type { PayMapping } from "./mapping";
import { Rows } from "./rows";
import { mappingOf } from "./workbook";
import { remedyDeadline } from "./payroll";
import { eventKey } from "../../parse/words";
import { formatNumber } from "../../parse/cells";

const PERCENT = "0.0";

const line = (rows: Rows, text: string) => rows.line(text);
/** A point the workbook cannot answer: its label and a box to write in. */
const openPoint = (rows: Rows, text: string) => rows.box(text, "E", 45);

/** (b)–(c): the category's gaps, or why they are not shown. */
function gaps(rows: Rows, c: CategoryGap, small: number, t: Ctx["t"]): void {
  if (c.suppressed) return line(rows, t("assess.hidden", { limit: small }));
  rows.header([t("assess.head.measure"), t("assess.head.annual"), t("assess.head.hourly")]);
  const row = (label: string, gap: Gap) =>
    rows.cellsRow([label, gap.annual ?? "–", gap.hourly ?? "–"], { formats: [undefined, PERCENT, PERCENT] });
  row(t("assess.basic"), c.basic);
  row(t("assess.variable"), c.variable);
  row(t("assess.payLevel"), c.total);
}

/** Each payroll's analyses by their befattning's key, made once for every category. */
const analysed = new WeakMap<SalaryResult, Map<string, string>>();
function analysesOf(result: SalaryResult): Map<string, string> {
  let byKey = analysed.get(result);
  if (!byKey) {
    byKey = new Map(
      result.positions.filter((p) => p.analysis).map((p) => [eventKey(p.title), `${p.title}: ${p.analysis}`]),
    );
    analysed.set(result, byKey);
  }
  return byKey;
}

/** (d): the reasons the workbook gives for the category's befattningar: the payroll's and the analysis sheet's. */
function reasons(c: CategoryGap, result: SalaryResult, mapping: PayMapping | null): string[] {
  const keys = new Set([...c.titles, c.category].map(eventKey));
  const byKey = analysesOf(result);
  const fromPayroll = [...keys].flatMap((key) => (byKey.has(key) ? [byKey.get(key)!] : []));
  const fromSheet = (mapping?.analyses ?? [])
    .filter((a) => keys.has(eventKey(a.entry.subject)) && a.entry.analysis)
    .map((a) => `${a.entry.subject}: ${a.entry.analysis}`);
  return [...(c.justification ? [c.justification] : []), ...fromPayroll, ...fromSheet];
}

/** (f)–(g): this year's measures and last year's followed up, for the category's befattningar. */
function measures(c: CategoryGap, mapping: PayMapping | null) {
  const keys = new Set([...c.titles, c.category].map(eventKey));
  const about = (subject: string) => keys.has(eventKey(subject));
  return {
    planned: (mapping?.planned ?? []).filter((p) => about(p.entry.subject)).map((p) => p.entry),
    followed: (mapping?.followUps ?? []).filter((f) => about(f.entry.subject)),
  };
}

/** (e) as the payroll tells it: of those who returned from leave, the share of each sex with a pay improvement. */
function leaveText(leave: LeaveShares, t: Ctx["t"]): string {
  const share = (value: number | null) => (value === null ? t("assess.eNone") : `${formatNumber(value, 1)} %`);
  return t("assess.eShares", {
    women: share(leave.womenShare),
    men: share(leave.menShare),
    womenReturned: leave.womenReturned,
    menReturned: leave.menReturned,
    womenRaised: leave.womenRaised,
    menRaised: leave.menRaised,
  });
}

function category(rows: Rows, c: CategoryGap, result: SalaryResult, mapping: PayMapping | null, ctx: Ctx) {
  const { t, settings } = ctx;
  const deadline = remedyDeadline(settings.salary.reportDate || ctx.today);
  rows.heading(t("assess.category", { category: c.name }));
  line(rows, t("assess.deadline", { deadline, limit: formatNumber(settings.salary.jointAssessment, 1) }));
  const both = c.women + c.men;
  line(
    rows,
    t("assess.a", {
      women: c.women,
      men: c.men,
      womenShare: formatNumber(both ? (c.women / both) * 100 : 0, 1),
      menShare: formatNumber(both ? (c.men / both) * 100 : 0, 1),
    }),
  );
  line(rows, t("assess.bc"));
  gaps(rows, c, settings.salary.smallGroup, t);
  const why = reasons(c, result, mapping);
  line(rows, t("assess.d"));
  if (why.length) why.forEach((text) => line(rows, `– ${text}`));
  else openPoint(rows, t("assess.dOpen"));
  line(rows, t("assess.e"));
  if (c.leave) line(rows, leaveText(c.leave, t));
  else openPoint(rows, t(c.suppressed ? "assess.eHidden" : "assess.eOpen", { limit: settings.salary.smallGroup }));
  const { planned, followed } = measures(c, mapping);
  line(rows, t("assess.f"));
  if (planned.length) planned.forEach((e) => line(rows, `– ${e.subject}: ${e.measure}${e.year ? ` (${e.year})` : ""}`));
  else openPoint(rows, t("assess.fOpen"));
  line(rows, t("assess.g"));
  if (followed.length)
    followed.forEach((f) =>
      line(rows, `– ${f.entry.subject}: ${f.entry.measure} – ${t(`doc.done.${f.entry.done ?? "unstated"}` as never)}`),
    );
  else openPoint(rows, t("assess.gOpen"));
  openPoint(rows, t("assess.together"));
  rows.row++;
}

export function assessmentSheet(
  results: readonly { sheet: string; result: SalaryResult }[],
  reports: readonly SheetReport[],
  ctx: Ctx,
): SheetSpec | null {
  const triggered = results.flatMap(({ sheet, result }) =>
    (result.transparency?.categories ?? []).filter((c) => c.verdict === "assess").map((c) => ({ sheet, result, c })),
  );
  if (triggered.length === 0) return null;
  const mapping = mappingOf(reports, ctx);
  const rows = new Rows();
  rows.cells.push({ row: rows.row++, col: 1, value: ctx.t("assess.title"), bold: true });
  line(rows, ctx.t("assess.law"));
  rows.row++;
  const pageBreaks: number[] = [];
  triggered.forEach(({ sheet, result, c }, i) => {
    if (i > 0) pageBreaks.push(rows.row);
    if (results.length > 1) line(rows, ctx.t("doc.payroll", { sheet }));
    category(rows, c, result, mapping, ctx);
  });
  return {
    name: ctx.t("sheet.assessment"),
    cells: rows.cells,
    columnWidths: [44, 16, 16, 16, 16],
    merges: rows.merges,
    rowHeights: rows.heights,
    pageBreaks,
  };
}
