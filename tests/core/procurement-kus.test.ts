import {
  procurementSampleWorkbook,
  kusSampleWorkbook,
  kusDraftWorkbook,
  type RawCell,
} from "../../scripts/sampleWorkbooks";
import { expectListAsRead } from "../helpers/keptRows";
import { workbookGrids } from "../../tools/xlsx";
import {
  analyzeGrid,
  analyzeWorkbook,
  overviewText,
  parseSettings,
  translator,
  type KusResult,
  type ProcurementResult,
} from "../../src/core";
import { analyzeSheets, roundTrip } from "../helpers/workbooks";

const analyze = async (build: () => import("exceljs").Workbook) =>
  analyzeWorkbook(workbookGrids(await roundTrip(build())));
const sheet = (rows: RawCell[][]) => [{ name: "S", rows }];
/** Numbers are grouped with no-break spaces, as Swedish typesetting wants. */
const plain = (value: unknown) => String(value).replace(/\u00a0/g, " ");

describe("seed 001's plan för upphandling", () => {
  test("every row read as printed: section rows as areas, Pågår, periods with options, values in mnkr", async () => {
    const { sheets } = await analyze(procurementSampleWorkbook);
    const plan = sheets[0];
    const result = plan.result as ProcurementResult;
    expect(plan.template).toBe("procurement");
    expect(plan.headerRow).toBe(6);
    expect(result.items).toHaveLength(12);
    expect(result.items[0]).toMatchObject({
      area: "Vuxenutbildning Stockholm inkl SFI",
      plannedStart: "2017-01-01",
      periodStart: "2017-05-30",
      periodEnd: "2018-12-31",
      valueSek: 6_000_000,
      type: "services",
      reportable: true,
    });
    expect(result.items[1]).toMatchObject({
      periodStart: null,
      periodEnd: "2017-12-31",
      valueSek: 1_500_000,
      reportable: false,
    });
    expect(result.items[2]).toMatchObject({
      area: "Jobbtorg Stockholm",
      plannedStart: "ongoing",
      valueSek: 60_000_000,
    });
    const comms = result.items.find((i) => i.description?.startsWith("Kommunikationstjänster"))!;
    expect(comms).toMatchObject({
      periodEnd: "2021-08-31",
      periodEndWithOptions: "2023-08-31",
      plannedStart: "ongoing",
    });
    expect(result.items.find((i) => i.description === "Arbetskläder vt-17")).toMatchObject({
      type: "goods",
      area: "Jobbtorg Stockholm",
    });
    expect(result.items.find((i) => i.description?.startsWith("Bemanning"))).toMatchObject({
      area: "HR-staben",
      type: "services",
    });
  });

  test("the procurements at or under 1,8 mnkr are reported; totals per area and type", async () => {
    const { sheets } = await analyze(procurementSampleWorkbook);
    const plan = sheets[0];
    const result = plan.result as ProcurementResult;
    expect(plan.findings.filter((f) => f.code === "BELOW_THRESHOLD").map((f) => f.cell)).toEqual(["E9", "E18"]);
    expect(plan.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "E9 BELOW_THRESHOLD",
      "D13 PERIOD_BEFORE_START",
      "D14 PERIOD_BEFORE_START",
      "C15 REQUIRED_MISSING",
      "C16 REQUIRED_MISSING",
      "E18 BELOW_THRESHOLD",
      "E24 VALUE_UNCERTAIN",
    ]);
    expect(result.totalSek).toBe(92_100_000);
    expect(result.byType).toEqual({ goods: 6_000_000, services: 86_100_000, works: 0, unknown: 0 });
    expect(result.byArea["Jobbtorg Stockholm"]).toBe(76_600_000);
  });

  test("added columns with the normalised values and a summary sheet", async () => {
    const { plan } = await analyze(procurementSampleWorkbook);
    const writes = plan.sheets[0].writes;
    expect(writes).toContainEqual(expect.objectContaining({ cell: "H6", value: "Plankoll: Värde (kr)" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "H8", value: 6_000_000 }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "I22", value: "2023-08-31" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "J8", value: "Ja" }));
    expect(writes).toContainEqual(expect.objectContaining({ cell: "J9", value: "Nej" }));
    const summary = plan.newSheets.find((s) => s.name === "Plankoll Upphandling")!;
    expect(summary.cells.map((c) => plain(c.value))).toContain(
      "Totalt kontraktsvärde (över 1 800 000 kr): 92 100 000 kr",
    );
  });

  test("the mistakes: period ending before it starts, unknown type, unreadable date and value, missing value", async () => {
    const { sheets } = await analyze(procurementSampleWorkbook);
    expect(sheets[1].findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "D4 PERIOD_INVALID",
      "F4 CONTRACT_TYPE_INVALID",
      "C5 NOT_A_DATE",
      "E5 NOT_A_NUMBER",
      "D6 PERIOD_BEFORE_START",
      "D7 PERIOD_INVALID",
      "E7 REQUIRED_MISSING",
    ]);
    expect(sheets[1].findings[0].message).toBe("Avtalsperioden slutar 2026-05-31, före sin start 2027-06-01.");
    expect((sheets[1].result as ProcurementResult).items.map((i) => i.type)).toEqual([
      null,
      "services",
      "goods",
      "works",
    ]);
  });

  test("the threshold is a setting", async () => {
    const rows: RawCell[][] = [
      ["Beskrivning", "Kontraktsvärde", "Kontraktstyp"],
      ["Städ", "1,9 mnkr", "Tjänst"],
    ];
    const a = await analyzeSheets(sheet(rows));
    const b = await analyzeSheets(sheet(rows), {
      settings: parseSettings({ procurement: { thresholdSek: 2_000_000 } }),
    });
    expect(a.sheets[0].findings).toEqual([]);
    expect(b.sheets[0].findings.map((f) => f.code)).toEqual(["BELOW_THRESHOLD"]);
  });

  test("each procurement as its row says, made once when first read; the overview's counts without them", () => {
    const analysis = analyzeGrid({
      sheet: "S",
      originRow: 3,
      originCol: 2,
      values: [
        ["Avtalsområde", "Beskrivning", "Planerat startdatum", "Avtalsperiod", "Kontraktsvärde", "Kontraktstyp"],
        ["Skola"],
        ["", "Städ", "Pågår", "2027-01-01 – 2028-12-31 + 1 år", "3 mnkr", "Tjänst"],
        ["", "Möbler", "2027-03-01", "", "1–3 mnkr", "Vara"],
        ["", "Papper", "2027-05-01", "2027-06-01 – 2028-05-31", "1 000 000", "Kontorsgrejer"],
      ],
    });
    const result = analysis.report.result as ProcurementResult;
    const expected = [
      {
        row: 5,
        cell: "C5",
        area: "Skola",
        description: "Städ",
        plannedStart: "ongoing",
        periodStart: "2027-01-01",
        periodEnd: "2028-12-31",
        periodEndWithOptions: "2029-12-31",
        valueSek: 3_000_000,
        valueRangeSek: null,
        type: "services",
        reportable: true,
      },
      {
        row: 6,
        cell: "C6",
        area: "Skola",
        description: "Möbler",
        plannedStart: "2027-03-01",
        periodStart: null,
        periodEnd: null,
        periodEndWithOptions: null,
        valueSek: null,
        valueRangeSek: [1_000_000, 3_000_000],
        type: "goods",
        reportable: null,
      },
      {
        row: 7,
        cell: "C7",
        area: "Skola",
        description: "Papper",
        plannedStart: "2027-05-01",
        periodStart: "2027-06-01",
        periodEnd: "2028-05-31",
        periodEndWithOptions: "2028-05-31",
        valueSek: 1_000_000,
        valueRangeSek: null,
        type: null,
        reportable: false,
      },
    ];
    expect(overviewText(analysis.report, translator("sv"))).toContain("3 upphandlingar");
    expect(overviewText(analysis.report, translator("sv"))).toContain("1 inte över tröskeln");
    expect(result.totalSek).toBe(3_000_000);
    expectListAsRead(analysis.report, "items", expected);
  });
});

