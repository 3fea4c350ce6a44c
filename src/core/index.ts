/** The pure core of Plankoll: no Office, no DOM, no files. */
export * from "./types";
export * from "./analyze";
export * from "./workbook";
export * from "./plan";
export * from "./settings";
export {
  parseSettings,
  settingsProblems,
  settingsSchema,
  parseStoredSettings,
  storedSettingsSchema,
} from "./settingsSchema";
export { templates, registerTemplate, templateById, templateName, overviewText, defineTemplate } from "./templates";
export type { TemplateId, TemplateDefinition, ResultOf } from "./templates";
export type { FindingCode, Finding, Settings, GenderBalanceSettings } from "./templates/types";
export type { StoredSettings } from "./settingsSchema";
export * from "./report";
export { translator, translate, localeFromLanguage } from "./i18n";
export type { RiskResult, Risk } from "./templates/risk";
export type { IndicatorResult, Indicator, IndicatorStatus } from "./templates/indicators";
export type { ActionPlanResult, PlannedAction } from "./templates/actionplan";
export type { GenderStatsResult, GenderRow } from "./templates/genderstats";
export type { SalaryResult, Position, EqualValueGap } from "./templates/salary";
export type { ProcurementResult, ProcurementItem, ContractType } from "./templates/procurement";
export type { KusResult, KusApplication } from "./templates/kus";
export * from "./backup";
export * from "./templates/kus/consolidate";
export * from "./blank";
export * from "./progress";
