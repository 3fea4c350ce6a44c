/** Mätetal: each indicator's status against its årsmål, gender split, deadlines and activities. */
import { MadeOnce, flagOrNull, keptFlag, keptNumber, madeWhenRead, numberOrNull } from "../keptRows";
import type { ColumnReader } from "../columnReader";
import type { Table, DataRow } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import { HEADER_LOOK, WriteList, fillLook, type WriteLook } from "../../writes";
import { compactLabel, isBlank } from "../../parse/cells";
import { parseQuantity, type Quantity, type Unit } from "../../parse/quantity";
import { comparatorDirection } from "../../parse/stated";
import { formatQuantity, tableReader } from "../common";
import { STATUS_FILL, type IndicatorStatus } from "./colors";
import { a1 } from "../../sheet/address";
import { keepShape } from "../../shapes";

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

type Activity = Indicator["activities"][number];

/**
 * The indicators as read, a column each (figures in typed arrays, NaN for none): their Indicator
 * objects are made when the result's indicators are first read, once — the review's overview
 * reads only the counts.
 */
export class IndicatorColumns {
  length = 0;
  private readonly row: Int32Array;
  private readonly name: string[];
  /** target, targetHigh, outcome, outcomeHigh, outcomeWomen, outcomeMen, gap: entry i's at i × 7. */
  private readonly figures: Float64Array;
  private readonly unit: Unit[];
  private readonly lower: Uint8Array;
  private readonly status: (IndicatorStatus | null)[];
  /** 0 for null, 1 false, 2 true. */
  private readonly split: Uint8Array;
  private readonly endDate: (string | null)[];
  /** The activities of the indicators that have any, by entry. */
  private readonly activities = new Map<number, Activity[]>();
  private readonly list = new MadeOnce<Indicator>();

  /** `capacity`: the table's rows (no more are added); `nameColumn`: the worksheet column of the names. */
  constructor(
    capacity: number,
    private readonly nameColumn: number,
  ) {
    this.row = new Int32Array(capacity);
    this.figures = new Float64Array(capacity * 7);
    this.lower = new Uint8Array(capacity);
    this.split = new Uint8Array(capacity);
    // Made as long as the table at once: no copy as they grow.
    this.name = new Array<string>(capacity);
    this.unit = new Array<Unit>(capacity);
    this.status = new Array<IndicatorStatus | null>(capacity);
    this.endDate = new Array<string | null>(capacity);
  }

  add(read: IndicatorRead): void {
    const i = this.length++;
    this.row[i] = read.row;
    this.name[i] = read.name;
    const f = this.figures;
    const at = i * 7;
    f[at] = keptNumber(read.target);
    f[at + 1] = keptNumber(read.targetHigh);
    f[at + 2] = keptNumber(read.outcome);
    f[at + 3] = keptNumber(read.outcomeHigh);
    f[at + 4] = keptNumber(read.outcomeWomen);
    f[at + 5] = keptNumber(read.outcomeMen);
    f[at + 6] = keptNumber(read.gap);
    this.unit[i] = read.unit;
    this.lower[i] = read.direction === "lower" ? 1 : 0;
    this.status[i] = read.status;
    this.split[i] = keptFlag(read.genderSplit);
    this.endDate[i] = read.endDate;
  }

  /** An activity of the last indicator added. */
  addActivity(activity: Activity): void {
    const i = this.length - 1;
    const list = this.activities.get(i);
    if (list) list.push(activity);
    else this.activities.set(i, [activity]);
  }

