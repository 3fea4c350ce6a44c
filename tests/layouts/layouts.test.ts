/**
 * The same logical tables laid out as people lay them out read the same as their plain twins,
 * through the .xlsx adapter (exceljs files with merges, tables, formulas) and through the Excel
 * adapter (the fake context with the same merges, tables and formulas).
 */
import { layoutFixtures, layoutWorkbook, type LayoutFixture } from "../../scripts/layoutFixtures";
import { analyzeWorkbook, analyzeGrid, type SheetReport } from "../../src/core";
import { workbookGrids } from "../../tools/xlsx";
import { parseA1 } from "../../src/core/sheet/address";
import { roundTrip } from "../helpers/workbooks";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { rectOfRange } from "../../src/core/sheet/address";

const options = { today: "2026-12-01" };

/** What a reader takes from a table, without where it stands. */
function logical(report: SheetReport) {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !["row", "cell", "rows", "declaredRow"].includes(k))
          .map(([k, v]) => [k, strip(v)]),
      );
    return value;
  };
  return {
    template: report.template,
    result: strip(report.result),
    codes: report.findings.map((f) => `${f.severity} ${f.code}`).sort(),
  };
}

async function viaXlsx() {
  const grids = workbookGrids(await roundTrip(layoutWorkbook()));
  return analyzeWorkbook(grids, options).sheets;
}

/** The fixture as an Excel workbook model: values, merges, tables, formulas. */
function fakeModel(fixture: LayoutFixture): FakeWorkbook {
  const model = new FakeWorkbook();
  const sheet = model.addSheet(fixture.name, fixture.rows);
  for (const merge of fixture.merges ?? []) sheet.merges.push(rectOfRange(merge)!);
  for (const [address, { formula, result }] of Object.entries(fixture.formulas ?? {})) {
    const { row, column } = parseA1(address);
    sheet.set(row - 1, column - 1, result);
    sheet.formulaText.set(`${row - 1},${column - 1}`, `=${formula}`);
  }
  for (const table of fixture.tables ?? []) {
    const { row, column } = parseA1(table.at);
    const cells = [table.header, ...table.rows];
    if (table.totals) {
      cells.push(table.header.map((_, i) => (i === 0 ? table.totals!.label : (table.totals!.results[i] ?? ""))));
    }
    cells.forEach((r, i) => r.forEach((v, j) => v !== null && v !== "" && sheet.set(row - 1 + i, column - 1 + j, v)));
    const end = `${String.fromCharCode(64 + column + table.header.length - 1)}${row + cells.length - 1}`;
    sheet.tables.push({
      name: table.name,
      address: `${table.at}:${end}`,
      showHeaders: true,
      showTotals: !!table.totals,
    });
  }
  return model;
}

async function viaExcel(fixture: LayoutFixture) {
  installExcelGlobals();
  const { port } = fakePort(fakeModel(fixture));
  return analyzeGrid(await port.readActiveSheet(), options).reports;
}

describe("layouts people draw read as their plain twins", () => {
  const twins = layoutFixtures.filter((f) => f.twin);
  test.each(twins.map((f) => [f.name, f.twin!]))("%s reads as %s (.xlsx)", async (name, twin) => {
    const sheets = await viaXlsx();
    const layout = sheets.filter((s) => s.sheet === name);
    const plain = sheets.filter((s) => s.sheet === twin);
    expect(layout.map((s) => s.template)).toEqual(plain.map((s) => s.template));
    expect(layout.map(logical)).toEqual(plain.map(logical));
  });

  test.each(twins.map((f) => [f.name, f.twin!]))("%s reads as %s (Excel)", async (name, twin) => {
    const layout = await viaExcel(layoutFixtures.find((f) => f.name === name)!);
    const plain = await viaExcel(layoutFixtures.find((f) => f.name === twin)!);
    expect(layout.map(logical)).toEqual(plain.map(logical));
  });

  test("both adapters read every fixture alike", async () => {
    const sheets = await viaXlsx();
    for (const fixture of layoutFixtures) {
      const excel = await viaExcel(fixture);
      const xlsx = sheets.filter((s) => s.sheet === fixture.name);
      expect(excel.map((r) => [r.table, r.headerRow, logical(r)])).toEqual(
        xlsx.map((r) => [r.table, r.headerRow, logical(r)]),
      );
    }
  });

  test("a two-row header under a title: the header's lower row, the risks and the matrix", async () => {
    const report = (await viaXlsx()).find((s) => s.sheet === "Risker två rader")!;
    expect(report).toMatchObject({ template: "risk", headerRow: 4, rows: 5 });
    const result = report.result as { matrix: number[][][]; risks: { process: string }[] };
    expect(result.matrix[3][3]).toEqual([3, 5]);
    expect(result.risks.map((r) => r.process)).toEqual(["Ekonomi", "Ekonomi", "Personal", "Personal", "Upphandling"]);
  });

  test("an Excel table: its header row is the header, its total row the declared total", async () => {
    const report = (await viaXlsx()).find((s) => s.sheet === "Statistik som tabell")!;
    expect(report).toMatchObject({ template: "genderstats", table: "Personalstatistik", headerRow: 3, rows: 3 });
    expect(report.findings).toEqual([]);
  });

  test("tables stacked and side by side are each found and judged", async () => {
    const reports = (await viaXlsx()).filter((s) => s.sheet === "Flera tabeller");
    expect(reports.map((r) => [r.template, r.table, r.rows])).toEqual([
      ["risk", "A1:E4", 3],
      ["genderstats", "G1:I4", 3],
      ["salary", "A6:E10", 4],
    ]);
  });

  test("a formula is the user's: a Riskvärde computed by a formula is never written into", async () => {
    const grids = workbookGrids(await roundTrip(layoutWorkbook()));
    const grid = grids.find((g) => g.sheet === "Risker utan sammanslagning")!;
    expect(grid.formulaCells?.has("F3")).toBe(true);
    // The formula shows nothing (its result not cached): the cell is still not Plankoll's to fill.
    grid.values[2][5] = "";
    const { plan } = analyzeGrid(grid, options);
    expect(plan.writes.map((w) => w.cell)).not.toContain("F3");
  });

  test("Excel: a formula showing nothing is left alone when writing", async () => {
    installExcelGlobals();
    const fixture = layoutFixtures.find((f) => f.name === "Risker utan sammanslagning")!;
    const model = fakeModel(fixture);
    const sheet = model.sheet(fixture.name);
    sheet.set(2, 5, "");
    const { port } = fakePort(model);
    const grid = await port.readActiveSheet();
    const analysis = analyzeWorkbook([grid], options);
    expect(analysis.plan.sheets[0].writes.map((w) => w.cell)).toContain("F3");
    await port.writePlan(analysis.plan);
    expect(sheet.get(2, 5)).toBe("");
    expect(sheet.formulaText.get("2,5")).toBe("=D3*E3");
  });
});
