/**
 * The right to information (Directive (EU) 2023/970 Art. 7): one employee's own pay level and
 * the average pay levels of women and men in their category, annual and hourly. Each figure is
 * reckoned here a second time from the people the payroll was made of; a sex with fewer than the
 * small-group setting shows no average; an Anst.nr on two rows, one that is not there, a payroll
 * without an Anst.nr column and a row whose pay cannot be read each get their own answer; and
 * the report that may leave the workbook carries none of it.
 */
import { withPayInfo } from "../../src/core/templates/salary/action";
import { analyzeGrid, parseSettings } from "../../src/core";
import { fileReport } from "../../src/core/report";
import type { SalaryResult } from "../../src/core/templates/salary";
import { searchPayInfo, type EmployeePayInfo, type PayInfoAnswer } from "../../src/core/templates/salary/payInfo";
import { payInfoSheet, payInfoSheetName } from "../../src/core/templates/salary/payInfoSheet";
import type { PayInfoRequest } from "../../src/core/templates/salary/payInfo";
import type { CellValue, Grid } from "../../src/core/types";
import { context } from "../../src/core/analyze";

interface Person {
  id: CellValue;
  title: string;
  category: string;
  sex: string;
  monthly: CellValue;
  rate: number;
  allowance: number; // per month
  bonus: number; // per year
  hours: number;
}

/** People of three categories: Lönegrupp A of both sexes, Lönegrupp B with two women only, one without a category. */
function people(): Person[] {
  const list: Person[] = [];
  let id = 1001;
  const add = (p: Omit<Person, "id">) => list.push({ id: id++, ...p });
  for (let i = 0; i < 9; i++)
    add({
      title: "Handläggare",
      category: "Lönegrupp A",
      sex: i % 3 === 0 ? "M" : "K",
      monthly: 32_000 + i * 700,
      rate: i === 4 ? 0.75 : 1,
      allowance: i % 2 ? 800 : 0,
      bonus: i === 6 ? 12_000 : 0,
      hours: i === 4 ? 1_300 : 1_720 + i * 5,
    });
  for (let i = 0; i < 6; i++)
    add({
      title: "Utredare",
      category: "Lönegrupp B",
      sex: i < 2 ? "K" : "M",
      monthly: 41_000 + i * 900,
      rate: 1,
      allowance: 0,
      bonus: i === 5 ? 20_000 : 0,
      hours: 1_760,
    });
  add({
    title: "Samordnare",
    category: "",
    sex: "K",
    monthly: 38_500,
    rate: 1,
    allowance: 0,
    bonus: 0,
    hours: 1_700,
  });
  return list;
}

const HEADER = [
  "Anst.nr",
  "Befattning",
  "Lönegrupp",
  "Kön",
  "Månadslön",
  "Sysselsättningsgrad",
  "Lönetillägg per månad",
  "Bonus",
  "Arbetade timmar",
];

function grid(list: readonly Person[], header: readonly string[] = HEADER): Grid {
  const values: CellValue[][] = [["Löneunderlag 2026"], [], [...header]];
  for (const p of list)
    values.push(
      [p.id, p.title, p.category, p.sex, p.monthly, p.rate, p.allowance || "", p.bonus || "", p.hours].slice(
        HEADER.length - header.length,
      ),
    );
  return { sheet: "Lönelista", originRow: 1, originCol: 1, values };
}

const FIRST_ROW = 4; // the title, an empty row and the header above

function answerFor(g: Grid, payInfo: PayInfoRequest): PayInfoAnswer | undefined {
  const report = analyzeGrid(g, withPayInfo(payInfo, { today: "2026-12-01" })).reports[0];
  expect(report.template).toBe("salary");
  return (report.result as SalaryResult).payInfo;
}

function found(answer: PayInfoAnswer | undefined): EmployeePayInfo {
  if (answer?.kind !== "found") throw new Error(`expected the employee found, got ${JSON.stringify(answer)}`);
  return answer.info;
}

// The second computation, from the people themselves.
const annualBasic = (p: Person) => (p.monthly as number) * 12;
const annualVariable = (p: Person) => p.allowance * 12 + p.bonus;
const cents = (value: number) => Math.round(value * 100) / 100;
function expectedLevel(group: readonly Person[]) {
  const n = group.length;
  const sum = (f: (p: Person) => number) => group.reduce((s, p) => s + f(p), 0);
  return {
    basicAnnual: cents(sum(annualBasic) / n),
    variableAnnual: cents(sum(annualVariable) / n),
    annual: cents(sum((p) => annualBasic(p) + annualVariable(p)) / n),
    hourly: cents(sum((p) => (annualBasic(p) + annualVariable(p)) / p.hours) / n),
  };
}

