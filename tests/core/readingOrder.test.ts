/**
 * The tables that read the others' (the payroll, its categories from the job evaluation) are judged
 * once, after the rest (workbook.ts finishReading), where they were judged twice: first alone, then
 * with every report (readWithOthers). The reports are the same either way — over every sample, a
 * payroll and its evaluation on one sheet, and every generator's register beside the sample's
 * evaluation.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeGrid, analyzeWorkbook } from "../../src/core";
import { analyzeSheets, readWithOthers } from "../../src/core/workbook";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import { GENERATORS } from "../../scripts/generate";
import type { Grid } from "../../src/core/types";

const samples = join(__dirname, "..", "..", "samples");
const gridsOf = (file: string) =>
  readWorkbookPackage(XlsxPackage.fromBytes(new Uint8Array(readFileSync(join(samples, file))))).grids;
const options = { today: "2026-11-23" };

/** The former way: each grid alone, then the ones that read the others' again with every report. */
const twice = (grids: readonly Grid[]) =>
  readWithOthers(
    grids,
    grids.flatMap((g) => analyzeGrid(g, options).reports),
    options,
  );

describe("judged once, after the rest: the same reports as judged twice", () => {
  test.each(readdirSync(samples).filter((f) => f.endsWith(".xlsx")))("%s", (file) => {
    const grids = gridsOf(file);
    expect(JSON.stringify(analyzeSheets(grids, options))).toBe(JSON.stringify(twice(grids)));
  });

  test("every generator's register beside the sample's evaluation, and a payroll with its evaluation on one sheet", () => {
    const sample = gridsOf("lonekartlaggning-2026.xlsx");
    const evaluation = sample.find((g) => analyzeGrid(g, options).reports.some((r) => r.template === "jobeval"))!;
    const payroll = sample.find((g) => analyzeGrid(g, options).reports.some((r) => r.template === "salary"))!;
    expect(evaluation && payroll).toBeTruthy();
    let read = 0;
    for (const generate of Object.values(GENERATORS)) {
      const grids = [evaluation, { sheet: "Data", originRow: 1, originCol: 1, values: generate(400) }];
      expect(JSON.stringify(analyzeSheets(grids, options))).toBe(JSON.stringify(twice(grids)));
      read++;
    }
    expect(read).toBe(Object.keys(GENERATORS).length);
    // Both on one sheet: the evaluation below the payroll, two empty rows between.
    const width = Math.max(...payroll.values.map((r) => r.length));
    const both: Grid = {
      sheet: "Lön och värdering",
      originRow: 1,
      originCol: 1,
      values: [...payroll.values, Array(width).fill(""), Array(width).fill(""), ...evaluation.values],
    };
    const once = analyzeWorkbook([both], options);
    expect(once.sheets.map((r) => r.template).sort()).toEqual(["jobeval", "salary"]);
    expect(JSON.stringify(once.sheets)).toBe(JSON.stringify(twice([both])));
  });
});
