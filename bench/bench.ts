/**
 * npm run bench: every template at 1 000, 10 000 and 100 000 rows through the core, through the
 * Excel adapter over the fake request context (syncs, requests, largest request and response),
 * against the straightforward approach of one request per row in the same run, and through the
 * command line (each run in its own process, for its own peak memory); a sparse sheet whose used
 * range reaches row 1 000 000 but holds 500 rows, 100 000 × 60 columns and a stray value in XFD1;
 * the pane's whole round (Granska, Skriv resultat twice, Rensa) through Microsoft's office.js at
 * the largest size, requests as office.js serialized them; the task pane's initial JavaScript.
 * At the largest size, every template's analysis cold in a process of its own with the garbage
 * collector's share, and the risk register against a bare loop and HyperFormula (peerChild.ts).
 * This machine is shared: each cold analysis and each command-line run is made three times, in
 * fresh processes, and the median kept (a command line's peak memory: the largest of the three).
 * A benchmark, not a test: it asserts nothing; it prints a table and writes bench/results.json.
 * BENCH_SIZES=1000,10000 limits the sizes (e.g. for a quick look).
 */
import { existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeGrid, analyzeWorkbook, type WritePlan } from "../src/core";
import {
  FakeContext,
  FakeWorkbook,
  asExcelContext,
  fakePort,
  firstDifference,
  installExcelGlobals,
  snapshot,
} from "../tests/excel/fakeExcel";
import { PROFILES, READ_CELL_LIMIT, simulatedPort } from "../tests/excel/hostSimulator";
import type { SentRequest } from "../tests/excel/officeJs";
import { GENERATORS, riskRegisterRows } from "../scripts/generate";
import { workbookFromRows } from "../scripts/sampleWorkbooks";
import { createSession } from "../src/taskpane/session";
import type { CellValue, Grid } from "../src/core/types";
import type { SheetChange } from "../src/core/port";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { initialGzipBytes } = require("../scripts/check-bundle.js") as { initialGzipBytes: (dist: string) => number };

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const TODAY = "2026-11-23";
/** Excel on the web over a slow connection: what a round trip and a megabyte cost, for the model. */
const ROUND_TRIP_S = 0.1;
const BYTES_PER_S = 1_250_000;

interface ExcelFigures {
  readSyncs: number;
  writeSyncs: number;
  requests: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalBytes: number;
  /** syncs × round trip + bytes at the modelled bandwidth. */
  modelledSeconds: number;
  /**
   * Live review, per edit: the edited sheet read again and judged (session.refresh, after the
   * pause): its requests, the bytes they move, the modelled time and the time on this machine.
   */
  liveEdit: { syncs: number; bytes: number; modelledSeconds: number; ms: number };
}

