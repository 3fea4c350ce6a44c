/** The zod schema of the settings a förvaltning may change; only code that parses settings loads zod. */
import { z } from "zod";

export const zoneSchema = z.enum(["low", "medium", "critical"]);
export type Zone = z.infer<typeof zoneSchema>;

export const settingsSchema = z
  .strictObject({
    risk: z
      .strictObject({
        /** Highest risk value in the low zone (default 4). */
        lowMax: z.number().int().min(1).max(24).default(4),
        /** Highest risk value in the medium zone (default 9); above is critical. */
        mediumMax: z.number().int().min(1).max(24).default(9),
        /** Optional zone per matrix cell, [probability-1][consequence-1]; overrides the bands. */
        matrixZones: z.array(z.array(zoneSchema).length(5)).length(5).nullable().default(null),
      })
      .refine((risk) => risk.lowMax < risk.mediumMax, {
        message: "settings.error.bands",
        path: ["lowMax"],
      })
      .default({ lowMax: 4, mediumMax: 9, matrixZones: null }),
    indicators: z
      .strictObject({
        /** How far, in percent of the target, an outcome may miss and still be "delvis uppfyllt". */
        tolerancePercent: z.number().min(0).max(100).default(10),
      })
      .default({ tolerancePercent: 10 }),
    salary: z
      .strictObject({
        /** Women's pay as a percent of men's below this is flagged (default 90). */
        lowLimit: z.number().min(0).max(200).default(90),
        /** … and above this (default 110). */
        highLimit: z.number().min(0).max(300).default(110),
        /** Fewer of either sex than this makes the figure weak and identifying (default 3). */
        smallGroup: z.number().int().min(1).max(50).default(3),
      })
      .refine((salary) => salary.lowLimit < salary.highLimit, {
        message: "settings.error.payLimits",
        path: ["lowLimit"],
      })
      .default({ lowLimit: 90, highLimit: 110, smallGroup: 3 }),
    procurement: z
      .strictObject({
        /** Only procurements whose total value, options included, is over this are reported (kronor). */
        thresholdSek: z.number().min(0).default(1_800_000),
      })
      .default({ thresholdSek: 1_800_000 }),
    genderBalance: z
      .strictObject({
        /** Each sex between min and 100 − min percent is an even split (default 40/60). */
        minSharePercent: z.number().min(0).max(50).default(40),
      })
      .default({ minSharePercent: 40 }),
  })
  .default({
    risk: { lowMax: 4, mediumMax: 9, matrixZones: null },
    indicators: { tolerancePercent: 10 },
    salary: { lowLimit: 90, highLimit: 110, smallGroup: 3 },
    procurement: { thresholdSek: 1_800_000 },
    genderBalance: { minSharePercent: 40 },
  });

export type Settings = z.infer<typeof settingsSchema>;

/** Settings kept in a workbook: the values, and the language if the user chose one. */
export const storedSettingsSchema = z.strictObject({
  settings: settingsSchema,
  language: z.enum(["auto", "sv", "en"]).default("auto"),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

/** Settings read from a workbook: null when absent, an error message when they cannot be used. */
export function parseStoredSettings(json: string | null): StoredSettings | null | { error: string } {
  if (!json) return null;
  try {
    return storedSettingsSchema.parse(JSON.parse(json));
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

/** Settings from untrusted JSON; throws a zod error naming the bad field. */
export function parseSettings(input: unknown): Settings {
  return settingsSchema.parse(input ?? {});
}

/** What is wrong with settings, field by field, as data for a message: a misspelt key is an error too. */
export function settingsProblems(input: unknown): { field: string; code: string; detail: string }[] | null {
  const parsed = settingsSchema.safeParse(input ?? {});
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