describe("one employee's pay information", () => {
  const list = people();
  const g = grid(list);

  test("by Anst.nr: the employee's own pay level and the averages of women and men in the category", () => {
    const target = list[4]; // a woman in Lönegrupp A, part time with her own hours
    const info = found(answerFor(g, { employee: "1005" }));
    expect(info.row).toBe(FIRST_ROW + 4);
    expect(info.employee).toBe("1005");
    expect(info.title).toBe("Handläggare");
    expect(info.category).toBe("Lönegrupp A");
    expect(info.own).toEqual(expectedLevel([target]));
    const inA = list.filter((p) => p.category === "Lönegrupp A");
    const women = inA.filter((p) => p.sex === "K");
    const men = inA.filter((p) => p.sex === "M");
    expect(info.women).toEqual({ count: women.length, average: expectedLevel(women) });
    expect(info.men).toEqual({ count: men.length, average: expectedLevel(men) });
    expect(info.hoursFrom).toBe("column");
    expect(info.variableColumns).toEqual(["Lönetillägg per månad", "Bonus"]);
    expect(info.categoryBasis).toEqual({ kind: "column", column: "Lönegrupp" });
  });

  test("an Anst.nr is found as typed, with its leading zeros or spaces, or as the sheet's number", () => {
    for (const typed of ["1005", " 1005 ", "01005"])
      expect(found(answerFor(g, { employee: typed })).row).toBe(FIRST_ROW + 4);
    const asText = list.map((p, i) => (i === 4 ? { ...p, id: "A-1005" } : p));
    expect(found(answerFor(grid(asText), { employee: "A-1005" })).row).toBe(8);
    expect(answerFor(grid(asText), { employee: "1005" })).toEqual({ kind: "notFound", idColumn: true });
  });

  test("by row: the same answer as by Anst.nr", () => {
    expect(answerFor(g, { row: FIRST_ROW + 4 })).toEqual(answerFor(g, { employee: "1005" }));
  });

  test("a sex with fewer than the small-group setting in the category: the answer, with averages, goes to the representatives", () => {
    const info = found(answerFor(g, { employee: String(list[12].id) })); // a man in Lönegrupp B: two women
    expect(info.category).toBe("Lönegrupp B");
    // Art. 7 allows no refusal: the two women's average is reckoned, and the answer marked for the representatives.
    expect(info.women).toEqual({
      count: 2,
      average: expectedLevel(list.filter((p) => p.category === "Lönegrupp B" && p.sex === "K")),
    });
    expect(info.men.count).toBe(4);
    expect(info.men.average).toEqual(expectedLevel(list.filter((p) => p.category === "Lönegrupp B" && p.sex === "M")));
    expect(info.forRepresentatives).toBe(true);
    const ctx = context({
      locale: "sv",
      today: "2026-12-01",
      settings: parseSettings({ salary: { representatives: "Vision och Kommunal" } }),
    });
    const sheet = payInfoSheet(info, "Lönelista", ctx);
    expect(sheet.name).toBe(`Plankoll Företrädare ${list[12].id}`);
    const texts = sheet.cells.map((c) => String(c.value));
    expect(texts[1]).toMatch(/^Till Vision och Kommunal – lämnas inte till arbetstagaren: färre än 3 kvinnor/);
    expect(texts).toContain(
      "Bladet innehåller personuppgifter: lämna det bara till arbetstagarnas företrädare, inte till arbetstagaren.",
    );
    // A worker whose category has enough of both: their own sheet, as before.
    const plain = found(answerFor(g, { employee: "1005" }));
    expect(plain.forRepresentatives).toBe(false);
    expect(payInfoSheet(plain, "Lönelista", ctx).name).toBe("Plankoll Löneinfo 1005");
  });

  test("an employee without a category gets their own pay level and no averages", () => {
    const info = found(answerFor(g, { employee: String(list[15].id) }));
    expect(info.category).toBeNull();
    expect(info.own).toEqual(expectedLevel([list[15]]));
    expect(info.women.average).toBeNull();
    expect(info.men.average).toBeNull();
  });

  test("an Anst.nr on two rows is the user's to choose between; one not there is said so", () => {
    const twice = list.map((p, i) => (i === 9 ? { ...p, id: 1005 } : p));
    expect(answerFor(grid(twice), { employee: "1005" })).toEqual({ kind: "ambiguous", rows: [8, 13] });
    expect(answerFor(g, { employee: "9999" })).toEqual({ kind: "notFound", idColumn: true });
    expect(answerFor(g, { row: 200 })).toEqual({ kind: "notFound", idColumn: true });
  });

  test("a payroll without an Anst.nr column: asked by number, it says it has no such column; by row, it answers", () => {
    const noId = grid(list, HEADER.slice(1));
    expect(answerFor(noId, { employee: "1005" })).toEqual({ kind: "notFound", idColumn: false });
    const info = found(answerFor(noId, { row: 8 }));
    expect(info.employee).toBeNull();
    expect(payInfoSheetName(info, context({ locale: "sv" }))).toBe("Plankoll Löneinfo rad 8");
  });

  test("an employee whose pay cannot be read: their row, and no figures", () => {
    const bad = list.map((p, i) => (i === 4 ? { ...p, monthly: "trettiotusen" } : p));
    expect(answerFor(grid(bad), { employee: "1005" })).toEqual({ kind: "unreadable", row: 8 });
  });

  test("an employee whose sex is not filled in still gets their pay level", () => {
    const blank = list.map((p, i) => (i === 4 ? { ...p, sex: "" } : p));
    const info = found(answerFor(grid(blank), { employee: "1005" }));
    expect(info.own).toEqual(expectedLevel([list[4]]));
    // Not counted among the women any more.
    expect(info.women.count).toBe(list.filter((p) => p.category === "Lönegrupp A" && p.sex === "K").length - 1);
  });

  test("the report that leaves the workbook carries no pay information, and the review is the same with or without it", () => {
    const asked = analyzeGrid(g, withPayInfo({ employee: "1005" }, { today: "2026-12-01" })).reports;
    const plain = analyzeGrid(g, { today: "2026-12-01" }).reports;
    const report = fileReport("lön.xlsx", asked);
    const json = JSON.stringify(report);
    expect(json).not.toContain("payInfo");
    expect(JSON.stringify(fileReport("lön.xlsx", plain))).toBe(json);
    expect(asked[0].findings).toEqual(plain[0].findings);
  });

  test("the sheet names the employee, the directive and every figure, in Swedish and in English", () => {
    const info = found(answerFor(g, { employee: "1005" }));
    for (const locale of ["sv", "en"] as const) {
      const ctx = context({ locale, today: "2026-12-01" });
      const sheet = payInfoSheet(info, "Lönelista", ctx);
      // Plankoll's sheets keep their Swedish names in either language: the workbook is the city's.
      expect(sheet.name).toBe("Plankoll Löneinfo 1005");
      const values = sheet.cells.map((c) => c.value);
      for (const level of [info.own, info.women.average!, info.men.average!])
        for (const figure of Object.values(level)) expect(values).toContain(figure);
      const text = values.filter((v) => typeof v === "string").join("\n");
      expect(text).toContain("2023/970");
      expect(text).toContain(locale === "sv" ? "Kategori av arbetstagare: Lönegrupp A" : "Lönegrupp A");
      expect(text).toContain("1005");
      expect(text).toContain("Lönelista");
    }
  });
});

