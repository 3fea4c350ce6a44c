/**
 * The operating system's refusals in the user's words. Node reports a failed read or write as an
 * error with a code (EACCES, EROFS …) and an English text; the text never reaches the user. What
 * Plankoll tried (to read, to write, to make a folder), where, and what to do is said here for
 * every code a file operation gives; an unknown code is named as it is, without the system's text.
 */
import { problem, type Problem } from "./problem";
import type { MessageKey } from "../core/i18n";

/** What Plankoll was doing when the system refused. */
export type Attempt = "read" | "write" | "folder" | "list";

const REASONS: Record<string, string> = {
  EACCES: "denied",
  EPERM: "denied",
  EROFS: "readOnly",
  ENOSPC: "full",
  EDQUOT: "full",
  EFBIG: "full",
  EEXIST: "exists",
  EISDIR: "isFolder",
  ENOTDIR: "notFolder",
  EMFILE: "tooMany",
  ENFILE: "tooMany",
  EBUSY: "busy",
  ETXTBSY: "busy",
  ENAMETOOLONG: "nameTooLong",
  EIO: "io",
  ELOOP: "loop",
  ENOENT: "missing",
};

/** Every reason a code can give, for the test that words them all. */
export const SYSTEM_CODES = Object.keys(REASONS);

/** The code of a Node system error (EACCES …), or null for any other error. */
export function systemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** The sentence for a system error met while reading, writing, making or listing `path`. */
export function systemProblem(error: unknown, attempt: Attempt, path: string): Problem {
  const code = systemCode(error);
  const reason = code ? REASONS[code] : undefined;
  if (reason === "missing" && attempt === "read") return problem("cli.missing", { file: path });
  const because = reason ? problem(`cli.os.${reason}` as MessageKey) : problem("cli.os.other", { code: code ?? "?" });
  return problem(`cli.os.${attempt}` as MessageKey, { file: path }, because);
}
