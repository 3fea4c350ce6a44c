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
import type { Employee, TransparencyResult } from "./transparencyTypes";

/** The employees of each transparency result, kept for its register (held as long as the result is). */
const gathered = new WeakMap<TransparencyResult, readonly Employee[]>();

/** Keeps a payroll's employees beside its transparency result, for the register made when its sheet is. */
export function keepForRegister(result: TransparencyResult, employees: readonly Employee[]): void {
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

/** One amount of an employee: basic pay (0), a component (1 … n), the pay level (n + 1). */
function amountOf(e: Employee, k: number, last: number): number {
  if (k === 0) return e.annualBasic;
  if (k === last) return e.annualBasic + e.annualVariable;
  return e.parts?.[k - 1] ?? 0;
}

/** A group's lines: counted first, and only a group large enough has its amounts gathered (one array per sex and part). */
function lines(
  category: string | null,
  group: readonly Employee[],
  parts: readonly RegisterLine["part"][],
  smallGroup: number,
): RegisterLine[] {
  let women = 0;
  for (let i = 0; i < group.length; i++) if (group[i].sex === "woman") women++;
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
    for (let i = 0; i < group.length; i++) {
      const e = group[i];
      const amount = amountOf(e, k, last);
      if (e.sex === "woman") {
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
export function payRegister(
  employees: readonly Employee[],
  columns: readonly string[],
  smallGroup: number,
): RegisterLine[] {
  const byCategory = new Map<string, Employee[]>();
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i];
    if (e.category === null) continue;
    let group = byCategory.get(e.category);
    if (!group) byCategory.set(e.category, (group = []));
    group.push(e);
  }
  const parts = partsOf(columns);
  return [
    ...lines(null, employees, parts, smallGroup),
    ...[...byCategory].flatMap(([category, group]) => lines(category, group, parts, smallGroup)),
  ];
}
