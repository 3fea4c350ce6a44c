/** The template's own words, Swedish and English: a key missing in either fails tsc. */
import { defineStrings } from "../strings";
import type { ContextOf } from "../types";

export const strings = defineStrings({
  sv: {
    "col.goal": "Mål",
    "col.planAction": "Åtgärd/aktiviteter",
    "col.followUp": "Uppföljning",
    "col.status": "Status",
    "compare.noStatus": "ingen status angiven",
    "template.actionplan": "Aktivitetsplan",
    "blank.actionplan.sheet": "Aktivitetsplan",
    "blank.actionplan.title": "Aktivitetsplan – varje åtgärd behöver uppföljning, ansvarig och slutdatum",
    "blank.actionplan.goal": "Mål",
    "blank.actionplan.goal.help":
      "Målet eller delmålet; skriv det en gång, raderna under hör till det tills nästa mål.",
    "blank.actionplan.action": "Åtgärd/aktiviteter",
    "blank.actionplan.action.help": "Vad som ska göras, en åtgärd per rad.",
    "blank.actionplan.followUp": "Uppföljning",
    "blank.actionplan.followUp.help": "Hur och när åtgärden följs upp (krävs).",
    "blank.actionplan.responsible": "Ansvar",
    "blank.actionplan.responsible.help": "Vem som ansvarar för åtgärden (krävs).",
    "blank.actionplan.endDate": "Slutdatum",
    "blank.actionplan.endDate.help": "När åtgärden ska vara klar (ÅÅÅÅ-MM-DD).",
    "pane.actionSummary": "{actions} {actions|åtgärd|åtgärder} under {goals} mål, {withoutOwner} utan ansvarig",
  },
  en: {
    "col.goal": "Goal",
    "col.planAction": "Actions/activities",
    "col.followUp": "Follow-up",
    "col.status": "Status",
    "compare.noStatus": "no status given",
    "template.actionplan": "Action plan",
    "blank.actionplan.sheet": "Action plan",
    "blank.actionplan.title": "Action plan – every action needs a follow-up, an owner and an end date",
    "blank.actionplan.goal": "Mål",
    "blank.actionplan.goal.help":
      "The goal or sub-goal (Mål); write it once, the rows below belong to it until the next goal.",
    "blank.actionplan.action": "Åtgärd/aktiviteter",
    "blank.actionplan.action.help": "What is to be done, one action per row.",
    "blank.actionplan.followUp": "Uppföljning",
    "blank.actionplan.followUp.help": "How and when the action is followed up (required).",
    "blank.actionplan.responsible": "Ansvar",
    "blank.actionplan.responsible.help": "Who is responsible for the action (required).",
    "blank.actionplan.endDate": "Slutdatum",
    "blank.actionplan.endDate.help": "When the action is to be done (YYYY-MM-DD).",
    "pane.actionSummary":
      "{actions} {actions|action|actions} under {goals} {goals|goal|goals}, {withoutOwner} without an owner",
  },
});

/** What this template's code sees: its own words and codes beside the core's. */
export type Ctx = ContextOf<typeof strings>;
