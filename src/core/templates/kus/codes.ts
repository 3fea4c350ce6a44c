import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  KUS_COMPARED: {
    severity: "info",
    title: { sv: "ansökan mot förra årets", en: "the request against last year's" },
    message: { sv: "{what}", en: "{what}" },
    marked: false,
  },
  PRIORITY_DUPLICATE: {
    severity: "error",
    title: { sv: "samma prioritet förekommer två gånger", en: "the same priority appears twice" },
    message: {
      sv: "Prioritet {value} förekommer redan på rad {firstRow}.",
      en: "Priority {value} already appears on row {firstRow}.",
    },
  },
  PRIORITY_GAP: {
    severity: "error",
    title: { sv: "prioriteterna är inte 1–n, var och en en gång", en: "the priorities are not 1–n, each once" },
    message: {
      sv: "Prioriteterna ska vara 1–{count}, var och en en gång; {missing} saknas.",
      en: "The priorities must be 1–{count}, each once; {missing} is missing.",
    },
  },
  BREAKDOWN_MISMATCH: {
    severity: "error",
    title: {
      sv: "utbildning + vikarietäckning + övrigt ≠ äskad summa",
      en: "training + substitutes + other ≠ requested sum",
    },
    message: {
      sv: "Utbildning + vikarietäckning + övriga kostnader = {sum}, men äskad summa är {requested}.",
      en: "Training + substitutes + other costs = {sum}, but the requested sum is {requested}.",
    },
  },
});

export const wordings = defineWordings({
  PRIORITY_INVALID: {
    of: "NOT_A_NUMBER",
    message: {
      sv: 'Prioritet "{value}" är inget heltal från 1.',
      en: 'Priority "{value}" is not a whole number from 1.',
    },
  },
});
