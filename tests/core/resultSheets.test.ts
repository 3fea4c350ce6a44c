/**
 * Result sheets as people read and print them: the payroll's chart data only where the chart is
 * drawn, categories by name with the code beside, the reference year from the sheet's own date,
 * and the risk matrix as a matrix filling a portrait page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook, parseSettings, type CellValue, type Grid } from "../../src/core";
import { fitSheet } from "../../src/core/sheet/fit";
import { printSetup, withChartData } from "../../src/core/plan";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import type { SalaryResult } from "../../src/core/templates/salary/analyze";

const samples = join(__dirname, "..", "..", "samples");
const options = { today: "2026-12-06" };
const sample = (name: string) => readWorkbookPackage(XlsxPackage.fromBytes(readFileSync(join(samples, name)))).grids;

function payroll(title: string | null): Grid {
  const rows: CellValue[][] = [];
  // Category 321012 is Barnskötare: women paid 12 % less an hour than men.
  for (let i = 0; i < 6; i++)
    rows.push([100 + i, "Barnskötare", "321012", i < 3 ? "K" : "M", i < 3 ? 26_400 : 30_000, 1]);
  for (let i = 0; i < 6; i++)
    rows.push([200 + i, i < 3 ? "Förskollärare" : "Lärare", "234101", i % 2 ? "K" : "M", 36_000, 1]);
  return {
    sheet: "Lönelista",
    originRow: 1,
    originCol: 1,
    values: [
      ...(title ? [[title], []] : []),
      ["Anst.nr", "Befattning", "AID-kod", "Kön", "Månadslön", "Sysselsättningsgrad"],
      ...rows,
    ],
  };
}

describe("the payroll's sheets", () => {
  test("a category given as a code is named by its befattning, the code beside it", () => {
    const analysis = analyzeWorkbook([payroll(null)], options);
    const report = analysis.sheets[0];
    const result = report.result as SalaryResult;
    expect(result.transparency!.categories.map((c) => [c.category, c.name])).toEqual([
      ["321012", "Barnskötare (321012)"],
      ["234101", "234101 (Förskollärare, Lärare)"],
    ]);
    const gap = report.findings.find((f) => f.code === "PAY_GAP_JOINT_ASSESSMENT")!;
    expect(gap.message).toMatch(/^Barnskötare \(321012\): /);
  });

  test("the reference year is the sheet's own date, else a year in its title, else the setting, else last year", () => {
    const year = (title: string | null, settings = {}) => {
      const result = analyzeWorkbook([payroll(title)], { ...options, settings: parseSettings(settings) }).sheets[0]
        .result as SalaryResult;
      return [result.transparency!.settings.referenceYear, result.transparency!.referenceYearFrom];
    };
    expect(year("Lönelista 2025, Förskoleförvaltningen, per 2026-09-30")).toEqual([
      2026,
      { source: "sheet", stated: "2026-09-30" },
    ]);
    expect(year("Lönelista per 30 september 2024")).toEqual([2024, { source: "sheet", stated: "30 september 2024" }]);
    expect(year("Lönelista 2026")).toEqual([2026, { source: "sheet", stated: "Lönelista 2026" }]);
    expect(year(null, { salary: { referenceYear: 2027 } })).toEqual([2027, { source: "setting" }]);
    expect(year(null)).toEqual([2025, { source: "default" }]);
  });

  test("the chart's data is the chart's own: under it where it is drawn, nowhere in a copy without it", () => {
    const analysis = analyzeWorkbook(sample("lonekartlaggning.xlsx"), options);
    const sheet = analysis.plan.newSheets.find((s) => s.name === "Plankoll Lönekartläggning")!;
    const lastColumn = Math.max(...sheet.cells.map((c) => c.col));
    expect(lastColumn).toBe(sheet.columnWidths.length);
    expect(lastColumn).toBeLessThanOrEqual(14);
    const charts = sheet.charts!;
    expect(charts.length).toBeGreaterThan(0);
    const drawn = withChartData(sheet);
    expect(drawn.cells.length).toBe(sheet.cells.length + charts.reduce((n, c) => n + c.cells!.length, 0));
    for (const chart of charts) {
      // Every data cell lies inside the chart's area, which covers it, and no cell of the sheet's own does.
      const [top, bottom] = [chart.anchor, chart.to!].map((a) => Number(/\d+/.exec(a)![0]));
      for (const c of chart.cells!) {
        expect(c.col).toBeLessThanOrEqual(4);
        expect(c.row).toBeGreaterThanOrEqual(top);
        expect(c.row).toBeLessThanOrEqual(bottom);
      }
      expect(sheet.cells.filter((c) => c.row >= top && c.row <= bottom)).toEqual([]);
    }
  });
});

describe("the risk matrix as a nämnd prints it", () => {
  test("portrait, the matrix across the page's width, square cells, the legend under it", () => {
    const analysis = analyzeWorkbook(sample("riskanalys.xlsx"), options);
    const spec = fitSheet(analysis.plan.newSheets.find((s) => s.name === "Plankoll Riskmatris")!);
    expect(printSetup(spec).landscape).toBe(false);
    expect(spec.columnWidths).toEqual([20, 14, 14, 14, 14, 14]);
    expect(Math.max(...spec.cells.map((c) => c.col))).toBe(6);
    const squares = spec.cells.filter((c) => c.col >= 2 && c.fill && !c.bold && c.border);
    const rows = [...new Set(squares.map((c) => c.row))];
    // 14 characters of width (about 100 px, 74 pt) against 72 pt of height.
    for (const row of rows) expect(spec.rowHeights![row]).toBe(72);
    const legend = spec.cells.filter((c) => /riskvärde \d+–\d+/.test(String(c.value)));
    expect(legend.length).toBeGreaterThan(0);
    for (const line of legend) expect(spec.merges).toContain(`A${line.row}:F${line.row}`);
  });
});
