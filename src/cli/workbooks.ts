/**
 * What the commands share: a workbook opened (or a sentence saying why not), the settings (from
 * --settings or kept in the workbook), a file judged, and the exit code the files add up to.
 */
import { basename } from "node:path";
import { readWorkbookPackage, type WorkbookRead, type XlsxPackage } from "../ooxml";
import { analyzeForWriting, analyzeSheets, workbookFindings } from "../core/workbook";
import type { WorkbookFinding } from "../core/templates/types";
import type { SheetReport } from "../core/analyze";
import type { LaterPlan } from "../core/plan";
import type { Settings } from "../core/settingsSchema";
import type * as SettingsSchema from "../core/settingsSchema";
import type { Locale } from "../core/types";
import type { Translate } from "../core/i18n";
import { collectGarbage, openPackage, readBytes } from "./node";
import { ProblemError, explain, problem } from "./problem";
import { unreadableReason } from "./unreadable";
import { jsonSlip } from "./jsonSyntax";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A workbook as read for checking: its grids by the streaming reader, and its package. */
export interface Opened {
  pkg: XlsxPackage;
  read: WorkbookRead;
}

/** The workbook, or null after a one-line message when it cannot be read. */
export function open(file: string, io: CliIo, t: Translate): Opened | null {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(file);
  } catch (error) {
    io.err(explain((error as ProblemError).problem, t));
    return null;
  }
  try {
    const pkg = openPackage(bytes);
    return { pkg, read: readWorkbookPackage(pkg) };
  } catch {
    io.err(explain(unreadableReason(file, bytes), t));
    return null;
  }
}

let schema: typeof SettingsSchema | null = null;
/** The settings' schema, loaded when there are settings to judge (a --settings file, or settings a workbook keeps). */
function settingsSchema(): typeof SettingsSchema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (schema ??= require("../core/settingsSchema") as typeof SettingsSchema);
}

/** Settings from a --settings file; a ProblemError naming every field that is wrong, in words. */
export function settingsFromFile(file: string, t: Translate): Settings {
  const text = new TextDecoder().decode(readBytes(file)).replace(/^\uFEFF/, "");
  const slip = jsonSlip(text);
  if (slip) {
    const found = slip.found === "" ? t("cli.json.atEnd") : t("cli.json.found", { found: slip.found });
    throw new ProblemError(
      problem(
        "cli.settingsJson",
        { file, line: slip.line, column: slip.column, found },
        problem(`cli.json.${slip.expected}`),
      ),
    );
  }
  const input: unknown = JSON.parse(text);
  const { settingsProblems, parseSettings, settingsWords } = settingsSchema();
  const problems = settingsProblems(input);
  if (!problems) return parseSettings(input);
  throw new ProblemError(problem("cli.settingsField", { file, problems: settingsWords(problems, t) }));
}

/** The settings a workbook carries (set in the task pane); a note and the defaults when they cannot be used. */
export function settingsIn(opened: Opened, file: string, io: CliIo, t: Translate): Settings | undefined {
  if (opened.read.settingsJson === null) return undefined;
  const { parseStoredSettings, settingsWords } = settingsSchema();
  const stored = parseStoredSettings(opened.read.settingsJson);
  if (stored === null) return undefined;
  if ("problems" in stored) {
    io.err(t("cli.badSettings", { file: basename(file), reason: settingsWords(stored.problems, t) }));
    return undefined;
  }
  return stored.settings;
}

export interface Judged {
  opened: Opened;
  /** The plan's sheets are made as the copy is written, one at a time (analyzeForWriting). */
  analysis: { sheets: SheetReport[]; workbook: WorkbookFinding[] | null; plan: LaterPlan | null };
}

/**
 * One file opened and judged — with the settings given on the command line, else the ones the
 * workbook carries; null after its one-line message when it cannot be read. `withPlan`: also the
 * write plan with Plankoll's sheets (for a copy).
 */
export function judge(
  file: string,
  locale: Locale,
  settings: Settings | undefined,
  io: CliIo,
  t: Translate,
  withPlan: boolean,
  previous?: readonly SheetReport[],
): Judged | null {
  const opened = open(file, io, t);
  if (!opened) return null;
  // The package's text is read and let go: collected now, its room is the analysis's, and the
  // process does not grow by it again (a 100 000-row sheet's text is tens of megabytes).
  collectGarbage();
  const options = { settings: settings ?? settingsIn(opened, file, io, t), locale, ...(previous ? { previous } : {}) };
  if (withPlan) return { opened, analysis: analyzeForWriting(opened.read.grids, options) };
  const sheets = analyzeSheets(opened.read.grids, options);
  return { opened, analysis: { sheets, workbook: workbookFindings(sheets, options), plan: null } };
}

/**
 * Last year's workbook (--previous, compare's first), reviewed for what this year's follows up and
 * is compared with; null when it cannot be read (said). Only read: never written.
 */
export function reviewPrevious(
  file: string,
  { io, t, locale, settings }: { io: CliIo; t: Translate; locale: Locale; settings: Settings | undefined },
): readonly SheetReport[] | null {
  const opened = open(file, io, t);
  if (!opened) return null;
  return analyzeSheets(opened.read.grids, { locale, ...(settings ? { settings } : {}) });
}

/** Whether a judged file holds an error, on a sheet or across sheets. */
export function hasErrors(analysis: Judged["analysis"]): boolean {
  const isError = (f: { severity: string }) => f.severity === "error";
  return analysis.sheets.some((s) => s.findings.some(isError)) || !!analysis.workbook?.some((w) => isError(w.finding));
}

/**
 * The exit code files add up to: 0 all well, 1 errors found (or a file without what was asked
 * for), 2 a file that could not be read or written, or no file at all.
 */
export class ExitCode {
  private code: number;
  constructor(files: number) {
    this.code = files === 0 ? 2 : 0;
  }
  found(): void {
    if (this.code === 0) this.code = 1;
  }
  failed(): void {
    this.code = 2;
  }
  get value(): number {
    return this.code;
  }
}
