/** The template's own words, Swedish and English: a key missing in either fails tsc. */
import { defineStrings } from "../strings";
import type { ContextOf } from "../types";
import type { codes, wordings } from "./codes";

export const strings = defineStrings({
  sv: {
    "template.controls": "Internkontrollplan: uppföljning av kontroller",
    "col.controlProcess": "Process",
    "col.approach": "Arbetssätt",
    "col.controlKind": "Löpande kontroll/Systematiska kontroller",
    "col.incident": "Oönskad händelse",
    "col.checkOf": "Uppföljning av arbetssätt/löpande kontroll",
    "col.checkDescription": "Beskrivning av uppföljning / kontroll",
    "col.checkMethod": "Metod för uppföljning / kontroll",
    "col.frequency": "Frekvens",
    "col.reportTo": "Rapporteras till",
    "pane.controlsSummary":
      "{controls} kontroller i {processes} processer för {risks} oönskade händelser · utan metod {withoutMethod} · utan ansvarig {withoutOwner}",
    "settings.controls.riskZone": "Internkontrollplan: risker som ska ha en kontroll",
    "settings.controls.riskZone.low": "Alla risker",
    "settings.controls.riskZone.medium": "Medium och kritisk zon",
    "settings.controls.riskZone.critical": "Kritisk zon",
    "blank.controls.sheet": "Uppföljning av kontroller",
    "blank.controls.title":
      "Nämndens planerade uppföljning av den löpande kontrollen – en rad per kontroll, med metod och ansvarig",
    "blank.controls.process": "Process",
    "blank.controls.process.help": "Processen kontrollen hör till; skriv den en gång, raderna under hör till den.",
    "blank.controls.approach": "Arbetssätt",
    "blank.controls.approach.help": "Arbetssättet inom processen.",
    "blank.controls.incident": "Oönskad händelse",
    "blank.controls.incident.help": "Den oönskade händelse (risk) som kontrollen följer upp, som i riskanalysen.",
    "blank.controls.checkOf": "Uppföljning av arbetssätt/löpande kontroll",
    "blank.controls.checkOf.help": "Vad som följs upp.",
    "blank.controls.checkDescription": "Beskrivning av uppföljning / kontroll",
    "blank.controls.checkDescription.help": "Hur kontrollen görs.",
    "blank.controls.checkMethod": "Metod för uppföljning / kontroll",
    "blank.controls.checkMethod.help":
      "Stickprov, Registerkontroll, Avstämning, Genomgång, Granskning, Intervju, Enkät …",
    "blank.controls.responsible": "Ansvarig",
    "blank.controls.responsible.help": "Den roll som gör kontrollen.",
    "blank.controls.frequency": "Frekvens",
    "blank.controls.frequency.help": "Löpande, Månadsvis, Varje tertial, T1, Årligen eller ett datum.",
    "blank.controls.reportTo": "Rapporteras till",
    "blank.controls.reportTo.help": "Vem resultatet rapporteras till.",
  },
  en: {
    "template.controls": "Internal control plan: follow-up of controls",
    "col.controlProcess": "Process",
    "col.approach": "Way of working",
    "col.controlKind": "Ongoing control/Systematic controls",
    "col.incident": "Undesired event",
    "col.checkOf": "Follow-up of way of working/ongoing control",
    "col.checkDescription": "Description of follow-up / control",
    "col.checkMethod": "Method of follow-up / control",
    "col.frequency": "Frequency",
    "col.reportTo": "Reported to",
    "pane.controlsSummary":
      "{controls} controls in {processes} processes for {risks} undesired events · without method {withoutMethod} · without owner {withoutOwner}",
    "settings.controls.riskZone": "Internal control plan: risks that need a control",
    "settings.controls.riskZone.low": "Every risk",
    "settings.controls.riskZone.medium": "Medium and critical zone",
    "settings.controls.riskZone.critical": "Critical zone",
    "blank.controls.sheet": "Uppföljning av kontroller",
    "blank.controls.title":
      "The board's planned follow-up of ongoing control – one row per control, with method and owner",
    "blank.controls.process": "Process",
    "blank.controls.process.help": "The process the control belongs to; write it once, the rows below belong to it.",
    "blank.controls.approach": "Arbetssätt",
    "blank.controls.approach.help": "The way of working within the process.",
    "blank.controls.incident": "Oönskad händelse",
    "blank.controls.incident.help": "The undesired event (risk) the control follows up, as in the risk analysis.",
    "blank.controls.checkOf": "Uppföljning av arbetssätt/löpande kontroll",
    "blank.controls.checkOf.help": "What is followed up.",
    "blank.controls.checkDescription": "Beskrivning av uppföljning / kontroll",
    "blank.controls.checkDescription.help": "How the control is made.",
    "blank.controls.checkMethod": "Metod för uppföljning / kontroll",
    "blank.controls.checkMethod.help":
      "Stickprov, Registerkontroll, Avstämning, Genomgång, Granskning, Intervju, Enkät …",
    "blank.controls.responsible": "Ansvarig",
    "blank.controls.responsible.help": "The role that makes the control.",
    "blank.controls.frequency": "Frekvens",
    "blank.controls.frequency.help": "Löpande, Månadsvis, Varje tertial, T1, Årligen or a date.",
    "blank.controls.reportTo": "Rapporteras till",
    "blank.controls.reportTo.help": "Who the result is reported to.",
  },
});

/** What this template's code sees: its own words and codes beside the core's. */
export type Ctx = ContextOf<typeof strings, typeof codes, typeof wordings>;
