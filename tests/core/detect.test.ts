/** A sheet that looks like a template but is not read as one says what was seen and what is missing. */
import { analyzeGrid } from "../../src/core";

test("the closest template, the columns found, the columns missing and the headers not placed", () => {
  const grid = {
    sheet: "Risker",
    originRow: 1,
    originCol: 1,
    values: [
      ["Process", "Oönskad händelse", "Sannolikhetsgrad", "Konsekv.", "Åtgärd"],
      ["Ekonomi", "Fel utbetalning", 3, 4, "Kontroll"],
    ],
  };
  const { report } = analyzeGrid(grid);
  expect(report.template).toBeNull();
  expect(report.reason).toBe(
    "rubrikrad 1 liknar Riskanalys (Process, Oönskad händelse, Åtgärd hittades) men saknar Riskvärde; " +
      'rubrikerna "Sannolikhetsgrad", "Konsekv." kunde Plankoll inte placera',
  );
  const en = analyzeGrid(grid, { locale: "en" }).report.reason;
  expect(en).toContain('could not place the headers "Sannolikhetsgrad", "Konsekv."');
});
