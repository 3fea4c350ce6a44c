/**
 * `plankoll pay-info FILE (--employee N | --row R) [--sheet S] --out FILE.xlsx` — the right to
 * information (Directive (EU) 2023/970, Art. 7): one worker's pay level and the averages of women
 * and men in their category, on a sheet in a workbook of its own for that worker. The amounts go
 * into that file only: what is printed names the worker and the file. Exit 0 written, 1 the worker
 * not found (or their pay unreadable), 2 the command or a file wrong.
 */
import { basename } from "node:path";
import { analyzeSheets } from "../../core/workbook";
import { context } from "../../core/analyze";
import type { MessageKey, Params } from "../../core/i18n";
import type { PayInfoRequest } from "../../core/templates/types";
import type { Ctx } from "../../core/templates/salary/strings";
import { payInfoIn, payInfoProblem, payInfoWho } from "../../core/templates/salary/payInfo";
import { payInfoSheet } from "../../core/templates/salary/payInfoSheet";
import { newWorkbook } from "../../ooxml/book";
import { refuseOverwrite } from "../files";
import { deflate, openPackage, writeOutput } from "../node";
import { ProblemError, explain } from "../problem";
import { open, settingsIn } from "../workbooks";
import type { RunContext } from "./run";

export function payInfo({ parsed, io, t, locale, settings }: RunContext): number {
  const file = parsed.operands[0];
  const target = parsed.values.get("--out")!;
  const refused = refuseOverwrite([{ path: file, relative: basename(file) }], target);
  if (refused) {
    io.err(explain(refused, t));
    return 2;
  }
  const opened = open(file, io, t);
  if (!opened) return 2;
  let grids = opened.read.grids;
  const sheet = parsed.values.get("--sheet");
  if (sheet !== undefined) {
    const wanted = sheet.trim().toLowerCase();
    grids = grids.filter((g) => g.sheet.trim().toLowerCase() === wanted);
    if (grids.length === 0) {
      const sheets = opened.read.grids.map((g) => g.sheet).join(", ");
      io.err(t("cli.payInfo.noSheet", { file: basename(file), sheet, sheets }));
      return 2;
    }
  }
  const employee = parsed.values.get("--employee");
  const request: PayInfoRequest = employee !== undefined ? { employee } : { row: Number(parsed.values.get("--row")) };
  const analyzeOptions = { settings: settings ?? settingsIn(opened, file, io, t), locale, payInfo: request };
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
  const { info, sheet: payroll } = found;
  try {
    writeOutput(target, newWorkbook([{ spec: payInfoSheet(info, payroll, ctx) }], openPackage, deflate), "nothing");
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    io.err(explain(error.problem, t));
    return 2;
  }
  io.out(t("cli.payInfo.wrote", { who: payInfoWho(info, say), sheet: payroll, row: info.row, file: target }));
  return 0;
}