describe("seed 001's KUS request", () => {
  test("sums to 7 257 000 kr and matches its Totalt row; breakdowns checked per application", async () => {
    const { sheets } = await analyze(kusSampleWorkbook);
    const kus = sheets[0];
    const result = kus.result as KusResult;
    expect(kus.template).toBe("kus");
    expect(result.organisation).toBe("Arbetsmarknadsförvaltningen");
    expect(result.totalSek).toBe(7_257_000);
    expect(result.declaredTotalSek).toBe(7_257_000);
    expect(result.applications.map((a) => a.requestedSek)).toEqual([
      4_600_000, 600_000, 236_000, 315_000, 236_000, 490_000, 150_000, 630_000,
    ]);
    expect(result.applications[0].breakdown).toEqual({ training: 1_500_000, substitutes: 2_000_000, other: 1_100_000 });
    expect(result.applications[5].breakdown).toEqual({ training: 490_000, substitutes: 0, other: 0 });
    expect(result.applications.every((a) => a.breakdown !== null)).toBe(true);
    expect(kus.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.applications[0].costPerParticipant).toBe(48_421);
  });

  test("priorities twice or missing, a breakdown that does not add up, a wrong Totalt", async () => {
    const { sheets } = await analyze(kusDraftWorkbook);
    expect(sheets[0].findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "A3 PRIORITY_GAP",
      "C4 BREAKDOWN_MISMATCH",
      "A5 PRIORITY_DUPLICATE",
      "A6 REQUIRED_MISSING",
      "C8 TOTAL_MISMATCH",
    ]);
    expect(sheets[0].findings[0].message).toBe("Prioriteterna ska vara 1–4, var och en en gång; 2, 3, 4 saknas.");
    expect(plain(sheets[0].findings[1].message)).toBe(
      "Utbildning + vikarietäckning + övriga kostnader = 950 000 kr, men äskad summa är 1 000 000 kr.",
    );
  });

  test("amounts in every form; a unit in the header; a Totalt row written when there is none", async () => {
    const { sheets, plan } = await analyzeSheets(
      sheet([
        ["Ansökningar KUS, Kulturförvaltningen"],
        ["Prio", "Insats", "Äskad summa (tkr)", "Antal medarbetare"],
        [1, "A", 450, 30],
        [2, "B", "1 200", 60],
        [3, "C", "2 mnkr", "ca 100"],
        [4, "D", "150 000:-", 10],
      ]),
    );
    const result = sheets[0].result as KusResult;
    expect(result.organisation).toBe("Kulturförvaltningen");
    expect(result.applications.map((a) => a.requestedSek)).toEqual([450_000, 1_200_000, 2_000_000, 150_000]);
    expect(result.totalSek).toBe(3_800_000);
    expect(result.declaredTotalSek).toBeNull();
    expect(plan.sheets[0].writes).toContainEqual({ cell: "B7", value: "Totalt", bold: true });
    expect(plan.sheets[0].writes).toContainEqual({
      cell: "C7",
      value: 3800,
      bold: true,
      computed: "Beräknat av Plankoll: summan av 4 ansökningar.",
    });
    // The sum Plankoll computed below the table is marked as Plankoll's.
    expect(plan.sheets[0].marks).toContainEqual(expect.objectContaining({ cell: "C7", fill: "#E4DFEC" }));
  });
});

