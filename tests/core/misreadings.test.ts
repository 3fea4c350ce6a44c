/**
 * Misreadings found by trying Plankoll as a new user would, fixed as general rules: a header of
 * two names joined by "/", "&", "och" matches either name; a letter standing for a column ("K")
 * never takes it from a cell saying its word ("Konsekvens"); a unit word after an amount is part of
 * it ("160 tkr"); a control whose event elaborates a risk's, or says it with the same words, is
 * linked to it and says so; a text that fits two risks is linked to neither, and says so.
 */
import { analyzeWorkbook, analyzeGrid, type CellValue, type Grid } from "../../src/core";
import { parseQuantity } from "../../src/core/parse/quantity";
import { formatNumber } from "../../src/core/parse/cells";
import { eventWords } from "../../src/core/parse/words";

const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, originRow: 1, originCol: 1, values });
const options = { today: "2026-12-06" };

describe("a header of two names joined", () => {
  test.each([["Process/rutin"], ["Process / rutin"], ["Process & rutin"], ["Process och rutin"], ["Rutin/process"]])(
    "%s is the risk analysis's Process column",
    (label) => {
      const { report } = analyzeGrid(
        grid("Risker", [
          [label, "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens"],
          ["Fakturahantering", 1, "Felaktiga utbetalningar", 3, 4],
          [null, 2, "Dubbla betalningar", 2, 2],
        ]),
        options,
      );
      if (report.template !== "risk") throw new Error(`not a risk analysis: ${report.reason}`);
      expect(report.result.risks.map((r) => r.process)).toEqual(["Fakturahantering", "Fakturahantering"]);
    },
  );

  test("a whole label still wins over a part, and units or abbreviations are no names", () => {
    const { report } = analyzeGrid(
      grid("Risker", [
        ["Process/rutin", "Process", "Nr", "Oönskad händelse", "S/K", "Sannolikhet", "Konsekvens"],
        ["Rutin A", "Inköp", 1, "Felaktiga inköp", "x", 3, 4],
      ]),
      options,
    );
    if (report.template !== "risk") throw new Error("not a risk analysis");
    expect(report.result.risks[0].process).toBe("Inköp");
  });
});

