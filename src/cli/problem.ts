/**
 * What went wrong on the command line is a core problem (core/problem.ts): a message key, its
 * parameters and, where the message says why, the reason as a problem of its own, worded only
 * where it is printed, in the user's language. Thrown as a ProblemError where a file operation
 * fails deep in a command, caught by the command.
 */
import type { MessageKey } from "../core/i18n";
import { problem as coreProblem, type Problem, type ProblemParams } from "../core/problem";

export { ProblemError, explain, type Problem } from "../core/problem";

/** A problem whose words name a reason (`{reason}`), itself a problem. */
export const problem = (key: MessageKey, params: ProblemParams = {}, reason?: Problem): Problem =>
  coreProblem(key, reason ? { ...params, reason } : params);
