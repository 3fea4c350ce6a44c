/**
 * `plankoll consolidate FILE|FOLDER… --out SUMMARY.xlsx [--keep-newer] [--include-errors]`: many
 * förvaltningar's KUS requests summed into one workbook, each förvaltning once. A request with
 * errors is named and left out (or summed and marked, with --include-errors); the same förvaltning
 * twice — by name, or the same content under another file name — is refused naming both files (or
 * the newer kept and the choice said, with --keep-newer). Every line printed adds up to the total.
 */
import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import {
  consolidate as sum,
  consolidationSheets,
  kusRequests,
  requestFindings,
  type Consolidation,
  type DuplicateRequests,
  type KusRequest,
} from "../../core/templates/kus/consolidate";
import type { Finding } from "../../core/templates/types";
import type { Translate } from "../../core/i18n";
import { formatSek } from "../../core/templates/common";
import { newWorkbook } from "../../ooxml/book";
import { expandInputs, refuseOverwrite } from "../files";
import { deflate, openPackage, writeOutput } from "../node";
import { ProblemError, explain } from "../problem";
import { writeJson } from "../json";
import { ExitCode, judge } from "../workbooks";
import type { RunContext } from "./run";

function modifiedAt(file: string): string | undefined {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return undefined;
  }
}

export function consolidate({ parsed, io, t, locale, settings }: RunContext): number {
  const target = parsed.values.get("--out")!;
  const { inputs, notes } = expandInputs(parsed.operands, null, { outFile: target });
  for (const note of notes) io.err(explain(note, t));
  const refused = refuseOverwrite(inputs, target);
  if (refused) {
    io.err(explain(refused, t));
    return 2;
  }
  const requests: KusRequest[] = [];
  const findings: { file: string; sheet: string; finding: Finding }[] = [];
  const exit = new ExitCode(inputs.length);
  for (const input of inputs) {
    const judged = judge(input.path, locale, settings, io, t, false);
    if (!judged) {
      exit.failed();
      continue;
    }
    const file = input.path;
    const name = input.relative;
    const { sheets } = judged.analysis;
    const found = kusRequests(name, basename(file, extname(file)), sheets, modifiedAt(file));
    if (found.length === 0) {
      io.err(t("consolidate.skipped", { file: name }));
      exit.found();
      continue;
    }
    requests.push(...found);
    for (const f of requestFindings(name, sheets)) {
      findings.push(f);
      if (f.finding.severity === "error") exit.found();
    }
  }
  const result = sum(requests, {
    includeErrors: parsed.switches.has("--include-errors"),
    keepNewer: parsed.switches.has("--keep-newer"),
  });
  if ("duplicates" in result) {
    for (const d of result.duplicates) io.err(duplicateLine(d, t));
    io.err(t("consolidate.duplicateAdvice"));
    return 2;
  }
  try {
    const sheets = consolidationSheets(result, findings, t).map((spec) => ({ spec }));
    writeOutput(target, newWorkbook(sheets, openPackage, deflate), "nothing");
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    io.err(explain(error.problem, t));
    return 2;
  }
  if (parsed.switches.has("--json")) writeJson(result, io.out);
  else for (const line of summaryLines(result, target, t)) io.out(line);
  return exit.value;
}

function duplicateLine(d: DuplicateRequests, t: Translate): string {
  const files = d.requests.map((r) => (r.sheet ? `${r.file} (${r.sheet})` : r.file)).join(", ");
  if (d.sameContent) return t("consolidate.duplicateSame", { name: d.name, files });
  const sums = d.requests.map((r) => formatSek(r.totalSek)).join(", ");
  return t("consolidate.duplicateDiffers", { name: d.name, files, sums });
}

/** What the terminal says: the total, each förvaltning that makes it up, and each request left out. */
function summaryLines(result: Consolidation, target: string, t: Translate): string[] {
  const lines = [
    t("consolidate.wrote", { file: target, count: result.organisations.length, total: formatSek(result.totalSek) }),
  ];
  for (const r of result.organisations)
    lines.push(
      t(r.errors > 0 ? "consolidate.lineWithErrors" : "consolidate.line", {
        name: r.name,
        total: formatSek(r.totalSek),
        file: r.file,
        errors: r.errors,
      }),
    );
  for (const x of result.excluded)
    lines.push(
      x.reason === "errors"
        ? t("consolidate.leftOutErrors", { name: x.name, file: x.file, errors: x.errors, total: formatSek(x.totalSek) })
        : t("consolidate.leftOutDuplicate", { name: x.name, file: x.file, kept: x.keptFile ?? "" }),
    );
  return lines;
}
