/**
 * Plankoll's sheets made as they are written (workbook.analyzeForWriting, the command line's
 * copy): the same sheets in the same order as analyzeWorkbook gives them, over every sample; the
 * payroll's large sheets made only when taken, and each let go once taken.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/core";
import { analyzeForWriting } from "../../src/core/workbook";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import * as register from "../../src/core/templates/salary/registerSheet";

const samples = join(__dirname, "..", "..", "samples");
const gridsOf = (file: string) =>
  readWorkbookPackage(XlsxPackage.fromBytes(new Uint8Array(readFileSync(join(samples, file))))).grids;
const options = { today: "2026-11-23" };

test.each(readdirSync(samples).filter((f) => f.endsWith(".xlsx")))("%s: the same sheets, in order", (file) => {
  const grids = gridsOf(file);
  const { plan, ...rest } = analyzeForWriting(grids, options);
  const whole = analyzeWorkbook(grids, options);
  expect(JSON.stringify(rest)).toBe(JSON.stringify({ sheets: whole.sheets, workbook: whole.workbook }));
  expect(JSON.stringify(plan.sheets)).toBe(JSON.stringify(whole.plan.sheets));
  expect(JSON.stringify([...plan.newSheets])).toBe(JSON.stringify(whole.plan.newSheets));
});

test("the payroll's register sheet is made when it is taken, not before", () => {
  const made = jest.spyOn(register, "registerSheet");
  try {
    const { plan } = analyzeForWriting(gridsOf("lonekartlaggning-2026.xlsx"), options);
    expect(made).not.toHaveBeenCalled();
    const names: string[] = [];
    for (const sheet of plan.newSheets) {
      names.push(sheet.name);
      // Made exactly when the iteration reached it.
      expect(made).toHaveBeenCalledTimes(names.includes("Plankoll Löneregister") ? 1 : 0);
    }
    expect(names).toContain("Plankoll Löneregister");
  } finally {
    made.mockRestore();
  }
});
