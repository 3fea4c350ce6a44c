/**
 * Art. 9(1)(g) and Art. 10: each category of workers' gaps — basic, variable, pay level, each
 * component on its own — the pay improvement after leave, and what Art. 10 asks of it, from the
 * employees walked once.
 */
import { oneDecimal } from "../common";
import type { CategoryGap, Gap, LeaveShares, Population } from "./transparencyTypes";
import type { Employees } from "./employees";
import { grown } from "../../grow";

/** (men − women) / men × 100, one decimal; null when either is unknown or men's is zero. */
export function gapOf(women: number | null, men: number | null): number | null {
  if (women === null || men === null || men === 0) return null;
  return oneDecimal(((men - women) / men) * 100);
}

export const NO_GAP: Gap = { annual: null, hourly: null };

/** A category's sums while the employees are walked once: counts and the sums of each measure by sex. */
interface Sums {
  /** The befattningar in the category, in the order they come. */
  titles: string[];
  /** The titles as a set, once the category has more than a few (a category is mostly one befattning). */
  seen: Set<string> | null;
  /** The title of the category's row before: one already seen, not asked of the list again. */
  lastTitle: string | null;
  row: number;
  cell: string | null;
  justification: string | null;
  remedied: string | null;
  /** Where the category's figures start in the pools' arrays (its index there). */
  at: number;
  /** Returned from leave and raised: [women returned, women raised, men returned, men raised]; null where no row says. */
  leave: number[] | null;
}

/**
 * Every category's figures in two arrays, a category after another (a pair of typed arrays per
 * category was thousands of small arrays per payroll): `s` of each, [women, men] × [count, basic
 * annual, basic hourly, variable annual, variable hourly, receiving variable] (SUMS numbers from
 * at × SUMS); `parts`, [women, men] × each component × [annual, hourly, receiving it].
 */
interface Pools {
  s: Float64Array;
  parts: Float64Array;
}

/** A category's figures in the pool `s`: twelve numbers. */
const SUMS = 12;

/** Titles a category lists before it keeps them in a set too. */
const FEW_TITLES = 8;

/** Whether the category lists the title already: asked of its list while it is short, of a set after. */
function hasTitle(sums: Sums, title: string): boolean {
  if (sums.seen) return sums.seen.has(title);
  if (sums.titles.length < FEW_TITLES) return sums.titles.includes(title);
  sums.seen = new Set(sums.titles);
  return sums.seen.has(title);
}

/** How many befattningar name a category; more are said as "…". */
const NAMED_TITLES = 3;

/** A category as people read it: "Barnskötare (321012)" for a code of one befattning, "321012 (Barnskötare, Förskollärare)" for several. */
export function categoryName(category: string, titles: readonly string[]): string {
  const others = titles.filter((title) => title !== category);
  if (others.length === 0) return category;
  if (titles.length === 1) return `${titles[0]} (${category})`;
  const shown = titles.slice(0, NAMED_TITLES).join(", ");
  return `${category} (${titles.length > NAMED_TITLES ? `${shown} …` : shown})`;
}

/**
 * The pay levels (annual, hourly) on which women's and men's averages differ by the threshold or
 * more, either way: the gap as it is, never as rounded, whatever the category's size. `o`: where
 * the category's sums start in `s`.
 */
function levelsOver(s: Float64Array, o: number, threshold: number): ("annual" | "hourly")[] {
  if (s[o] === 0 || s[o + MEN] === 0) return [];
  // A gap computed as 4,9999999… for an exact 5 % is 5 %.
  const annual = levelGap(s, o, 1, 3) >= threshold - 1e-9;
  const hourly = levelGap(s, o, 2, 4) >= threshold - 1e-9;
  return annual ? (hourly ? ["annual", "hourly"] : ["annual"]) : hourly ? ["hourly"] : [];
}

/** The gap in pay level (measure k with its variable part v) as it is, unrounded and either way. */
function levelGap(s: Float64Array, o: number, k: number, v: number): number {
  const w = levelMean(s, o, k, v);
  const m = levelMean(s, o + MEN, k, v);
  return m !== 0 ? Math.abs(((m - w) / m) * 100) : 0;
}

