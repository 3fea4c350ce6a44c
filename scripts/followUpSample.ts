/**
 * The seed's internkontrollplan followed up at tertial 2 (issue 32): each control's Frekvens, and
 * the follow-up's Status, Utfall, Avvikelse and Åtgärd — most carried out, one with a deviation and
 * no action, one stated as not carried out, one due without a word, one carried out without a
 * result, one under way, one called off, three not yet due; the PuL control finds a deviation for
 * the plan's two critical risks. The expected gaps are FOLLOW_UP_EXPECTED.
 */
import type ExcelJS from "exceljs";
import { controlPlanRows, internalControlPlan, internalControlRisks } from "./seedData";
import { internalControlSheet } from "./internalControlSheet";
import { workbookFromRows, type RawSheet } from "./rawWorkbook";

type FollowUp = [frequency: string, status: string, outcome: string, deviation: string, action: string];

/** By block and control (as the seed orders them): what the follow-up at tertial 2 says. */
export const FOLLOW_UP: Record<string, FollowUp> = {
  "0,0": ["Varje tertial", "Genomförd", "Informationsinsatser genomförda enligt plan", "Nej", ""],
  "0,1": ["Varje tertial", "Genomförd", "Delaktighet på arbetsplatsträffar", "Nej", ""],
  "1,0": ["Tertialvis", "Genomförd", "Inga avvikelser", "Nej", ""],
  "1,1": ["Tertialvis", "Genomförd", "", "", ""],
  "1,2": ["T1", "Ej genomförd", "", "", ""],
  "1,3": ["Tertialvis", "", "", "", ""],
  "2,0": ["Årligen", "", "", "", ""],
  "3,0": ["Löpande", "Pågår", "Gallring påbörjad i två av fem enheter", "", ""],
  "3,1": ["Hösten", "", "", "", ""],
  "4,0": [
    "T2",
    "Genomförd",
    "Två behandlingar saknade anmälan",
    "Ja",
    "Anmälan görs senast 30 september; rutinen gås igenom på APT",
  ],
  "5,0": ["Varje tertial", "Genomförd", "Inga avvikelser", "Nej", ""],
  "5,1": ["Varje tertial", "genomförd", "Inga avvikelser", "Inga", ""],
  "5,2": ["Varje tertial", "Inställd", "", "", ""],
  "6,0": ["Månadsvis", "Genomförd", "Kontrollerna görs före och efter varje körning", "Nej", ""],
  "6,1": ["Månadsvis", "Genomförd", "Frånvaro registrerad för sent i 4 av 20 stickprov", "Ja", ""],
  "7,0": [
    "T2",
    "Genomförd",
    "Stickprov på 15 som slutat",
    "Behörigheter kvar för tre som slutat",
    "Rutinen för avslut skärps; IT-samordnaren stämmer av månadsvis",
  ],
  "7,1": ["VB", "", "", "", ""],
  "8,0": ["Tertialvis", "Genomförd", "Alla inköp diarieförda", "Nej", ""],
  "8,1": ["Tertialvis", "Genomförd", "Inga avvikelser", "Nej", ""],
};

/** What the follow-up must show: the tally of the whole plan, and the gaps by code. */
export const FOLLOW_UP_EXPECTED = {
  planned: 19,
  counts: { done: 12, ongoing: 1, notDone: 2, notDue: 3, cancelled: 1 },
  deviations: 3,
  actions: 2,
  findings: {
    REQUIRED_MISSING: ["1,1"],
    CONTROL_NOT_PERFORMED: ["1,2", "1,3"],
    DEVIATION_WITHOUT_ACTION: ["6,1"],
  },
};

