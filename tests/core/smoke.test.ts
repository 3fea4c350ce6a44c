import { analyzeGrid } from "../../src/core";
test("smoke", () => {
  const a = analyzeGrid({ sheet: "S", originRow: 1, originCol: 1, values: [["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"], ["P", 1, "x", "3.Möjlig", "3.Kännbar", 9, ""]] });
  expect(a.report.template).toBe("risk");
});
