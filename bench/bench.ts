/**
 * npm run bench: the risk template through core, through the Excel adapter over the fake request
 * context, and through the command line. Prints a table and writes bench/results.json.
 * A benchmark, not a test: it asserts nothing; the figures go in the notes.
 */
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeGrid, analyzeWorkbook } from "../src/core";
import { main as cli } from "../src/cli/main";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../tests/excel/fakeExcel";
import { indicatorRows, kusRows, payrollRows, procurementRows, riskRegisterRows } from "../scripts/generate";
import { workbookFromRows } from "../scripts/sampleWorkbooks";
import type { CellValue, Grid } from "../src/core/types";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { initialGzipBytes } = require("../scripts/check-bundle.js") as { initialGzipBytes: (dist: string) => number };

interface Row {
  case: string;
  rows?: number;
  /** The task pane's initial JavaScript (the entry chunk taskpane.html loads), gzip. */
  gzipKb?: number;
  /** The same in bytes, against the budget of 130 000. */
  bytes?: number;
  coreMs?: number;
  readSyncs?: number;
  writeSyncs?: number;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  cliMs?: number;
  peakRssMb?: number;
}

const results: Row[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type Generator = (rows: number) => CellValue[][];

function coreCase(template: string, generate: Generator, rows: number): void {
  const values = generate(rows);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    // A fresh copy each run: analysis must not depend on a warmed-up grid.
    const grid: Grid = { sheet: "Risker", originRow: 1, originCol: 1, values: values.map((r) => [...r]) };
    const start = performance.now();
    analyzeGrid(grid);
    times.push(performance.now() - start);
  }
  results.push({ case: `${template} core`, rows, coreMs: Math.round(median(times) * 10) / 10 });
}

async function excelCase(rows: number): Promise<void> {
  installExcelGlobals();
  const model = new FakeWorkbook();
  model.addSheet("Risker", riskRegisterRows(rows));
  const { port, contexts } = fakePort(model);
  const grid = await port.readActiveSheet();
  const start = performance.now();
  const analysis = analyzeWorkbook([grid]);
  const coreMs = performance.now() - start;
  await port.writePlan(analysis.plan);
  results.push({
    case: "risk excel adapter (fake context)",
    rows,
    coreMs: Math.round(coreMs * 10) / 10,
    readSyncs: contexts[0].syncs,
    writeSyncs: contexts[1].syncs,
    maxRequestBytes: Math.max(...contexts.map((c) => c.maxRequestBytes)),
    maxResponseBytes: Math.max(...contexts.map((c) => c.maxResponseBytes)),
  });
}

async function cliCase(rows: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-bench-"));
  const file = join(dir, "risker.xlsx");
  await workbookFromRows([{ name: "Risker", rows: riskRegisterRows(rows) }]).xlsx.writeFile(file);
  const quiet = { out: () => undefined, err: () => undefined };
  const start = performance.now();
  await cli(["check", file, "--out", join(dir, "ut")], quiet);
  const cliMs = performance.now() - start;
  results.push({
    case: "risk command line (.xlsx, --out)",
    rows,
    cliMs: Math.round(cliMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  });
}

/** The initial JavaScript of the built task pane (npm run build first); lazy chunks are not counted. */
function bundleCase(): void {
  const dist = join(__dirname, "..", "dist");
  if (!existsSync(join(dist, "taskpane.html"))) return;
  const bytes = initialGzipBytes(dist);
  results.push({ case: "task pane initial JS (gzip)", gzipKb: Math.round(bytes / 102.4) / 10, bytes });
}

async function run(): Promise<void> {
  bundleCase();
  coreCase("risk", riskRegisterRows, 1_000);
  coreCase("risk", riskRegisterRows, 100_000);
  coreCase("indicators", indicatorRows, 1_000);
  coreCase("indicators", indicatorRows, 100_000);
  coreCase("salary", payrollRows, 1_000);
  coreCase("salary", payrollRows, 100_000);
  coreCase("procurement", procurementRows, 1_000);
  coreCase("procurement", procurementRows, 100_000);
  coreCase("kus", kusRows, 1_000);
  coreCase("kus", kusRows, 100_000);
  await excelCase(1_000);
  await excelCase(100_000);
  await cliCase(50_000);
  const dir = join(__dirname);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.table(results);
}

void run();