describe("the pay information searched for across a workbook's payrolls", () => {
  const info = { row: 5 } as EmployeePayInfo;
  test("found on one payroll, on none, on two, or no payroll at all", () => {
    expect(searchPayInfo([])).toEqual({ kind: "noPayroll" });
    expect(searchPayInfo([{ sheet: "Positioner", answer: undefined }])).toEqual({ kind: "noPayroll" });
    expect(
      searchPayInfo([
        { sheet: "A", answer: { kind: "notFound", idColumn: false } },
        { sheet: "B", answer: { kind: "found", info } },
      ]),
    ).toEqual({ kind: "found", sheet: "B", info });
    expect(
      searchPayInfo([
        { sheet: "A", answer: { kind: "notFound", idColumn: false } },
        { sheet: "B", answer: { kind: "notFound", idColumn: true } },
      ]),
    ).toEqual({ kind: "notFound", sheets: ["A", "B"], idColumn: true });
    expect(
      searchPayInfo([
        { sheet: "A", answer: { kind: "found", info } },
        { sheet: "B", answer: { kind: "unreadable", row: 3 } },
      ]),
    ).toEqual({ kind: "manySheets", sheets: ["A", "B"] });
    expect(searchPayInfo([{ sheet: "A", answer: { kind: "ambiguous", rows: [4, 9] } }])).toEqual({
      kind: "ambiguous",
      sheet: "A",
      rows: [4, 9],
    });
  });
});
