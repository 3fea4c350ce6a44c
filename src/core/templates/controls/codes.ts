import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  CONTROL_METHOD_UNKNOWN: {
    severity: "info",
    title: { sv: "en kontrollmetod som Plankoll inte känner", en: "a control method Plankoll does not know" },
    message: {
      sv: '{column}: "{value}" är ingen metod Plankoll känner ({known}). Kontrollera att metoden går att följa upp.',
      en: '{column}: "{value}" is not a method Plankoll knows ({known}). Check that the method can be followed up.',
    },
  },
  FREQUENCY_INVALID: {
    severity: "warning",
    title: { sv: "frekvensen går inte att läsa", en: "the frequency cannot be read" },
    message: {
      sv: '{column}: "{value}" går inte att läsa som en tidpunkt eller frekvens (t.ex. Löpande, Månadsvis, Varje tertial, T1, Årligen eller ett datum).',
      en: '{column}: "{value}" cannot be read as a time or frequency (e.g. Löpande, Månadsvis, Varje tertial, T1, Årligen or a date).',
    },
  },
});

export const wordings = defineWordings({});
