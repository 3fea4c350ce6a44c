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
