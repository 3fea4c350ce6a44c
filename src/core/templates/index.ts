/** The registry of templates; adding a template means adding its folder and one line here. */
import type { TemplateDefinition } from "./types";
import { riskTemplate } from "./risk";

export const templates: readonly TemplateDefinition<unknown>[] = [riskTemplate];

export type { TemplateDefinition, TemplateId, AnalysisContext } from "./types";
