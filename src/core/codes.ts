/**
 * Finding codes as data: each code's severity, its message in both languages and a short title
 * for the docs. The core's own codes are here; each template's are in its folder and join these
 * when the template is registered. A call site names the code and its parameters, nothing more.
 */
import type { Severity } from "./types";
import { registerDefined } from "./i18n";

export interface Words {
  sv: string;
  en: string;
}

export interface CodeSpec {
  severity: Severity;
  /** A short title for the README and docs/templates.md. */
  title: Words;
  /** The finding's message; `{name}` is filled from the finding's parameters. */
  message: Words;
  /** false: reported on Plankoll's sheets and in the report, never marked in the user's cells. */
  marked?: false;
}

/** Another wording of a code's message, where the standard one does not fit (same code and severity). */
export interface Wording {
  of: string;
  message: Words;
}

export type CodeTable = Record<string, CodeSpec>;
export type WordingTable = Record<string, Wording>;

export function defineCodes<const T extends CodeTable>(codes: T): T {
  return codes;
}

export function defineWordings<const T extends WordingTable>(wordings: T): T {
  return wordings;
}

export const coreCodes = defineCodes({
  REQUIRED_MISSING: {
    severity: "error",
    title: { sv: "en obligatorisk cell är tom", en: "a required cell is empty" },
    message: { sv: "{column} saknas.", en: "{column} is missing." },
  },
  NOT_A_NUMBER: {
    severity: "error",
    title: {
      sv: "ett värde som ska vara ett tal går inte att läsa",
      en: "a value that should be a number cannot be read",
    },
    message: { sv: '{column}: "{value}" är inte ett tal.', en: '{column}: "{value}" is not a number.' },
  },
  NOT_A_DATE: {
    severity: "error",
    title: {
      sv: "ett värde som ska vara ett datum går inte att läsa",
      en: "a value that should be a date cannot be read",
    },
    message: { sv: '{column}: "{value}" är inte ett datum.', en: '{column}: "{value}" is not a date.' },
  },
  OUT_OF_RANGE: {
    severity: "error",
    title: { sv: "talet ligger utanför det tillåtna intervallet", en: "the number is outside the allowed range" },
    message: { sv: "{column}: {value} ligger utanför {min}–{max}.", en: "{column}: {value} is outside {min}–{max}." },
  },
  CELL_ERROR: {
    severity: "error",
    title: {
      sv: "cellen innehåller ett formelfel (`#REF!`, `#N/A` …)",
      en: "the cell holds a formula error (`#REF!`, `#N/A` …)",
    },
    message: { sv: "{column}: cellen innehåller felet {value}.", en: "{column}: the cell holds the error {value}." },
  },
  AREA_NOT_READ: {
    severity: "info",
    title: {
      sv: "celler långt till höger om bladets data (t.ex. XFD1) lästes inte",
      en: "cells far to the right of the sheet's data (e.g. XFD1) were not read",
    },
    message: {
      sv: "Cellerna {area} ligger långt till höger om resten av bladet och lästes inte. Flytta dem närmare tabellen om de hör till den.",
      en: "The cells {area} lie far to the right of the rest of the sheet and were not read. Move them closer to the table if they belong to it.",
    },
    marked: false,
  },
  ROWS_NOT_READ: {
    severity: "warning",
    title: {
      sv: "rader som liknar tabellens står under dess slut och lästes inte",
      en: "rows like the table's stand below its end and were not read",
    },
    message: {
      sv: "{rows}: tabellen slutar vid de tomma raderna {gap}. Hör raderna till tabellen, ta bort de tomma raderna.",
      en: "{rows}: the table ends at the empty rows {gap}. If they belong to the table, delete the empty rows.",
    },
  },
  VALUE_UNCERTAIN: {
    severity: "warning",
    title: {
      sv: "värdet kan läsas på två sätt eller cellen innehåller mer än värdet",
      en: "the value can be read two ways, or the cell holds more than the value",
    },
    message: {
      sv: '{column}: "{value}" lästes som {parsed}, men texten innehåller mer än värdet.',
      en: '{column}: "{value}" was read as {parsed}, but the text holds more than the value.',
    },
  },
  TOTAL_MISMATCH: {
    severity: "error",
    title: { sv: "en angiven summa stämmer inte med delarna", en: "a stated total does not match its parts" },
    message: {
      sv: "{column}: angiven summa {declared} stämmer inte med beräknad summa {computed}.",
      en: "{column}: the stated total {declared} does not match the computed total {computed}.",
    },
  },
  SHEET_COMPARED: {
    severity: "info",
    title: { sv: "bladet jämfört med förra årets", en: "the sheet compared with last year's" },
    message: {
      sv: "Jämfört med förra årets blad {previous}: i båda åren {paired} (ändrade {changed}), nya {added}, borttagna {removed}.",
      en: "Compared with last year's sheet {previous}: in both years {paired} ({changed} changed), new {added}, removed {removed}.",
    },
    marked: false,
  },
});

