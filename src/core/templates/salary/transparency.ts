/**
 * Lönetransparens: the gender pay gap indicators of the EU pay transparency directive
 * (Directive (EU) 2023/970, Art. 9(1) (a)–(g), the 5 % rule of Art. 10), from the payroll's one
 * row per employee. Pay level is gross annual pay (basic pay × 12, or an annual column, plus the
 * complementary or variable components) and gross hourly pay (annual pay over the hours worked:
 * an hours column, or Sysselsättningsgrad × a full-time year). The result holds percentages,
 * shares and headcounts only — never an amount — so it may go into a report that leaves the
 * workbook; a group with fewer than the small-group setting of either sex shows no figure.
 */

/** One employee as the indicators need them (amounts stay inside the analysis). */
export interface Employee {
  row: number;
  sex: "woman" | "man";
  category: string | null;
  /** Where the category is named (its cell), for the category's line. */
  categoryCell: string | null;
  /** Basic pay over the year, and the complementary or variable components over the year. */
  annualBasic: number;
  annualVariable: number;
  /** Hours worked (or paid) in the year. */
  hours: number;
  justification: string | null;
}

/** A gap in percent of men's pay, (men − women) / men × 100, on annual and on hourly pay; null where it cannot be told. */
export interface Gap {
  annual: number | null;
  hourly: number | null;
}

