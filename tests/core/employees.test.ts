/** A payroll's employees in columns (src/core/templates/salary/employees.ts) hold what was added, grown as they come. */
import { Employees } from "../../src/core/templates/salary/employees";

test("entries added past the first capacity keep every figure, component and text, in order", () => {
  const employees = new Employees(2, 1);
  for (let i = 0; i < 100; i++)
    employees.add({
      row: i + 2,
      sex: i % 3 ? "man" : "woman",
      category: `K${i % 7}`,
      categoryCell: null,
      title: i % 5 ? "Ekonom" : null,
      annualBasic: 400_000 + i,
      annualVariable: i / 4,
      parts: [i, i / 2],
      hours: 1_720,
      justification: null,
      leave: i % 2 ? "raised" : null,
      remedied: null,
    });
  expect(employees.length).toBe(100);
  for (const i of [0, 1, 63, 64, 99]) {
    expect(employees.row[i]).toBe(i + 2);
    expect(employees.woman[i]).toBe(i % 3 ? 0 : 1);
    expect(employees.annualBasic[i]).toBe(400_000 + i);
    expect(employees.annualVariable[i]).toBe(i / 4);
    expect([employees.part(i, 0), employees.part(i, 1), employees.part(i, 2)]).toEqual([i, i / 2, 0]);
    expect(employees.category[i]).toBe(`K${i % 7}`);
    expect(employees.title[i]).toBe(i % 5 ? "Ekonom" : null);
    expect(employees.leave[i]).toBe(i % 2 ? "raised" : null);
  }
});
