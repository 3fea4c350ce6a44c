/**
 * The KUS template's action, `plankoll consolidate FILE|FOLDER… --out SUMMARY.xlsx
 * [--keep-newer] [--include-errors] [--json]`: many förvaltningar's requests summed into one
 * workbook, each förvaltning once. A request with errors is named and left out (or summed and
 * marked, with --include-errors); the same förvaltning twice — by name, or the same content under
 * another file name — is refused naming both files (or the newer kept and the choice said, with
 * --keep-newer). Every line said adds up to the total.
 */
import type { Translate } from "../../i18n";
import { templateProblem, type Problem } from "../../problem";
import type { ActionOutcome, ActionRequest, Finding, TemplateAction } from "../types";
import type { KusResult } from "./result";
import { formatSek } from "../common";
import {
  consolidate,
  consolidationSheets,
  kusRequests,
  requestFindings,
  type Consolidation,
  type DuplicateRequests,
  type KusRequest,
} from "./consolidate";
import type { strings } from "./strings";
import type { KeyOf } from "../strings";

type KusKey = KeyOf<typeof strings>;
/** A problem in this template's words or the core's. */
const said = templateProblem<KusKey>();

function run(request: ActionRequest, ctx: { t: Translate }): ActionOutcome {
  const requests: KusRequest[] = [];
  const findings: { file: string; sheet: string; finding: Finding }[] = [];
  const notes: Problem[] = [];
  let exit: 0 | 1 = 0;
  for (const file of request.files) {
    const found = kusRequests(file.name, file.stem, file.reports, file.modified);
    if (found.length === 0) {
      notes.push(said("consolidate.skipped", { file: file.name }));
      exit = 1;
      continue;
    }
    requests.push(...found);
    for (const f of requestFindings(file.name, file.reports)) {
      findings.push(f);
      if (f.finding.severity === "error") exit = 1;
    }
  }
  const result = consolidate(requests, {
    includeErrors: request.switches.has("--include-errors"),
    keepNewer: request.switches.has("--keep-newer"),
  });
  if ("duplicates" in result) {
    const refused = [...result.duplicates.map(duplicate), said("consolidate.duplicateAdvice")];
    return { sheets: null, said: [], notes: [...notes, ...refused], exit: 2 };
  }
  return {
    sheets: consolidationSheets(result, findings, ctx.t),
    said: summary(result, request.out),
    notes,
    json: result,
    exit,
  };
}

function duplicate(d: DuplicateRequests): Problem {
  const files = d.requests.map((r) => (r.sheet ? `${r.file} (${r.sheet})` : r.file)).join(", ");
  if (d.sameContent) return said("consolidate.duplicateSame", { name: d.name, files });
  const sums = d.requests.map((r) => formatSek(r.totalSek)).join(", ");
  return said("consolidate.duplicateDiffers", { name: d.name, files, sums });
}

/** What is said: the total, each förvaltning that makes it up, and each request left out. */
function summary(result: Consolidation, out: string): Problem[] {
  const lines = [
    said("consolidate.wrote", { file: out, count: result.organisations.length, total: formatSek(result.totalSek) }),
  ];
  for (const r of result.organisations) {
    const key: KusKey = r.errors > 0 ? "consolidate.lineWithErrors" : "consolidate.line";
    lines.push(said(key, { name: r.name, total: formatSek(r.totalSek), file: r.file, errors: r.errors }));
  }
  for (const x of result.excluded)
    lines.push(
      x.reason === "errors"
        ? said("consolidate.leftOutErrors", {
            name: x.name,
            file: x.file,
            errors: x.errors,
            total: formatSek(x.totalSek),
          })
        : said("consolidate.leftOutDuplicate", { name: x.name, file: x.file, kept: x.keptFile ?? "" }),
    );
  return lines;
}

export const consolidateAction: TemplateAction<KeyOf<typeof strings>, KusResult> = {
  command: "consolidate",
  summary: "cli.cmd.consolidate",
  operands: "inputs",
  json: true,
  options: [
    { flag: "--keep-newer", help: "cli.opt.keepNewer" },
    { flag: "--include-errors", help: "cli.opt.includeErrors" },
  ],
  run,
};
