/** The zod schema of the settings a förvaltning may change, built from the sections; only code that parses settings loads zod. */
import { z } from "zod";
import { defaultSettings, settingsSections, type Settings } from "./settings";

export { defaultSettings, settingsSections };
export type { Settings };
export { settingsWords, type SettingsProblem } from "./settingsWords";
import { settingsProblem, type SettingsProblem } from "./settingsWords";

/** The schema of every registered section, each defaulting to its defaults (a misspelt key is an error). */
export function settingsSchema(): z.ZodType<Settings> {
  const shape: Record<string, z.ZodType> = {};
  for (const { key, section } of settingsSections()) {
    shape[key] = section
      .schema(z, section.defaults)
      .default(() => JSON.parse(JSON.stringify(section.defaults)) as object);
  }
  return z.strictObject(shape).default(defaultSettings) as unknown as z.ZodType<Settings>;
}

/** Settings kept in a workbook: the values, and the language if the user chose one. */
export function storedSettingsSchema() {
  return z.strictObject({
    settings: settingsSchema(),
    language: z.enum(["auto", "sv", "en"]).default("auto"),
  });
}
export interface StoredSettings {
  settings: Settings;
  language: "auto" | "sv" | "en";
}

/** Settings read from a workbook: null when absent, its problems (for settingsWords) when they cannot be used. */
export function parseStoredSettings(json: string | null): StoredSettings | null | { problems: SettingsProblem[] } {
  if (!json) return null;
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    return { problems: [settingsProblem({ field: "", kind: "not_json", detail: "" })] };
  }
  const parsed = storedSettingsSchema().safeParse(input);
  if (parsed.success) return parsed.data;
  return { problems: issuesOf(parsed.error.issues) };
}

/** Settings from untrusted JSON; throws a zod error naming the bad field. */
export function parseSettings(input: unknown): Settings {
  return settingsSchema().parse(input ?? {});
}

/** What is wrong with settings, field by field, as data for a message (settingsWords): a misspelt key is an error too. */
export function settingsProblems(input: unknown): SettingsProblem[] | null {
  const parsed = settingsSchema().safeParse(input ?? {});
  return parsed.success ? null : issuesOf(parsed.error.issues);
}

/** zod's issues as Plankoll's problems: the field, the kind, and the one detail the words need (never zod's English text). */
function issuesOf(issues: readonly z.core.$ZodIssue[]): SettingsProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const i = issue as {
      code: string;
      keys?: string[];
      expected?: string;
      minimum?: unknown;
      maximum?: unknown;
      values?: unknown[];
      message: string;
    };
    const detail =
      i.code === "unrecognized_keys"
        ? (i.keys ?? []).join(", ")
        : i.code === "invalid_type"
          ? String(i.expected ?? "")
          : i.code === "too_small"
            ? String(i.minimum ?? "")
            : i.code === "too_big"
              ? String(i.maximum ?? "")
              : i.code === "invalid_value"
                ? (i.values ?? []).map((v) => JSON.stringify(v)).join(", ")
                : // Plankoll's own rules carry a message key (settings.error.bands); zod's own text is never kept.
                  i.message.startsWith("settings.")
                  ? i.message
                  : "";
    return settingsProblem({ field, kind: i.code, detail });
  });
}
