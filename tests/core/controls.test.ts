/** The internkontrollplan's controls: seed 001's block layout (roles for its names) and a plain one-header plan. */
import { analyzeGrid, blankTemplate, translator, type CellValue, type Grid } from "../../src/core";
import { readFrequency } from "../../src/core/templates/controls/analyze";

const HEADER = [
  "Löpande \nkontroll/Systematiska \nkontroller",
  "Oönskad händelse",
  "Uppföljning av \narbetssätt/löpande \nkontroll",
  "Beskrivning av uppföljning \n/ kontroll",
  "Metod för uppföljning / \nkontroll",
  "Ansvarig",
];

/** Seed 001's "Nämndens planerade uppföljning av den löpande kontrollen", its two targets' blocks, with two gaps added. */
function seedPlan(): CellValue[][] {
  return [
    ["Nämndens planerade uppföljning av den löpande kontrollen"],
    [],
    ["3.5 Stockholms stads ekonomi är långsiktigt hållbar"],
    ["Process:", "Fakturahantering"],
    ["Arbetssätt:", "Hantering av leverantörsfakturor"],
    HEADER,
    [
      "Kontroll av ekonomiska händelser är att säkerställa att transaktioner som bokförs är korrekta",
      "Felaktiga utbetalningar görs",
    ],
    [
      "",
      "",
      "",
      "Kontrollera att det finns kännedom om vilka på enheten som har inköpskort",
      "Stickprov",
      "Controller",
    ],
    ["", "", "", "Kontrollera att faktureringsoriginalen finns bevarade på enheten", "Stickprov", "Controller"],
    ["Arbetssätt:", "Utbetalningar"],
    HEADER,
    [
      "",
      "",
      "",
      "Kontrollera att underlagen för manuella utbetalningar finns bevarade i original",
      "Stickprov",
      "Controller",
    ],
    ["Process:", "Hantering och stöd vid hantering av allmänna handlingar"],
    ["Arbetssätt:", "Arkiv och vara arkivansvar"],
    HEADER,
    ["", "Handlingar arkiveras inte"],
    ["", "", "", "Kontrollera att handlingar arkiveras och gallras löpande enligt rutin", "Stickprov", "Arkivansvarig"],
    ["", "", "", "Kontrollera förvaringen av personalhandlingar", "", "HR-specialist"],
    ["", "", "", "Genomgång av diariet", "Telefonsamtal", ""],
  ];
}

const grid = (values: CellValue[][], sheet = "Uppföljning"): Grid => ({ sheet, originRow: 1, originCol: 1, values });
const options = { today: "2026-12-02" };

describe("the seed's block layout", () => {
  const { report, reports } = analyzeGrid(grid(seedPlan()), options);

  test("is one control plan, its blocks read under their Process and Arbetssätt", () => {
    expect(reports).toHaveLength(1);
    // Its rows are those naming a risk or a control (7–9, 12, 16–19), not its labels and repeated headers.
    expect(report).toMatchObject({ template: "controls", headerRow: 6, rows: 8 });
    if (report.template !== "controls") throw new Error("not a control plan");
    const r = report.result;
    expect(r.layout).toBe("blocks");
    expect(r.processes).toEqual(["Fakturahantering", "Hantering och stöd vid hantering av allmänna handlingar"]);
    expect(r.approaches).toEqual(["Hantering av leverantörsfakturor", "Utbetalningar", "Arkiv och vara arkivansvar"]);
    expect(r.risks.map((x) => [x.cell, x.incident, x.approach])).toEqual([
      ["B7", "Felaktiga utbetalningar görs", "Hantering av leverantörsfakturor"],
      ["B16", "Handlingar arkiveras inte", "Arkiv och vara arkivansvar"],
    ]);
    expect(r.controls.map((c) => [c.row, c.approach, c.incidents, c.method, c.methodKnown, c.responsible])).toEqual([
      [8, "Hantering av leverantörsfakturor", ["Felaktiga utbetalningar görs"], "Stickprov", true, "Controller"],
      [9, "Hantering av leverantörsfakturor", ["Felaktiga utbetalningar görs"], "Stickprov", true, "Controller"],
      [12, "Utbetalningar", [], "Stickprov", true, "Controller"],
      [17, "Arkiv och vara arkivansvar", ["Handlingar arkiveras inte"], "Stickprov", true, "Arkivansvarig"],
      [18, "Arkiv och vara arkivansvar", ["Handlingar arkiveras inte"], null, false, "HR-specialist"],
      [19, "Arkiv och vara arkivansvar", ["Handlingar arkiveras inte"], "Telefonsamtal", false, null],
    ]);
    expect(r.controls[0].kind).toMatch(/^Kontroll av ekonomiska händelser/);
    expect([r.withoutMethod, r.withoutOwner]).toEqual([1, 1]);
  });

  test("a control without Metod or Ansvarig, and a method Plankoll does not know, are named at their cells", () => {
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ["E18", "REQUIRED_MISSING", "error"],
      ["F19", "REQUIRED_MISSING", "error"],
      ["E19", "CONTROL_METHOD_UNKNOWN", "info"],
    ]);
    expect(report.findings[0].message).toBe("Metod för uppföljning / kontroll saknas.");
    expect(report.findings[2].message).toMatch(/^Metod för uppföljning \/ kontroll: "Telefonsamtal" är ingen metod/);
  });

  test("blank rows between the blocks and a label in one cell: each block still under its own Process", () => {
    const values = seedPlan().flatMap((row) =>
      row[0] === "Process:"
        ? [[], [`Process: ${row[1]}`]]
        : row[0] === "Arbetssätt:"
          ? [[`Arbetssätt: ${row[1]}`]]
          : [row],
    );
    const all = analyzeGrid(grid(values), options).reports;
    const controls = all.flatMap((x) => (x.template === "controls" ? x.result.controls : []));
    expect(controls.map((c) => [c.process, c.approach])).toEqual([
      ["Fakturahantering", "Hantering av leverantörsfakturor"],
      ["Fakturahantering", "Hantering av leverantörsfakturor"],
      ["Fakturahantering", "Utbetalningar"],
      ...Array(3).fill(["Hantering och stöd vid hantering av allmänna handlingar", "Arkiv och vara arkivansvar"]),
    ]);
  });
});

