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
    columns: [
      { key: "blank.jobeval.job", width: 32 },
      { key: "blank.jobeval.knowledge", width: 16, numberFormat: "0" },
      { key: "blank.jobeval.responsibility", width: 14, numberFormat: "0" },
      { key: "blank.jobeval.effort", width: 14, numberFormat: "0" },
      { key: "blank.jobeval.conditions", width: 16, numberFormat: "0" },
      { key: "blank.jobeval.valueGroup", width: 14 },
    ],
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
