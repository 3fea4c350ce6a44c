/** `plankoll clear FILE|FOLDER… --out FOLDER`: each highlighted copy as it was before Plankoll's first run. */
import { clearPackage } from "../../ooxml";
import { expandInputs, outputTargets } from "../files";
import { deflate, writeOutput } from "../node";
import { explain } from "../problem";
import { open, ExitCode } from "../workbooks";
import { copyReason, type RunContext } from "./run";

export function clear({ parsed, io, t }: RunContext): number {
  const outDir = parsed.values.get("--out")!;
  // Here Plankoll's copies are what is wanted: the folder scan keeps them (no --out to skip is given for that).
  const { inputs, notes } = expandInputs(parsed.operands, outDir, { keepCopies: true });
  for (const note of notes) io.err(explain(note, t));
  const planned = outputTargets(inputs, outDir);
  if (!planned.ok) {
    io.err(explain(planned.note, t));
    return 2;
  }
  const exit = new ExitCode(inputs.length);
  for (const [index, { path: file }] of inputs.entries()) {
    const opened = open(file, io, t);
    if (!opened) {
      exit.failed();
      continue;
    }
    try {
      const bytes = clearPackage(opened.pkg, opened.read, deflate);
      if (!bytes) {
        io.out(t("cli.nothingToClear", { file }));
        continue;
      }
      const target = planned.targets[index];
      writeOutput(target, bytes, "nothing");
      io.out(t("cli.cleared", { file: target }));
    } catch (error) {
      io.err(t("cli.copyFailed", { file, reason: copyReason(error, t) }));
      exit.failed();
    }
  }
  return exit.value;
}