describe("a letter standing for a column never takes it from the column's word", () => {
  test("a K to the left of Konsekvens: Konsekvens is read, its bad levels found, K left alone", () => {
    const { report } = analyzeGrid(
      grid("Risker", [
        ["K", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens"],
        ["x", 1, "Felaktiga utbetalningar", 3, "Nej"],
        ["y", 2, "Dubbla betalningar", 2, 4],
      ]),
      options,
    );
    if (report.template !== "risk") throw new Error(`not a risk analysis: ${report.reason}`);
    expect(report.result.risks.map((r) => r.consequence)).toEqual([null, 4]);
    expect(report.findings.filter((f) => f.code === "RISK_LEVEL_INVALID").map((f) => f.cell)).toEqual(["E2"]);
  });

  test("an M and a K beside Män and Kvinnor: the words are the counts", () => {
    const { report } = analyzeGrid(
      grid("Statistik", [
        ["Kategori", "M", "K", "Kvinnor", "Män"],
        ["Chefer", "x", "y", 12, 8],
        ["Handläggare", "x", "y", 30, 10],
      ]),
      options,
    );
    if (report.template !== "genderstats") throw new Error(`not gender statistics: ${report.reason}`);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("letters alone are no header: an M and a k over a list of texts is not gender statistics", () => {
    const { report } = analyzeGrid(
      grid("Arbetsvärdering", [
        ["Arbetsvärdering 2026", null, null, "k"],
        [null, "M", null, null],
        ["Jobbcoach", "Erfarenhet", "Problemlösning", "Ansvar"],
        ["Handläggare", "Erfarenhet", "Problemlösning", "Ansvar"],
      ]),
      options,
    );
    expect(report.template).toBeNull();
    expect(report.reason).toContain("bara genom bokstäver i olika rader");
  });

  test("a word beside the letters, or the letters in one row, is a header", () => {
    for (const header of [
      ["Kategori", "K", "M"],
      ["", "K", "M"],
    ]) {
      const { report } = analyzeGrid(grid("Statistik", [header, ["Chefer", 12, 8]]), options);
      expect(report.template).toBe("genderstats");
    }
  });

  test("a K alone is still Konsekvens", () => {
    const { report } = analyzeGrid(
      grid("Risker", [
        ["Nr", "Oönskad händelse", "S", "K"],
        [1, "Felaktiga utbetalningar", 3, 4],
      ]),
      options,
    );
    if (report.template !== "risk") throw new Error(`not a risk analysis: ${report.reason}`);
    expect(report.result.risks[0].consequence).toBe(4);
  });
});

describe("a cell formatted as a date is named as the date it shows", () => {
  const values: CellValue[][] = [
    ["Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde"],
    [1, "Felaktiga utbetalningar", 46390, 3, 46446],
    [2, "Dubbla betalningar", 46390, 3, 6],
  ];
  const formats = [[], [null, null, "yyyy-mm-dd", null, "d/m/yyyy"], []];

  test("where the format was read: 2027-01-03, not 46 390", () => {
    const { report } = analyzeGrid({ ...grid("Risker", values), numberFormats: formats }, options);
    expect(report.findings.map((f) => [f.cell, f.message])).toEqual([
      ["C2", 'Sannolikhet: "2027-01-03" är ingen nivå 1–5.'],
      ["E2", "Riskvärde: 2027-02-28 ligger utanför 1–25."],
      // Its own cell's format, not the column's: this one is a plain number.
      ["C3", `Sannolikhet: "${formatNumber(46390)}" är ingen nivå 1–5.`],
    ]);
  });

  test("where it was not (the pane reads few formats): the number as it is", () => {
    const { report } = analyzeGrid(grid("Risker", values), options);
    expect(report.findings[0].message).toBe(`Sannolikhet: "${formatNumber(46390)}" är ingen nivå 1–5.`);
  });
});

describe("a unit after an amount is part of it", () => {
  test.each([
    ["160 tkr", 160_000, "sek"],
    ["1,5 mnkr", 1_500_000, "sek"],
    ["ca 2 Mkr.", 2_000_000, "sek"],
    ["2 000 kr per månad", 2_000, "sek"],
    ["40 timmar", 40, "hours"],
    ["12 ärenden", 12, "count"],
    ["≥ 90 procent", 90, "%"],
  ])("%s is %d, read with certainty", (text, value, unit) => {
    expect(parseQuantity(text)).toMatchObject({ value, unit, uncertain: false });
  });
  test.each([["3 av 5"], ["160 preliminärt"], ["160 tkr (prel.)"]])("%s still has more than its value", (text) => {
    expect(parseQuantity(text)?.uncertain).toBe(true);
  });

  test("an indicator's outcome of 160 tkr against a target of 150 000 kr: no uncertainty, the status judged", () => {
    const { report } = analyzeGrid(
      grid("Mätetal", [
        ["Mätetal", "Årsmål", "Utfall"],
        ["Intäkter från uthyrning", "150 000 kr", "160 tkr"],
      ]),
      options,
    );
    if (report.template !== "indicators") throw new Error(`not indicators: ${report.reason}`);
    expect(report.findings.filter((f) => f.code === "VALUE_UNCERTAIN")).toEqual([]);
    expect(report.result.indicators[0]).toMatchObject({ outcome: 160_000, target: 150_000 });
  });
});

describe("a control linked to its risk by its text", () => {
  const risks = (events: string[]) =>
    grid("Riskanalys", [
      ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens"],
      ...events.map((event, i) => ["IT", 10 + i, event, 4, 4] as CellValue[]),
    ]);
  const plan = (incidents: string[]) =>
    grid("Kontroller", [
      ["Process:", "IT"],
      ["Arbetssätt:", "Behörighetsstyrning"],
      ["Kontrolltyp", "Oönskad händelse", "Kontroll av", "Kontrollmoment", "Kontrollmetod", "Ansvarig"],
      ...incidents.map((incident, i) => [i === 0 ? "Riskkontroll" : null, incident] as CellValue[]),
      [null, null, "Behörigheter", "Stickprov", "Stickprov", "IT-chef"],
    ]);
  const codes = (risk: string[], control: string[]) => {
    const analysis = analyzeWorkbook([risks(risk), plan(control)], options);
    return (analysis.workbook ?? []).map((w) => `${w.finding.code} ${w.finding.cell}`);
  };

  test("one text containing the other links them and says so", () => {
    const analysis = analyzeWorkbook(
      [risks(["Behörigheter avslutas inte"]), plan(["Behörigheter avslutas inte när medarbetare slutar"])],
      options,
    );
    const found = (analysis.workbook ?? []).map((w) => w.finding);
    expect(found.map((f) => f.code)).toEqual(["CONTROL_LINKED_BY_TEXT"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message).toContain('kopplades till risken "Behörigheter avslutas inte"');
    expect(found[0].message).toContain("den ena texten innehåller den andra");
  });

  test("the same significant words in another order and form link them, naming the words", () => {
    const analysis = analyzeWorkbook(
      [risks(["Felaktiga utbetalningar av ersättning"]), plan(["Ersättningen betalas ut felaktigt"])],
      options,
    );
    const found = (analysis.workbook ?? []).map((w) => w.finding);
    expect(found.map((f) => f.code)).toEqual(["RISK_WITHOUT_CONTROL", "CONTROL_WITHOUT_RISK"]);
    const words = analyzeWorkbook(
      [risks(["Felaktiga utbetalningar av ersättning"]), plan(["Utbetalning av felaktig ersättning"])],
      options,
    );
    const linked = (words.workbook ?? []).map((w) => w.finding);
    expect(linked.map((f) => f.code)).toEqual(["CONTROL_LINKED_BY_TEXT"]);
    expect(linked[0].message).toContain("de betydande orden stämmer överens");
  });

  test("a text fitting two risks equally is linked to neither, and the control says which", () => {
    expect(
      codes(["Behörigheter avslutas inte", "Behörigheter ändras inte"], ["Behörigheter avslutas eller ändras inte"]),
    ).toEqual(["RISK_WITHOUT_CONTROL C2", "RISK_WITHOUT_CONTROL C3", "CONTROL_RISK_AMBIGUOUS B4"]);
  });

  test("an exact event or a Nr links without a word; an unrelated text does not link", () => {
    expect(codes(["Behörigheter avslutas inte"], ["behörigheter avslutas inte."])).toEqual([]);
    expect(codes(["Behörigheter avslutas inte"], ["Nr 10"])).toEqual([]);
    expect(codes(["Behörigheter avslutas inte"], ["Brand i serverhallen"])).toEqual([
      "RISK_WITHOUT_CONTROL C2",
      "CONTROL_WITHOUT_RISK B4",
    ]);
  });

  test("significant words: forms made one, small words left out, 'ej' read as 'inte'", () => {
    expect([...eventWords("Utbetalningarna görs ej i tid")]).toEqual(["utbetal", "inte", "tid"]);
  });
});
