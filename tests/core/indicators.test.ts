import { indicatorSampleWorkbook, type RawCell, type RawSheet } from "../../scripts/sampleWorkbooks";
import { expectListAsRead } from "../helpers/keptRows";
import { workbookGrids } from "../../tools/xlsx";
import {
  analyzeGrid,
  analyzeWorkbook,
  overviewText,
  parseSettings,
  translator,
  type ActionPlanResult,
  type GenderStatsResult,
  type IndicatorResult,
} from "../../src/core";
import { judge } from "../../src/core/templates/indicators/analyze";
import { analyzeSheets, roundTrip } from "../helpers/workbooks";

const TODAY = "2026-11-22";

async function sample() {
  return analyzeWorkbook(workbookGrids(await roundTrip(indicatorSampleWorkbook())), { today: TODAY });
}

const sheet = (name: string, rows: RawCell[][], formats?: Record<string, string>): RawSheet[] => [
  { name, rows, formats },
];

describe("status rules", () => {
  test("lower is better: sjukfrånvaro 4,9 % → 5,2 % is partly met, further off not met, at or below met", () => {
    expect(judge(5.2, 4.9, "lower", 10)).toBe("partly");
    expect(judge(5.39, 4.9, "lower", 10)).toBe("partly");
    expect(judge(5.4, 4.9, "lower", 10)).toBe("not_met");
    expect(judge(4.9, 4.9, "lower", 10)).toBe("met");
    expect(judge(3.1, 4.9, "lower", 10)).toBe("met");
  });
  test("a target of 0 is met only by 0", () => {
    expect(judge(0, 0, "lower", 10)).toBe("met");
    expect(judge(1, 0, "lower", 10)).toBe("not_met");
  });
  test("higher is better with the tolerance from the settings", () => {
    expect(judge(85, 90, "higher", 10)).toBe("partly");
    expect(judge(80, 90, "higher", 10)).toBe("not_met");
    expect(judge(80, 90, "higher", 20)).toBe("partly");
  });
});

