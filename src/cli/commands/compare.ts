/**
 * `plankoll compare LAST.xlsx THIS.xlsx [--json] [--out FILE.xlsx]`: this year's workbook against
 * last year's — each table paired with last year's of the same template (by sheet name, else in
 * order), its items by Nr and text — printed per sheet: which of last year's sheets it was compared
 * with, how many items are in both years, new, removed and changed, then each difference on its
 * cell. --out writes this year's workbook with Plankoll's sheets, `Plankoll Jämförelse` among them
 * (a new file: never over either workbook). Last year's workbook is only read.
 */
import { basename } from "node:path";
import { comparisonsOf, summaryLines, type SheetComparison } from "../../core/comparisonSheet";
import { sheetRef } from "../../core/sheet/address";
import type { MessageKey } from "../../core/i18n";
import { writeHighlighted } from "../../ooxml";
import { refuseOverwrite } from "../files";
import { deflate, writeOutput } from "../node";
import { writeJson } from "../json";
import { explain } from "../problem";
import { copyReason, type RunContext } from "./run";
import { judge, reviewPrevious } from "../workbooks";

export function compare({ parsed, io, t, locale, settings }: RunContext): number {
  const [lastFile, thisFile] = parsed.operands;
  const target = parsed.values.get("--out") ?? null;
  const json = parsed.switches.has("--json");
  if (target) {
    const inputs = parsed.operands.map((path) => ({ path, relative: basename(path) }));
    const refused = refuseOverwrite(inputs, target);
    if (refused) {
      io.err(explain(refused, t));
      return 2;
    }
  }
  const previous = reviewPrevious(lastFile, { io, t, locale, settings });
  if (previous === null) return 2;
  const judged = judge(thisFile, locale, settings, io, t, target !== null, previous);
  if (!judged) return 2;
  const compared = comparisonsOf(judged.analysis.workbook ?? []);
  if (json) writeJson({ file: thisFile, previous: lastFile, comparison: compared }, io.out);
  else printComparison(compared, { io, t });
  if (!compared.some((c) => c.previous !== null)) {
    // Nothing paired: said, and no copy (it would say nothing of last year's).
    io.err(t("cli.compare.nothing", { file: thisFile, previous: lastFile }));
    return 1;
  }
  if (!target) return 0;
  try {
    const { bytes } = writeHighlighted(judged.opened.pkg, judged.opened.read, judged.analysis.plan!, deflate);
    writeOutput(target, bytes, "ownCopy");
    if (!json) io.out(t("cli.wrote", { file: target }));
  } catch (error) {
    io.err(t("cli.copyFailed", { file: thisFile, reason: copyReason(error, t) }));
    return 2;
  }
  return 0;
}

/** Per sheet what was compared with what and the counts, then each difference: cell, what it says, code, message. */
function printComparison(compared: readonly SheetComparison[], { io, t }: Pick<RunContext, "io" | "t">): void {
  for (const entry of compared) {
    for (const line of summaryLines(entry, t)) io.out(`${entry.sheet}: ${line}`);
    for (const f of entry.findings)
      io.out(
        `  ${sheetRef(entry.sheet, f.cell)}\t${t(`comparison.kind.${f.comparison}` as MessageKey)}\t${f.code}\t${f.message}`,
      );
  }
}
