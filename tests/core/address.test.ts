/** Cell references as Excel writes them. */
import { sheetRef } from "../../src/core/sheet/address";

test("a sheet name is quoted where Excel quotes it, and only there", () => {
  expect(sheetRef("Risker", "F8")).toBe("Risker!F8");
  expect(sheetRef("Mätetal", "A6")).toBe("Mätetal!A6");
  expect(sheetRef("Plan_2027.v2", "B3")).toBe("Plan_2027.v2!B3");
  expect(sheetRef("Mätetal med fel", "A6")).toBe("'Mätetal med fel'!A6");
  expect(sheetRef("Väsentlighets- och riskanalys", "E22")).toBe("'Väsentlighets- och riskanalys'!E22");
  expect(sheetRef("2027", "A1")).toBe("'2027'!A1");
  expect(sheetRef("Q1", "A1")).toBe("'Q1'!A1");
  expect(sheetRef("R2C3", "A1")).toBe("'R2C3'!A1");
  expect(sheetRef("Anna's plan", "A1")).toBe("'Anna''s plan'!A1");
});
