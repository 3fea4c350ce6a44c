/** `plankoll check FILE|FOLDER… [--out FOLDER] [--json]`: every sheet judged, highlighted copies in --out. */
import { fileReport, type FileReport } from "../../core/report";
import { countBySeverity } from "../../core/findings";
import { templateName } from "../../core/templates";
import { sheetRef } from "../../core/sheet/address";
import type { Translate } from "../../core/i18n";
import { writeHighlighted } from "../../ooxml";
import { expandInputs, outputTargets } from "../files";
import { collectGarbage, collectingBetween, deflate, writeOutput } from "../node";
import { writeJson } from "../json";
import { explain } from "../problem";
import { copyReason, type RunContext } from "./run";
import { ExitCode, hasErrors, judge, reviewPrevious, type Judged } from "../workbooks";
import { exportedFiles, templateExports } from "../../core/actions";
import { basename, join } from "node:path";
import type { SheetReport } from "../../core/templates/types";

export function check({ parsed, io, t, locale, settings }: RunContext): number {
  const outDir = parsed.values.get("--out") ?? null;
  const json = parsed.switches.has("--json");
  const { inputs, notes } = expandInputs(parsed.operands, outDir);
  for (const note of notes) io.err(explain(note, t));
  let targets: string[] | null = null;
  if (outDir) {
    const planned = outputTargets(inputs, outDir);
    if (!planned.ok) {
      io.err(explain(planned.note, t));
      return 2;
    }
    targets = planned.targets;
  }
  const lastFile = parsed.values.get("--previous");
  const previous = lastFile === undefined ? undefined : reviewPrevious(lastFile, { io, t, locale, settings });
  if (previous === null) return 2;
  if (previous && !previous.some((r) => r.template)) io.err(t("cli.previousNothing", { file: lastFile! }));
  const reports: FileReport[] = [];
  const exit = new ExitCode(inputs.length);
  for (const [index, input] of inputs.entries()) {
    const judged = judge(input.path, locale, settings, io, t, targets !== null, previous);
    if (!judged) {
      exit.failed();
      continue;
    }
    const { opened, analysis } = judged;
    if (!exportFiles(input, analysis.sheets, parsed.values, { io, t, locale, settings }, json)) exit.failed();
    const judgedAny = reportFile(input.relative, analysis, json ? reports : null, { io, t });
    if (hasErrors(analysis)) exit.found();
    // The cells are read and judged, the report printed or kept for the JSON: the writer needs the
    // package and the plan, not the grids or the reports (let go before it runs).
    opened.read.grids = [];
    analysis.sheets = [];
    analysis.workbook = null;
    if (!targets) continue;
    const target = targets[index];
    if (!judgedAny) {
      // Nothing to highlight: no copy, said so (a copy would only repeat the original).
      if (!json) io.out(t("cli.noCopy", { file: input.path }));
      continue;
    }
    try {
      collectGarbage();
      // Only what Plankoll writes changes; every other part of the workbook is copied as it is.
      const plan = { ...analysis.plan!, newSheets: collectingBetween(analysis.plan!.newSheets) };
      const { bytes, summary } = writeHighlighted(opened.pkg, opened.read, plan, deflate, { release: true });
      writeOutput(target, bytes, "ownCopy");
      if (!json) io.out(t("cli.wrote", { file: target }));
      if (summary.notesLeftOut.length)
        io.err(t("cli.notesLeftOut", { file: target, sheets: summary.notesLeftOut.join(", ") }));
    } catch (error) {
      io.err(t("cli.copyFailed", { file: input.path, reason: copyReason(error, t) }));
      exit.failed();
    }
  }
  if (json) writeJson(reports, io.out);
  return exit.value;
}

/**
 * The files each template exports for this workbook (--pay-report FOLDER), named by the workbook
 * and the file ("lonelista-lonetransparens.csv"); never over another file. False when one could
 * not be written (said).
 */
function exportFiles(
  input: { path: string; relative: string },
  sheets: readonly SheetReport[],
  values: ReadonlyMap<string, string>,
  { io, t, locale, settings }: Pick<RunContext, "io" | "t" | "locale" | "settings">,
  json: boolean,
): boolean {
  let ok = true;
  for (const found of templateExports()) {
    const { exported } = found;
    const folder = values.get(exported.flag);
    if (folder === undefined) continue;
    const files = exportedFiles(sheets, found, { locale, ...(settings ? { settings } : {}) });
    if (files.length === 0) {
      io.err(t("cli.exportNothing", { file: input.path, flag: exported.flag }));
      continue;
    }
    const stem = basename(input.relative).replace(/\.[^.]+$/, "");
    for (const file of files) {
      const target = join(folder, `${stem}-${file.name}`);
      try {
        writeOutput(target, new TextEncoder().encode(file.text), "nothing");
        if (!json) io.out(t("cli.wrote", { file: target }));
      } catch (error) {
        io.err(copyReason(error, t));
        ok = false;
      }
    }
  }
  return ok;
}

/** The file's report: kept in `kept` (for the JSON), else printed; whether any sheet follows a template. */
function reportFile(
  file: string,
  analysis: Judged["analysis"],
  kept: FileReport[] | null,
  { io, t }: Pick<RunContext, "io" | "t">,
): boolean {
  const report = fileReport(file, analysis.sheets, analysis.workbook);
  if (kept) kept.push(report);
  else printReport(report, io, t);
  return report.sheets.some((s) => s.template);
}

function printReport(report: FileReport, io: RunContext["io"], t: Translate): void {
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
        template: templateName(sheet.template, t),
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
