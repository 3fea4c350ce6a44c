import ExcelJS from "exceljs";
import { riskSampleWorkbook, sampleWorkbooks } from "../../scripts/sampleWorkbooks";
import { applyPlan, clearPlankoll, workbookGrids } from "../../tools/xlsx";
import { analyzeWorkbook, BACKUP_SHEET } from "../../src/core";
import { roundTrip, workbookSnapshot as snapshot } from "../helpers/workbooks";

async function written() {
  const workbook = await roundTrip(riskSampleWorkbook());
  const before = snapshot(workbook);
  const analysis = analyzeWorkbook(workbookGrids(workbook));
  const summary = applyPlan(workbook, analysis.plan);
  return { workbook: await roundTrip(workbook), before, analysis, summary };
}

describe("Skriv resultat on .xlsx", () => {
  test("marks judged cells, writes computed values and Plankoll's sheets; no user value changes", async () => {
    const { workbook, before, summary } = await written();
    const sheet = workbook.getWorksheet("Riskanalys med fel")!;
    expect((sheet.getCell("F8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
    expect(sheet.getCell("F8").note).toContain("stämmer inte");
    expect((sheet.getCell("G10").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFE699");
    expect(sheet.getCell("F10").value).toBe(20);
    expect(sheet.getCell("H6").value).toBe("Plankoll: Zon");
    expect(sheet.getCell("H10").value).toBe("Kritisk");
    expect(summary.notesLeftOut).toEqual([]);

    for (const [name, cells] of Object.entries(before)) {
      const after = workbook.getWorksheet(name)!;
      for (const [address, cell] of Object.entries(cells)) {
        const value = (cell as { value: unknown }).value;
        const got = after.getCell(address).value;
        if (value !== null)
          expect([name, address, got instanceof Date ? String(got) : got]).toEqual([name, address, value]);
      }
    }
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Internkontrollplan",
      "Väsentlighets- och riskanalys",
      "Riskanalys med fel",
      "Anteckningar",
      "Plankoll Granskning",
      "Plankoll Riskmatris",
      BACKUP_SHEET,
    ]);
    expect(workbook.getWorksheet(BACKUP_SHEET)!.state).toBe("veryHidden");
  });

  test("the Riskmatris sheet draws the seed's matrix", async () => {
    const { workbook } = await written();
    const matrix = workbook.getWorksheet("Plankoll Riskmatris")!;
    // Block 1: title row 1, consequence header row 3 (B..F = K1..K5), S5 on row 4 down to S1 on row 8.
    expect(matrix.getCell("A1").value).toBe("Riskmatris – Internkontrollplan");
    expect(matrix.getCell("E5").value).toBe("7, 8");
    expect(matrix.getCell("D6").value).toBe("1, 3, 4, 5, 6, 9, 12");
    expect(matrix.getCell("C6").value).toBe("2, 11");
    expect(matrix.getCell("D7").value).toBe("10");
    expect(matrix.getCell("A9").value).toBe("Totalt: 12");
    expect((matrix.getCell("E5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(matrix.getCell("A4").value).toBe("5 Mycket sannolikt");
    expect(matrix.getCell("F3").value).toBe("5 Mycket allvarlig");
  });

  test("the Granskning sheet lists every finding with a link to its cell", async () => {
    const { workbook, analysis } = await written();
    const review = workbook.getWorksheet("Plankoll Granskning")!;
    const total = analysis.sheets.reduce((n, s) => n + s.findings.length, 0);
    expect(review.getCell(4 + total - 1, 4).value).toBeTruthy();
    expect(review.getCell(4 + total, 4).value).toBeNull();
    const link = review.getCell("B4").value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toMatch(/^#'.+'![A-Z]+\d+$/);
  });

  test("running again replaces the output instead of stacking it", async () => {
    const { workbook } = await written();
    const once = snapshot(workbook);
    applyPlan(workbook, analyzeWorkbook(workbookGrids(workbook)).plan);
    const twice = snapshot(await roundTrip(workbook));
    expect(twice).toEqual(once);
  });

  test("Rensa restores every value and format of the whole sample workbook", async () => {
    const { workbook, before } = await written();
    expect(clearPlankoll(workbook)).toBe(true);
    const after = snapshot(await roundTrip(workbook));
    expect(after).toEqual(before);
    expect(clearPlankoll(workbook)).toBe(false);
  });

  test("a cell the user has filled since reading refuses the plan, as in Excel: nothing is written", async () => {
    const workbook = await roundTrip(riskSampleWorkbook());
    const analysis = analyzeWorkbook(workbookGrids(workbook));
    workbook.getWorksheet("Riskanalys med fel")!.getCell("F10").value = 99;
    const before = snapshot(workbook);
    expect(() => applyPlan(workbook, analysis.plan)).toThrow(
      expect.objectContaining({ reason: "sheetChanged", params: { sheet: "Riskanalys med fel", cell: "F10" } }),
    );
    expect(snapshot(workbook)).toEqual(before);
  });
});

describe.each(Object.entries(sampleWorkbooks))("every sample: %s", (_name, build) => {
  test("Skriv resultat changes no user value; a second run does not stack; Rensa restores everything", async () => {
    const workbook = await roundTrip(build());
    const before = snapshot(workbook);
    applyPlan(workbook, analyzeWorkbook(workbookGrids(workbook), { today: "2026-11-22" }).plan);
    const once = await roundTrip(workbook);
    for (const [name, cells] of Object.entries(before)) {
      const after = once.getWorksheet(name)!;
      for (const [address, cell] of Object.entries(cells)) {
        const value = (cell as { value: unknown }).value;
        const got = after.getCell(address).value;
        if (value !== null)
          expect([name, address, got instanceof Date ? String(got) : got]).toEqual([name, address, value]);
      }
    }
    const onceSnapshot = snapshot(once);
    applyPlan(once, analyzeWorkbook(workbookGrids(once), { today: "2026-11-22" }).plan);
    expect(snapshot(await roundTrip(once))).toEqual(onceSnapshot);
    expect(clearPlankoll(once)).toBe(true);
    expect(snapshot(await roundTrip(once))).toEqual(before);
  });
});

test("a date-formatted number beyond Excel's dates reads as #NUM!, never as NaN", async () => {
  const { toCellValue } = await import("../../tools/xlsx");
  expect(toCellValue(new Date(Number.NaN))).toBe("#NUM!");
  expect(toCellValue(new Date(Date.UTC(2027, 0, 1)))).toBe(46388);
});

test("a sparse .xlsx (a note at row 1 000 000 below 500 risks): read cheaply, written, rerun and restored", async () => {
  const { riskRegisterRows } = await import("../../scripts/generate");
  const { workbookFromRows } = await import("../../scripts/sampleWorkbooks");
  const built = workbookFromRows([{ name: "Risker", rows: riskRegisterRows(500) }]);
  built.getWorksheet("Risker")!.getCell("A1000000").value = "Senast ändrad av: Eva";
  const workbook = await roundTrip(built);
  const before = snapshot(workbook);
  const start = Date.now();
  const [grid] = workbookGrids(workbook);
  expect(grid.values).toHaveLength(1_000_000);
  expect(grid.values[999_999][0]).toBe("Senast ändrad av: Eva");
  // The empty rows between are one shared row, not a million.
  expect(grid.values[600]).toBe(grid.values[900_000]);
  const analysis = analyzeWorkbook([grid], { today: "2026-11-23" });
  expect(Date.now() - start).toBeLessThan(5_000);
  expect(analysis.sheets[0]).toMatchObject({ template: "risk", rows: 500 });
  applyPlan(workbook, analysis.plan);
  const once = await roundTrip(workbook);
  const onceSnapshot = snapshot(once);
  applyPlan(once, analyzeWorkbook(workbookGrids(once), { today: "2026-11-23" }).plan);
  expect(snapshot(await roundTrip(once))).toEqual(onceSnapshot);
  expect(clearPlankoll(once)).toBe(true);
  expect(snapshot(await roundTrip(once))).toEqual(before);
});
