/**
 * One shape for everything that goes wrong outside a table's rows: a refusal to write, a sheet
 * changed since it was read, a settings field that cannot be used, a file the command line cannot
 * open. A problem is data — a code (the key of its words in the strings files), its parameters and
 * its place — and is worded only where a person reads it, by `explain`, in their language.
 * Findings have the same three parts (code, params, place = cell and row); their words are their
 * code's (codes.ts).
 */
import type { MessageKey, Params, Translate } from "./i18n";

/** Where a problem is: as much of it as applies. */
export interface Place {
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
  /** A settings field, dotted ("risk.lowMax"); "" for the whole. */
  field?: string;
  /** A part of the workbook's package ("xl/worksheets/sheet2.xml"). */
  part?: string;
}

/** A parameter is a value, or a problem of its own (the reason), worded into the sentence. */
export type ProblemParams = { [name: string]: string | number | Problem };

export interface Problem {
  code: MessageKey;
  params: ProblemParams;
  place?: Place;
}

export function problem(code: MessageKey, params: ProblemParams = {}, place?: Place): Problem {
  return place ? { code, params, place } : { code, params };
}

/** A template's problem maker: its own keys (registered with it) as well as the core's. */
export function templateProblem<K extends string>(): (
  code: K | MessageKey,
  params?: ProblemParams,
  place?: Place,
) => Problem {
  return (code, params = {}, place) => problem(code as MessageKey, params, place);
}

/** A problem thrown: caught where it can be said, and explained there. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    /** For a developer reading a log: never shown to a user. */
    detail: string = problem.code,
  ) {
    super(detail);
    this.name = "ProblemError";
  }
}

/** The problem a thrown value carries, if it is one of Plankoll's. */
export function problemOf(error: unknown): Problem | null {
  return error instanceof ProblemError ? error.problem : null;
}

/** The problem in the user's words: its place's parts and its reasons are parameters too. */
export function explain(p: Problem, t: Translate): string {
  const params: Params = {};
  for (const [name, value] of Object.entries(p.place ?? {})) if (value !== undefined) params[name] = value;
  for (const [name, value] of Object.entries(p.params))
    params[name] = typeof value === "object" ? explain(value, t) : value;
  return t(p.code, params);
}

/**
 * Any thrown value in words: Plankoll's own problems as they are, anything else as the caller's
 * host says it (Excel's error codes in the pane; "a fault of Plankoll's own" on the command line).
 * The one function the pane, the dialog and the command line word failures with.
 */
export function explainError(error: unknown, t: Translate, otherwise: (error: unknown) => Problem): string {
  return explain(problemOf(error) ?? otherwise(error), t);
}
