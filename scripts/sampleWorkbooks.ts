/** Builds the sample and test workbooks from the seed data, as exceljs workbooks. */
import ExcelJS from "exceljs";
import { layoutWorkbook } from "./layoutFixtures";
import { paySurveyWorkbook } from "./paySurveySample";
import {
  internalControlPlan,
  controlPlanRows,
  type SeedControlBlock,
  vorRows,
  seedIndicators,
  seedActionPlan,
  PARTICIPATION_2016,
  seedProcurementPlan,
  seedKusApplications,
} from "./seedData";
import { PAYROLL_HEADER, payrollEmployees, payrollRow, type PayrollEmployee } from "./generate";
import { workbookFromRows, type RawCell, type RawSheet } from "./rawWorkbook";

export { workbookFromRows, type RawCell, type RawSheet } from "./rawWorkbook";
import { followUpWorkbook, lastYearWorkbook } from "./followUpSample";
import { internalControlSheet } from "./internalControlSheet";

export { internalControlSheet } from "./internalControlSheet";

function vorSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["Väsentlighets- och riskanalys – oönskade händelser som inte ingår i internkontrollplanen"],
    [],
    ["Process", "Arbetssätt", "Oönskad händelse", "Riskvärde", "Åtgärd"],
    ...vorRows.map((r) => [r.process || null, r.method || null, r.event, r.value, r.action || null]),
  ];
  return { name: "Väsentlighets- och riskanalys", rows, widths: [30, 30, 50, 10, 50] };
}

/** Mistakes a controller makes, each one a finding Plankoll must give at the right cell. */
export function mistakesSheet(): RawSheet {
  return {
    name: "Riskanalys med fel",
    widths: [16, 5, 36, 16, 18, 9, 30],
    rows: [
      ["Riskanalys 2027 – Ekonomiavdelningen"],
      ["Fyll i sannolikhet och väsentlighet 1–5."],
      ["Version 2, reviderad"],
      [],
      [],
      ["Process", "Nr", "Risk", "Sanno-\nlikhet", "Väsentlighet", "Risk-\nvärde", "Åtgärd"],
      ["Ekonomi", 1, "Budgeten överskrids", "Sannolikt", "Allvarlig", 16, "Månatlig uppföljning"],
      [null, 2, "Felaktig attest", 3, 3, 6, null],
      [null, 3, "Leverantörsfakturor betalas dubbelt", "3.Sannolikt", "2.Lindrig", 8, null],
      ["Personal", 4, "Hög personalomsättning", "4 - Sannolikt", "5 - Mycket allvarlig", null, null],
      [null, 4, "Kompetens saknas", 6, 2, 12, "Rekrytera"],
      [null, 6, null, 2, 2, 4, null],
      ["IT", 7, "Systemavbrott", 2, 3, 7, null],
      [null, 8, "Dataförlust", { error: "#REF!" }, 4, { error: "#REF!" }, "Säkerhetskopiering"],
      [null, 9, "Lösenord delas", "Möjlig", "Lindrig", 6, "Informera"],
      [],
      [null, null, "Anm.: riskerna bedömdes vid workshop 2026-03-14, underlag hos controller."],
    ],
  };
}

function notesSheet(): RawSheet {
  return {
    name: "Anteckningar",
    rows: [
      ["Mötesanteckningar, riskworkshop"],
      ["Deltagare: controller, avdelningschefer"],
      [],
      ["Nästa steg: uppföljning i tertialrapport 1."],
    ],
  };
}

/** Seed 001's control plan, the internkontrollplan's second half, as printed (roles for its names). */
function controlPlanSheet(name: string, blocks: readonly SeedControlBlock[]): RawSheet {
  return {
    name,
    widths: [34, 32, 34, 44, 30, 26],
    rows: [
      ["Nämndens planerade uppföljning av den löpande kontrollen"],
      [
        "Uppföljningen av den löpande kontrollen och arbetssätten, för att verifiera att mål uppnås och att fastlagda kontroller upprätthålls.",
      ],
      [],
      ...controlPlanRows(blocks),
    ],
  };
}

/**
 * The seed's plan with the gaps a controller finds: the PuL block left out (its two critical
 * risks without a control), a control without Ansvarig, a control for an event the risk
 * analysis does not have.
 */
export function controlPlanWithGaps(): SeedControlBlock[] {
  return internalControlPlan
    .filter((b) => b.approach !== "Samordna förvaltningens PuL-ansvar")
    .map((b) =>
      b.approach === "Löneutbetalning"
        ? {
            ...b,
            incidents: [...b.incidents, "Fusk vid tidrapportering görs"],
            controls: [b.controls[0], { ...b.controls[1], responsible: undefined }],
          }
        : b,
    );
}