  /** The indicators as objects, made at the first call. */
  objects(): Indicator[] {
    const figure = (at: number) => numberOrNull(this.figures[at]);
    return this.list.of(this.length, (i) => {
      const at = i * 7;
      return {
        row: this.row[i],
        cell: a1(this.row[i], this.nameColumn),
        name: this.name[i],
        target: figure(at),
        targetHigh: figure(at + 1),
        outcome: figure(at + 2),
        outcomeHigh: figure(at + 3),
        outcomeWomen: figure(at + 4),
        outcomeMen: figure(at + 5),
        gap: figure(at + 6),
        unit: this.unit[i],
        direction: this.lower[i] ? "lower" : "higher",
        status: this.status[i],
        genderSplit: flagOrNull(this.split[i]),
        endDate: this.endDate[i],
        activities: this.activities.get(i) ?? [],
      };
    });
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new IndicatorColumns(0, 1));

/**
 * Words that make lower better, matched on lower-cased text with or without Swedish letters.
 * Compounds count where Swedish builds them (långtidssjukfrånvaro, löneskillnader); the rest only
 * at a word's start, so that "förutsättningar" is not "utsatt".
 */
export const LOWER_IS_BETTER = /(sjukfr[åa]nvaro|skillnad|\butsatt|\bkr[äa]nk|diskrimin|trakasser|\bosaklig)/;
/** Indicators about people: the city requires these split by sex. */
export const ABOUT_PEOPLE = /(medarbetare|\bchef|chefer\b|deltagare|\belev|aspirant|\bs[öo]kande|brukare)/;

/**
 * The characters a case-insensitive pattern reads otherwise than their lower case: İ (lowered to
 * two characters), the Kelvin sign (to k) and the ångström sign (to å) — every other character
 * matches a letter of the patterns case-insensitively exactly when its lower case is that letter,
 * and none beyond the BMP lowers to one (tests/core/indicatorNames.test.ts checks them all).
 */
const LOWERS_OTHERWISE = /[\u0130\u212a\u212b]/;
const LOWER_IS_BETTER_ANY_CASE = new RegExp(LOWER_IS_BETTER.source, "i");
const ABOUT_PEOPLE_ANY_CASE = new RegExp(ABOUT_PEOPLE.source, "i");

/**
 * A name lowered where a pattern of lower-case words must read it lowered: only where it holds a
 * character a case-insensitive pattern reads otherwise; null (most names) where the pattern,
 * case-insensitive, reads it as it stands — no new string per indicator (8 MB of a 100 000-row
 * sheet). Asked once per indicator, for both patterns.
 */
export function loweredIfNeeded(name: string): string | null {
  return LOWERS_OTHERWISE.test(name) ? name.toLowerCase() : null;
}

/** The name says lower is better (sjukfrånvaro, skillnad…); `lowered` as loweredIfNeeded gives it. */
export function saysLowerIsBetter(name: string, lowered = loweredIfNeeded(name)): boolean {
  return lowered !== null ? LOWER_IS_BETTER.test(lowered) : LOWER_IS_BETTER_ANY_CASE.test(name);
}

/** The name is about people (medarbetare, chefer, deltagare…); `lowered` as loweredIfNeeded gives it. */
export function isAboutPeople(name: string, lowered = loweredIfNeeded(name)): boolean {
  return lowered !== null ? ABOUT_PEOPLE.test(lowered) : ABOUT_PEOPLE_ANY_CASE.test(name);
}

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
  const read = tableReader(table, findings, ctx.t);
  // Each column read on every row, found once.
  const cols = read.columnsOf([
    "name",
    "target",
    "outcome",
    "outcomeWomen",
    "outcomeMen",
    "unit",
    "direction",
    "endDate",
    "activity",
    "responsible",
  ] as const);
  return { findings, read, cols };
}

type ColumnKey = keyof ReturnType<typeof readerOf>["cols"];

/** What every step of reading one indicator table shares. */
type Reading = ReturnType<typeof readerOf> & {
  table: Table;
  ctx: Ctx;
  statusLabel: Record<IndicatorStatus, string>;
  /** The indicators about people, and of them those split by sex: counted as each is read. */
  aboutPeople: { all: number; split: number };
};

