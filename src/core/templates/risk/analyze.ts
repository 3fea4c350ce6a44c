/** Riskanalys: reads each risk, checks levels and Riskvärde, places it in zone and matrix. */
import { MadeOnce, keptNumber, madeWhenRead, numberOrNull } from "../keptRows";
import type { Zone } from "../../types";
import type { DataRow, Table } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import { COLORS } from "../../plan";
import { HEADER_LOOK, WriteList, fillLook, type WriteLook } from "../../writes";
import { FirstRows, tableReader } from "../common";
import { a1 } from "../../sheet/address";
import type { ColumnReader } from "../columnReader";
import { cellText, isBlank } from "../../parse/cells";
import { parseNumberCell } from "../../parse/numbers";
import { parseLevel, SCALE_LABELS, type LevelScale } from "../../parse/levels";
import { keepShape } from "../../shapes";

export interface Risk {
  row: number;
  /** Its Oönskad händelse cell: where a finding about the risk as a whole is marked. */
  cell: string;
  nr: number | string | null;
  process: string | null;
  event: string;
  probability: number | null;
  consequence: number | null;
  value: number | null;
  zone: Zone | null;
}

export interface RiskResult {
  layout: "matrix" | "list";
  risks: Risk[];
  /** matrix[p-1][c-1] = the Nr of the risks placed there. */
  matrix: (number | string)[][][];
  counts: Record<Zone, number>;
  total: number;
  /** Risks whose levels (or, in a list, whose Riskvärde) could not be read: in no zone, left out of the matrix. */
  unplaced: number;
  bands: { lowMax: number; mediumMax: number };
  matrixZones: Zone[][];
}

const ZONES: readonly (Zone | null)[] = [null, "low", "medium", "critical"];

/**
 * The risks as read, a column each (levels, values and zones in typed arrays): their Risk objects
 * are made when the result's risks are first read, once. A review of a 100 000-row register reads
 * none of them, and an object and an address per risk were a fifth of its analysis and all of its
 * garbage collection (100 000 rows cold, in one run: 115 → 92 ms, GC 10 → 0 ms).
 */
export class RiskColumns {
  private length = 0;
  private readonly row: Int32Array;
  private readonly nr: (number | string | null)[];
  private readonly process: (string | null)[];
  private readonly event: string[];
  /** Levels 1–5, 0 for none. */
  private readonly probability: Uint8Array;
  private readonly consequence: Uint8Array;
  /** NaN for none. */
  private readonly value: Float64Array;
  /** Index into ZONES. */
  private readonly zone: Uint8Array;
  private readonly list = new MadeOnce<Risk>();

  /** `capacity`: the table's rows (no more are added); `eventColumn`: the worksheet column of Oönskad händelse. */
  constructor(
    capacity: number,
    private readonly eventColumn: number,
  ) {
    this.row = new Int32Array(capacity);
    // Made as long as the table at once: no copy as they grow.
    this.nr = new Array<number | string | null>(capacity);
    this.process = new Array<string | null>(capacity);
    this.event = new Array<string>(capacity);
    this.probability = new Uint8Array(capacity);
    this.consequence = new Uint8Array(capacity);
    this.value = new Float64Array(capacity);
    this.zone = new Uint8Array(capacity);
  }

  add(
    row: number,
    nr: Risk["nr"],
    process: string | null,
    event: string,
    probability: number | null,
    consequence: number | null,
    value: number | null,
    zone: Zone | null,
  ): void {
    const i = this.length++;
    this.row[i] = row;
    this.nr[i] = nr;
    this.process[i] = process;
    this.event[i] = event;
    this.probability[i] = probability ?? 0;
    this.consequence[i] = consequence ?? 0;
    this.value[i] = keptNumber(value);
    this.zone[i] = zone === null ? 0 : ZONES.indexOf(zone);
  }

