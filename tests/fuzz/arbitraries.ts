/**
 * Random sheets for the property tests: a template's header (shuffled, some columns dropped or
 * repeated, odd spellings) somewhere near the top, then rows of what people type: Swedish and
 * malformed numbers, amounts, percents, dates, levels, formula errors, blanks, unicode, huge and
 * tiny numbers, booleans.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/core/types";
import { templates } from "../../src/core/templates";

/** How many cases each property runs: a few hundred per template in CI, FUZZ_RUNS in `npm run fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 400;
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const typed = [
  "1 234,5",
  "236.000",
  "4 600000",
  "−3",
  "-0",
  "12 %",
  "12,5%",
  "1,6 procentenheter",
  "2,5 mnkr",
  "1,8 MSEK",
  "900 tkr",
  "45 000:-",
  "ca 3 mnkr",
  "1,2,3",
  "12..5",
  "abc12",
  "1e5",
  "Infinity",
  "NaN",
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "2027-02-30",
  "2027-13-01",
  "31/12/2027",
  "2027-01-01 - 2029-12-31 +1 +1",
  "2027-01-01 – ",
  "Pågår",
  "3.Möjlig",
  "2.Mindre\nsannolikt",
  "6.Extrem",
  "0",
  "K",
  "M",
  "Kvinna",
  "man",
  "Annat",
  "vara",
  "tjänst",
  "entreprenad",
  "Totalt",
  "Summa:",
  "=SUM(A1:A3)",
  "+46 8 508 000 00",
  "@ansvarig",
  "Ansvarig: HR",
  "\u00a0",
  " ",
  "1\u202f000",
  "x".repeat(300),
];

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 5, arbitrary: fc.constantFrom(...typed) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 30 }) },
  {
    weight: 2,
    arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, 0.1 + 0.2, 2 ** 53, 45_000, 46_752) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A template's header labels as people write them: case, line breaks, hyphenation, extra spaces. */
function spelled(label: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    label,
    label.toUpperCase(),
    label.toLowerCase(),
    label.replace(" ", "\n"),
    label.length > 4 ? `${label.slice(0, 3)}-\n${label.slice(3)}` : label,
    ` ${label} `,
  );
}

export const templateIds = templates.map((t) => t.id);

/** A sheet laid out (roughly) as the template: header row, then random rows. */
export function templateGrid(id: string): fc.Arbitrary<Grid> {
  const template = templates.find((t) => t.id === id)!;
  const header = fc
    .shuffledSubarray([...template.columns], { minLength: 1 })
    .chain((columns) =>
      fc.tuple(
        ...columns.map((column) => fc.constantFrom(...column.labels).chain(spelled)),
        // A repeated column now and then.
        fc.option(fc.constantFrom(...template.columns[0].labels), { nil: undefined, freq: 4 }),
      ),
    )
    .map((labels) => labels.filter((l): l is string => l !== undefined));
  return fc
    .record({
      titleRows: fc.integer({ min: 0, max: 4 }),
      originRow: fc.integer({ min: 1, max: 3 }),
      originCol: fc.integer({ min: 1, max: 3 }),
      header,
      width: fc.integer({ min: 0, max: 3 }),
      rows: fc.array(fc.array(cellValue, { minLength: 1, maxLength: 12 }), { maxLength: 40 }),
      title: fc.option(fc.string({ maxLength: 30 }), { nil: "" }),
    })
    .map(({ titleRows, originRow, originCol, header, width, rows, title }) => {
      const columns = header.length + width;
      const pad = (row: CellValue[]) => Array.from({ length: columns }, (_, i) => row[i] ?? "");
      const values: CellValue[][] = [
        ...Array.from({ length: titleRows }, (_, i) => pad(i === 0 ? [title] : [])),
        pad(header),
        ...rows.map(pad),
      ];
      return { sheet: "Slump", originRow, originCol, values };
    });
}

/** Any template's sheet, or no template at all. */
export const anyGrid: fc.Arbitrary<Grid> = fc.oneof(
  ...templateIds.map(templateGrid),
  fc
    .array(fc.array(cellValue, { minLength: 1, maxLength: 8 }), { maxLength: 20 })
    .map((values) => ({ sheet: "Slump", originRow: 1, originCol: 1, values })),
);
