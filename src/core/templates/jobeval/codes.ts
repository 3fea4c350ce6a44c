/** The job evaluation's finding codes. */
import { defineCodes } from "../../codes";

export const codes = defineCodes({
  JOB_EVAL_WEIGHTS: {
    severity: "error",
    title: { sv: "faktorernas vikter summerar inte till 100 %", en: "the factors' weights do not sum to 100 %" },
    message: {
      sv: "Vikterna summerar till {sum} %, inte 100 %: poängen kan inte jämföras med en annan värdering.",
      en: "The weights sum to {sum} %, not 100 %: the points cannot be compared with another evaluation.",
    },
  },
  JOB_EVAL_INCONSISTENT: {
    severity: "error",
    title: { sv: "samma arbete värderat två gånger olika", en: "the same job evaluated twice differently" },
    message: {
      sv: "{job} är värderat två gånger med olika poäng: {points} här, {firstPoints} på rad {firstRow}.",
      en: "{job} is evaluated twice with different points: {points} here, {firstPoints} on row {firstRow}.",
    },
  },
  JOB_EVAL_FLAT: {
    severity: "info",
    title: {
      sv: "en faktor där alla arbeten har samma värde skiljer inte arbetena åt",
      en: "a factor on which every job scores the same does not tell the jobs apart",
    },
    message: {
      sv: "{factor}: alla arbeten har värdet {score}, så faktorn skiljer inte arbetena åt.",
      en: "{factor}: every job scores {score}, so the factor does not tell the jobs apart.",
    },
    marked: false,
  },
});