interface TemplateCase {
  template: string;
  rows: number;
  coreMs: number;
  findings: number;
  excel: ExcelFigures;
  perRow: { syncs: number; modelledSeconds: number; syncRatio: number; timeRatio: number };
  cli?: {
    checkOutMs: number;
    checkOutPeakRssMb: number;
    jsonMs: number;
    jsonPeakRssMb: number;
    /** The former path (exceljs reads, then the same analysis and report), in the same run. */
    exceljsJsonMs: number;
    exceljsJsonPeakRssMb: number;
    jsonTimeRatio: number;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const modelled = (syncs: number, bytes: number) => round(syncs * ROUND_TRIP_S + bytes / BYTES_PER_S, 2);

function grid(values: CellValue[][]): Grid {
  return { sheet: "Data", originRow: 1, originCol: 1, values: values.map((r) => [...r]) };
}

function coreMs(values: CellValue[][]): { ms: number; findings: number } {
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < (values.length > 50_000 ? 5 : 9); i++) {
    // A fresh copy each run: analysis must not depend on a warmed-up grid. The copy and the
    // previous run's garbage are collected before the clock starts (npm run bench exposes gc).
    const g = grid(values);
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    findings = analyzeGrid(g, { today: TODAY }).report.findings.length;
    times.push(performance.now() - start);
  }
  return { ms: round(median(times)), findings };
}

/** Plankoll's way: Granska then Skriv resultat through the real adapter over the fake context. */
async function excelFigures(values: CellValue[][]): Promise<{ figures: ExcelFigures; plan: WritePlan }> {
  const model = new FakeWorkbook();
  model.addSheet("Data", values);
  const { port, contexts } = fakePort(model);
  const read = await port.readActiveSheet();
  const plan = analyzeWorkbook([read], { today: TODAY }).plan;
  await port.writePlan(plan);
  const syncs = contexts.reduce((sum, c) => sum + c.syncs, 0);
  const totalBytes = contexts.reduce((sum, c) => sum + c.totalBytes, 0);
  // One edit while live review is on: a cell in the middle of the body typed, Excel's onChanged
  // heard (its address), then the sheet reviewed again as the pane does after the pause.
  const session = createSession(port, { locale: "sv" });
  const review = await session.reviewScope("sheet");
  const told = new Map<string, SheetChange[]>();
  const unwatch = await session.watch(["Data"], (sheet, change) =>
    told.set(sheet, [...(told.get(sheet) ?? []), change]),
  );
  model.sheet("Data").edit(Math.floor(values.length / 2), 2, "Ändrad händelse");
  await new Promise((resolve) => setTimeout(resolve, 0));
  await unwatch();
  const before = contexts.length;
  const started = performance.now();
  await session.refresh(review, ["Data"], told);
  const liveMs = performance.now() - started;
  const live = contexts.slice(before);
  const liveSyncs = live.reduce((sum, c) => sum + c.syncs, 0);
  const liveBytes = live.reduce((sum, c) => sum + c.totalBytes, 0);
  return {
    plan,
    figures: {
      readSyncs: contexts[0].syncs,
      writeSyncs: contexts[1].syncs,
      requests: contexts.reduce((sum, c) => sum + c.requests, 0),
      maxRequestBytes: Math.max(...contexts.map((c) => c.maxRequestBytes)),
      maxResponseBytes: Math.max(...contexts.map((c) => c.maxResponseBytes)),
      totalBytes,
      modelledSeconds: modelled(syncs, totalBytes),
      liveEdit: {
        syncs: liveSyncs,
        bytes: liveBytes,
        modelledSeconds: modelled(liveSyncs, liveBytes),
        ms: Math.round(liveMs),
      },
    },
  };
}

/**
 * The straightforward approach, run on the same fake: read the sheet one row per request, then
 * mark each judged cell (fill and note) and write each computed value, one request each.
 */
async function perRow(values: CellValue[][], plan: WritePlan): Promise<{ syncs: number; bytes: number }> {
  const model = new FakeWorkbook();
  model.addSheet("Data", values);
  const ctx = new FakeContext(model);
  const context = asExcelContext(ctx);
  const sheet = context.workbook.worksheets.getItem("Data");
  const columns = Math.max(...values.map((r) => r.length));
  for (let r = 0; r < values.length; r++) {
    sheet.getRangeByIndexes(r, 0, 1, columns).load("values");
    await ctx.sync();
  }
  for (const sheetPlan of plan.sheets) {
    for (const mark of sheetPlan.marks) {
      sheet.getRange(mark.cell).format.fill.color = mark.fill;
      sheet.notes.add(mark.cell, mark.note);
      await ctx.sync();
    }
    for (const write of sheetPlan.writes) {
      sheet.getRange(write.cell).values = [[write.value]];
      await ctx.sync();
    }
  }
  return { syncs: ctx.syncs, bytes: ctx.totalBytes };
}

/** How many times each cold analysis and each command-line run is made: the median is the figure (this machine is shared). */
const RUNS = 3;

/**
 * One analysis in a process of its own (peerChild.ts): cold, with the garbage collector's share;
 * made RUNS times in fresh processes, the median time and the median share.
 */
function peerRun(kind: "plankoll" | "bare" | "hyperformula", template: string, rows: number) {
  // HyperFormula takes seconds a run: once is enough to see a ratio of tens.
  const runs = Array.from({ length: kind === "hyperformula" ? 1 : RUNS }, () => peerOnce(kind, template, rows));
  return {
    ms: median(runs.map((r) => r.ms)),
    gcShare: median(runs.map((r) => r.gcShare)),
    findings: runs[0].findings,
  };
}

function peerOnce(kind: "plankoll" | "bare" | "hyperformula", template: string, rows: number) {
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "-r",
      "ts-node/register/transpile-only",
      join(__dirname, "peerChild.ts"),
      kind,
      template,
      String(rows),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, cwd: join(__dirname, "..") },
  );
  const last = child.stdout.trim().split("\n").pop() ?? "{}";
  const { ms, gcMs, findings } = JSON.parse(last) as { ms: number; gcMs: number; findings: number };
  return { ms: round(ms), gcShare: round(gcMs / ms, 2), findings };
}

