/**
 * This year's plan against last year's (issue 32, item 3, in part): the risk analysis compared
 * risk by risk — paired by its oönskad händelse or, failing that, by Nr under the same process, so a
 * renumbered or reordered risk is the same risk — through the workbook's checks with last year's
 * reports given (`--previous`, the pane's picker). A workbook against itself gives nothing.
 */
import { analyzeWorkbook } from "../../src/core";
import type { CellValue, Grid } from "../../src/core/types";
import type { WorkbookFinding } from "../../src/core/templates/types";
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

/** What the comparisons said item by item: every comparison but the tables' own SHEET_COMPARED. */
const differences = (workbook: readonly WorkbookFinding[] | null | undefined) =>
  (workbook ?? []).filter((w) => w.comparison && w.comparison !== "sheet");
/** What SHEET_COMPARED said of each table: last year's sheet and the counts. */
const tables = (workbook: readonly WorkbookFinding[] | null | undefined) =>
  (workbook ?? []).filter((w) => w.comparison === "sheet").map((w) => [w.sheet, w.finding.params] as const);

describe("the risk analysis against last year's", () => {
  test("a renumbered, reordered risk is the same; one removed, one changed, up a zone", () => {
    const previous = analyzeWorkbook([lastYear()]).sheets;
    const { workbook } = analyzeWorkbook([grid(thisYear.name, rows)], { previous });
    // Said first: which of last year's sheets this one was compared with, and the counts.
    expect(tables(workbook)).toEqual([
      [thisYear.name, { previous: "Riskanalys 2016", paired: 12, added: 0, removed: 1, changed: 1 }],
    ]);
    expect(workbook?.[0].finding.message).toBe(
      "Jämfört med förra årets blad Riskanalys 2016: i båda åren 12 (ändrade 1), nya 0, borttagna 1.",
    );
    const found = differences(workbook).map((w) => [w.finding.code, w.finding.message]);
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

  test("a workbook against itself: every risk in both years, nothing else", () => {
    const sheet = grid(thisYear.name, rows);
    const previous = analyzeWorkbook([sheet]).sheets;
    const { workbook } = analyzeWorkbook([sheet], { previous });
    expect(differences(workbook)).toEqual([]);
    expect(tables(workbook)).toEqual([
      [thisYear.name, { previous: thisYear.name, paired: 12, added: 0, removed: 0, changed: 0 }],
    ]);
  });

  test("a risk new this year is said on its cell", () => {
    const [title, intro, blank, header, ...risks] = rows;
    const previous = analyzeWorkbook([grid("Förra året", [title, intro, blank, header, ...risks.slice(1)])]).sheets;
    const { workbook } = analyzeWorkbook([grid(thisYear.name, rows)], { previous });
    expect(differences(workbook).map((w) => [w.finding.code, w.finding.cell])).toEqual([["RISK_ADDED", "C5"]]);
  });
});

describe("the control plan against last year's", () => {
  test("a control dropped for a risk still in the control zone; a risk removed though last year's control found a deviation", async () => {
    const { followUpSheet } = await import("../../scripts/followUpSample");
    const { controlPlanRows, internalControlPlan } = await import("../../scripts/seedData");
    const followed = followUpSheet();
    // Last year: the risk analysis with one more risk (the PuL risk "Personuppgifter hanteras inte korrekt"
    // is dropped this year), and the plan followed up at T2, its PuL control finding a deviation.
    const last = analyzeWorkbook([
      grid(thisYear.name, rows),
      grid(followed.name, followed.rows as CellValue[][]),
    ]).sheets;
    // This year: the PuL risk "Personuppgifter hanteras inte korrekt" removed; the Lönehantering block's
    // controls dropped (its risk, value 6, still in the medium zone).
    const risks = rows.filter((r) => r[2] !== "Personuppgifter hanteras inte korrekt");
    const plan = internalControlPlan.filter((b) => b.approach !== "Löneutbetalning");
    const now = analyzeWorkbook(
      [grid(thisYear.name, risks), grid("Uppföljning av kontroller", controlPlanRows(plan) as CellValue[][])],
      { previous: last },
    );
    const found = (now.workbook ?? [])
      .filter((w) => ["CONTROL_DROPPED", "RISK_DROPPED_WITH_DEVIATION"].includes(w.finding.code))
      .map((w) => [w.finding.code, w.sheet, w.finding.message]);
    expect(found).toEqual([
      [
        "CONTROL_DROPPED",
        thisYear.name,
        'Förra årets kontroll ”Kontrollera att kontroller genomförs före och efter lönekörning” finns inte i årets plan, men risken "Felaktigt utbetald lön" är fortfarande i Medium zon.',
      ],
      [
        "CONTROL_DROPPED",
        thisYear.name,
        'Förra årets kontroll ”Kontrollera frånvarorutiner” finns inte i årets plan, men risken "Felaktigt utbetald lön" är fortfarande i Medium zon.',
      ],
      [
        "RISK_DROPPED_WITH_DEVIATION",
        thisYear.name,
        'Risken "Personuppgifter hanteras inte korrekt" finns inte i årets riskanalys, men förra årets kontroll ”Kontrollera att personuppgifter anmäls och hanteras enligt gällande rutin” fann en avvikelse: ”Två behandlingar saknade anmälan”. Skriv varför risken togs bort.',
      ],
    ]);
  });
});

describe("the indicators against last year's", () => {
  const sheet = (name: string, rows: CellValue[][]) =>
    grid(name, [["Mätetal", "Årsmål", "Utfall", "Utfall kvinnor", "Utfall män"], ...rows]);
  test("a target raised with the outcome the same: the outcome said unchanged, the indicator counted changed", () => {
    const rows = (target: string): CellValue[][] => [
      ["Antal deltagare i praktik", 120, 131, 70, 61],
      ["Andel medarbetare som rekommenderar sin arbetsplats", target, "77 %", "78 %", "76 %"],
    ];
    const previous = analyzeWorkbook([sheet("Mätetal 2025", rows("75 %"))]).sheets;
    const { workbook } = analyzeWorkbook([sheet("Mätetal 2026", rows("80 %"))], { previous });
    expect(differences(workbook).map((w) => [w.finding.code, w.finding.row, w.comparison])).toEqual([
      ["OUTCOME_TREND", 2, "unchanged"],
      ["OUTCOME_TREND", 3, "unchanged"],
    ]);
    expect(tables(workbook)).toEqual([
      ["Mätetal 2026", { previous: "Mätetal 2025", paired: 2, added: 0, removed: 0, changed: 1 }],
    ]);
  });

  test("a target set lower in the indicator's direction, and each outcome's trend; paired by name across a renamed sheet", () => {
    const previous = analyzeWorkbook([
      sheet("Mätetal 2025", [
        ["Andel medarbetare som rekommenderar sin arbetsplats", "80 %", "74 %", "75 %", "73 %"],
        ["Sjukfrånvaro bland medarbetare", "5 %", "6,1 %", "6,5 %", "5,6 %"],
        ["Antal deltagare i praktik", 120, 131, 70, 61],
      ]),
    ]).sheets;
    const { workbook } = analyzeWorkbook(
      [
        sheet("Mätetal 2026", [
          ["Antal deltagare i praktik", 120, 131, 70, 61],
          ["Sjukfrånvaro hos medarbetare", "5,5 %", "5,8 %", "6,0 %", "5,5 %"],
          ["Andel medarbetare som rekommenderar sin arbetsplats", "75 %", "77 %", "78 %", "76 %"],
        ]),
      ],
      { previous },
    );
    expect(differences(workbook).map((w) => [w.finding.code, w.finding.row, w.finding.message])).toEqual([
      ["OUTCOME_TREND", 2, "Antal deltagare i praktik: utfall 131, förra året 131 (oförändrat)."],
      [
        "TARGET_LOWERED",
        3,
        "Sjukfrånvaro hos medarbetare: årsmålet är 5,5 %, förra året 5 % – ett lägre mål i indikatorns riktning.",
      ],
      ["OUTCOME_TREND", 3, "Sjukfrånvaro hos medarbetare: utfall 5,8 %, förra året 6,1 % (bättre)."],
      [
        "TARGET_LOWERED",
        4,
        "Andel medarbetare som rekommenderar sin arbetsplats: årsmålet är 75 %, förra året 80 % – ett lägre mål i indikatorns riktning.",
      ],
      [
        "OUTCOME_TREND",
        4,
        "Andel medarbetare som rekommenderar sin arbetsplats: utfall 77 %, förra året 74 % (bättre).",
      ],
    ]);
  });
});

describe("the action plan against last year's", () => {
  const plan = (name: string, rows: CellValue[][]) =>
    grid(name, [["Mål", "Åtgärd/aktiviteter", "Uppföljning", "Ansvarig", "Status"], ...rows]);
  test("an action not done and not carried over is said; one done, or carried over in other words, is not", () => {
    const previous = analyzeWorkbook([
      plan("Handlingsplan 2025", [
        ["Jämställd rekrytering", "Könsneutrala annonser", "T2", "HR", "Ja"],
        ["", "Utbilda rekryterande chefer i kompetensbaserad rekrytering", "VB", "HR", "Nej"],
        ["Arbetsmiljö", "Medarbetarenkät om kränkningar", "T1", "HR-chef", "Pågår"],
        ["", "Rutin för anmälan av trakasserier", "VB", "HR-chef", ""],
      ]),
    ]).sheets;
    const { workbook } = analyzeWorkbook(
      [
        plan("Handlingsplan 2026", [
          ["Jämställd rekrytering", "Rekryterande chefer utbildas i kompetensbaserad rekrytering", "VB", "HR", ""],
          ["Lön", "Lönekartläggning", "T1", "HR", ""],
        ]),
      ],
      { previous },
    );
    expect(differences(workbook).map((w) => [w.sheet, w.finding.code, w.finding.message])).toEqual([
      [
        "Handlingsplan 2026",
        "ACTION_NOT_CARRIED_OVER",
        "Förra årets åtgärd ”Medarbetarenkät om kränkningar” (Handlingsplan 2025, rad 4) är inte genomförd (Pågår) och finns inte i årets plan. För den vidare eller skriv varför den utgår.",
      ],
      [
        "Handlingsplan 2026",
        "ACTION_NOT_CARRIED_OVER",
        "Förra årets åtgärd ”Rutin för anmälan av trakasserier” (Handlingsplan 2025, rad 5) är inte genomförd (ingen status angiven) och finns inte i årets plan. För den vidare eller skriv varför den utgår.",
      ],
    ]);
  });
});

describe("the KUS request against last year's", () => {
  const kus = (name: string, rows: CellValue[][]) =>
    grid(name, [
      ["Ansökningar KUS, Socialförvaltningen"],
      [],
      ["Prio", "Kompetensutvecklingsinsats", "Äskad summa (tkr)", "Målgrupp", "Antal medarbetare"],
      ...rows,
    ]);
  // Kronor as Plankoll writes them (a narrow space between thousands) compared as plain spaces.
  test("each application's request and the total against last year's; the new and the dropped", () => {
    const previous = analyzeWorkbook([
      kus("KUS 2026", [
        [1, "Motiverande samtal (MI) för socialsekreterare", 400, "Socialsekreterare", 60],
        [2, "Traumamedveten omsorg", 1200, "Personal på boenden", 120],
        [3, "Ledarskap i förändring", 250, "Chefer", 30],
      ]),
    ]).sheets;
    const { workbook } = analyzeWorkbook(
      [
        kus("KUS 2027", [
          [1, "Motiverande samtal (MI) för socialsekreterare", 450, "Socialsekreterare", 60],
          [2, "Traumamedveten omsorg", 1200, "Personal på boenden", 120],
          [3, "Digital dokumentation i socialtjänsten", 300, "Alla handläggare", 200],
        ]),
      ],
      { previous },
    );
    expect(
      (workbook ?? [])
        .filter((w) => w.finding.code === "KUS_COMPARED")
        .map((w) => w.finding.message.replace(/\s/g, " ")),
    ).toEqual([
      "Motiverande samtal (MI) för socialsekreterare: ansökt 450 000 kr, förra året 400 000 kr (+50 000 kr (+12,5 %)).",
      "Digital dokumentation i socialtjänsten: ny i år, ansökt 300 000 kr.",
      "Ledarskap i förändring: fanns förra året (250 000 kr, KUS 2026) men inte i år.",
      "Totalt ansökt 1 950 000 kr, förra året 1 850 000 kr (+100 000 kr (+5,4 %)).",
    ]);
  });
});

describe("where the comparison goes", () => {
  test("the sheet Plankoll Jämförelse and the report's comparison section: per sheet the counts and each difference", async () => {
    const { fileReport } = await import("../../src/core/report");
    const { registerSwedishMore } = await import("../../src/core/i18n/swedishMore");
    registerSwedishMore();
    const [title, intro, blank, header, ...risks] = rows;
    const last = [...risks.slice(1)].map((r) => [...r]);
    last[0][3] = 1; // one risk valued lower last year
    const previous = analyzeWorkbook([grid("Förra året", [title, intro, blank, header, ...last])]).sheets;
    const analysis = analyzeWorkbook([grid(thisYear.name, rows)], { previous });
    const sheet = analysis.plan.newSheets.find((s) => s.name === "Plankoll Jämförelse")!;
    const texts = sheet.cells.map((c) => String(c.value));
    expect(texts).toContain(thisYear.name);
    expect(texts).toContain("Jämfört med förra årets blad Förra året: i båda åren 11 (ändrade 1), nya 1, borttagna 0.");
    expect(texts.filter((x) => x === "Ny" || x === "Ändrad")).toEqual(["Ny", "Ändrad"]);
    const report = fileReport("i-år.xlsx", analysis.sheets, analysis.workbook);
    expect(
      report.comparison?.map(({ sheet, previous, paired, added, removed, changed }) => ({
        ...{ sheet, previous, paired },
        ...{ added, removed, changed },
      })),
    ).toEqual([{ sheet: thisYear.name, previous: "Förra året", paired: 11, added: 1, removed: 0, changed: 1 }]);
    expect(report.comparison?.[0].findings.map((f) => [f.code, f.comparison])).toEqual([
      ["RISK_ADDED", "added"],
      ["RISK_CHANGED", "changed"],
    ]);
    // Without last year's workbook: no sheet, no section.
    const alone = analyzeWorkbook([grid(thisYear.name, rows)]);
    expect(alone.plan.newSheets.some((s) => s.name === "Plankoll Jämförelse")).toBe(false);
    expect(fileReport("i-år.xlsx", alone.sheets, alone.workbook).comparison).toBeUndefined();
  });
});

describe("the two samples: this year's follow-up against last year's plan", () => {
  test("exactly the planned differences, through a real .xlsx round trip", async () => {
    const { followUpWorkbook, lastYearWorkbook, LAST_YEAR_EXPECTED } = await import("../../scripts/followUpSample");
    const { roundTrip } = await import("../helpers/workbooks");
    const { workbookGrids } = await import("../../tools/xlsx");
    const previous = analyzeWorkbook(workbookGrids(await roundTrip(lastYearWorkbook()))).sheets;
    const { workbook } = analyzeWorkbook(workbookGrids(await roundTrip(followUpWorkbook())), { previous });
    const compared = differences(workbook);
    expect(compared.map((w) => w.finding.code)).toEqual(LAST_YEAR_EXPECTED.map(([code]) => code));
    compared.forEach((w, i) => {
      const [, sheet, about] = LAST_YEAR_EXPECTED[i];
      expect(w.sheet).toBe(sheet);
      expect(w.finding.message).toContain(about);
    });
  });
});

describe("every sample against itself", () => {
  test("nothing new, removed or changed: only what says so (an unchanged outcome, an unchanged total)", async () => {
    const { sampleWorkbooks } = await import("../../scripts/sampleWorkbooks");
    const { roundTrip } = await import("../helpers/workbooks");
    const { workbookGrids } = await import("../../tools/xlsx");
    let sayings = 0;
    for (const [name, build] of Object.entries(sampleWorkbooks)) {
      const grids = workbookGrids(await roundTrip(build()));
      const previous = analyzeWorkbook(grids).sheets;
      const { workbook } = analyzeWorkbook(grids, { previous });
      const compared = differences(workbook);
      sayings += compared.length;
      const unchanged = (w: WorkbookFinding) => w.comparison === "unchanged" || /±0/.test(w.finding.message);
      expect({
        name,
        said: compared.filter((w) => !unchanged(w)).map((w) => w.finding.message),
        // Every table of a template compared, each with itself, its every item in both years.
        tables: tables(workbook).filter(([, p]) => p.added !== 0 || p.removed !== 0 || (p.changed ?? 0) !== 0),
      }).toEqual({ name, said: [], tables: [] });
      tables(workbook).forEach(([sheet, p]) => expect(p.previous).toBe(sheet));
    }
    // The samples' indicators and KUS requests were compared (each said unchanged): the check is not blind.
    expect(sayings).toBeGreaterThan(10);
  });
});

describe("pairing across a changed layout", () => {
  test("last year one header row, this year two (a group over the levels) on a renamed sheet: the same risks", () => {
    const [, , , , ...risks] = rows;
    const previous = analyzeWorkbook([grid("Riskanalys 2016", [rows[3], ...risks])]).sheets;
    const twoRows: Grid = {
      ...grid("Risker 2017", [
        ["Process", "Nr", "Oönskad händelse", "Bedömning", null, null, "Åtgärd"],
        [null, null, null, "Sannolikhet", "Konsekvens", "Riskvärde", null],
        // The first risk valued once more this year: the one difference.
        [risks[0][0], risks[0][1], risks[0][2], 5, risks[0][4], null, risks[0][6]],
        ...risks.slice(1),
      ]),
      merges: [{ r0: 0, c0: 3, rows: 1, cols: 3 }, ...[0, 1, 2, 6].map((c0) => ({ r0: 0, c0, rows: 2, cols: 1 }))],
    };
    const analysis = analyzeWorkbook([twoRows], { previous });
    expect(analysis.sheets[0].template).toBe("risk");
    expect(analysis.sheets[0].headerRow).toBe(2);
    expect(differences(analysis.workbook).map((w) => [w.finding.code, w.finding.row])).toEqual([["RISK_CHANGED", 3]]);
  });
});
