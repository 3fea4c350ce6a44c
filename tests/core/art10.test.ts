/**
 * Art. 10 of the pay transparency directive as its text has it: every category with a woman and a
 * man is assessed (a small one too, without its figures shown), the 5 % compared before any
 * rounding, on annual or hourly pay level; a justification or a remedy within six months of the
 * report means no joint pay assessment. The payroll is laid out as a new user's would be.
 */
import { analyzeGrid, analyzeWorkbook, fileReport, parseSettings, type Finding } from "../../src/core";
import type { SalaryResult } from "../../src/core/templates/salary";
import { remedyDeadline } from "../../src/core/templates/salary/payroll";
import type { CellValue, Grid } from "../../src/core/types";

type Row = [
  category: string,
  sex: "K" | "M",
  monthly: number,
  hours: number,
  justification?: string,
  remedied?: string,
];

/** Three women and three men (or as given), each sex paid alike, the men 50 000 a month, 2 000 hours. */
function category(name: string, women: number, womenHours = 2000, count = { women: 3, men: 3 }): Row[] {
  return [
    ...Array.from({ length: count.women }, (): Row => [name, "K", women, womenHours]),
    ...Array.from({ length: count.men }, (): Row => [name, "M", 50_000, 2000]),
  ];
}

const ROWS: Row[] = [
  // 4,95 %: under 5 %, though it rounds to 5,0.
  ...category("Grupp A", 47_525),
  // Exactly 5 %.
  ...category("Grupp B", 47_500),
  // Annual 6 %; the women work fewer hours, so their hourly pay is only about 3 % lower.
  ...category("Grupp C", 47_000, 1938),
  // 2 women and 1 man, 8 %: assessed, figures hidden.
  ...category("Grupp D", 46_000, 2000, { women: 2, men: 1 }),
  // 10 %, justified on a row.
  ...category("Grupp E", 45_000).map((r, i): Row => (i === 0 ? [r[0], r[1], r[2], r[3], "Marknadstillägg"] : r)),
  // 10 %, remedied within six months of the report; and remedied too late.
  ...category("Grupp F", 45_000).map((r, i): Row => (i === 0 ? [r[0], r[1], r[2], r[3], "", "2027-09-01"] : r)),
  ...category("Grupp G", 45_000).map((r, i): Row => (i === 0 ? [r[0], r[1], r[2], r[3], "", "2028-01-15"] : r)),
];

function payroll(): Grid {
  const values: CellValue[][] = [
    ["Lönelista 2026"],
    [],
    ["Anst.nr", "Befattning", "Kategori", "Kön", "Månadslön", "Arbetade timmar", "Motivering", "Åtgärdat"],
    ...ROWS.map(([c, sex, pay, hours, why, fixed], i) => [
      1000 + i,
      "Handläggare",
      c,
      sex,
      pay,
      hours,
      why ?? null,
      fixed ?? null,
    ]),
  ];
  return { sheet: "Lönelista", originRow: 1, originCol: 1, values };
}

const settings = parseSettings({ salary: { reportDate: "2027-05-31" } });
const { report } = analyzeGrid(payroll(), { settings, today: "2027-06-01" });
const result = report.result as SalaryResult;
const byCategory = (name: string) => result.transparency!.categories.find((c) => c.category === name)!;
const findingsOf = (name: string): Finding[] =>
  report.findings.filter((f) => f.code.startsWith("PAY_GAP") && String(f.params.category).includes(name));