/** The whole internkontrollplan: the seed's risk analysis and, beside it, its planned controls. */
export function internalControlPlanWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([internalControlSheet(), controlPlanSheet("Uppföljning av kontroller", internalControlPlan)]);
}

/** The same plan with gaps in its control half. */
export function internalControlGapsWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([internalControlSheet(), controlPlanSheet("Uppföljning med luckor", controlPlanWithGaps())]);
}

export function riskSampleWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([internalControlSheet(), vorSheet(), mistakesSheet(), notesSheet()]);
}

export function indicatorSampleWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([indicatorSheet(), actionPlanSheet(), participationSheet(), indicatorMistakesSheet()]);
}

/** A synthetic payroll export (seeded), and the same data summed per befattning. */
export function salarySampleWorkbook(): ExcelJS.Workbook {
  const employees = payrollEmployees();
  return workbookFromRows([payrollSheet(employees), perPositionSheet(employees)]);
}

export function procurementSampleWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([procurementSheet(), procurementMistakesSheet()]);
}

export function kusSampleWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([kusSheet()]);
}

/** A draft request kept apart, so that consolidating the samples sums real requests only. */
export function kusDraftWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([kusMistakesSheet()]);
}

/** A second, smaller request from another förvaltning, amounts in tkr (invented for consolidation). */
export function kusSecondRequestWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([
    {
      name: "KUS 2027",
      widths: [6, 50, 18, 30, 16],
      rows: [
        ["Ansökningar KUS, Socialförvaltningen"],
        [],
        ["Prio", "Kompetensutvecklingsinsats", "Äskad summa (tkr)", "Målgrupp", "Antal medarbetare"],
        [1, "Motiverande samtal (MI) för socialsekreterare", 450, "Socialsekreterare", 60],
        [2, "Traumamedveten omsorg", "1 200", "Personal på boenden", 120],
        [3, "Digital dokumentation i socialtjänsten", 300, "Alla handläggare", 200],
        [null, "Totalt", "1 950", null, null],
      ],
    },
  ]);
}

/** The sample workbooks, by file name under samples/. */
export const sampleWorkbooks: Record<string, () => ExcelJS.Workbook> = {
  "riskanalys.xlsx": riskSampleWorkbook,
  "internkontrollplan.xlsx": internalControlPlanWorkbook,
  "internkontrollplan-med-luckor.xlsx": internalControlGapsWorkbook,
  // The plan followed up at tertial 2: carried out, not, with deviations and actions (issue 32).
  "internkontrollplan-uppfoljning-t2.xlsx": () => followUpWorkbook(),
  // Last year's plan, followed up at the verksamhetsberättelse: --previous for the one above.
  "internkontrollplan-forra-aret.xlsx": () => lastYearWorkbook(),
  "matetal.xlsx": indicatorSampleWorkbook,
  "lonekartlaggning.xlsx": salarySampleWorkbook,
  // The survey as the law asks for it: the payroll, its job evaluation, the analyses and last year's measures.
  "lonekartlaggning-2026.xlsx": paySurveyWorkbook,
  "upphandling.xlsx": procurementSampleWorkbook,
  "kus-arbetsmarknadsforvaltningen.xlsx": kusSampleWorkbook,
  "kus-socialforvaltningen.xlsx": kusSecondRequestWorkbook,
  "kus-utkast-med-fel.xlsx": kusDraftWorkbook,
  // The same tables as people draw them: headers over two rows, annotated labels, an Excel table, several tables on one sheet.
  "olika-upplagg.xlsx": () => layoutWorkbook(),
};

const INDICATOR_HEADER = [
  "Mätetal",
  "Års-\nmål",
  "Utfall",
  "Utfall kvinnor",
  "Utfall män",
  "Aktivitet/åtgärd",
  "Ansvarig-\ngrupp",
  "Slutdatum",
];

/** Seed 001's jämställdhets- och mångfaldsplan: mätetal, årsmål and outcomes (the seed's own where it gives them). */
export function indicatorSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["Jämställdhets- och mångfaldsplan 2026 – Arbetsmarknadsförvaltningen"],
    ["Mätetal, årsmål och utfall. Aktiviteter utan eget mätetal hör till mätetalet ovanför."],
    [],
    INDICATOR_HEADER,
  ];
  const formats: Record<string, string> = {};
  for (const i of seedIndicators) {
    rows.push([i.name, i.target, i.outcome, i.women, i.men, i.activity, i.responsible, i.endDate]);
    const row = rows.length;
    if (typeof i.outcome === "number") formats[`C${row}`] = "0 %";
    if (typeof i.women === "number") formats[`D${row}`] = "0 %";
    if (typeof i.men === "number") formats[`E${row}`] = "0 %";
    if (typeof i.endDate === "number") formats[`H${row}`] = "yyyy-mm-dd";
  }
  return { name: "Mätetal", rows, formats, widths: [50, 10, 10, 10, 10, 45, 24, 12] };
}

