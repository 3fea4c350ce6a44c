/** User-facing strings: one JSON file per language, Swedish first. */
import sv from "./sv.json";
import en from "./en.json";
import type { Locale } from "../types";

export type MessageKey = keyof typeof sv;
export type Params = Record<string, string | number>;

const tables: Record<Locale, Record<MessageKey, string>> = { sv, en };

/** Swedish unless Office's display language is English. */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? "en" : "sv";
}

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const text = tables[locale][key] ?? tables.sv[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Every key of every language, for the completeness test. */
export const allTables = tables;
