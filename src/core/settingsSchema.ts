/** The zod schema of the settings a förvaltning may change, built from the sections; only code that parses settings loads zod. */
import { z } from "zod";
import { defaultSettings, settingsSections, type Settings } from "./settings";

export { defaultSettings, settingsSections };
export type { Settings };

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

/** Settings read from a workbook: null when absent, an error message when they cannot be used. */
export function parseStoredSettings(json: string | null): StoredSettings | null | { error: string } {
  if (!json) return null;
  try {
    return storedSettingsSchema().parse(JSON.parse(json));
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

/** Settings from untrusted JSON; throws a zod error naming the bad field. */
export function parseSettings(input: unknown): Settings {
  return settingsSchema().parse(input ?? {});
}

/** What is wrong with settings, field by field, as data for a message: a misspelt key is an error too. */
export function settingsProblems(input: unknown): { field: string; code: string; detail: string }[] | null {
  const parsed = settingsSchema().safeParse(input ?? {});
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const i = issue as {
      code: string;
      keys?: string[];
      expected?: string;
      minimum?: unknown;
      maximum?: unknown;
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
              : i.message;
    return { field, code: i.code, detail };
  });
}
