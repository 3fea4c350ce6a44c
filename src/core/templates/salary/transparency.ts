/**
 * Lönetransparens: the gender pay gap indicators of the EU pay transparency directive
 * (Directive (EU) 2023/970, Art. 9(1) (a)–(g), the 5 % rule of Art. 10), from the payroll's one
 * row per employee. Pay level is gross annual pay (basic pay × 12, or an annual column, plus the
 * complementary or variable components) and gross hourly pay (annual pay over the hours worked:
 * an hours column, or Sysselsättningsgrad × a full-time year). The result holds percentages,
 * shares and headcounts only — never an amount — so it may go into a report that leaves the
 * workbook; a group with fewer than the small-group setting of either sex shows no figure.
 */
import { oneDecimal } from "../common";

/** One employee as the indicators need them (amounts stay inside the analysis). */
export interface Employee {
  row: number;
  sex: "woman" | "man";
  category: string | null;
  /** Where the category is named (its cell), for the category's line. */
  categoryCell: string | null;
  /** The employee's befattning, by which a category given as a code is named for people. */
  title: string | null;
  /** Basic pay over the year, and the complementary or variable components over the year. */
  annualBasic: number;
  annualVariable: number;
  /** Hours worked (or paid) in the year. */
  hours: number;
  justification: string | null;
  /** When the category's gap was remedied (Åtgärdat, ISO), as the row says. */
  remedied?: string | null;
}

/** Those who receive variable components, or everyone (zeros included). */
export type Population = "recipients" | "everyone";

/** The setting's choice as the populations of (b)/(d) and of (g). */
export function populations(choice: "mixed" | Population): { bd: Population; g: Population } {
  return choice === "mixed" ? { bd: "recipients", g: "everyone" } : { bd: choice, g: choice };
}

/** A gap in percent of men's pay, (men − women) / men × 100, on annual and on hourly pay; null where it cannot be told. */
export interface Gap {
  annual: number | null;
  hourly: number | null;
}

export interface CategoryGap {
  /** The category as the sheet gives it (a code, a band, a befattning). */
  category: string;
  /** The category as people read it: a code with its befattningar beside it ("Barnskötare (321012)"). */
  name: string;
  /** Every befattning in the category, in the order they come. */
  titles: string[];
  cell: string | null;
  row: number;
  women: number;
  men: number;
  /** Fewer than the small-group setting of either sex: no figure is shown. */
  suppressed: boolean;
  basic: Gap;
  variable: Gap;
  /** The gap in pay level (basic and variable together): the one the 5 % rule looks at. */
  total: Gap;
  /**
   * Art. 10: the average pay level of women and men differs by the threshold or more, either way,
   * on annual or hourly pay, compared before any rounding; for every category with a woman and a
   * man, a small one too (its figures stay hidden).
   */
  jointAssessment: boolean;
  /** Which pay level reached the threshold. */
  assessmentOn: ("annual" | "hourly")[];
  /** The category's justification as the sheet gives it (Motivering, Saklig grund), if any. */
  justification: string | null;
  /** When the gap was remedied, as the sheet gives it (Åtgärdat), if it does. */
  remedied: string | null;
  /**
   * What Art. 10 asks of it: a joint pay assessment; none, the gap being justified or remedied
   * within six months of the report; or nothing (under the threshold).
   */
  verdict: "assess" | "justified" | "remedied" | null;
}

export interface QuartileBand {
  band: 1 | 2 | 3 | 4;
  women: number;
  men: number;
  /** Shares of the band in percent (one decimal), adding up to 100. */
  womenShare: number;
  menShare: number;
}

