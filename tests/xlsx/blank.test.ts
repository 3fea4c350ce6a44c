import ExcelJS from "exceljs";
import { addBlankTemplate, workbookGrids } from "../../tools/xlsx";
import {
  blankTemplateIds,
  analyzeWorkbook,
  blankTemplate,
  translator,
  type ProcurementResult,
  type RiskResult,
  type SalaryResult,
} from "../../src/core";
import type { JobEvalResult } from "../../src/core/templates/jobeval";
import { roundTrip } from "../helpers/workbooks";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";

const t = translator("sv");

describe("Infoga mall", () => {
  test("the blank procurement plan (xlsx): headers Plankoll recognises, a drop-down, formats, input messages", async () => {
    const workbook = new ExcelJS.Workbook();
    addBlankTemplate(workbook, blankTemplate("procurement", t), t("blank.listError"));
    const back = await roundTrip(workbook);
    const sheet = back.getWorksheet("Plan för upphandling")!;
    expect(sheet.getCell("F4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"vara,tjänst,entreprenad"'],
      showInputMessage: true,
    });
    expect(sheet.getCell("B4").dataValidation).toMatchObject({ prompt: "Vad som ska upphandlas, kort." });
    expect(sheet.getCell("C4").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("E50").numFmt).toBe('#,##0 "kr"');

    // Filled in, it is read as a procurement plan.
    sheet.getCell("A4").value = "IT";
    sheet.getCell("B5").value = "Licenser";
    sheet.getCell("C5").value = new Date(Date.UTC(2027, 1, 1));
    sheet.getCell("D5").value = "2027-06-01 - 2030-05-31 +1";
    sheet.getCell("E5").value = 2_400_000;
    sheet.getCell("F5").value = "tjänst";
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(back)));
    expect(sheets[0].template).toBe("procurement");
    expect(sheets[0].findings).toEqual([]);
    expect((sheets[0].result as ProcurementResult).items[0]).toMatchObject({
      area: "IT",
      plannedStart: "2027-02-01",
      periodEndWithOptions: "2031-05-31",
      valueSek: 2_400_000,
      type: "services",
    });
  });

  test.each(blankTemplateIds())("the blank %s sheet is recognised as its template", async (id) => {
    const workbook = new ExcelJS.Workbook();
    addBlankTemplate(workbook, blankTemplate(id, t), t("blank.listError"));
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0]).toMatchObject({ template: id, headerRow: 3, rows: 0, findings: [] });
  });

  test("a blank risk analysis filled from its drop-downs needs nothing more", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addBlankTemplate(workbook, blankTemplate("risk", t), t("blank.listError"));
    expect(sheet.getCell("D4").dataValidation.formulae).toEqual([
      '"1.Osannolikt,2.Mindre sannolikt,3.Möjlig,4.Sannolikt,5.Mycket sannolikt"',
    ]);
    sheet.getRow(4).values = ["Ekonomi", 1, "Felaktiga utbetalningar", "4.Sannolikt", "4.Allvarlig", null, "Stickprov"];
    const { sheets, plan } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0].findings).toEqual([]);
    expect((sheets[0].result as RiskResult).risks[0]).toMatchObject({ value: 16, zone: "critical" });
    expect(plan.sheets[0].writes).toContainEqual(expect.objectContaining({ cell: "F4", value: 16 }));
  });

  test("the blank KUS summary is recognised as a KUS request", async () => {
    const workbook = new ExcelJS.Workbook();
    addBlankTemplate(workbook, blankTemplate("kus", t), t("blank.listError"));
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0]).toMatchObject({ template: "kus", headerRow: 3, rows: 0 });
  });

  test("through Office.js: a new sheet with validation, formats, frozen header; a free name when taken", async () => {
    installExcelGlobals();
    const model = new FakeWorkbook();
    model.addSheet("Plan för upphandling", [["gammal"]]);
    const { port } = fakePort(model);
    const name = await port.insertTemplate("procurement", "sv");
    expect(name).toBe("Plan för upphandling (2)");
    const sheet = model.sheet(name);
    expect(model.active).toBe(name);
    expect(sheet.get(2, 5)).toBe("Kontraktstyp (vara/tjänst/entreprenad)");
    expect(sheet.validations.get("F4:F203")).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "vara,tjänst,entreprenad" } },
      prompt: { showPrompt: true, title: "Kontraktstyp (vara/tjänst/entrep" },
      errorAlert: { showAlert: true, style: "Stop" },
    });
    expect(sheet.format(3, 2).numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.frozenRows).toBe(3);
    const grid = await port.readActiveSheet();
    expect(analyzeWorkbook([grid]).sheets[0].template).toBe("procurement");
  });
});

