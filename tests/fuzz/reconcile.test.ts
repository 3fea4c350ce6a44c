/**
 * Figures that add up, over random sheets of every template (fast-check): every count adds up to
 * the rows it counts, every total to the sum of its buckets. One rule set per template, typed by
 * the registry: a new template does not compile here until its figures are checked too.
 */
import fc from "fast-check";
import { analyzeGrid, type SheetReport, type TemplateId } from "../../src/core";
import { RUNS, SEED, templateGrid, templateIds } from "./arbitraries";

type Of<Id extends TemplateId> = Extract<SheetReport, { template: Id }>["result"];
/** Every registered template ("visits" is tests/core/templateDefinition.test.tsx's own, registered there only). */
type Rules = { [Id in Exclude<TemplateId, "visits">]: (result: Of<Id>, rows: number) => [string, number, number][] };

const sum = (values: readonly (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
/** Kronor summed in different orders may differ in the last binary digit: compared in öre. */
const ore = (sek: number) => Math.round(sek * 100);

/** [what, the figure, what it must equal] per template. */
const RULES: Rules = {
  jobeval: (r) => [
    [
      "the groups hold every grouped job once",
      sum(r.groups.map((g) => g.jobs.length)),
      r.jobs.filter((j) => j.group !== null).length,
    ],
    ["the weights make 100 %", r.weights.length ? Math.round(sum(r.weights.map((w) => w.weight))) : 100, 100],
    [
      "no job's points outside 0–1 000",
      r.jobs.filter((j) => j.points !== null && (j.points < 0 || j.points > 1000)).length,
      0,
    ],
  ],
  payplan: (r, rows) => [
    ["no more entries than rows", Math.min(r.entries.length, rows), r.entries.length],
    [
      "no year outside 2000–2100",
      r.entries.filter((e) => e.year !== null && (e.year < 2000 || e.year > 2100)).length,
      0,
    ],
  ],
  risk: (r) => [
    ["zones add up to the total", r.counts.low + r.counts.medium + r.counts.critical, r.total],
    ["placed and unplaced add up to the risks", r.total + r.unplaced, r.risks.length],
    ...(r.layout === "matrix"
      ? ([["the matrix holds every placed risk", sum(r.matrix.flat().map((c) => c.length)), r.total]] as [
          string,
          number,
          number,
        ][])
      : []),
  ],
  indicators: (r) => [["statuses add up to the indicators", sum(Object.values(r.counts)), r.indicators.length]],
  actionplan: (r) => [
    ["without owner counts the actions without one", r.withoutOwner, r.actions.filter((a) => !a.responsible).length],
  ],
  genderstats: (r) => [
    ["women sum the rows", r.totals.women, sum(r.rows.map((x) => x.women))],
    ["men sum the rows", r.totals.men, sum(r.rows.map((x) => x.men))],
    ["other sums the rows", r.totals.other, sum(r.rows.map((x) => x.other))],
    // A row's total is its parts (where it has one); the table's total, the rows'.
    ...r.rows
      .filter((x) => x.total !== null)
      .map((x): [string, number, number] => [
        `row ${x.row}'s total is its parts`,
        x.total!,
        sum([x.women, x.men, x.other]),
      ]),
    ["the total sums the rows' totals", r.totals.total, sum(r.rows.map((x) => x.total))],
  ],
  salary: (r) => [
    ["flagged counts the flagged", r.flagged, r.positions.filter((p) => p.flag !== null).length],
    // Each befattning's ratio is women's mean over men's, as a percent with one decimal.
    ...r.positions
      .filter((p) => p.ratio !== null && p.womenMean !== null && p.menMean !== null)
      .map((p): [string, number, number] => [
        `${p.title}'s ratio`,
        p.ratio!,
        Math.round((p.womenMean! / p.menMean!) * 1000) / 10,
      ]),
    // Lönetransparens: the bands hold every woman and man once, each band's shares make 100 %,
    // and the categories count nobody twice.
    ...(r.transparency && !r.transparency.suppressed
      ? ([
          [
            "the quartile bands hold every woman and man",
            sum(r.transparency.quartiles.map((b) => b.women + b.men)),
            r.transparency.women + r.transparency.men,
          ],
          ...r.transparency.quartiles
            .filter((b) => b.women + b.men > 0)
            .map((b): [string, number, number] => [
              `band ${b.band}'s shares`,
              Math.round((b.womenShare + b.menShare) * 10),
              1000,
            ]),
          [
            "the categories count each woman and man at most once",
            Math.min(
              sum(r.transparency.categories.map((c) => c.women + c.men)),
              r.transparency.women + r.transparency.men,
            ),
            sum(r.transparency.categories.map((c) => c.women + c.men)),
          ],
        ] as [string, number, number][])
      : []),
  ],
  procurement: (r) => [
    ["the types add up to the total", ore(sum(Object.values(r.byType))), ore(r.totalSek)],
    ["the areas add up to the total", ore(sum(Object.values(r.byArea))), ore(r.totalSek)],
    [
      "the total sums the reportable values",
      ore(r.totalSek),
      ore(sum(r.items.filter((i) => i.reportable).map((i) => i.valueSek))),
    ],
  ],
  kus: (r) => [
    ["the total sums the applications", ore(r.totalSek), ore(sum(r.applications.map((a) => a.requestedSek)))],
  ],
  controls: (r) => [
    ["without method counts those without", r.withoutMethod, r.controls.filter((c) => !c.method).length],
    ["without owner counts those without", r.withoutOwner, r.controls.filter((c) => !c.responsible).length],
  ],
};

test.each(templateIds)("%s: its counts and totals reconcile on random sheets", (id) => {
  let checked = 0;
  fc.assert(
    fc.property(templateGrid(id), (grid) => {
      for (const report of analyzeGrid(grid, { today: "2026-12-02" }).reports) {
        if (!report.template) continue;
        const rules = RULES[report.template as keyof Rules] as (
          result: unknown,
          rows: number,
        ) => [string, number, number][];
        for (const [what, figure, expected] of rules(report.result, report.rows)) {
          if (figure !== expected) throw new Error(`${report.template}: ${what}: ${figure} ≠ ${expected}`);
        }
        checked++;
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
  expect(checked).toBeGreaterThan(RUNS * 0.1);
});
