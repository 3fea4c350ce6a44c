/**
 * Arbetsvärdering: factor plans laid out in the ways people lay them out, each figure checked
 * against a second computation written here (points = Σ weight × score ÷ top step × 1 000).
 */
import { analyzeGrid, parseSettings, type Grid } from "../../src/core";
import type { JobEvalResult } from "../../src/core/templates/jobeval";

const grid = (values: Grid["values"]): Grid => ({ sheet: "Arbetsvärdering", originRow: 1, originCol: 1, values });
const analysed = (values: Grid["values"], settings = parseSettings({})) => {
  const { report } = analyzeGrid(grid(values), { settings, today: "2026-12-06" });
  expect(report.template).toBe("jobeval");
  return { report, result: report.result as JobEvalResult };
};
/** The second computation: weights in percent, scores, top steps. */
const points = (weights: number[], scores: number[], tops: number[]) =>
  Math.round(weights.reduce((s, w, i) => s + (w / 100) * (scores[i] / tops[i]) * 1000, 0) * 10) / 10;

describe("job evaluation", () => {
  test("one header row with scales, a row of weights in percent under it: points, bands of 100", () => {
    const { report, result } = analysed([
      ["Befattning", "Kunskap och färdigheter (1-4)", "Ansvar (1-4)", "Ansträngning (1–5)", "Arbetsförhållanden (1-5)"],
      ["Vikt", "40 %", "30 %", "15 %", "15 %"],
      ["Jobbcoach", 3, 2, 3, 2],
      ["Handläggare", 3, 3, 2, 3],
      ["Chef", 4, 4, 3, 2],
    ]);
    expect(report.findings).toEqual([]);
    expect(result.weightsFrom).toBe("row");
    expect(result.weights.map((w) => [w.name, w.criterion, w.weight, w.scale])).toEqual([
      ["Kunskap och färdigheter", "knowledge", 40, [1, 4]],
      ["Ansvar", "responsibility", 30, [1, 4]],
      ["Ansträngning", "effort", 15, [1, 5]],
      ["Arbetsförhållanden", "conditions", 15, [1, 5]],
    ]);
    const w = [40, 30, 15, 15];
    const tops = [4, 4, 5, 5];
    expect(result.jobs.map((j) => [j.job, j.points])).toEqual([
      ["Jobbcoach", points(w, [3, 2, 3, 2], tops)],
      ["Handläggare", points(w, [3, 3, 2, 3], tops)],
      ["Chef", points(w, [4, 4, 3, 2], tops)],
    ]);
    const band = (p: number) => `${Math.floor(p / 100) * 100}–${Math.floor(p / 100) * 100 + 99} poäng`;
    expect(result.jobs.map((j) => j.group)).toEqual(result.jobs.map((j) => band(j.points!)));
    expect(result.groups.map((g) => [g.group, g.jobs])).toEqual([
      [band(points(w, [3, 2, 3, 2], tops)), ["Jobbcoach", "Handläggare"]],
      [band(points(w, [4, 4, 3, 2], tops)), ["Chef"]],
    ]);
    // The bands above hold what the second computation says they hold.
    expect(band(points(w, [3, 2, 3, 2], tops))).toBe(band(points(w, [3, 3, 2, 3], tops)));
  });

  test("sub-factors under their criteria by a two-row header, weights as fractions under it, a group column of the sheet's own", () => {
    const { result, report } = analysed([
      ["", "Kunskap och färdigheter", "", "Ansvar", "", "Ansträngning", "", "Arbetsförhållanden", "", ""],
      [
        "Befattning",
        "Utbildning",
        "Erfarenhet",
        "Resultat",
        "Personal",
        "Psykisk",
        "Fysisk",
        "Miljö",
        "Risker",
        "Värdegrupp",
      ],
      ["Vikt", 0.2, 0.15, 0.15, 0.15, 0.1, 0.05, 0.1, 0.1, ""],
      ["Lönehandläggare", 3, 2, 3, 1, 3, 2, 2, 1, "B"],
      ["Ekonom", 4, 3, 4, 2, 3, 1, 1, 1, "C"],
      ["Vaktmästare", 1, 3, 2, 1, 2, 4, 4, 3, "A"],
    ]);
    expect(report.findings.map((f) => f.code)).toEqual([]);
    expect(result.weights.map((w) => [w.name, w.criterion, w.weight])).toEqual([
      ["Utbildning", "knowledge", 20],
      ["Erfarenhet", "knowledge", 15],
      ["Resultat", "responsibility", 15],
      ["Personal", "responsibility", 15],
      ["Psykisk", "effort", 10],
      ["Fysisk", "effort", 5],
      ["Miljö", "conditions", 10],
      ["Risker", "conditions", 10],
    ]);
    const w = [20, 15, 15, 15, 10, 5, 10, 10];
    const tops = Array(8).fill(5);
    expect(result.jobs.map((j) => j.points)).toEqual([
      points(w, [3, 2, 3, 1, 3, 2, 2, 1], tops),
      points(w, [4, 3, 4, 2, 3, 1, 1, 1], tops),
      points(w, [1, 3, 2, 1, 2, 4, 4, 3], tops),
    ]);
    expect(result.groupsFrom).toBe("column");
    expect(Object.fromEntries(result.groups.map((g) => [g.group, g.jobs]))).toEqual({
      A: ["Vaktmästare"],
      B: ["Lönehandläggare"],
      C: ["Ekonom"],
    });
    // Listed from the lowest points up.
    const mins = result.groups.map((g) => g.minPoints);
    expect(mins).toEqual([...mins].sort((a, b) => a - b));
  });

  test("every check: weights off 100, a score outside its scale, a missing score, one job twice differently, a factor that does not discriminate", () => {
    const { report, result } = analysed([
      ["Befattning", "Kunskap (1-4)", "Ansvar (1-4)", "Ansträngning (1-4)"],
      ["Viktning", 50, 30, 30],
      ["Kock", 2, 2, 3],
      ["Kock", 3, 2, 3],
      ["Lokalvårdare", 5, 2, 3],
      ["Kanslist", "", 2, 3],
    ]);
    const found = report.findings.map((f) => `${f.cell} ${f.code} ${JSON.stringify(f.params)}`);
    expect(found).toHaveLength(6);
    expect(found).toEqual(
      expect.arrayContaining([
        `A2 JOB_EVAL_WEIGHTS {"sum":"110"}`,
        `C1 JOB_EVAL_FLAT {"factor":"Ansvar","score":2}`,
        `D1 JOB_EVAL_FLAT {"factor":"Ansträngning","score":3}`,
        expect.stringMatching(
          /^A4 JOB_EVAL_INCONSISTENT \{"job":"Kock","points":"[\d,]+","firstPoints":"[\d,]+","firstRow":3\}$/,
        ),
        `B5 OUT_OF_RANGE {"column":"Kunskap","value":"5","min":1,"max":4}`,
        `B6 REQUIRED_MISSING {"column":"Kunskap"}`,
      ]),
    );
    // Weights that sum to 110 keep their shares of it.
    const w = [50 / 1.1, 30 / 1.1, 30 / 1.1];
    expect(result.jobs.map((j) => j.points)).toEqual([
      points(w, [2, 2, 3], [4, 4, 4]),
      points(w, [3, 2, 3], [4, 4, 4]),
      null,
      null,
    ]);
  });

  test("without a row of weights every factor weighs the same, and the scale comes from the settings", () => {
    const settings = parseSettings({ jobeval: { scaleMax: 4, bandWidth: 250 } });
    const { result } = analysed(
      [
        ["Roll", "Kompetens", "Ansvar", "Ansträngning", "Arbetsmiljö"],
        ["Undersköterska", 2, 2, 4, 4],
        ["Sjuksköterska", 4, 3, 3, 3],
      ],
      settings,
    );
    expect(result.weightsFrom).toBe("equal");
    expect(result.weights.map((w) => [w.weight, w.scale, w.scaleFrom])).toEqual(
      Array(4).fill([25, [1, 4], "settings"]),
    );
    expect(result.jobs.map((j) => [j.points, j.group])).toEqual([
      [points([25, 25, 25, 25], [2, 2, 4, 4], [4, 4, 4, 4]), "750–999 poäng"],
      [points([25, 25, 25, 25], [4, 3, 3, 3], [4, 4, 4, 4]), "750–999 poäng"],
    ]);
  });

  test("a payroll, an action plan and a risk analysis are not job evaluations", () => {
    for (const values of [
      [
        ["Befattning", "Kön", "Lön", "Sysselsättningsgrad"],
        ["Lärare", "K", 32000, 1],
      ],
      [
        ["Mål", "Åtgärd/aktiviteter", "Uppföljning", "Ansvar"],
        ["Mål 1", "Utbilda", "T2", "HR"],
      ],
    ] as Grid["values"][])
      expect(analyzeGrid(grid(values)).report.template).not.toBe("jobeval");
  });
});