  /** The risks as objects, made at the first call. */
  objects(): Risk[] {
    return this.list.of(this.length, (i) => {
      return {
        row: this.row[i],
        cell: a1(this.row[i], this.eventColumn),
        nr: this.nr[i],
        process: this.process[i],
        event: this.event[i],
        probability: this.probability[i] || null,
        consequence: this.consequence[i] || null,
        value: numberOrNull(this.value[i]),
        zone: ZONES[this.zone[i]],
      };
    });
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new RiskColumns(0, 1));

/** Risk values no product of two levels 1–5 can give. */
const POSSIBLE_VALUES = new Set<number>();
for (let p = 1; p <= 5; p++) for (let c = 1; c <= 5; c++) POSSIBLE_VALUES.add(p * c);

export function zoneForValue(value: number, bands: { lowMax: number; mediumMax: number }): Zone {
  return value <= bands.lowMax ? "low" : value <= bands.mediumMax ? "medium" : "critical";
}

type Findings = ReturnType<Ctx["findings"]>;
type Row = DataRow;

export function analyzeRisk(table: Table, ctx: Ctx): TemplateOutcome<RiskResult> {
  const { t, settings } = ctx;
  const bands = { lowMax: settings.risk.lowMax, mediumMax: settings.risk.mediumMax };
  const matrixZones: Zone[][] = [1, 2, 3, 4, 5].map((p) =>
    [1, 2, 3, 4, 5].map((c) => settings.risk.matrixZones?.[p - 1][c - 1] ?? zoneForValue(p * c, bands)),
  );
  const findings = ctx.findings();
  const cells = riskCells(table, findings, ctx);
  // A zone on each row; the header.
  const writes = new WriteList(table.rows.length + 1);
  const hasLevels = table.has("probability") && table.has("consequence");
  const matrix: (number | string)[][][] = matrixZones.map((row) => row.map(() => []));
  const counts: Record<Zone, number> = { low: 0, medium: 0, critical: 0 };
  const zoneLabel: Record<Zone, string> = {
    low: t("zone.low"),
    medium: t("zone.medium"),
    critical: t("zone.critical"),
  };
  const zoneColumn = table.grid.originCol + table.firstFreeColumn;
  const zoneLook: Record<Zone, WriteLook> = {
    low: fillLook(COLORS.low),
    medium: fillLook(COLORS.medium),
    critical: fillLook(COLORS.critical),
  };
  let unplaced = 0;
  const levels: Levels = { probability: null, consequence: null, computed: null, hasLevels, writes, computedLooks: [] };

  const risks = new RiskColumns(table.rows.length, table.grid.originCol + table.column("event"));
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const event = cells.event(r);
    const nr = cells.nr(r);
    const probability = hasLevels ? cells.level(r, "probability") : null;
    const consequence = hasLevels ? cells.level(r, "consequence") : null;
    const computed = probability !== null && consequence !== null ? probability * consequence : null;
    // One record of the row's levels, reused row after row (statedValueIn keeps none of it).
    levels.probability = probability;
    levels.consequence = consequence;
    levels.computed = computed;
    const stated = cells.statedValue(r, levels);
    const value = computed ?? (hasLevels ? null : stated);
    let zone: Zone | null = null;
    if (value !== null) {
      zone = computed !== null ? matrixZones[probability! - 1][consequence! - 1] : zoneForValue(value, bands);
      counts[zone]++;
      writes.add(r.row, zoneColumn, zoneLabel[zone], zoneLook[zone]);
      if (zone === "critical") cells.actionNeeded(r, value);
    }
    if (computed !== null) matrix[probability! - 1][consequence! - 1].push(nr ?? t("matrix.rowLabel", { row: r.row }));
    // Placed in a zone, or counted here: the zones and the unplaced add up to the risks.
    if (value === null) unplaced++;
    risks.add(r.row, nr, r.group, event, probability, consequence, value, zone);
  }

  if (counts.low + counts.medium + counts.critical > 0) {
    writes.add(table.headerRow, zoneColumn, t("column.zone"), HEADER_LOOK);
  }

  const result: RiskResult = {
    layout: hasLevels ? "matrix" : "list",
    // Made when first read (a report leaving Plankoll, the matrix sheet, a comparison): a review makes none.
    risks: [],
    matrix,
    counts,
    total: counts.low + counts.medium + counts.critical,
    unplaced,
    bands,
    matrixZones,
  };
  return { findings: findings.items, writes, result: madeWhenRead(result, "risks", risks) };
}

/** What reading a risk's cells shares: the table, its findings, the words and the columns' readers. */
interface Cells {
  table: Table;
  findings: Findings;
  t: Ctx["t"];
  /** Each column read, found once. */
  cols: Record<"event" | "nr" | "probability" | "consequence" | "value" | "action", ColumnReader>;
}

/** A row's levels and the value they give, and where a computed value is written. */
interface Levels {
  probability: number | null;
  consequence: number | null;
  computed: number | null;
  hasLevels: boolean;
  writes: WriteList;
  /** How a computed value was computed, one look for each pair of levels (25 at most), made when first needed. */
  computedLooks: WriteLook[];
}

/** Sannolikhet or Konsekvens: a level 1–5, its number and label agreeing. */
function levelIn({ findings, cols }: Cells, r: Row, key: LevelScale): number | null {
  const col = cols[key];
  const raw = col.filled(r, true);
  if (raw === null) return null;
  const parsed = parseLevel(raw, key);
  if (parsed.ok) return parsed.level;
  // The address only for a finding: most levels are read without one.
  const cell = col.address(r);
  if (parsed.reason === "mismatch") {
    findings.add("RISK_LABEL_MISMATCH", cell, r.row, {
      column: col.columnName(),
      value: cellText(raw),
      level: parsed.level,
      expectedLabel: SCALE_LABELS[key][parsed.level - 1],
      label: parsed.label,
      labelLevel: parsed.labelLevel,
    });
  } else {
    findings.add("RISK_LEVEL_INVALID", cell, r.row, { column: col.columnName(), value: col.seen(r) });
  }
  return null;
}