describe("seed 001's jämställdhets- och mångfaldsplan", () => {
  test("every indicator gets its status from the seed's figures", async () => {
    const { sheets } = await sample();
    const plan = sheets.find((s) => s.sheet === "Mätetal")!;
    expect(plan.template).toBe("indicators");
    expect(plan.headerRow).toBe(4);
    const result = plan.result as IndicatorResult;
    const byName = (start: string) => result.indicators.find((i) => i.name.startsWith(start))!;
    expect(byName("Total sjukfrånvaro")).toMatchObject({
      target: 4.9,
      outcome: 5.2,
      unit: "%",
      direction: "lower",
      status: "partly",
    });
    expect(byName("Total sjukfrånvaro")).toMatchObject({
      outcomeWomen: 5.9,
      outcomeMen: 3.6,
      gap: 2.3,
      genderSplit: true,
    });
    expect(byName("Skillnaden i långtids")).toMatchObject({
      target: 1.6,
      outcome: 2.1,
      unit: "pp",
      direction: "lower",
      status: "not_met",
    });
    expect(byName("Skillnaden i föräldraledighetsuttag")).toMatchObject({
      target: 50,
      outcome: 57,
      unit: "days",
      status: "not_met",
    });
    expect(byName('Andelen medarbetare som svarat "ja"')).toMatchObject({ target: 85, outcome: 79, status: "partly" });
    expect(byName("Andel medarbetare som svarar ja")).toMatchObject({
      target: 4,
      outcome: 8,
      direction: "lower",
      status: "not_met",
    });
    expect(byName("Andel osakliga")).toMatchObject({ target: 0, outcome: 0, status: "met" });
    expect(byName("Andel enheter/staber")).toMatchObject({ target: 90, outcome: 85, status: "partly" }); // percent-formatted cell
    expect(byName("Andel utrikesfödda")).toMatchObject({ status: "missing", genderSplit: false });
    expect(byName('Andelen medarbetare som svarar "mellan" eller "högt" på tilläggsfrågan')).toMatchObject({
      direction: "higher",
    });
    expect(result.counts).toEqual({ met: 2, partly: 8, not_met: 4, missing: 3, not_judged: 0 });
    expect(result.genderSplitShare).toBe(70);
  });

  test("activity rows belong to the indicator above", async () => {
    const { sheets } = await sample();
    const result = sheets[0].result as IndicatorResult;
    const sick = result.indicators.find((i) => i.name === "Total sjukfrånvaro")!;
    expect(sick.activities.map((a) => a.row)).toEqual([12, 13, 14]);
    expect(sick.activities[1].activity).toMatch(/^HR tillhandahåller/);
  });

  test("findings: unsplit person-indicators (info) and a passed deadline (warning)", async () => {
    const { sheets } = await sample();
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual([
      "A6 info NOT_GENDER_SPLIT",
      "A8 info NOT_GENDER_SPLIT",
      "A10 info NOT_GENDER_SPLIT",
      "H15 warning OVERDUE",
    ]);
    expect(sheets[0].findings[3].message).toBe("Slutdatum 2025-12-31 har passerat och mätetalet är delvis uppfyllt.");
  });

  test("a Plankoll: Status column after the table and a Plankoll Mätetal sheet", async () => {
    const { plan } = await sample();
    const writes = plan.sheets[0].writes;
    expect(writes).toContainEqual(expect.objectContaining({ cell: "I4", value: "Plankoll: Status" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "I12", value: "Delvis uppfyllt" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "I23", value: "Uppfyllt" }));
    expect(writes.some((w) => w.cell === "I13")).toBe(false); // activity rows get no status
    const summary = plan.newSheets.find((s) => s.name === "Plankoll Mätetal")!;
    const text = summary.cells.map((c) => String(c.value));
    expect(text).toContain("Ej uppfyllt");
    expect(text).toContain("Mätetal om personer som redovisas för kvinnor och män: 70 %");
    const link = summary.cells.find((c) => c.link && c.value === "Mätetal!A6")!;
    expect(link.link).toEqual({ sheet: "Mätetal", cell: "A6" });
  });
});

