/**
 * A payroll's employees as the directive's report reads them: entry i is one employee, the figures
 * in typed arrays, no object per employee. At 100 000 employees the objects lived through the
 * whole analysis (and beside the result, for the register): a tenth of the payroll's analysis was
 * the garbage collector copying them. Every sum walks the entries in the payroll's order, as it
 * walked the objects, so every figure is the same.
 */
import type { Employee } from "./transparencyTypes";
import { grown } from "../../grow";
import { keepShape } from "../../shapes";

/** One employee as added: an Employee, its components any list of numbers. */
export type EmployeeEntry = Omit<Employee, "parts"> & { parts?: ArrayLike<number> };

export class Employees {
  length = 0;
  row: Int32Array;
  /** 1 for a woman, 0 for a man (the report counts only those two). */
  woman: Uint8Array;
  annualBasic: Float64Array;
  annualVariable: Float64Array;
  hours: Float64Array;
  /** Each employee's components over the year: entry i's component j at i × partCount + j. */
  parts: Float64Array;
  // The texts in arrays made as large as the payroll at once (grown like the figures where not).
  category: (string | null)[];
  categoryCell: (string | null)[];
  title: (string | null)[];
  justification: (string | null)[];
  leave: Employee["leave"][];
  remedied: Employee["remedied"][];

  /** `partCount`: the complementary or variable components each employee has (the payroll's columns of them). */
  constructor(
    readonly partCount: number,
    capacity = 16,
  ) {
    const size = Math.max(1, capacity);
    this.row = new Int32Array(size);
    this.woman = new Uint8Array(size);
    this.annualBasic = new Float64Array(size);
    this.annualVariable = new Float64Array(size);
    this.hours = new Float64Array(size);
    this.parts = new Float64Array(size * partCount);
    this.category = new Array<string | null>(size);
    this.categoryCell = new Array<string | null>(size);
    this.title = new Array<string | null>(size);
    this.justification = new Array<string | null>(size);
    this.leave = new Array<Employee["leave"]>(size);
    this.remedied = new Array<Employee["remedied"]>(size);
  }

  /** The employees given as objects (the tests' examples); the components as many as the first one's. */
  static of(list: readonly Employee[]): Employees {
    const employees = new Employees(list[0]?.parts?.length ?? 0, list.length);
    for (const e of list) employees.add(e);
    return employees;
  }

  add(e: EmployeeEntry): void {
    const i = this.length;
    if (i === this.row.length) this.grow();
    this.row[i] = e.row;
    this.woman[i] = e.sex === "woman" ? 1 : 0;
    this.annualBasic[i] = e.annualBasic;
    this.annualVariable[i] = e.annualVariable;
    this.hours[i] = e.hours;
    for (let j = 0; j < this.partCount; j++) this.parts[i * this.partCount + j] = e.parts?.[j] ?? 0;
    this.category[i] = e.category;
    this.categoryCell[i] = e.categoryCell;
    this.title[i] = e.title;
    this.justification[i] = e.justification;
    this.leave[i] = e.leave;
    this.remedied[i] = e.remedied;
    this.length = i + 1;
  }

  /** Component j of entry i (0 where the payroll has no such column). */
  part(i: number, j: number): number {
    return j < this.partCount ? this.parts[i * this.partCount + j] : 0;
  }

  private grow(): void {
    const size = this.row.length * 2;
    this.row = grown(this.row, size);
    this.woman = grown(this.woman, size);
    this.annualBasic = grown(this.annualBasic, size);
    this.annualVariable = grown(this.annualVariable, size);
    this.hours = grown(this.hours, size);
    this.parts = grown(this.parts, size * this.partCount);
    // A JavaScript array takes an entry past its end: the texts grow as they are set.
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new Employees(0, 1));
