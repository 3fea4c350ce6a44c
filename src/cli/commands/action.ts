/**
 * A template's action as a command (`plankoll consolidate`, `plankoll pay-info`, any template's):
 * its files opened and reviewed, the action run on them, its sheets written to a new workbook at
 * --out (never over a file), and what it says printed — in the user's words. The command line
 * knows no template: the action comes from the registry.
 */
import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import { analyzeSheets } from "../../core/workbook";
import { runAction } from "../../core/actions";
import type { ActionFile, TemplateAction } from "../../core/templates/types";
import { newWorkbook } from "../../ooxml/book";
import { expandInputs, refuseOverwrite, type Input } from "../files";
import { deflate, openPackage, writeOutput } from "../node";
import { ProblemError, explain } from "../problem";
import { writeJson } from "../json";
import { ExitCode, open, settingsIn } from "../workbooks";
import type { RunContext } from "./run";

function modifiedAt(file: string): string | undefined {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return undefined;
  }
}

/** The command that runs `action` of `template`. */
export function actionCommand(action: TemplateAction): (context: RunContext) => number {
  return ({ parsed, io, t, locale, settings }) => {
    const target = parsed.values.get("--out")!;
    let inputs: Input[];
    if (action.operands === "inputs") {
      const found = expandInputs(parsed.operands, null, { outFile: target });
      for (const note of found.notes) io.err(explain(note, t));
      inputs = found.inputs;
    } else inputs = [{ path: parsed.operands[0], relative: basename(parsed.operands[0]) }];
    const refused = refuseOverwrite(inputs, target);
    if (refused) {
      io.err(explain(refused, t));
      return 2;
    }
    const exit = new ExitCode(inputs.length);
    const files: ActionFile[] = [];
    for (const input of inputs) {
      const opened = open(input.path, io, t);
      if (!opened) {
        exit.failed();
        continue;
      }
      const options = { settings: settings ?? settingsIn(opened, input.path, io, t), locale };
      const grids = opened.read.grids;
      const file = input.path;
      const stem = basename(file, extname(file));
      // Reviewed only if the action reads the reviews (pay-info analyses its payrolls its own way).
      let reports: ActionFile["reports"] | undefined;
      files.push({
        name: input.relative,
        stem,
        modified: modifiedAt(file),
        grids,
        options,
        get reports() {
          return (reports ??= analyzeSheets(grids, options));
        },
      });
    }
    if (action.operands === "file" && files.length === 0) return exit.value;
    const request = {
      files,
      values: parsed.values,
      switches: parsed.switches,
      out: target,
      where: "commandLine" as const,
    };
    const outcome = runAction(action, request, { settings: settings ?? files[0]?.options.settings, locale });
    for (const note of outcome.notes) io.err(explain(note, t));
    if (!outcome.sheets) return Math.max(exit.value, outcome.exit);
    try {
      writeOutput(
        target,
        newWorkbook(
          outcome.sheets.map((spec) => ({ spec })),
          openPackage,
          deflate,
        ),
        "nothing",
      );
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      io.err(explain(error.problem, t));
      return 2;
    }
    if (parsed.switches.has("--json") && outcome.json !== undefined) writeJson(outcome.json, io.out);
    else for (const line of outcome.said) io.out(explain(line, t));
    return Math.max(exit.value, outcome.exit);
  };
}
