/**
 * The command line: `plankoll check FILE… [--out DIR] [--json] [--lang sv|en] [--settings FILE]`
 * `plankoll consolidate FILE… --out SUMMARY.xlsx [--json]`, `plankoll template procurement|kus --out FILE.xlsx`
 * and `plankoll pay-info FILE (--employee N | --row R) [--sheet S] --out FILE.xlsx`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as zlib from "node:zlib";
import { basename, dirname, extname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
// The core's modules by name, not its index: zod (about 0.1 s to load) only when there are settings.
import { analyzeWorkbook, analyzeSheets, workbookFindings } from "../core/workbook";
import type { WorkbookFinding } from "../core/templates/types";
import { blankTemplate, blankTemplateIds } from "../core/blank";
import {
  consolidate,
  consolidationSheets,
  kusRequests,
  requestFindings,
  type KusRequest,
} from "../core/templates/kus/consolidate";
import { fileReport, type FileReport } from "../core/report";
import { translator } from "../core/i18n";
import type { Finding, Locale } from "../core/types";
import type { SheetReport } from "../core/analyze";
import type { WritePlan } from "../core/plan";
import type * as SettingsSchema from "../core/settingsSchema";
import type { Settings } from "../core/settingsSchema";
import { countBySeverity } from "../core/findings";
import { formatSek } from "../core/templates/common";
import { templateName } from "../core/templates";
import { PlankollError } from "../core/progress";
import { registerEnglish } from "../core/i18n/english";
import { registerSwedishMore } from "../core/i18n/swedishMore";
import { unreadableReason } from "./unreadable";
import { expandInputs, outputTargets, refuseOverwrite, type Input } from "./files";
import type { MessageKey, Params, Translate } from "../core/i18n";
import {
  PackageRefusal,
  XlsxPackage,
  clearPackage,
  readWorkbookPackage,
  writeHighlighted,
  type WorkbookRead,
} from "../ooxml";
import { newWorkbook } from "../ooxml/book";
import { writeJson } from "./json";
import { sheetRef } from "../core/sheet/address";
import { context } from "../core/analyze";
import type { PayInfoRequest } from "../core/templates/types";
import type { Ctx } from "../core/templates/salary/strings";
import { payInfoIn, payInfoProblem, payInfoWho } from "../core/templates/salary/payInfo";
import { payInfoSheet } from "../core/templates/salary/payInfoSheet";

/** Parts Plankoll changes are compressed fast: a copy is written in a moment, a little larger. */
const deflate = Object.assign((data: Uint8Array) => zlib.deflateRawSync(data, { level: 1 }), {
  // Node 20.15 and later checksum natively; the archive's own table otherwise.
  crc32: (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32,
  slice: (data: Uint8Array, last: boolean) =>
    zlib.deflateRawSync(data, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
});

/**
 * V8's full collection, asked for between judging a file and writing its copy: the garbage of
 * reading (about 100 MB for a 100 000-row sheet) is then gone before the copy is made, instead of
 * both holding memory at once (the peak of `--out` at 100 000 rows: 320 MB without, 260 with). The
 * collector is reached as jest-leak-detector reaches it; where it cannot be, nothing is done.
 */
let collector: (() => void) | undefined;
function collectGarbage(): void {
  if (!collector) {
    try {
      setFlagsFromString("--expose-gc");
      collector = runInNewContext("gc") as () => void;
    } catch {
      collector = () => undefined;
    }
  }
  collector();
}

const openPackage = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, (data) => zlib.inflateRawSync(data));

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

interface Options {
  command: string;
  files: string[];
  outDir: string | null;
  json: boolean;
  locale: Locale;
  settingsFile: string | null;
  /** pay-info: the worker asked for, and the payroll's sheet where one is named. */
  payInfo: PayInfoRequest | null;
  sheet: string | null;
}

/** A refusal of the command line itself: a message (key and parameters), then the usage. */
interface ArgsError {
  key: MessageKey;
  params?: Params;
}

const COMMANDS = ["check", "consolidate", "template", "clear", "pay-info"];
const VALUED = new Set(["--out", "--lang", "--settings", "--employee", "--row", "--sheet"]);
/** Options of pay-info alone. */
const PAY_INFO_OPTIONS = ["--employee", "--row", "--sheet"];

function parseArgs(args: readonly string[]): Options | ArgsError | "help" | "version" {
  if (args.includes("--help") || args.includes("-h")) return "help";
  if (args.includes("--version") || args.includes("-V")) return "version";
  const [command, ...rest] = args;
  const options: Options = {
    command: command ?? "",
    files: [],
    outDir: null,
    json: false,
    locale: args.includes("--lang") && args[args.indexOf("--lang") + 1] === "en" ? "en" : "sv",
    settingsFile: null,
    payInfo: null,
    sheet: null,
  };
  if (!command) return { key: "cli.noFiles" };
  if (!COMMANDS.includes(command)) return { key: "cli.unknownCommand", params: { command } };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (VALUED.has(arg)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith("--")) return { key: "cli.missingValue", params: { option: arg } };
      i++;
      if (PAY_INFO_OPTIONS.includes(arg) && command !== "pay-info")
        return { key: "cli.payInfo.onlyFor", params: { option: arg } };
      if (arg === "--out") options.outDir = value;
      else if (arg === "--settings") options.settingsFile = value;
      else if (arg === "--sheet") options.sheet = value;
      else if (arg === "--employee" || arg === "--row") {
        if (options.payInfo) return { key: "cli.payInfo.who" };
        if (arg === "--employee") options.payInfo = { employee: value };
        else if (/^\d+$/.test(value.trim()) && Number(value) >= 1) options.payInfo = { row: Number(value) };
        else return { key: "cli.payInfo.badRow", params: { value } };
      } else if (value === "sv" || value === "en") options.locale = value;
      else return { key: "cli.unknownLanguage", params: { value } };
    } else if (arg === "--json") options.json = true;
    else if (arg.startsWith("-") && arg !== "-") return { key: "cli.unknownOption", params: { option: arg } };
    else options.files.push(arg);
  }
  if (options.files.length === 0) return { key: "cli.noFiles" };
  if (options.command !== "check" && !options.outDir) return { key: "cli.missingValue", params: { option: "--out" } };
  if (options.command === "pay-info") {
    if (options.json) return { key: "cli.payInfo.noJson" };
    if (!options.payInfo) return { key: "cli.payInfo.who" };
    if (options.files.length > 1) return { key: "cli.payInfo.oneFile", params: { count: options.files.length } };
  }
  if (options.command === "template" && !(blankTemplateIds() as string[]).includes(options.files[0]))
    return { key: "cli.unknownTemplate", params: { name: options.files[0], names: blankTemplateIds().join(", ") } };
  return options;
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