/**
 * A stated Riskvärde: checked against S × K and the values S × K can take. An empty cell gets
 * the computed value (a write); in the list layout it is required.
 */
function statedValueIn({ table, findings, t, cols }: Cells, r: Row, levels: Levels): number | null {
  const col = cols.value;
  if (!col.present) return null;
  const raw = col.raw(r);
  if (!col.usable(r)) return null;
  const { computed } = levels;
  if (isBlank(raw)) {
    if (computed !== null) {
      const { probability, consequence, computedLooks } = levels;
      // The levels are whole numbers 1–5: their pair is the look's place.
      const look = (computedLooks[probability! * 5 + consequence!] ??= {
        computed: t("risk.computed", { probability: probability!, consequence: consequence!, value: computed }),
      });
      levels.writes.add(r.row, table.grid.originCol + col.index, computed, look);
    } else if (!levels.hasLevels) findings.add("REQUIRED_MISSING", col.address(r), r.row, { column: col.columnName() });
    return null;
  }
  const number = parseNumberCell(raw);
  if (number === null) {
    findings.add("NOT_A_NUMBER", col.address(r), r.row, { column: col.columnName(), value: col.seen(r) });
    return null;
  }
  if (number < 1 || number > 25) {
    findings.add("OUT_OF_RANGE", col.address(r), r.row, {
      column: col.columnName(),
      value: col.seen(r),
      min: 1,
      max: 25,
    });
    return null;
  }
  const possible = POSSIBLE_VALUES.has(number);
  if (!possible) findings.add("RISK_VALUE_IMPOSSIBLE", col.address(r), r.row, { value: cellText(raw) });
  if (computed !== null && number !== computed) {
    findings.add("RISK_VALUE_MISMATCH", col.address(r), r.row, {
      value: cellText(raw),
      probability: levels.probability!,
      consequence: levels.consequence!,
      computed,
    });
  }
  return possible ? number : null;
}

/** Reading one risk's cells, each with its checks: the event, its Nr, the two levels, a stated Riskvärde, the action. */
function riskCells(table: Table, findings: Findings, ctx: Ctx) {
  const { t } = ctx;
  // By the Nr itself: a number keys as a number (no string made per row), a label as its text.
  const seenNr = new FirstRows();
  // The column's name and a formula error in a cell: as every template reads them.
  const cols: Cells["cols"] = tableReader(table, findings, t).columnsOf([
    "event",
    "nr",
    "probability",
    "consequence",
    "value",
    "action",
  ] as const);

  /** Oönskad händelse (required), on its cell. */
  const event = (r: Row): string => {
    const raw = cols.event.raw(r);
    if (cols.event.usable(r) && isBlank(raw))
      findings.add("REQUIRED_MISSING", cols.event.address(r), r.row, { column: cols.event.columnName() });
    return cellText(raw);
  };

  /** Nr: a whole number or a label, each once. */
  const nr = (r: Row): number | string | null => {
    const raw = cols.nr.filled(r, false);
    if (raw === null) return null;
    const asNumber = parseNumberCell(raw);
    // A whole number, or the text (a text that reads as a whole number is that number: no key is both).
    const value = asNumber !== null && Number.isInteger(asNumber) ? asNumber : cellText(raw);
    const firstRow = seenNr.get(value);
    if (firstRow !== undefined)
      findings.add("DUPLICATE", cols.nr.address(r), r.row, {
        column: cols.nr.columnName(),
        value: String(value),
        firstRow,
      });
    else seenNr.set(value, r.row);
    return value;
  };

  const cells: Cells = { table, findings, t, cols };
  /** Sannolikhet or Konsekvens: a level 1–5, its number and label agreeing. */
  const level = (r: Row, key: LevelScale) => levelIn(cells, r, key);
  /** A stated Riskvärde, checked against S × K (an empty cell gets the computed value). */
  const statedValue = (r: Row, levels: Levels) => statedValueIn(cells, r, levels);

  /** A risk in the critical zone needs an Åtgärd (on the event's cell where the sheet has no such column). */
  const actionNeeded = (r: Row, value: number): void => {
    const action = cols.action;
    if (!isBlank(action.raw(r))) return;
    findings.add("RISK_NO_ACTION", action.present ? action.address(r) : cols.event.address(r), r.row, { value });
  };

  return { event, nr, level, statedValue, actionNeeded };
}
