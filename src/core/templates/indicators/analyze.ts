/** Mätetal: each indicator's status against its årsmål, gender split, deadlines and activities. */
import type { Table, DataRow } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import { HEADER_LOOK, WriteList, fillLook, type WriteLook } from "../../writes";
import { cellText, compactLabel, isBlank } from "../../parse/cells";
import { parseQuantity, type Quantity, type Unit } from "../../parse/quantity";
import { comparatorDirection } from "../../parse/stated";
import { formatQuantity, tableReader } from "../common";
import { STATUS_FILL, type IndicatorStatus } from "./colors";

export type { IndicatorStatus } from "./colors";

export type Direction = "higher" | "lower";

export interface Indicator {
  row: number;
  /** The address of the indicator's name cell. */
  cell: string;
  name: string;
  target: number | null;
  /** The upper end of a target written as a range ("10–15 %"); null otherwise. */
  targetHigh: number | null;
  outcome: number | null;
  /** The upper end of an outcome written as a range; null otherwise. */
  outcomeHigh: number | null;
  outcomeWomen: number | null;
  outcomeMen: number | null;
  /** Women's outcome minus men's, in the indicator's unit. */
  gap: number | null;
  unit: Unit;
  direction: Direction;
  /** Null when the status cannot be judged (no target, units that disagree). */
  status: IndicatorStatus | null;
  /** True when split by sex, false when it should be and is not, null when not about people. */
  genderSplit: boolean | null;
  endDate: string | null;
  activities: { row: number; activity: string | null; responsible: string | null }[];
}

export interface IndicatorResult {
  indicators: Indicator[];
  /** Indicators per status; `not_judged`: those whose status cannot be judged. They add up to the indicators. */
  counts: Record<IndicatorStatus | "not_judged", number>;
  /** Percent of the indicators about people that report women and men; null when none is about people. */
  genderSplitShare: number | null;
  tolerancePercent: number;
}

/**
 * Words that make lower better, matched on lower-cased text with or without Swedish letters.
 * Compounds count where Swedish builds them (långtidssjukfrånvaro, löneskillnader); the rest only
 * at a word's start, so that "förutsättningar" is not "utsatt".
 */
const LOWER_IS_BETTER = /(sjukfr[åa]nvaro|skillnad|\butsatt|\bkr[äa]nk|diskrimin|trakasser|\bosaklig)/;
/** Indicators about people: the city requires these split by sex. */
const ABOUT_PEOPLE = /(medarbetare|\bchef|chefer\b|deltagare|\belev|aspirant|\bs[öo]kande|brukare)/;

const SAYS_LOWER = /(lagre|minska|sank|lag)/;
const SAYS_HIGHER = /(hogre|oka|hog)/;

function explicitDirection(text: string | null): Direction | null {
  if (!text) return null;
  const key = compactLabel(text);
  if (SAYS_LOWER.test(key)) return "lower";
  if (SAYS_HIGHER.test(key)) return "higher";
  return null;
}

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(procent|%)$/, "%"],
  [/^(procentenheter|pe|pp)$/, "pp"],
  [/^(dagar|dag)$/, "days"],
  [/^(st|antal|stycken)$/, "count"],
  [/^(kr|kronor|sek)$/, "sek"],
];

function unitFromText(text: string | null): Unit {
  if (!text) return null;
  if (text.trim() === "%") return "%";
  const key = compactLabel(text);
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(key)) return unit;
  return null;
}

export function judge(
  outcome: number,
  target: number,
  direction: Direction,
  tolerancePercent: number,
  /** "över 80 %", "under 5": the target itself does not reach it. */
  strict = false,
): Exclude<IndicatorStatus, "missing"> {
  const tolerance = (Math.abs(target) * tolerancePercent) / 100;
  // Rounding noise from percent cells (0.052 × 100) must not decide a status.
  const epsilon = 1e-9;
  if (strict && Math.abs(outcome - target) <= epsilon) return tolerancePercent > 0 ? "partly" : "not_met";
  if (direction === "higher") {
    if (outcome >= target - epsilon) return "met";
    return outcome >= target - tolerance - epsilon ? "partly" : "not_met";
  }
  if (outcome <= target + epsilon) return "met";
  return outcome <= target + tolerance + epsilon ? "partly" : "not_met";
}

/** The table's findings and its reader. */
function readerOf(table: Table, ctx: Ctx) {
  const findings = ctx.findings();
  return { findings, read: tableReader(table, findings, ctx.t) };
}

/** What every step of reading one indicator table shares. */
type Reading = ReturnType<typeof readerOf> & {
  table: Table;
  ctx: Ctx;
  statusLabel: Record<IndicatorStatus, string>;
  /** The indicators about people, and of them those split by sex: counted as each is read. */
  aboutPeople: { all: number; split: number };
};