/** A sex's mean pay level: measure k with its variable part v. */
function levelMean(s: Float64Array, o: number, k: number, v: number): number {
  return meanIn(s, o, k) + meanIn(s, o, v);
}

/** A sex's mean of measure k in a category's sums (o: where the sex's sums start): over its count. */
function meanIn(s: Float64Array, o: number, k: number): number {
  return s[o + k] / s[o];
}

/** The variable components' mean, over the setting's population: those receiving them, or everyone (NaN for none). */
function variableMeanIn(s: Float64Array, o: number, k: number, population: Population): number {
  return population === "everyone" ? meanIn(s, o, k) : s[o + 5] > 0 ? s[o + k] / s[o + 5] : Number.NaN;
}

/** Where a category's men's sums start after its women's. */
const MEN = 6;

/** A new category's sums, its figures at index `at` of the pools. */
function newSums(employees: Employees, i: number, at: number): Sums {
  return {
    titles: [],
    seen: null,
    lastTitle: null,
    row: employees.row[i],
    cell: employees.categoryCell[i],
    justification: null,
    remedied: null,
    at,
    leave: null,
  };
}

/** The pools with room for category `at`'s figures: grown by doubling. */
function withRoomFor(pools: Pools, at: number, partCount: number): void {
  if ((at + 1) * SUMS <= pools.s.length) return;
  const categories = Math.max(16, 2 * (at + 1));
  pools.s = grown(pools.s, categories * SUMS);
  pools.parts = grown(pools.parts, categories * 6 * partCount);
}

/**
 * Employee i's figures added to category `at`'s sums. A function of its own, given where the
 * figures are (not the figures): the compiler optimizes it after a few calls and it reads the
 * doubles unboxed, while the walk that calls it may still be interpreted — a walk doing this
 * arithmetic itself boxed every sum until it was optimized (10 MB of a payroll's analysis).
 */
function addFigures(employees: Employees, i: number, pools: Pools, at: number, isWoman: boolean): void {
  const { partCount, annualBasic, annualVariable, hours } = employees;
  const s = pools.s;
  const o = at * SUMS + (isWoman ? 0 : MEN);
  s[o]++;
  s[o + 1] += annualBasic[i];
  s[o + 2] += annualBasic[i] / hours[i];
  s[o + 3] += annualVariable[i];
  s[o + 4] += annualVariable[i] / hours[i];
  if (annualVariable[i] > 0) s[o + 5]++;
  const p = pools.parts;
  const from = (at * 2 + (isWoman ? 0 : 1)) * 3 * partCount;
  for (let j = 0; j < partCount; j++) {
    const amount = employees.parts[i * partCount + j];
    p[from + 3 * j] += amount;
    p[from + 3 * j + 1] += amount / hours[i];
    if (amount > 0) p[from + 3 * j + 2]++;
  }
}

/** Each category's sums, the employees walked once: counts and the sums of each measure by sex. */
function sumsByCategory(employees: Employees): { byCategory: Map<string, Sums>; pools: Pools } {
  const { partCount, woman } = employees;
  const byCategory = new Map<string, Sums>();
  const pools: Pools = { s: new Float64Array(0), parts: new Float64Array(0) };
  // A payroll lists a befattning's people together, as a rule: the category of the row before is
  // asked first (the same text, most often the very string), the map only when it changes.
  let lastCategory: string | null = null;
  let sums: Sums | undefined;
  for (let i = 0; i < employees.length; i++) {
    const category = employees.category[i];
    if (category === null) continue;
    if (category !== lastCategory) {
      sums = byCategory.get(category);
      lastCategory = category;
    }
    if (!sums) {
      sums = newSums(employees, i, byCategory.size);
      withRoomFor(pools, sums.at, partCount);
      byCategory.set(category, sums);
    }
    if (employees.row[i] < sums.row) sums.row = employees.row[i];
    const title = employees.title[i];
    if (title !== null && title !== sums.lastTitle && !hasTitle(sums, title)) {
      sums.seen?.add(title);
      sums.titles.push(title);
    }
    if (title !== null) sums.lastTitle = title;
    sums.cell ??= employees.categoryCell[i];
    const justification = employees.justification[i];
    if (justification && !sums.justification) sums.justification = justification;
    const remedied = employees.remedied[i];
    if (remedied && !sums.remedied) sums.remedied = remedied;
    const isWoman = woman[i] === 1;
    addFigures(employees, i, pools, sums.at, isWoman);
    const leave = employees.leave[i];
    if (leave) {
      const counted = (sums.leave ??= [0, 0, 0, 0]);
      const at = isWoman ? 0 : 2;
      counted[at]++;
      if (leave === "raised") counted[at + 1]++;
    }
  }
  return { byCategory, pools };
}

