/** What every command is given, and the one wording of why a copy could not be written. */
import type { Locale } from "../../core/types";
import type { Translate } from "../../core/i18n";
import type { Settings } from "../../core/settingsSchema";
import type { Parsed } from "../commands";
import { explainError, problem } from "../../core/problem";
import type { CliIo } from "../workbooks";

export interface RunContext {
  parsed: Parsed;
  io: CliIo;
  t: Translate;
  locale: Locale;
  /** From --settings; absent: each workbook's own, else the defaults. */
  settings: Settings | undefined;
}

/** Why a copy could not be written, in the user's words: a fault of Plankoll's own is said as such, never with the program's English text. */
export function copyReason(error: unknown, t: Translate): string {
  return explainError(error, t, () => problem("cli.internal"));
}