describe("Art. 10 on every category", () => {
  test("six months after the report: the same day, or the month's last", () => {
    expect(remedyDeadline("2027-05-31")).toBe("2027-11-30");
    expect(remedyDeadline("2027-08-31")).toBe("2028-02-29");
    expect(remedyDeadline("2026-12-06")).toBe("2027-06-06");
  });

  test("4,95 % does not trigger, 5,0 % does: compared before rounding", () => {
    expect(byCategory("Grupp A")).toMatchObject({ jointAssessment: false, verdict: null });
    expect(findingsOf("Grupp A")).toEqual([]);
    expect(byCategory("Grupp B")).toMatchObject({ jointAssessment: true, verdict: "assess" });
    expect(findingsOf("Grupp B").map((f) => f.code)).toEqual(["PAY_GAP_JOINT_ASSESSMENT"]);
    expect(findingsOf("Grupp B")[0].message).toContain("senast 2027-11-30");
  });

  test("an annual gap of 6 % with an hourly gap of 3 % triggers, on annual pay, and says so", () => {
    const c = byCategory("Grupp C");
    expect(c.total.annual).toBe(6);
    expect(Math.abs(c.total.hourly! - 3)).toBeLessThan(0.1);
    expect(c.assessmentOn).toEqual(["annual"]);
    const [finding] = findingsOf("Grupp C");
    expect(finding.code).toBe("PAY_GAP_JOINT_ASSESSMENT");
    expect(finding.message).toContain("(årslön) skiljer 6 %");
  });

  test("2 women and 1 man, 8 %: the assessment is needed, no figure is shown or reported", () => {
    const c = byCategory("Grupp D");
    expect(c).toMatchObject({ women: 2, men: 1, suppressed: true, jointAssessment: true, verdict: "assess" });
    expect(c.total).toEqual({ annual: null, hourly: null });
    const [finding] = findingsOf("Grupp D");
    expect(finding.code).toBe("PAY_GAP_JOINT_ASSESSMENT");
    expect(finding.params.gap).toBeUndefined();
    expect(finding.message).not.toMatch(/\d+(,\d+)? % \(/);
    expect(finding.message).toContain("siffrorna visas inte");
    const json = JSON.stringify(fileReport("lon.xlsx", [report]));
    expect(json).not.toContain("46000");
    expect(json).not.toMatch(/"8(\.0)?"/);
  });

  test("justified, or remedied within six months: no joint assessment; remedied later: one", () => {
    expect(findingsOf("Grupp E").map((f) => [f.code, f.severity])).toEqual([["PAY_GAP_JUSTIFIED", "info"]]);
    expect(findingsOf("Grupp F").map((f) => [f.code, f.severity])).toEqual([["PAY_GAP_REMEDIED", "info"]]);
    expect(findingsOf("Grupp F")[0].message).toContain("2027-09-01");
    expect(byCategory("Grupp G").verdict).toBe("assess");
    expect(findingsOf("Grupp G").map((f) => f.code)).toEqual(["PAY_GAP_JOINT_ASSESSMENT"]);
  });
});

describe("the joint pay assessment's material (Art. 10(2))", () => {
  const { plan } = analyzeWorkbook([payroll()], { settings, today: "2027-06-01" });
  const sheet = plan.newSheets.find((s) => s.name === "Plankoll Gemensam lönebedömning")!;
  const texts = sheet.cells.map((c) => String(c.value));

  test("one section per category that needs it, each on its own page, in Art. 10(2)'s order", () => {
    const sections = sheet.cells.filter((c) => String(c.value).startsWith("Kategori: "));
    const needing = result.transparency!.categories.filter((c) => c.verdict === "assess").map((c) => c.name);
    expect(sections.map((c) => String(c.value).slice("Kategori: ".length))).toEqual(needing);
    expect(sheet.pageBreaks).toEqual(sections.slice(1).map((c) => c.row));
    const first = sections[0].row;
    const next = sections[1].row;
    const order = ["a)", "b–c)", "d)", "e)", "f)", "g)"].map(
      (mark) => sheet.cells.find((c) => c.row > first && c.row < next && String(c.value).startsWith(mark))!.row,
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(texts.some((t) => t.includes("senast 2027-11-30"))).toBe(true);
  });

  test("a small category's figures are not on it; the points the workbook cannot answer are boxes to fill in", () => {
    const small = sheet.cells.find((c) => String(c.value).includes("Grupp D"))!.row;
    const after = sheet.cells.filter((c) => c.row > small && c.row < small + 6);
    expect(after.some((c) => String(c.value).startsWith("Siffrorna visas inte"))).toBe(true);
    expect(after.some((c) => typeof c.value === "number")).toBe(false);
    expect(texts.filter((t) => t.startsWith("Bedömningen gjord tillsammans med"))).toHaveLength(
      result.transparency!.categories.filter((c) => c.verdict === "assess").length,
    );
  });
});

describe("parts of pay by name", () => {
  test("overtime and on-call pay count in the pay level; a column that looks like pay but is unknown is named", () => {
    const values: CellValue[][] = [
      ["Befattning", "Kön", "Månadslön", "Övertid (kr/år)", "Jour", "Reseersättning", "Enhet"],
      ...[0, 1, 2].map((): CellValue[] => ["Handläggare", "K", 30_000, 12_000, 0, 500, "Söder"]),
      ...[0, 1, 2].map((): CellValue[] => ["Handläggare", "M", 30_000, 0, 0, 500, "Norr"]),
    ];
    const { report } = analyzeGrid({ sheet: "Löner", originRow: 1, originCol: 1, values }, { today: "2027-06-01" });
    const tr = (report.result as SalaryResult).transparency!;
    expect(tr.variableColumns).toEqual(["Övertid (kr/år)", "Jour"]);
    // Women 30 000 × 12 + 12 000 a year, men 30 000 × 12: the gap (men − women) / men.
    expect(tr.meanGap.annual).toBe(Math.round(((360_000 - 372_000) / 360_000) * 1000) / 10);
    expect(
      report.findings.filter((f) => f.code === "PAY_COLUMN_NOT_READ").map((f) => [f.cell, f.params.column]),
    ).toEqual([["F1", "Reseersättning"]]);
  });
});

describe("each category's own figures, however many categories and titles", () => {
  // Three categories by code, their people interleaved; the first names twelve befattningar, each
  // on several rows; each category's women and men get their own Bonus (an annual component).
  const titles = Array.from({ length: 12 }, (_, k) => `Befattning ${k + 1}`);
  const bonus: Record<string, [number, number]> = { "111": [6_000, 12_000], "222": [9_000, 9_000], "333": [0, 4_000] };
  const rows: CellValue[][] = [];
  for (let k = 0; k < 72; k++) {
    const code = ["111", "222", "333"][k % 3];
    const sex = Math.floor(k / 3) % 2 === 0 ? "K" : "M";
    const title = code === "111" ? titles[Math.floor(k / 3) % 12] : `Yrke ${code}`;
    const [women, men] = bonus[code];
    rows.push([2000 + k, title, code, sex, 40_000, 2000, sex === "K" ? women : men]);
  }
  const grid: Grid = {
    sheet: "Lönelista",
    originRow: 1,
    originCol: 1,
    values: [["Anst.nr", "Befattning", "Kategori", "Kön", "Månadslön", "Arbetade timmar", "Bonus"], ...rows],
  };
  const categories = (analyzeGrid(grid, { settings, today: "2027-06-01" }).report.result as SalaryResult).transparency!
    .categories;
  const of = (code: string) => categories.find((c) => c.category === code)!;

  test("a category lists each of its befattningar once, in the order they come", () => {
    expect(of("111").titles).toEqual(titles);
    expect(of("111").name).toBe("111 (Befattning 1, Befattning 2, Befattning 3 …)");
    expect(of("222").titles).toEqual(["Yrke 222"]);
  });

  test("each category's counts and component gaps are its own", () => {
    expect(categories.map((c) => [c.category, c.women, c.men])).toEqual([
      ["111", 12, 12],
      ["222", 12, 12],
      ["333", 12, 12],
    ]);
    // Bonus: 6 000 against 12 000 is 50 %; alike is 0; received by men only, averaged over everyone: 100 %.
    expect(of("111").components.map((g) => g.annual)).toEqual([50]);
    expect(of("222").components.map((g) => g.annual)).toEqual([0]);
    expect(of("333").components.map((g) => g.annual)).toEqual([100]);
    expect(of("111").basic).toEqual({ annual: 0, hourly: 0 });
  });
});