export interface TransparencyResult {
  women: number;
  men: number;
  /** The workforce has fewer than the small-group setting of either sex: no figure is shown. */
  suppressed: boolean;
  /** (a) the gender pay gap and (c) the median gap, on pay level. */
  meanGap: Gap;
  medianGap: Gap;
  /**
   * (b) and (d): the same for the complementary or variable components, among those who receive
   * any (as the UK's bonus gap is reckoned: over everyone, the median is 0 wherever fewer than
   * half receive them, and (e) already tells who does).
   */
  variableMeanGap: Gap;
  variableMedianGap: Gap;
  /** (e) percent of women and of men receiving complementary or variable components. */
  receivingVariable: { women: number | null; men: number | null };
  /** (f) the quartile pay bands by hourly pay, lowest first. */
  quartiles: QuartileBand[];
  /** (g) by category of workers. */
  categories: CategoryGap[];
  /** Where the categories come from: a column, Arbetsvärdering in bands, or Befattning. */
  /** How the categories were formed: a column, the valuation in bands, the job evaluation's groups (its sheets), or befattning. */
  categoryBasis: { kind: "column" | "valuation" | "evaluation" | "title"; column: string; bandWidth?: number };
  /** Whether hours come from a column, from Sysselsättningsgrad × a full-time year, or are a full year for all. */
  hoursFrom: "column" | "employment" | "fullTime";
  /** The hours column's header as the sheet has it, where hours come from a column. */
  hoursColumn: string | null;
  variableColumns: string[];
  /** Over whom the variable components are averaged: (b) and (d), and (g)'s variable columns. */
  variablePopulation: { bd: Population; g: Population };
  settings: { threshold: number; smallGroup: number; fullTimeHours: number; referenceYear: number };
  /** Where the reference year comes from: the sheet's own date or year (its words), the setting, or the year before today. */
  referenceYearFrom: { source: "sheet"; stated: string } | { source: "setting" | "default" };
}

/** The median of a sorted array. */
function sortedMedian(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function meanOf(values: Float64Array): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** (men − women) / men × 100, one decimal; null when either is unknown or men's is zero. */
export function gapOf(women: number | null, men: number | null): number | null {
  if (women === null || men === null || men === 0) return null;
  return oneDecimal(((men - women) / men) * 100);
}

/** One measure (annual or hourly pay, of one kind) of women and of men, each in a typed array. */
interface BySex {
  women: Float64Array;
  men: Float64Array;
}

function bySex(employees: readonly Employee[], measure: (e: Employee) => number): BySex {
  let w = 0;
  for (const e of employees) if (e.sex === "woman") w++;
  const women = new Float64Array(w);
  const men = new Float64Array(employees.length - w);
  let m = 0;
  w = 0;
  for (const e of employees) {
    if (e.sex === "woman") women[w++] = measure(e);
    else men[m++] = measure(e);
  }
  return { women, men };
}

const meanGapOf = (annual: BySex, hourly: BySex): Gap => ({
  annual: gapOf(meanOf(annual.women), meanOf(annual.men)),
  hourly: gapOf(meanOf(hourly.women), meanOf(hourly.men)),
});

/** The median by selection in place (Hoare's quickselect): O(n), the array's order is lost. */
function selectMedian(a: Float64Array): number | null {
  const n = a.length;
  if (n === 0) return null;
  const kth = (k: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const pivot = a[(lo + hi) >> 1];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
          const x = a[i];
          a[i++] = a[j];
          a[j--] = x;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else return a[k];
    }
    return a[k];
  };
  return n % 2 ? kth(n >> 1) : (kth(n / 2 - 1) + kth(n / 2)) / 2;
}

/** The median gap: annual pay by selection, hourly pay sorted in place (the bands walk it sorted). */
function medianGapOf(annual: BySex, hourly: BySex): Gap {
  hourly.women.sort();
  hourly.men.sort();
  return {
    annual: gapOf(selectMedian(annual.women), selectMedian(annual.men)),
    hourly: gapOf(sortedMedian(hourly.women), sortedMedian(hourly.men)),
  };
}

const NO_GAP: Gap = { annual: null, hourly: null };

/**
 * (f) Four bands of equal size by hourly pay (the first n mod 4 bands one larger when the
 * workforce does not divide by four). Equal hourly pay across a boundary: the employees paid so
 * are shared between the bands by sex in proportion (largest remainder), so that no sex is put
 * above the boundary by the order of the rows — the rule the UK's gender pay gap reporting uses.
 * `hourly` holds women's and men's hourly pay, each sorted.
 */
