/** A template's own words: Swedish and English side by side, the English checked against the Swedish by tsc. */

export interface TemplateStrings<S extends Record<string, string>> {
  sv: S;
  en: Record<keyof S, string>;
}

/**
 * `en` must have every key of `sv` (a missing one is a compile error, an extra one too: the
 * object literal is checked for excess keys).
 */
export function defineStrings<const S extends Record<string, string>>(strings: {
  sv: S;
  en: Record<keyof S, string>;
}): TemplateStrings<S> {
  return strings;
}

/** The keys a template's strings define. */
export type KeyOf<T> = T extends TemplateStrings<infer S> ? Extract<keyof S, string> : never;