describe("a plain plan, one header row", () => {
  const values: CellValue[][] = [
    ["Process", "Oönskad händelse", "Kontroll", "Metod", "Ansvarig", "Frekvens", "Rapporteras till"],
    [
      "Inköp",
      "Felaktiga utbetalningar",
      "Attest av fakturor",
      "Stickprov",
      "Controller",
      "Månadsvis",
      "Förvaltningsledning",
    ],
    ["", "Jäv vid inköp", "Jävsdeklarationer", "Registerkontroll", "Upphandlare", "Årligen", "Nämnd"],
    [
      "Arkiv",
      "Handlingar gallras fel",
      "Gallring",
      "Avstämning mot dokumenthanteringsplan",
      "Arkivansvarig",
      "T1, T3",
      "",
    ],
    ["", "Sen diarieföring", "Diarieföring", "Genomgång", "Registrator", 46112, ""],
    ["", "Personuppgifter sprids", "Behörigheter", "Granskning", "Systemförvaltare", "Ibland", ""],
  ];
  const { report } = analyzeGrid(grid(values, "Kontrollplan"), options);

  test("is read with its Process carried down and each control's own oönskad händelse", () => {
    expect(report.template).toBe("controls");
    if (report.template !== "controls") return;
    expect(report.result.layout).toBe("rows");
    expect(report.result.controls.map((c) => [c.process, c.incidents[0], c.frequency])).toEqual([
      ["Inköp", "Felaktiga utbetalningar", "Månadsvis"],
      ["Inköp", "Jäv vid inköp", "Årligen"],
      ["Arkiv", "Handlingar gallras fel", "T1, T3"],
      ["Arkiv", "Sen diarieföring", expect.any(String)],
      ["Arkiv", "Personuppgifter sprids", "Ibland"],
    ]);
  });

  test("a frequency that cannot be read is a warning at its cell", () => {
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([["F6", "FREQUENCY_INVALID", "warning"]]);
  });
});

test("frequencies and times as plans write them", () => {
  const ok = [
    "Löpande",
    "Månadsvis",
    "Varje tertial",
    "T1",
    "t2 2027",
    "Årligen",
    "2027-03-31",
    "Q3",
    "mars och september",
  ];
  expect(ok.filter((text) => !readFrequency(text))).toEqual([]);
  expect(["Ibland", "När det behövs kanske", "x"].filter((text) => readFrequency(text))).toEqual([]);
  expect(readFrequency(46112)).toBe(true);
});

test("Infoga mall has a blank control plan that reads as one", () => {
  const blank = blankTemplate("controls", translator("sv"));
  const inserted = grid([[blank.title], [], blank.columns.map((c) => c.header)], blank.sheetName);
  expect(analyzeGrid(inserted, options).report).toMatchObject({ template: "controls", headerRow: 3, rows: 0 });
});