function bandsOf({ women: wPay, men: mPay }: BySex): QuartileBand[] {
  const n = wPay.length + mPay.length;
  const sizes = [0, 1, 2, 3].map((k) => Math.floor(n / 4) + (k < n % 4 ? 1 : 0));
  const ends = sizes.map((_, k) => sizes.slice(0, k + 1).reduce((a, b) => a + b, 0));
  const women = [0, 0, 0, 0];
  const men = [0, 0, 0, 0];
  let i = 0;
  let j = 0;
  let at = 0;
  let band = 0;
  // The two sorted lists walked together, one pay level at a time.
  while (i < wPay.length || j < mPay.length) {
    const pay = j >= mPay.length || (i < wPay.length && wPay[i] <= mPay[j]) ? wPay[i] : mPay[j];
    const wFrom = i;
    const mFrom = j;
    while (i < wPay.length && wPay[i] === pay) i++;
    while (j < mPay.length && mPay[j] === pay) j++;
    const w = i - wFrom;
    const m = j - mFrom;
    const size = w + m;
    while (band < 3 && at >= ends[band]) band++;
    if (at + size <= ends[band]) {
      // Within one band, the usual case.
      women[band] += w;
      men[band] += m;
    } else {
      const slots = ends.map((end, k) => Math.max(0, Math.min(end, at + size) - Math.max(k ? ends[k - 1] : 0, at)));
      const exact = slots.map((s) => (w * s) / size);
      const given = exact.map(Math.floor);
      let left = w - given.reduce((a, b) => a + b, 0);
      const order = exact.map((x, k) => [x - Math.floor(x), k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      for (const [, k] of order) {
        if (left === 0) break;
        if (given[k] < slots[k]) {
          given[k]++;
          left--;
        }
      }
      for (let k = 0; k < 4; k++) {
        women[k] += given[k];
        men[k] += slots[k] - given[k];
      }
    }
    at += size;
  }
  return [0, 1, 2, 3].map((k) => {
    const total = women[k] + men[k];
    const womenShare = total ? oneDecimal((women[k] / total) * 100) : 0;
    return {
      band: (k + 1) as 1 | 2 | 3 | 4,
      women: women[k],
      men: men[k],
      womenShare,
      menShare: total ? oneDecimal(100 - womenShare) : 0,
    };
  });
}

/** (f) for the employees given. */
export function quartileBands(employees: readonly Employee[]): QuartileBand[] {
  const hourly = bySex(employees, (e) => (e.annualBasic + e.annualVariable) / e.hours);
  hourly.women.sort();
  hourly.men.sort();
  return bandsOf(hourly);
}

/** A category's sums while the employees are walked once: counts and the sums of each measure by sex. */
interface Sums {
  /** The befattningar in the category, in the order they come. */
  titles: string[];
  seen: Set<string>;
  row: number;
  cell: string | null;
  justification: string | null;
  remedied: string | null;
  /** [women, men] × [count, basic annual, basic hourly, variable annual, variable hourly, receiving variable]. */
  s: Float64Array;
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
 * more, either way: the gap as it is, never as rounded, whatever the category's size.
 */
function levelsOver(
  mean: (offset: number, k: number) => number,
  women: number,
  men: number,
  threshold: number,
): ("annual" | "hourly")[] {
  if (women === 0 || men === 0) return [];
  const gap = (k: number, v: number) => {
    const [w, m] = [mean(0, k) + mean(0, v), mean(MEN, k) + mean(MEN, v)];
    return m !== 0 ? Math.abs(((m - w) / m) * 100) : 0;
  };
  // A gap computed as 4,9999999… for an exact 5 % is 5 %.
  const over = (value: number) => value >= threshold - 1e-9;
  return [...(over(gap(1, 3)) ? ["annual" as const] : []), ...(over(gap(2, 4)) ? ["hourly" as const] : [])];
}

/** Where a category's men's sums start in its array (women's start at 0). */
const MEN = 6;

/** Each category's sums, the employees walked once: counts and the sums of each measure by sex. */
function sumsByCategory(employees: readonly Employee[]): Map<string, Sums> {
  const byCategory = new Map<string, Sums>();
  for (const e of employees) {
    if (e.category === null) continue;
    let sums = byCategory.get(e.category);
    if (!sums) {
      sums = {
        titles: [],
        seen: new Set(),
        row: e.row,
        cell: e.categoryCell,
        justification: null,
        remedied: null,
        s: new Float64Array(12),
      };
      byCategory.set(e.category, sums);
    }
    if (e.row < sums.row) sums.row = e.row;
    if (e.title !== null && !sums.seen.has(e.title)) {
      sums.seen.add(e.title);
      sums.titles.push(e.title);
    }
    sums.cell ??= e.categoryCell;
    if (e.justification && !sums.justification) sums.justification = e.justification;
    if (e.remedied && !sums.remedied) sums.remedied = e.remedied;
    const o = e.sex === "woman" ? 0 : MEN;
    const s = sums.s;
    s[o]++;
    s[o + 1] += e.annualBasic;
    s[o + 2] += e.annualBasic / e.hours;
    s[o + 3] += e.annualVariable;
    s[o + 4] += e.annualVariable / e.hours;
    if (e.annualVariable > 0) s[o + 5]++;
  }
  return byCategory;
}

function categoryGaps(
  employees: readonly Employee[],
  smallGroup: number,
  threshold: number,
  remedyBy: string,
  population: Population,
): CategoryGap[] {
  const byCategory = sumsByCategory(employees);
  const gaps: CategoryGap[] = [];
  for (const [category, { titles, row, cell, justification, remedied, s }] of byCategory) {
    const [women, men] = [s[0], s[MEN]];
    const hidden = women < smallGroup || men < smallGroup;
    const mean = (o: number, k: number) => s[o + k] / s[o];
    // The variable components averaged over the setting's population: those receiving them, or everyone.
    const variableMean = (o: number, k: number) =>
      population === "everyone" ? mean(o, k) : s[o + 5] > 0 ? s[o + k] / s[o + 5] : Number.NaN;
    const gap = (k: number) => gapOf(mean(0, k), mean(MEN, k));
    const variableGap = (k: number) => {
      const [w, m] = [variableMean(0, k), variableMean(MEN, k)];
      return Number.isNaN(w) || Number.isNaN(m) ? null : gapOf(w, m);
    };
    const total = (k: number, v: number) => gapOf(mean(0, k) + mean(0, v), mean(MEN, k) + mean(MEN, v));
    const totalGap: Gap = hidden ? NO_GAP : { annual: total(1, 3), hourly: total(2, 4) };
    const assessmentOn = levelsOver(mean, women, men, threshold);
    gaps.push({
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
      total: totalGap,
      jointAssessment: assessmentOn.length > 0,
      assessmentOn: [...assessmentOn],
      justification,
      remedied,
      verdict:
        assessmentOn.length === 0
          ? null
          : justification
            ? "justified"
            : remedied && remedied <= remedyBy
              ? "remedied"
              : "assess",
    });
  }
  return gaps.sort((a, b) => a.row - b.row);
}

export interface TransparencyOptions {
  threshold: number;
  /** Six months after the report: a gap remedied by then needs no joint pay assessment (ISO). */
  remedyBy: string;
  /** Over whom the variable components are averaged. */
  variablePopulation: { bd: Population; g: Population };
  smallGroup: number;
  fullTimeHours: number;
  referenceYear: number;
  referenceYearFrom: TransparencyResult["referenceYearFrom"];
  categoryBasis: TransparencyResult["categoryBasis"];
  hoursFrom: TransparencyResult["hoursFrom"];
  hoursColumn: string | null;
  variableColumns: string[];
}

/** The indicators of Art. 9(1) and the categories under Art. 10 for the employees given (women and men). */
/** Every measure's figures in one pass, each sex in a typed array of its own: total and variable pay, annual and hourly. */
function payArrays(employees: readonly Employee[], women: number, men: number, everyone: boolean) {
  let receivingWomen = 0;
  let receivingMen = 0;
  for (const e of employees)
    if (e.annualVariable > 0) {
      if (e.sex === "woman") receivingWomen++;
      else receivingMen++;
    }
  const annual = { women: new Float64Array(women), men: new Float64Array(men) };
  const hourly = { women: new Float64Array(women), men: new Float64Array(men) };
  // (b) and (d) over those receiving variable components, or over everyone with their zeros.
  const [vWomen, vMen] = everyone ? [women, men] : [receivingWomen, receivingMen];
  const variableAnnual = { women: new Float64Array(vWomen), men: new Float64Array(vMen) };
  const variableHourly = { women: new Float64Array(vWomen), men: new Float64Array(vMen) };
  let w = 0;
  let m = 0;
  let vw = 0;
  let vm = 0;
  for (const e of employees) {
    const total = e.annualBasic + e.annualVariable;
    const woman = e.sex === "woman";
    if (woman) {
      annual.women[w] = total;
      hourly.women[w++] = total / e.hours;
    } else {
      annual.men[m] = total;
      hourly.men[m++] = total / e.hours;
    }
    if (everyone || e.annualVariable > 0) {
      if (woman) {
        variableAnnual.women[vw] = e.annualVariable;
        variableHourly.women[vw++] = e.annualVariable / e.hours;
      } else {
        variableAnnual.men[vm] = e.annualVariable;
        variableHourly.men[vm++] = e.annualVariable / e.hours;
      }
    }
  }
  return { annual, hourly, variableAnnual, variableHourly, receivingWomen, receivingMen };
}

export function payTransparency(employees: readonly Employee[], options: TransparencyOptions): TransparencyResult {
  const { smallGroup, threshold } = options;
  let women = 0;
  for (const e of employees) if (e.sex === "woman") women++;
  const men = employees.length - women;
  const suppressed = women < smallGroup || men < smallGroup;
  const share = (count: number, of: number) => (of ? oneDecimal((count / of) * 100) : null);
  const base = {
    women,
    men,
    categories: categoryGaps(employees, smallGroup, threshold, options.remedyBy, options.variablePopulation.g),
    variablePopulation: options.variablePopulation,
    categoryBasis: options.categoryBasis,
    hoursFrom: options.hoursFrom,
    hoursColumn: options.hoursColumn,
    variableColumns: options.variableColumns,
    settings: { threshold, smallGroup, fullTimeHours: options.fullTimeHours, referenceYear: options.referenceYear },
    referenceYearFrom: options.referenceYearFrom,
  };
  if (suppressed)
    return {
      ...base,
      suppressed,
      meanGap: NO_GAP,
      medianGap: NO_GAP,
      variableMeanGap: NO_GAP,
      variableMedianGap: NO_GAP,
      receivingVariable: { women: null, men: null },
      quartiles: [],
    };
  const everyone = options.variablePopulation.bd === "everyone";
  const { annual, hourly, variableAnnual, variableHourly, receivingWomen, receivingMen } = payArrays(
    employees,
    women,
    men,
    everyone,
  );
  const meanGap = meanGapOf(annual, hourly);
  const variableMeanGap = meanGapOf(variableAnnual, variableHourly);
  // The medians sort the arrays; the bands walk the sorted hourly pay.
  const medianGap = medianGapOf(annual, hourly);
  const variableMedianGap = medianGapOf(variableAnnual, variableHourly);
  return {
    ...base,
    suppressed,
    meanGap,
    medianGap,
    variableMeanGap,
    variableMedianGap,
    receivingVariable: {
      women: share(receivingWomen, women),
      men: share(receivingMen, men),
    },
    quartiles: bandsOf(hourly),
  };
}
