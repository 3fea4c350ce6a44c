/** Large risk registers for tests and the benchmark: seed 001's risks repeated with variation and some mistakes. */
import type { CellValue } from "../src/core/types";
import { internalControlRisks } from "./seedData";

/** A small deterministic generator (mulberry32), so every run builds the same sheet. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const P_LABELS = ["1.Osannolikt", "2.Mindre sannolikt", "3.Möjlig", "4.Sannolikt", "5.Mycket sannolikt"];
const K_LABELS = ["1.Försumbar", "2.Lindrig", "3.Kännbar", "4.Allvarlig", "5.Mycket allvarlig"];

/** Header plus `rows` risks; about one row in fifty has a mistake. */
export function riskRegisterRows(rows: number, seed = 1): CellValue[][] {
  const random = seededRandom(seed);
  const out: CellValue[][] = [
    ["Riskregister (genererat)"],
    [],
    ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"],
  ];
  for (let i = 0; i < rows; i++) {
    const base = internalControlRisks[i % internalControlRisks.length];
    const p = 1 + Math.floor(random() * 5);
    const k = 1 + Math.floor(random() * 5);
    let value: CellValue = p * k;
    const roll = random();
    if (roll < 0.01) value = p * k + 1;
    else if (roll < 0.015) value = "";
    else if (roll < 0.02) value = "#REF!";
    const process = i % 7 === 0 ? base.process : "";
    const action = p * k >= 10 && random() < 0.8 ? base.action || "Se över rutinen" : "";
    out.push([process, i + 1, `${base.event} (${i + 1})`, P_LABELS[p - 1], K_LABELS[k - 1], value, action]);
  }
  return out;
}

const INDICATOR_NAMES = [
  "Andel medarbetare som svarar ”mellan” eller ”högt” på fråga nr 7",
  "Total sjukfrånvaro",
  "Skillnaden i långtidssjukfrånvaro mellan män och kvinnor",
  "Andel deltagare som gått vidare till arbete eller studier",
  "Antal anmälda tillbud",
];

/** Header plus `rows` indicator rows: every fourth an activity row, some outcomes missing or off. */
export function indicatorRows(rows: number, seed = 2): CellValue[][] {
  const random = seededRandom(seed);
  const out: CellValue[][] = [
    ["Mätetal (genererat)"],
    [],
    ["Mätetal", "Årsmål", "Utfall", "Utfall kvinnor", "Utfall män", "Aktivitet/åtgärd", "Ansvarig grupp", "Slutdatum"],
  ];
  for (let i = 0; i < rows; i++) {
    if (i % 4 === 3) {
      out.push(["", "", "", "", "", `Aktivitet ${i}`, random() < 0.95 ? "HR" : "", 46387]);
      continue;
    }
    const name = `${INDICATOR_NAMES[i % INDICATOR_NAMES.length]} (${i})`;
    const target = Math.round(random() * 100);
    const outcome = random() < 0.1 ? "" : `${(target * (0.8 + random() * 0.4)).toFixed(1).replace(".", ",")} %`;
    const split = random() < 0.5;
    // Most deadlines lie ahead (2026-12-31); one in twenty has passed (2025-12-31).
    const endDate = random() < 0.05 ? 46022 : 46387;
    out.push([
      name,
      `${target} %`,
      outcome,
      split ? `${target} %` : "",
      split ? `${target - 2} %` : "",
      "",
      "",
      endDate,
    ]);
  }
  return out;
}

export interface PayrollEmployee {
  id: number;
  title: string;
  /** Kön as typed in the export. */
  sex: CellValue;
  salary: CellValue;
  employment: CellValue;
  /** Number format of the Sysselsättningsgrad cell, when it is percent-formatted. */
  employmentFormat?: string;
  valuation: number;
  unit: string;
  /** Lönetransparens: a monthly supplement, variable pay over the year, hours worked in the year. */
  allowance: number;
  variable: number;
  hours: number;
  /** What a careful reader makes of the row: null where the row cannot be compared. */
  truth: { sex: "woman" | "man" | "other" | null; fullTime: number | null };
}