/** The plan's rows in the seed's blocks, each control with its follow-up; the sheet row of each control by its key. */
export function followUpRows(): { rows: (string | null)[][]; rowOf: Record<string, number> } {
  const title = [
    ["Uppföljning av internkontrollplanen – tertial 2 2017"],
    ["Nämndens planerade uppföljning av den löpande kontrollen, med utfallet per 31 augusti."],
    [],
  ];
  const plan = controlPlanRows(internalControlPlan, {
    header: ["Frekvens", "Status", "Utfall", "Avvikelse", "Åtgärd"],
    cells: (block, control) => FOLLOW_UP[`${block},${control}`].map((x) => x || null),
  });
  const rows = [...title, ...plan];
  // Each control's row: the rows whose follow-up cells are the control's, in the plan's order.
  const rowOf: Record<string, number> = {};
  const keys = internalControlPlan.flatMap((block, b) => block.controls.map((_, c) => `${b},${c}`));
  let next = 0;
  rows.forEach((row, i) => {
    if (row.length > 6 && row[0] !== "Löpande kontroll/Systematiska kontroller") rowOf[keys[next++]] = i + 1;
  });
  return { rows, rowOf };
}

export function followUpSheet(name = "Uppföljning T2"): RawSheet {
  return { name, rows: followUpRows().rows, widths: [30, 30, 34, 44, 28, 24, 14, 14, 36, 26, 40] };
}

/** The risk analysis and its control plan followed up at tertial 2. */
export function followUpWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([internalControlSheet(), followUpSheet()]);
}

/**
 * Last year's internkontrollplan, followed up at the verksamhetsberättelse, to compare this year's
 * with: risk 11 was Nr 21; risk 5 was valued lower (probability 1: the low zone); one more risk,
 * "Kassan stäms inte av", whose control found a deviation and which is gone this year; and one
 * more control for "Felaktigt utbetald lön", dropped this year while the risk is still medium.
 * The expected differences are LAST_YEAR_EXPECTED.
 */
export function lastYearWorkbook(): ExcelJS.Workbook {
  const risks = [
    ...internalControlRisks.map((r) =>
      r.nr === 11 ? { ...r, nr: 21 } : r.nr === 5 ? { ...r, probability: "1.Osannolik", value: 3 } : r,
    ),
    {
      ...internalControlRisks[0],
      process: "Ekonomi",
      nr: 13,
      event: "Kassan stäms inte av",
      probability: "3.Möjlig",
      consequence: "3.Kännbar",
      value: 9,
      action: "Avstämning varje månad",
    },
  ];
  const blocks = [
    ...internalControlPlan.map((b) =>
      b.approach === "Löneutbetalning"
        ? {
            ...b,
            controls: [
              ...b.controls,
              { description: "Kontrollera löneskulder", method: "Registerkontroll", responsible: "HR-specialist" },
            ],
          }
        : b,
    ),
    {
      process: "Ekonomi",
      approach: "Kassahantering",
      incidents: ["Kassan stäms inte av"],
      controls: [{ description: "Stäm av kassan mot bokföringen", method: "Avstämning", responsible: "Ekonom" }],
    },
  ];
  const kassa = blocks.length - 1;
  const rows = [
    ["Uppföljning av internkontrollplanen – verksamhetsberättelse 2016"],
    [],
    ...controlPlanRows(blocks, {
      header: ["Frekvens", "Status", "Utfall", "Avvikelse", "Åtgärd"],
      cells: (block) =>
        block === kassa
          ? ["Månadsvis", "Genomförd", "Differens i mars", "Ja", "Rutinen för avstämning ses över"]
          : ["Varje tertial", "Genomförd", "Inga avvikelser", "Nej", null],
    }),
  ];
  return workbookFromRows([
    internalControlSheet(risks, "Nämndens internkontrollplan 2016"),
    { name: "Uppföljning VB 2016", rows, widths: [30, 30, 34, 44, 28, 24, 14, 14, 36, 26, 40] },
  ]);
}

/** What this year's follow-up (followUpWorkbook) against last year's (lastYearWorkbook) must show, by code. */
export const LAST_YEAR_EXPECTED: [code: string, sheet: string, about: string][] = [
  ["RISK_REMOVED", "Internkontrollplan", "Kassan stäms inte av"],
  ["RISK_CHANGED", "Internkontrollplan", "Felaktiga utbetalningar görs"],
  ["CONTROL_DROPPED", "Internkontrollplan", "Kontrollera löneskulder"],
  ["RISK_DROPPED_WITH_DEVIATION", "Internkontrollplan", "Kassan stäms inte av"],
];
