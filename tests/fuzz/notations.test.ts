/**
 * No confident wrong number: for every generated range, comparator or approximation, the parsed
 * value is one of the stated numbers, and a range always comes back with both its ends. And the
 * same logical sheet laid out in any of the ways people draw it gives the same result.
 */
import fc from "fast-check";
import { parseAmount, parseQuantity } from "../../src/core/parse";
import { analyzeGrid } from "../../src/core";
import type { CellValue, Grid, GridRect } from "../../src/core/types";
import { RUNS, SEED } from "./arbitraries";

/** A number as a Swede writes it: "1 500", "1\u00a0500", "29,5", "236.000". */
function swedish(value: number, style: number): string {
  const [whole, fraction] = value.toFixed(value % 1 ? 1 : 0).split(".");
  const sep = [" ", "\u00a0", "\u202f", ""][style % 4];
  const grouped =
    style % 5 === 4 && !fraction && whole.length > 3
      ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")
      : whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return fraction ? `${grouped},${fraction}` : grouped;
}

const amountUnits: [string, number][] = [
  ["kr", 1],
  ["kronor", 1],
  ["tkr", 1000],
  ["mnkr", 1e6],
  ["Mkr", 1e6],
  ["MSEK", 1e6],
  ["", 1],
];
const comparators = ["minst", "högst", "max", "min", "under", "över", "mer än", "mindre än", "≥", "≤", ">", "<"];
const approximations = ["ca", "cirka", "ungefär", "~", "c:a"];
const connectors = ["–", "-", "—", "--", " till ", " - ", " – "];
const number = fc.oneof(
  fc.integer({ min: 1, max: 5000 }),
  fc.integer({ min: 10, max: 999 }).map((n) => n / 10),
);

describe("values as Swedes write them: never a confident wrong number", () => {
  test("amounts: a range keeps both ends; a comparator or an approximation is its number", () => {
    fc.assert(
      fc.property(
        number,
        number,
        fc.constantFrom(...amountUnits),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom("range", "comparator", "approx", "plain"),
        fc.constantFrom(...connectors),
        fc.constantFrom(...comparators),
        fc.constantFrom(...approximations),
        (a, b, [unit, factor], style, kind, connector, comparator, approx) => {
          const tail = unit ? ` ${unit}` : "";
          const text =
            kind === "range"
              ? `${swedish(a, style)}${connector}${swedish(b, style)}${tail}`
              : kind === "comparator"
                ? `${comparator} ${swedish(a, style)}${tail}`
                : kind === "approx"
                  ? `${approx} ${swedish(a, style)}${tail}`
                  : `${swedish(a, style)}${tail}`;
          const parsed = parseAmount(text);
          if (!parsed.ok) return; // unreadable is reported, never a number
          const stated = [a * factor, b * factor].map((v) => Math.round(v * 100) / 100);
          if (kind === "range") {
            // Both ends, never the first alone.
            expect(parsed.highSek).toBeDefined();
            expect([parsed.sek, parsed.highSek].sort((x, y) => x! - y!)).toEqual([...stated].sort((x, y) => x - y));
          } else {
            expect(parsed.sek).toBe(stated[0]);
            expect(parsed.highSek).toBeUndefined();
            if (kind === "comparator") expect(parsed.uncertain).toBe(true);
            else expect(parsed.uncertain).toBe(false);
          }
        },
      ),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });

  test("targets and outcomes: a comparator states the value and its direction; a range both ends", () => {
    const units = ["%", " %", " dagar", " st", " procentenheter", ""];
    fc.assert(
      fc.property(
        number,
        number,
        fc.constantFrom(...units),
        fc.constantFrom("range", "comparator", "approx"),
        fc.constantFrom(...connectors),
        fc.constantFrom(...comparators),
        fc.constantFrom(...approximations),
        (a, b, unit, kind, connector, comparator, approx) => {
          const text =
            kind === "range"
              ? `${swedish(a, 0)}${connector}${swedish(b, 0)}${unit}`
              : kind === "comparator"
                ? `${comparator} ${swedish(a, 0)}${unit}`
                : `${approx} ${swedish(a, 0)}${unit}`;
          const q = parseQuantity(text);
          if (!q) return;
          if (kind === "range") expect([q.value, q.high].sort()).toEqual([a, b].sort());
          else {
            expect(q.value).toBe(a);
            expect(q.high ?? null).toBeNull();
            expect(q.uncertain).toBe(false);
            if (kind === "comparator") expect(q.comparator).toBeTruthy();
          }
        },
      ),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });
});

/** A risk register drawn in one of the ways people draw it. */
function drawRisks(
  risks: [string, number, string, number, number][],
  layout: number,
  title: boolean,
  below: boolean,
): Grid {
  const values: CellValue[][] = [];
  const merges: GridRect[] = [];
  if (title) values.push(["Internkontrollplan 2027"], []);
  const top = values.length;
  const labels = [
    ["Sannolikhet", "Konsekvens", "Riskvärde"],
    ["Sannolikhet 1-5", "Konsekvens (1–5)", "Riskvärde (S×K)"],
    ["SANNOLIKHET*", "Konsekvens:", "Riskvärde S*K"],
  ][layout % 3];
  if (layout < 3) values.push(["Process", "Nr", "Oönskad händelse", ...labels, "Åtgärd"]);
  else {
    values.push(["Process", "Nr", "Oönskad händelse", "Riskbedömning", "", "", "Åtgärd"]);
    values.push(["", "", "", ...labels, ""]);
    if (layout % 2 === 0)
      merges.push(
        { r0: top, c0: 0, rows: 2, cols: 1 },
        { r0: top, c0: 3, rows: 1, cols: 3 },
        { r0: top, c0: 6, rows: 2, cols: 1 },
      );
  }
  risks.forEach(([p, nr, e, s, k], i) =>
    values.push([i > 0 && risks[i - 1][0] === p ? "" : p, nr, e, s, k, s * k, s * k >= 10 ? "Kontroll" : ""]),
  );
  if (below) values.push([], ["Kategori", "Kvinnor", "Män"], ["Chefer", 3, 4]);
  const width = 7;
  return {
    sheet: "Risker",
    originRow: 1,
    originCol: 1,
    values: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
    merges,
  };
}

describe("the same register in any layout reads the same", () => {
  test("risks: one-row, two-row (merged or not), annotated labels, a title above, a table below", () => {
    const risk = fc.tuple(
      fc.constantFrom("Ekonomi", "Personal", "IT"),
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom("Fel utbetalning", "Sen rapport", "Dataintrång"),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(risk, { minLength: 1, maxLength: 12, selector: (r) => r[1] }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        (risks, layout, title, below) => {
          const plain = analyzeGrid(drawRisks(risks, 0, false, false)).report.result as {
            matrix: unknown;
            counts: unknown;
            risks: { process: string; value: number }[];
          };
          const drawn = analyzeGrid(drawRisks(risks, layout, title, below));
          const result = drawn.reports[0].result as typeof plain;
          expect(drawn.reports[0].template).toBe("risk");
          expect(result.matrix).toEqual(plain.matrix);
          expect(result.counts).toEqual(plain.counts);
          expect(result.risks.map((r) => [r.process, r.value])).toEqual(plain.risks.map((r) => [r.process, r.value]));
          if (below) expect(drawn.reports.map((r) => r.template)).toEqual(["risk", "genderstats"]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
