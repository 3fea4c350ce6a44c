/**
 * The command table: every command with its operands, its --out and its options, and every
 * option with its value and its help. The help text, the usage lines after an error, the list of
 * commands an unknown one is told, and every argument check are made from this table alone, so
 * they cannot disagree.
 */
import type { MessageKey, Params, Translate } from "../core/i18n";
import { templateActions, templateExports } from "../core/actions";
import type { TemplateAction } from "../core/templates/types";
import { problem, type Problem } from "./problem";

export interface OptionSpec {
  /** The long form, "--out". */
  flag: string;
  short?: string;
  /** The placeholder key of its value; absent: a switch. */
  value?: MessageKey;
  /** Its values when they are few and fixed. */
  choices?: readonly string[];
  /** What it does, for the help. */
  help: MessageKey;
  /** Why a value cannot be used, or null. */
  check?(value: string): Problem | null;
}

/** One command's line of the table. */
export interface CommandSpec {
  name: string;
  /** What it takes: files and folders (one or more), exactly one file, two files (last year's, this year's), or one template's name. */
  operands: "inputs" | "file" | "pair" | "template";
  /** Its --out: a folder (required or not) or one .xlsx file (required or not). */
  out: "folder" | "optionalFolder" | "file" | "optionalFile";
  /** The options it accepts besides --out, --lang, --help and --version. */
  options: readonly string[];
  /** Options of which exactly one must be given. */
  oneOf?: readonly string[];
  /** Options it refuses with a reason of its own (pay-info's --json). */
  refuses?: Readonly<Record<string, MessageKey>>;
  summary: MessageKey;
  /** A template's action, which the command runs. */
  action?: TemplateAction;
}

const GENERAL_OPTIONS: readonly OptionSpec[] = [
  { flag: "--out", value: "cli.arg.out", help: "cli.opt.out" },
  { flag: "--json", help: "cli.opt.json" },
  { flag: "--lang", value: "cli.arg.lang", choices: ["sv", "en"], help: "cli.opt.lang" },
  { flag: "--settings", value: "cli.arg.settings", help: "cli.opt.settings" },
  { flag: "--previous", value: "cli.arg.previous", help: "cli.opt.previous" },
];

const HELP_OPTIONS: readonly OptionSpec[] = [
  { flag: "--help", short: "-h", help: "cli.opt.help" },
  { flag: "--version", short: "-V", help: "cli.opt.version" },
];

const actions = templateActions;

/** Every option: the general ones, each action's own (once, as its first template gives it), then --help and --version. */
export function options(): OptionSpec[] {
  const own = new Map<string, OptionSpec>();
  for (const { exported } of templateExports())
    own.set(exported.flag, {
      flag: exported.flag,
      value: exported.value as MessageKey,
      help: exported.help as MessageKey,
    });
  for (const { action } of actions())
    for (const o of action.options ?? [])
      if (!own.has(o.flag))
        // A template's own words are registered with it.
        own.set(o.flag, {
          flag: o.flag,
          value: o.value as MessageKey | undefined,
          help: o.help as MessageKey,
          check: o.check,
        });
  return [...GENERAL_OPTIONS, ...own.values(), ...HELP_OPTIONS];
}

/** A template's action as a line of the table: its options, --settings, and --json where it takes it. */
function actionLine(action: TemplateAction): CommandSpec {
  const json = action.json === true ? ["--json"] : [];
  return {
    name: action.command,
    operands: action.operands,
    out: "file",
    options: [...json, "--settings", ...(action.options ?? []).map((o) => o.flag)],
    ...(action.oneOf ? { oneOf: action.oneOf } : {}),
    ...(typeof action.json === "string" ? { refuses: { "--json": action.json as MessageKey } } : {}),
    summary: action.summary as MessageKey,
    action,
  };
}

/** Options every command takes. */
const COMMON = ["--lang"];

const CHECK: CommandSpec = {
  name: "check",
  operands: "inputs",
  out: "optionalFolder",
  options: ["--json", "--settings", "--previous"],
  summary: "cli.cmd.check",
};
const COMPARE: CommandSpec = {
  name: "compare",
  operands: "pair",
  out: "optionalFile",
  options: ["--json", "--settings"],
  summary: "cli.cmd.compare",
};
const CLEAR: CommandSpec = { name: "clear", operands: "inputs", out: "folder", options: [], summary: "cli.cmd.clear" };
const TEMPLATE: CommandSpec = {
  name: "template",
  operands: "template",
  out: "file",
  options: [],
  summary: "cli.cmd.template",
};