export interface CategoryGap {
  category: string;
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
  /** Art. 10: the average pay level differs by the threshold or more (hourly pay, either direction). */
  jointAssessment: boolean;
  /** The category's justification as the sheet gives it (Motivering, Saklig grund), if any. */
  justification: string | null;
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
  categoryBasis: { kind: "column" | "valuation" | "title"; column: string; bandWidth?: number };
  /** Whether hours come from a column, from Sysselsättningsgrad × a full-time year, or are a full year for all. */
  hoursFrom: "column" | "employment" | "fullTime";
  variableColumns: string[];
  settings: { threshold: number; smallGroup: number; fullTimeHours: number; referenceYear: number };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The median by sorting (the test computes it by selection, another way). */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** (men − women) / men × 100, one decimal; null when either is unknown or men's is zero. */
export function gapOf(women: number | null, men: number | null): number | null {
  if (women === null || men === null || men === 0) return null;
  return oneDecimal(((men - women) / men) * 100);
}

type Measure = (e: Employee) => number;
const annualTotal: Measure = (e) => e.annualBasic + e.annualVariable;
const hourlyTotal: Measure = (e) => (e.annualBasic + e.annualVariable) / e.hours;
const annualVariable: Measure = (e) => e.annualVariable;
const hourlyVariable: Measure = (e) => e.annualVariable / e.hours;
const annualBasic: Measure = (e) => e.annualBasic;
const hourlyBasic: Measure = (e) => e.annualBasic / e.hours;

function split(employees: readonly Employee[], measure: Measure): { women: number[]; men: number[] } {
  const women: number[] = [];
  const men: number[] = [];
  for (const e of employees) (e.sex === "woman" ? women : men).push(measure(e));
  return { women, men };
}

function meanGap(employees: readonly Employee[], annual: Measure, hourly: Measure): Gap {
  const a = split(employees, annual);
  const h = split(employees, hourly);
  return { annual: gapOf(meanOf(a.women), meanOf(a.men)), hourly: gapOf(meanOf(h.women), meanOf(h.men)) };
}

function medianGap(employees: readonly Employee[], annual: Measure, hourly: Measure): Gap {
  const a = split(employees, annual);
  const h = split(employees, hourly);
  return { annual: gapOf(medianOf(a.women), medianOf(a.men)), hourly: gapOf(medianOf(h.women), medianOf(h.men)) };
}

const NO_GAP: Gap = { annual: null, hourly: null };

/**
 * (f) Four bands of equal size by hourly pay (the first n mod 4 bands one larger when the
 * workforce does not divide by four). Equal hourly pay across a boundary: the employees paid so
 * are shared between the bands by sex in proportion (largest remainder), so that no sex is put
 * above the boundary by the order of the rows — the rule the UK's gender pay gap reporting uses.
 */
export function quartileBands(employees: readonly Employee[]): QuartileBand[] {
  const n = employees.length;
  const sizes = [0, 1, 2, 3].map((k) => Math.floor(n / 4) + (k < n % 4 ? 1 : 0));
  const ends = sizes.map((_, k) => sizes.slice(0, k + 1).reduce((a, b) => a + b, 0));
  const sorted = employees
    .map((e) => ({ pay: hourlyTotal(e), woman: e.sex === "woman" }))
    .sort((a, b) => a.pay - b.pay);
  const women = [0, 0, 0, 0];
  const men = [0, 0, 0, 0];
  for (let i = 0; i < n;) {
    let j = i;
    let w = 0;
    while (j < n && sorted[j].pay === sorted[i].pay) {
      if (sorted[j].woman) w++;
      j++;
    }
    // Positions [i, j) are paid alike: their places in each band.
    const slots = ends.map((end, k) => Math.max(0, Math.min(end, j) - Math.max(k ? ends[k - 1] : 0, i)));
    const size = j - i;
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
    i = j;
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

export interface TransparencyOptions {
  threshold: number;
  smallGroup: number;
  fullTimeHours: number;
  referenceYear: number;
  categoryBasis: TransparencyResult["categoryBasis"];
  hoursFrom: TransparencyResult["hoursFrom"];
  variableColumns: string[];
}

/** The indicators of Art. 9(1) and the categories under Art. 10 for the employees given (women and men). */
export function payTransparency(employees: readonly Employee[], options: TransparencyOptions): TransparencyResult {
  const { smallGroup, threshold } = options;
  const women = employees.filter((e) => e.sex === "woman").length;
  const men = employees.length - women;
  const suppressed = women < smallGroup || men < smallGroup;
  const share = (count: number, of: number) => (of ? oneDecimal((count / of) * 100) : null);
  const byCategory = new Map<string, Employee[]>();
  for (const e of employees) {
    if (e.category === null) continue;
    const list = byCategory.get(e.category);
    if (list) list.push(e);
    else byCategory.set(e.category, [e]);
  }
  const categories: CategoryGap[] = [...byCategory].map(([category, list]) => {
    const w = list.filter((e) => e.sex === "woman").length;
    const m = list.length - w;
    const hidden = w < smallGroup || m < smallGroup;
    const total = hidden ? NO_GAP : meanGap(list, annualTotal, hourlyTotal);
    const first = list.reduce((a, b) => (b.row < a.row ? b : a));
    return {
      category,
      cell: first.categoryCell,
      row: first.row,
      women: w,
      men: m,
      suppressed: hidden,
      basic: hidden ? NO_GAP : meanGap(list, annualBasic, hourlyBasic),
      variable: hidden ? NO_GAP : meanGap(list, annualVariable, hourlyVariable),
      total,
      jointAssessment: total.hourly !== null && Math.abs(total.hourly) >= threshold,
      justification: list.find((e) => e.justification)?.justification ?? null,
    };
  });
  categories.sort((a, b) => a.row - b.row);
  const receivers = employees.filter((e) => e.annualVariable > 0);
  const receiving = (sex: Employee["sex"]) =>
    share(employees.filter((e) => e.sex === sex && e.annualVariable > 0).length, sex === "woman" ? women : men);
  return {
    women,
    men,
    suppressed,
    meanGap: suppressed ? NO_GAP : meanGap(employees, annualTotal, hourlyTotal),
    medianGap: suppressed ? NO_GAP : medianGap(employees, annualTotal, hourlyTotal),
    variableMeanGap: suppressed ? NO_GAP : meanGap(receivers, annualVariable, hourlyVariable),
    variableMedianGap: suppressed ? NO_GAP : medianGap(receivers, annualVariable, hourlyVariable),
    receivingVariable: suppressed ? { women: null, men: null } : { women: receiving("woman"), men: receiving("man") },
    quartiles: suppressed ? [] : quartileBands(employees),
    categories,
    categoryBasis: options.categoryBasis,
    hoursFrom: options.hoursFrom,
    variableColumns: options.variableColumns,
    settings: {
      threshold,
      smallGroup,
      fullTimeHours: options.fullTimeHours,
      referenceYear: options.referenceYear,
    },
  };
}
