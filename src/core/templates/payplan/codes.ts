/** The analysis and measures sheet's own wordings (its findings are the core's codes). */
import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({});

export const wordings = defineWordings({
  PAYPLAN_ANSWER: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: '{column}: "{value}" är varken Ja, Nej eller Delvis; Plankoll räknar inte med svaret.',
      en: '{column}: "{value}" is neither Ja, Nej nor Delvis; Plankoll does not count the answer.',
    },
  },
});