let schema: typeof SettingsSchema | null = null;
/** The settings' schema, loaded when there are settings to judge (a --settings file, or settings a workbook keeps). */
function settingsSchema(): typeof SettingsSchema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (schema ??= require("../core/settingsSchema") as typeof SettingsSchema);
}

/** Settings from a --settings file, or a whole message naming each field that is wrong. */
function settingsFromFile(file: string, t: Translate): Settings | string {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    if (!existsSync(file)) return t("cli.missing", { file });
    return t("cli.settingsJson", { file, reason: oneLine(error) });
  }
  const { settingsProblems, parseSettings } = settingsSchema();
  const problems = settingsProblems(input);
  if (!problems) return parseSettings(input);
  const words = problems.map((p) => {
    const known = ["unrecognized_keys", "invalid_type", "too_small", "too_big"].includes(p.code);
    const key = (known ? `cli.settings.${p.code}` : "cli.settings.other") as MessageKey;
    if (p.code === "unrecognized_keys") {
      const fields = p.detail.split(", ").map((k) => (p.field ? `${p.field}.${k}` : k));
      return t(key, { field: fields.join(", "), detail: "" });
    }
    // Plankoll's own rules carry a message key (settings.error.bands).
    const detail = p.detail.startsWith("settings.") ? t(p.detail as MessageKey) : p.detail;
    return t(key, { field: p.field || t("cli.settings.wholeFile"), detail });
  });
  return t("cli.settingsField", { file, problems: words.join("; ") });
}

/** A workbook as read for checking: its grids by the streaming reader, and its package. */
interface Opened {
  pkg: XlsxPackage;
  read: WorkbookRead;
}

/** The workbook, or null after a one-line message when it cannot be read. */
function open(file: string, io: CliIo, t: Translate): Opened | null {
  try {
    const pkg = openPackage(readFileSync(file));
    return { pkg, read: readWorkbookPackage(pkg) };
  } catch (error) {
    const { key, params } = unreadableReason(file, oneLine(error));
    io.err(t(key, params));
    return null;
  }
}

