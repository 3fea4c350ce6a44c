/** The template's own words, Swedish and English: a key missing in either fails tsc. */
import { defineStrings } from "../strings";
import type { ContextOf } from "../types";
import type { codes, wordings } from "./codes";

export const strings = defineStrings({
  sv: {
    "template.payplan": "Lönekartläggning – analys och åtgärder",
    "col.payplanSubject": "Befattning/grupp",
    "col.payplanAnalysis": "Analys",
    "col.payplanJustified": "Saklig grund",
    "col.payplanMeasure": "Åtgärd",
    "col.payplanAmount": "Belopp",
    "col.payplanDone": "Genomförd",
    "col.payplanYear": "År",
    "payplan.overview":
      "{analyses} analyser ({justified} med saklig grund), {planned} planerade åtgärder, {followed} att följa upp",
    "blank.payplan.sheet": "Analys och åtgärder",
    "blank.payplan.title":
      "Lönekartläggning – analys av varje flaggad skillnad och åtgärder med belopp och år; förra årets åtgärder följs upp i Genomförd",
    "blank.payplan.subject": "Befattning/grupp",
    "blank.payplan.subject.help": "Befattningen eller värdegruppen som den heter i lönelistan eller arbetsvärderingen.",
    "blank.payplan.analysis": "Analys",
    "blank.payplan.analysis.help":
      "Vad skillnaden beror på: erfarenhet, marknad, prestation … (krävs för en flaggad skillnad).",
    "blank.payplan.justified": "Saklig grund (Ja/Nej)",
    "blank.payplan.justified.help": "Ja: skillnaden har saklig grund och inget samband med kön. Nej: den ska rättas.",
    "blank.payplan.measure": "Åtgärd",
    "blank.payplan.measure.help": "Den lönejustering eller annan åtgärd som planeras.",
    "blank.payplan.amount": "Belopp (kr/år)",
    "blank.payplan.amount.help": "Åtgärdens kostnad per år i kronor.",
    "blank.payplan.done": "Genomförd (Ja/Nej/Delvis)",
    "blank.payplan.done.help": "Fylls i vid nästa års kartläggning: blev åtgärden av?",
    "blank.payplan.year": "År",
    "blank.payplan.year.help": "Året då åtgärden ska vara genomförd (senast inom tre år).",
    "blank.payplan.yes": "Ja",
    "blank.payplan.no": "Nej",
    "blank.payplan.partly": "Delvis",
  },
  en: {
    "template.payplan": "Pay survey – analysis and measures",
    "col.payplanSubject": "Job/group",
    "col.payplanAnalysis": "Analysis",
    "col.payplanJustified": "Objective grounds",
    "col.payplanMeasure": "Measure",
    "col.payplanAmount": "Amount",
    "col.payplanDone": "Carried out",
    "col.payplanYear": "Year",
    "payplan.overview":
      "{analyses} analyses ({justified} with objective grounds), {planned} measures planned, {followed} to follow up",
    "blank.payplan.sheet": "Analys och åtgärder",
    "blank.payplan.title":
      "Pay survey – the analysis of each flagged difference and the measures with amount and year; last year's measures are followed up in Genomförd",
    "blank.payplan.subject": "Befattning/grupp",
    "blank.payplan.subject.help": "The job or value group as the payroll or the job evaluation names it.",
    "blank.payplan.analysis": "Analys",
    "blank.payplan.analysis.help":
      "What the difference is due to: experience, market, performance … (required for a flagged difference).",
    "blank.payplan.justified": "Saklig grund (Ja/Nej)",
    "blank.payplan.justified.help":
      "Ja: the difference has objective grounds unrelated to sex. Nej: it is to be corrected.",
    "blank.payplan.measure": "Åtgärd",
    "blank.payplan.measure.help": "The pay adjustment or other measure planned.",
    "blank.payplan.amount": "Belopp (kr/år)",
    "blank.payplan.amount.help": "The measure's cost per year in kronor.",
    "blank.payplan.done": "Genomförd (Ja/Nej/Delvis)",
    "blank.payplan.done.help": "Filled in at next year's survey: was the measure carried out?",
    "blank.payplan.year": "År",
    "blank.payplan.year.help": "The year by which the measure is to be carried out (at most three years).",
    // The sheet's headings are Swedish in either language (Saklig grund (Ja/Nej)), and so are its answers.
    "blank.payplan.yes": "Ja",
    "blank.payplan.no": "Nej",
    "blank.payplan.partly": "Delvis",
  },
});

export type Ctx = ContextOf<typeof strings, typeof codes, typeof wordings>;
