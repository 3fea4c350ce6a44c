/** KUS-ansökan (docs/templates.md): priorities 1..N, cost breakdowns that add up, the Totalt row, cost per employee. */
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate, type TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import type { DataRow, Table } from "../../sheet/table";
import { HEADER_LOOK, WriteList, type WriteLook } from "../../writes";
import { a1 } from "../../sheet/address";
import { cellText, compactLabel, isBlank } from "../../parse/cells";
import { headerUnitMultiplier } from "../../parse/amounts";
import { parseNumberCell } from "../../parse/numbers";
import { parseQuantity } from "../../parse/quantity";
import { FirstRows, formatSek, tableReader } from "../common";
import type { ColumnReader } from "../columnReader";
import { strings } from "./strings";
import type { KusApplication, KusResult } from "./result";
import { codes, wordings } from "./codes";
import { kusSummary } from "./summarySheet";
import { compareKus } from "./compare";
import { consolidateAction } from "./action";
import { KRONOR_FORMAT } from "../formats";

export type { KusApplication, KusResult } from "./result";

const columns = [
  { key: "priority", labels: ["Prio", "Prioritet", "Prioritering"] },
  { key: "application", labels: ["Kompetensutvecklingsinsats", "Insats", "Kompetensutvecklingsinsatser"] },
  { key: "requested", labels: ["Äskad summa", "Äskat belopp", "Sökt belopp", "Summa"] },
  { key: "training", labels: ["Utbildning", "Utbildningskostnad"] },
  { key: "substitutes", labels: ["Vikarietäckning", "Vikarier"] },
  { key: "otherCosts", labels: ["Övriga kostnader", "Övrigt"] },
  { key: "targetGroup", labels: ["Målgrupp"] },
  { key: "participants", labels: ["Antal medarbetare", "Antal deltagare"] },
] as const satisfies readonly ColumnSpec[];

/** Words that mean nothing extra is asked for in a cost cell. */
const NOTHING = /^(ingar|inga|ingen|saknas|0)$/;
/** A digit other than 0: a cost cell holding one states an amount (a constant, not an object made per cell). */
const NONZERO_DIGIT = /[1-9]/;

/** "Ansökningar KUS, Arbetsmarknadsförvaltningen" → "Arbetsmarknadsförvaltningen". */
export function organisationAbove(table: Table): string | null {
  for (let r = 0; r < table.header.headerTop; r++) {
    for (const value of table.grid.values[r]) {
      if (typeof value !== "string") continue;
      const match = value.match(/([A-ZÅÄÖ][\p{L}-]*förvaltning(en)?|[A-ZÅÄÖ][\p{L}-]*(nämnden|kontoret|bolaget))/u);
      if (match) return match[1];
    }
  }
  return null;
}

/** The table's findings and its reader. */
function readerOf(table: Table, ctx: Ctx) {
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  // Each column read on every row, found once.
  const cols = read.columnsOf([
    "priority",
    "application",
    "requested",
    "training",
    "substitutes",
    "otherCosts",
    "participants",
  ] as const);
  return { table, ctx, findings, read, cols };
}
type Reading = ReturnType<typeof readerOf>;

/** A cost in the breakdown: blank or "ingår" is nothing; otherwise an amount. */
function cost(col: ColumnReader, r: DataRow): number | null {
  if (!col.present) return null;
  const raw = col.raw(r);
  if (isBlank(raw)) return null;
  if (typeof raw === "string" && !NONZERO_DIGIT.test(raw) && NOTHING.test(compactLabel(raw))) return 0;
  return col.amount(r, false);
}

/** The costs the sum is made of, where the sheet gives any; they must add up to it. */
function breakdownOf(c: Reading, r: DataRow, requestedSek: number | null): KusApplication["breakdown"] {
  // Read in this order, each once (no list made per row).
  const trainingCost = cost(c.cols.training, r);
  const substitutesCost = cost(c.cols.substitutes, r);
  const otherCost = cost(c.cols.otherCosts, r);
  if (trainingCost === null && substitutesCost === null && otherCost === null) return null;
  const training = trainingCost ?? 0;
  const substitutes = substitutesCost ?? 0;
  const other = otherCost ?? 0;
  const sum = training + substitutes + other;
  if (requestedSek !== null && Math.abs(sum - requestedSek) > 0.005) {
    c.findings.add("BREAKDOWN_MISMATCH", c.cols.requested.address(r), r.row, {
      sum: formatSek(sum),
      requested: formatSek(requestedSek),
    });
  }
  return { training, substitutes, other };
}

/** Antal medarbetare: a headcount, a range (no cost per participant then) or unreadable. */
function participantsOf({ cols }: Reading, r: DataRow): number | null {
  const col = cols.participants;
  const raw = col.filled(r, false);
  if (raw === null) return null;
  const q = parseQuantity(raw);
  if (!q || q.value <= 0) {
    col.notA("NOT_A_NUMBER", r);
    return null;
  }
  if (q.high != null) {
    // "25-27 personer": no one headcount, so no cost per participant either.
    col.uncertain(r, { low: String(q.value), high: String(q.high) }, "NUMBER_RANGE");
    return null;
  }
  if (q.uncertain) col.uncertain(r, { parsed: String(q.value) });
  return q.value;
}

/** A total Plankoll writes below a table: bold. */
const BOLD: WriteLook = Object.freeze({ bold: true });