function quantityIn(c: Reading, r: DataRow, key: string): Quantity | null | "unreadable" {
  const { table, read, findings } = c;
  if (!table.has(key) || !read.usable(r, key)) return null;
  const raw = table.get(r, key);
  if (isBlank(raw)) return null;
  const format = table.grid.numberFormats?.[r.index]?.[table.header.columns[key]] ?? null;
  const parsed = parseQuantity(raw, format);
  if (!parsed) {
    findings.add("NOT_A_NUMBER", table.address(r, key), r.row, { column: read.column(key), value: cellText(raw) });
    return "unreadable";
  }
  if (parsed.uncertain) {
    findings.add("VALUE_UNCERTAIN", table.address(r, key), r.row, {
      column: read.column(key),
      value: cellText(raw),
      parsed: formatQuantity(parsed, c.ctx.t),
    });
  }
  return parsed;
}

function activityOf(c: Reading, r: DataRow) {
  const { table, read, findings } = c;
  const activity = read.text(r, "activity");
  if (!activity) return null;
  const responsible = read.text(r, "responsible");
  if (!responsible) {
    const cell = table.has("responsible") ? table.address(r, "responsible") : table.address(r, "activity");
    findings.add("REQUIRED_MISSING", cell, r.row, { column: read.column("responsible") });
  }
  return { row: r.row, activity, responsible };
}

/** An outcome in another unit than the target. */
function checkUnit(c: Reading, r: DataRow, q: Quantity | null, targetQ: Quantity | null, key: string): boolean {
  if (q && targetQ && q.unit && targetQ.unit && q.unit !== targetQ.unit) {
    c.findings.add("UNIT_MISMATCH", c.table.address(r, key), r.row, {
      target: formatQuantity(targetQ, c.ctx.t),
      outcome: formatQuantity(q, c.ctx.t),
    });
    return false;
  }
  return true;
}

/**
 * The status, judged with both ends of a range: where they give different statuses, none is
 * given and the range is reported with what each end gives.
 */
function judgeStated(c: Reading, r: DataRow, outcomeQ: Quantity, targetQ: Quantity, direction: Direction) {
  const { t, settings } = c.ctx;
  const strict = targetQ.comparator === "above" || targetQ.comparator === "below";
  // The usual row: one target, one outcome, one status (no set made for it).
  if (targetQ.high == null && outcomeQ.high == null)
    return judge(outcomeQ.value, targetQ.value, direction, settings.indicators.tolerancePercent, strict);
  const targets = [targetQ.value, targetQ.high ?? targetQ.value];
  const outcomes = [outcomeQ.value, outcomeQ.high ?? outcomeQ.value];
  const statuses = new Set<Exclude<IndicatorStatus, "missing">>();
  for (const target of targets)
    for (const outcome of outcomes)
      statuses.add(judge(outcome, target, direction, settings.indicators.tolerancePercent, strict));
  if (statuses.size === 1) return [...statuses][0];
  const [key, q] = targetQ.high != null ? (["target", targetQ] as const) : (["outcome", outcomeQ] as const);
  c.read.uncertain(
    r,
    key,
    {
      low: formatQuantity(q, t),
      high: formatQuantity({ value: q.high ?? q.value, unit: q.unit }, t),
      statuses: [...statuses].map((s) => c.statusLabel[s].toLowerCase()).join(` ${t("word.or")} `),
    },
    "RANGE_STATUS_UNCERTAIN",
  );
  return null;
}

/** Whether an indicator about people is split by sex (null: not about people and not split). */
function genderSplitOf(c: Reading, r: DataRow, name: string, lowerName: string, split: boolean): boolean | null {
  if (ABOUT_PEOPLE.test(lowerName)) {
    c.aboutPeople.all++;
    if (split) c.aboutPeople.split++;
    else c.findings.add("NOT_GENDER_SPLIT", c.table.address(r, "name"), r.row, { name });
    return split;
  }
  return split ? true : null;
}

/** A quantity that was read; null for none or one that could not be read. */
const usable = (q: Quantity | null | "unreadable") => (q && q !== "unreadable" ? q : null);

