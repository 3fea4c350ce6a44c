/**
 * The command line: `plankoll check FILE… [--out DIR] [--json] [--lang sv|en] [--settings FILE]`
 * `plankoll consolidate FILE… --out SUMMARY.xlsx [--json]` and `plankoll template procurement|kus --out FILE.xlsx`.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import ExcelJS from "exceljs";
import {
  analyzeWorkbook,
  BLANK_TEMPLATE_IDS,
  blankTemplate,
  consolidate,
  consolidationSheets,
  type BlankTemplate,
  kusRequests,
  type Finding,
  type KusRequest,
  fileReport,
  parseSettings,
  translator,
  type FileReport,
  type Locale,
  type Settings,
} from "../core";
import { countBySeverity } from "../core/findings";
import { formatSek } from "../core/templates/common";
import { registerEnglish } from "../core/i18n/english";
import { registerSwedishMore } from "../core/i18n/swedishMore";
import { unreadableReason } from "./unreadable";
import { addBlankTemplate, addSheet, applyPlan, readWorkbook, readWorkbookSettings, workbookGrids } from "../xlsx";

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
}

function parseArgs(args: readonly string[]): Options | string {
  const [command, ...rest] = args;
  const options: Options = {
    command: command ?? "",
    files: [],
    outDir: null,
    json: false,
    locale: "sv",
    settingsFile: null,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--out") options.outDir = rest[++i] ?? null;
    else if (arg === "--lang") options.locale = rest[++i] === "en" ? "en" : "sv";
    else if (arg === "--settings") options.settingsFile = rest[++i] ?? null;
    else if (arg.startsWith("--")) return `option:${arg}`;
    else options.files.push(arg);
  }
  if (!["check", "consolidate", "template"].includes(options.command) || options.files.length === 0) return "usage";
  if (rest.includes("--out") && !options.outDir) return "usage";
  if (options.command !== "check" && !options.outDir) return "usage";
  if (options.command === "template" && !(BLANK_TEMPLATE_IDS as readonly string[]).includes(options.files[0]))
    return "usage";
  return options;
}

/** The workbook, or null after a one-line message when it cannot be read. */
async function open(file: string, io: CliIo, t: ReturnType<typeof translator>): Promise<ExcelJS.Workbook | null> {
  try {
    return await readWorkbook(file);
  } catch (error) {
    const { key, params } = unreadableReason(file, oneLine(error));
    io.err(t(key, params));
    return null;
  }
}