describe("Infoga mall for HR and the action plan", () => {
  test("a blank pay survey filled from its drop-down is compared per befattning", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addBlankTemplate(workbook, blankTemplate("salary", t), t("blank.listError"));
    expect(sheet.getCell("B4").dataValidation.formulae).toEqual(['"K,M,Annat"']);
    expect(sheet.getCell("D4").numFmt).toBe("0%");
    sheet.getRow(4).values = ["Handläggare", "K", 36_000, 0.75, 4];
    sheet.getRow(5).values = ["Handläggare", "M", 40_000, 1, 4];
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0]).toMatchObject({ template: "salary", rows: 2 });
    const positions = (sheets[0].result as SalaryResult).positions;
    // 36 000 at 75 % is 48 000 full-time: 120 % of the man's 40 000.
    expect(positions[0]).toMatchObject({ title: "Handläggare", ratio: 120, women: 1, men: 1 });
  });

  test("a blank gender-split table whose Totalt does not add up is flagged at that cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addBlankTemplate(workbook, blankTemplate("genderstats", t), t("blank.listError"));
    sheet.getRow(4).values = ["Chefer", 12, 8, null, 20];
    sheet.getRow(5).values = ["Handläggare", 30, 10, 1, 40];
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0].template).toBe("genderstats");
    expect(sheets[0].findings.map((f) => `${f.code}@${f.cell}`)).toContain("TOTAL_MISMATCH@E5");
  });

  test("a blank action plan carries the goal down and asks for an owner", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addBlankTemplate(workbook, blankTemplate("actionplan", t), t("blank.listError"));
    sheet.getRow(4).values = ["Jämställd lön", "Lönekartläggning", "Årligen", "HR", new Date(Date.UTC(2027, 5, 30))];
    sheet.getRow(5).values = [null, "Handlingsplan", "Halvår", null, new Date(Date.UTC(2027, 11, 31))];
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0].template).toBe("actionplan");
    expect(sheets[0].findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["REQUIRED_MISSING@D5"]);
    expect((sheets[0].result as { actions: { goal: string }[] }).actions[1].goal).toBe("Jämställd lön");
  });
});

describe("Infoga mall: the job evaluation's factor plan", () => {
  /** The second computation: weights in percent, scores on 1–4. */
  const points = (weights: number[], scores: number[]) =>
    Math.round(weights.reduce((sum, w, i) => sum + (w / 100) * (scores[i] / 4) * 1000, 0) * 10) / 10;

  test("criteria over sub-factors, a row of weights summing to 100 %; filled in, points and bands", async () => {
    const workbook = new ExcelJS.Workbook();
    const spec = blankTemplate("jobeval", t);
    const sheet = addBlankTemplate(workbook, spec, t("blank.listError"));
    expect(spec.groups!.map((g) => [g.label, g.from, g.to])).toEqual([
      ["Kunskap och färdigheter", 2, 4],
      ["Ansvar", 5, 7],
      ["Ansträngning", 8, 10],
      ["Arbetsförhållanden", 11, 12],
    ]);
    const weights = spec.firstRow!.slice(1, 12).map((w) => Number(String(w).replace(/\D/g, "")));
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    expect(sheet.getCell("E4").dataValidation).toMatchObject({
      prompt: expect.stringMatching(/^Ansvar för verksamhetens/),
    });
    const coach = [2, 2, 3, 2, 3, 1, 3, 1, 4, 2, 2];
    const economist = [3, 3, 2, 3, 1, 3, 2, 1, 1, 1, 1];
    sheet.getRow(5).values = ["Jobbcoach", ...coach];
    sheet.getRow(6).values = ["Ekonom", ...economist];
    const { sheets } = analyzeWorkbook(workbookGrids(await roundTrip(workbook)));
    expect(sheets[0]).toMatchObject({ template: "jobeval", rows: 2 });
    const result = sheets[0].result as JobEvalResult;
    expect(result.weightsFrom).toBe("row");
    expect(result.weights.map((w) => w.criterion)).toEqual([
      ...Array(3).fill("knowledge"),
      ...Array(3).fill("responsibility"),
      ...Array(3).fill("effort"),
      ...Array(2).fill("conditions"),
    ]);
    // The Värdegrupp column is there but empty: the groups are bands of points, and said so.
    expect(result.groupsFrom).toBe("bands");
    expect(result.jobs.map((j) => [j.job, j.points])).toEqual([
      ["Jobbcoach", points(weights, coach)],
      ["Ekonom", points(weights, economist)],
    ]);
  });

  test("through Office.js: the criteria merged over their sub-factors, the weights in the first row", async () => {
    installExcelGlobals();
    const model = new FakeWorkbook();
    const { port } = fakePort(model);
    const name = await port.insertTemplate("jobeval", "sv");
    const sheet = model.sheet(name);
    expect(sheet.get(1, 1)).toBe("Kunskap och färdigheter");
    expect(sheet.get(3, 0)).toBe("Vikt");
    expect(sheet.merges).toHaveLength(4);
    const grid = await port.readActiveSheet();
    expect(analyzeWorkbook([grid]).sheets[0]).toMatchObject({ template: "jobeval", rows: 0, findings: [] });
  });
});
