/** The quick test for a table's Totalt row (src/core/sheet/table.ts) answers as the pattern does. */
import fc from "fast-check";
import { mayBeTotal, TOTAL_ROW } from "../../src/core/sheet/table";

test("a text is a total row exactly when the pattern says so, whatever it starts with", () => {
  const words = ["Totalt", "total", "SUMMA", "summa totalt", "Totalsumma", "Sum", "Tot", "ſumma", "Övrigt", "2026"];
  const text = fc.oneof(
    fc.string({ maxLength: 23 }),
    fc
      .tuple(
        fc.constantFrom("", " ", "\u00a0", "\t", "\ufeff"),
        fc.constantFrom(...words),
        fc.constantFrom("", ":", " –", " 2016", " alla", "x"),
      )
      .map((parts) => parts.join("")),
  );
  fc.assert(
    fc.property(text, (value) => {
      expect(mayBeTotal(value)).toBe(TOTAL_ROW.test(value.trim()));
    }),
    { numRuns: 5000 },
  );
  expect(mayBeTotal("Totalt")).toBe(true);
  expect(mayBeTotal(" summa: 2016")).toBe(true);
  expect(mayBeTotal("Sammanfattning")).toBe(false);
});
