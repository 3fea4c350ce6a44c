/** One meaning of empty (core/empty.ts): only a cell with nothing at all is Plankoll's to fill; a space is the user's. */
import { analyzeGrid, type Grid } from "../../src/core";
import { isBlank, isEmptyCell } from "../../src/core/empty";

const HEADER = ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"];

test("empty is nothing at all; blank is empty or only spaces", () => {
  expect([null, undefined, ""].map(isEmptyCell)).toEqual([true, true, true]);
  expect([" ", "\u00a0", 0, false, "x"].map(isEmptyCell)).toEqual([false, false, false, false, false]);
  expect([null, "", " ", "\t\u00a0"].map(isBlank)).toEqual([true, true, true, true]);
  expect([0, false, "x"].map(isBlank)).toEqual([false, false, false]);
});

test("a computed Riskvärde goes into an empty cell, never into one holding a space; a space is still missing where required", () => {
  const grid: Grid = {
    sheet: "Risker",
    originRow: 1,
    originCol: 1,
    values: [
      HEADER,
      ["Inköp", 1, "Fel leverantör", 3, 3, "", "Kontroll"],
      ["Inköp", 2, "Sen leverans", 2, 2, " ", "Påminnelse"],
      ["Inköp", 3, " ", 2, 2, "", "Påminnelse"],
    ],
  };
  const { report, plan } = analyzeGrid(grid, { today: "2026-12-02" });
  const written = plan.writes.map((w) => w.cell);
  expect(written).toContain("F2");
  expect(written).toContain("F4");
  expect(written).not.toContain("F3");
  expect(report.findings.filter((f) => f.code === "REQUIRED_MISSING").map((f) => f.cell)).toEqual(["C4"]);
});