/**
 * Every command: check, the template actions that read many workbooks (consolidate), clear and
 * template, then the actions on one workbook (pay-info). The actions come from the registry: a
 * template with an action has its command without this file changing.
 */
export function commands(): CommandSpec[] {
  const all = actions().map(({ action }) => actionLine(action));
  // check takes each template's export flag (--pay-report FOLDER).
  const check = { ...CHECK, options: [...CHECK.options, ...templateExports().map(({ exported }) => exported.flag)] };
  return [
    check,
    COMPARE,
    ...all.filter((c) => c.operands === "inputs"),
    CLEAR,
    TEMPLATE,
    ...all.filter((c) => c.operands !== "inputs"),
  ];
}

/** A command line as the table reads it. */
export interface Parsed {
  command: CommandSpec;
  operands: string[];
  /** Each valued option given, by its long form. */
  values: Map<string, string>;
  /** Each switch given. */
  switches: Set<string>;
}

export type ParseResult =
  | { kind: "run"; parsed: Parsed }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "refused"; problem: Problem; command: CommandSpec | null };

const refusal = (key: MessageKey, params: Params, command: CommandSpec | null): ParseResult => ({
  kind: "refused",
  problem: problem(key, params),
  command,
});

const optionOf = (arg: string) => options().find((o) => o.flag === arg || o.short === arg);
const commandOf = (name: string) => commands().find((c) => c.name === name);
const accepts = (command: CommandSpec, flag: string) =>
  flag === "--out" || COMMON.includes(flag) || command.options.includes(flag);

/** The commands that take an option, for "belongs to …". */
const commandsWith = (flag: string) =>
  commands()
    .filter((c) => accepts(c, flag))
    .map((c) => c.name)
    .join(", ");

/**
 * Reads the arguments against the table. `templateId` turns a template's name (English id or
 * Swedish name) into its id, or null; `templates` lists them for a refusal.
 */
export function parseArgs(
  args: readonly string[],
  templateId: (name: string) => string | null,
  templates: () => string,
): ParseResult {
  if (args.some((a) => a === "--help" || a === "-h")) return { kind: "help" };
  if (args.some((a) => a === "--version" || a === "-V")) return { kind: "version" };
  // The command is the first word that is no option or option's value: `--lang en check …` works too.
  let at = 0;
  while (at < args.length && args[at].startsWith("-") && args[at] !== "-") at += optionOf(args[at])?.value ? 2 : 1;
  const name = args[at];
  const rest = [...args.slice(0, at), ...args.slice(at + 1)];
  const refuse = (key: MessageKey, params: Params = {}, command: CommandSpec | null = null) =>
    refusal(key, params, command);
  if (name === undefined)
    return refuse("cli.noCommand", {
      commands: commands()
        .map((c) => c.name)
        .join(", "),
    });
  const command = commandOf(name);
  if (!command)
    return refuse("cli.unknownCommand", {
      command: name,
      commands: commands()
        .map((c) => c.name)
        .join(", "),
    });
  const parsed: Parsed = { command, operands: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("-") || arg === "-") {
      parsed.operands.push(arg);
      continue;
    }
    const option = optionOf(arg);
    if (!option) return refuse("cli.unknownOption", { option: arg }, command);
    const reason = command.refuses?.[option.flag];
    if (reason) return refuse(reason, {}, command);
    if (!accepts(command, option.flag))
      return refuse(
        "cli.optionNotFor",
        { option: option.flag, command: name, commands: commandsWith(option.flag) },
        command,
      );
    if (parsed.values.has(option.flag) || parsed.switches.has(option.flag))
      return refuse("cli.optionTwice", { option: option.flag }, command);
    if (!option.value) {
      parsed.switches.add(option.flag);
      continue;
    }
    const value = rest[i + 1];
    if (value === undefined || (value.startsWith("-") && value !== "-"))
      return refuse("cli.missingValue", { option: option.flag }, command);
    i++;
    if (option.choices && !option.choices.includes(value))
      return refuse("cli.badChoice", { option: option.flag, value, choices: option.choices.join(", ") }, command);
    const unusable = option.check?.(value);
    if (unusable) return { kind: "refused", problem: unusable, command };
    parsed.values.set(option.flag, value);
  }
  return checkOperands(parsed, templateId, templates) ?? { kind: "run", parsed };
}