describe("indicators shaped differently", () => {
  const header = [
    "Nyckeltal",
    "Målvärde",
    "Utfall",
    "Utfall kvinnor",
    "Utfall män",
    "Aktivitet",
    "Ansvar",
    "Slutdatum",
  ];

  test("title rows, hyphenated headers, percent cells, missing outcomes, disagreeing units, split and unsplit", async () => {
    const { sheets } = await analyzeSheets(
      sheet(
        "Uppföljning",
        [
          ["Uppföljning T2"],
          ["Fyll i utfall"],
          ["Mäte-\ntal", "Års-\nmål", "Utfall", "Ansvarig-\ngrupp"],
          ["Andel medarbetare med utvecklingsplan", "90 %", 0.93, null],
          ["Andel chefer med ledarutbildning", "80 %", null, null],
          ["Antal dagar till beslut", "30 dagar", "35 %", null],
        ],
        { C4: "0%" },
      ),
      { today: TODAY },
    );
    const result = sheets[0].result as IndicatorResult;
    expect(sheets[0].headerRow).toBe(3);
    expect(result.indicators.map((i) => [i.outcome, i.status])).toEqual([
      [93, "met"],
      [null, "missing"],
      [35, null],
    ]);
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "A4 NOT_GENDER_SPLIT",
      "A5 NOT_GENDER_SPLIT",
      "C6 UNIT_MISMATCH",
    ]);
  });

  test("an explicit Riktning wins over the words", async () => {
    const { sheets } = await analyzeSheets(
      sheet("S", [
        ["Mätetal", "Årsmål", "Utfall", "Riktning"],
        ["Skillnad i nöjdhet", "10", "12", "Högre är bättre"],
        ["Väntetid", "5 dagar", "6 dagar", "Lägre är bättre"],
        ["Väntetid utan riktning", "5 dagar", "6 dagar", null],
      ]),
    );
    expect((sheets[0].result as IndicatorResult).indicators.map((i) => [i.direction, i.status])).toEqual([
      ["higher", "met"],
      ["lower", "not_met"],
      ["higher", "met"],
    ]);
  });

  test("an activity without Ansvarig, a passed deadline, an unreadable date, a split person-indicator", async () => {
    const { sheets } = await analyzeSheets(
      sheet("S", [
        header,
        ["Andel deltagare i arbete", "40 %", "35 %", "31 %", "39 %", "Jobbmatchning", "Enhetschef", "2026-06-30"],
        [null, null, null, null, null, "Uppföljningssamtal", null, null],
        ["Antal elever", "100 st", "100 st", null, null, null, null, "snart"],
      ]),
      { today: TODAY },
    );
    const result = sheets[0].result as IndicatorResult;
    expect(result.indicators[0]).toMatchObject({
      status: "not_met",
      genderSplit: true,
      outcomeWomen: 31,
      outcomeMen: 39,
      gap: -8,
    });
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "H2 OVERDUE",
      "G3 REQUIRED_MISSING",
      "H4 NOT_A_DATE",
      "A4 NOT_GENDER_SPLIT",
    ]);
  });

  test("tolerance is a setting", async () => {
    const rows = [
      ["Mätetal", "Årsmål", "Utfall"],
      ["Nöjdhet", "90 %", "80 %"],
    ];
    const loose = parseSettings({ indicators: { tolerancePercent: 15 } });
    const a = await analyzeSheets(sheet("S", rows));
    const b = await analyzeSheets(sheet("S", rows), { settings: loose });
    expect((a.sheets[0].result as IndicatorResult).indicators[0].status).toBe("not_met");
    expect((b.sheets[0].result as IndicatorResult).indicators[0].status).toBe("partly");
  });

  test("a row with figures but no indicator name is reported", async () => {
    const { sheets } = await analyzeSheets(
      sheet("S", [
        ["Mätetal", "Årsmål", "Utfall"],
        ["Nöjdhet", "90 %", "91 %"],
        [null, "80 %", "70 %"],
      ]),
    );
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["A3 REQUIRED_MISSING"]);
  });

  test("each indicator as its rows say, made once when first read, and in the report that leaves", () => {
    const analysis = analyzeGrid(
      {
        sheet: "S",
        originRow: 5,
        originCol: 2,
        values: [
          ["Mätetal", "Årsmål", "Utfall", "Utfall kvinnor", "Utfall män", "Aktivitet", "Ansvarig", "Slutdatum"],
          ["Andel medarbetare som trivs", "80 %", "70–90 %", "75 %", "65 %", "Enkät", "HR", "2026-06-30"],
          ["", "", "", "", "", "Workshop", "", ""],
          ["Sjukfrånvaro", "5 %", "", "", "", "", "", ""],
        ],
      },
      { today: TODAY },
    );
    const result = analysis.report.result as IndicatorResult;
    const expected = [
      {
        row: 6,
        cell: "B6",
        name: "Andel medarbetare som trivs",
        target: 80,
        targetHigh: null,
        outcome: 70,
        outcomeHigh: 90,
        outcomeWomen: 75,
        outcomeMen: 65,
        gap: 10,
        unit: "%",
        direction: "higher",
        status: null,
        genderSplit: true,
        endDate: "2026-06-30",
        activities: [
          { row: 6, activity: "Enkät", responsible: "HR" },
          { row: 7, activity: "Workshop", responsible: null },
        ],
      },
      {
        row: 8,
        cell: "B8",
        name: "Sjukfrånvaro",
        target: 5,
        targetHigh: null,
        outcome: null,
        outcomeHigh: null,
        outcomeWomen: null,
        outcomeMen: null,
        gap: null,
        unit: "%",
        direction: "lower",
        status: "missing",
        genderSplit: null,
        endDate: null,
        activities: [],
      },
    ];
    expect(result.counts).toEqual({ met: 0, partly: 0, not_met: 0, missing: 1, not_judged: 1 });
    expectListAsRead(analysis.report, "indicators", expected);
  });
});

