/** The core's entry: grids in; findings, typed results and one write plan out. */
import type { Grid } from "./types";
import type { Finding } from "./templates/types";
import { defaultSettings } from "./settings";
import { translator, type Translate } from "./i18n";
import { parseA1 } from "./sheet/address";
import { FindingList } from "./findings";
import { areaAddress, detectTables, headerAt, type FoundTable } from "./detect";
import { readTable, type Table } from "./sheet/table";
import { rowsLeftBelow } from "./sheet/below";
import type { AnalysisContext } from "./templates/types";
import { isMarked } from "./codes";
import { isEmptyCell } from "./empty";
import {
  COLORS,
  PLANKOLL_NOTE_PREFIX,
  PLANKOLL_SHEET_PREFIX,
  severityRank,
  type CellMark,
  type SheetPlan,
} from "./plan";
import { WriteList, sheetPlan } from "./writes";

export type { SheetReport } from "./templates/types";
import type { SheetReport } from "./templates/types";

export interface SheetAnalysis {
  /** The sheet's first table (or why it has none). */
  report: SheetReport;
  /** Every table of the sheet, in the order they stand (one report for a sheet with none). */
  reports: SheetReport[];
  /** The whole sheet's plan: every table's marks and writes. */
  plan: SheetPlan;
}

export type { AnalyzeOptions } from "./templates/types";
import type { AnalyzeOptions } from "./templates/types";

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function context(options: AnalyzeOptions): AnalysisContext<string, string, string> {
  const locale = options.locale ?? "sv";
  const t = translator<string>(locale);
  return {
    settings: options.settings ?? defaultSettings(),
    locale,
    t,
    today: options.today ?? localToday(),
    findings: () => new FindingList<string, string>(t),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.workbook ? { workbook: options.workbook } : {}),
  };
}

/**
 * The grid columns whose number formats the detected template needs (percent cells), so the
 * Excel adapter reads formats for those columns only.
 */
