import { salarySampleWorkbook, type RawCell, type RawSheet } from "../../scripts/sampleWorkbooks";
import { payrollEmployees } from "../../scripts/generate";
import { workbookGrids } from "../../tools/xlsx";
import { analyzeWorkbook, fileReport, parseSettings, type SalaryResult } from "../../src/core";
import { readSex } from "../../src/core/templates/salary/analyze";
import { analyzeSheets, roundTrip } from "../helpers/workbooks";
import { context } from "../../src/core/analyze";
import { salarySummarySheet } from "../../src/core/templates/salary/summarySheet";

async function sample() {
  return analyzeWorkbook(workbookGrids(await roundTrip(salarySampleWorkbook())));
}

const HEADER = ["Befattning", "Kön", "Lön", "Sysselsättningsgrad"];
const sheet = (rows: RawCell[][], formats?: Record<string, string>): RawSheet[] => [{ name: "Lön", rows, formats }];

describe("the synthetic payroll and its summary per befattning", () => {
  test("both layouts give the same ratios, flags and counts", async () => {
    const { sheets } = await sample();
    const [employees, positions] = sheets.map((s) => s.result as SalaryResult);
    expect(sheets.map((s) => s.template)).toEqual(["salary", "salary"]);
    expect(employees.layout).toBe("employees");
    expect(positions.layout).toBe("positions");
    const key = (r: SalaryResult) =>
      r.positions.map((p) => [p.title, p.women, p.men, p.ratio, p.flag, p.balanced, p.womenDominated]);
    expect(key(employees)).toEqual(key(positions));
    expect(employees.flagged).toBe(positions.flagged);
    expect(employees.balancedShare).toBe(positions.balancedShare);
    expect(employees.equalValueGaps).toEqual(positions.equalValueGaps);
  });

  test("jobbcoach: 125 employees of whom 30 men (seed 001), one Kön outside K/M, one blank", async () => {
    const { sheets } = await sample();
    const coach = (sheets[0].result as SalaryResult).positions.find((p) => p.title === "Jobbcoach")!;
    expect(coach.women + coach.men + coach.other).toBe(124); // the row with a blank Kön is not counted
    expect(coach.men).toBe(30);
    expect(coach.other).toBe(1);
    expect(coach.shareWomen).toBe(75.6); // of women and men
    expect(coach.womenDominated).toBe(true);
    expect(coach.balanced).toBe(false);
  });

  test("ratios come from full-time pay, to one decimal, with the flags", async () => {
    const employees = payrollEmployees();
    const { sheets } = await sample();
    const result = sheets[0].result as SalaryResult;
    for (const p of result.positions) {
      const pay = (sex: string) =>
        employees
          .filter((e) => e.title === p.title && e.truth.sex === sex && e.truth.fullTime !== null)
          .map((e) => e.truth.fullTime!);
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const w = pay("woman");
      const m = pay("man");
      if (w.length && m.length) expect(p.ratio).toBe(Math.round((avg(w) / avg(m)) * 1000) / 10);
      else expect(p.ratio).toBeNull();
      expect(p.flag).toBe(p.ratio === null ? null : p.ratio < 90 ? "low" : p.ratio > 110 ? "high" : null);
    }
    expect(result.positions.find((p) => p.title === "IT-tekniker")!.flag).toBe("low");
    expect(result.positions.find((p) => p.title === "Avdelningschef")!.flag).toBe("high");
    expect(result.flagged).toBe(2);
  });

  test("findings: flags and group sizes on the summary, only unreadable cells marked on the payroll", async () => {
    const { sheets, plan } = await sample();
    const codes = new Set(sheets[0].findings.map((f) => f.code));
    for (const code of [
      "SALARY_RATIO_LOW",
      "SALARY_RATIO_HIGH",
      "SALARY_NOT_COMPARABLE",
      "SALARY_SMALL_GROUP",
      "GENDER_NOT_COMPARED",
      "REQUIRED_MISSING",
      "NOT_A_NUMBER",
      "SALARY_EQUAL_VALUE_GAP",
    ]) {
      expect(codes).toContain(code);
    }
    const marked = plan.sheets[0].marks.map((m) => m.cell).sort();
    const unreadable = sheets[0].findings
      .filter((f) => f.severity === "error")
      .map((f) => f.cell)
      .sort();
    expect(marked).toEqual([...unreadable, "C8"].sort()); // C8: Kön "Ej angivet"
    expect(sheets[0].findings.find((f) => f.code === "SALARY_NOT_COMPARABLE")!.message).toBe(
      "Vaktmästare: bara män i befattningen, ingen jämförelse mellan kvinnor och män.",
    );
  });

  test("the Plankoll Lönekartläggning sheet: the table, flags in words, equal-value list and a chart", async () => {
    const { plan } = await sample();
    const spec = plan.newSheets.find((s) => s.name === "Plankoll Lönekartläggning")!;
    const at = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value;
    expect(at(4, 1)).toBe("Befattning");
    expect(at(4, 10)).toBe("Kvinnors lön i % av mäns");
    const itRow = spec.cells.find((c) => c.col === 1 && c.value === "IT-tekniker")!.row;
    expect(at(itRow, 11)).toBe("Under 90 %");
    expect(spec.cells.find((c) => c.row === itRow && c.col === 11)!.fill).toBe("#FFE699");
    expect(spec.cells.some((c) => String(c.value).startsWith("Likvärdigt arbete"))).toBe(true);
    expect(spec.charts).toHaveLength(2);
    expect(spec.charts![0]).toMatchObject({ title: "Kvinnors lön i procent av mäns", lineSeries: [1, 2] });
  });

  test("no pay figure leaves the workbook through the report", async () => {
    const { sheets } = await sample();
    const json = JSON.stringify(fileReport("lon.xlsx", sheets));
    const result = JSON.parse(json).sheets[0].result;
    expect(result.payOmitted).toBe(true);
    expect(result.positions[0]).toMatchObject({ womenMean: null, menMean: null, womenMedian: null, mean: null });
    expect(result.positions[0].ratio).not.toBeNull();
    for (const e of payrollEmployees()) {
      if (typeof e.salary === "number") expect(json).not.toContain(String(e.salary));
    }
  });
});

