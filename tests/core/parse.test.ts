import {
  cellText,
  compactLabel,
  headerUnitMultiplier,
  isCellError,
  parseAmount,
  parseDateCell,
  parseLevel,
  parseNumberCell,
  parsePeriod,
  parseQuantity,
  serialToIso,
} from "../../src/core/parse";
import { foldLabel } from "../../src/core/parse/cells";
import fc from "fast-check";

describe("Swedish numbers", () => {
  test.each([
    ["236.000", 236000],
    ["29,5", 29.5],
    ["1 500", 1500],
    ["1\u00a0500", 1500],
    ["1\u202f500", 1500],
    ["1\u2009500", 1500],
    ["4 600000", 4600000],
    ["−3", -3],
    ["-3,25", -3.25],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    [" 42 ", 42],
  ])("%j → %d", (text, expected) => expect(parseNumberCell(text)).toBe(expected));

  test.each(["", "abc", "12 kr", "1,2,3", "#REF!", "3.Möjlig"])("%j is not a number", (text) =>
    expect(parseNumberCell(text)).toBeNull(),
  );
});

describe("amounts", () => {
  test.each([
    ["6,0 Mnkr", 6_000_000, false],
    ["1,5 mnkr", 1_500_000, false],
    ["60 mnkr", 60_000_000, false],
    ["???   2 mnkr", 2_000_000, true],
    ["4 600000 kr", 4_600_000, false],
    ["236.000 kronor", 236_000, false],
    ["1 500 tkr", 1_500_000, false],
    ["150 000kr", 150_000, false],
    ["2 000:-", 2000, false],
    ["3 MSEK", 3_000_000, false],
    ["2 miljoner", 2_000_000, false],
    ["12 SEK", 12, false],
  ])("%j → %d kr (uncertain %s)", (text, sek, uncertain) =>
    expect(parseAmount(text)).toEqual({ ok: true, sek, uncertain }),
  );

  test("a unit in the column header applies to bare numbers", () => {
    expect(headerUnitMultiplier("Äskad summa (tkr)")).toBe(1000);
    expect(headerUnitMultiplier("Kontraktsvärde (mnkr)")).toBe(1_000_000);
    expect(headerUnitMultiplier("Äskad summa")).toBe(1);
    expect(parseAmount(1500, 1000)).toEqual({ ok: true, sek: 1_500_000, uncertain: false });
    expect(parseAmount("1 500", 1000)).toEqual({ ok: true, sek: 1_500_000, uncertain: false });
    expect(parseAmount("2 mnkr", 1000)).toEqual({ ok: true, sek: 2_000_000, uncertain: false });
  });

  test("text without a number is unreadable, never zero", () => {
    expect(parseAmount("se bilaga")).toEqual({ ok: false });
    expect(parseAmount("32 5OO")).toEqual({ ok: false }); // letters O, not zeros
    expect(parseAmount("12a")).toEqual({ ok: false });
    expect(parseAmount("")).toEqual({ ok: false });
  });
});

describe("percent and units", () => {
  test.each([
    ["90 %", 90, "%"],
    ["90%", 90, "%"],
    ["29,5 %", 29.5, "%"],
    ["4,9 %", 4.9, "%"],
    ["0 %", 0, "%"],
    ["1,6 procentenheter", 1.6, "pp"],
    ["1,6 pro-\ncent-\nen-\nheter", 1.6, "pp"],
    ["50 dagar", 50, "days"],
    ["0 st", 0, "count"],
  ])("%j → %d %s", (text, value, unit) => expect(parseQuantity(text)).toMatchObject({ value, unit, uncertain: false }));

  test("a percent-formatted cell holds a fraction", () => {
    expect(parseQuantity(0.9, "0%")).toEqual({ value: 90, unit: "%", uncertain: false });
    expect(parseQuantity(0.295, "0.0 %")).toEqual({ value: 29.5, unit: "%", uncertain: false });
    expect(parseQuantity(0.9, "General")).toEqual({ value: 0.9, unit: null, uncertain: false });
  });
});

