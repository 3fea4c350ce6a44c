/** Values as Swedes write them, judged by the templates: comparators, ranges, compounds, dates. */
import { analyzeSheets } from "../helpers/workbooks";
import type { IndicatorResult, ProcurementResult } from "../../src/core";

const options = { today: "2026-12-01" };

describe("targets with comparators and ranges", () => {
  test("≤ 5 dagar is lower-is-better, minst/högst/≥ are no reason to warn, a range is judged with both ends", async () => {
    const { sheets } = await analyzeSheets(
      [
        {
          name: "Mätetal",
          rows: [
            ["Mätetal", "Årsmål", "Utfall", "Ansvarig", "Slutdatum"],
            ["Handläggningstid ansökan", "≤ 5 dagar", "4 dagar", "HR", "31 dec 2027"],
            ["Andel nöjda", "minst 80 %", "82 %", "HR", "Löpande"],
            ["Felprocent", "högst 4,5 %", "4,9 %", "HR", "december 2027"],
            ["Svarsfrekvens", "≥ 90 %", "70 %", "HR", "T3 2027"],
            ["Över målet", "över 80 %", "80 %", "HR", "2027-12"],
            ["Intervall samma", "10-15 %", "20 %", "HR", "Q4 2027"],
            ["Intervall olika", "10–15 %", "12 %", "HR", "Årligen"],
          ],
        },
      ],
      options,
    );
    const result = sheets[0].result as IndicatorResult;
    expect(result.indicators.map((i) => [i.direction, i.status])).toEqual([
      ["lower", "met"],
      ["higher", "met"],
      ["lower", "partly"],
      ["higher", "not_met"],
      ["higher", "partly"],
      ["higher", "met"],
      ["higher", null],
    ]);
    expect(result.indicators[6]).toMatchObject({ target: 10, targetHigh: 15 });
    expect(result.indicators.map((i) => i.endDate)).toEqual([
      "2027-12-31",
      null,
      "2027-12-31",
      "2027-12-31",
      "2027-12-31",
      "2027-12-31",
      null,
    ]);
    // Only the range whose ends disagree is uncertain; no date is unreadable.
    expect(sheets[0].findings.map((f) => [f.cell, f.code])).toEqual([["B8", "VALUE_UNCERTAIN"]]);
    expect(sheets[0].findings[0].message).toContain("10 %–15 %");
  });
});

describe("procurement values, types and periods as written", () => {
  test("3–4 mnkr is a range, never 3 kr; compound types by their head word; periods with till and options", async () => {
    const { sheets } = await analyzeSheets(
      [
        {
          name: "Upphandling",
          rows: [
            [
              "Avtalsområde",
              "Beskrivning",
              "Planerat startdatum",
              "Avtalsperiod",
              "Uppskattat kontraktsvärde",
              "Kontraktstyp",
            ],
            ["IT", "Nät", "2027-01-01", "2027-03-01 till 2029-02-28 +1+1", "3–4 mnkr", "Byggentreprenad"],
            ["IT", "Konsulter", "Pågår", "2027-01-01, 2+1+1 år", "ca 2 mnkr", "Konsulttjänster"],
            ["IT", "Datorer", "Löpande", "jan 2027 -- dec 2028", "1–2 mnkr", "Varuinköp"],
            ["IT", "Städ", "mars 2027", "t.o.m. 2029-12-31", "1 500 tkr", "Tjänsteupphandling"],
            ["IT", "Blandat", "2027-05-01", "2027-06-01 – 2028-05-31", "5 mnkr", "Varor och tjänster"],
          ],
        },
      ],
      options,
    );
    const result = sheets[0].result as ProcurementResult;
    expect(result.items.map((i) => [i.valueSek, i.valueRangeSek, i.reportable, i.type])).toEqual([
      [null, [3_000_000, 4_000_000], true, "works"],
      [2_000_000, null, true, "services"],
      [null, [1_000_000, 2_000_000], null, "goods"],
      [1_500_000, null, false, "services"],
      [5_000_000, null, true, null],
    ]);
    expect(result.items.map((i) => [i.plannedStart, i.periodStart, i.periodEnd, i.periodEndWithOptions])).toEqual([
      ["2027-01-01", "2027-03-01", "2029-02-28", "2031-02-28"],
      ["ongoing", "2027-01-01", "2028-12-31", "2030-12-31"],
      ["ongoing", "2027-01-01", "2028-12-31", "2028-12-31"],
      ["2027-03-01", null, "2029-12-31", "2029-12-31"],
      ["2027-05-01", "2027-06-01", "2028-05-31", "2028-05-31"],
    ]);
    expect(sheets[0].findings.map((f) => [f.cell, f.code])).toEqual([
      ["E2", "VALUE_UNCERTAIN"],
      ["E4", "VALUE_UNCERTAIN"],
      ["E5", "BELOW_THRESHOLD"],
      ["F6", "VALUE_UNCERTAIN"],
    ]);
    expect(sheets[0].findings[1].message).toMatch(/1\s000\s000 kr–2\s000\s000 kr/);
    // The range is in no total: the total is what can be added up without guessing.
    expect(result.totalSek).toBe(7_000_000);
  });

  test("numbers stored as text read as numbers without a finding", async () => {
    const { sheets } = await analyzeSheets([
      {
        name: "Risk",
        rows: [
          ["Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Åtgärd"],
          ["'1", "Fel", "'3", '"4"', "Kontroll"],
          ["2", "Sen", "2", "2"],
        ],
      },
    ]);
    expect(sheets[0].findings).toEqual([]);
    expect((sheets[0].result as { risks: { value: number }[] }).risks.map((r) => r.value)).toEqual([12, 4]);
  });
});
