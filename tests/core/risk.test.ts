import { riskSampleWorkbook, mistakesSheet, type RawCell } from "../../scripts/sampleWorkbooks";
import { expectListAsRead } from "../helpers/keptRows";
import { internalControlRisks } from "../../scripts/seedData";
import { workbookGrids } from "../../tools/xlsx";
import { analyzeGrid, analyzeWorkbook, overviewText, parseSettings, translator, type RiskResult } from "../../src/core";
import { analyzeSheets, roundTrip } from "../helpers/workbooks";

const HEADER = ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"];

async function sample() {
  return analyzeWorkbook(workbookGrids(await roundTrip(riskSampleWorkbook())));
}

describe("seed 001's internkontrollplan", () => {
  test("gives exactly the seed's risk matrix and no error findings", async () => {
    const { sheets } = await sample();
    const plan = sheets.find((s) => s.sheet === "Internkontrollplan")!;
    expect(plan.template).toBe("risk");
    expect(plan.headerRow).toBe(4);
    expect(plan.rows).toBe(12);
    expect(plan.findings.filter((f) => f.severity === "error")).toEqual([]);
    const result = plan.result as RiskResult;
    const m = result.matrix;
    expect(m[3][3]).toEqual([7, 8]);
    expect(m[2][2]).toEqual([1, 3, 4, 5, 6, 9, 12]);
    expect(m[2][1]).toEqual([2, 11]);
    expect(m[1][2]).toEqual([10]);
    const placed = m.flat().reduce((n, cell) => n + cell.length, 0);
    expect(placed).toBe(12);
    expect(result.total).toBe(12);
    expect(result.counts).toEqual({ low: 0, medium: 10, critical: 2 });
  });

  test("carries the merged Process cells down to every risk", async () => {
    const { sheets } = await sample();
    const risks = (sheets[0].result as RiskResult).risks;
    expect(risks.map((r) => r.process)).toEqual(internalControlRisks.map((r) => r.process));
    expect(risks[9]).toMatchObject({ nr: 10, probability: 2, consequence: 3, value: 6, zone: "medium", row: 14 });
  });

  test("the VoR list is read with Riskvärde only and zones from the bands", async () => {
    const { sheets } = await sample();
    const vor = sheets.find((s) => s.sheet === "Väsentlighets- och riskanalys")!;
    const result = vor.result as RiskResult;
    expect(vor.template).toBe("risk");
    expect(result.layout).toBe("list");
    expect(result.risks).toHaveLength(30);
    expect(result.risks[1]).toMatchObject({
      process: "Säkerhetsarbete",
      value: 16,
      zone: "critical",
      probability: null,
    });
    expect(vor.findings).toEqual([
      expect.objectContaining({ code: "RISK_NO_ACTION", severity: "warning", cell: "E22", row: 22 }),
    ]);
    // It says why it has no matrix, in the pane and on the matrix sheet, and lists its zones there.
    expect(overviewText(vor, translator("sv"))).toMatch(/Ingen riskmatris: bladet anger Riskvärde men inte/);
    const matrix = (await sample()).plan.newSheets.find((s) => s.name === "Plankoll Riskmatris")!;
    const title = matrix.cells.find((c) => c.value === "Riskzoner – Väsentlighets- och riskanalys")!;
    // Up to the next sheet's title (bold, in the first column).
    const next = Math.min(...matrix.cells.filter((c) => c.bold && c.col === 1 && c.row > title.row).map((c) => c.row));
    const block = matrix.cells.filter((c) => c.row > title.row && c.row < next);
    const texts = block.map((c) => String(c.value));
    const zones = texts.filter((x) => /^(Kritisk|Medium|Låg): riskvärde \d+–\d+ \(\d+\)/.test(x));
    // Each risk on a row of its own, linked to its cell.
    expect(block.filter((c) => c.link).length).toBe(result.total);
    expect(zones).toHaveLength(3);
    // Every risk of the list is in one zone line.
    const total = zones.reduce((sum, line) => sum + Number(/\((\d+)\)/.exec(line)![1]), 0);
    expect(total).toBe(result.total);
    expect(result.total + result.unplaced).toBe(result.risks.length);
  });

  test("a notes sheet matches no template and says why", async () => {
    const { sheets } = await sample();
    const notes = sheets.find((s) => s.sheet === "Anteckningar")!;
    expect(notes.template).toBeNull();
    expect(notes.reason).toMatch(/rubrikrad/);
  });
});