describe("seed 000's handlingsplan", () => {
  test("goals carried down from merged cells; every action has owner and follow-up", async () => {
    const { sheets } = await sample();
    const plan = sheets.find((s) => s.sheet === "Handlingsplan")!;
    const result = plan.result as ActionPlanResult;
    expect(plan.template).toBe("actionplan");
    expect(result.actions).toHaveLength(15);
    expect(result.goals).toBe(6);
    expect(result.withoutOwner).toBe(0);
    expect(result.actions[1]).toMatchObject({
      action: "Alla medarbetare ska få information om jämix med resultat",
      responsible: "chef",
    });
    expect(result.actions[1].goal).toMatch(/^Arbetsförhållanden \(4§ JämL\)/);
    expect(plan.findings).toEqual([]);
  });

  test("an action without Ansvar or Uppföljning, a bad Slutdatum", async () => {
    const { sheets } = await analyzeSheets(
      sheet("S", [
        ["Mål", "Åtgärd/aktiviteter", "Uppföljning", "Ansvar", "Slutdatum"],
        ["Trygg arbetsplats", "Utbilda chefer", "Enkät", null, "2026-12-31"],
        [null, "Ta fram rutin", null, "HR", "i höst"],
      ]),
    );
    const result = sheets[0].result as ActionPlanResult;
    expect(result.withoutOwner).toBe(1);
    expect(result.actions.map((a) => a.goal)).toEqual(["Trygg arbetsplats", "Trygg arbetsplats"]);
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "D2 REQUIRED_MISSING",
      "C3 REQUIRED_MISSING",
      "E3 NOT_A_DATE",
    ]);
  });
});

describe("an action plan's actions", () => {
  test("each action as its row says, made once when first read; the overview's counts without them", () => {
    const analysis = analyzeGrid(
      {
        sheet: "S",
        originRow: 1,
        originCol: 1,
        values: [
          ["Mål", "Aktiviteter", "Uppföljning", "Ansvar", "Slutdatum", "Status"],
          ["Bättre arbetsmiljö"],
          ["", "Enkät", "Årligen", "HR", "2026-12-31", "Klart"],
          ["", "Workshop", "", "", "", "Ej påbörjad"],
        ],
      },
      { today: TODAY },
    );
    const result = analysis.report.result as ActionPlanResult;
    const expected = [
      {
        row: 3,
        goal: "Bättre arbetsmiljö",
        action: "Enkät",
        followUp: "Årligen",
        responsible: "HR",
        endDate: "2026-12-31",
        done: "yes",
        statusText: "Klart",
      },
      {
        row: 4,
        goal: "Bättre arbetsmiljö",
        action: "Workshop",
        followUp: null,
        responsible: null,
        endDate: null,
        done: "no",
        statusText: "Ej påbörjad",
      },
    ];
    expect(result.goals).toBe(1);
    expect(result.withoutOwner).toBe(1);
    expect(overviewText(analysis.report, translator("sv"))).toMatch(/^2 /);
    expectListAsRead(analysis.report, "actions", expected);
  });
});

