/**
 * The lönekartläggning across the workbook: the sample payroll with its job evaluation, the
 * employer's analyses and last year's measures (samples/lonekartlaggning-2026.xlsx, built by
 * scripts/paySurveySample.ts). Every figure is checked against a second computation written here
 * from the generator's own truth (each person's full-time pay and rate), not from Plankoll's code;
 * every total against the sum of its lines.
 */
import { analyzeSheets, analyzeWorkbook, fileReport, parseSettings, type Finding, type Grid } from "../../src/core";
import type { SalaryResult } from "../../src/core/templates/salary";
import { workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "../helpers/workbooks";
import {
  JOB_SCORES,
  analysisSheet,
  evaluationSheet,
  paySurveyWorkbook,
  pointsOf,
  surveyPayrollSheet,
} from "../../scripts/paySurveySample";
import { payrollEmployees } from "../../scripts/generate";
import { salarySampleWorkbook, workbookFromRows, type RawSheet } from "../../scripts/sampleWorkbooks";
import type { JobEvalResult } from "../../src/core/templates/jobeval";
import { payMapping } from "../../src/core/templates/salary/mapping";

const TODAY = "2026-12-06";
/** Means are kept to the öre, the cost to the krona: the two computations may differ by a krona. */
const ORE_ROUNDING = 1;
/** A figure as the messages write it ("282 000", with a narrow space), as digits. */
const digits = (text: unknown) => String(text).replace(/\D/g, "");

async function gridsOf(sheets: RawSheet[]): Promise<Grid[]> {
  return workbookGrids(await roundTrip(workbookFromRows(sheets)));
}

const codesOf = (found: readonly { finding: Finding }[] | null, code: string) =>
  (found ?? []).filter((w) => w.finding.code === code).map((w) => w.finding);

/** The second computation: each befattning's people as the generator made them. */
function truth() {
  const people = payrollEmployees().flatMap((e) => {
    const monthly = typeof e.salary === "number" ? e.salary : Number(String(e.salary).replace(/\D/g, "")) || null;
    return [{ title: e.title, sex: e.truth.sex, fullTime: e.truth.fullTime, monthly }];
  });
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const byTitle = new Map<string, typeof people>();
  for (const p of people) byTitle.set(p.title, [...(byTitle.get(p.title) ?? []), p]);
  const jobs = [...byTitle].map(([title, list]) => {
    const paid = list.filter((p) => p.sex !== null && p.fullTime !== null);
    const rate = (p: (typeof list)[number]) => Math.round((p.monthly! / p.fullTime!) * 100) / 100;
    const of = (sex: string) => paid.filter((p) => p.sex === sex);
    const women = list.filter((p) => p.sex === "woman").length;
    const men = list.filter((p) => p.sex === "man").length;
    return {
      title,
      women,
      men,
      womenDominated: (women / (women + men)) * 100 >= 60,
      mean: mean(paid.map((p) => p.fullTime!)),
      womenMean: of("woman").length ? mean(of("woman").map((p) => p.fullTime!)) : null,
      menMean: of("man").length ? mean(of("man").map((p) => p.fullTime!)) : null,
      fte: {
        all: paid.reduce((s, p) => s + rate(p), 0),
        women: of("woman").reduce((s, p) => s + rate(p), 0),
        men: of("man").reduce((s, p) => s + rate(p), 0),
      },
      // Bands of 100 points, as the default setting forms the value groups.
      band: Math.floor(pointsOf(JOB_SCORES[title]) / 100),
    };
  });
  const paySum = people
    .filter((p) => p.fullTime !== null || p.sex === null)
    .reduce((s, p) => s + (p.monthly ?? 0) * 12, 0);
  return { jobs, paySum };
}

describe("the lönekartläggning of the sample workbook", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = workbookGrids(await roundTrip(paySurveyWorkbook()));
  });
  const analysed = (settings = parseSettings({})) => analyzeWorkbook(grids, { settings, today: TODAY });

  test("the evaluation's points and groups equal a second computation from the factor plan", () => {
    const { sheets } = analysed();
    const evaluation = sheets.find((s) => s.template === "jobeval")!;
    expect(evaluation.findings).toEqual([]);
    const result = evaluation.result as JobEvalResult;
    expect(result.weightsFrom).toBe("row");
    expect(result.weights).toHaveLength(10);
    expect(result.weights.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(100, 6);
    for (const job of result.jobs) {
      expect(job.points).toBe(pointsOf(JOB_SCORES[job.job]));
      const band = Math.floor(job.points! / 100) * 100;
      expect(job.group).toBe(`${band}–${band + 99} poäng`);
    }
  });

  test("every befattning is matched; the equal-value comparisons are those a second computation finds", () => {
    const { sheets, workbook } = analysed();
    expect(codesOf(workbook, "JOB_NOT_EVALUATED")).toEqual([]);
    expect(codesOf(workbook, "EQUAL_VALUE_NOT_ASSESSED")).toEqual([]);
    const mapping = payMapping(sheets, parseSettings({}).salary, TODAY)!;
    expect(mapping.valuation).toBe("evaluation");
    const { jobs } = truth();
    // Each women-dominated job against every other job of the same or a lower band paid more.
    const expected = jobs
      .filter((p) => p.womenDominated)
      .flatMap((p) =>
        jobs
          .filter((q) => !q.womenDominated && q.band <= p.band && q.mean > p.mean)
          .map((q) => [p.title, q.title, Math.round((p.mean / q.mean) * 1000) / 10]),
      )
      .sort();
    const got = mapping.payrolls[0].comparisons
      .filter((c) => c.kind === "equalValue")
      .map((c) => [c.position.title, c.compared!.title, c.percent])
      .sort();
    expect(got).toEqual(expected);
    expect(codesOf(workbook, "PAY_EQUAL_VALUE_GAP").map((f) => f.params.title)).toEqual(
      [...new Set(expected.map((e) => e[0]))].sort(
        (a, b) => jobs.findIndex((j) => j.title === a) - jobs.findIndex((j) => j.title === b),
      ),
    );
  });

  test("the adjustments' costs equal a second computation, and the total is the sum of its lines", () => {
    const { sheets, workbook } = analysed();
    const mapping = payMapping(sheets, parseSettings({}).salary, TODAY)!;
    const payroll = mapping.payrolls[0];
    const { jobs, paySum } = truth();
    const job = (title: string) => jobs.find((j) => j.title === title)!;
    const flaggedValue = payroll.comparisons.filter((c) => c.kind === "equalValue" && c.flagged);
    expect(flaggedValue.length).toBeGreaterThan(0);
    for (const a of payroll.adjustments) {
      const p = job(a.position.title);
      if (a.kind === "equalWork") {
        // The lower-paid sex raised to the other's mean, for its full-time equivalents.
        const [from, to, fte] =
          a.side === "women" ? [p.womenMean!, p.menMean!, p.fte.women] : [p.menMean!, p.womenMean!, p.fte.men];
        expect(Math.abs(a.annual - (to - from) * fte * 12)).toBeLessThanOrEqual(ORE_ROUNDING);
      } else {
        // The whole job raised to the best-paid of its flagged, unjustified comparisons.
        const best = Math.max(
          ...flaggedValue
            .filter((c) => c.position === a.position && c.analysis?.justified !== true)
            .map((c) => job(c.compared!.title).mean),
        );
        expect(Math.abs(a.annual - (best - p.mean) * p.fte.all * 12)).toBeLessThanOrEqual(ORE_ROUNDING);
      }
    }
    const sum = payroll.adjustments.reduce((s, a) => s + a.annual, 0);
    expect(payroll.total.annual).toBe(sum);
    expect(payroll.total.share).toBeCloseTo((sum / paySum) * 100, 1);
    const total = codesOf(workbook, "PAY_ADJUSTMENT_TOTAL")[0];
    expect(total.params.count).toBe(payroll.adjustments.length);
    // A justified difference (IT-tekniker: Saklig grund Ja) needs no adjustment; a denied one (Nej) does.
    expect(payroll.adjustments.map((a) => a.position.title)).not.toContain("IT-tekniker");
    expect(payroll.adjustments.map((a) => a.position.title)).toContain("Studie- och yrkesvägledare");
    // Without an analysis a flagged comparison is said; with one it is not.
    const missing = codesOf(workbook, "PAY_ANALYSIS_MISSING").map((f) => f.params.title);
    expect(missing).toContain("Lärare SFI");
    expect(missing).not.toContain("Studie- och yrkesvägledare");
    expect(missing).not.toContain("IT-tekniker");
  });

  test("up to the lower limit instead of equal: each target is the limit's share of the comparison", () => {
    const equal = payMapping(analysed().sheets, parseSettings({}).salary, TODAY)!.payrolls[0];
    const settings = parseSettings({ salary: { adjustmentTarget: "lowLimit", adjustmentYears: 2 } });
    const limited = payMapping(analysed(settings).sheets, settings.salary, TODAY)!.payrolls[0];
    for (const a of limited.adjustments) {
      const same = equal.adjustments.find((b) => b.position === a.position || b.position.title === a.position.title)!;
      const factor = a.side === "men" ? 100 / 110 : 0.9;
      expect(a.to).toBeCloseTo(same.to * factor, 1);
      expect(a.annual).toBeLessThan(same.annual);
    }
    expect(limited.total.years).toBe(2);
  });

  test("last year's measures: not done, partly done and done, each followed up against this year's flags", () => {
    const { workbook } = analysed();
    const notDone = codesOf(workbook, "PAY_ACTION_NOT_DONE").map((f) => [f.params.subject, f.message]);
    expect(notDone.map((n) => n[0]).sort()).toEqual(["Enhetschef", "Handledare"]);
    expect(notDone.find((n) => n[0] === "Enhetschef")![1]).toContain("delvis");
    // This year's planned measure (År 2027, no answer yet) is not followed up.
    const subjects = codesOf(workbook, "PAY_GAP_CLOSED")
      .concat(codesOf(workbook, "PAY_GAP_PERSISTS"))
      .map((f) => f.params.subject);
    expect(subjects).not.toContain("Studie- och yrkesvägledare");
    expect(subjects.sort()).toEqual(["Administratör", "Enhetschef", "Handledare"]);
  });

  test("a gap a measure was to close and that is still flagged is said", async () => {
    const sheet = analysisSheet();
    sheet.rows.push(["Lärare SFI", null, null, "Lönelyft lärare SFI", 90000, "Ja", 2025]);
    const { workbook } = analyzeWorkbook(await gridsOf([surveyPayrollSheet(), evaluationSheet(), sheet]), {
      today: TODAY,
    });
    const persists = codesOf(workbook, "PAY_GAP_PERSISTS");
    expect(persists.map((f) => f.params.subject)).toEqual(["Lärare SFI"]);
    expect(persists[0].message).toContain("Ekonom");
  });

  test("the pay transparency report's categories are the evaluation's value groups, everyone in one", () => {
    const bands = new Set(Object.values(JOB_SCORES).map((s) => Math.floor(pointsOf(s) / 100) * 100));
    for (const reports of [analysed().sheets, analyzeSheets(grids, { today: TODAY })]) {
      const tr = (reports.find((r) => r.template === "salary")!.result as SalaryResult).transparency!;
      expect(tr.categoryBasis).toEqual({ kind: "evaluation", column: "Arbetsvärdering" });
      // One category per value group, each named by its band of points.
      expect(tr.categories.map((c) => /^(\d+)–/.exec(c.name)?.[1] ?? /\((\d+)–/.exec(c.name)?.[1]).sort()).toEqual(
        [...bands].map(String).sort(),
      );
      expect(tr.categories.reduce((n, c) => n + c.women + c.men, 0)).toBe(tr.women + tr.men);
    }
  });

  test("no person's pay in the report; a small group's cost is left out of it", () => {
    const analysis = analysed();
    const json = JSON.stringify(fileReport("lon.xlsx", analysis.sheets, analysis.workbook));
    for (const e of payrollEmployees()) if (typeof e.salary === "number") expect(json).not.toContain(`${e.salary}`);
    const mapping = payMapping(analysis.sheets, parseSettings({}).salary, TODAY)!;
    const said = codesOf(analysis.workbook, "PAY_ADJUSTMENT_NEEDED");
    const { adjustments } = mapping.payrolls[0];
    expect(said).toHaveLength(adjustments.length);
    adjustments.forEach((a, i) => {
      if (a.small) expect(said[i].params.cost).toBeUndefined();
      else expect(digits(said[i].params.cost)).toBe(String(a.annual));
    });
  });
});