/** The operands, --out and the required options against the command's line of the table. */
function checkOperands(
  parsed: Parsed,
  templateId: (name: string) => string | null,
  templates: () => string,
): ParseResult | null {
  const { command, operands } = parsed;
  const refuse = (key: MessageKey, params: Params = {}) => refusal(key, params, command);
  if (command.operands === "template") {
    if (operands.length === 0) return refuse("cli.templateMissing", { names: templates() });
    if (operands.length > 1) return refuse("cli.oneTemplate", { names: operands.join(", ") });
    const id = templateId(operands[0]);
    if (!id) return refuse("cli.unknownTemplate", { name: operands[0], names: templates() });
    parsed.operands = [id];
  } else if (command.operands === "pair") {
    if (operands.length !== 2) return refuse("cli.twoFiles", { command: command.name, count: operands.length });
  } else if (operands.length === 0) return refuse(command.operands === "file" ? "cli.noFile" : "cli.noFiles");
  else if (command.operands === "file" && operands.length > 1)
    return refuse("cli.oneFile", { command: command.name, count: operands.length });
  const out = parsed.values.get("--out");
  if (!out && command.out !== "optionalFolder" && command.out !== "optionalFile")
    return refuse(command.out === "file" ? "cli.outFileRequired" : "cli.outFolderRequired", { command: command.name });
  if (out && (command.out === "file" || command.out === "optionalFile") && !/\.xlsx$/i.test(out))
    return refuse("cli.outNotXlsx", { file: out, other: out.replace(/(\.[^./\\]*)?$/, ".xlsx") });
  if (command.oneOf) {
    const given = command.oneOf.filter((flag) => parsed.values.has(flag));
    if (given.length !== 1) return refuse("cli.oneOf", { command: command.name, options: command.oneOf.join(" | ") });
  }
  return null;
}

/** One command's usage line, in the user's words. */
export function usageLine(command: CommandSpec, t: Translate): string {
  const operand = t(`cli.arg.${command.operands}` as MessageKey);
  const toFile = command.out === "file" || command.out === "optionalFile";
  const outValue = t(toFile ? "cli.arg.outFile" : "cli.arg.outFolder");
  const optional = command.out === "optionalFolder" || command.out === "optionalFile";
  const out = optional ? `[--out ${outValue}]` : `--out ${outValue}`;
  const option = (flag: string) => {
    const spec = optionOf(flag)!;
    return spec.value ? `${flag} ${t(spec.value)}` : flag;
  };
  const oneOf = command.oneOf ? [`(${command.oneOf.map(option).join(" | ")})`] : [];
  const options = [...command.options, ...COMMON]
    .filter((flag) => !command.oneOf?.includes(flag))
    .map((flag) => `[${option(flag)}]`);
  return ["plankoll", command.name, operand, ...oneOf, out, ...options].join(" ");
}

/** What is printed after a refusal: the command's usage (or every command's), and where the help is. */
export function usageLines(command: CommandSpec | null, t: Translate): string[] {
  const lines = (command ? [command] : commands()).map((c) => usageLine(c, t));
  return [t("cli.usageHead"), ...lines.map((l) => `  ${l}`), t("cli.moreHelp")];
}

/** The whole help, from the table. */
export function helpText(t: Translate, templates: string): string {
  const all = commands();
  const every = options();
  const width = Math.max(...all.map((c) => c.name.length)) + 2;
  const optionWidth = Math.max(...every.map((o) => optionLabel(o, t).length)) + 2;
  return [
    t("cli.helpIntro"),
    "",
    t("cli.usageHead"),
    ...all.map((c) => `  ${usageLine(c, t)}`),
    "",
    t("cli.commandsHead"),
    ...all.map((c) => `  ${c.name.padEnd(width)}${t(c.summary)}`),
    "",
    t("cli.templatesHead", { names: templates }),
    "",
    t("cli.optionsHead"),
    ...every.map((o) => `  ${optionLabel(o, t).padEnd(optionWidth)}${t(o.help)}${forWhich(o)}`),
    "",
    t("cli.exitCodes"),
  ].join("\n");
}

function optionLabel(option: OptionSpec, t: Translate): string {
  const flag = option.short ? `${option.flag}, ${option.short}` : option.flag;
  return option.value ? `${flag} ${t(option.value)}` : flag;
}

/** "(check, consolidate)" after an option some commands take. */
function forWhich(option: OptionSpec): string {
  if (option.flag === "--out" || option.short || COMMON.includes(option.flag)) return "";
  return ` (${commandsWith(option.flag)})`;
}
