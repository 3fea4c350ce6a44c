/** Sheet names as Excel compares them: without case. */
import { freeSheetName } from "../../src/core/blank";

test("a name taken in another case is taken", () => {
  expect(freeSheetName("Plan för upphandling", ["plan för upphandling"])).toBe("Plan för upphandling (2)");
  expect(freeSheetName("Riskanalys", ["RISKANALYS", "riskanalys (2)"])).toBe("Riskanalys (3)");
  expect(freeSheetName("Mätetal", ["Riskanalys"])).toBe("Mätetal");
  expect(freeSheetName("Övrigt", ["ÖVRIGT"])).toBe("Övrigt (2)");
});
