/**
 * The pay register (laid out as Spain's official registro retributivo, the closest published model
 * of a pay register in a spreadsheet): for the whole payroll and each category of workers, each
 * part of pay over the reference year — basic pay, each complementary or variable component, and
 * the pay level — with women's and men's mean and median and the gap between them. Amounts: made
 * only when its sheet is written, from the employees the analysis kept beside its transparency
 * result (never on the result, so never in a report), and a group with fewer than the small-group
 * setting of either sex shows no figure (Art. 12).
 */
import { gapOf } from "./categories";
import { selectMedian } from "./transparency";
import type { TransparencyResult } from "./transparencyTypes";
import type { Employees } from "./employees";

/** The employees of each transparency result, kept for its register (held as long as the result is). */
const gathered = new WeakMap<TransparencyResult, Employees>();

/** Keeps a payroll's employees beside its transparency result, for the register made when its sheet is. */
export function keepForRegister(result: TransparencyResult, employees: Employees): void {
  gathered.set(result, employees);
}

/** The register of a transparency result whose employees were kept; null where none were (a result read back from JSON). */
export function registerOf(result: TransparencyResult): RegisterLine[] | null {
  const employees = gathered.get(result);
  return employees ? payRegister(employees, result.variableColumns, result.settings.smallGroup) : null;
}

export interface RegisterLine {
  /** The category; null for the whole payroll. */
  category: string | null;
  /** The part of pay: basic pay, a component's column, or the pay level (all together). */
  part: { kind: "basic" | "total" } | { kind: "component"; column: string };
  women: number;
  men: number;
  /** Fewer than the small-group setting of either sex: no figure. */
  hidden: boolean;
  mean: { women: number; men: number; gap: number | null } | null;
  median: { women: number; men: number; gap: number | null } | null;
}

/** The median of an array, by selection in place (its order is lost). */
const median = (values: Float64Array): number => selectMedian(values)!;

/** Kronor as a register shows them: whole kronor. */
const kronor = (value: number) => Math.round(value);

/** The parts of pay a register line is for: basic pay, each component, the pay level. */
function partsOf(columns: readonly string[]): RegisterLine["part"][] {
  return [
    { kind: "basic" },
    ...columns.map((column): RegisterLine["part"] => ({ kind: "component", column })),
    { kind: "total" },
  ];
}

/** One amount of entry i: basic pay (0), a component (1 … n), the pay level (n + 1). */
function amountOf(employees: Employees, i: number, k: number, last: number): number {
  if (k === 0) return employees.annualBasic[i];
  if (k === last) return employees.annualBasic[i] + employees.annualVariable[i];
  return employees.part(i, k - 1);
}

/**
 * A group's lines (its entries by index, in the payroll's order): counted first, and only a group
 * large enough has its amounts gathered (one array per sex and part).
 */
function lines(
  category: string | null,
  employees: Employees,
  group: ArrayLike<number>,
  parts: readonly RegisterLine["part"][],
  smallGroup: number,
): RegisterLine[] {
  let women = 0;
  for (let g = 0; g < group.length; g++) women += employees.woman[group[g]];
  const men = group.length - women;
  const hidden = women < smallGroup || men < smallGroup;
  const last = parts.length - 1;
  // A group too small to show: one line that says so, not one per part.
  if (hidden) return [{ category, part: parts[last], women, men, hidden, mean: null, median: null }];
  return parts.map((part, k) => {
    const line: RegisterLine = { category, part, women, men, hidden, mean: null, median: null };
    const w = new Float64Array(women);
    const m = new Float64Array(men);
    let wi = 0;
    let mi = 0;
    let wSum = 0;
    let mSum = 0;
    for (let g = 0; g < group.length; g++) {
      const i = group[g];
      const amount = amountOf(employees, i, k, last);
      if (employees.woman[i] === 1) {
        w[wi++] = amount;
        wSum += amount;
      } else {
        m[mi++] = amount;
        mSum += amount;
      }
    }
    const [meanW, meanM, medianW, medianM] = [wSum / women, mSum / men, median(w), median(m)];
    line.mean = { women: kronor(meanW), men: kronor(meanM), gap: gapOf(meanW, meanM) };
    line.median = { women: kronor(medianW), men: kronor(medianM), gap: gapOf(medianW, medianM) };
    return line;
  });
}

/** The register of a payroll's employees: the whole payroll first, then each category in the order they come. */
export function payRegister(employees: Employees, columns: readonly string[], smallGroup: number): RegisterLine[] {
  const byCategory = new Map<string, number[]>();
  for (let i = 0; i < employees.length; i++) {
    const category = employees.category[i];
    if (category === null) continue;
    let group = byCategory.get(category);
    if (!group) byCategory.set(category, (group = []));
    group.push(i);
  }
  const everyone = new Int32Array(employees.length);
  for (let i = 0; i < everyone.length; i++) everyone[i] = i;
  const parts = partsOf(columns);
  return [
    ...lines(null, employees, everyone, parts, smallGroup),
    ...[...byCategory].flatMap(([category, group]) => lines(category, employees, group, parts, smallGroup)),
  ];
}
