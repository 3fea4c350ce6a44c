/**
 * Skriv resultat's look at the cells it fills (probe.ts): a large block of them is asked where it
 * holds anything (its constants, its formulas) instead of reading every cell's formula. Run on the
 * fake's own context and through Microsoft's office.js with the host simulator: what the user has
 * in a cell to fill is found as before — a formula showing nothing left alone, a value typed since
 * the sheet was read stopping the run — and an Excel that refuses the question is read as before.
 */
import { fakePort, FakeWorkbook, installExcelGlobals, type FakeSheet } from "./fakeExcel";
import { simulatedPort } from "./hostSimulator";
import { analyzeWorkbook } from "../../src/core";
import { ASK_FILLED_MIN_CELLS } from "../../src/excel/probe";
import { indicatorRows, riskRegisterRows } from "../../scripts/generate";

beforeAll(installExcelGlobals);

const TODAY = "2026-11-23";
const ROWS = 2_000;
/** The register's header is on row 3; Plankoll's zone column is H, from H4 (row index 3) on. */
const ZONE = 7;

function register(): { model: FakeWorkbook; sheet: FakeSheet } {
  const model = new FakeWorkbook();
  const sheet = model.addSheet("Risker", riskRegisterRows(ROWS));
  model.active = "Risker";
  return { model, sheet };
}

type Ports = typeof fakePort | typeof simulatedPort;

describe.each<[string, Ports]>([
  ["the fake's context", fakePort],
  ["office.js", simulatedPort],
])("cells to fill, through %s", (_, portOn) => {
  test("a column to fill is asked where it holds anything, not cell by cell: the answers stay small", async () => {
    expect(ROWS).toBeGreaterThan(ASK_FILLED_MIN_CELLS * 2);
    const { model, sheet } = register();
    const { port, contexts } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan;
    expect(plan.sheets[0].writes.filter((w) => w.cell.startsWith("H")).length).toBe(ROWS + 1);
    await port.writePlan(plan);
    expect(sheet.get(3 + 10, ZONE)).toMatch(/^(Låg|Medium|Hög|Kritisk)$/);
    // Reading each of the column's cells would answer at least 5 bytes a cell ([""],); the whole
    // write's largest answer is far below what the column alone would cost.
    expect(contexts[1].maxResponseBytes).toBeLessThan(ROWS * 2);
  });

  test("a formula showing nothing in the column to fill is left alone, the rest is filled", async () => {
    const { model, sheet } = register();
    const { port } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan;
    // Since the sheet was read, a formula showing nothing (as Excel gives its value: "") in H1004.
    sheet.formulaText.set(`1003,${ZONE}`, '=IF(F1004>25,"fel","")');
    await port.writePlan(plan);
    expect(sheet.get(1003, ZONE)).toBe("");
    expect(sheet.formulaText.get(`1003,${ZONE}`)).toBe('=IF(F1004>25,"fel","")');
    expect(sheet.get(1002, ZONE)).not.toBe("");
    expect(sheet.get(1004, ZONE)).not.toBe("");
  });

  test("a value typed into the column to fill since it was read: nothing is written, the cell is named", async () => {
    const { model, sheet } = register();
    const { port } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan;
    sheet.set(1500, ZONE, "min egen anteckning");
    await expect(port.writePlan(plan)).rejects.toMatchObject({
      reason: "sheetChanged",
      params: { sheet: "Risker", cell: "H1501" },
    });
    expect(sheet.get(1500, ZONE)).toBe("min egen anteckning");
    expect(sheet.get(1499, ZONE)).toBe("");
    expect(model.sheets.map((s) => s.name)).toEqual(["Risker"]);
  });

  test("a block bridging rows that are not filled (an indicator table's activity rows): asked as a whole, a formula there left alone", async () => {
    const model = new FakeWorkbook();
    // Every fourth row an activity row: the status column (I) is filled on the three others.
    const sheet = model.addSheet("Mätetal", indicatorRows(ROWS));
    model.active = "Mätetal";
    const { port, contexts } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan;
    const status = plan.sheets[0].writes.filter((w) => w.cell.startsWith("I")).map((w) => w.cell);
    expect(status).not.toContain("I7");
    expect(status).toContain("I8");
    // Since the sheet was read: a formula showing nothing where a status goes, a note typed in an activity row's I.
    sheet.formulaText.set("999,8", '=IF(C1000="","","x")');
    sheet.set(1002, 8, "se aktiviteten");
    await port.writePlan(plan);
    expect(sheet.get(999, 8)).toBe("");
    expect(sheet.formulaText.get("999,8")).toBe('=IF(C1000="","","x")');
    expect(sheet.get(1002, 8)).toBe("se aktiviteten");
    expect(sheet.get(1000, 8)).not.toBe("");
    expect(contexts[1].maxResponseBytes).toBeLessThan(ROWS * 2);
  });

  test("an address that names only some of the cells found: the whole block is read, every formula left alone", async () => {
    const { model, sheet } = register();
    const { port } = portOn(model);
    const plan = analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan;
    const rows = [100, 400, 700, 1000, 1300, 1600, 1900];
    for (const r of rows) sheet.formulaText.set(`${r},${ZONE}`, `=IF(F${r + 1}>25,"fel","")`);
    // Room for two of the seven areas.
    model.areasAddressChars = 30;
    await port.writePlan(plan);
    for (const r of rows) {
      expect(sheet.get(r, ZONE)).toBe("");
      expect(sheet.formulaText.get(`${r},${ZONE}`)).toBe(`=IF(F${r + 1}>25,"fel","")`);
    }
    expect(sheet.get(101, ZONE)).not.toBe("");
  });

  test("an Excel that will not say where a block holds anything: each cell is read, the same is written", async () => {
    const written = async (refuse: boolean) => {
      const { model, sheet } = register();
      const { port } = portOn(model);
      const plan = analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan;
      sheet.formulaText.set(`1003,${ZONE}`, '=IF(F1004>25,"fel","")');
      model.specialCellsFail = refuse;
      await port.writePlan(plan);
      return {
        zone: sheet.values.map((row) => row[ZONE] ?? ""),
        formula: sheet.formulaText.get(`1003,${ZONE}`),
        notes: [...sheet.notes].sort(),
      };
    };
    const refused = await written(true);
    expect(refused.formula).toBe('=IF(F1004>25,"fel","")');
    expect(refused.zone[1003]).toBe("");
    expect(refused).toEqual(await written(false));
  });
});
