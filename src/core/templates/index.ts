/** The registry of templates; adding a template means adding its folder and one line here. */
import type { TemplateDefinition } from "./types";
import { riskTemplate } from "./risk";
import { indicatorsTemplate } from "./indicators";
import { actionPlanTemplate } from "./actionplan";
import { genderStatsTemplate } from "./genderstats";
import { salaryTemplate } from "./salary";
import { procurementTemplate } from "./procurement";
import { kusTemplate } from "./kus";

export const templates: readonly TemplateDefinition<unknown>[] = [
  riskTemplate,
  indicatorsTemplate,
  actionPlanTemplate,
  genderStatsTemplate,
  salaryTemplate,
  procurementTemplate,
  kusTemplate,
];

export type { TemplateDefinition, TemplateId, AnalysisContext } from "./types";