/**
 * Where the core stands, at the largest size, each analysis cold in a process of its own: every
 * template, with the share the garbage collector took; on the risk register also the bare loop
 * (bareLoop.ts, the floor) and HyperFormula computing it with formulas (hyperFormula.ts), as ratios.
 */
function peers(rows: number) {
  const cold: Record<string, { ms: number; gcShare: number }> = {};
  for (const template of Object.keys(GENERATORS)) {
    const { ms, gcShare } = peerRun("plankoll", template, rows);
    cold[template] = { ms, gcShare };
    console.log(`${template} ${rows} cold, own process: ${ms} ms, GC ${Math.round(gcShare * 100)} %`);
  }
  const bare = peerRun("bare", "risk", rows);
  const hyperFormula = peerRun("hyperformula", "risk", rows);
  const risk = cold.risk.ms;
  const register = {
    plankollMs: risk,
    bareLoopMs: bare.ms,
    hyperFormulaMs: hyperFormula.ms,
    timesBareLoop: round(risk / bare.ms),
    fasterThanHyperFormula: round(hyperFormula.ms / risk),
    hyperFormulaGcShare: hyperFormula.gcShare,
  };
  console.log(`risk register ${rows}, cold:`, JSON.stringify(register));
  return { rows, cold, register };
}

/**
 * The command line in its own process, so that its peak memory is its own; RUNS times (`args` made
 * for each run, so that no run finds another's output): the median time and the largest peak.
 */
