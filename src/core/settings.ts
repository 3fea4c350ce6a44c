/**
 * The thresholds a förvaltning may change; the defaults are the city's rules. Each template's
 * section (defaults, schema, fields) is in its definition; the one section two templates share
 * (even gender balance: genderstats and salary) is here.
 */
import type { z } from "zod";
import { templates } from "./templates";
import type { GenderBalanceSettings, Settings, SettingsSection } from "./templates/types";

export type { Zone } from "./types";
export type { GenderBalanceSettings, Settings } from "./templates/types";
import type { MessageKey } from "./i18n";

const genderBalance: SettingsSection<GenderBalanceSettings, MessageKey> = {
  defaults: { minSharePercent: 40 },
  schema: (zod: typeof z, d) =>
    zod.strictObject({ minSharePercent: zod.number().min(0).max(50).default(d.minSharePercent) }),
  fields: [{ key: "minSharePercent", label: "settings.genderBalance.minSharePercent" }],
};

/** Every section of the settings, in the order the settings view shows them: the templates', then the shared one. */
export function settingsSections(): { key: string; section: SettingsSection<object, string> }[] {
  const sections: { key: string; section: SettingsSection<object, string> }[] = [];
  for (const template of templates)
    if (template.settings) sections.push({ key: template.id, section: template.settings });
  sections.push({ key: "genderBalance", section: genderBalance as SettingsSection<object, string> });
  return sections;
}

/** The defaults of every section, a new object each time. */
export function defaultSettings(): Settings {
  const settings: Record<string, object> = {};
  for (const { key, section } of settingsSections())
    settings[key] = JSON.parse(JSON.stringify(section.defaults)) as object;
  return settings as Settings;
}
