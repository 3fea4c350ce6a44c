/** Arbetsvärdering (docs/templates.md): factors, weights, points and equal-value groups (see analyze.ts). */
import type { z } from "zod";
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate } from "../types";
import { strings } from "./strings";
import { codes } from "./codes";
import { analyzeJobEval, type JobEvalResult } from "./analyze";

export type { JobEvalResult, EvaluatedJob, Factor, Criterion } from "./analyze";

export interface JobEvalSettings {
  /** Points per value group where the sheet has no group column of its own. */
  bandWidth: number;
  /** A factor's top step where its header gives no scale. */
  scaleMax: number;
}

const columns = [
  {
    key: "job",
    labels: ["Befattning", "Roll", "Yrke", "Arbete", "Tjänst", "AID", "AID-kod", "Arbetsgrupp", "Befattning/roll"],
  },
  {
    key: "knowledge",
    labels: ["Kunskap och färdigheter", "Kunskaper och färdigheter", "Kunskap", "Kunskaper", "Kompetens"],
    prefix: true,
  },
  { key: "responsibility", labels: ["Ansvar"], prefix: true },
  { key: "effort", labels: ["Ansträngning", "Ansträngning och belastning"], prefix: true },
  { key: "conditions", labels: ["Arbetsförhållanden", "Arbetsmiljö"], prefix: true },
  { key: "valueGroup", labels: ["Värdegrupp", "Nivå", "Värderingsnivå"] },
] as const satisfies readonly ColumnSpec[];

/** The blank plan's sub-factors under the four criteria, and their weights in percent (summing to 100). */
const FACTOR_KEYS = [
  "blank.jobeval.education",
  "blank.jobeval.problemSolving",
  "blank.jobeval.socialSkills",
  "blank.jobeval.forResults",
  "blank.jobeval.forPeople",
  "blank.jobeval.forResources",
  "blank.jobeval.mental",
  "blank.jobeval.physical",
  "blank.jobeval.emotional",
  "blank.jobeval.environment",
  "blank.jobeval.psychosocial",
] as const;
const FACTOR_WEIGHTS = [15, 10, 10, 10, 10, 10, 8, 5, 7, 8, 7];

declare module "../types" {
  interface TemplateTypes {
    jobeval: { result: JobEvalResult; code: keyof typeof codes; settings: JobEvalSettings };
  }
}

export const jobEvalTemplate = defineTemplate({
  id: "jobeval",
  strings,
  nameKey: "template.jobeval",
  names: ["arbetsvardering", "vardering"],
  codes,
  columns,
  layouts: [["job", "knowledge", "responsibility"]],
  analyze: analyzeJobEval,
  overview: (r: JobEvalResult, t) =>
    t("jobeval.overview", { jobs: r.jobs.length, groups: r.groups.length, factors: r.weights.length }),
  blank: {
    sheet: "blank.jobeval.sheet",
    title: "blank.jobeval.title",
    rows: 60,
    // A common Swedish factor plan: the four criteria, each over its sub-factors, on a 1–4 scale.
    groups: [
      { key: "blank.jobeval.knowledge", from: 2, columns: 3 },
      { key: "blank.jobeval.responsibility", from: 5, columns: 3 },
      { key: "blank.jobeval.effort", from: 8, columns: 3 },
      { key: "blank.jobeval.conditions", from: 11, columns: 2 },
    ],
    columns: [
      { key: "blank.jobeval.job", width: 30 },
      ...FACTOR_KEYS.map((key) => ({ key, width: 13, numberFormat: "0" })),
      { key: "blank.jobeval.valueGroup", width: 14 },
    ],
    firstRow: (t) => [t("blank.jobeval.weights"), ...FACTOR_WEIGHTS.map((w) => `${w} %`), null],
  },
  settings: {
    defaults: { bandWidth: 100, scaleMax: 5 } as JobEvalSettings,
    schema: (zod: typeof z, d: JobEvalSettings) =>
      zod.strictObject({
        bandWidth: zod.number().min(1).max(1000).default(d.bandWidth),
        scaleMax: zod.number().int().min(1).max(100).default(d.scaleMax),
      }),
    fields: [
      { key: "bandWidth", label: "settings.jobeval.bandWidth" },
      { key: "scaleMax", label: "settings.jobeval.scaleMax" },
    ],
  },
});
