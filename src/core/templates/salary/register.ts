/**
 * The pay register (laid out as Spain's official registro retributivo, the closest published model
 * of a pay register in a spreadsheet): for the whole payroll and each category of workers, each
 * part of pay over the reference year — basic pay, each complementary or variable component, and
 * the pay level — with women's and men's mean and median and the gap between them. Amounts: it stays
 * in the workbook (SalaryResult.register, dropped from every report), and a group with fewer than
 * the small-group setting of either sex shows no figure (Art. 12).
 */
import { gapOf } from "./categories";
import type { Employee } from "./transparencyTypes";

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

function median(values: Float64Array): number {
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/** Kronor as a register shows them: whole kronor. */
const kronor = (value: number) => Math.round(value);

function lines(
  category: string | null,
  group: readonly Employee[],
  columns: readonly string[],
  smallGroup: number,
): RegisterLine[] {
  const women = group.filter((e) => e.sex === "woman");
  const men = group.filter((e) => e.sex === "man");
  const hidden = women.length < smallGroup || men.length < smallGroup;
  const parts: [RegisterLine["part"], (e: Employee) => number][] = [
    [{ kind: "basic" }, (e) => e.annualBasic],
    ...columns.map((column, j): [RegisterLine["part"], (e: Employee) => number] => [
      { kind: "component", column },
      (e) => e.parts?.[j] ?? 0,
    ]),
    [{ kind: "total" }, (e) => e.annualBasic + e.annualVariable],
  ];
  return parts.map(([part, amount]) => {
    const line: RegisterLine = {
      category,
      part,
      women: women.length,
      men: men.length,
      hidden,
      mean: null,
      median: null,
    };
    if (hidden) return line;
    const w = Float64Array.from(women, amount);
    const m = Float64Array.from(men, amount);
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const [meanW, meanM] = [sum(w) / w.length, sum(m) / m.length];
    const [medianW, medianM] = [median(w), median(m)];
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
  for (const e of employees) {
    if (e.category === null) continue;
    let group = byCategory.get(e.category);
    if (!group) byCategory.set(e.category, (group = []));
    group.push(e);
  }
  return [
    ...lines(null, employees, columns, smallGroup),
    ...[...byCategory].flatMap(([category, group]) => lines(category, group, columns, smallGroup)),
  ];
}