/** Each component's gap in a category, averaged over the population: those receiving it, or everyone of the sex. */
function componentGaps(
  parts: Float64Array,
  /** Where the category's components start in `parts`. */
  base: number,
  partCount: number,
  women: number,
  men: number,
  population: Population,
): Gap[] {
  const gaps: Gap[] = [];
  for (let j = 0; j < partCount; j++) {
    const mean = (at: number, k: 0 | 1, count: number) => {
      const over = population === "everyone" ? count : parts[at + 3 * j + 2];
      return over > 0 ? parts[at + 3 * j + k] / over : null;
    };
    const m = base + 3 * partCount;
    gaps.push({
      annual: gapOf(mean(base, 0, women), mean(m, 0, men)),
      hourly: gapOf(mean(base, 1, women), mean(m, 1, men)),
    });
  }
  return gaps;
}

function leaveShares(leave: number[]): LeaveShares {
  const [womenReturned, womenRaised, menReturned, menRaised] = leave;
  const share = (raised: number, of: number) => (of ? oneDecimal((raised / of) * 100) : null);
  return {
    womenReturned,
    menReturned,
    womenRaised,
    menRaised,
    womenShare: share(womenRaised, womenReturned),
    menShare: share(menRaised, menReturned),
  };
}

/** One category's gaps from its sums; its verdict under Art. 10. */
function categoryGap(
  category: string,
  { titles, row, cell, justification, remedied, at, leave }: Sums,
  { s, parts }: Pools,
  partCount: number,
  smallGroup: number,
  threshold: number,
  remedyBy: string,
  population: Population,
  leaveTold: boolean,
): CategoryGap {
  const o = at * SUMS;
  const [women, men] = [s[o], s[o + MEN]];
  const hidden = women < smallGroup || men < smallGroup;
  const gap = (k: number) => gapOf(meanIn(s, o, k), meanIn(s, o + MEN, k));
  const variableGap = (k: number) => {
    const [w, m] = [variableMeanIn(s, o, k, population), variableMeanIn(s, o + MEN, k, population)];
    return Number.isNaN(w) || Number.isNaN(m) ? null : gapOf(w, m);
  };
  const total = (k: number, v: number) => gapOf(levelMean(s, o, k, v), levelMean(s, o + MEN, k, v));
  const assessmentOn = levelsOver(s, o, threshold);
  return {
    category,
    name: categoryName(category, titles),
    titles,
    cell,
    row,
    women,
    men,
    suppressed: hidden,
    basic: hidden ? NO_GAP : { annual: gap(1), hourly: gap(2) },
    variable: hidden ? NO_GAP : { annual: variableGap(3), hourly: variableGap(4) },
    total: hidden ? NO_GAP : { annual: total(1, 3), hourly: total(2, 4) },
    components: hidden ? [] : componentGaps(parts, at * 6 * partCount, partCount, women, men, population),
    jointAssessment: assessmentOn.length > 0,
    assessmentOn,
    justification,
    remedied,
    leave: hidden || !leaveTold ? null : leaveShares(leave ?? [0, 0, 0, 0]),
    verdict:
      assessmentOn.length === 0
        ? null
        : justification
          ? "justified"
          : remedied && remedied <= remedyBy
            ? "remedied"
            : "assess",
  };
}

export function categoryGaps(
  employees: Employees,
  smallGroup: number,
  threshold: number,
  remedyBy: string,
  population: Population,
  leaveTold: boolean,
): CategoryGap[] {
  const { partCount } = employees;
  const { byCategory, pools } = sumsByCategory(employees);
  const gaps: CategoryGap[] = [];
  for (const [category, sums] of byCategory)
    gaps.push(categoryGap(category, sums, pools, partCount, smallGroup, threshold, remedyBy, population, leaveTold));
  return gaps.sort((a, b) => a.row - b.row);
}
