/**
 * Plankoll's sheets within what a cell holds: a register of 20 000 risks lists thousands of Nr in
 * a zone, far over Excel's 32 767 characters. The lists are cut with what was left out counted,
 * so that every zone's count still adds up; no text of any sheet is longer than a cell holds.
 */
import { analyzeWorkbook, type Grid } from "../../src/core";
import { EXCEL_CELL_CHARS, finishSheet } from "../../src/core/sheet/fit";
import { riskRegisterRows } from "../../scripts/generate";

const grid = (values: Grid["values"]): Grid => ({ sheet: "Risker", originRow: 1, originCol: 1, values });

test("a large register's matrix lists what fits and counts the rest; every zone adds up", () => {
  const { plan } = analyzeWorkbook([grid(riskRegisterRows(20_000))], { today: "2026-11-23" });
  const matrix = plan.newSheets.find((s) => s.name === "Plankoll Riskmatris")!;
  const lines = matrix.cells.map((c) => String(c.value)).filter((v) => /riskvärde \d+–\d+ \(\d+\)/.test(v));
  expect(lines).toHaveLength(3);
  let total = 0;
  for (const line of lines) {
    const [, count, list] = /\((\d+)\): (.*)$/.exec(line)!;
    const more = /… och (\d+) till$/.exec(list);
    const shown = list.replace(/ … och \d+ till$/, "").split(", ").length;
    expect(more).not.toBeNull();
    expect(shown + Number(more![1])).toBe(Number(count));
    total += Number(count);
  }
  expect(total).toBeGreaterThan(19_000);
  // Each square too: its Nr shown and counted add up to the risks placed in it.
  const squares = matrix.cells.filter((c) => c.row >= 4 && c.row <= 8 && c.col >= 2).map((c) => String(c.value));
  const placed = squares.reduce((sum, v) => {
    const more = /… och (\d+) till$/.exec(v);
    return (
      sum +
      v
        .replace(/ … och \d+ till$/, "")
        .split(", ")
        .filter(Boolean).length +
      Number(more?.[1] ?? 0)
    );
  }, 0);
  expect(placed).toBe(total);
  for (const sheet of plan.newSheets)
    for (const cell of sheet.cells) expect(String(cell.value).length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
});

test("the last guard: a text longer than a cell holds is cut, said with …", () => {
  const finished = finishSheet({
    name: "Plankoll Test",
    cells: [{ row: 1, col: 1, value: "x".repeat(40_000) }],
    columnWidths: [],
  });
  const value = String(finished.cells[0].value);
  expect(value.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
  expect(value.endsWith(" …")).toBe(true);
});
