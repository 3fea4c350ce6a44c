/**
 * One analysis of a generated register in a process of its own (cold: the first run in a fresh
 * process, JIT and all), for npm run bench: Plankoll's core (`plankoll TEMPLATE ROWS`), the bare
 * loop over the same 2-D array (`bare risk ROWS`, bareLoop.ts) or HyperFormula computing the same
 * register with formulas (`hyperformula risk ROWS`). Prints {ms, gcMs, findings} as JSON: the
 * time of the analysis alone (the rows are made before the clock starts) and how much of it the
 * garbage collector took (PerformanceObserver's gc entries within it).
 */
import { performance, PerformanceObserver } from "node:perf_hooks";
import { GENERATORS } from "../scripts/generate";
import type { CellValue } from "../src/core/types";

const [kind, template, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);

/** Garbage collection between `from` and `to`, in ms, as the gc entries report it. */
const gcEntries: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcEntries.push({ start: entry.startTime, duration: entry.duration });
});
observer.observe({ entryTypes: ["gc"] });

async function analysis(values: CellValue[][]): Promise<() => number> {
  if (kind === "plankoll") {
    const { analyzeGrid } = await import("../src/core");
    const grid = { sheet: "Data", originRow: 1, originCol: 1, values };
    return () => analyzeGrid(grid, { today: "2026-11-23" }).report.findings.length;
  }
  if (kind === "bare") {
    const { bareRiskLoop } = await import("./bareLoop");
    return () => bareRiskLoop(values).findings;
  }
  const { hyperFormulaRegister } = await import("./hyperFormula");
  return () => hyperFormulaRegister(values);
}

async function main(): Promise<void> {
  // As an adapter hands the rows over: office.js parses Excel's JSON answer (and the command line
  // decodes the file's text), so every text is one flat string. The generator's texts are joined
  // by template literals, which V8 keeps as pairs it flattens at their first read: a copy the
  // real input never costs (5–10 % of a cold analysis of the text-heavy templates, measured).
  const values = JSON.parse(JSON.stringify(GENERATORS[template](rows))) as CellValue[][];
  const run = await analysis(values);
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const findings = run();
  const end = performance.now();
  // The gc entries arrive asynchronously: let them come in.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const gcMs = gcEntries.filter((e) => e.start >= start && e.start < end).reduce((sum, e) => sum + e.duration, 0);
  process.stdout.write(`${JSON.stringify({ ms: end - start, gcMs, findings })}\n`);
}

void main();
