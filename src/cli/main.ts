/**
 * The command line: the arguments read against the command table (commands.ts), then the command
 * run (commands/). Every message is worded here or in the command, in the user's language.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { translator, type Translate } from "../core/i18n";
import type { Locale } from "../core/types";
import { blankTemplateIds } from "../core/blank";
import { templateByName } from "../core/templates";
import { registerEnglish } from "../core/i18n/english";
import { registerSwedishMore } from "../core/i18n/swedishMore";
import { helpText, parseArgs, usageLines, type Parsed } from "./commands";
import { ProblemError, explain } from "./problem";
import { settingsFromFile, type CliIo } from "./workbooks";
import type { RunContext } from "./commands/run";
import { check } from "./commands/check";
import { clear } from "./commands/clear";
import { compare } from "./commands/compare";
import { template } from "./commands/template";
import { actionCommand } from "./commands/action";

export type { CliIo };

/** The command line's own commands; every other is a template's action (commands.ts). */
const RUN: Record<string, (context: RunContext) => number> = { check, compare, clear, template };

/** Output that stops quietly once its reader has gone (`| head`): the exit code is still the check's. */
function defaultIo(): CliIo {
  let closed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
    else throw error;
  });
  return {
    out: (line) => {
      if (!closed) process.stdout.write(line + "\n");
    },
    err: (line) => process.stderr.write(line + "\n"),
  };
}

/** Plankoll's version from its package.json (beside lib/ and src/ alike). */
function version(t: Translate): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return t("cli.versionUnknown");
  }
}

/** The templates with the names a user may give them: "risk (riskanalys)". */
function templateList(): string {
  return blankTemplateIds()
    .map((id) => {
      const other = templateByName(id)?.names?.[0];
      return other ? `${id} (${other})` : id;
    })
    .join(", ");
}

export async function main(args: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  registerEnglish();
  registerSwedishMore();
  const at = args.indexOf("--lang");
  const locale: Locale = at >= 0 && args[at + 1] === "en" ? "en" : "sv";
  const t = translator(locale);
  const names = [translator("sv"), translator("en")];
  const blank = new Set<string>(blankTemplateIds());
  const templateId = (name: string) => {
    const found = templateByName(name, names);
    return found && blank.has(found.id) ? found.id : null;
  };
  const result = parseArgs(args, templateId, () => templateList());
  if (result.kind === "help") {
    io.out(helpText(t, templateList()));
    return 0;
  }
  if (result.kind === "version") {
    io.out(`plankoll ${version(t)}`);
    return 0;
  }
  if (result.kind === "refused") {
    io.err(explain(result.problem, t));
    for (const line of usageLines(result.command, t)) io.err(line);
    return 2;
  }
  return run(result.parsed, io, t, locale);
}

function run(parsed: Parsed, io: CliIo, t: Translate, locale: Locale): number {
  const context: RunContext = { parsed, io, t, locale, settings: undefined };
  const file = parsed.values.get("--settings");
  try {
    if (file !== undefined) context.settings = settingsFromFile(file, t);
    const { action } = parsed.command;
    return (action ? actionCommand(action) : RUN[parsed.command.name])(context);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    io.err(explain(error.problem, t));
    return 2;
  }
}
