/**
 * Arbetsvärdering (docs/templates.md): one row per job and a column per factor — the four
 * criteria of diskrimineringslagen 3:1 and the directive's Art. 4 (kunskap och färdigheter,
 * ansvar, ansträngning, arbetsförhållanden), or sub-factors grouped under them by a two-row header —
 * each with its scale (from the header, "1-4", "(0–5)", else the settings) and weight (a row
 * Vikt/Viktning under or over the header, in % or fractions; else equal weights, said). Points =
 * Σ weight × score ÷ the factor's top step × 1 000; equal-value groups from the sheet's own column
 * (Värdegrupp, Nivå), else bands of points.
 */
import type { CellValue } from "../../types";
import type { DataRow, Table } from "../../sheet/table";
import { a1 } from "../../sheet/address";
import { headerRows } from "../../sheet/columns";
import { cellText, compactLabel, formatNumber, isBlank } from "../../parse/cells";
import { parseNumberCell } from "../../parse/numbers";
import { COLORS, type CellWrite } from "../../plan";
import { oneDecimal, tableReader } from "../common";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";

export type Criterion = "knowledge" | "responsibility" | "effort" | "conditions";

export interface Factor {
  /** The factor's name as the sheet heads it (a sub-factor's own name under its criterion). */
  name: string;
  criterion: Criterion;
  /** 0-based column in the grid. */
  column: number;
  /** In percent of the whole; the weights sum to 100. */
  weight: number;
  scale: [number, number];
  scaleFrom: "header" | "settings";
}

export interface EvaluatedJob {
  job: string;
  row: number;
  cell: string;
  /** 0–1 000; null where a score cannot be read. */
  points: number | null;
  group: string | null;
}

export interface JobEvalResult {
  jobs: EvaluatedJob[];
  groups: { group: string; jobs: string[]; minPoints: number; maxPoints: number }[];
  weights: Factor[];
  /** Where the weights come from: a row of the sheet, a table Faktor | Vikt, or equal weights (the sheet has none). */
  weightsFrom: "row" | "table" | "equal";
  groupsFrom: "column" | "bands";
}

const CRITERIA: readonly [Criterion, RegExp][] = [
  ["knowledge", /kunskap|fardighet|kompetens/],
  ["responsibility", /ansvar/],
  ["effort", /anstrangning|belastning/],
  ["conditions", /arbetsforhallande|arbetsmiljo|forhallanden/],
];
/** Columns that sum or group the factors: never a factor themselves. */
const NOT_A_FACTOR = /poang|summa|total|vardegrupp|niva|kommentar|anmarkning/;
const WEIGHT_ROW = /^vikt/;
const SCALE = /(\d+)\s*[-–—]\s*(\d+)/;

/**
 * The factor columns: each whose header names a criterion, itself or by the group label drawn over
 * it — the header as the detector composed it (sheet/columns.ts: merges, labels written once
 * across, labels merged down).
 */
function factorColumns(table: Table, scaleMax: number): Omit<Factor, "weight">[] {
  const cells = headerRows(table.grid, table.header.headerIndex, 1)[0] ?? [];
  const factors: Omit<Factor, "weight">[] = [];
  cells.forEach(({ composedText, ownText }, column) => {
    if (!ownText || column === table.header.columns.job || column === table.header.columns.valueGroup) return;
    if (NOT_A_FACTOR.test(compactLabel(ownText))) return;
    const criterion = CRITERIA.find(([, pattern]) => pattern.test(compactLabel(composedText)))?.[0];
    if (!criterion) return;
    const scale = SCALE.exec(composedText);
    const name =
      ownText
        .replace(/\([^)]*\)/g, "")
        .replace(SCALE, "")
        .trim() || composedText;
    factors.push({
      name,
      criterion,
      column,
      scale: scale ? [Number(scale[1]), Number(scale[2])] : [1, scaleMax],
      scaleFrom: scale ? "header" : "settings",
    });
  });
  return factors;
}

/** The row of weights: a row of the table headed Vikt/Viktning, or the row just above the header. */
function weightRow(table: Table): { cells: readonly CellValue[]; row: DataRow | null } | null {
  const jobColumn = table.header.columns.job;
  const inTable = table.rows.find((r) =>
    WEIGHT_ROW.test(compactLabel(cellText(table.grid.values[r.index][jobColumn] ?? ""))),
  );
  if (inTable) return { cells: table.grid.values[inTable.index], row: inTable };
  const above = table.header.headerTop - 1;
  if (above < 0) return null;
  const cells = table.grid.values[above];
  const label = cells.map((v) => cellText(v ?? "")).find((v) => v !== "") ?? "";
  return WEIGHT_ROW.test(compactLabel(label)) ? { cells, row: null } : null;
}

const WEIGHT_TABLE_NAME = /^(del)?faktor|^kriteri/;
const WEIGHT_TABLE_WEIGHT = /^vikt/;