export const coreWordings = defineWordings({
  ROWS_NOT_READ_TOTAL: {
    of: "ROWS_NOT_READ",
    message: {
      sv: "{rows}: tabellen slutar vid summaraden, rad {total}. Hör raderna till tabellen, flytta summaraden sist.",
      en: "{rows}: the table ends at its total row, row {total}. If they belong to the table, move the total row last.",
    },
  },
  ROWS_NOT_READ_AFTER: {
    of: "ROWS_NOT_READ",
    message: {
      sv: "{rows}: tabellen slutar på rad {end}. Hör raderna till tabellen, flytta upp dem direkt under den.",
      en: "{rows}: the table ends at row {end}. If they belong to the table, move them up right below it.",
    },
  },
  SHEET_COMPARED_PAIRED: {
    of: "SHEET_COMPARED",
    message: {
      sv: "Jämfört med förra årets blad {previous}: i båda åren {paired}, nya {added}, borttagna {removed}.",
      en: "Compared with last year's sheet {previous}: in both years {paired}, new {added}, removed {removed}.",
    },
  },
  AMOUNT_UNCERTAIN: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: '{column}: "{value}" lästes som {parsed}, men cellen innehåller mer än beloppet.',
      en: '{column}: "{value}" was read as {parsed}, but the cell holds more than the amount.',
    },
  },
  AMOUNT_RANGE: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: '{column}: "{value}" är ett intervall, {low}–{high}, och kan läsas på två sätt. Plankoll räknar inte med beloppet i summorna; skriv ett belopp.',
      en: '{column}: "{value}" is a range, {low}–{high}, and can be read two ways. Plankoll leaves the amount out of the totals; write one amount.',
    },
  },
  NUMBER_RANGE: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: '{column}: "{value}" är ett intervall, {low}–{high}, och kan läsas på två sätt; skriv ett tal.',
      en: '{column}: "{value}" is a range, {low}–{high}, and can be read two ways; write one number.',
    },
  },
});

export type CoreCode = keyof typeof coreCodes;
export type CoreWording = keyof typeof coreWordings;

/** Every registered code, the core's and the templates'. */
const known = new Map<string, CodeSpec & { owner: string }>();
const wordingsKnown = new Map<string, Wording & { owner: string }>();

/**
 * Adds a table of codes (a template's, when it is registered): its messages become
 * `finding.<code>` strings. A code or wording already known is an error, so two templates cannot
 * mean different things by one code.
 */
export function registerCodes(owner: string, codes: CodeTable, wordings: WordingTable = {}): void {
  const sv: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [code, spec] of Object.entries(codes)) {
    if (known.has(code) || wordingsKnown.has(code)) throw new Error(`Finding code ${code} is defined twice`);
    known.set(code, { ...spec, owner });
    sv[`finding.${code}`] = spec.message.sv;
    en[`finding.${code}`] = spec.message.en;
  }
  for (const [name, wording] of Object.entries(wordings)) {
    if (known.has(name) || wordingsKnown.has(name)) throw new Error(`Finding wording ${name} is defined twice`);
    if (!known.has(wording.of)) throw new Error(`Wording ${name} is of an unknown code ${wording.of}`);
    wordingsKnown.set(name, { ...wording, owner });
    sv[`finding.${name}`] = wording.message.sv;
    en[`finding.${name}`] = wording.message.en;
  }
  registerDefined({ sv, en });
}

registerCodes("core", coreCodes, coreWordings);

export function codeSpec(code: string): CodeSpec {
  const spec = known.get(code);
  if (!spec) throw new Error(`Unknown finding code ${code}`);
  return spec;
}

const paramsOf = new Map<string, readonly string[]>();

/** The parameters a code's (or a wording's) message names, `{column}` → "column", in the order written (read once per code). */
export function messageParams(codeOrWording: string): readonly string[] {
  let params = paramsOf.get(codeOrWording);
  if (params) return params;
  const spec = known.get(codeOrWording) ?? wordingsKnown.get(codeOrWording);
  if (!spec) throw new Error(`Unknown finding code ${codeOrWording}`);
  params = placeholders(spec.message.sv);
  paramsOf.set(codeOrWording, params);
  return params;
}

/** The `{name}` placeholders of a message, each once. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** Whether a finding is marked in the user's cells (a code with `marked: false` is reported on Plankoll's sheets only). */
export function isMarked(finding: { code: string }): boolean {
  return codeSpec(finding.code).marked !== false;
}

/** Every code and wording, in the order registered, for the docs. */
export function allCodes(): { code: string; owner: string; spec: CodeSpec; wordings: string[] }[] {
  return [...known].map(([code, spec]) => ({
    code,
    owner: spec.owner,
    spec,
    wordings: [...wordingsKnown].filter(([, w]) => w.of === code).map(([name]) => name),
  }));
}
