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