/**
 * A small table `Faktor | Vikt` elsewhere on the sheet: each factor's weight by its name, or a
 * criterion's, shared equally by its sub-factors that have none of their own. Null where the sheet
 * has no such table.
 */
function weightTable(
  table: Table,
  factors: readonly Omit<Factor, "weight">[],
): { cells: CellValue[]; index: number; column: number } | null {
  const values = table.grid.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const nameAt = row.findIndex((v) => WEIGHT_TABLE_NAME.test(compactLabel(cellText(v ?? ""))));
    if (nameAt < 0) continue;
    const weightAt = row.findIndex((v, c) => c > nameAt && WEIGHT_TABLE_WEIGHT.test(compactLabel(cellText(v ?? ""))));
    if (weightAt < 0) continue;
    const named = new Map<string, CellValue>();
    for (let below = r + 1; below < values.length && !isBlank(values[below][nameAt]); below++)
      named.set(compactLabel(cellText(values[below][nameAt])), values[below][weightAt] ?? "");
    if (named.size === 0) continue;
    return { cells: weightsByName(named, factors), index: r, column: weightAt };
  }
  return null;
}

/** The weights laid out as a row of the factors' columns, from weights given by name. */
function weightsByName(named: ReadonlyMap<string, CellValue>, factors: readonly Omit<Factor, "weight">[]): CellValue[] {
  const cells: CellValue[] = [];
  const criterionOf = new Map<Criterion, string>();
  for (const key of named.keys()) {
    const criterion = CRITERIA.find(([, pattern]) => pattern.test(key))?.[0];
    if (criterion && !criterionOf.has(criterion)) criterionOf.set(criterion, key);
  }
  for (const f of factors) {
    const own = named.get(compactLabel(f.name));
    if (own !== undefined) {
      cells[f.column] = own;
      continue;
    }
    // A criterion's weight, shared by its sub-factors without a weight of their own.
    const key = criterionOf.get(f.criterion);
    if (key === undefined) continue;
    const sharing = factors.filter((g) => g.criterion === f.criterion && !named.has(compactLabel(g.name))).length;
    cells[f.column] = weightIn(named.get(key)!) / sharing;
  }
  return cells;
}

/** A weight as written: a number, "40 %" (kept as 40: the sum tells percent from fractions), blank or unreadable as 0. */
function weightIn(cell: CellValue): number {
  if (typeof cell === "string" && cell.includes("%")) return parseNumberCell(cell.replace("%", "")) ?? 0;
  return parseNumberCell(cell) ?? 0;
}

/** The weights in percent: read as percent (they sum to about 100) or fractions (about 1); the sum as the sheet states it. */
function weightsOf(cells: readonly CellValue[], factors: readonly Omit<Factor, "weight">[]) {
  const raw = factors.map((f) => weightIn(cells[f.column] ?? ""));
  const sum = raw.reduce((a, b) => a + b, 0);
  const fractions = raw.every((w) => w <= 1) && sum <= 1.5;
  const percent = raw.map((w) => (fractions ? w * 100 : w));
  const sumPercent = fractions ? sum * 100 : sum;
  return { percent, sumPercent };
}

function analyzeScores(table: Table, ctx: Ctx, factors: readonly Factor[], skip: DataRow | null) {
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  const jobs: EvaluatedJob[] = [];
  const scores = factors.map(() => new Set<number>());
  const seen = new Map<string, EvaluatedJob>();
  const jobColumn = table.header.columns.job;
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    if (skip !== null && r.index === skip.index) continue;
    // A row with nothing in the plan's own columns is no job (a table of weights beside the plan goes on below it).
    const cells = table.grid.values[r.index];
    if (isBlank(cells[jobColumn]) && factors.every((f) => isBlank(cells[f.column]))) continue;
    const job = read.requiredText(r, "job");
    let points: number | null = 0;
    factors.forEach((f, i) => {
      const raw = table.grid.values[r.index][f.column] ?? "";
      const cell = table.addressAt(r.index, f.column);
      const score = parseNumberCell(raw);
      const [min, max] = f.scale;
      if (isBlank(raw)) findings.add("REQUIRED_MISSING", cell, r.row, { column: f.name });
      else if (score === null) findings.add("NOT_A_NUMBER", cell, r.row, { column: f.name, value: cellText(raw) });
      else if (score < min || score > max)
        findings.add("OUT_OF_RANGE", cell, r.row, { column: f.name, value: cellText(raw), min, max });
      else {
        scores[i].add(score);
        if (points !== null) points += (f.weight / 100) * (score / max) * 1000;
        return;
      }
      points = null;
    });
    if (job === null) continue;
    const evaluated: EvaluatedJob = {
      job,
      row: r.row,
      cell: table.address(r, "job"),
      points: points === null ? null : oneDecimal(points),
      group: null,
    };
    const key = compactLabel(job);
    const first = seen.get(key);
    if (first && first.points !== evaluated.points && first.points !== null && evaluated.points !== null)
      findings.add("JOB_EVAL_INCONSISTENT", evaluated.cell, r.row, {
        job,
        points: formatNumber(evaluated.points, 1),
        firstPoints: formatNumber(first.points, 1),
        firstRow: first.row,
      });
    if (!first) seen.set(key, evaluated);
    jobs.push(evaluated);
  }
  return { findings, jobs, scores };
}