describe("the equal-value pairs of a register of thousands of befattningar", () => {
  // 300 befattningar valued 1–5: the kvinnodominerad paid less than men-dominated ones at or below their value.
  const rows: RawCell[][] = [
    ["Befattning", "Antal kvinnor", "Antal män", "Medellön kvinnor", "Medellön män", "Arbetsvärdering"],
    ...Array.from({ length: 300 }, (_, k): RawCell[] => {
      const womenDominated = k % 3 !== 0;
      const pay = 30_000 + ((k * 7919) % 300) * 50;
      return [`Befattning ${k}`, womenDominated ? 9 : 2, womenDominated ? 1 : 8, pay, pay + 200, 1 + (k % 5)];
    }),
  ];

  test("the list as the result reads it, the report and the summary sheet all give the same pairs", async () => {
    const { sheets } = await analyzeSheets(sheet(rows));
    const result = sheets[0].result as SalaryResult;
    const gaps = result.equalValueGaps;
    expect(gaps.length).toBeGreaterThan(500);
    // Each pair as it compares: women-dominated against another at or below its value, paid more.
    const byTitle = new Map(result.positions.map((p) => [p.title, p]));
    for (const g of gaps) {
      const [p, q] = [byTitle.get(g.title)!, byTitle.get(g.comparedWith)!];
      expect(p.womenDominated).toBe(true);
      expect(q.womenDominated).toBe(false);
      expect(q.valuation).toBeLessThanOrEqual(p.valuation!);
      expect(q.mean).toBeGreaterThan(p.mean!);
      expect(g).toEqual({
        title: p.title,
        valuation: p.valuation,
        comparedWith: q.title,
        comparedValuation: q.valuation,
        percentOfCompared: Math.round((p.mean! / q.mean!) * 1000) / 10,
      });
    }
    expect(result.equalValueGaps).toEqual(gaps);
    // In the report that leaves Plankoll, and in a result read back from it.
    const back = JSON.parse(JSON.stringify(fileReport("lon.xlsx", sheets))).sheets[0].result as SalaryResult;
    expect(back.equalValueGaps).toEqual(gaps);
    // The summary sheet writes the same rows from the pairs kept as from the list read back.
    const ctx = context({ locale: "sv" });
    const rowsOf = (r: SalaryResult) => {
      const cells = salarySummarySheet([{ sheet: "Lön", result: r }], ctx).cells;
      const head = cells.find((c) => String(c.value).startsWith("Likvärdigt arbete"))!.row;
      return cells.filter((c) => c.row > head + 1).map((c) => [c.row, c.col, c.value]);
    };
    const fromPairs = rowsOf(result);
    expect(fromPairs.filter(([, col]) => col === 3).map(([, , value]) => value)).toEqual(
      gaps.map((g) => g.comparedWith),
    );
    expect(rowsOf({ ...back, positions: result.positions })).toEqual(fromPairs);
  });
});

