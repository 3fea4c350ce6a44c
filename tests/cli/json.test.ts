/** The command line's JSON arrives in slices, and the slices are exactly what JSON.stringify(value, null, 2) writes. */
import fc from "fast-check";
import { writeJson } from "../../src/cli/json";

function sliced(value: unknown): { text: string; calls: number } {
  const lines: string[] = [];
  writeJson(value, (text) => lines.push(text));
  return { text: lines.join("\n"), calls: lines.length };
}

const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("tree"), { maxLength: 90 }),
  object: fc.dictionary(fc.string(), tie("tree"), { maxKeys: 6 }),
}));

test("any value is written as JSON.stringify writes it", () => {
  fc.assert(
    fc.property(tree, (value) => {
      expect(sliced(value).text).toBe(JSON.stringify(value, null, 2) ?? "");
    }),
    { numRuns: 300 },
  );
});

test("a report of many rows arrives in many slices, each ending at a line", () => {
  const report = [
    {
      file: "plan.xlsx",
      sheets: [
        {
          sheet: "Risker",
          findings: Array.from({ length: 20_000 }, (_, i) => ({
            cell: `F${i + 2}`,
            severity: "error",
            message: `Rad ${i + 2}: "värde" saknas\nny rad`,
            missing: undefined,
          })),
          empty: [],
          nested: { list: Array.from({ length: 100 }, (_, i) => [i, { at: i }]) },
        },
      ],
    },
  ];
  const { text, calls } = sliced(report);
  expect(text).toBe(JSON.stringify(report, null, 2));
  expect(calls).toBeGreaterThan(10);
});
