/**
 * Rows like a table's below where it ended are named, never left unread in silence
 * (sheet/below.ts): after a Summa row mid-table, after two empty rows, after a note; a legend, a
 * signature line or the next table below are not. Found by trying mutated samples: a payroll with
 * a Summa row after its first group was read to there, its other rows unchecked, and nothing said.
 */
import { analyzeGrid, type CellValue, type Grid } from "../../src/core";

const grid = (values: CellValue[][]): Grid => ({ sheet: "Blad", originRow: 1, originCol: 1, values });
const options = { today: "2026-12-06" };
const RISK = ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde"];

const notRead = (values: CellValue[][], locale: "sv" | "en" = "sv") =>
  analyzeGrid(grid(values), { ...options, locale }).reports.flatMap((r) =>
    r.findings.filter((f) => f.code === "ROWS_NOT_READ").map((f) => [f.cell, f.severity, f.message]),
  );

test("a Summa row after the first group: the rows after it are named, with the total row's place", () => {
  expect(
    notRead([
      RISK,
      ["Inköp", 1, "Felaktiga inköp", 3, 4, 12],
      [null, 2, "Dubbla betalningar", 2, 2, 4],
      ["Summa", null, null, null, null, 16],
      ["Lön", 3, "Fel lön", 3, 3, 9],
      [null, 4, "Sen lön", 2, 9, 18],
    ]),
  ).toEqual([
    [
      "A5",
      "warning",
      "Rad 5–6 under tabellen (2 rader med innehåll) lästes inte: tabellen slutar vid summaraden, rad 4. Hör raderna till tabellen, flytta summaraden sist.",
    ],
  ]);
});

test("two empty rows between groups, in English too; the rows counted are those with content", () => {
  const values = [
    RISK,
    ["Inköp", 1, "Felaktiga inköp", 3, 4, 12],
    [],
    [],
    ["Lön", 3, "Fel lön", 3, 3, 9],
    ["x"],
    [null, 5, "Ingen lön", 5, 5, 25],
  ];
  expect(notRead(values, "en")).toEqual([
    [
      "A5",
      "warning",
      "Rows 5–7 below the table (2 with content) were not read: the table ends at the empty rows 3–4. If they belong to the table, delete the empty rows.",
    ],
  ]);
});

test("after a note below the table: where the table ended is said", () => {
  // A lone text in the group column would start a group: the note stands in another column.
  const values = [
    RISK,
    ["Inköp", 1, "Felaktiga inköp", 3, 4, 12],
    [],
    [null, null, "Not: se bilaga"],
    ["Lön", 3, "Fel lön", 3, 3, 9],
  ];
  expect(notRead(values).map(([cell, , message]) => [cell, message])).toEqual([
    [
      "A5",
      "Rad 5 under tabellen lästes inte: tabellen slutar på rad 2. Hör raderna till tabellen, flytta upp dem direkt under den.",
    ],
  ]);
});

test("a legend of the levels, a signature line and a note below a table are not rows of it", () => {
  expect(
    notRead([
      RISK,
      ["Inköp", 1, "Felaktiga inköp", 3, 4, 12],
      [null, 2, "Dubbla betalningar", 2, 2, 4],
      [],
      [],
      [null, null, null, "Sannolikhet", "1 = osannolik"],
      [null, null, null, "Konsekvens", "1 = försumbar"],
      [],
      ["Beslutad av nämnden", "2026-12-01"],
    ]),
  ).toEqual([]);
});

test("a second table below, with its own header, is read as a table, not named as rows left", () => {
  const analysis = analyzeGrid(
    grid([RISK, ["Inköp", 1, "Felaktiga inköp", 3, 4, 12], [], [], RISK, ["Lön", 3, "Fel lön", 3, 3, 9]]),
    options,
  );
  expect(analysis.reports).toHaveLength(2);
  expect(analysis.reports.flatMap((r) => r.findings.map((f) => f.code))).not.toContain("ROWS_NOT_READ");
});

test("a payroll with a Summa row mid-list: the employees after it are named; the finding is marked in the sheet", () => {
  const analysis = analyzeGrid(
    grid([
      ["Befattning", "Kön", "Månadslön"],
      ["Handläggare", "Kvinna", 35000],
      ["Handläggare", "Man", 36000],
      ["Summa", null, 71000],
      ["Chef", "Kvinna", 52000],
      ["Chef", "Man", 50000],
    ]),
    options,
  );
  const finding = analysis.report.findings.find((f) => f.code === "ROWS_NOT_READ");
  expect(finding).toMatchObject({ cell: "A5", row: 5, severity: "warning" });
  expect(analysis.plan.marks.map((m) => m.cell)).toContain("A5");
});

test("a Totalt right under the header: the table read no row, and every row below is named", () => {
  const found = notRead([
    ["Avtalsområde", "Beskrivning", "Planerat startdatum", "Avtalsperiod", "Uppskattat kontraktsvärde", "Kontraktstyp"],
    [null, "TOTALT", null, null, null, null],
    ["IT", "Nytt antagningssystem", "2027-01-01", "2027-05-30 – 2028-12-31", "3 mnkr", "Tjänst"],
    ["IT", "Kompetensutveckling", "2027-02-01", "t o m 2027-12-31", "1,5 mnkr", "Tjänst"],
  ]);
  expect(found.map(([cell, severity]) => [cell, severity])).toEqual([["A3", "warning"]]);
  expect(found[0][2]).toContain("Rad 3–4 under tabellen (2 rader med innehåll) lästes inte");
});
