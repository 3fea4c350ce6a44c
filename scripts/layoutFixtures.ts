/**
 * Sheets laid out the way people lay them out: the same logical tables drawn with one header
 * row, with headers over two or three rows (merged or not), with annotated labels, as Excel
 * tables, stacked and side by side, with formulas. Tests read each through both adapters and
 * compare it with its plain twin. The values are the seed's (001: the twelve risks; 002–004).
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/types";
import { workbookFromRows } from "./rawWorkbook";

export interface LayoutTable {
  name: string;
  /** Top-left cell of the table's header row. */
  at: string;
  header: string[];
  rows: (string | number | null)[][];
  /** A total row: its label and the cached results of its formulas, by column index. */
  totals?: { label: string; results: Record<number, number> };
}

export interface LayoutFixture {
  name: string;
  /** The plain fixture this one must read the same as. */
  twin?: string;
  rows: CellValue[][];
  merges?: string[];
  tables?: LayoutTable[];
  /** Formula cells: their formula and the result Excel cached. */
  formulas?: Record<string, { formula: string; result: CellValue }>;
}

const risks: [string, number, string, number, number][] = [
  ["Ekonomi", 1, "Felaktiga utbetalningar", 3, 3],
  ["Ekonomi", 2, "Bristande budgetuppföljning", 3, 2],
  ["Personal", 3, "Hög personalomsättning", 4, 4],
  ["Personal", 4, "Arbetsmiljöbrister", 2, 3],
  ["Upphandling", 5, "Avtal följs inte", 4, 4],
];

const plainRisk: LayoutFixture = {
  name: "Risker enkel",
  rows: [
    ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"],
    ...risks.map(([p, nr, e, s, k]) => [p, nr, e, s, k, s * k, s * k >= 10 ? "Kontroll" : ""]),
  ],
};

/** A group label merged over the assessment, labels merged down over two rows, scales in the labels. */
const twoRowRisk: LayoutFixture = {
  name: "Risker två rader",
  twin: plainRisk.name,
  rows: [
    ["Nämndens internkontrollplan 2027"],
    [],
    ["Process", "Nr", "Oönskad händelse", "Riskbedömning", "", "", "Åtgärd¹"],
    ["", "", "", "Sannolikhet 1-5", "Konsekvens (1–5)", "Riskvärde (S×K)", ""],
    ...risks.map(([p, nr, e, s, k], i) => [
      i === 0 || risks[i - 1][0] !== p ? p : "",
      nr,
      e,
      s,
      k,
      s * k,
      s * k >= 10 ? "Kontroll" : "",
    ]),
    [],
    ["¹ Åtgärd krävs för risker i kritisk zon."],
  ],
  merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A5:A6", "A7:A8"],
};

/** The group label written once above its sub-headers, no merges at all; S × K as a formula. */
const unmergedRisk: LayoutFixture = {
  name: "Risker utan sammanslagning",
  twin: plainRisk.name,
  rows: [
    ["Process", "Nr", "Oönskad händelse:", "Bedömning", "", "", "Åtgärd"],
    ["", "", "", "Sannolikhet (S)", "Konsekvens (K)", "Riskvärde S*K", ""],
    ...risks.map(([p, nr, e, s, k]) => [p, nr, e, s, k, s * k, s * k >= 10 ? "Kontroll" : ""]),
  ],
  formulas: Object.fromEntries(
    risks.map(([, , , s, k], i) => [`F${i + 3}`, { formula: `D${i + 3}*E${i + 3}`, result: s * k }]),
  ),
};

const positions: [string, number, number, number, number][] = [
  ["Handläggare", 12, 8, 33_500, 34_200],
  ["Socialsekreterare", 30, 6, 36_100, 36_900],
  ["Enhetschef", 5, 4, 48_000, 53_900],
  ["Vaktmästare", 2, 7, 27_400, 26_900],
];

const plainSalary: LayoutFixture = {
  name: "Löner enkel",
  rows: [
    ["Befattning", "Antal kvinnor", "Antal män", "Medellön kvinnor", "Medellön män"],
    ...positions.map((p) => [...p]),
  ],
};

/** "Antal" and "Medellön (kr)" merged over Kvinnor / Män, Befattning merged down. */
const groupedSalary: LayoutFixture = {
  name: "Löner grupperade",
  twin: plainSalary.name,
  rows: [
    ["Befattning", "Antal", "", "Medellön (kr) 2026", ""],
    ["", "Kvinnor", "Män", "Kvinnor", "Män"],
    ...positions.map((p) => [...p]),
  ],
  merges: ["A1:A2", "B1:C1", "D1:E1"],
};

const groups: [string, number, number][] = [
  ["Chefer", 14, 9],
  ["Medarbetare", 420, 180],
  ["Deltagare i utbildning", 36, 40],
];

const plainStats: LayoutFixture = {
  name: "Statistik enkel",
  rows: [
    ["Kategori", "Kvinnor", "Män", "Totalt"],
    ...groups.map(([l, w, m]) => [l, w, m, w + m]),
    ["Totalt", 470, 229, 699],
  ],
};

/** An Excel table with a total row (its formulas' cached results), below a title. */
const tableStats: LayoutFixture = {
  name: "Statistik som tabell",
  twin: plainStats.name,
  rows: [["Antal medarbetare per kategori, 2026"]],
  tables: [
    {
      name: "Personalstatistik",
      at: "A3",
      header: ["Kategori", "Kvinnor", "Män", "Totalt"],
      rows: groups.map(([l, w, m]) => [l, w, m, w + m]),
      totals: { label: "Summa", results: { 1: 470, 2: 229, 3: 699 } },
    },
  ],
};

/** Two tables stacked with one blank row between them, and a third beside the first. */
const stackedTables: LayoutFixture = {
  name: "Flera tabeller",
  rows: [
    ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "", "Kategori", "Kvinnor", "Män"],
    ...risks.slice(0, 3).map(([p, nr, e, s, k], i) => [p, nr, e, s, k, "", ...(groups[i] ?? ["", "", ""])]),
    [],
    ["Befattning", "Antal kvinnor", "Antal män", "Medellön kvinnor", "Medellön män"],
    ...positions.map((p) => [...p]),
  ],
};

export const layoutFixtures: LayoutFixture[] = [
  plainRisk,
  twoRowRisk,
  unmergedRisk,
  plainSalary,
  groupedSalary,
  plainStats,
  tableStats,
  stackedTables,
];

/** The fixtures as one workbook, written by exceljs with its merges, tables and formulas. */
export function layoutWorkbook(fixtures: readonly LayoutFixture[] = layoutFixtures): ExcelJS.Workbook {
  const workbook = workbookFromRows(fixtures.map((f) => ({ name: f.name, rows: f.rows, merges: f.merges })));
  for (const fixture of fixtures) {
    const sheet = workbook.getWorksheet(fixture.name)!;
    for (const [address, { formula, result }] of Object.entries(fixture.formulas ?? {})) {
      sheet.getCell(address).value = { formula, result } as ExcelJS.CellFormulaValue;
    }
    for (const table of fixture.tables ?? []) {
      sheet.addTable({
        name: table.name,
        ref: table.at,
        headerRow: true,
        totalsRow: table.totals !== undefined,
        columns: table.header.map((name, i) =>
          i === 0
            ? { name, totalsRowLabel: table.totals?.label }
            : { name, totalsRowFunction: "sum", totalsRowResult: table.totals?.results[i] },
        ),
        rows: table.rows,
      });
    }
  }
  return workbook;
}