interface PositionPlan {
  title: string;
  women: number;
  men: number;
  /** Typical full-time pay for women and men. */
  payWomen: number;
  payMen: number;
  valuation: number;
}

/**
 * Stockholm-like befattningar: jobbcoach with 30 men of 125 (seed 001, sep 2016), one befattning
 * of one sex only, small groups, kvinnodominerade befattningar valued high but paid less.
 */
export const PAYROLL_POSITIONS: PositionPlan[] = [
  { title: "Jobbcoach", women: 95, men: 30, payWomen: 33_800, payMen: 34_600, valuation: 5 },
  { title: "Arbetsmarknadshandläggare", women: 22, men: 14, payWomen: 35_400, payMen: 35_900, valuation: 5 },
  { title: "Studie- och yrkesvägledare", women: 14, men: 3, payWomen: 36_200, payMen: 36_000, valuation: 6 },
  { title: "Socialsekreterare", women: 18, men: 4, payWomen: 37_900, payMen: 38_100, valuation: 6 },
  { title: "Lärare SFI", women: 20, men: 9, payWomen: 36_500, payMen: 37_000, valuation: 6 },
  { title: "Enhetschef", women: 9, men: 7, payWomen: 52_000, payMen: 56_500, valuation: 8 },
  { title: "Avdelningschef", women: 3, men: 3, payWomen: 68_000, payMen: 62_000, valuation: 9 },
  { title: "Administratör", women: 16, men: 2, payWomen: 29_800, payMen: 30_500, valuation: 3 },
  { title: "Ekonom", women: 6, men: 5, payWomen: 41_000, payMen: 42_200, valuation: 6 },
  { title: "Controller", women: 2, men: 3, payWomen: 47_000, payMen: 46_500, valuation: 7 },
  { title: "HR-specialist", women: 7, men: 1, payWomen: 44_500, payMen: 44_000, valuation: 6 },
  { title: "IT-tekniker", women: 1, men: 8, payWomen: 34_000, payMen: 39_500, valuation: 5 },
  { title: "Utredare", women: 8, men: 6, payWomen: 43_800, payMen: 44_100, valuation: 6 },
  { title: "Kommunikatör", women: 5, men: 2, payWomen: 42_000, payMen: 41_000, valuation: 6 },
  { title: "Vaktmästare", women: 0, men: 4, payWomen: 0, payMen: 31_500, valuation: 3 },
  { title: "Projektledare", women: 6, men: 6, payWomen: 45_000, payMen: 45_500, valuation: 6 },
  { title: "Handledare", women: 4, men: 9, payWomen: 31_000, payMen: 32_800, valuation: 4 },
];

const WOMAN_NOTATIONS = ["K", "K", "K", "K", "Kvinna", "kvinna", "k"];
const MAN_NOTATIONS = ["M", "M", "M", "M", "Man", "man", "MAN"];