/** Seed 000's handlingsplan: each Mål written once, its actions below. */
export function actionPlanSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["Jämställdhetsplan – handlingsplan"],
    [],
    ["Mål", "Åtgärd/aktiviteter", "Uppföljning", "Ansvar", "Amn"],
  ];
  const merges: string[] = [];
  for (const goal of seedActionPlan) {
    const start = rows.length + 1;
    goal.actions.forEach((a, i) =>
      rows.push([i === 0 ? goal.goal : null, a.action, a.followUp, a.responsible, a.note]),
    );
    if (goal.actions.length > 1) merges.push(`A${start}:A${rows.length}`);
  }
  return { name: "Handlingsplan", rows, merges, widths: [45, 50, 35, 12, 14] };
}

/** Seed 004's indicator "Antal som deltagit i utbildningsinsatser", by sex. */
export function participationSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["Antal som deltagit i utbildningsinsatser 2016"],
    [],
    ["Insats", "Kvinnor", "Män", "Annat/Ej angivet", "Totalt"],
    ...PARTICIPATION_2016.map((p) => [p.title, p.women, p.men, p.other, p.women + p.men + p.other]),
    [
      "Totalt",
      PARTICIPATION_2016.reduce((n, p) => n + p.women, 0),
      PARTICIPATION_2016.reduce((n, p) => n + p.men, 0),
      PARTICIPATION_2016.reduce((n, p) => n + p.other, 0),
      PARTICIPATION_2016.reduce((n, p) => n + p.women + p.men + p.other, 0),
    ],
  ];
  return { name: "Deltagande", rows, widths: [50, 10, 10, 16, 10] };
}

/** Indicator mistakes: units that disagree, an unreadable outcome, an activity without owner, a wrong total. */
export function indicatorMistakesSheet(): RawSheet {
  return {
    name: "Mätetal med fel",
    widths: [40, 10, 12, 30, 20, 12],
    rows: [
      ["Uppföljning T2 – enhet Söder"],
      [],
      ["Indikator", "Målvärde", "Utfall", "Aktivitet", "Ansvarig", "Slutdatum"],
      ["Andel deltagare som fått arbete", "40 %", "12 dagar", null, null, null],
      ["Andel elever med godkända betyg", "80 %", "ca hälften", null, null, null],
      ["Total sjukfrånvaro", "4,9 %", "6,1 %", "Hälsoinsats", null, "2026-06-30"],
      [null, null, null, "Uppföljning av korttidsfrånvaro", null, null],
      ["Antal anmälda arbetsskador", "0 st", "2 st", null, null, "snart"],
    ],
  };
}

export function payrollSheet(employees: readonly PayrollEmployee[]): RawSheet {
  const rows: RawCell[][] = [
    ["Löneunderlag september 2026 – export från HR-systemet"],
    ["Syntetiska uppgifter för test. Lön = överenskommen månadslön; deltid anges i Sysselsättningsgrad."],
    [],
    PAYROLL_HEADER,
  ];
  const formats: Record<string, string> = {};
  for (const e of employees) {
    rows.push(payrollRow(e, null));
    if (e.employmentFormat) formats[`E${rows.length}`] = e.employmentFormat;
  }
  return { name: "Lönelista", rows, formats, widths: [9, 28, 7, 12, 18, 14, 18, 18, 14, 14] };
}

function meanOf(values: number[]): number | null {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
}

function medianOf(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(median * 100) / 100;
}

/** The payroll summed per befattning from full-time pay, as HR's summary report would give it. */
export function perPositionSheet(employees: readonly PayrollEmployee[]): RawSheet {
  const titles = [...new Set(employees.map((e) => e.title))];
  const rows: RawCell[][] = [
    ["Lönekartläggning 2026 – sammanställning per befattning (heltidslöner)"],
    [],
    [
      "Befattning",
      "Antal kvinnor",
      "Antal män",
      "Medellön kvinnor",
      "Medellön män",
      "Medianlön kvinnor",
      "Medianlön män",
      "Arbetsvärdering",
    ],
  ];
  for (const title of titles) {
    const group = employees.filter((e) => e.title === title);
    const pay = (sex: "woman" | "man") =>
      group.filter((e) => e.truth.sex === sex && e.truth.fullTime !== null).map((e) => e.truth.fullTime!);
    const count = (sex: "woman" | "man") => group.filter((e) => e.truth.sex === sex).length;
    rows.push([
      title,
      count("woman"),
      count("man"),
      meanOf(pay("woman")),
      meanOf(pay("man")),
      medianOf(pay("woman")),
      medianOf(pay("man")),
      group[0].valuation,
    ]);
  }
  return { name: "Per befattning", rows, widths: [28, 12, 10, 16, 14, 16, 14, 14] };
}

