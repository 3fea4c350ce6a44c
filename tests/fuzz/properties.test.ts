/**
 * Properties of the core over random sheets of every template (fast-check): nothing throws, every
 * finding points inside the grid, the write plan never writes into a cell the user filled, the
 * user's grid is never changed, and the same sheet gives the same plan twice.
 * `npm run fuzz` runs many more cases (FUZZ_RUNS) than CI does.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/core";
import { parseA1 } from "../../src/core/sheet/address";
import type { CellValue, Grid } from "../../src/core/types";
import { anyGrid, RUNS, SEED, templateGrid, templateIds } from "./arbitraries";

const options = { today: "2026-11-23" };
const filled = (value: CellValue | undefined) => value !== "" && value !== null && value !== undefined;

function at(grid: Grid, cell: string): { inside: boolean; value: CellValue | undefined } {
  const { row, column } = parseA1(cell);
  const r = row - grid.originRow;
  const c = column - grid.originCol;
  const width = Math.max(0, ...grid.values.map((v) => v.length));
  return { inside: r >= 0 && r < grid.values.length && c >= 0 && c < width, value: grid.values[r]?.[c] };
}

/** Checks one sheet; returns the template it was read as. */
function checkSheet(grid: Grid): string | null {
  const before = JSON.stringify(grid);
  const first = analyzeWorkbook([grid], options);
  // The user's grid is never changed by looking at it.
  expect(JSON.stringify(grid)).toBe(before);
  const report = first.sheets[0];
  for (const finding of report.findings) {
    const where = at(grid, finding.cell);
    if (!where.inside) throw new Error(`${finding.code} at ${finding.cell} is outside the grid`);
    if (/undefined|\[object Object\]/.test(finding.message) && !before.includes("undefined"))
      throw new Error(`${finding.code}: "${finding.message}"`);
  }
  for (const sheetPlan of first.plan.sheets.filter((p) => p.sheet === grid.sheet)) {
    for (const write of sheetPlan.writes) {
      const where = at(grid, write.cell);
      if (filled(where.value)) throw new Error(`writes ${write.value} into ${write.cell}, which holds ${where.value}`);
    }
    // A mark is on a cell of the user's, or on a value Plankoll computes (a Totalt row below the table).
    const computed = new Set(sheetPlan.writes.filter((w) => w.computed).map((w) => w.cell));
    for (const mark of sheetPlan.marks) {
      if (!at(grid, mark.cell).inside && !computed.has(mark.cell))
        throw new Error(`marks ${mark.cell}, outside the grid`);
    }
  }
  // Twice the same sheet, twice the same plan.
  const second = analyzeWorkbook([JSON.parse(before) as Grid], options);
  expect(JSON.stringify(second.plan)).toBe(JSON.stringify(first.plan));
  return report.rows > 0 ? report.template : null;
}

describe("the core over random sheets", () => {
  test.each(templateIds)("%s", (id) => {
    let read = 0;
    fc.assert(
      fc.property(templateGrid(id), (grid) => {
        if (checkSheet(grid) === id) read++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The random sheets do reach the template (header found, rows read), not only its refusals.
    expect(read).toBeGreaterThan(RUNS * 0.1);
  });

  test("any sheet, template or not", () => {
    fc.assert(
      fc.property(anyGrid, (grid) => void checkSheet(grid)),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
