/** The template's own words, Swedish and English: a key missing in either fails tsc. */
import { defineStrings } from "../strings";
import type { ContextOf } from "../types";
import type { codes } from "./codes";

export const strings = defineStrings({
  sv: {
    "template.jobeval": "Arbetsvärdering",
    "blank.jobeval.sheet": "Arbetsvärdering",
    "blank.jobeval.title":
      "Arbetsvärdering – en rad per befattning, varje faktor 1–5; skriv en rad Vikt (i %) under rubriken för att vikta faktorerna",
    "blank.jobeval.job": "Befattning",
    "blank.jobeval.job.help": "Befattningen (eller rollen, AID-koden) som den heter i lönelistan.",
    "blank.jobeval.knowledge": "Kunskap och färdigheter (1-5)",
    "blank.jobeval.knowledge.help": "Krav på utbildning, erfarenhet och problemlösning: 1 (låga) till 5 (mycket höga).",
    "blank.jobeval.responsibility": "Ansvar (1-5)",
    "blank.jobeval.responsibility.help": "Ansvar för resultat, människor, ekonomi och information: 1 till 5.",
    "blank.jobeval.effort": "Ansträngning (1-5)",
    "blank.jobeval.effort.help": "Psykisk, fysisk och social ansträngning i arbetet: 1 till 5.",
    "blank.jobeval.conditions": "Arbetsförhållanden (1-5)",
    "blank.jobeval.conditions.help": "Arbetsmiljö och risker: 1 till 5.",
    "blank.jobeval.valueGroup": "Värdegrupp",
    "blank.jobeval.valueGroup.help":
      "Frivillig: gruppen av likvärdiga arbeten. Tom: Plankoll bildar grupper av poängen.",
    "col.job": "Befattning",
    "col.knowledge": "Kunskap och färdigheter",
    "col.responsibility": "Ansvar",
    "col.effort": "Ansträngning",
    "col.conditions": "Arbetsförhållanden",
    "col.valueGroup": "Värdegrupp",
    "jobeval.overview": "{jobs} arbeten värderade, {groups} värdegrupper, {factors} faktorer",
    "jobeval.weightsEqual": "lika vikt per faktor (ingen rad Vikt)",
    "jobeval.band": "{low}–{high} poäng",
    "column.points": "Plankoll: Poäng",
    "column.group": "Plankoll: Värdegrupp",
    "settings.jobeval.bandWidth": "Arbetsvärdering: poängintervall per värdegrupp",
    "settings.jobeval.scaleMax": "Arbetsvärdering: högsta skalsteg när rubriken inte anger skalan",
  },
  en: {
    "template.jobeval": "Job evaluation",
    "blank.jobeval.sheet": "Arbetsvärdering",
    "blank.jobeval.title":
      "Job evaluation – one row per job, each factor 1–5; write a row Vikt (in %) under the header to weight the factors",
    "blank.jobeval.job": "Befattning",
    "blank.jobeval.job.help": "The job (or role, AID code) as the payroll names it.",
    "blank.jobeval.knowledge": "Kunskap och färdigheter (1-5)",
    "blank.jobeval.knowledge.help": "Education, experience and problem solving required: 1 (low) to 5 (very high).",
    "blank.jobeval.responsibility": "Ansvar (1-5)",
    "blank.jobeval.responsibility.help": "Responsibility for results, people, money and information: 1 to 5.",
    "blank.jobeval.effort": "Ansträngning (1-5)",
    "blank.jobeval.effort.help": "Mental, physical and social effort: 1 to 5.",
    "blank.jobeval.conditions": "Arbetsförhållanden (1-5)",
    "blank.jobeval.conditions.help": "Working environment and risks: 1 to 5.",
    "blank.jobeval.valueGroup": "Värdegrupp",
    "blank.jobeval.valueGroup.help":
      "Optional: the group of jobs of equal value. Empty: Plankoll forms groups from the points.",
    "col.job": "Job",
    "col.knowledge": "Knowledge and skills",
    "col.responsibility": "Responsibility",
    "col.effort": "Effort",
    "col.conditions": "Working conditions",
    "col.valueGroup": "Value group",
    "jobeval.overview": "{jobs} jobs evaluated, {groups} value groups, {factors} factors",
    "jobeval.weightsEqual": "equal weight per factor (no row Vikt)",
    "jobeval.band": "{low}–{high} points",
    "column.points": "Plankoll: Points",
    "column.group": "Plankoll: Value group",
    "settings.jobeval.bandWidth": "Job evaluation: points per value group",
    "settings.jobeval.scaleMax": "Job evaluation: the scale's top step where the header gives none",
  },
});

export type Ctx = ContextOf<typeof strings, typeof codes>;