/** The sheet's Totalt row checked against the sum (its amount returned); without one, a total written below the table. */
function totalRow({ table, read, findings, ctx }: Reading, totalSek: number, n: number, writes: WriteList) {
  const { t } = ctx;
  if (table.totalRow) {
    const declaredTotalSek = read.amount(table.totalRow, "requested", true);
    if (declaredTotalSek !== null && Math.abs(declaredTotalSek - totalSek) > 0.005) {
      findings.add("TOTAL_MISMATCH", table.address(table.totalRow, "requested"), table.totalRow.row, {
        column: read.column("requested"),
        declared: formatSek(declaredTotalSek),
        computed: formatSek(totalSek),
      });
    }
    return declaredTotalSek;
  }
  if (n > 0) {
    // No Totalt row: write one below the table, in the column's own unit.
    const multiplier = headerUnitMultiplier(table.header.headers.requested ?? "");
    const row = table.lastIndex + 1 + table.grid.originRow;
    const labelColumn = table.header.columns.application;
    writes.add(row, table.grid.originCol + labelColumn, t("kus.totalLabel"), BOLD);
    writes.add(
      row,
      table.grid.originCol + table.header.columns.requested,
      Math.round((totalSek / multiplier) * 100) / 100,
      { bold: true, computed: t("kus.totalComputed", { count: n }) },
    );
  }
  return null;
}

function analyzeKus(table: Table, ctx: Ctx): TemplateOutcome<KusResult> {
  const { t } = ctx;
  const c = readerOf(table, ctx);
  const { findings, read } = c;
  // The sum and the cost per participant on each row; the headers and the total.
  const writes = new WriteList(2 * table.rows.length + 8);
  const applications: KusApplication[] = [];
  const out = table.grid.originCol + table.firstFreeColumn;
  const seen = new FirstRows();

  const { cols } = c;
  const priorityOf = (r: DataRow): number | null => {
    if (!cols.priority.usable(r)) return null;
    const raw = cols.priority.raw(r);
    // The address only when there is something to report: this runs on every row.
    const cell = () => cols.priority.address(r);
    if (isBlank(raw)) {
      findings.add("REQUIRED_MISSING", cell(), r.row, { column: read.column("priority") });
      return null;
    }
    const value = parseNumberCell(raw);
    if (value === null || !Number.isInteger(value) || value < 1) {
      findings.add("NOT_A_NUMBER", cell(), r.row, { value: cellText(raw) }, "PRIORITY_INVALID");
      return null;
    }
    const first = seen.get(value);
    if (first !== undefined) findings.add("PRIORITY_DUPLICATE", cell(), r.row, { value, firstRow: first });
    else seen.set(value, r.row);
    return value;
  };

  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const priority = priorityOf(r);
    const title = cols.application.requiredText(r);
    const requestedSek = cols.requested.amount(r, true);
    const breakdown = breakdownOf(c, r, requestedSek);
    const participants = participantsOf(c, r);
    const perParticipant = requestedSek !== null && participants ? Math.round(requestedSek / participants) : null;
    // A headcount so small the cost overflows (5e-324) gives none.
    const costPerParticipant = perParticipant !== null && Number.isFinite(perParticipant) ? perParticipant : null;
    applications.push({ row: r.row, priority, title, requestedSek, breakdown, participants, costPerParticipant });
    if (requestedSek !== null) writes.add(r.row, out, requestedSek);
    if (costPerParticipant !== null) writes.add(r.row, out + 1, costPerParticipant);
  }

  // Priorities 1..N, each once.
  const n = applications.length;
  const missing: number[] = [];
  for (let p = 1; p <= n; p++) if (!seen.has(p)) missing.push(p);
  if (missing.length) {
    const cell = a1(table.headerRow, table.grid.originCol + table.header.columns.priority);
    findings.add("PRIORITY_GAP", cell, table.headerRow, { count: n, missing: missing.join(", ") });
  }

  const totalSek = applications.reduce((sum, a) => sum + (a.requestedSek ?? 0), 0);
  const declaredTotalSek = totalRow(c, totalSek, n, writes);
  if (n > 0) {
    (["column.requestedSek", "column.costPerParticipant"] as const).forEach((key, i) =>
      writes.add(table.headerRow, out + i, t(key), HEADER_LOOK),
    );
  }
  return {
    findings: findings.items,
    writes,
    result: { organisation: organisationAbove(table), applications, totalSek, declaredTotalSek },
  };
}

declare module "../types" {
  interface TemplateTypes {
    kus: { result: KusResult; code: keyof typeof codes };
  }
}

export const kusTemplate = defineTemplate({
  id: "kus",
  strings,
  nameKey: "template.kus",
  names: ["kus-ansokan", "kusansokan"],
  codes,
  wordings,
  columns,
  layouts: [["priority", "application", "requested"]],
  analyze: analyzeKus,
  overview: (r: KusResult, t) =>
    t("pane.kusSummary", { applications: r.applications.length, total: formatSek(r.totalSek) }),
  summary: kusSummary,
  // Compared with last year's request where last year's workbook is given.
  workbook: compareKus,
  followsUp: true,
  blank: {
    sheet: "blank.kus.sheet",
    title: "blank.kus.title",
    rows: 50,
    columns: [
      { key: "blank.kus.priority", width: 8, numberFormat: "0" },
      { key: "blank.kus.application", width: 48 },
      { key: "blank.kus.requested", width: 16, numberFormat: KRONOR_FORMAT },
      { key: "blank.kus.training", width: 16, numberFormat: KRONOR_FORMAT },
      { key: "blank.kus.substitutes", width: 16, numberFormat: KRONOR_FORMAT },
      { key: "blank.kus.other", width: 16, numberFormat: KRONOR_FORMAT },
      { key: "blank.kus.targetGroup", width: 30 },
      { key: "blank.kus.participants", width: 16, numberFormat: "0" },
    ],
  },
  actions: [consolidateAction],
});