describe("weights in a table Faktor | Vikt", () => {
  test("beside the plan, by each factor's name: the same points as a row of weights", () => {
    const { report, result } = analysed([
      [
        "Befattning",
        "Kunskap (1-4)",
        "Ansvar (1-4)",
        "Ansträngning (1-4)",
        "Arbetsmiljö (1-4)",
        null,
        "Faktor",
        "Vikt",
      ],
      ["Jobbcoach", 3, 2, 3, 2, null, "Kunskap", "40 %"],
      ["Handläggare", 3, 3, 2, 3, null, "Ansvar", "30 %"],
      ["Chef", 4, 4, 3, 2, null, "Ansträngning", "20 %"],
      [null, null, null, null, null, null, "Arbetsmiljö", "10 %"],
    ]);
    expect(report.findings).toEqual([]);
    expect(result.weightsFrom).toBe("table");
    const w = [40, 30, 20, 10];
    const tops = [4, 4, 4, 4];
    expect(result.jobs.map((j) => j.points)).toEqual([
      points(w, [3, 2, 3, 2], tops),
      points(w, [3, 3, 2, 3], tops),
      points(w, [4, 4, 3, 2], tops),
    ]);
  });

  test("by criterion over sub-factors: each criterion's weight shared by its sub-factors; a sum not 100 said at Vikt", () => {
    const { report, result } = analysed([
      ["Befattning", "Kunskap och färdigheter", null, "Ansvar", "Ansträngning", "Arbetsförhållanden"],
      [null, "Utbildning (1-4)", "Erfarenhet (1-4)", "Ansvar (1-4)", "Ansträngning (1-4)", "Arbetsmiljö (1-4)"],
      ["Jobbcoach", 3, 1, 2, 3, 2, null, "Kriterium", "Vikt"],
      ["Chef", 4, 4, 4, 4, 3, null, "Kunskap och färdigheter", 0.4],
      [null, null, null, null, null, null, null, "Ansvar", 0.3],
      [null, null, null, null, null, null, null, "Ansträngning", 0.1],
      [null, null, null, null, null, null, null, "Arbetsförhållanden", 0.1],
    ]);
    expect(result.weightsFrom).toBe("table");
    // Kunskap's 40 % is shared by Utbildning and Erfarenhet; the stated weights sum to 90 %.
    expect(report.findings.map((f) => [f.code, f.cell, f.params.sum])).toEqual([["JOB_EVAL_WEIGHTS", "I3", "90"]]);
    expect(result.weights.map((x) => x.weight)).toEqual([22.2, 22.2, 33.3, 11.1, 11.1]);
  });

  test("a row Vikt above a two-row header, under the sheet's title", () => {
    const { report, result } = analysed([
      ["Arbetsvärdering 2026"],
      [],
      ["Vikt", "20 %", "20 %", "30 %", "15 %", "15 %"],
      ["Befattning", "Kunskap och färdigheter", null, "Ansvar", "Ansträngning", "Arbetsförhållanden"],
      [null, "Utbildning (1-4)", "Erfarenhet (1-4)", "Ansvar (1-4)", "Ansträngning (1-4)", "Arbetsmiljö (1-4)"],
      ["Jobbcoach", 3, 1, 2, 3, 2],
      ["Chef", 4, 4, 4, 4, 3],
    ]);
    expect(report.findings).toEqual([]);
    expect(result.weightsFrom).toBe("row");
    const w = [20, 20, 30, 15, 15];
    const tops = [4, 4, 4, 4, 4];
    expect(result.jobs.map((j) => j.points)).toEqual([
      points(w, [3, 1, 2, 3, 2], tops),
      points(w, [4, 4, 4, 4, 3], tops),
    ]);
  });
});