/** The settings a workbook carries (set in the task pane), unless --settings was given. */
function settingsIn(opened: Opened, file: string, io: CliIo, t: Translate): Settings | undefined {
  if (opened.read.settingsJson === null) return undefined;
  const stored = settingsSchema().parseStoredSettings(opened.read.settingsJson);
  if (stored === null) return undefined;
  if ("error" in stored) {
    io.err(t("cli.badSettings", { file: basename(file), reason: stored.error }));
    return undefined;
  }
  return stored.settings;
}

/** Why a copy could not be written, in the user's words where Plankoll knows them. */
function copyReason(error: unknown, t: Translate): string {
  if (error instanceof PackageRefusal) return t(`cli.refusal.${error.kind}` as MessageKey);
  if (error instanceof PlankollError) return t(`error.${error.reason}`, error.params);
  return oneLine(error);
}

/** A reason in one line, without a stack: what a user can act on. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 300);
}

export async function main(args: readonly string[], io: CliIo = defaultIo): Promise<number> {
  registerEnglish();
  registerSwedishMore();
  const parsed = parseArgs(args);
  const locale: Locale = args.includes("--lang") && args[args.indexOf("--lang") + 1] === "en" ? "en" : "sv";
  const t = translator(typeof parsed === "object" && "command" in parsed ? parsed.locale : locale);
  if (parsed === "help") {
    io.out(t("cli.help"));
    return 0;
  }
  if (parsed === "version") {
    io.out(`plankoll ${version(t)}`);
    return 0;
  }
  if (!("command" in parsed)) {
    io.err(t(parsed.key, parsed.params));
    io.err(t("cli.usage"));
    io.err(t("consolidate.usage"));
    io.err(t("cli.templateUsage"));
    io.err(t("cli.payInfoUsage"));
    return 2;
  }
  let settings: Settings | undefined;
  if (parsed.settingsFile) {
    const read = settingsFromFile(parsed.settingsFile, t);
    if (typeof read === "string") {
      io.err(read);
      return 2;
    }
    settings = read;
  }
  if (parsed.command === "template") return writeTemplate(parsed, io);
  if (parsed.command === "pay-info") return writePayInfo(parsed, settings, io, t);
  const { inputs, notes } = expandInputs(parsed.files);
  for (const note of notes) io.err(t(note.key, note.params));
  if (parsed.command === "consolidate") return consolidateFiles(parsed, inputs, settings, io);
  if (parsed.command === "clear") return clearFiles(parsed, inputs, io, t);
  let targets: string[] | null = null;
  if (parsed.outDir) {
    const planned = outputTargets(inputs, parsed.outDir);
    if (!planned.ok) {
      io.err(t(planned.note.key, planned.note.params));
      return 2;
    }
    targets = planned.targets;
  }
  const reports: FileReport[] = [];
  const files = judgedFiles(inputs, parsed, settings, io, t, targets !== null);
  for (const { index, input, opened, analysis } of files) {
    const { path: file, relative: name } = input;
    const report = fileReport(name, analysis.sheets, analysis.workbook);
    reports.push(report);
    // The cells are read and judged: the writer needs the package and the plan, not the grids.
    opened.read.grids = [];
    const isError = (f: { severity: string }) => f.severity === "error";
    if (analysis.sheets.some((s) => s.findings.some(isError)) || analysis.workbook?.some((w) => isError(w.finding)))
      files.found();
    if (!parsed.json) printReport(report, io, t);
    if (targets) {
      try {
        const target = targets[index];
        collectGarbage();
        // Only what Plankoll writes changes; every other part of the workbook is copied as it is.
        const { bytes, summary } = writeHighlighted(opened.pkg, opened.read, analysis.plan!, deflate);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
        if (!parsed.json) io.out(t("cli.wrote", { file: target }));
        if (summary.notesLeftOut.length)
          io.err(t("cli.notesLeftOut", { file: target, sheets: summary.notesLeftOut.join(", ") }));
      } catch (error) {
        io.err(t("cli.copyFailed", { file, reason: copyReason(error, t) }));
        files.failed();
      }
    }
  }
  if (parsed.json) writeJson(reports, io.out);
  return files.exitCode();
}

function printReport(report: FileReport, io: CliIo, t: Translate): void {
  for (const sheet of report.sheets) {
    const name = sheet.table ? `${sheet.sheet} (${sheet.table})` : sheet.sheet;
    if (!sheet.template) {
      io.out(t("cli.noTemplate", { file: report.file, sheet: name, reason: sheet.reason ?? "" }));
      continue;
    }
    const counts = countBySeverity(sheet.findings);
    io.out(
      t("cli.sheetSummary", {
        file: report.file,
        sheet: name,
        template: sheet.template ? templateName(sheet.template, t) : "",
        headerRow: sheet.headerRow ?? "",
        rows: sheet.rows,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
      }),
    );
    // The severity in the user's language; the code as it stands in the JSON report.
    for (const f of sheet.findings) io.out(`  ${f.cell}\t${t(`severity.${f.severity}`)}\t${f.code}\t${f.message}`);
  }
  if (!report.workbook) return;
  const counts = countBySeverity(report.workbook.findings);
  io.out(
    t("cli.workbookSummary", { file: report.file, errors: counts.error, warnings: counts.warning, infos: counts.info }),
  );
  for (const f of report.workbook.findings)
    io.out(`  ${sheetRef(f.sheet, f.cell)}\t${t(`severity.${f.severity}`)}\t${f.code}\t${f.message}`);
}

/** Rensa for files: each highlighted copy as it was before Plankoll's first run, written to --out. */
function clearFiles(options: Options, inputs: readonly Input[], io: CliIo, t: Translate): number {
  const planned = outputTargets(inputs, options.outDir!);
  if (!planned.ok) {
    io.err(t(planned.note.key, planned.note.params));
    return 2;
  }
  let exitCode = inputs.length === 0 ? 2 : 0;
  for (const [index, { path: file }] of inputs.entries()) {
    const opened = open(file, io, t);
    if (!opened) {
      exitCode = 2;
      continue;
    }
    try {
      const bytes = clearPackage(opened.pkg, opened.read, deflate);
      if (!bytes) {
        io.out(t("cli.nothingToClear", { file }));
        continue;
      }
      const target = planned.targets[index];
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      io.out(t("cli.cleared", { file: target }));
    } catch (error) {
      io.err(t("cli.copyFailed", { file, reason: copyReason(error, t) }));
      exitCode = 2;
    }
  }
  return exitCode;
}

