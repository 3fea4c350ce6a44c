/** The templates Infoga mall can insert; apart from their layouts, which load when one is inserted. */
export const BLANK_TEMPLATE_IDS = [
  "risk",
  "indicators",
  "actionplan",
  "genderstats",
  "salary",
  "procurement",
  "kus",
] as const;
export type BlankTemplateId = (typeof BLANK_TEMPLATE_IDS)[number];