describe("exports shaped differently", () => {
  test("Kön in every notation; extra columns; title rows", () => {
    for (const text of ["K", "k", "Kvinna", "KVINNA", "kvinnor"]) expect(readSex(text)).toBe("woman");
    for (const text of ["M", "m", "Man", "MAN", "män"]) expect(readSex(text)).toBe("man");
    for (const text of ["Annat", "X", "Ej angivet"]) expect(readSex(text)).toBe("other");
  });

  test("Sysselsättningsgrad as fraction, percent text, percent-formatted cell or a whole percent", async () => {
    const { sheets } = await analyzeSheets(
      sheet(
        [
          ["Lönelista"],
          ["Anställd", ...HEADER, "Kommentar"],
          [1, "Handläggare", "K", "20 000 kr", 0.5, "x"],
          [2, "Handläggare", "Kvinna", 30000, "75 %", null],
          [3, "Handläggare", "k", 32000, 0.8, null],
          [4, "Handläggare", "M", "40.000", 80, null],
          [5, "Handläggare", "MAN", 40000, null, null],
          [6, "Handläggare", "m", 38000, 1, null],
        ],
        { F5: "0%" },
      ),
    );
    const p = (sheets[0].result as SalaryResult).positions[0];
    // The 90/110 analysis finds nothing; the directive's 5 % rule (Art. 10) calls for a joint pay
    // assessment of the befattning: women's hourly pay level is 6,3 % below men's.
    expect(sheets[0].findings.map((f) => [f.code, f.cell])).toEqual([["PAY_GAP_JOINT_ASSESSMENT", "B3"]]);
    expect(sheets[0].findings[0].message).toContain("skiljer 6,3 % (kvinnor lägre)");
    // Women: 20 000 / 0,5, 30 000 / 75 %, 32 000 / 80 % = 40 000 each. Men: 40 000 / 80, 40 000, 38 000.
    expect(p).toMatchObject({ women: 3, men: 3, womenMean: 40000, menMean: 42666.67 });
    expect(p.ratio).toBe(93.8);
    expect(p.flag).toBeNull();
  });

  test("a salary column headed as full-time pay is not divided", async () => {
    const { sheets } = await analyzeSheets(
      sheet([
        ["Befattning", "Kön", "Heltidslön", "Sysselsättningsgrad"],
        ["Lärare", "K", 40000, 0.5],
        ["Lärare", "K", 40000, 1],
        ["Lärare", "K", 40000, 1],
        ["Lärare", "M", 40000, 1],
        ["Lärare", "M", 40000, 0.75],
        ["Lärare", "M", 40000, 1],
      ]),
    );
    expect((sheets[0].result as SalaryResult).positions[0].ratio).toBe(100);
  });

  test("unreadable values are findings that name no salary", async () => {
    const { sheets } = await analyzeSheets(
      sheet([
        HEADER,
        ["Lärare", "K", "32 5OO", 1],
        ["Lärare", "K", "enligt avtal", 1],
        ["Lärare", "", 30000, 1],
        ["Lärare", "M", -5, 1],
        ["Lärare", "M", 31000, "heltid?"],
        ["Lärare", "M", 31000, 1.5],
        [null, "M", 31000, 1],
        ["Lärare", "M", "???  31 000 kr", 1],
      ]),
    );
    const findings = sheets[0].findings.map((f) => `${f.cell} ${f.code}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        "C2 NOT_A_NUMBER",
        "C3 NOT_A_NUMBER",
        "B4 REQUIRED_MISSING",
        "C5 OUT_OF_RANGE",
        "D6 NOT_A_NUMBER",
        "D7 OUT_OF_RANGE",
        "A8 REQUIRED_MISSING",
        "C9 VALUE_UNCERTAIN",
      ]),
    );
    const text = sheets[0].findings.map((f) => f.message).join("\n");
    expect(text).not.toMatch(/32 5OO|31 000|-5\b/);
    expect(text).toContain('"enligt avtal"');
    // The params the report carries hold no more than the message shows.
    const params = JSON.stringify(sheets[0].findings.map((f) => f.params));
    expect(params).not.toMatch(/32 5OO|31 ?000|-5\b/);
    expect(params).toContain('"enligt avtal"');
  });

  test("one sex only, small groups and the limits are settings", async () => {
    const rows: RawCell[][] = [
      ["Befattning", "Antal kvinnor", "Antal män", "Medellön kvinnor", "Medellön män"],
      ["Vaktmästare", 0, 4, null, 31500],
      ["Controller", 2, 3, 47000, 46500],
      ["Ekonom", 6, 5, 37000, 42000],
    ];
    const base = await analyzeSheets(sheet(rows));
    const r = base.sheets[0].result as SalaryResult;
    expect(r.positions.map((p) => [p.title, p.ratio, p.flag])).toEqual([
      ["Vaktmästare", null, null],
      ["Controller", 101.1, null],
      ["Ekonom", 88.1, "low"],
    ]);
    expect(base.sheets[0].findings.map((f) => f.code)).toEqual([
      "SALARY_NOT_COMPARABLE",
      "SALARY_SMALL_GROUP",
      "SALARY_RATIO_LOW",
    ]);
    const custom = parseSettings({ salary: { lowLimit: 85, highLimit: 101, smallGroup: 2 } });
    const changed = await analyzeSheets(sheet(rows), { settings: custom });
    expect(changed.sheets[0].findings.map((f) => f.code)).toEqual(["SALARY_NOT_COMPARABLE", "SALARY_RATIO_HIGH"]);
  });

  test("equal value: a kvinnodominerad befattning valued higher but paid less", async () => {
    const { sheets } = await analyzeSheets(
      sheet([
        ["Befattning", "Antal kvinnor", "Antal män", "Medellön kvinnor", "Medellön män", "Arbetsvärdering"],
        ["Undersköterska", 40, 5, 30000, 30500, 5],
        ["Drifttekniker", 2, 20, 33000, 34000, 4],
        ["Sjuksköterska", 30, 6, 38000, 38200, 6],
      ]),
    );
    const r = sheets[0].result as SalaryResult;
    expect(r.equalValueGaps).toEqual([
      {
        title: "Undersköterska",
        valuation: 5,
        comparedWith: "Drifttekniker",
        comparedValuation: 4,
        percentOfCompared: 88.6,
      },
    ]);
    expect(sheets[0].findings.find((f) => f.code === "SALARY_EQUAL_VALUE_GAP")!.message).toBe(
      "Undersköterska (kvinnodominerad, arbetsvärdering 5) har lägre medellön än befattningar med lika eller lägre arbetsvärdering: Drifttekniker (4).",
    );
  });
});
