/** The core's entry: grids in; findings, typed results and one write plan out. */
import type { Finding, Grid, Locale } from "./types";
import { defaultSettings, type Settings } from "./settings";
import { translator } from "./i18n";
import { detectTemplate } from "./detect";
import { readTable } from "./sheet/table";
import type { AnalysisContext, TemplateId } from "./templates";
import { COLORS, PLANKOLL_SHEET_PREFIX, severityRank, type CellMark, type CellWrite, type SheetPlan } from "./plan";

export interface SheetReport {
  sheet: string;
  template: TemplateId | null;
  headerRow: number | null;
  rows: number;
  findings: Finding[];
  result: unknown;
  /** Why the sheet matches no template. */
  reason?: string;
}

export interface SheetAnalysis {
  report: SheetReport;
  plan: SheetPlan;
}

export interface AnalyzeOptions {
  settings?: Settings;
  locale?: Locale;
  /** ISO date taken as today (default: the computer's date). */
  today?: string;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function context(options: AnalyzeOptions): AnalysisContext {
  const locale = options.locale ?? "sv";
  return {
    settings: options.settings ?? defaultSettings,
    locale,
    t: translator(locale),
    today: options.today ?? localToday(),
  };
}

/**
 * The grid columns whose number formats the detected template needs (percent cells), so the
 * Excel adapter reads formats for those columns only.
 */
export function columnsNeedingFormats(grid: Grid): number[] {
  const detection = detectTemplate(grid, translator("sv"));
  if (!detection.ok) return [];
  return detection.template.columns
    .filter((spec) => spec.format && spec.key in detection.header.columns)
    .map((spec) => detection.header.columns[spec.key]);
}

/** One fill and one note per judged cell: the worst severity's colour, every message in the note. */
export function marksFromFindings(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, { rank: number; fill: string; notes: string[] }>();
  for (const f of findings) {
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
  return [...byCell].map(([cell, e]) => ({ cell, fill: e.fill, note: `Plankoll: ${e.notes.join("\n")}` }));
}

export function isPlankollSheet(name: string): boolean {
  return name.startsWith(PLANKOLL_SHEET_PREFIX);
}

/**
 * The last guard of "never change what the user typed": a write aimed at a cell that holds
 * anything at all (even a lone space) is dropped; templates read such cells as blank.
 */
function intoEmptyCells(grid: Grid, writes: readonly CellWrite[]): CellWrite[] {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  const lastColumn = grid.originCol + width - 1;
  const kept: CellWrite[] = [];
  for (const write of writes) {
    // Most writes go to Plankoll's columns after the table, outside the grid: known from the letters alone.
    const address = write.cell;
    let column = 0;
    let i = 0;
    for (; i < address.length; i++) {
      const code = address.charCodeAt(i);
      if (code < 65 || code > 90) break;
      column = column * 26 + (code - 64);
    }
    if (column > lastColumn || column < grid.originCol) {
      kept.push(write);
      continue;
    }
    const value = grid.values[Number(address.slice(i)) - grid.originRow]?.[column - grid.originCol];
    if (value === "" || value === null || value === undefined) kept.push(write);
  }
  return kept.length === writes.length ? (writes as CellWrite[]) : kept;
}

/** Findings in row order, the worst first within a row. */
function byRowThenSeverity(a: Finding, b: Finding): number {
  return a.row - b.row || severityRank(b.severity) - severityRank(a.severity);
}

export function analyzeGrid(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  const ctx = context(options);
  const detection = detectTemplate(grid, ctx.t);
  if (!detection.ok) {
    return {
      report: {
        sheet: grid.sheet,
        template: null,
        headerRow: null,
        rows: 0,
        findings: [],
        result: null,
        reason: detection.reason,
      },
      plan: { sheet: grid.sheet, marks: [], writes: [] },
    };
  }
  const { template, header } = detection;
  const table = readTable(
    grid,
    header,
    template.columns.filter((c) => c.group).map((c) => c.key),
  );
  const outcome = template.analyze(table, ctx);
  const unmarked = new Set(outcome.unmarked ?? []);
  const findings = [...outcome.findings];
  // Templates mostly report row by row already: sorted only when they did not.
  if (findings.some((f, i) => i > 0 && byRowThenSeverity(findings[i - 1], f) > 0)) findings.sort(byRowThenSeverity);
  return {
    report: {
      sheet: grid.sheet,
      template: template.id,
      headerRow: table.headerRow,
      rows: table.rows.length,
      findings,
      result: outcome.result,
    },
    plan: {
      sheet: grid.sheet,
      marks: marksFromFindings(unmarked.size ? findings.filter((f) => !unmarked.has(f)) : findings),
      writes: intoEmptyCells(grid, outcome.writes),
    },
  };
}