describe("payrolls laid out otherwise", () => {
  const payroll = (titles: [string, string, number][]): RawSheet => ({
    name: "Löner",
    rows: [["Befattning", "Kön", "Månadslön"], ...titles.map(([t, s, p]) => [t, s, p])],
  });
  const evaluation = (jobs: [string, number, number][]): RawSheet => ({
    name: "Värdering",
    rows: [["Arbete", "Kunskap (1-5)", "Ansvar (1-5)"], ...jobs.map(([j, a, b]) => [j, a, b])],
  });

  test("without an evaluation, equal value is said not to be assessed, and the documentation says so", async () => {
    const analysis = analyzeWorkbook(
      await gridsOf([
        payroll([
          ["Lärare", "K", 30000],
          ["Lärare", "M", 31000],
        ]),
      ]),
      {
        today: TODAY,
      },
    );
    expect(codesOf(analysis.workbook, "EQUAL_VALUE_NOT_ASSESSED")).toHaveLength(1);
    const doc = analysis.plan.newSheets.find((s) => s.name === "Plankoll Lönekartläggning dok")!;
    expect(doc.cells.some((c) => String(c.value).startsWith("Likvärdigt arbete är inte bedömt"))).toBe(true);
  });

  test("names matched by the same words or a code; a befattning not evaluated is said on its first row", async () => {
    const analysis = analyzeWorkbook(
      await gridsOf([
        payroll([
          ["SFI-lärare", "K", 30000],
          ["SFI-lärare", "M", 31000],
          ["Vaktmästare", "M", 29000],
          ["Vaktmästare", "M", 29500],
          ["Städare", "K", 26000],
        ]),
        evaluation([
          ["Lärare SFI", 4, 3],
          ["Vaktmästare", 2, 2],
        ]),
      ]),
      { today: TODAY },
    );
    expect(codesOf(analysis.workbook, "JOB_LINKED_BY_TEXT").map((f) => [f.params.title, f.params.job])).toEqual([
      ["SFI-lärare", "Lärare SFI"],
    ]);
    const missing = codesOf(analysis.workbook, "JOB_NOT_EVALUATED");
    expect(missing.map((f) => [f.params.title, f.cell])).toEqual([["Städare", "A6"]]);
  });

  test("one row per befattning: each person counts as one full-time post", async () => {
    const sheet: RawSheet = {
      name: "Per befattning",
      rows: [
        ["Befattning", "Antal kvinnor", "Antal män", "Medellön kvinnor", "Medellön män"],
        ["Handläggare", 10, 5, 30000, 34000],
      ],
    };
    const analysis = analyzeWorkbook(await gridsOf([sheet]), { today: TODAY });
    const mapping = payMapping(analysis.sheets, parseSettings({}).salary, TODAY)!;
    const [a] = mapping.payrolls[0].adjustments;
    expect(a).toMatchObject({ side: "women", people: 10, fte: 10, annual: (34000 - 30000) * 10 * 12 });
    // Ten women: the cost may be said.
    expect(digits(codesOf(analysis.workbook, "PAY_ADJUSTMENT_NEEDED")[0].params.cost)).toBe("480000");
  });

  test("a group under the small-group setting: its cost is said on the documentation sheet only", async () => {
    const analysis = analyzeWorkbook(
      await gridsOf([
        payroll([
          ["Kock", "K", 27000],
          ["Kock", "K", 27500],
          ["Kock", "M", 31000],
          ["Kock", "M", 31500],
          ["Kock", "M", 32000],
        ]),
      ]),
      { today: TODAY },
    );
    const [needed] = codesOf(analysis.workbook, "PAY_ADJUSTMENT_NEEDED");
    expect(needed.params.cost).toBeUndefined();
    expect(needed.message).toContain("färre än 3");
    const [total] = codesOf(analysis.workbook, "PAY_ADJUSTMENT_TOTAL");
    expect(total.params.total).toBeUndefined();
    // Two women raised to the men's mean, 31 500, for a year.
    const cost = (31500 - 27250) * 2 * 12;
    expect(JSON.stringify(fileReport("x.xlsx", analysis.sheets, analysis.workbook))).not.toContain(String(cost));
    const doc = analysis.plan.newSheets.find((s) => s.name === "Plankoll Lönekartläggning dok")!;
    expect(doc.cells.some((c) => c.value === cost)).toBe(true);
  });
});