describe("dates and periods", () => {
  test("serials and text", () => {
    expect(serialToIso(42736)).toBe("2017-01-01");
    expect(parseDateCell(42736)).toEqual({ kind: "date", iso: "2017-01-01" });
    expect(parseDateCell("2017-01-01")).toEqual({ kind: "date", iso: "2017-01-01" });
    expect(parseDateCell("2017.01.01")).toEqual({ kind: "date", iso: "2017-01-01" });
    expect(parseDateCell("Pågår")).toEqual({ kind: "ongoing" });
    expect(parseDateCell("2017-02-30")).toBeNull();
    expect(parseDateCell("snart")).toBeNull();
  });

  test.each([
    ["2017-07-01 – 2021-06-30", "2017-07-01", "2021-06-30", "2021-06-30"],
    ["2017-05-30-2018-12-31", "2017-05-30", "2018-12-31", "2018-12-31"],
    ["t o m 2017-12-31", null, "2017-12-31", "2017-12-31"],
    ["fr.o.m. 2018-01-01 t.o.m. 2019-12-31", "2018-01-01", "2019-12-31", "2019-12-31"],
    ["2018-09-01-2021-08-31 +1 +1", "2018-09-01", "2021-08-31", "2023-08-31"],
    ["fr.o.m 2018-01-01", "2018-01-01", null, null],
    // A length after the start, as a length alone is read: the unit at the end holds for each number.
    ["2027-01-01, 2+1+1 år", "2027-01-01", "2028-12-31", "2030-12-31"],
    ["2027-01-01, 24+6 mån", "2027-01-01", "2028-12-31", "2029-06-30"],
    // Options run from the day after the end: a month's last day stays its month's last.
    ["2027-01-01, 18+6 mån", "2027-01-01", "2028-06-30", "2028-12-31"],
    ["2026-03-01 – 2027-02-28 +1 år", "2026-03-01", "2027-02-28", "2028-02-29"],
    // No unit at all: years.
    ["2027-01-01, 2+1+1", "2027-01-01", "2028-12-31", "2030-12-31"],
  ])("%j", (text, start, end, endWithOptions) =>
    expect(parsePeriod(text)).toMatchObject({ start, end, endWithOptions }),
  );

  test("unreadable periods", () => {
    expect(parsePeriod("enligt avtal")).toBeNull();
    expect(parsePeriod("2018-13-01 - 2019-01-01")).toBeNull();
  });
});

describe("risk levels", () => {
  test.each([
    [3, 3],
    ["3", 3],
    ["3.Möjlig", 3],
    ["3. Möjlig", 3],
    ["3 - Möjlig", 3],
    ["Möjlig", 3],
    ["2.Mindre\nsannolikt", 2],
    ["mycket SANNOLIKT", 5],
    ["5 Mycket sannolikt", 5],
  ])("probability %j → %d", (value, level) => expect(parseLevel(value, "probability")).toEqual({ ok: true, level }));

  test("consequence labels", () => {
    expect(parseLevel("4.Allvarlig", "consequence")).toEqual({ ok: true, level: 4 });
    expect(parseLevel("Väldigt allvarlig", "consequence")).toEqual({ ok: false, reason: "invalid" });
  });

  test("number and label disagree", () => {
    expect(parseLevel("3.Sannolikt", "probability")).toEqual({
      ok: false,
      reason: "mismatch",
      level: 3,
      label: "Sannolikt",
      labelLevel: 4,
    });
  });

  test.each([0, 6, 2.5, "6", "hög", ""])("%j is not a level", (value) =>
    expect(parseLevel(value, "probability")).toEqual({ ok: false, reason: "invalid" }),
  );
});

describe("cells and labels", () => {
  test("formula errors", () => {
    for (const e of ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?"]) expect(isCellError(e)).toBe(true);
    expect(isCellError("#1 prioritet")).toBe(false);
  });
  test("labels compare without case, accents, breaks and hyphens", () => {
    expect(compactLabel("Års-\nmål")).toBe(compactLabel("Årsmål"));
    expect(compactLabel("Ansvarig-\ngrupp")).toBe(compactLabel("Ansvarig grupp"));
    expect(compactLabel("Sanno\u00adlikhet")).toBe("sannolikhet");
  });
  test("a label of Latin-1 characters folds by the table as the rule folds it; any other text by the rule", () => {
    // Every character up to U+00FF among others (Greek, the Kelvin sign, combining accents, emoji).
    const latin1 = fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code));
    const other = fc.constantFrom("\u212a", "\u0301", "Σ", "ς", "İ", "😀", "\u1e9e", "ﬁ");
    fc.assert(
      fc.property(fc.array(fc.oneof(latin1, latin1, latin1, other), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(compactLabel(text)).toBe(foldLabel(text));
      }),
      { numRuns: 3000 },
    );
    expect(compactLabel(`Å${"ö-".repeat(300)}`)).toBe(`a${"o".repeat(300)}`);
    for (let code = 0; code < 256; code++) {
      const text = `A${String.fromCharCode(code)}b`;
      expect(compactLabel(text)).toBe(foldLabel(text));
    }
  });
  test("cell text", () => {
    expect(cellText(7257000)).toBe("7\u00a0257\u00a0000");
    expect(cellText("  a \n b ")).toBe("a b");
  });
});

describe("A1 addresses", () => {
  test("parseA1 reads plain and absolute addresses and refuses anything else", async () => {
    const { parseA1, a1 } = await import("../../src/core/sheet/address");
    expect(parseA1("A1")).toEqual({ row: 1, column: 1 });
    expect(parseA1("$AB$12")).toEqual({ row: 12, column: 28 });
    expect(parseA1("xfd1048576")).toEqual({ row: 1_048_576, column: 16_384 });
    for (const bad of ["", "A", "12", "A1B", "A-1", "Å1", "A1:B2"]) expect(() => parseA1(bad)).toThrow(/Not an A1/);
    for (const [row, column] of [
      [1, 1],
      [7, 26],
      [99, 27],
      [1_000_000, 703],
    ])
      expect(parseA1(a1(row, column))).toEqual({ row, column });
  });
});