/** A payroll export of the befattningar above, with part-timers, odd notations and a few unreadable rows. */
export function payrollEmployees(seed = 4, scale = 1): PayrollEmployee[] {
  const random = seededRandom(seed);
  // The directive's figures from a stream of their own: the rest of the payroll stays as it was.
  const extra = seededRandom(seed + 1000);
  const out: PayrollEmployee[] = [];
  let id = 1001;
  for (let copy = 0; copy < scale; copy++) {
    for (const plan of PAYROLL_POSITIONS) {
      const title = copy === 0 ? plan.title : `${plan.title} ${copy + 1}`;
      const people: ("woman" | "man")[] = [...Array(plan.women).fill("woman"), ...Array(plan.men).fill("man")];
      for (const sex of people) {
        const base = sex === "woman" ? plan.payWomen : plan.payMen;
        const fullTime = Math.round((base * (0.92 + random() * 0.16)) / 100) * 100;
        const partTime = random() < 0.12;
        const rate = partTime ? [0.5, 0.75, 0.8, 0.9][Math.floor(random() * 4)] : 1;
        const monthly = Math.round(fullTime * rate);
        const notations = sex === "woman" ? WOMAN_NOTATIONS : MAN_NOTATIONS;
        const style = random();
        // Sysselsättningsgrad as exports give it: a percent-formatted fraction, "75 %", 0,75 or 75.
        let employment: CellValue = rate;
        let employmentFormat: string | undefined = "0%";
        if (style < 0.15) {
          employment = `${Math.round(rate * 100)} %`;
          employmentFormat = undefined;
        } else if (style < 0.25) {
          employmentFormat = undefined;
        } else if (style < 0.3) {
          employment = Math.round(rate * 100);
          employmentFormat = undefined;
        }
        const salary: CellValue = random() < 0.08 ? `${monthly.toLocaleString("sv-SE")} kr` : monthly;
        out.push({
          id: id++,
          title,
          sex: notations[Math.floor(random() * notations.length)],
          salary,
          employment,
          employmentFormat,
          valuation: plan.valuation,
          unit: ["Jobbtorg Söder", "Jobbtorg City", "Vuxenutbildning", "Staben"][Math.floor(random() * 4)],
          // Supplements and variable pay go a little more often, and larger, to men.
          allowance: extra() < (sex === "man" ? 0.3 : 0.2) ? Math.round((400 + extra() * 1600) / 50) * 50 : 0,
          variable: extra() < (sex === "man" ? 0.18 : 0.1) ? Math.round((2000 + extra() * 18000) / 100) * 100 : 0,
          hours: Math.round(rate * 2080 * (0.93 + extra() * 0.05)),
          truth: { sex, fullTime: monthly / rate },
        });
      }
    }
  }
  // What real exports hold too: a Kön outside K/M, a missing Kön, an unreadable salary.
  const other = out[3];
  other.sex = "Ej angivet";
  other.truth = { sex: "other", fullTime: other.truth.fullTime };
  const blank = out[10];
  blank.sex = "";
  blank.truth = { sex: null, fullTime: null };
  const unreadable = out[40];
  unreadable.salary = "se avtal";
  unreadable.truth = { sex: unreadable.truth.sex, fullTime: null };
  return out;
}

/** The payroll export's header, as the sample and the generated payrolls have it. */
export const PAYROLL_HEADER = [
  "Anst.nr",
  "Befattning",
  "Kön",
  "Månadslön",
  "Sysselsättningsgrad",
  "Arbetsvärdering",
  "Enhet",
  "Lönetillägg per månad",
  "Rörlig lön (år)",
  "Arbetade timmar",
];

/** One employee's row under PAYROLL_HEADER; `blank` stands where there is no supplement or variable pay. */
export function payrollRow(e: PayrollEmployee, blank: CellValue = ""): CellValue[] {
  return [
    e.id,
    e.title,
    e.sex,
    e.salary,
    e.employment,
    e.valuation,
    e.unit,
    e.allowance || blank,
    e.variable || blank,
    e.hours,
  ];
}

/** A payroll export of `rows` employees (the befattningar above, repeated under numbered titles). */
export function payrollRows(rows: number, seed = 4): CellValue[][] {
  const employees = payrollEmployees(seed, Math.ceil(rows / 352)).slice(0, rows);
  return [["Löneunderlag (genererat)"], [], PAYROLL_HEADER, ...employees.map((e) => payrollRow(e))];
}

const AREAS = ["Vuxenutbildning", "Jobbtorg Stockholm", "Ekonomistaben", "HR-staben", "FINSAM"];
const VALUES = ["6,0 Mnkr", "1,5 mnkr", "60 mnkr", "3,8 mnkr", "3 200 tkr", "2 400 000 kr", "???   2 mnkr"];
const TYPES = ["Tjänst", "Tjänster", "Varor", "vara", "Entreprenad"];