describe("a contract period written as a length alone", () => {
  const plan = (period: string) =>
    analyzeGrid(
      {
        sheet: "Plan",
        originRow: 1,
        originCol: 1,
        values: [
          [
            "Avtalsområde",
            "Beskrivning",
            "Planerat startdatum",
            "Avtalsperiod",
            "Uppskattat kontraktsvärde",
            "Kontraktstyp",
          ],
          ["IT", "Ärendesystem", "2027-01-01", period, "2 mnkr", "Tjänst"],
        ],
      },
      { today: "2026-12-06" },
    ).report.findings.filter((f) => f.code === "PERIOD_INVALID");

  test.each([
    ["3+1 år", "3 år och 1 år i option"],
    ["2 + 1 + 1 år", "2 år och 2 år i option"],
    ["24 mån", "2 år"],
    ["18 månader + 6 mån", "18 mån och 6 mån i option"],
  ])("%s is said as the length it is (%s), no date being there to count from", (period, length) => {
    const [finding] = plan(period);
    expect(plain(finding.message)).toContain(`Avtalsperiod "${period}" är en längd, ${length}, men inga datum`);
  });

  test("numbers without a unit are no length: unreadable, as before", () => {
    expect(plan("2+1").map((f) => f.message)).toEqual(['Avtalsperiod "2+1" går inte att läsa som en period.']);
  });

  test("a length after a start date is a period, as before", () => {
    expect(plan("2027-04-01, 2+1 år")).toEqual([]);
  });
});
