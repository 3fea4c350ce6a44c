/** `plankoll template NAME --out FILE.xlsx`: a blank template workbook to hand out, the sheet Infoga mall inserts. */
import { blankTemplate } from "../../core/blank";
import { newWorkbook } from "../../ooxml/book";
import { deflate, openPackage, writeOutput } from "../node";
import { ProblemError, explain } from "../problem";
import type { RunContext } from "./run";

export function template({ parsed, io, t }: RunContext): number {
  const target = parsed.values.get("--out")!;
  const blank = blankTemplate(parsed.operands[0], t);
  try {
    writeOutput(
      target,
      newWorkbook([{ template: blank, listError: t("blank.listError") }], openPackage, deflate),
      "nothing",
    );
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    io.err(explain(error.problem, t));
    return 2;
  }
  io.out(t("cli.wrote", { file: target }));
  return 0;
}
