/** What every command is given, and the one wording of why a copy could not be written. */
import type { Locale } from "../../core/types";
import type { MessageKey, Translate } from "../../core/i18n";
import type { Settings } from "../../core/settingsSchema";
import { PlankollError } from "../../core/progress";
import { PackageRefusal } from "../../ooxml";
import type { Parsed } from "../commands";
import { CliProblem, word } from "../problem";
import type { CliIo } from "../workbooks";

export interface RunContext {
  parsed: Parsed;
  io: CliIo;
  t: Translate;
  locale: Locale;
  /** From --settings; absent: each workbook's own, else the defaults. */
  settings: Settings | undefined;
}

/** Why a copy could not be written, in the user's words. */
export function copyReason(error: unknown, t: Translate): string {
  if (error instanceof CliProblem) return word(error.problem, t);
  if (error instanceof PackageRefusal) {
    // A refusal about one part names it; one about the package as a whole says so.
    const whole = error.part === undefined && (error.kind === "structure" || error.kind === "prefixed");
    return t(`cli.refusal.${error.kind}${whole ? "Whole" : ""}` as MessageKey, { part: error.part ?? "" });
  }
  if (error instanceof PlankollError) return t(`error.${error.reason}`, error.params);
  // A fault of Plankoll's own: said as such, never with the program's English text.
  return t("cli.internal");
}
