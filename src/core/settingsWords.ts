/**
 * Settings problems in the user's words: which field, and what it should be, said as a person
 * says it ("ett tal", "en text"), never in the schema library's English. Used by the command line
 * (a --settings file) and wherever a workbook's stored settings cannot be used.
 */
import type { MessageKey, Translate } from "./i18n";

/** One problem of settings: the field (dotted path, "" for the whole), its kind and its one detail. */
export interface SettingsProblem {
  field: string;
  /** unrecognized_keys, invalid_type, too_small, too_big, invalid_value, not_json, or another kind. */
  code: string;
  /** The keys, the expected type, the limit, the allowed values, or a message key of Plankoll's own rules. */
  detail: string;
}

const KINDS = ["unrecognized_keys", "invalid_type", "too_small", "too_big", "invalid_value", "not_json"];
const TYPES = ["number", "string", "boolean", "object", "array", "integer"];

/** Each problem in words, joined by "; ". */
export function settingsWords(problems: readonly SettingsProblem[], t: Translate): string {
  return problems
    .map((p) => {
      const key = (KINDS.includes(p.code) ? `settings.problem.${p.code}` : "settings.problem.other") as MessageKey;
      const field = p.field || t("settings.problem.wholeFile");
      if (p.code === "unrecognized_keys") {
        const fields = p.detail.split(", ").map((k) => (p.field ? `${p.field}.${k}` : k));
        return t(key, { field: fields.join(", "), detail: "" });
      }
      // Plankoll's own rules say in words what is wrong.
      if (p.detail.startsWith("settings."))
        return t("settings.problem.rule", { field, detail: t(p.detail as MessageKey) });
      const detail =
        p.code === "invalid_type"
          ? t((TYPES.includes(p.detail) ? `settings.type.${p.detail}` : "settings.type.other") as MessageKey)
          : p.detail;
      return t(key, { field, detail });
    })
    .join("; ");
}