function quantityIn(c: Reading, r: DataRow, col: ColumnReader): Quantity | null | "unreadable" {
  const raw = col.filled(r, false);
  if (raw === null) return null;
  const format = c.table.grid.numberFormats?.[r.index]?.[col.index] ?? null;
  const parsed = parseQuantity(raw, format);
  if (!parsed) {
    col.notA("NOT_A_NUMBER", r);
    return "unreadable";
  }
  if (parsed.uncertain) col.uncertain(r, { parsed: formatQuantity(parsed, c.ctx.t) });
  return parsed;
}

function activityOf(c: Reading, r: DataRow) {
  const { cols, findings } = c;
  const activity = cols.activity.text(r);
  if (!activity) return null;
  const responsible = cols.responsible.text(r);
  if (!responsible) {
    const cell = cols.responsible.present ? cols.responsible.address(r) : cols.activity.address(r);
    findings.add("REQUIRED_MISSING", cell, r.row, { column: cols.responsible.columnName() });
  }
  return { row: r.row, activity, responsible };
}

/** An outcome in another unit than the target. */
function checkUnit(c: Reading, r: DataRow, q: Quantity | null, targetQ: Quantity | null, key: ColumnKey): boolean {
  if (q && targetQ && q.unit && targetQ.unit && q.unit !== targetQ.unit) {
    c.findings.add("UNIT_MISMATCH", c.cols[key].address(r), r.row, {
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
function genderSplitOf(c: Reading, r: DataRow, name: string, lowered: string | null, split: boolean): boolean | null {
  if (isAboutPeople(name, lowered)) {
    c.aboutPeople.all++;
    if (split) c.aboutPeople.split++;
    else c.findings.add("NOT_GENDER_SPLIT", c.cols.name.address(r), r.row, { name });
    return split;
  }
  return split ? true : null;
}

/** A quantity that was read; null for none or one that could not be read. */
const usable = (q: Quantity | null | "unreadable") => (q && q !== "unreadable" ? q : null);

/** An indicator's figures as read, before they are kept (one record, set row after row). */
type IndicatorRead = Omit<Indicator, "cell" | "activities">;

/** One row with its own indicator: its figures read, its direction and status judged, into `into`. */
function indicatorOf(c: Reading, r: DataRow, name: string, into: IndicatorRead): IndicatorRead {
  // The name as the patterns read it: lowered only where it must be (most names: null).
  const lowered = loweredIfNeeded(name);
  const { cols, findings, ctx } = c;
  const target = quantityIn(c, r, cols.target);
  const outcome = quantityIn(c, r, cols.outcome);
  const women = quantityIn(c, r, cols.outcomeWomen);
  const men = quantityIn(c, r, cols.outcomeMen);
  if (target === null)
    findings.add("REQUIRED_MISSING", cols.target.address(r), r.row, { column: cols.target.columnName() });
  const targetQ = usable(target);
  const outcomeQ = usable(outcome);
  const unit: Unit = targetQ?.unit ?? outcomeQ?.unit ?? unitFromText(cols.unit.text(r));
  // A column that says the direction wins; then the direction the target states ("minst", "≤").
  const direction: Direction =
    explicitDirection(cols.direction.text(r)) ??
    comparatorDirection(targetQ?.comparator ?? null) ??
    (saysLowerIsBetter(name, lowered) || targetQ?.value === 0 ? "lower" : "higher");
  let status: IndicatorStatus | null = null;
  if (outcome === null) status = "missing";
  else if (targetQ && outcomeQ && checkUnit(c, r, outcomeQ, targetQ, "outcome"))
    status = judgeStated(c, r, outcomeQ, targetQ, direction);
  const womenQ = usable(women);
  const menQ = usable(men);
  checkUnit(c, r, womenQ, targetQ, "outcomeWomen");
  checkUnit(c, r, menQ, targetQ, "outcomeMen");
  const genderSplit = genderSplitOf(c, r, name, lowered, women !== null && men !== null);
  const endDate = cols.endDate.date(r);
  if (endDate && endDate < ctx.today && status !== null && status !== "met") {
    findings.add("OVERDUE", cols.endDate.address(r), r.row, {
      date: endDate,
      status: c.statusLabel[status].toLowerCase(),
    });
  }
  into.row = r.row;
  into.name = name;
  into.target = targetQ?.value ?? null;
  into.targetHigh = targetQ?.high ?? null;
  into.outcome = outcomeQ?.value ?? null;
  into.outcomeHigh = outcomeQ?.high ?? null;
  into.outcomeWomen = womenQ?.value ?? null;
  into.outcomeMen = menQ?.value ?? null;
  into.gap = womenQ && menQ ? Math.round((womenQ.value - menQ.value) * 1000) / 1000 : null;
  into.unit = unit;
  into.direction = direction;
  into.status = status;
  into.genderSplit = genderSplit;
  into.endDate = endDate;
  return into;
}

export function analyzeIndicators(table: Table, ctx: Ctx): TemplateOutcome<IndicatorResult> {
  const { t, settings } = ctx;
  const tolerancePercent = settings.indicators.tolerancePercent;
  const { findings, read, cols } = readerOf(table, ctx);
  // A status on each row; the header.
  const writes = new WriteList(table.rows.length + 1);
  const indicators = new IndicatorColumns(table.rows.length, table.grid.originCol + cols.name.index);
  const read1: IndicatorRead = {
    row: 0,
    name: "",
    target: null,
    targetHigh: null,
    outcome: null,
    outcomeHigh: null,
    outcomeWomen: null,
    outcomeMen: null,
    gap: null,
    unit: null,
    direction: "higher",
    status: null,
    genderSplit: null,
    endDate: null,
  };
  const counts: IndicatorResult["counts"] = { met: 0, partly: 0, not_met: 0, missing: 0, not_judged: 0 };
  const statusColumn = table.grid.originCol + table.firstFreeColumn;
  const statusLabel: Record<IndicatorStatus, string> = {
    met: t("status.met"),
    partly: t("status.partly"),
    not_met: t("status.not_met"),
    missing: t("status.missing"),
  };
  const c: Reading = { table, read, cols, findings, ctx, statusLabel, aboutPeople: { all: 0, split: 0 } };

  const looks: Partial<Record<IndicatorStatus, WriteLook>> = {};
  const statusLook = (status: IndicatorStatus) => (looks[status] ??= fillLook(STATUS_FILL[status]));
  // Walked by index: the loop runs once over every row, before V8 has optimized it.
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const name = cols.name.text(r);
    const hasFigures = !isBlank(cols.target.raw(r)) || !isBlank(cols.outcome.raw(r));
    if (!name && hasFigures) {
      findings.add("REQUIRED_MISSING", cols.name.address(r), r.row, { column: cols.name.columnName() });
    }
    if (!name) {
      // A row without its own indicator is an activity of the indicator above.
      const activity = activityOf(c, r);
      if (activity && indicators.length > 0) indicators.addActivity(activity);
      else if (activity)
        findings.add("REQUIRED_MISSING", cols.name.address(r), r.row, { column: cols.name.columnName() });
      continue;
    }
    const { status } = indicatorOf(c, r, name, read1);
    indicators.add(read1);
    counts[status ?? "not_judged"]++;
    const activity = activityOf(c, r);
    if (activity) indicators.addActivity(activity);
    if (status) writes.add(r.row, statusColumn, statusLabel[status], statusLook(status));
  }
  if (writes.length) writes.add(table.headerRow, statusColumn, t("column.status"), HEADER_LOOK);

  // Counted as the indicators were read (their names lowered and matched once).
  const { aboutPeople } = c;
  const genderSplitShare = aboutPeople.all ? Math.round((aboutPeople.split / aboutPeople.all) * 1000) / 10 : null;
  const result: IndicatorResult = {
    // Made when first read (the summary sheet, a comparison, a report leaving Plankoll): a review makes none.
    indicators: [],
    counts,
    genderSplitShare,
    tolerancePercent,
  };
  return { findings: findings.items, writes, result: madeWhenRead(result, "indicators", indicators) };
}
