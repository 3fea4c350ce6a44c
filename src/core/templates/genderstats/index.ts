/** Könsuppdelad statistik (docs/templates.md): totals that add up, shares of women and men, 40/60 balance. */
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate, type TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import type { DataRow, Table } from "../../sheet/table";
import { COLORS } from "../../plan";
import { HEADER_LOOK, WriteList, fillLook } from "../../writes";
import { cellText, formatNumber, isBlank } from "../../parse/cells";
import { oneDecimal, tableReader } from "../common";
import { strings } from "./strings";
import type { GenderRow, GenderStatsResult } from "./result";
import { GenderRowColumns, rowCounts } from "./kept";

export type { GenderRow, GenderStatsResult } from "./result";

const columns = [
  {
    key: "label",
    labels: ["Kategori", "Grupp", "Område", "Verksamhet", "Enhet", "Insats", "Utbildning", "Utbildningsinsats"],
  },
  { key: "women", labels: ["Kvinnor", "Antal kvinnor", "K", "Flickor"] },
  { key: "men", labels: ["Män", "Antal män", "M", "Pojkar"] },
  { key: "other", labels: ["Annat/Ej angivet", "Annat", "Ej angivet", "Annan", "Övriga", "Icke-binär"] },
  { key: "total", labels: ["Totalt", "Total", "Summa", "Antal totalt", "Samtliga"] },
] as const satisfies readonly ColumnSpec[];

type Column = "women" | "men" | "other" | "total";

/** Each sex's share of the row's total, and whether women and men are evenly split (annat counts in the total only). */
function balanceOf(women: number | null, men: number | null, total: number | null, minShare: number) {
  if (women === null || men === null || !total)
    return { known: false, shareWomen: null, shareMen: null, balanced: null, underrepresented: null } as const;
  const womenOfTwo = women + men > 0 ? (women / (women + men)) * 100 : 50;
  const underrepresented: GenderRow["underrepresented"] =
    womenOfTwo < minShare ? "women" : womenOfTwo > 100 - minShare ? "men" : null;
  return {
    known: true,
    shareWomen: oneDecimal((women / total) * 100),
    shareMen: oneDecimal((men / total) * 100),
    balanced: womenOfTwo >= minShare && womenOfTwo <= 100 - minShare,
    underrepresented,
  } as const;
}

/** A Totalt row below the table equals the sums of the columns read in full. */
function checkTotalRow(
  table: Table,
  totalRow: DataRow,
  columns: { sums: Record<Column, number>; incomplete: Record<Column, boolean> },
  count: (r: DataRow, key: Column) => number | null,
  findings: ReturnType<Ctx["findings"]>,
  read: ReturnType<typeof tableReader>,
): void {
  for (const key of ["women", "men", "other", "total"] as const) {
    if (!table.has(key) || columns.incomplete[key]) continue;
    mismatch(table, totalRow, key, count(totalRow, key), columns.sums[key], findings, read);
  }
}

/** A stated total that differs from the computed one. */
function mismatch(
  table: Table,
  r: DataRow,
  key: Column,
  declared: number | null,
  computed: number | null,
  findings: ReturnType<Ctx["findings"]>,
  read: ReturnType<typeof tableReader>,
): void {
  if (declared === null || computed === null || Math.abs(declared - computed) <= 1e-9) return;
  findings.add("TOTAL_MISMATCH", table.address(r, key), r.row, {
    column: read.column(key),
    declared: formatNumber(declared),
    computed: formatNumber(computed),
  });
}

/** A row before its cells set it. */
function emptyRow(): GenderRow {
  return {
    row: 0,
    label: "",
    women: null,
    men: null,
    other: null,
    total: null,
    shareWomen: null,
    shareMen: null,
    balanced: null,
    underrepresented: null,
  };
}

