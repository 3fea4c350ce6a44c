/** The template's own words, Swedish and English: a key missing in either fails tsc. */
import { defineStrings } from "../strings";
import type { ContextOf } from "../types";
import type { codes } from "./codes";

export const strings = defineStrings({
  sv: {
    "template.jobeval": "Arbetsvärdering",
    "blank.jobeval.sheet": "Arbetsvärdering",
    "blank.jobeval.title":
      "Arbetsvärdering – en rad per befattning, varje delfaktor 1–4; raden Vikt anger delfaktorernas vikt (summa 100 %)",
    "blank.jobeval.job": "Befattning",
    "blank.jobeval.job.help":
      "Befattningen (eller rollen, AID-koden) som den heter i lönelistan. Första raden, Vikt, är vikterna.",
    "blank.jobeval.weights": "Vikt",
    "blank.jobeval.knowledge": "Kunskap och färdigheter",
    "blank.jobeval.responsibility": "Ansvar",
    "blank.jobeval.effort": "Ansträngning",
    "blank.jobeval.conditions": "Arbetsförhållanden",
    "blank.jobeval.education": "Utbildning och erfarenhet (1-4)",
    "blank.jobeval.education.help":
      "Krav på utbildning och erfarenhet: 1 (ingen särskild) till 4 (lång högskoleutbildning och erfarenhet).",
    "blank.jobeval.problemSolving": "Problemlösning (1-4)",
    "blank.jobeval.problemSolving.help":
      "Hur svåra och nya problem arbetet löser: 1 (rutin) till 4 (komplexa, utan förebild).",
    "blank.jobeval.socialSkills": "Sociala färdigheter (1-4)",
    "blank.jobeval.socialSkills.help":
      "Krav på att kommunicera, förhandla och bemöta: 1 (enkla kontakter) till 4 (svåra samtal, konflikter).",
    "blank.jobeval.forResults": "Ansvar för resultat (1-4)",
    "blank.jobeval.forResults.help":
      "Ansvar för verksamhetens resultat och beslut: 1 (egna uppgifter) till 4 (hela verksamheten).",
    "blank.jobeval.forPeople": "Ansvar för människor (1-4)",
    "blank.jobeval.forPeople.help":
      "Ansvar för andras hälsa, utveckling eller ledning: 1 (inget) till 4 (personal- eller omsorgsansvar för många).",
    "blank.jobeval.forResources": "Ansvar för ekonomi och information (1-4)",
    "blank.jobeval.forResources.help": "Ansvar för pengar, material och känslig information: 1 (litet) till 4 (stort).",
    "blank.jobeval.mental": "Psykisk ansträngning (1-4)",
    "blank.jobeval.mental.help": "Koncentration, tidspress och avbrott: 1 (låg) till 4 (mycket hög).",
    "blank.jobeval.physical": "Fysisk ansträngning (1-4)",
    "blank.jobeval.physical.help": "Lyft, ställningar och rörelse: 1 (låg) till 4 (mycket hög).",
    "blank.jobeval.emotional": "Emotionell ansträngning (1-4)",
    "blank.jobeval.emotional.help": "Att möta människor i svåra situationer: 1 (sällan) till 4 (dagligen).",
    "blank.jobeval.environment": "Fysisk arbetsmiljö (1-4)",
    "blank.jobeval.environment.help": "Buller, klimat, risker för skada: 1 (kontorsmiljö) till 4 (påtagliga risker).",
    "blank.jobeval.psychosocial": "Psykosocial arbetsmiljö (1-4)",
    "blank.jobeval.psychosocial.help": "Hot, våld och ensamarbete: 1 (inga) till 4 (återkommande).",
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
      "Job evaluation – one row per job, each sub-factor 1–4; the row Vikt gives the sub-factors' weights (summing to 100 %)",
    "blank.jobeval.job": "Befattning",
    "blank.jobeval.job.help":
      "The job (or role, AID code) as the payroll names it. The first row, Vikt, holds the weights.",
    "blank.jobeval.weights": "Vikt",
    "blank.jobeval.knowledge": "Kunskap och färdigheter",
    "blank.jobeval.responsibility": "Ansvar",
    "blank.jobeval.effort": "Ansträngning",
    "blank.jobeval.conditions": "Arbetsförhållanden",
    "blank.jobeval.education": "Utbildning och erfarenhet (1-4)",
    "blank.jobeval.education.help":
      "Education and experience required: 1 (none in particular) to 4 (long university studies and experience).",
    "blank.jobeval.problemSolving": "Problemlösning (1-4)",
    "blank.jobeval.problemSolving.help":
      "How hard and new the problems are: 1 (routine) to 4 (complex, without precedent).",
    "blank.jobeval.socialSkills": "Sociala färdigheter (1-4)",
    "blank.jobeval.socialSkills.help":
      "Communicating, negotiating and meeting people: 1 (simple contacts) to 4 (hard conversations, conflicts).",
    "blank.jobeval.forResults": "Ansvar för resultat (1-4)",
    "blank.jobeval.forResults.help":
      "Responsibility for results and decisions: 1 (own tasks) to 4 (the whole operation).",
    "blank.jobeval.forPeople": "Ansvar för människor (1-4)",
    "blank.jobeval.forPeople.help":
      "Responsibility for others' health, development or leadership: 1 (none) to 4 (staff or care of many).",
    "blank.jobeval.forResources": "Ansvar för ekonomi och information (1-4)",
    "blank.jobeval.forResources.help":
      "Responsibility for money, material and sensitive information: 1 (little) to 4 (great).",
    "blank.jobeval.mental": "Psykisk ansträngning (1-4)",
    "blank.jobeval.mental.help": "Concentration, time pressure and interruptions: 1 (low) to 4 (very high).",
    "blank.jobeval.physical": "Fysisk ansträngning (1-4)",
    "blank.jobeval.physical.help": "Lifting, postures and movement: 1 (low) to 4 (very high).",
    "blank.jobeval.emotional": "Emotionell ansträngning (1-4)",
    "blank.jobeval.emotional.help": "Meeting people in hard situations: 1 (rarely) to 4 (daily).",
    "blank.jobeval.environment": "Fysisk arbetsmiljö (1-4)",
    "blank.jobeval.environment.help": "Noise, climate, risk of injury: 1 (office) to 4 (marked risks).",
    "blank.jobeval.psychosocial": "Psykosocial arbetsmiljö (1-4)",
    "blank.jobeval.psychosocial.help": "Threats, violence and working alone: 1 (none) to 4 (recurring).",
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