describe("the sheet with realistic mistakes", () => {
  test("every mistake is a finding at its cell", async () => {
    const { sheets } = await analyzeSheets([mistakesSheet()]);
    const found = sheets[0].findings.map((f) => `${f.cell} ${f.code}`);
    expect(sheets[0].headerRow).toBe(6);
    expect(found).toEqual([
      "F8 RISK_VALUE_MISMATCH",
      "D9 RISK_LABEL_MISMATCH",
      "G10 RISK_NO_ACTION",
      "B11 DUPLICATE",
      "D11 RISK_LEVEL_INVALID",
      "C12 REQUIRED_MISSING",
      "F13 RISK_VALUE_IMPOSSIBLE",
      "F13 RISK_VALUE_MISMATCH",
      "D14 CELL_ERROR",
      "F14 CELL_ERROR",
    ]);
    expect(sheets[0].findings.find((f) => f.code === "RISK_LABEL_MISMATCH")!.message).toContain("3.Sannolikt");
    expect(sheets[0].findings.find((f) => f.code === "CELL_ERROR")!.message).toContain("#REF!");
    // The note below the table is not a risk.
    expect(sheets[0].rows).toBe(9);
  });

  test("an empty Riskvärde gets S × K and each risk its zone in an added column", async () => {
    const { plan } = await analyzeSheets([mistakesSheet()]);
    const writes = plan.sheets[0].writes;
    expect(writes).toContainEqual({
      cell: "F10",
      value: 20,
      computed: "Beräknat av Plankoll: sannolikhet 4 × konsekvens 5 = 20.",
    });
    // The computed value is marked as Plankoll's, so it cannot be taken for what the user typed.
    expect(plan.sheets[0].marks).toContainEqual({
      cell: "F10",
      fill: "#E4DFEC",
      note: "Plankoll: Beräknat av Plankoll: sannolikhet 4 × konsekvens 5 = 20.",
    });
    expect(writes).toContainEqual(expect.objectContaining({ cell: "H6", value: "Plankoll: Zon" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "H10", value: "Kritisk" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "H7", value: "Kritisk" }));
  });

  test("English messages when asked", async () => {
    const { sheets } = await analyzeSheets([mistakesSheet()], { locale: "en" });
    expect(sheets[0].findings[0].message).toBe(
      "Riskvärde 6 does not match probability 3 × consequence 3 = 9.".replace("Riskvärde", "Risk value"),
    );
  });
});

describe("shapes the samples don't have", () => {
  const rows = (...data: RawCell[][]) => [{ name: "Blad1", rows: data }];

  test("header far down, labels split by hyphens and line breaks, Väsentlighet, words only", async () => {
    const filler: RawCell[][] = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? [`Instruktion ${i}`] : []));
    const { sheets } = await analyzeSheets(
      rows(
        ...filler,
        [
          null,
          "Åtgärd",
          "Risk-\nvärde",
          "Väsent-\nlighet",
          "Sanno\u00adlikhet",
          "OÖNSKAD\nHÄNDELSE",
          "Nr",
          "Process",
          "Kommentar",
        ],
        [null, "Rutin", null, "Kännbar", "Möjlig", "Fel i lön", 1, "Lön", "extra kolumn"],
        [null, null, null, "Mycket allvarlig", "Mycket sannolikt", "Dataintrång", 2, "IT", null],
      ),
    );
    const s = sheets[0];
    expect(s.template).toBe("risk");
    expect(s.headerRow).toBe(21);
    const result = s.result as RiskResult;
    expect(result.risks.map((r) => [r.nr, r.probability, r.consequence, r.value, r.zone])).toEqual([
      [1, 3, 3, 9, "medium"],
      [2, 5, 5, 25, "critical"],
    ]);
    expect(s.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["B23 RISK_NO_ACTION"]);
  });

  test("a header beyond row 30 is not searched", async () => {
    const filler: RawCell[][] = Array.from({ length: 30 }, () => []);
    const { sheets } = await analyzeSheets(rows(...filler, HEADER, ["P", 1, "x", 1, 1, 1, "a"]));
    expect(sheets[0].template).toBeNull();
  });

  test("a near miss names the missing columns", async () => {
    const { sheets } = await analyzeSheets(
      rows(["Process", "Nr", "Oönskad händelse", "Sannolikhet"], ["P", 1, "x", 3]),
    );
    expect(sheets[0].template).toBeNull();
    expect(sheets[0].reason).toContain("Konsekvens");
  });

  test("section rows start a group; two blank rows end the table; Totalt ends it too", async () => {
    const { sheets } = await analyzeSheets(
      rows(
        HEADER,
        ["Ekonomi"],
        [null, 1, "a", 1, 2, 2, null],
        ["Personal"],
        [null, 2, "b", 2, 2, 4, null],
        [],
        [],
        [null, 3, "efter tabellen", 9, 9, 81, null],
      ),
    );
    const result = sheets[0].result as RiskResult;
    expect(result.risks.map((r) => r.process)).toEqual(["Ekonomi", "Personal"]);
    // The row after the table is not read, and the report says so (sheet/below.ts).
    expect(sheets[0].findings.map((f) => [f.cell, f.code, f.severity])).toEqual([["B8", "ROWS_NOT_READ", "warning"]]);
    expect(sheets[0].findings[0].message).toBe(
      "Rad 8 under tabellen lästes inte: tabellen slutar vid de tomma raderna 6–7. Hör raderna till tabellen, ta bort de tomma raderna.",
    );
  });

  test("a header repeated inside the table (a plan pasted page by page) is not a risk", async () => {
    const vorHeader = ["Process", "Arbetssätt", "Oönskad händelse", "Riskvärde", "Åtgärd"];
    const { sheets } = await analyzeSheets(
      rows(vorHeader, ["Inflöde", null, "Rutiner följs inte", 9, "Se över"], vorHeader, [
        null,
        null,
        "Fel insats",
        12,
        "Mät",
      ]),
    );
    expect(sheets[0].findings).toEqual([]);
    expect((sheets[0].result as RiskResult).risks.map((r) => [r.process, r.value])).toEqual([
      ["Inflöde", 9],
      ["Inflöde", 12],
    ]);
  });

  test("zone bands and a zone per matrix cell come from the settings", async () => {
    const settings = parseSettings({ risk: { lowMax: 6, mediumMax: 12 } });
    const { sheets } = await analyzeSheets(rows(HEADER, ["P", 1, "a", 2, 3, 6, null], ["P", 2, "b", 4, 4, 16, null]), {
      settings,
    });
    expect((sheets[0].result as RiskResult).risks.map((r) => r.zone)).toEqual(["low", "critical"]);
    const zones = Array.from({ length: 5 }, () => Array(5).fill("low"));
    zones[1][2] = "critical";
    const perCell = parseSettings({ risk: { matrixZones: zones } });
    const again = await analyzeSheets(rows(HEADER, ["P", 1, "a", 2, 3, 6, null]), { settings: perCell });
    expect(again.sheets[0].findings.map((f) => f.code)).toEqual(["RISK_NO_ACTION"]);
  });

  test("invalid settings are refused with the field named", () => {
    expect(() => parseSettings({ risk: { lowMax: 9, mediumMax: 4 } })).toThrow(/lowMax/);
    expect(() => parseSettings({ risk: { lowMax: "fyra" } })).toThrow();
  });

  test("unreadable Riskvärde and out-of-range values", async () => {
    const { sheets } = await analyzeSheets(
      rows(
        ["Process", "Oönskad händelse", "Riskvärde", "Åtgärd"],
        ["P", "a", "högt", null],
        ["P", "b", 30, null],
        ["P", "c", null, null],
      ),
    );
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "C2 NOT_A_NUMBER",
      "C3 OUT_OF_RANGE",
      "C4 REQUIRED_MISSING",
    ]);
    expect(sheets[0].findings[0].message).toContain("högt");
  });

  test("the grid's origin is respected in every address", () => {
    const analysis = analyzeGrid({
      sheet: "S",
      originRow: 10,
      originCol: 3,
      values: [HEADER, ["P", 1, "x", "3.Möjlig", "3.Kännbar", 8, ""]],
    });
    expect(analysis.report.headerRow).toBe(10);
    expect(analysis.report.findings.map((f) => f.cell)).toEqual(["H11"]);
  });
});