/** The settings a workbook carries (set in the task pane), unless --settings was given. */
function settingsIn(
  workbook: ExcelJS.Workbook,
  file: string,
  io: CliIo,
  t: ReturnType<typeof translator>,
): Settings | undefined {
  const stored = readWorkbookSettings(workbook);
  if (stored === null) return undefined;
  if ("error" in stored) {
    io.err(t("cli.badSettings", { file: basename(file), reason: stored.error }));
    return undefined;
  }
  return stored.settings;
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
  const t = translator(typeof parsed === "string" ? "sv" : parsed.locale);
  if (typeof parsed === "string") {
    if (parsed.startsWith("option:")) io.err(t("cli.unknownOption", { option: parsed.slice("option:".length) }));
    io.err(t("cli.usage"));
    io.err(t("consolidate.usage"));
    io.err(t("cli.templateUsage"));
    return 2;
  }
  let settings: Settings | undefined;
  if (parsed.settingsFile) {
    try {
      settings = parseSettings(JSON.parse(readFileSync(parsed.settingsFile, "utf8")));
    } catch (error) {
      io.err(t("cli.unreadable", { file: parsed.settingsFile, reason: oneLine(error) }));
      return 2;
    }
  }
  if (parsed.command === "consolidate") return consolidateFiles(parsed, settings, io);
  if (parsed.command === "template") return writeTemplate(parsed, io);
  const reports: FileReport[] = [];
  let exitCode = 0;
  for (const file of parsed.files) {
    const workbook = await open(file, io, t);
    if (!workbook) {
      exitCode = 2;
      continue;
    }
    const analysis = analyzeWorkbook(workbookGrids(workbook), {
      settings: settings ?? settingsIn(workbook, file, io, t),
      locale: parsed.locale,
    });
    const report = fileReport(basename(file), analysis.sheets);
    reports.push(report);
    if (analysis.sheets.some((s) => s.findings.some((f) => f.severity === "error")) && exitCode === 0) exitCode = 1;
    if (!parsed.json) {
      for (const sheet of report.sheets) {
        if (!sheet.template) {
          io.out(t("cli.noTemplate", { file: report.file, sheet: sheet.sheet, reason: sheet.reason ?? "" }));
          continue;
        }
        const counts = countBySeverity(sheet.findings);
        io.out(
          t("cli.sheetSummary", {
            file: report.file,
            sheet: sheet.sheet,
            template: sheet.template,
            headerRow: sheet.headerRow ?? "",
            rows: sheet.rows,
            errors: counts.error,
            warnings: counts.warning,
            infos: counts.info,
          }),
        );
        for (const f of sheet.findings) io.out(`  ${f.cell}\t${f.severity}\t${f.code}\t${f.message}`);
      }
    }
    if (parsed.outDir) {
      try {
        mkdirSync(parsed.outDir, { recursive: true });
        applyPlan(workbook, analysis.plan);
        const target = join(parsed.outDir, basename(file));
        await workbook.xlsx.writeFile(target);
        if (!parsed.json) io.out(t("cli.wrote", { file: target }));
      } catch (error) {
        io.err(t("cli.unreadable", { file, reason: oneLine(error) }));
        exitCode = 2;
      }
    }
  }
  if (parsed.json) io.out(JSON.stringify(reports, null, 2));
  return exitCode;
}

/** Many förvaltningar's KUS requests summed into one workbook; files without a request are named and skipped. */
async function consolidateFiles(options: Options, settings: Settings | undefined, io: CliIo): Promise<number> {
  const t = translator(options.locale);
  const requests: KusRequest[] = [];
  const findings: { file: string; sheet: string; finding: Finding }[] = [];
  let exitCode = 0;
  for (const file of options.files) {
    const workbook = await open(file, io, t);
    if (!workbook) {
      exitCode = 2;
      continue;
    }
    const name = basename(file);
    const analysis = analyzeWorkbook(workbookGrids(workbook), {
      settings: settings ?? settingsIn(workbook, file, io, t),
      locale: options.locale,
    });
    const found = kusRequests(name, basename(file, extname(file)), analysis.sheets);
    if (found.length === 0) {
      io.err(t("consolidate.skipped", { file: name }));
      if (exitCode === 0) exitCode = 1;
      continue;
    }
    requests.push(...found);
    for (const sheet of analysis.sheets.filter((s) => s.template === "kus")) {
      for (const finding of sheet.findings) {
        findings.push({ file: name, sheet: sheet.sheet, finding });
        if (finding.severity === "error" && exitCode === 0) exitCode = 1;
      }
    }
  }
  const result = consolidate(requests);
  try {
    const summary = new ExcelJS.Workbook();
    for (const spec of consolidationSheets(result, findings, t)) addSheet(summary, spec);
    mkdirSync(dirname(options.outDir!), { recursive: true });
    await summary.xlsx.writeFile(options.outDir!);
  } catch (error) {
    io.err(t("cli.unreadable", { file: options.outDir!, reason: oneLine(error) }));
    return 2;
  }
  if (options.json) io.out(JSON.stringify(result, null, 2));
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
  const workbook = new ExcelJS.Workbook();
  addBlankTemplate(workbook, blankTemplate(options.files[0] as BlankTemplate["id"], t), t("blank.listError"));
  try {
    mkdirSync(dirname(options.outDir!), { recursive: true });
    await workbook.xlsx.writeFile(options.outDir!);
  } catch (error) {
    io.err(t("cli.unreadable", { file: options.outDir!, reason: oneLine(error) }));
    return 2;
  }
  io.out(t("cli.wrote", { file: options.outDir! }));
  return 0;
}
