/** The compact writes (src/core/writes.ts) give the plan the CellWrite objects the templates gave before. */
import fc from "fast-check";
import { HEADER_LOOK, WriteList, compactWrites, fillLook, sheetPlan } from "../../src/core/writes";
import { analyzeGrid } from "../../src/core";
import { a1 } from "../../src/core/sheet/address";
import type { CellMark, CellWrite } from "../../src/core/plan";

const write = fc.record(
  {
    row: fc.integer({ min: 1, max: 1_048_576 }),
    col: fc.integer({ min: 1, max: 16_384 }),
    value: fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.integer()),
    look: fc.oneof(
      fc.constant(undefined),
      fc.constant(HEADER_LOOK),
      fc.constantFrom("#FFC7CE", "#C6EFCE").map(fillLook),
      fc.string().map((computed) => ({ computed })),
      fc.string().map((computed) => ({ bold: true, computed })),
    ),
  },
  { requiredKeys: ["row", "col", "value"] },
);

/** A write as a template wrote it before: its cell, its value, then its look's members in their order. */
const asObject = (w: { row: number; col: number; value: string | number; look?: object }): CellWrite => ({
  cell: a1(w.row, w.col),
  value: w.value,
  ...w.look,
});

test("a list gives back every write as the object it stands for, in order, its look's members after its value", () => {
  fc.assert(
    fc.property(fc.array(write, { maxLength: 200 }), (writes) => {
      const list = new WriteList();
      for (const w of writes) list.add(w.row, w.col, w.value, w.look);
      // A number no cell holds (±Infinity, which fc.double draws now and then) is never written.
      const objects = writes.filter((w) => typeof w.value !== "number" || Number.isFinite(w.value)).map(asObject);
      const made = list.toArray();
      expect(made).toStrictEqual(objects);
      // The members in the order a literal gives them (JSON of the plan unchanged).
      expect(JSON.stringify(made)).toBe(JSON.stringify(objects));
      expect(WriteList.of(objects).toArray()).toStrictEqual(objects);
      const keep = (i: number) => i % 3 !== 1;
      expect(list.filter(keep).toArray()).toStrictEqual(objects.filter((_, i) => keep(i)));
      const twice = new WriteList();
      twice.append(list);
      twice.append(list);
      expect(twice.toArray()).toStrictEqual([...objects, ...objects]);
    }),
    { numRuns: 300 },
  );
});

test("a list keeps a look of its own for each computed value, however many (a register with every Riskvärde empty)", () => {
  const list = new WriteList();
  for (let row = 1; row <= 70_000; row++) list.add(row, 6, row % 25, { computed: `Beräknat ${row}` });
  expect(list.length).toBe(70_000);
  expect(list.look(69_999)).toEqual({ computed: "Beräknat 70000" });
  expect(list.toArray()[0]).toStrictEqual({ cell: "F1", value: 1, computed: "Beräknat 1" });
});

test("a plan makes its marks and writes when first read, once; what is assigned replaces them", () => {
  let made = 0;
  const marks: CellMark[] = [{ cell: "A1", fill: "#FFE699", note: "Plankoll: x" }];
  const list = new WriteList();
  list.add(2, 3, "Kritisk", fillLook("#FFC7CE"));
  const plan = sheetPlan(
    "Data",
    () => {
      made++;
      return marks;
    },
    list,
  );
  expect(made).toBe(0);
  expect(compactWrites(plan)).toBe(list);
  expect(plan.marks).toBe(plan.marks);
  expect(made).toBe(1);
  expect(plan.writes).toBe(plan.writes);
  expect(plan.writes).toStrictEqual([{ cell: "C2", value: "Kritisk", fill: "#FFC7CE" }]);
  // As a copy or JSON, the plan is its members.
  expect({ ...plan }).toStrictEqual({ sheet: "Data", marks, writes: plan.writes });
  expect(JSON.parse(JSON.stringify(plan))).toEqual({ sheet: "Data", marks, writes: plan.writes });
  plan.writes = [];
  expect(plan.writes).toEqual([]);
  // Replaced: an adapter reading the compact writes no longer finds the old ones.
  expect(compactWrites(plan)).toBeNull();
});

test("a register's plan: the zone written on every row, the computed Riskvärde marked with how it was computed", () => {
  const values = [
    ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"],
    [1, "Felaktig utbetalning", 3, 4, "", "Attest"],
    [2, "Otydlig styrning", 1, 2, 2, ""],
  ];
  const { plan } = analyzeGrid({ sheet: "Risker", originRow: 1, originCol: 1, values }, { today: "2026-11-23" });
  expect(plan.writes).toEqual([
    { cell: "E2", value: 12, computed: "Beräknat av Plankoll: sannolikhet 3 × konsekvens 4 = 12." },
    { cell: "G2", value: "Kritisk", fill: "#FFC7CE" },
    { cell: "G3", value: "Låg", fill: "#C6EFCE" },
    { cell: "G1", value: "Plankoll: Zon", bold: true, fill: "#D9E1F2" },
  ]);
  expect(plan.marks.find((m) => m.cell === "E2")?.note).toContain("sannolikhet 3 × konsekvens 4 = 12");
});

test("a number no cell holds (a cost over a headcount read as 5e-324) is never written", () => {
  const list = new WriteList();
  for (const value of [Infinity, -Infinity, NaN, 12]) list.add(2, 3, value);
  expect(list.length).toBe(1);
  // A KUS application whose headcount is read as the smallest double: no cost per participant, no Infinity.
  const values = [
    ["Prio", "Kompetensutvecklingsinsats", "Äskad summa", "Antal medarbetare"],
    [1, "Ledarskap", 1000, 5e-324],
  ];
  const plan = analyzeGrid({ sheet: "KUS", originRow: 1, originCol: 1, values }, { today: "2026-11-23" }).plan;
  expect(plan.writes.every((w) => typeof w.value !== "number" || Number.isFinite(w.value))).toBe(true);
  expect(plan.writes.some((w) => w.value === 1000)).toBe(true);
});