describe("gender-split statistics", () => {
  test("seed 004's participation table: shares, balance, under-represented sex, a Totalt row that adds up", async () => {
    const { sheets, plan } = await sample();
    const stats = sheets.find((s) => s.sheet === "Deltagande")!;
    const result = stats.result as GenderStatsResult;
    expect(stats.template).toBe("genderstats");
    expect(stats.findings).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      women: 38,
      men: 17,
      other: 1,
      total: 56,
      shareWomen: 67.9,
      shareMen: 30.4,
      balanced: false,
      underrepresented: "men",
    });
    expect(result.totals).toMatchObject({ women: 108, men: 30, other: 1, total: 139, declaredRow: 8 });
    const writes = plan.sheets.find((p) => p.sheet === "Deltagande")!.writes;
    expect(writes).toContainEqual(expect.objectContaining({ cell: "F3", value: "Plankoll: Andel kvinnor (%)" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "F4", value: 67.9 }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "H4", value: "Ojämn – män underrepresenterade" }));
  });

  test("each row as its cells say, made once when first read; the overview's counts without them", () => {
    const analysis = analyzeGrid({
      sheet: "S",
      originRow: 1,
      originCol: 1,
      values: [
        ["Insats", "Kvinnor", "Män", "Annat/Ej angivet"],
        ["Kurs A", 6, 4, ""],
        ["Kurs B", 9, 1, 2],
        ["Kurs C", "", 3, ""],
      ],
    });
    const expected = [
      {
        row: 2,
        label: "Kurs A",
        women: 6,
        men: 4,
        other: null,
        total: 10,
        shareWomen: 60,
        shareMen: 40,
        balanced: true,
        underrepresented: null,
      },
      {
        row: 3,
        label: "Kurs B",
        women: 9,
        men: 1,
        other: 2,
        total: 12,
        shareWomen: 75,
        shareMen: 8.3,
        balanced: false,
        underrepresented: "men",
      },
      {
        row: 4,
        label: "Kurs C",
        women: null,
        men: 3,
        other: null,
        total: null,
        shareWomen: null,
        shareMen: null,
        balanced: null,
        underrepresented: null,
      },
    ];
    expect(overviewText(analysis.report, translator("sv"))).toContain("3 rader, 1 med jämn könsfördelning");
    expectListAsRead(analysis.report, "rows", expected);
  });

  test("TOTAL_MISMATCH per row and on the Totalt row; any label column", async () => {
    const { sheets } = await analyzeSheets(
      sheet("S", [
        ["Åldersgrupp", "Kvinnor", "Män", "Annat/Ej angivet", "Totalt"],
        ["18–29", 10, 10, 1, 21],
        ["30–49", 12, 8, 0, 22],
        ["50–", 3, 4, null, 7],
        ["Summa", 25, 22, 1, 50],
      ]),
    );
    const result = sheets[0].result as GenderStatsResult;
    expect(result.rows[0]).toMatchObject({ label: "18–29", total: 21, balanced: true, underrepresented: null });
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["E3 TOTAL_MISMATCH", "E5 TOTAL_MISMATCH"]);
    expect(sheets[0].findings[1].message).toBe("Totalt: angiven summa 50 stämmer inte med beräknad summa 48.");
  });

  test("unreadable or missing counts are reported and keep their column out of the total check", async () => {
    const { sheets } = await analyzeSheets(
      sheet("S", [
        ["Kategori", "Kvinnor", "Män", "Totalt"],
        ["A", 12, "åtta", 20],
        ["B", null, 4, 4],
        ["Totalt", 99, 99, 99],
      ]),
    );
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["C2 NOT_A_NUMBER", "B3 REQUIRED_MISSING"]);
  });

  test("the 40/60 limit is a setting", async () => {
    const rows = [
      ["Kategori", "Kvinnor", "Män"],
      ["Chefer", 35, 65],
    ];
    const a = await analyzeSheets(sheet("S", rows));
    const b = await analyzeSheets(sheet("S", rows), {
      settings: parseSettings({ genderBalance: { minSharePercent: 30 } }),
    });
    expect((a.sheets[0].result as GenderStatsResult).rows[0]).toMatchObject({
      balanced: false,
      underrepresented: "women",
    });
    expect((b.sheets[0].result as GenderStatsResult).rows[0]).toMatchObject({ balanced: true });
  });
});
