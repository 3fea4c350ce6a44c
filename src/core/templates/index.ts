/**
 * The registry of templates. A template is its folder; registering it is one line here (or one
 * `registerTemplate` call, as a test does): its words and codes join the core's, and detection,
 * analysis, the report, the summary sheets, Infoga mall, the pane and the settings find it here.
 */
import type { AnyTemplate, TemplateId } from "./types";
import { registerCodes } from "../codes";
import { registerDefined, type Translate } from "../i18n";
import { compactLabel } from "../parse/cells";
import type { SheetReport } from "./types";
import { riskTemplate } from "./risk";
import { indicatorsTemplate } from "./indicators";
import { actionPlanTemplate } from "./actionplan";
import { genderStatsTemplate } from "./genderstats";
import { salaryTemplate } from "./salary";
import { procurementTemplate } from "./procurement";
import { kusTemplate } from "./kus";
import { controlsTemplate } from "./controls";
import { jobEvalTemplate } from "./jobeval";
import { payPlanTemplate } from "./payplan";

const registered: AnyTemplate[] = [];

/** Every registered template, in the order detection tries them. */
export const templates: readonly AnyTemplate[] = registered;

/** Adds a template: its strings and codes are registered, and a clash with another's is an error. */
export function registerTemplate(template: AnyTemplate): void {
  if (registered.some((t) => t.id === template.id)) throw new Error(`Template ${template.id} is registered twice`);
  registerDefined(template.strings);
  registerCodes(template.id, template.codes ?? {}, template.wordings ?? {});
  registered.push(template);
}

[
  riskTemplate,
  indicatorsTemplate,
  actionPlanTemplate,
  genderStatsTemplate,
  salaryTemplate,
  procurementTemplate,
  kusTemplate,
  controlsTemplate,
  jobEvalTemplate,
  payPlanTemplate,
].forEach(registerTemplate);

export function templateById(id: TemplateId | string): AnyTemplate | undefined {
  return registered.find((t) => t.id === id);
}

/** The template a user names by its id, one of its other names or its name in Swedish or English, with or without å/ä/ö. */
export function templateByName(name: string, names: readonly Translate[] = []): AnyTemplate | undefined {
  const wanted = compactLabel(name);
  if (!wanted) return undefined;
  return registered.find(
    (t) =>
      compactLabel(t.id) === wanted ||
      (t.names ?? []).some((n) => compactLabel(n) === wanted) ||
      names.some((tr) => compactLabel((tr as Translate<string>)(t.nameKey)) === wanted),
  );
}

export type { TemplateDefinition, TemplateId, AnalysisContext, AnyTemplate, ResultOf } from "./types";
export { defineTemplate } from "./types";

/** A template's name in the user's language (its key is the template's own, checked in its definition). */
export function templateName(id: string, t: Translate): string {
  const template = templateById(id);
  return template ? (t as Translate<string>)(template.nameKey) : id;
}

/** The pane's one line about a table's result, from the template that computed it. */
export function overviewText(report: SheetReport, t: Translate): string | null {
  const template = report.template && templateById(report.template);
  return template ? template.overview(report.result, t as Translate<string>) : null;
}