function analyzeGenderStats(table: Table, ctx: Ctx): TemplateOutcome<GenderStatsResult> {
  const { t } = ctx;
  const findings = ctx.findings();
  const read = tableReader(table, findings, t);
  const minShare = ctx.settings.genderBalance.minSharePercent;
  // Two shares and the balance on each row; the headers.
  const writes = new WriteList(3 * table.rows.length + 3);
  const rows = new GenderRowColumns(table.rows.length);
  // One record for every row, kept in the columns: no object made per row.
  const read1 = emptyRow();
  const out = table.grid.originCol + table.firstFreeColumn;
  const [evenLook, unevenLook] = [fillLook(COLORS.low), fillLook(COLORS.medium)];
  // Without a known label column, the column left of Kvinnor names the rows.
  const labelIndex = table.header.columns.label ?? Math.max(0, table.header.columns.women - 1);

  // Each count's column found once.
  const columnOf = read.columnsOf(["women", "men", "other", "total"] as const);
  /** A count ≥ 0; blank is null (reported where required). */
  const count = (r: DataRow, key: Column, required: boolean): number | null => columnOf[key].number(r, required, 0);

  const [even, fewWomen, fewMen] = [t("balance.even"), t("balance.women"), t("balance.men")];
  const sums = { women: 0, men: 0, other: 0, total: 0 };
  /** A column with an unreadable or missing cell has no sum to compare with the Totalt row. */
  const incomplete = { women: false, men: false, other: false, total: false };
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const women = count(r, "women", true);
    const men = count(r, "men", true);
    const other = count(r, "other", false);
    const total = women !== null && men !== null ? women + men + (other ?? 0) : null;
    mismatch(table, r, "total", count(r, "total", false), total, findings, read);
    const balance = balanceOf(women, men, total, minShare);
    const { shareWomen, shareMen, balanced, underrepresented } = balance;
    if (balance.known) {
      const { shareWomen, shareMen } = balance;
      const balanceText = balanced ? even : underrepresented === "women" ? fewWomen : fewMen;
      writes.add(r.row, out, shareWomen);
      writes.add(r.row, out + 1, shareMen);
      writes.add(r.row, out + 2, balanceText, balanced ? evenLook : unevenLook);
    }
    // Summed column by column (no list made per row: this runs on every row).
    if (women === null) incomplete.women = true;
    else sums.women += women;
    if (men === null) incomplete.men = true;
    else sums.men += men;
    if (total === null) incomplete.total = true;
    else sums.total += total;
    if (other !== null) sums.other += other;
    else if (columnOf.other.present && !isBlank(columnOf.other.raw(r))) incomplete.other = true;
    read1.row = r.row;
    read1.label = cellText(table.grid.values[r.index][labelIndex] ?? "");
    read1.women = women;
    read1.men = men;
    read1.other = other;
    read1.total = total;
    read1.shareWomen = shareWomen;
    read1.shareMen = shareMen;
    read1.balanced = balanced;
    read1.underrepresented = underrepresented;
    rows.add(read1);
  }

  // A Totalt row below the table must equal the column sums.
  const totalRow = table.totalRow;
  if (totalRow) checkTotalRow(table, totalRow, { sums, incomplete }, (r, key) => count(r, key, false), findings, read);
  if (writes.length) {
    for (const [offset, key] of (["column.shareWomen", "column.shareMen", "column.balance"] as const).entries()) {
      writes.add(table.headerRow, out + offset, t(key), HEADER_LOOK);
    }
  }
  return {
    findings: findings.items,
    writes,
    result: rows.result({ ...sums, declaredRow: totalRow?.row ?? null }),
  };
}

declare module "../types" {
  interface TemplateTypes {
    genderstats: { result: GenderStatsResult; code: never };
  }
}

export const genderStatsTemplate = defineTemplate({
  id: "genderstats",
  strings,
  nameKey: "template.genderstats",
  names: ["konsstatistik", "konsuppdelad"],
  columns,
  layouts: [["women", "men"]],
  analyze: analyzeGenderStats,
  overview: (result: GenderStatsResult, t) => t("pane.genderSummary", rowCounts(result)),
  blank: {
    sheet: "blank.genderstats.sheet",
    title: "blank.genderstats.title",
    rows: 50,
    columns: [
      { key: "blank.genderstats.label", width: 36 },
      { key: "blank.genderstats.women", width: 12, numberFormat: "0" },
      { key: "blank.genderstats.men", width: 12, numberFormat: "0" },
      { key: "blank.genderstats.other", width: 16, numberFormat: "0" },
      { key: "blank.genderstats.total", width: 12, numberFormat: "0" },
    ],
  },
});
