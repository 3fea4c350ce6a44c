/**
 * Settings problems in the user's words: which field, and what it should be, said as a person
 * says it ("ett tal", "en text"), never in the schema library's English. Used by the command line
 * (a --settings file) and wherever a workbook's stored settings cannot be used.
 */
import type { MessageKey, Translate } from "./i18n";
import { explain, problem, type Problem } from "./problem";

/** One problem of settings, placed on its field (dotted path, "" for the whole). */
export type SettingsProblem = Problem & { place: { field: string } };

/** What the schema library reports of one field, before it is put in words. */
export interface SettingsIssue {
  field: string;
  /** unrecognized_keys, invalid_type, too_small, too_big, invalid_value, not_json, or another kind. */
  kind: string;
  /** The keys, the expected type, the limit, the allowed values, or a message key of Plankoll's own rules. */
  detail: string;
}

const KINDS = ["unrecognized_keys", "invalid_type", "too_small", "too_big", "invalid_value", "not_json"];
const TYPES = ["number", "string", "boolean", "object", "array", "integer"];

/** A settings issue as a problem: its words chosen by its kind, a type or a rule named by its own words. */
export function settingsProblem({ field, kind, detail }: SettingsIssue): SettingsProblem {
  const place = { field };
  const named = field ? field : problem("settings.problem.wholeFile");
  if (kind === "unrecognized_keys") {
    const fields = detail.split(", ").map((k) => (field ? `${field}.${k}` : k));
    return { ...problem("settings.problem.unrecognized_keys", { field: fields.join(", "), detail: "" }), place };
  }
  // Plankoll's own rules say in words what is wrong.
  if (detail.startsWith("settings."))
    return { ...problem("settings.problem.rule", { field: named, detail: problem(detail as MessageKey) }), place };
  const code = (KINDS.includes(kind) ? `settings.problem.${kind}` : "settings.problem.other") as MessageKey;
  const words =
    kind === "invalid_type"
      ? problem((TYPES.includes(detail) ? `settings.type.${detail}` : "settings.type.other") as MessageKey)
      : detail;
  return { ...problem(code, { field: named, detail: words }), place };
}

/** Each problem in words, joined by "; ". */
export function settingsWords(problems: readonly Problem[], t: Translate): string {
  return problems.map((p) => explain(p, t)).join("; ");
}