/**
 * The files of check and consolidate, each opened and judged in turn (a file that cannot be read
 * is named and skipped), with the exit code they add up to: 0 all well, 1 errors found (or a file
 * without what was asked for), 2 a file that could not be read or written, or no file at all.
 */
function judgedFiles(
  inputs: readonly Input[],
  options: Options,
  settings: Settings | undefined,
  io: CliIo,
  t: Translate,
  withPlan: boolean,
) {
  let code = inputs.length === 0 ? 2 : 0;
  return {
    *[Symbol.iterator]() {
      for (const [index, input] of inputs.entries()) {
        const judged = judge(input.path, options, settings, io, t, withPlan);
        if (!judged) code = 2;
        else yield { index, input, ...judged };
      }
    },
    /** Errors in a file, or a file without what was asked for. */
    found: () => {
      if (code === 0) code = 1;
    },
    /** A file that could not be read or written. */
    failed: () => {
      code = 2;
    },
    exitCode: () => code,
  };
}

/**
 * One file opened and judged — with the settings given on the command line, else the ones the
 * workbook carries — for check and consolidate alike; null after its one-line message when it
 * cannot be read. `withPlan`: also the write plan with Plankoll's sheets (for a copy).
 */
function judge(
  file: string,
  options: Options,
  settings: Settings | undefined,
  io: CliIo,
  t: Translate,
  withPlan: boolean,
): {
  opened: Opened;
  analysis: { sheets: SheetReport[]; workbook: WorkbookFinding[] | null; plan: WritePlan | null };
} | null {
  const opened = open(file, io, t);
  if (!opened) return null;
  const analyzeOptions = { settings: settings ?? settingsIn(opened, file, io, t), locale: options.locale };
  if (withPlan) return { opened, analysis: analyzeWorkbook(opened.read.grids, analyzeOptions) };
  const sheets = analyzeSheets(opened.read.grids, analyzeOptions);
  return { opened, analysis: { sheets, workbook: workbookFindings(sheets, analyzeOptions), plan: null } };
}

