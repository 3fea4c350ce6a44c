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

export type MessageKey = keyof typeof sv | keyof typeof svMore;
export type Params = Record<string, string | number>;
export type Table = Record<MessageKey, string>;

const tables: Partial<Record<Locale, Partial<Table>>> = { sv };

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

/** A message split once into literal text (even indexes) and parameter names (odd indexes). */
const compiled: Partial<Record<Locale, Map<MessageKey, string[]>>> = {};

function parts(locale: Locale, key: MessageKey): string[] {
  // One map per language: no key string is built on this path, which runs for every finding.
  const cache = (compiled[locale] ??= new Map());
  let split = cache.get(key);
  if (!split) {
    split = (tables[locale]?.[key] ?? tables.sv?.[key] ?? key).split(/\{(\w+)\}/);
    cache.set(key, split);
  }
  return split;
}

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const split = parts(locale, key);
  if (split.length === 1) return split[0];
  let text = split[0];
  for (let i = 1; i < split.length; i += 2) {
    const name = split[i];
    text += (name in params ? String(params[name]) : `{${name}}`) + split[i + 1];
  }
  return text;
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
