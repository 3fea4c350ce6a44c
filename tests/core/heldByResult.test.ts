/**
 * A template's result lives on after its analysis (the command line writes its copy from it, the
 * pane keeps it for Skriv resultat): it holds what it reports, never the sheet it was read from.
 * Its lists made when read (risks, indicators, actions, equal-value pairs) hold the rows kept only —
 * a getter written inside the analysis held the table and the grid too (22 MB of a 100 000-row
 * payroll through the command line's writing of its copy).
 */
import { analyzeGrid } from "../../src/core";
import { collectGarbage } from "../../src/cli/node";
import { GENERATORS } from "../../scripts/generate";

/** The result of a sheet's analysis, and a weak reference to the sheet's rows (nothing else holds them). */
function analyzed(template: string): { result: Record<string, unknown>; rows: WeakRef<object> } {
  const values = GENERATORS[template](3_000);
  const { report } = analyzeGrid({ sheet: "Data", originRow: 1, originCol: 1, values }, { today: "2026-11-23" });
  expect(report.template).toBe(template);
  return { result: report.result as unknown as Record<string, unknown>, rows: new WeakRef(values) };
}

const LISTS = [
  ["risk", "risks"],
  ["indicators", "indicators"],
  ["actionplan", "actions"],
  ["salary", "equalValueGaps"],
] as const;

describe.each(LISTS)("the %s result", (template, list) => {
  test(`holds its ${list}, not the sheet's rows`, async () => {
    const { result, rows } = analyzed(template);
    // A weak reference is kept for the job that made it: the collections run after it (a few may
    // be needed before it is cleared; what is held never is).
    for (let i = 0; i < 10 && rows.deref(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      collectGarbage();
    }
    expect(rows.deref()).toBeUndefined();
    // The list is still made from what the result kept.
    expect((result[list] as unknown[]).length).toBeGreaterThan(0);
  });
});