/** Many förvaltningar's KUS requests summed into one workbook; files without a request are named and skipped. */
async function consolidateFiles(
  options: Options,
  inputs: readonly Input[],
  settings: Settings | undefined,
  io: CliIo,
): Promise<number> {
  const t = translator(options.locale);
  const refused = refuseOverwrite(inputs, options.outDir!);
  if (refused) {
    io.err(t(refused.key, refused.params));
    return 2;
  }
  const requests: KusRequest[] = [];
  const findings: { file: string; sheet: string; finding: Finding }[] = [];
  const files = judgedFiles(inputs, options, settings, io, t, false);
  for (const { input, analysis } of files) {
    const file = input.path;
    const name = basename(file);
    const found = kusRequests(name, basename(file, extname(file)), analysis.sheets);
    if (found.length === 0) {
      io.err(t("consolidate.skipped", { file: name }));
      files.found();
      continue;
    }
    requests.push(...found);
    for (const found of requestFindings(name, analysis.sheets)) {
      findings.push(found);
      if (found.finding.severity === "error") files.found();
    }
  }
  const exitCode = files.exitCode();
  const result = consolidate(requests);
  try {
    const sheets = consolidationSheets(result, findings, t).map((spec) => ({ spec }));
    mkdirSync(dirname(options.outDir!), { recursive: true });
    writeFileSync(options.outDir!, newWorkbook(sheets, openPackage, deflate));
  } catch (error) {
    io.err(t("cli.unreadable", { file: options.outDir!, reason: oneLine(error) }));
    return 2;
  }
  if (options.json) writeJson(result, io.out);
  else {
    io.out(
      t("consolidate.wrote", {
        file: options.outDir!,
        count: new Set(result.organisations.map((o) => o.name)).size,
        total: formatSek(result.totalSek),
      }),
    );
  }
  return exitCode;
}

/** A blank template workbook to hand out: the same sheet Infoga mall inserts in Excel. */
async function writeTemplate(options: Options, io: CliIo): Promise<number> {
  const t = translator(options.locale);
  if (existsSync(options.outDir!)) {
    io.err(t("cli.templateExists", { file: options.outDir! }));
    return 2;
  }
  const template = blankTemplate(options.files[0], t);
  try {
    mkdirSync(dirname(options.outDir!), { recursive: true });
    writeFileSync(options.outDir!, newWorkbook([{ template, listError: t("blank.listError") }], openPackage, deflate));
  } catch (error) {
    io.err(t("cli.unreadable", { file: options.outDir!, reason: oneLine(error) }));
    return 2;
  }
  io.out(t("cli.wrote", { file: options.outDir! }));
  return 0;
}

/**
 * The right to information (Directive (EU) 2023/970, Art. 7): one worker's pay level and the
 * averages of women and men in their category, on a sheet in a workbook of its own for that
 * worker. The amounts go into that file only: what is printed names the worker and the file.
 * Exit 0 written, 1 the worker not found (or their pay unreadable), 2 the command or a file wrong.
 */
function writePayInfo(options: Options, settings: Settings | undefined, io: CliIo, t: Translate): number {
  const file = options.files[0];
  const target = options.outDir!;
  const refused = refuseOverwrite([{ path: file, relative: basename(file) }], target);
  if (refused) {
    io.err(t(refused.key, refused.params));
    return 2;
  }
  if (existsSync(target)) {
    io.err(t("cli.templateExists", { file: target }));
    return 2;
  }
  const opened = open(file, io, t);
  if (!opened) return 2;
  let grids = opened.read.grids;
  if (options.sheet !== null) {
    const wanted = options.sheet.trim().toLowerCase();
    grids = grids.filter((g) => g.sheet.trim().toLowerCase() === wanted);
    if (grids.length === 0) {
      const sheets = opened.read.grids.map((g) => g.sheet).join(", ");
      io.err(t("cli.payInfo.noSheet", { file: basename(file), sheet: options.sheet, sheets }));
      return 2;
    }
  }
  const request = options.payInfo!;
  const analyzeOptions = {
    settings: settings ?? settingsIn(opened, file, io, t),
    locale: options.locale,
    payInfo: request,
  };
  const found = payInfoIn(analyzeSheets(grids, analyzeOptions));
  const say = (key: string, params?: Params) => t(key as MessageKey, params);
  if (found.kind !== "found") {
    io.err(payInfoProblem(found, request, say)!);
    // How to choose, in this command's words.
    if (found.kind === "ambiguous" || (found.kind === "notFound" && !found.idColumn && "employee" in request))
      io.err(t("cli.payInfo.useRow"));
    if (found.kind === "manySheets") io.err(t("cli.payInfo.useSheet"));
    return 1;
  }
  const ctx = context(analyzeOptions) as unknown as Ctx;
  const { info, sheet } = found;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, newWorkbook([{ spec: payInfoSheet(info, sheet, ctx) }], openPackage, deflate));
  } catch (error) {
    io.err(t("cli.unreadable", { file: target, reason: oneLine(error) }));
    return 2;
  }
  io.out(t("cli.payInfo.wrote", { who: payInfoWho(info, say), sheet, row: info.row, file: target }));
  return 0;
}