test("each risk as its row says, made once when first read, and in the report that leaves", () => {
  const analysis = analyzeGrid({
    sheet: "S",
    originRow: 10,
    originCol: 3,
    values: [
      HEADER,
      ["Ekonomi", 1, "Fel utbetalning", "4.Sannolikt", "5.Mycket allvarlig", "", ""],
      ["", "R-2", "  Tappad  data ", "x", "2.Lindrig", 7, "Rutin"],
      ["", "", "Sen rapport", "1", "1", 1, ""],
    ],
  });
  const expected = [
    {
      row: 11,
      cell: "E11",
      nr: 1,
      process: "Ekonomi",
      event: "Fel utbetalning",
      probability: 4,
      consequence: 5,
      value: 20,
      zone: "critical",
    },
    {
      row: 12,
      cell: "E12",
      nr: "R-2",
      process: "Ekonomi",
      event: "Tappad data",
      probability: null,
      consequence: 2,
      value: null,
      zone: null,
    },
    {
      row: 13,
      cell: "E13",
      nr: null,
      process: "Ekonomi",
      event: "Sen rapport",
      probability: 1,
      consequence: 1,
      value: 1,
      zone: "low",
    },
  ];
  expectListAsRead(analysis.report, "risks", expected);
});

test("a repeated Nr is found whatever it is: small and large numbers, zero, decimals, a number written as text, labels", () => {
  const nrs: (string | number)[] = [
    1,
    1_048_577,
    1_048_577,
    0,
    0,
    5.5,
    5.5,
    7,
    "7",
    "R-1",
    "R-1",
    1_048_575,
    1_048_575,
    2,
  ];
  const values = [HEADER, ...nrs.map((nr, i) => ["Ekonomi", nr, `Händelse ${i}`, 2, 2, 4, ""])];
  const { report } = analyzeGrid({ sheet: "Risker", originRow: 1, originCol: 1, values });
  const duplicates = report.findings.filter((f) => f.code === "DUPLICATE");
  expect(duplicates.map((f) => [f.cell, f.params.firstRow])).toEqual([
    ["B4", 3],
    ["B6", 5],
    ["B8", 7],
    ["B10", 9],
    ["B12", 11],
    ["B14", 13],
  ]);
});
