/**
 * The command line's JSON arrives in slices ending at a line; it parses to exactly what
 * JSON.stringify writes, indented as JSON.stringify(value, null, 2) indents it except that small
 * records of plain values (a finding) stand on one line each.
 */
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

test("any value is written as the same JSON as JSON.stringify writes", () => {
  fc.assert(
    fc.property(tree, (value) => {
      const { text } = sliced(value);
      const expected = JSON.stringify(value);
      if (expected === undefined) expect(text).toBe("");
      else expect(JSON.parse(text)).toEqual(JSON.parse(expected));
    }),
    { numRuns: 300 },
  );
});

test("a sparse array's holes and an array's undefined are null; an object's undefined is left out", () => {
  const holes: unknown[] = [1];
  holes[3] = 2;
  const value = { holes, list: [undefined, () => 1], gone: undefined, kept: 1 };
  expect(JSON.parse(sliced(value).text)).toEqual({ holes: [1, null, null, 2], list: [null, null], kept: 1 });
});

const findings = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    cell: `F${i + 2}`,
    row: i + 2,
    severity: "error",
    message: `Rad ${i + 2}: "värde" saknas\nny rad`,
    missing: undefined,
  }));

test("a report is laid out two spaces a level with one finding per line", () => {
  const report = [
    { file: "plan.xlsx", sheets: [{ sheet: "Risker", rows: 2, findings: findings(2), result: { counts: { a: 1 } } }] },
  ];
  expect(sliced(report).text).toBe(
    [
      "[",
      "  {",
      '    "file": "plan.xlsx",',
      '    "sheets": [',
      "      {",
      '        "sheet": "Risker",',
      '        "rows": 2,',
      '        "findings": [',
      '          {"cell":"F2","row":2,"severity":"error","message":"Rad 2: \\"värde\\" saknas\\nny rad"},',
      '          {"cell":"F3","row":3,"severity":"error","message":"Rad 3: \\"värde\\" saknas\\nny rad"}',
      "        ],",
      '        "result": {"counts":{"a":1}}',
      "      }",
      "    ]",
      "  }",
      "]",
    ].join("\n"),
  );
});

test("a report of many rows arrives in many slices, each ending at a line", () => {
  const report = [
    {
      file: "plan.xlsx",
      sheets: [
        {
          sheet: "Risker",
          findings: findings(20_000),
          empty: [],
          nested: { list: Array.from({ length: 100 }, (_, i) => [i, { at: i }]) },
          long: Array.from({ length: 200 }, (_, i) => i),
        },
      ],
    },
  ];
  const lines: string[] = [];
  writeJson(report, (text) => lines.push(text));
  expect(lines.length).toBeGreaterThan(10);
  expect(JSON.parse(lines.join("\n"))).toEqual(JSON.parse(JSON.stringify(report)));
  // Every finding on a line of its own.
  const all = lines.join("\n").split("\n");
  expect(all.filter((l) => l.trimStart().startsWith('{"cell":'))).toHaveLength(20_000);
});