export function columnsNeedingFormats(grid: Grid): number[] {
  const { tables } = detectTables(
    grid,
    translator<string>("sv"),
    (f) => readFound(f).lastIndex + f.grid.originRow - grid.originRow,
  );
  const columns = new Set<number>();
  for (const f of tables) {
    const offset = f.grid.originCol - grid.originCol;
    for (const spec of f.template.columns) {
      if (spec.format && spec.key in f.header.columns) columns.add(f.header.columns[spec.key] + offset);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

/**
 * One fill and one note per judged cell: the worst severity's colour, every message in the note;
 * a value Plankoll computed into the user's table is marked too (its own fill where nothing was
 * found there, and how it was computed in the note).
 */
export function marksFromFindings(findings: readonly Finding[], writes: WriteList = new WriteList()): CellMark[] {
  const byCell = new Map<string, { rank: number; fill: string; notes: string[] }>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const rank = severityRank(f.severity);
    const entry = byCell.get(f.cell);
    if (!entry) byCell.set(f.cell, { rank, fill: COLORS[f.severity], notes: [f.message] });
    else {
      entry.notes.push(f.message);
      if (rank > entry.rank) {
        entry.rank = rank;
        entry.fill = COLORS[f.severity];
      }
    }
  }
  for (let i = 0; i < writes.length; i++) {
    const computed = writes.look(i)?.computed;
    if (!computed) continue;
    const cell = writes.cell(i);
    const entry = byCell.get(cell);
    if (entry) entry.notes.push(computed);
    else byCell.set(cell, { rank: 0, fill: COLORS.computed, notes: [computed] });
  }
  const marks: CellMark[] = [];
  byCell.forEach((e, cell) => marks.push({ cell, fill: e.fill, note: `${PLANKOLL_NOTE_PREFIX}${e.notes.join("\n")}` }));
  return marks;
}

/** The marks of the findings and computed writes given, made when first asked for. */
export function marksOf(findings: readonly Finding[], writes: WriteList): () => CellMark[] {
  return () => marksFromFindings(findings, writes);
}

export function isPlankollSheet(name: string): boolean {
  return name.startsWith(PLANKOLL_SHEET_PREFIX);
}

/**
 * The last guard of "never change what the user typed": a write aimed at a cell that is not empty
 * (core/empty.ts: even a lone space is the user's) is dropped.
 */
function intoEmptyCells(grid: Grid, writes: WriteList): WriteList {
  let width = 0;
  for (let r = 0; r < grid.values.length; r++) if (grid.values[r].length > width) width = grid.values[r].length;
  const lastColumn = grid.originCol + width - 1;
  const formulas = grid.formulaCells?.size ? grid.formulaCells : null;
  // Most writes go to Plankoll's columns after the table, outside the grid: known from the column alone.
  return writes.filter((i) => {
    const column = writes.col(i);
    if (formulas?.has(writes.cell(i))) return false;
    if (column > lastColumn || column < grid.originCol) return true;
    return isEmptyCell(grid.values[writes.row(i) - grid.originRow]?.[column - grid.originCol]);
  });
}

/** Findings in row order, the worst first within a row. */
function byRowThenSeverity(a: Finding, b: Finding): number {
  return a.row - b.row || severityRank(b.severity) - severityRank(a.severity);
}

function readFound(found: FoundTable): Table {
  return readTable(
    found.grid,
    found.header,
    found.template.columns.filter((c) => c.group).map((c) => c.key),
    { isHeaderRow: (index) => headerAt(found.grid, index) },
  );
}

/** A grid's tables found and read, before any template judges them (detectGrid, then analyzeDetected). */
export interface DetectedGrid {
  grid: Grid;
  found: FoundTable[];
  read: Map<FoundTable, Table>;
  reason: string | undefined;
}

/** Finds and reads a grid's tables: what analyzeGrid does before the templates judge them. */
export function detectGrid(grid: Grid, options: AnalyzeOptions = {}): DetectedGrid {
  const read = new Map<FoundTable, Table>();
  const { tables: found, reason } = detectTables(grid, context(options).t, (f) => {
    const table = readFound(f);
    read.set(f, table);
    return table.lastIndex + f.grid.originRow - grid.originRow;
  });
  return { grid, found, read, reason };
}

export function analyzeGrid(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  return analyzeDetected(detectGrid(grid, options), options);
}

/** Each table of a detected grid judged by its template: the grid's reports and its write plan. */
export function analyzeDetected(detected: DetectedGrid, options: AnalyzeOptions = {}): SheetAnalysis {
  const ctx = context(options);
  const { grid, found, read, reason } = detected;
  if (found.length === 0) {
    const report: SheetReport = {
      sheet: grid.sheet,
      template: null,
      headerRow: null,
      rows: 0,
      findings: [],
      result: null,
      reason,
    };
    notUnread(grid, report, ctx.t);
    return { report, reports: [report], plan: { sheet: grid.sheet, marks: [], writes: [] } };
  }
  const named = found.length > 1 || found.some((f) => f.name);
  const reports: SheetReport[] = [];
  // One table (the usual sheet): its own arrays, not copies of them.
  let findingsToMark: Finding[] = [];
  let writes = new WriteList();
  for (const f of found) {
    const table = read.get(f) ?? readFound(f);
    const outcome = (options.analyzeAs?.[f.template.id] ?? f.template.analyze)(table, ctx);
    const findings = outcome.findings;
    notLeftBelow(table, found, read, findings, ctx.t);
    // Templates mostly report row by row already: sorted only when they did not.
    if (findings.some((x, i) => i > 0 && byRowThenSeverity(findings[i - 1], x) > 0)) findings.sort(byRowThenSeverity);
    // The template is known here only as any registered one: its id and result go together by construction.
    const report = {
      sheet: grid.sheet,
      template: f.template.id,
      headerRow: table.headerRow,
      rows: outcome.rows ?? table.rows.length,
      findings,
      result: outcome.result,
    } as SheetReport;
    if (named) report.table = f.name ?? tableArea(table);
    reports.push(report);
    // Some codes are reported on Plankoll's sheets only (pay ratios): never marked in the user's cells.
    const marked = findings.every(isMarked) ? findings : findings.filter(isMarked);
    const written = outcome.writes instanceof WriteList ? outcome.writes : WriteList.of(outcome.writes);
    if (found.length === 1) {
      findingsToMark = marked;
      writes = written;
    } else {
      for (const x of marked) findingsToMark.push(x);
      writes.append(written);
    }
  }
  notUnread(grid, reports[0], ctx.t);
  // Checked against the whole sheet: a column after one table may be the start of the next.
  const written = intoEmptyCells(grid, writes);
  return {
    report: reports[0],
    reports,
    // The marks made when the plan is written, from the findings as they are now (the report's list may be replaced).
    plan: sheetPlan(grid.sheet, marksOf(findingsToMark.slice(), written), written),
  };
}

/**
 * Rows like the table's that stand below where it ended, up to the next table's header over its
 * columns: named on the first of them (sheet/below.ts), never left unread in silence.
 */
function notLeftBelow(
  table: Table,
  found: readonly FoundTable[],
  read: ReadonlyMap<FoundTable, Table>,
  findings: Finding[],
  t: Translate<string>,
): void {
  const { originRow } = table.grid;
  const span = columnSpan(table);
  // The worksheet row where the next table over these columns starts: the rows from there are its own.
  let until = table.grid.values.length + originRow;
  for (const other of found) {
    const otherTable = read.get(other);
    if (!otherTable || otherTable === table) continue;
    const top = otherTable.header.headerTop + otherTable.grid.originRow;
    const [from, to] = columnSpan(otherTable);
    if (top > table.lastIndex + originRow && from <= span[1] && to >= span[0]) until = Math.min(until, top);
  }
  const below = rowsLeftBelow(table, until - originRow);
  if (!below) return;
  const list = new FindingList(t);
  const rows =
    below.first === below.last
      ? t("below.one", { row: below.first })
      : t("below.many", { first: below.first, last: below.last, count: below.count });
  const { end } = below;
  if (end.kind === "total")
    list.add("ROWS_NOT_READ", below.cell, below.first, { rows, total: end.row }, "ROWS_NOT_READ_TOTAL");
  else if (end.kind === "empty")
    list.add("ROWS_NOT_READ", below.cell, below.first, {
      rows,
      gap: end.from === end.to ? String(end.from) : `${end.from}–${end.to}`,
    });
  else list.add("ROWS_NOT_READ", below.cell, below.first, { rows, end: end.row }, "ROWS_NOT_READ_AFTER");
  findings.push(...list.items);
}

/** The grid columns a table's placed columns span, first and last. */
function columnRange(table: Table): [number, number] {
  const columns = Object.values(table.header.columns);
  return [Math.min(...columns), Math.max(...columns)];
}

/** The worksheet columns a table's placed columns span, first and last. */
function columnSpan(table: Table): [number, number] {
  const [first, last] = columnRange(table);
  return [first + table.grid.originCol, last + table.grid.originCol];
}

/**
 * Cells far from the sheet's data that the adapter did not read are named in the sheet's first
 * report (information, not marked in the sheet: the cells were never read).
 */
function notUnread(grid: Grid, report: SheetReport, t: Translate<string>): void {
  if (!grid.unread?.length) return;
  const notes = new FindingList(t);
  for (const area of grid.unread) {
    const first = area.split(":")[0];
    notes.add("AREA_NOT_READ", first, parseA1(first).row, { area });
  }
  // A list of its own: the findings to mark may be the same array.
  report.findings = [...report.findings, ...notes.items];
}

/** "A3:F20": the header's top row to the table's last row, its first to its last column. */
function tableArea(table: Table): string {
  const [first, last] = columnRange(table);
  return areaAddress(table.grid, table.header.headerTop, first, table.lastIndex, last);
}
