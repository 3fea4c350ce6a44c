import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  TARGET_LOWERED: {
    severity: "info",
    title: { sv: "ett årsmål som är lägre satt än förra året", en: "a target set lower than last year" },
    message: {
      sv: "{name}: årsmålet är {now}, förra året {was} – ett lägre mål i indikatorns riktning.",
      en: "{name}: the target is {now}, last year {was} – a lower target in the indicator's direction.",
    },
    marked: false,
  },
  OUTCOME_TREND: {
    severity: "info",
    title: { sv: "utfallet mot förra årets", en: "the outcome against last year's" },
    message: {
      sv: "{name}: utfall {now}, förra året {was} ({trend}).",
      en: "{name}: outcome {now}, last year {was} ({trend}).",
    },
    marked: false,
  },
  UNIT_MISMATCH: {
    severity: "error",
    title: { sv: "årsmål och utfall har olika enheter", en: "target and outcome are in different units" },
    message: {
      sv: "Årsmål {target} och utfall {outcome} har olika enheter.",
      en: "Target {target} and outcome {outcome} are in different units.",
    },
  },
  NOT_GENDER_SPLIT: {
    severity: "info",
    title: {
      sv: "ett mätetal om personer redovisas inte för kvinnor och män",
      en: "an indicator about people is not reported for women and men",
    },
    message: {
      sv: 'Mätetalet "{name}" gäller personer men utfallet redovisas inte för kvinnor och män.',
      en: 'The indicator "{name}" is about people but its outcome is not reported for women and men.',
    },
  },
  OVERDUE: {
    severity: "warning",
    title: {
      sv: "slutdatum har passerat och målet är inte uppfyllt",
      en: "the end date has passed and the target is not met",
    },
    message: {
      sv: "Slutdatum {date} har passerat och mätetalet är {status}.",
      en: "The end date {date} has passed and the indicator is {status}.",
    },
  },
});

export const wordings = defineWordings({
  RANGE_STATUS_UNCERTAIN: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: '{column}: "{value}" är ett intervall ({low}–{high}) och kan läsas på två sätt: statusen blir {statuses}. Plankoll ger ingen status; skriv ett värde.',
      en: '{column}: "{value}" is a range ({low}–{high}) and can be read two ways: the status is {statuses}. Plankoll gives no status; write one value.',
    },
  },
});
