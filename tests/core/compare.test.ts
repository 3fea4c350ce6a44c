/**
 * This year's plan against last year's (issue 32, item 3, in part): the risk analysis compared
 * risk by risk — paired by its oönskad händelse or, failing that, by Nr under the same process, so a
 * renumbered or reordered risk is the same risk — through the workbook's checks with last year's
 * reports given (`--previous`, the pane's picker). A workbook against itself gives nothing.
 */
import { analyzeWorkbook } from "../../src/core";
import type { CellValue, Grid } from "../../src/core/types";
import { internalControlSheet } from "../../scripts/internalControlSheet";

const thisYear = internalControlSheet();
// The seed's risk analysis holds plain values (no formula errors): its rows as a grid's.
const rows = thisYear.rows as CellValue[][];
const grid = (name: string, rows: readonly (readonly CellValue[])[]): Grid => ({
  sheet: name,
  originRow: 1,
  originCol: 1,
  values: rows.map((r) => [...r]),
});

/** Last year's analysis: risk 2 dropped this year (so here it is extra), risks reordered and renumbered, one valued lower. */
function lastYear(): Grid {
  const [title, intro, blank, header, ...risks] = rows;
  const renumbered = risks.map((r) => [...r]);
  // Nr 11 was Nr 21 last year; Nr 5 had probability 1 (value 3, the low zone, then; 9 now).
  renumbered.forEach((r) => {
    if (r[1] === 11) r[1] = 21;
    if (r[1] === 5) [r[3], r[5]] = [1, 3];
  });
  const dropped = ["Ekonomi", 30, "Kassan stäms inte av", 2, 2, 4, "Avstämning varje månad"];
  return grid("Riskanalys 2016", [title, intro, blank, header, ...renumbered.reverse(), dropped]);
}

describe("the risk analysis against last year's", () => {
  test("a renumbered, reordered risk is the same; one removed, one changed, up a zone", () => {
    const previous = analyzeWorkbook([lastYear()]).sheets;
    const { workbook } = analyzeWorkbook([grid(thisYear.name, rows)], { previous });
    const found = (workbook ?? []).map((w) => [w.finding.code, w.finding.message]);
    expect(found).toEqual([
      [
        "RISK_REMOVED",
        'Risken "Kassan stäms inte av" (Nr 30 i förra årets Riskanalys 2016) finns inte i årets riskanalys. Skriv varför den togs bort.',
      ],
      [
        "RISK_CHANGED",
        'Risken "Felaktiga utbetalningar görs" har ändrats sedan förra året: sannolikhet 1 → 3, riskvärde 3 → 9, zon Låg → Medium (upp).',
      ],
    ]);
  });

  test("a workbook against itself: nothing", () => {
    const sheet = grid(thisYear.name, rows);
    const previous = analyzeWorkbook([sheet]).sheets;
    const { workbook } = analyzeWorkbook([sheet], { previous });
    expect(workbook ?? []).toEqual([]);
  });

  test("a risk new this year is said on its cell", () => {
    const [title, intro, blank, header, ...risks] = rows;
    const previous = analyzeWorkbook([grid("Förra året", [title, intro, blank, header, ...risks.slice(1)])]).sheets;
    const { workbook } = analyzeWorkbook([grid(thisYear.name, rows)], { previous });
    expect((workbook ?? []).map((w) => [w.finding.code, w.finding.cell])).toEqual([["RISK_ADDED", "C5"]]);
  });
});
