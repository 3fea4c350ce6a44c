/**
 * User-facing strings: one JSON file per language. Swedish is built in; English is registered by
 * whoever needs it (the command line at start, the task pane when Office speaks English), so the
 * pane does not carry a language it does not show. Swedish strings for what the pane opens rarely
 * (settings, Infoga mall) and for the command line and the demo are in sv.more.json, registered
 * by those parts when they load.
 */
import sv from "./sv.json";
import type svMore from "./sv.more.json";
import type { Locale } from "../types";

/** The core's own strings; a template's keys are typed in its folder (see templates/strings.ts). */
export type MessageKey = keyof typeof sv | keyof typeof svMore;
export type Params = Record<string, string | number>;
export type Table = Record<MessageKey, string>;

const tables: Partial<Record<Locale, Partial<Table>>> = { sv };

/**
 * Strings defined in code, both languages at once: finding codes' messages and the templates' own
 * words, registered with them. Looked up after the language's files, so a pseudo-locale or a
 * registered table still overrides them, and they do not make a language count as loaded.
 */
const defined: Record<Locale, Record<string, string>> = { sv: {}, en: {} };

export function registerDefined(strings: Record<Locale, Record<string, string>>): void {
  for (const locale of ["sv", "en"] as const) {
    for (const [key, text] of Object.entries(strings[locale])) {
      if (key in defined[locale] && defined[locale][key] !== text)
        throw new Error(`The string ${key} is defined twice`);
      defined[locale][key] = text;
    }
    compiled[locale]?.clear();
  }
}

/** Every string of a language: its files' and the defined ones (the pseudo-locale test marks them all). */
export function allStrings(locale: Locale): Record<string, string> {
  return { ...defined[locale], ...tables[locale] };
}

/** Adds (or replaces) strings of a language. */
export function registerLocale(locale: Locale, table: Partial<Table>): void {
  tables[locale] = { ...tables[locale], ...table };
  // Swedish is every language's fallback: its change clears them all.
  if (locale === "sv") for (const cached of Object.values(compiled)) cached.clear();
  else compiled[locale]?.clear();
}

export function hasLocale(locale: Locale): boolean {
  return tables[locale] !== undefined;
}

/** Swedish unless Office's display language is English. */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? "en" : "sv";
}

/**
 * A message split once: literal text, then for each placeholder its parameter name and, for a
 * grammatical number (`{count|rad|rader}`: the word for one, the word for any other count), the
 * two words; four entries per placeholder.
 */
const compiled: Partial<Record<Locale, Map<string, string[]>>> = {};

function parts(locale: Locale, key: string): string[] {
  // One map per language: no key string is built on this path, which runs for every finding.
  const cache = (compiled[locale] ??= new Map());
  let split = cache.get(key);
  if (!split) {
    const files = tables as Partial<Record<Locale, Record<string, string>>>;
    split = (files[locale]?.[key] ?? defined[locale][key] ?? files.sv?.[key] ?? defined.sv[key] ?? key).split(
      /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/,
    );
    cache.set(key, split);
  }
  return split;
}

export function translate<K extends string = never>(
  locale: Locale,
  key: MessageKey | NoInfer<K>,
  params: Params = {},
): string {
  const split = parts(locale, key);
  if (split.length === 1) return split[0];
  let text = split[0];
  for (let i = 1; i < split.length; i += 4) {
    const name = split[i];
    const one = split[i + 1];
    if (!(name in params)) text += `{${name}}`;
    else if (one === undefined) text += String(params[name]);
    // The count as the number it is: 1 is one, anything else (0, 2, 1,5) is more.
    else text += Number(params[name]) === 1 ? one : split[i + 2];
    text += split[i + 3];
  }
  return text;
}

/** A translator for the core's keys and, in a template's code, the template's own keys K. */
export type Translate<K extends string = never> = (key: MessageKey | K, params?: Params) => string;

/**
 * One translator per language for the process's life: a finding's message is made by calling it,
 * and a walk's optimized code that called a translator made for its analysis held that function
 * and was thrown away with it after the analysis (core/shapes.ts).
 */
const translators = new Map<Locale, Translate<string>>();

export function translator<K extends string = never>(locale: Locale): Translate<K> {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = (key, params) => translate<string>(locale, key, params)));
  return t as Translate<K>;
}