/** One row with its own indicator: its figures read, its direction and status judged. */
function indicatorOf(c: Reading, r: DataRow, name: string): Indicator {
  // The name as the patterns read it, lowered once.
  const lowerName = name.toLowerCase();
  const { table, read, findings, ctx } = c;
  const target = quantityIn(c, r, "target");
  const outcome = quantityIn(c, r, "outcome");
  const women = quantityIn(c, r, "outcomeWomen");
  const men = quantityIn(c, r, "outcomeMen");
  if (target === null)
    findings.add("REQUIRED_MISSING", table.address(r, "target"), r.row, { column: read.column("target") });
  const targetQ = usable(target);
  const outcomeQ = usable(outcome);
  const unit: Unit = targetQ?.unit ?? outcomeQ?.unit ?? unitFromText(read.text(r, "unit"));
  // A column that says the direction wins; then the direction the target states ("minst", "≤").
  const direction: Direction =
    explicitDirection(read.text(r, "direction")) ??
    comparatorDirection(targetQ?.comparator ?? null) ??
    (LOWER_IS_BETTER.test(lowerName) || targetQ?.value === 0 ? "lower" : "higher");
  let status: IndicatorStatus | null = null;
  if (outcome === null) status = "missing";
  else if (targetQ && outcomeQ && checkUnit(c, r, outcomeQ, targetQ, "outcome"))
    status = judgeStated(c, r, outcomeQ, targetQ, direction);
  const womenQ = usable(women);
  const menQ = usable(men);
  checkUnit(c, r, womenQ, targetQ, "outcomeWomen");
  checkUnit(c, r, menQ, targetQ, "outcomeMen");
  const genderSplit = genderSplitOf(c, r, name, lowerName, women !== null && men !== null);
  const endDate = read.date(r, "endDate");
  if (endDate && endDate < ctx.today && status !== null && status !== "met") {
    findings.add("OVERDUE", table.address(r, "endDate"), r.row, {
      date: endDate,
      status: c.statusLabel[status].toLowerCase(),
    });
  }
  return {
    row: r.row,
    cell: table.address(r, "name"),
    name,
    target: targetQ?.value ?? null,
    targetHigh: targetQ?.high ?? null,
    outcome: outcomeQ?.value ?? null,
    outcomeHigh: outcomeQ?.high ?? null,
    outcomeWomen: womenQ?.value ?? null,
    outcomeMen: menQ?.value ?? null,
    gap: womenQ && menQ ? Math.round((womenQ.value - menQ.value) * 1000) / 1000 : null,
    unit,
    direction,
    status,
    genderSplit,
    endDate,
    activities: [],
  };
}

export function analyzeIndicators(table: Table, ctx: Ctx): TemplateOutcome<IndicatorResult> {
  const { t, settings } = ctx;
  const tolerancePercent = settings.indicators.tolerancePercent;
  const { findings, read } = readerOf(table, ctx);
  const writes = new WriteList();
  const indicators: Indicator[] = [];
  const statusColumn = table.grid.originCol + table.firstFreeColumn;
  const statusLabel: Record<IndicatorStatus, string> = {
    met: t("status.met"),
    partly: t("status.partly"),
    not_met: t("status.not_met"),
    missing: t("status.missing"),
  };
  const c: Reading = { table, read, findings, ctx, statusLabel, aboutPeople: { all: 0, split: 0 } };

  const looks: Partial<Record<IndicatorStatus, WriteLook>> = {};
  const statusLook = (status: IndicatorStatus) => (looks[status] ??= fillLook(STATUS_FILL[status]));
  // Walked by index: the loop runs once over every row, before V8 has optimized it.
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const name = read.text(r, "name");
    const hasFigures = !isBlank(table.get(r, "target")) || !isBlank(table.get(r, "outcome"));
    if (!name && hasFigures) {
      findings.add("REQUIRED_MISSING", table.address(r, "name"), r.row, { column: read.column("name") });
    }
    if (!name) {
      // A row without its own indicator is an activity of the indicator above.
      const activity = activityOf(c, r);
      const owner = indicators[indicators.length - 1];
      if (activity && owner) owner.activities.push(activity);
      else if (activity)
        findings.add("REQUIRED_MISSING", table.address(r, "name"), r.row, { column: read.column("name") });
      continue;
    }
    const indicator = indicatorOf(c, r, name);
    const activity = activityOf(c, r);
    if (activity) indicator.activities.push(activity);
    indicators.push(indicator);
    const { status } = indicator;
    if (status) writes.add(r.row, statusColumn, statusLabel[status], statusLook(status));
  }
  if (writes.length) writes.add(table.headerRow, statusColumn, t("column.status"), HEADER_LOOK);

  const counts: IndicatorResult["counts"] = { met: 0, partly: 0, not_met: 0, missing: 0, not_judged: 0 };
  for (const i of indicators) counts[i.status ?? "not_judged"]++;
  // Counted as the indicators were read (their names lowered and matched once).
  const { aboutPeople } = c;
  const genderSplitShare = aboutPeople.all ? Math.round((aboutPeople.split / aboutPeople.all) * 1000) / 10 : null;
  return { findings: findings.items, writes, result: { indicators, counts, genderSplitShare, tolerancePercent } };
}
