/**
 * The internkontrollplan's two halves read together: every risk at or above the setting's zone
 * needs a control naming it, every control should follow up a risk in the analysis.
 */
import { analyzeWorkbook, fileReport, parseSettings, type CellValue, type Grid } from "../../src/core";
import { eventKey } from "../../src/core/parse/words";
import {
  controlPlanRows,
  internalControlPlan,
  internalControlRisks,
  type SeedControlBlock,
} from "../../scripts/seedData";
import { controlPlanWithGaps } from "../../scripts/sampleWorkbooks";

const RISK_HEADER = ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"];
const options = { today: "2026-12-02" };

function riskGrid(): Grid {
  const values: CellValue[][] = [
    ["Nämndens internkontrollplan 2017"],
    [],
    RISK_HEADER,
    ...internalControlRisks.map((r) => [r.process, r.nr, r.event, r.probability, r.consequence, r.value, r.action]),
  ];
  return { sheet: "Internkontrollplan", originRow: 1, originCol: 1, values };
}

function planGrid(blocks: readonly SeedControlBlock[]): Grid {
  const values: CellValue[][] = [
    ["Nämndens planerade uppföljning av den löpande kontrollen"],
    [],
    ...controlPlanRows(blocks),
  ];
  return { sheet: "Uppföljning av kontroller", originRow: 1, originCol: 1, values };
}

test("the seed's plan: its twelve risks each followed up by a control, its controls each following up a risk", () => {
  const analysis = analyzeWorkbook([riskGrid(), planGrid(internalControlPlan)], options);
  const plan = analysis.sheets.find((s) => s.template === "controls")!;
  if (plan.template !== "controls") throw new Error("no control plan");
  expect(plan.findings).toEqual([]);
  expect(plan.result.controls).toHaveLength(19);
  expect(plan.result.risks).toHaveLength(12);
  expect(plan.result.processes).toHaveLength(6);
  expect(analysis.workbook).toEqual([]);
  expect(fileReport("plan.xlsx", analysis.sheets, analysis.workbook).workbook).toEqual({ findings: [] });
});

describe("a plan with gaps", () => {
  // The PuL block left out (its two critical risks lose their control), a control without
  // Ansvarig, and a control for an event the risk analysis does not have: the gaps sample's plan.
  const blocks = controlPlanWithGaps();
  const analysis = analyzeWorkbook([riskGrid(), planGrid(blocks)], options);

  test("gives exactly its gaps: on the risk's cell, on the control's, at the workbook level", () => {
    expect(analysis.workbook!.map((w) => [w.sheet, w.finding.cell, w.finding.code, w.finding.severity])).toEqual([
      ["Internkontrollplan", "C10", "RISK_WITHOUT_CONTROL", "warning"],
      ["Internkontrollplan", "C11", "RISK_WITHOUT_CONTROL", "warning"],
      ["Uppföljning av kontroller", "B39", "CONTROL_WITHOUT_RISK", "info"],
    ]);
    expect(analysis.workbook![0].finding.message).toBe(
      'Risken "Anmälan om hantering av personuppgift saknas" (Kritisk zon, riskvärde 16) har ingen kontroll i internkontrollplanen.',
    );
    const plan = analysis.sheets.find((s) => s.template === "controls")!;
    expect(plan.findings.map((f) => [f.cell, f.code])).toEqual([["F41", "REQUIRED_MISSING"]]);
  });

  test("marks the risk's cell in the risk sheet and lists the workbook's findings on the review sheet", () => {
    const riskPlan = analysis.plan.sheets.find((p) => p.sheet === "Internkontrollplan")!;
    expect(riskPlan.marks.filter((m) => ["C10", "C11"].includes(m.cell)).map((m) => m.note)).toEqual([
      expect.stringContaining("har ingen kontroll"),
      expect.stringContaining("har ingen kontroll"),
    ]);
    const review = analysis.plan.newSheets[0];
    const texts = review.cells.map((c) => c.value);
    expect(texts).toContain("Hela arbetsboken");
    expect(texts.filter((v) => v === "RISK_WITHOUT_CONTROL")).toHaveLength(2);
    expect(fileReport("plan.xlsx", analysis.sheets, analysis.workbook).workbook!.findings[2]).toMatchObject({
      sheet: "Uppföljning av kontroller",
      cell: "B39",
      code: "CONTROL_WITHOUT_RISK",
    });
  });

  test("with the setting at critical, the medium risks need no control", () => {
    const settings = parseSettings({ controls: { riskZone: "critical" } });
    const none = analyzeWorkbook([riskGrid(), planGrid(internalControlPlan.slice(0, 1))], { ...options, settings });
    const without = none.workbook!.filter((w) => w.finding.code === "RISK_WITHOUT_CONTROL");
    expect(without.map((w) => w.finding.cell)).toEqual(["C10", "C11"]);
  });
});

test("events compare without case, punctuation and trailing words", () => {
  expect(eventKey("Felaktiga utbetalningar görs")).toBe(eventKey("felaktiga utbetalningar."));
  expect(eventKey("It-behörigheter avslutas inte när medarbetare slutar")).toBe(
    eventKey("IT behörigheter avslutas inte när medarbetare slutar"),
  );
  expect(eventKey("Fel sker")).not.toBe(eventKey("Fel i lön"));
});

test("a workbook with only one of the halves has no workbook-level check", () => {
  expect(analyzeWorkbook([riskGrid()], options).workbook).toBeNull();
  expect(fileReport("r.xlsx", analyzeWorkbook([riskGrid()], options).sheets, null).workbook).toBeUndefined();
});