describe("a small group's cost", () => {
  test("a total holding a small group's adjustment says no amount (it would give the group's away by subtraction)", async () => {
    const grids = workbookGrids(await roundTrip(salarySampleWorkbook()));
    const analysis = analyzeWorkbook(grids, { today: TODAY });
    const mapping = payMapping(analysis.sheets, parseSettings({}).salary, TODAY)!;
    expect(mapping.payrolls[0].adjustments.some((a) => a.small)).toBe(true);
    const totals = codesOf(analysis.workbook, "PAY_ADJUSTMENT_TOTAL");
    expect(totals.length).toBeGreaterThan(0);
    for (const total of totals)
      expect([total.params.total, total.params.share, total.params.step]).toEqual([undefined, undefined, undefined]);
  });
});

describe("the documentation sheet", () => {
  test("its sections in the law's order, its timetable summing to the total", async () => {
    const grids = workbookGrids(await roundTrip(paySurveyWorkbook()));
    const analysis = analyzeWorkbook(grids, { today: TODAY });
    const doc = analysis.plan.newSheets.find((s) => s.name === "Plankoll Lönekartläggning dok")!;
    const headings = doc.cells.filter((c) => c.col === 1 && /^\d\. /.test(String(c.value)));
    expect(headings.map((c) => String(c.value).slice(0, 2))).toEqual(["1.", "2.", "3.", "4.", "5.", "6."]);
    expect(headings.map((c) => c.row)).toEqual([...headings.map((c) => c.row)].sort((a, b) => a - b));
    // The timetable: three years after the survey's, the steps summing to the total, the last year's cost the total.
    const mapping = payMapping(analysis.sheets, parseSettings({}).salary, TODAY)!;
    const total = mapping.payrolls[0].total.annual;
    const yearRows = doc.cells.filter((c) => c.col === 1 && [2027, 2028, 2029].includes(c.value as number));
    const value = (row: number, col: number) => doc.cells.find((c) => c.row === row && c.col === col)!.value as number;
    expect(yearRows.map((c) => value(c.row, 2)).reduce((s, v) => s + v, 0)).toBe(total);
    expect(value(yearRows[2].row, 3)).toBe(total);
    // Every befattning of the payroll on the equal-work table, once.
    const titles = mapping.payrolls[0].result.positions.map((p) => p.title);
    const equalWorkTop = headings[1].row;
    const listed = doc.cells.filter((c) => c.col === 1 && c.row > equalWorkTop && c.row < headings[2].row);
    expect(listed.map((c) => c.value).filter((v) => titles.includes(v as string))).toEqual(titles);
  });
});
