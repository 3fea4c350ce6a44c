/**
 * The salary template's action, the right to information (Directive (EU) 2023/970, Art. 7):
 * `plankoll pay-info FILE (--employee N | --row R) [--sheet S] --out FILE.xlsx`, and the form under
 * a payroll in the pane. One worker's pay level and the averages of women and men in their
 * category, on a sheet of its own for that worker. The amounts go onto that sheet only: what is
 * said names the worker and where the sheet went. Exit 0 made, 1 the worker not found (or their
 * pay unreadable), 2 no such sheet.
 */
import { templateProblem, type Problem } from "../../problem";
import type { ActionOutcome, ActionRequest, AnalyzeOptions, TemplateAction } from "../types";
import type { KeyOf } from "../strings";
import type { Ctx, strings } from "./strings";
import type { SalaryResult } from "./analyze";
import { analyzeSalary } from "./analyze";
import { payInfoIn, payInfoProblem, payInfoWho, type PayInfoRequest } from "./payInfo";
import { payInfoSheet } from "./payInfoSheet";
import { logLine, logLines, payInfoLogSheet } from "./payInfoLog";
import { parseDateCell } from "../../parse/dates";

type SalaryKey = KeyOf<typeof strings>;
/** A problem in this template's words or the core's. */
const said = templateProblem<SalaryKey>();

/** Analysis options under which each payroll's result carries the answer for the worker asked for. */
export function withPayInfo(request: PayInfoRequest, options: AnalyzeOptions = {}): AnalyzeOptions {
  return {
    ...options,
    analyzeAs: { ...options.analyzeAs, salary: (table, ctx) => analyzeSalary(table, ctx as unknown as Ctx, request) },
  };
}

/** The worker asked for, by the options given: --employee, else --row. */
function requestOf(values: ReadonlyMap<string, string>): PayInfoRequest {
  const employee = values.get("--employee");
  return employee !== undefined ? { employee } : { row: Number(values.get("--row")) };
}

function run(request: ActionRequest, ctx: Ctx): ActionOutcome {
  const [file] = request.files;
  let grids = file.grids;
  const sheet = request.values.get("--sheet");
  if (sheet !== undefined) {
    const wanted = sheet.trim().toLowerCase();
    grids = grids.filter((g) => g.sheet.trim().toLowerCase() === wanted);
    if (grids.length === 0) {
      const sheets = file.grids.map((g) => g.sheet).join(", ");
      return refused([said("cli.payInfo.noSheet", { file: file.name, sheet, sheets })], 2);
    }
  }
  const asked = requestOf(request.values);
  const found = payInfoIn(request.analyze(grids, withPayInfo(asked, file.options)));
  if (found.kind !== "found") {
    const notes = [payInfoProblem(found, asked)!];
    // How to choose, in the command line's words (the pane's form says it by its fields).
    if (request.where === "commandLine") {
      if (found.kind === "ambiguous" || (found.kind === "notFound" && !found.idColumn && "employee" in asked))
        notes.push(said("cli.payInfo.useRow"));
      if (found.kind === "manySheets") notes.push(said("cli.payInfo.useSheet"));
    }
    return refused(notes, 1);
  }
  const { info, sheet: payroll } = found;
  const who = payInfoWho(info);
  const askedOn = request.values.get("--asked")?.trim() || ctx.today;
  // A request asked after today is no request yet.
  const wrongDate = askedDate(askedOn, ctx.today);
  if (wrongDate) return refused([wrongDate], 2);
  const line = logLine(info, askedOn, ctx);
  const late = line.late ? [said("payInfo.log.late", { asked: askedOn, deadline: line.deadline })] : [];
  if (request.where === "commandLine")
    return {
      sheets: [payInfoSheet(info, payroll, ctx)],
      said: [said("cli.payInfo.wrote", { who, sheet: payroll, row: info.row, file: request.out }), ...late],
      notes: [],
      exit: 0,
    };
  // In the pane the request log with its line, then the answer's sheet (shown last, named in what is said).
  return {
    sheets: [payInfoLogSheet(logLines(request.kept ?? null, ctx), line.cells, ctx), payInfoSheet(info, payroll, ctx)],
    said: [said("payInfo.pane.added", { who }), ...late],
    notes: [],
    exit: 0,
  };
}

/** --asked: a date as YYYY-MM-DD, no later than `latest`. */
function askedDate(value: string, latest: string): Problem | null {
  const parsed = parseDateCell(value.trim());
  return parsed?.kind === "date" && parsed.iso === value.trim() && parsed.iso <= latest
    ? null
    : said("payInfo.badAsked", { value });
}

function refused(notes: Problem[], exit: 1 | 2): ActionOutcome {
  return { sheets: null, said: [], notes, exit };
}

export const payInfoAction: TemplateAction<KeyOf<typeof strings>, SalaryResult> = {
  command: "pay-info",
  summary: "cli.cmd.payInfo",
  operands: "file",
  // The amounts never leave for a terminal or a pipe.
  json: "cli.payInfo.noJson",
  options: [
    { flag: "--employee", value: "cli.arg.employee", help: "cli.opt.employee" },
    {
      flag: "--row",
      value: "cli.arg.row",
      help: "cli.opt.row",
      check: (value) =>
        /^\d+$/.test(value.trim()) && Number(value) >= 1 ? null : said("cli.payInfo.badRow", { value }),
    },
    { flag: "--sheet", value: "cli.arg.sheet", help: "cli.opt.sheet" },
    {
      flag: "--asked",
      value: "payInfo.arg.asked",
      help: "payInfo.opt.asked",
      check: (value) => askedDate(value, "9999-12-31"),
    },
  ],
  oneOf: ["--employee", "--row"],
  pane: (result) => result.layout === "employees",
  keeps: "sheet.payInfoLog",
  run: (request, ctx) => run(request, ctx as unknown as Ctx),
};