function cliRuns(args: (run: number) => string[]): { ms: number; peakRssMb: number } {
  const runs = Array.from({ length: RUNS }, (_, run) => cliRun(args(run)));
  return { ms: median(runs.map((r) => r.ms)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

function cliRun(args: string[], script = "cliChild.js"): { ms: number; peakRssMb: number } {
  const child = spawnSync(process.execPath, [join(__dirname, script), ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = child.stdout.trim().split("\n").pop() ?? "{}";
  const figures = JSON.parse(last) as { ms: number; peakRssMb: number };
  return { ms: Math.round(figures.ms), peakRssMb: Math.round(figures.peakRssMb) };
}

async function cliFigures(template: string, values: CellValue[][]): Promise<TemplateCase["cli"]> {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-bench-"));
  try {
    const file = join(dir, `${template}.xlsx`);
    await workbookFromRows([{ name: "Data", rows: values }]).xlsx.writeFile(file);
    const out = cliRuns((run) => ["check", file, "--out", join(dir, `ut${run}`)]);
    const json = cliRuns(() => ["check", file, "--json"]);
    const former = cliRun([file], "exceljsChild.js");
    return {
      checkOutMs: out.ms,
      checkOutPeakRssMb: out.peakRssMb,
      jsonMs: json.ms,
      jsonPeakRssMb: json.peakRssMb,
      exceljsJsonMs: former.ms,
      exceljsJsonPeakRssMb: former.peakRssMb,
      jsonTimeRatio: round(former.ms / Math.max(1, json.ms)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function templateCase(template: string, rows: number, withCli: boolean): Promise<TemplateCase> {
  const values = GENERATORS[template](rows);
  const core = coreMs(values);
  const { figures, plan } = await excelFigures(values);
  const naive = await perRow(values, plan);
  const naiveSeconds = modelled(naive.syncs, naive.bytes);
  return {
    template,
    rows,
    coreMs: core.ms,
    findings: core.findings,
    excel: figures,
    perRow: {
      syncs: naive.syncs,
      modelledSeconds: naiveSeconds,
      syncRatio: round(naive.syncs / (figures.readSyncs + figures.writeSyncs), 0),
      timeRatio: round(naiveSeconds / figures.modelledSeconds, 0),
    },
    cli: withCli ? await cliFigures(template, values) : undefined,
  };
}

/**
 * The pane's whole round through Microsoft's office.js (the host simulator answering from the
 * fake's workbook, as Microsoft 365 on the web: 5 MB limits, notes through the stand-in):
 * Granska, Skriv resultat, a second Skriv resultat, Rensa — requests as office.js serialized
 * them, the most cells one read asked for, and whether the sheet came back exactly.
 */
async function officeJsCase(values: CellValue[][] | FakeWorkbook) {
  const model = values instanceof FakeWorkbook ? values : new FakeWorkbook();
  if (!(values instanceof FakeWorkbook)) model.addSheet("Data", values);
  const sheet = model.sheets[0];
  model.active = sheet.name;
  const before = snapshot(sheet);
  const globals = globalThis as { Excel?: unknown };
  const fake = globals.Excel;
  try {
    const { port, host, office } = simulatedPort(model, true, undefined, PROFILES.web);
    const steps: Record<string, { ms: number; requests: number; bytes: number; modelledSeconds: number }> = {};
    const step = async (name: string, work: () => Promise<unknown>) => {
      const start = performance.now();
      const requests = host.requests;
      const logged = host.log.length;
      await work();
      // What went each way, as office.js serialized the requests and the host answered them.
      const moved = host.log.slice(logged);
      const bytes = moved.reduce((sum, l) => sum + l.request + l.response, 0);
      steps[name] = {
        ms: round(performance.now() - start),
        requests: host.requests - requests,
        bytes,
        modelledSeconds: modelled(moved.length, bytes),
      };
    };
    let grid: Grid | null = null;
    await step("granska", async () => (grid = await port.readActiveSheet()));
    const sent = office.requests.length;
    await step("skriv", () => port.writePlan(analyzeWorkbook([grid!], { today: TODAY }).plan));
    const floor = contentFloor(grid!.values, office.requests.slice(sent));
    await step("skrivIgen", async () =>
      port.writePlan(analyzeWorkbook([await port.readActiveSheet()], { today: TODAY }).plan),
    );
    await step("rensa", () => port.clear());
    return {
      steps,
      /** Granska → Skriv resultat on Excel on the web's model, from what office.js sent and received. */
      granskaSkrivModelledSeconds: round(steps.granska.modelledSeconds + steps.skriv.modelledSeconds, 2),
      /** What no adapter could send less of (contentFloor), and its modelled time. */
      granskaSkrivContentFloor: floor,
      largestRequestBytes: host.largestRequest,
      largestResponseBytes: host.largestResponse,
      largestReadCells: host.largestReadCells,
      restoredExactly: firstDifference(snapshot(sheet), before) === null && model.sheets.length === 1,
    };
  } finally {
    globals.Excel = fake;
  }
}

/**
 * What Granska → Skriv resultat cannot go below on the model, whatever the adapter: the sheet's
 * values as JSON (what any reading receives); the values Skriv resultat writes (the user's sheet,
 * Plankoll's sheets, the record) as JSON; each note as office.js must send it (Excel's API adds a
 * note one call at a time: its object path with the cell and text, and the action making it); in
 * as few requests of the web's limit as they fill. Every format, every range's address, and what
 * office.js wraps the values in are left out: a bound, not an estimate.
 */
function contentFloor(values: CellValue[][], skriv: readonly SentRequest[]) {
  type Path = { Id: number; Name: string; ParentObjectPathId?: number };
  type Action = { Name: string; ActionType: number; ObjectPathId?: number; ArgumentInfo?: { Arguments?: unknown[] } };
  const readBytes = JSON.stringify(values).length;
  let writeBytes = 0;
  let notes = 0;
  for (const request of skriv) {
    const paths = request.body.ObjectPaths as Record<string, Path>;
    const isNote = (id: number | undefined) => {
      const path = paths[String(id)];
      return path?.Name === "Add" && paths[String(path.ParentObjectPathId)]?.Name === "Notes";
    };
    for (const action of request.body.Actions as Action[]) {
      if (action.Name === "Values") writeBytes += JSON.stringify(action.ArgumentInfo?.Arguments?.[0]).length;
      // The note's path and the action that makes it (office.js instantiates every object it returns).
      else if (action.ActionType === 1 && isNote(action.ObjectPathId)) {
        writeBytes += JSON.stringify(action).length + JSON.stringify(paths[String(action.ObjectPathId)]).length;
        notes++;
      }
    }
  }
  const limit = PROFILES.web.payloadLimit;
  const requests = Math.ceil(readBytes / limit) + Math.ceil(writeBytes / limit);
  return { readBytes, writeBytes, notes, modelledSeconds: modelled(requests, readBytes + writeBytes) };
}

/** 100 000 rows × 60 columns: read in requests under the limits, not one of 7 MB. */
function wideSheet(): FakeWorkbook {
  const wide = new FakeWorkbook();
  const register = riskRegisterRows(100_000);
  wide.addSheet(
    "Data",
    register.map((row, r) => [
      ...row,
      ...Array.from({ length: 60 - row.length }, (_, c) => (r === 0 ? `Extra ${c + 1}` : c)),
    ]),
  );
  return wide;
}

/** A 7-column register of 100 000 rows with a stray value in XFD1: read as its 7 columns, XFD1 named. */
function straySheet(): FakeWorkbook {
  const stray = new FakeWorkbook();
  stray.addSheet("Data", riskRegisterRows(100_000)).set(0, 16_383, "glömd anteckning");
  return stray;
}

/** A sheet whose used range reaches row 1 000 000 (a stray value there) but holds 500 risks. */
async function sparseCase() {
  const measure = async (model: FakeWorkbook) => {
    const { port, contexts } = fakePort(model);
    const start = performance.now();
    const read = await port.readActiveSheet();
    const analysis = analyzeWorkbook([read], { today: TODAY });
    const ms = performance.now() - start;
    await port.writePlan(analysis.plan);
    return {
      granskaMs: round(ms),
      readSyncs: contexts[0].syncs,
      readBytes: contexts[0].totalBytes,
      maxResponseBytes: contexts[0].maxResponseBytes,
      writeSyncs: contexts[1].syncs,
      findings: analysis.sheets[0].findings.length,
      gridColumns: read.values[0]?.length ?? 0,
    };
  };
  const dense = new FakeWorkbook();
  dense.addSheet("Data", riskRegisterRows(500));
  const sparse = new FakeWorkbook();
  sparse.addSheet("Data", riskRegisterRows(500)).set(999_999, 0, "Senast ändrad av: Eva");
  const wide = wideSheet();
  const stray = straySheet();
  return {
    dense500: await measure(dense),
    sparse1M: await measure(sparse),
    wide100kx60: await measure(wide),
    strayXFD1: await measure(stray),
  };
}

function bundle() {
  const dist = join(__dirname, "..", "dist");
  if (!existsSync(join(dist, "taskpane.html"))) return null;
  const bytes = initialGzipBytes(dist);
  return { initialJsGzipBytes: bytes, initialJsGzipKiB: round(bytes / 1024), budgetBytes: 130_000 };
}

/** What issue 33 asks, at the largest size measured, each with the figure it is judged on. */
function goals(
  biggest: readonly TemplateCase[],
  peer: ReturnType<typeof peers>,
  directive: Record<string, number>,
  officeJs: Record<string, unknown>,
  cases: readonly TemplateCase[],
  sparse: Awaited<ReturnType<typeof sparseCase>>,
) {
  const cold = Object.values(peer.cold);
  const slowestCold = Math.max(...cold.map((c) => c.ms));
  const register = officeJs[`risk ${peer.rows}`] as
    { granskaSkrivModelledSeconds: number; granskaSkrivContentFloor: { modelledSeconds: number } } | undefined;
  const cli = biggest.map((c) => c.cli).filter((c) => c !== undefined);
  const live = biggest.map((c) => c.excel.liveEdit);
  return {
    coreColdAtMost100ms: { met: slowestCold <= 100, slowestMs: slowestCold },
    fasterThanHyperFormulaAtLeast70: {
      met: peer.register.fasterThanHyperFormula >= 70,
      ratio: peer.register.fasterThanHyperFormula,
    },
    gcUnder20Percent: {
      met: cold.every((c) => c.gcShare < 0.2),
      largestShare: Math.max(...cold.map((c) => c.gcShare)),
    },
    payrollWithDirectiveAtMost150ms: { met: (directive["100000"] ?? Infinity) <= 150, ms: directive["100000"] },
    commandLine: {
      met: cli.length > 0 && cli.every((c) => c.jsonMs < 1500 && c.checkOutMs < 3000 && c.checkOutPeakRssMb < 300),
      slowestJsonMs: Math.max(...cli.map((c) => c.jsonMs)),
      slowestOutMs: Math.max(...cli.map((c) => c.checkOutMs)),
      largestPeakMb: Math.max(...cli.map((c) => Math.max(c.checkOutPeakRssMb, c.jsonPeakRssMb))),
    },
    liveEditAtMost2SyncsAnd50KB: {
      met: live.every((l) => l.syncs <= 2 && l.bytes <= 50_000),
      mostSyncs: Math.max(...live.map((l) => l.syncs)),
      mostBytes: Math.max(...live.map((l) => l.bytes)),
    },
    granskaSkrivAtMost12sModelled: {
      met: (register?.granskaSkrivModelledSeconds ?? Infinity) <= 12,
      registerSeconds: register?.granskaSkrivModelledSeconds,
      /** The same sheet's content alone, whatever the adapter (contentFloor). */
      contentFloorSeconds: register?.granskaSkrivContentFloor.modelledSeconds,
    },
    everyRequestUnder4MB: cases.every(
      (c) => c.excel.maxRequestBytes < 4_000_000 && c.excel.maxResponseBytes < 4_000_000,
    ),
    sparseReadSyncsVsDense: `${sparse.sparse1M.readSyncs} vs ${sparse.dense500.readSyncs}`,
  };
}

async function run(): Promise<void> {
  installExcelGlobals();
  const withCli = existsSync(join(__dirname, "..", "lib", "cli", "main.js"));
  if (!withCli) console.warn("lib/cli/main.js missing (npm run build): command-line figures left out");
  // Lönetransparens: the payroll analysis with the directive's report, at the city's size and more.
  // Measured first, as the pane and the command line run it: one workbook in a process. After the
  // cases below have filled the heap, the same analysis takes about 40 % longer (its collections
  // then sweep their garbage too): that is the bench's state, not a user's.
  const directive: Record<string, number> = {};
  for (const rows of [40_000, 100_000]) {
    directive[String(rows)] = coreMs(GENERATORS.salary(rows)).ms;
    console.log(`salary with the directive's report, ${rows} employees: core ${directive[String(rows)]} ms`);
  }
  const cases: TemplateCase[] = [];
  for (const template of Object.keys(GENERATORS)) {
    for (const rows of SIZES) {
      const figures = await templateCase(template, rows, withCli);
      cases.push(figures);
      console.log(
        `${template} ${rows}: core ${figures.coreMs} ms; Excel ${figures.excel.readSyncs}+${figures.excel.writeSyncs} syncs, ` +
          `max request ${figures.excel.maxRequestBytes} B; per row ${figures.perRow.syncs} syncs (×${figures.perRow.syncRatio})` +
          `; live edit ${figures.excel.liveEdit.syncs} syncs ${figures.excel.liveEdit.bytes} B` +
          (figures.cli ? `; CLI --out ${figures.cli.checkOutMs} ms ${figures.cli.checkOutPeakRssMb} MB` : ""),
      );
    }
  }
  const peer = peers(Math.max(...SIZES));
  const sparse = await sparseCase();
  const officeJs: Record<string, unknown> = {};
  for (const template of Object.keys(GENERATORS)) {
    for (const rows of SIZES) {
      officeJs[`${template} ${rows}`] = await officeJsCase(GENERATORS[template](rows));
      console.log(`${template} ${rows} through office.js:`, JSON.stringify(officeJs[`${template} ${rows}`]));
    }
  }
  for (const [name, model] of [
    ["wide100kx60", wideSheet],
    ["strayXFD1", straySheet],
  ] as const) {
    officeJs[name] = await officeJsCase(model());
    console.log(`${name} through office.js:`, JSON.stringify(officeJs[name]));
  }
  const biggest = cases.filter((c) => c.rows === Math.max(...SIZES));
  const results = {
    machine: { cpus: cpus().length, memoryGb: round(totalmem() / 1024 ** 3), node: process.version },
    model: { roundTripSeconds: ROUND_TRIP_S, bytesPerSecond: BYTES_PER_S },
    bundle: bundle(),
    goals: goals(biggest, peer, directive, officeJs, cases, sparse),
    /** Every template cold at the largest size; the register against the bare loop and HyperFormula. */
    peers: peer,
    templates: cases,
    /** Core ms of the payroll analysis with Lönetransparens (goal: under 250 at 40 000 and 100 000). */
    payTransparencyCoreMs: directive,
    sparse,
    officeJs: {
      profile: PROFILES.web.name,
      webLimitBytes: PROFILES.web.payloadLimit,
      readCellLimit: READ_CELL_LIMIT,
      cases: officeJs,
    },
  };
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.table(
    cases.map((c) => ({
      template: c.template,
      rows: c.rows,
      coreMs: c.coreMs,
      syncs: `${c.excel.readSyncs}+${c.excel.writeSyncs}`,
      maxReqKB: Math.round(c.excel.maxRequestBytes / 1000),
      perRowSyncs: c.perRow.syncs,
      ratio: c.perRow.syncRatio,
      cliOutMs: c.cli?.checkOutMs,
      cliOutMB: c.cli?.checkOutPeakRssMb,
      cliJsonMs: c.cli?.jsonMs,
      cliJsonMB: c.cli?.jsonPeakRssMb,
      exceljsJsonMs: c.cli?.exceljsJsonMs,
    })),
  );
  console.log(JSON.stringify({ bundle: results.bundle, goals: results.goals, sparse }, null, 2));
}

void run();
