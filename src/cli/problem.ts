/**
 * What went wrong on the command line, as data: a message key and its parameters (and, where the
 * message says why, the reason as a problem of its own), worded only where it is printed, in the
 * user's language. Thrown where a file operation fails deep in a command, caught by the command.
 */
import type { MessageKey, Params, Translate } from "../core/i18n";

export interface Problem {
  key: MessageKey;
  params: Params;
  /** The reason, worded into the parameter `reason`. */
  reason?: Problem;
}

export class CliProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
    this.name = "CliProblem";
  }
}

export const problem = (key: MessageKey, params: Params = {}, reason?: Problem): Problem => ({ key, params, reason });

/** The problem in words. */
export function word(p: Problem, t: Translate): string {
  return t(p.key, p.reason ? { ...p.params, reason: word(p.reason, t) } : p.params);
}