const PROCUREMENT_HEADER = [
  "Avtalsområde",
  "Beskrivning",
  "Planerat \nstartdatum för \nupphandling",
  "Avtalsperiod (fr.o.m - t.o.m) inkl \nförlängningsoptioner",
  "Uppskattat kontraktsvärde",
  "Kontraktstyp \n(vara/tjänst/ \nentreprenad)",
  "Kommentar",
];

/** Seed 001's procurement plan with its title, instructions and section rows. */
export function procurementSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["PLAN FÖR UPPHANDLING      -     ARBETSMARKNADSNÄMNDEN"],
    ["Vid frågor, kontakta upphandlingsenheten, finansavdelningen, stadsledningskontoret."],
    ["Anvisningar"],
    [
      "Endast upphandlingar där kontraktets sammanlagda värde är över 1.8 miljoner ska redovisas. Med kontraktsvärde avses det sammanlagda värdet som kan komma att betalas ut enligt ett kontrakt inklusive eventuella optioner.",
    ],
    [],
    PROCUREMENT_HEADER,
  ];
  const formats: Record<string, string> = {};
  for (const p of seedProcurementPlan) {
    if (p.area) rows.push([p.area]);
    else
      rows.push([
        null,
        p.description ?? null,
        p.plannedStart ?? null,
        p.period ?? null,
        p.value ?? null,
        p.type ?? null,
        null,
      ]);
    if (typeof p.plannedStart === "number") formats[`C${rows.length}`] = "yyyy-mm-dd";
  }
  return { name: "Plan för upphandling", rows, formats, widths: [30, 45, 14, 34, 14, 14, 20] };
}

/** What goes wrong when the plan is filled in a hurry. */
export function procurementMistakesSheet(): RawSheet {
  return {
    name: "Upphandling med fel",
    widths: [24, 36, 14, 30, 16, 14],
    rows: [
      ["Plan för upphandling 2027 – utkast"],
      [],
      ["Avtalsområde", "Beskrivning", "Planerat startdatum", "Avtalsperiod", "Kontraktsvärde", "Kontraktstyp"],
      ["IT", "Licenser för ärendesystem", "2027-02-01", "2027-06-01 - 2026-05-31", "2,4 mnkr", "Licens"],
      [null, "Supportavtal", "snart", "2027-04-01 - 2030-03-31", "ca två miljoner", "tjänst"],
      [null, "Nätverksutrustning", "2027-03-01", "2027-01-01 – 2029-12-31", "3 200 tkr", "VARA"],
      [null, "Ombyggnad av kontor", "2027-05-01", "enligt avtal", null, "Entreprenad"],
    ],
  };
}

const KUS_HEADER = [
  "Prio",
  "Kompetensutvecklingsinsats",
  "Äskad \nsumma",
  "Utbildning",
  "Vikarietäckning",
  "Övriga kostnader",
  "Målgrupp",
  "Antal medarbetare",
];

/** Seed 001's KUS summary with each application's breakdown, and the Totalt row. */
export function kusSheet(): RawSheet {
  return {
    name: "Ansökningar KUS",
    widths: [6, 50, 14, 14, 14, 14, 40, 16],
    rows: [
      ["Ansökningar KUS, Arbetsmarknadsförvaltningen"],
      [],
      KUS_HEADER,
      ...seedKusApplications.map((a) => [
        a.priority,
        a.title,
        a.requested,
        a.training,
        a.substitutes,
        a.other,
        a.targetGroup,
        a.participants,
      ]),
      [null, "Totalt", "7 257 000", null, null, null, null, null],
    ],
  };
}

/** A request with the mistakes finance sees: a priority twice, one missing, a breakdown that does not add up, a wrong Totalt. */
export function kusMistakesSheet(): RawSheet {
  return {
    name: "KUS med fel",
    widths: [6, 40, 14, 14, 14, 14],
    rows: [
      ["Ansökningar KUS, Arbetsmarknadsförvaltningen – utkast"],
      [],
      ["Prio", "Kompetensutvecklingsinsats", "Äskad summa", "Utbildning", "Vikarietäckning", "Övriga kostnader"],
      [1, "Språkutvecklande undervisning", "1 000 000 kr", "600 tkr", "300 tkr", "50 tkr"],
      [1, "Ledarskap", "200 000 kr", "200 000", null, null],
      [null, "Digital kompetens", "150 000 kr", null, null, null],
      [5, "Arbetsmiljö", "100 000 kr", null, null, null],
      [null, "Totalt", "1 500 000", null, null, null],
    ],
  };
}
