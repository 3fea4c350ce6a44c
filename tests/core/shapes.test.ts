/**
 * The hidden classes kept between analyses (src/core/shapes.ts): every object an analysis's walks
 * read through, made as an analysis makes it and used as it uses it, has the hidden class of one
 * kept — else the walks' optimized code is thrown away after every analysis, as it was (a payroll
 * analysed again took 143 ms instead of 92). Asked of V8 itself (%HaveSameMap).
 */
import { setFlagsFromString } from "node:v8";
import { GENERATORS } from "../../scripts/generate";
import { context, detectGrid } from "../../src/core/analyze";
import { analyzeGrid } from "../../src/core";
import { keptShapes } from "../../src/core/shapes";
import { tableReader, FirstRows } from "../../src/core/templates/common";
import { Employees } from "../../src/core/templates/salary/employees";
import { payrollReading, type Payroll } from "../../src/core/templates/salary/payroll";
import { yearReading } from "../../src/core/templates/salary/yearPay";
import { Befattningar } from "../../src/core/templates/salary/analyze";
import { EqualValuePairs } from "../../src/core/templates/salary/equalValue";
import { IndicatorColumns } from "../../src/core/templates/indicators/analyze";
import { RiskColumns } from "../../src/core/templates/risk/analyze";
import { ActionColumns } from "../../src/core/templates/actionplan/index";
import { ProcurementColumns } from "../../src/core/templates/procurement/kept";
import { GenderRowColumns } from "../../src/core/templates/genderstats/kept";
import { MadeOnce } from "../../src/core/templates/keptRows";
import { WriteList } from "../../src/core/writes";
import { TextInterner } from "../../src/core/parse/interner";
import { TextMemo } from "../../src/core/parse/memo";
import type { Grid } from "../../src/core/types";

setFlagsFromString("--allow-natives-syntax");
// V8's own test of two objects' hidden classes.
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const kept = (o: object) => keptShapes().some((k) => sameMap(k, o));

function grid(template: string, rows: number): Grid {
  return { sheet: "Data", originRow: 1, originCol: 1, values: GENERATORS[template](rows) };
}

describe("the hidden classes kept between analyses", () => {
  beforeAll(() => {
    // Every template analysed first: whatever an analysis changes in its objects' classes has happened.
    for (const template of Object.keys(GENERATORS)) analyzeGrid(grid(template, 2_000), { today: "2026-11-23" });
  });

  test("a payroll's table, its rows, its readers, its findings and what reads its employees", () => {
    const detected = detectGrid(grid("salary", 2_000), { today: "2026-11-23" });
    const table = detected.read.get(detected.found[0])!;
    const ctx = context({ today: "2026-11-23" });
    const findings = ctx.findings();
    const read = tableReader(table, findings, ctx.t);
    const cols = read.columnsOf(["title", "sex", "salary", "employment", "valuation", "hourlyRate"] as const);
    const payroll: Payroll = { employees: new Employees(0), basis: null };
    const reader = payrollReading(table, read, findings, payroll, ctx, false);
    const groups = new Befattningar(cols.title, new Map());
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows.at(i);
      const title = cols.title.requiredText(r);
      const sex = cols.sex.requiredText(r);
      if (title) groups.of(title, r);
      reader.employee(r, sex === "K" ? "woman" : "man", cols.salary.number(r, false, 0), null, title);
    }
    findings.add("REQUIRED_MISSING", "A1", 1, { column: "x" });
    const year = yearReading(table, read, findings, 2025, 1_700, false);
    const objects: Record<string, object> = {
      table,
      rows: table.rows,
      read,
      cols,
      title: cols.title,
      salary: cols.salary,
      findings,
      reader,
      firstSeen: (reader as unknown as { firstOf: object }).firstOf,
      year,
      employees: payroll.employees,
      groups,
    };
    for (const [name, object] of Object.entries(objects)) expect([name, kept(object)]).toEqual([name, true]);
  });

  test("each template's kept rows, its writes and the parsers' memories", () => {
    const writes = new WriteList(4);
    writes.add(1, 1, "x");
    const interner = new TextInterner();
    interner.of("Lärare");
    const memo = new TextMemo<number>(20);
    memo.keep("5 %", 5);
    const first = new FirstRows();
    first.set(1, 3);
    const objects: Record<string, object> = {
      writes,
      interner,
      memo,
      first,
      madeOnce: new MadeOnce<number>(),
      pairs: new EqualValuePairs([]),
      indicators: new IndicatorColumns(10, 1),
      risks: new RiskColumns(10, 1),
      actions: new ActionColumns(10),
      procurements: new ProcurementColumns(10, 1),
      genderRows: new GenderRowColumns(10),
    };
    for (const [name, object] of Object.entries(objects)) expect([name, kept(object)]).toEqual([name, true]);
  });

  test("an object of a class never kept is told apart (the test can fail)", () => {
    class Unkept {
      constructor(readonly a: number) {}
    }
    expect(kept(new Unkept(1))).toBe(false);
    expect(kept({ someKey: 1, another: 2 })).toBe(false);
  });
});