/** The sheet's own value groups: its Värdegrupp column, where at least one job has one (an empty column is none). */
function ownGroupColumn(table: Table, jobs: readonly EvaluatedJob[]): number {
  if (!table.has("valueGroup")) return -1;
  const column = table.header.columns.valueGroup;
  const own = (job: EvaluatedJob) => cellText(table.grid.values[job.row - table.grid.originRow][column] ?? "");
  return jobs.some((job) => own(job) !== "") ? column : -1;
}

/** The equal-value groups: the sheet's own column where it fills one, else bands of points. */
function groupsOf(table: Table, jobs: EvaluatedJob[], ctx: Ctx, column: number): JobEvalResult["groups"] {
  const width = ctx.settings.jobeval.bandWidth;
  const byGroup = new Map<string, EvaluatedJob[]>();
  for (const job of jobs) {
    const own = column >= 0 ? cellText(table.grid.values[job.row - table.grid.originRow][column] ?? "") : "";
    if (own) job.group = own;
    else if (job.points !== null && column < 0) {
      const low = Math.floor(job.points / width) * width;
      job.group = ctx.t("jobeval.band", { low, high: low + width - 1 });
    }
    if (job.group !== null) byGroup.set(job.group, [...(byGroup.get(job.group) ?? []), job]);
  }
  return [...byGroup]
    .map(([group, members]) => {
      const points = members.map((m) => m.points).filter((p): p is number => p !== null);
      return {
        group,
        jobs: members.map((m) => m.job),
        minPoints: points.length ? Math.min(...points) : 0,
        maxPoints: points.length ? Math.max(...points) : 0,
      };
    })
    .sort((a, b) => a.minPoints - b.minPoints);
}

export function analyzeJobEval(table: Table, ctx: Ctx): TemplateOutcome<JobEvalResult> {
  const found = factorColumns(table, ctx.settings.jobeval.scaleMax);
  const weights = weightRow(table);
  const byTable = weights ? null : weightTable(table, found);
  const stated = weights ? weightsOf(weights.cells, found) : byTable ? weightsOf(byTable.cells, found) : null;
  const factors: Factor[] = found.map((f, i) => ({
    ...f,
    // Without a row of weights every factor weighs the same; with one that does not sum to 100,
    // each keeps its share of what is stated (and the sheet is told).
    weight: stated ? (stated.sumPercent > 0 ? (stated.percent[i] / stated.sumPercent) * 100 : 0) : 100 / found.length,
  }));
  const { findings, jobs, scores } = analyzeScores(table, ctx, factors, weights?.row ?? null);
  if (stated && Math.abs(stated.sumPercent - 100) > 0.05) {
    // On the row's label (in the table, or the row just above the header), or the table's Vikt.
    const index = byTable ? byTable.index : weights?.row ? weights.row.index : table.header.headerTop - 1;
    const at = table.addressAt(index, byTable ? byTable.column : table.header.columns.job);
    const sum = formatNumber(oneDecimal(stated.sumPercent), 1);
    findings.add("JOB_EVAL_WEIGHTS", at, index + table.grid.originRow, { sum });
  }
  factors.forEach((f, i) => {
    if (scores[i].size === 1 && jobs.length > 1)
      findings.add("JOB_EVAL_FLAT", table.addressAt(table.header.headerIndex, f.column), table.headerRow, {
        factor: f.name,
        score: [...scores[i]][0],
      });
  });
  const groupColumn = ownGroupColumn(table, jobs);
  const groups = groupsOf(table, jobs, ctx, groupColumn);
  const writes: CellWrite[] = [];
  const out = (row: number, offset: number) => a1(row, table.grid.originCol + table.firstFreeColumn + offset);
  for (const job of jobs) {
    if (job.points !== null) writes.push({ cell: out(job.row, 0), value: job.points });
    if (job.group !== null && groupColumn < 0) writes.push({ cell: out(job.row, 1), value: job.group });
  }
  if (writes.length)
    (["column.points", "column.group"] as const).forEach((key, i) =>
      writes.push({ cell: out(table.headerRow, i), value: ctx.t(key), bold: true, fill: COLORS.header }),
    );
  return {
    findings: findings.items,
    writes,
    // A row of weights under the header is the plan's, not a job.
    ...(weights?.row ? { rows: table.rows.length - 1 } : {}),
    result: {
      jobs,
      groups,
      weights: factors.map((f) => ({ ...f, weight: oneDecimal(f.weight) })),
      weightsFrom: weights ? "row" : byTable ? "table" : "equal",
      groupsFrom: groupColumn >= 0 ? "column" : "bands",
    },
  };
}