/** A procurement plan of `rows` procurements under section rows, in the seed's value forms. */
export function procurementRows(rows: number, seed = 5): CellValue[][] {
  const random = seededRandom(seed);
  const out: CellValue[][] = [
    ["Plan för upphandling (genererad)"],
    [],
    [
      "Avtalsområde",
      "Beskrivning",
      "Planerat startdatum för upphandling",
      "Avtalsperiod (fr.o.m - t.o.m) inkl förlängningsoptioner",
      "Uppskattat kontraktsvärde",
      "Kontraktstyp (vara/tjänst/entreprenad)",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    if (i % 50 === 0) out.push([AREAS[(i / 50) % AREAS.length]]);
    const start = random() < 0.2 ? "Pågår" : 46023 + Math.floor(random() * 300);
    const year = 2027 + Math.floor(random() * 3);
    const options = random() < 0.3 ? " +1 +1" : "";
    out.push([
      "",
      `Upphandling ${i + 1}`,
      start,
      `${year}-07-01 – ${year + 3}-06-30${options}`,
      VALUES[i % VALUES.length],
      TYPES[i % TYPES.length],
    ]);
  }
  return out;
}

/** A KUS summary of `rows` applications with breakdowns and a Totalt row. */
export function kusRows(rows: number): CellValue[][] {
  const out: CellValue[][] = [
    ["Ansökningar KUS, Arbetsmarknadsförvaltningen (genererad)"],
    [],
    [
      "Prio",
      "Kompetensutvecklingsinsats",
      "Äskad summa",
      "Utbildning",
      "Vikarietäckning",
      "Övriga kostnader",
      "Antal medarbetare",
    ],
  ];
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const training = 100_000 + (i % 17) * 10_000;
    const substitutes = (i % 5) * 20_000;
    total += training + substitutes + 15_000;
    out.push([
      i + 1,
      `Insats ${i + 1}`,
      `${(training + substitutes + 15_000).toLocaleString("sv-SE")} kr`,
      `${training / 1000} tkr`,
      substitutes,
      "15 000 kr",
      10 + (i % 40),
    ]);
  }
  out.push(["", "Totalt", total, "", "", "", ""]);
  return out;
}

const GOALS = [
  "Jämställda löner",
  "Ingen ska utsättas för trakasserier",
  "Minskad sjukfrånvaro",
  "Fler når arbete eller studier",
];
const ACTIONS = ["Lönekartläggning", "Utbildning för chefer", "Uppföljning i APT", "Ny rutin", "Enkät"];

/** Header plus `rows` actions under a goal every fifth row; some without owner, date or follow-up. */
export function actionPlanRows(rows: number, seed = 6): CellValue[][] {
  const random = seededRandom(seed);
  const out: CellValue[][] = [
    ["Aktivitetsplan (genererad)"],
    [],
    ["Mål", "Åtgärd/aktiviteter", "Uppföljning", "Ansvar", "Slutdatum"],
  ];
  for (let i = 0; i < rows; i++) {
    const roll = random();
    out.push([
      i % 5 === 0 ? GOALS[(i / 5) % GOALS.length] : "",
      `${ACTIONS[i % ACTIONS.length]} (${i + 1})`,
      roll < 0.03 ? "" : "Halvårsvis",
      roll > 0.97 ? "" : "HR",
      roll > 0.5 && roll < 0.52 ? "snart" : `2027-${String(1 + (i % 12)).padStart(2, "0")}-28`,
    ]);
  }
  return out;
}

/** Header plus `rows` categories counted by sex; some totals that do not add up. */
export function genderStatsRows(rows: number, seed = 7): CellValue[][] {
  const random = seededRandom(seed);
  const out: CellValue[][] = [
    ["Antal som deltagit i utbildningsinsatser (genererad)"],
    [],
    ["Kategori", "Kvinnor", "Män", "Annat/Ej angivet", "Totalt"],
  ];
  for (let i = 0; i < rows; i++) {
    const women = Math.floor(random() * 40);
    const men = Math.floor(random() * 40);
    const other = random() < 0.1 ? 1 : 0;
    const total = women + men + other + (random() < 0.02 ? 1 : 0);
    out.push([`Insats ${i + 1}`, women, men, other || "", total]);
  }
  return out;
}

/** A generated register for every template, by template id: the bench's and the tests' inputs. */
export const GENERATORS: Record<string, (rows: number) => CellValue[][]> = {
  risk: riskRegisterRows,
  indicators: indicatorRows,
  actionplan: actionPlanRows,
  genderstats: genderStatsRows,
  salary: payrollRows,
  procurement: procurementRows,
  kus: kusRows,
};
