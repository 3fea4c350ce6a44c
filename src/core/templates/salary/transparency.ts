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
import type { Employee, Gap, Population, QuartileBand, TransparencyResult } from "./transparencyTypes";
import type { YearBasis } from "./yearPay";
import { categoryGaps, gapOf, NO_GAP } from "./categories";
import { Employees } from "./employees";

export type {
  CategoryGap,
  Employee,
  Gap,
  LeaveShares,
  Population,
  QuartileBand,
  TransparencyResult,
} from "./transparencyTypes";
export { populations } from "./transparencyTypes";
export { categoryName, gapOf } from "./categories";

/** The median of a sorted array. */
export function sortedMedian(sorted: Float64Array): number | null {
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

/** One measure (annual or hourly pay, of one kind) of women and of men, each in a typed array. */
interface BySex {
  women: Float64Array;
  men: Float64Array;
}

function bySex(employees: Employees, measure: (i: number) => number): BySex {
  let w = 0;
  for (let i = 0; i < employees.length; i++) w += employees.woman[i];
  const women = new Float64Array(w);
  const men = new Float64Array(employees.length - w);
  let m = 0;
  w = 0;
  for (let i = 0; i < employees.length; i++) {
    if (employees.woman[i] === 1) women[w++] = measure(i);
    else men[m++] = measure(i);
  }
  return { women, men };
}

const meanGapOf = (annual: BySex, hourly: BySex): Gap => ({
  annual: gapOf(meanOf(annual.women), meanOf(annual.men)),
  hourly: gapOf(meanOf(hourly.women), meanOf(hourly.men)),
});

/**
 * The median by selection in place (Hoare's quickselect): O(n), the array's order is lost. With
 * `n`, of the first n numbers only.
 */
export function selectMedian(a: Float64Array, n = a.length): number | null {
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

/**
 * The median gap by selection; with `sortHourly`, the hourly pay sorted in place instead (the
 * bands walk it sorted).
 */
function medianGapOf(annual: BySex, hourly: BySex, sortHourly: boolean): Gap {
  if (sortHourly) {
    hourly.women.sort();
    hourly.men.sort();
  }
  const hourlyMedian = sortHourly ? sortedMedian : selectMedian;
  return {
    annual: gapOf(selectMedian(annual.women), selectMedian(annual.men)),
    hourly: gapOf(hourlyMedian(hourly.women), hourlyMedian(hourly.men)),
  };
}

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
  // The two sorted lists walked together, one pay level at a time (a loop of its own, the few
  // levels across a boundary shared out by splitLevel: the walk stays small for the compiler).
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
    } else splitLevel(ends, at, w, m, women, men);
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

/**
 * A pay level across a band boundary (positions [at, at + w + m)): its places in each band shared
 * between women (w) and men (m) in proportion, by largest remainder, into the bands' counts.
 */
function splitLevel(ends: readonly number[], at: number, w: number, m: number, women: number[], men: number[]): void {
  const size = w + m;
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

/** (f) for the employees given. */
export function quartileBands(list: readonly Employee[]): QuartileBand[] {
  const employees = Employees.of(list);
  const { annualBasic, annualVariable, hours } = employees;
  const hourly = bySex(employees, (i) => (annualBasic[i] + annualVariable[i]) / hours[i]);
  hourly.women.sort();
  hourly.men.sort();
  return bandsOf(hourly);
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
  yearBasis: YearBasis;
  leaveColumns: string[];
}

/** The indicators of Art. 9(1) and the categories under Art. 10 for the employees given (women and men). */
/** Every measure's figures in one pass, each sex in a typed array of its own: total and variable pay, annual and hourly. */
function payArrays(employees: Employees, women: number, men: number, everyone: boolean) {
  const { woman, annualBasic, annualVariable, hours } = employees;
  let receivingWomen = 0;
  let receivingMen = 0;
  for (let i = 0; i < employees.length; i++)
    if (annualVariable[i] > 0) {
      if (woman[i] === 1) receivingWomen++;
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
  for (let i = 0; i < employees.length; i++) {
    const total = annualBasic[i] + annualVariable[i];
    const variable = annualVariable[i];
    if (woman[i] === 1) {
      annual.women[w] = total;
      hourly.women[w++] = total / hours[i];
    } else {
      annual.men[m] = total;
      hourly.men[m++] = total / hours[i];
    }
    if (everyone || variable > 0) {
      if (woman[i] === 1) {
        variableAnnual.women[vw] = variable;
        variableHourly.women[vw++] = variable / hours[i];
      } else {
        variableAnnual.men[vm] = variable;
        variableHourly.men[vm++] = variable / hours[i];
      }
    }
  }
  return { annual, hourly, variableAnnual, variableHourly, receivingWomen, receivingMen };
}

export function payTransparency(employees: Employees, options: TransparencyOptions): TransparencyResult {
  const { smallGroup, threshold } = options;
  let women = 0;
  for (let i = 0; i < employees.length; i++) women += employees.woman[i];
  const men = employees.length - women;
  const suppressed = women < smallGroup || men < smallGroup;
  const share = (count: number, of: number) => (of ? oneDecimal((count / of) * 100) : null);
  const base = {
    women,
    men,
    categories: categoryGaps(
      employees,
      smallGroup,
      threshold,
      options.remedyBy,
      options.variablePopulation.g,
      options.leaveColumns.length > 0,
    ),
    variablePopulation: options.variablePopulation,
    categoryBasis: options.categoryBasis,
    hoursFrom: options.hoursFrom,
    hoursColumn: options.hoursColumn,
    variableColumns: options.variableColumns,
    yearBasis: options.yearBasis,
    leaveColumns: options.leaveColumns,
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
  const medianGap = medianGapOf(annual, hourly, true);
  const variableMedianGap = medianGapOf(variableAnnual, variableHourly, false);
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
