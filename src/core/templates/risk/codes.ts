import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  RISK_ADDED: {
    severity: "info",
    title: { sv: "en risk som är ny sedan förra året", en: "a risk new since last year" },
    message: {
      sv: 'Risken "{event}" fanns inte i förra årets riskanalys ({sheet}).',
      en: 'The risk "{event}" was not in last year\'s risk analysis ({sheet}).',
    },
    marked: false,
  },
  RISK_REMOVED: {
    severity: "info",
    title: { sv: "en risk från förra året som inte finns kvar", en: "a risk of last year's that is gone" },
    message: {
      sv: 'Risken "{event}" (Nr {nr} i förra årets {sheet}) finns inte i årets riskanalys. Skriv varför den togs bort.',
      en: "The risk \"{event}\" (Nr {nr} in last year's {sheet}) is not in this year's risk analysis. Say why it was removed.",
    },
    marked: false,
  },
  RISK_CHANGED: {
    severity: "info",
    title: { sv: "en risk som värderas annorlunda än förra året", en: "a risk valued otherwise than last year" },
    message: {
      sv: 'Risken "{event}" har ändrats sedan förra året: {changes}.',
      en: 'The risk "{event}" has changed since last year: {changes}.',
    },
    marked: false,
  },
  DUPLICATE: {
    severity: "error",
    title: { sv: "samma Nr förekommer två gånger", en: "the same Nr appears twice" },
    message: {
      sv: "{column} {value} förekommer redan på rad {firstRow}.",
      en: "{column} {value} already appears on row {firstRow}.",
    },
  },
  RISK_LEVEL_INVALID: {
    severity: "error",
    title: { sv: "sannolikhet/konsekvens är ingen nivå 1–5", en: "probability/consequence is not a level 1–5" },
    message: { sv: '{column}: "{value}" är ingen nivå 1–5.', en: '{column}: "{value}" is not a level 1–5.' },
  },
  RISK_LABEL_MISMATCH: {
    severity: "error",
    title: {
      sv: "siffra och text säger olika nivåer (`3.Sannolikt`)",
      en: "number and text name different levels (`3.Sannolikt`)",
    },
    message: {
      sv: '{column}: "{value}" – siffran {level} betyder {expectedLabel}, men texten säger {label} ({labelLevel}).',
      en: '{column}: "{value}" – the number {level} means {expectedLabel}, but the text says {label} ({labelLevel}).',
    },
  },
  RISK_VALUE_MISMATCH: {
    severity: "error",
    title: { sv: "angivet riskvärde ≠ sannolikhet × konsekvens", en: "stated risk value ≠ probability × consequence" },
    message: {
      sv: "Riskvärde {value} stämmer inte med sannolikhet {probability} × konsekvens {consequence} = {computed}.",
      en: "Risk value {value} does not match probability {probability} × consequence {consequence} = {computed}.",
    },
  },
  RISK_VALUE_IMPOSSIBLE: {
    severity: "error",
    title: {
      sv: "riskvärdet kan inte bli en produkt av två nivåer (7, 11, 13 …)",
      en: "the risk value cannot be a product of two levels (7, 11, 13 …)",
    },
    message: {
      sv: "Riskvärde {value} kan inte bli produkten av två nivåer 1–5.",
      en: "Risk value {value} cannot be the product of two levels 1–5.",
    },
  },
  RISK_NO_ACTION: {
    severity: "warning",
    title: { sv: "risk i kritisk zon utan åtgärd", en: "a risk in the critical zone without an action" },
    message: {
      sv: "Risken har riskvärde {value} (kritisk zon) men ingen åtgärd.",
      en: "The risk has risk value {value} (critical zone) but no action.",
    },
  },
});

export const wordings = defineWordings({});
