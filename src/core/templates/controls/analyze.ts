/**
 * The internkontrollplan's controls (docs/templates.md): blocks headed `Process:` and `Arbetssätt:`
 * (label rows above each block, the header repeated under each), rows naming oönskade händelser
 * and rows describing the controls that follow them up, interleaved as in seed 001; or one header
 * row with Process and Arbetssätt as columns. Every control needs a Metod and an Ansvarig.
 */
import type { CellValue } from "../../types";
import type { DataRow, Table } from "../../sheet/table";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import { cellText, compactLabel, isBlank } from "../../parse/cells";
import { parseDateCell } from "../../parse/dates";
import { tableReader } from "../common";
import { FOLLOW_UP_KEYS, followUpOf, momentOf, type ControlFollowUp, type Moment } from "./followUp";

export interface PlannedControl {
  row: number;
  process: string | null;
  approach: string | null;
  /** The Löpande kontroll/Systematiska kontroller it belongs to (its own, else the block's). */
  kind: string | null;
  /** The oönskade händelser it follows up: its own, else those its block names. */
  incidents: string[];
  checkOf: string | null;
  description: string | null;
  method: string | null;
  /** The method named is one Plankoll knows (Stickprov, Registerkontroll …). */
  methodKnown: boolean;
  responsible: string | null;
  frequency: string | null;
  reportTo: string | null;
  /** What the follow-up says of it, where the sheet is a follow-up (status, result, deviation, action). */
  followUp: ControlFollowUp | null;
}

export interface NamedIncident {
  row: number;
  cell: string;
  process: string | null;
  approach: string | null;
  incident: string;
}

export interface ControlsResult {
  layout: "blocks" | "rows";
  processes: string[];
  approaches: string[];
  /** The oönskade händelser the plan names. */
  risks: NamedIncident[];
  controls: PlannedControl[];
  withoutMethod: number;
  withoutOwner: number;
  /** The follow-up moment, where the sheet follows the plan up (it has a status, result, deviation or action column). */
  followUp: { moment: Moment; from: "title" | "date"; text: string | null } | null;
}

/** Methods a control can be followed up by (info when another is named: the list can grow). */
export const KNOWN_METHODS = [
  "Stickprov",
  "Registerkontroll",
  "Avstämning",
  "Genomgång",
  "Granskning",
  "Intervju",
  "Enkät",
  "Analys",
  "Uppföljning",
  "Observation",
  "Självskattning",
] as const;
const METHOD_KEYS = KNOWN_METHODS.map((m) => compactLabel(m));

export function methodKnown(text: string): boolean {
  const key = compactLabel(text);
  return METHOD_KEYS.some((m) => key.includes(m));
}

/** Words of a frequency or a time ("Månadsvis", "Varje tertial", "T1", "Årligen"), folded. */
const FREQUENCY_WORDS = new Set(
  [
    "löpande",
    "dagligen",
    "veckovis",
    "varje vecka",
    "månadsvis",
    "månatligen",
    "varje månad",
    "kvartalsvis",
    "varje kvartal",
    "tertialvis",
    "varje tertial",
    "per tertial",
    "halvårsvis",
    "varje halvår",
    "årligen",
    "årsvis",
    "varje år",
    "en gång per år",
    "en gång om året",
    "två gånger per år",
    "vid behov",
    "vid bokslut",
    "bokslut",
    "delår",
    "delårsrapport",
    "tertialrapport",
    "verksamhetsberättelse",
    "vb",
    "helår",
    "årsbokslut",
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "vår",
    "höst",
    "våren",
    "hösten",
  ].map(compactLabel),
);

/** A time or frequency: each part (split at commas, "och", "/") a known word, T1–T3, Q1–Q4, "tertial 2" or a date. */
export function readFrequency(value: CellValue): boolean {
  if (typeof value === "number") return parseDateCell(value)?.kind === "date";
  const parts = String(value)
    .split(/\s*(?:,|;|\/|&|\boch\b|\bsamt\b)\s*/i)
    .filter((p) => p.trim() !== "");
  return (
    parts.length > 0 &&
    parts.every((part) => {
      const key = compactLabel(part);
      if (FREQUENCY_WORDS.has(key)) return true;
      if (/^(t[1-3]|q[1-4]|tertial[1-3]|kvartal[1-4]|vecka\d{1,2}|v\d{1,2})(\d{4})?$/.test(key)) return true;
      return parseDateCell(part.trim())?.kind === "date";
    })
  );
}

const LABEL = /^\s*(process|arbetssätt)\s*:\s*(.*)$/i;

/** Label rows ("Process: Fakturahantering", or "Process:" with its name beside or below it). */
function labelReader() {
  let pending: "process" | "approach" | null = null;
  const current = { process: null as string | null, approach: null as string | null };
  /** Whether the row is a label row (then it is read here, and is no row of the plan). */
  const take = (cells: readonly CellValue[]): boolean => {
    const filled = cells.filter((c) => !isBlank(c)).map((c) => cellText(c));
    if (filled.length === 0) return false;
    const match = LABEL.exec(filled[0]);
    if (match) {
      const kind = match[1].toLowerCase() === "process" ? "process" : "approach";
      const name = match[2].trim() || filled[1] || "";
      if (kind === "process") current.approach = null;
      if (name) {
        current[kind] = name;
        pending = null;
      } else pending = kind;
      return true;
    }
    if (pending && filled.length === 1) {
      current[pending] = filled[0];
      pending = null;
      return true;
    }
    pending = null;
    return false;
  };
  return { take, current };
}

/** The label rows just above the header (up to eight, blank rows between): the first block's Process and Arbetssätt. */
function labelsAbove(table: Table, labels: ReturnType<typeof labelReader>): void {
  const values = table.grid.values;
  let top = table.header.headerTop;
  for (let i = table.header.headerTop - 1; i >= 0 && i >= table.header.headerTop - 8; i--) {
    const cells = values[i] ?? [];
    const filled = cells.filter((c) => !isBlank(c));
    if (filled.length === 0) continue;
    if (filled.length > 2) break;
    top = i;
  }
  for (let i = top; i < table.header.headerTop; i++) labels.take(values[i] ?? []);
}

export function analyzeControls(table: Table, ctx: Ctx): TemplateOutcome<ControlsResult> {
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  const labels = labelReader();
  labelsAbove(table, labels);
  const risks: NamedIncident[] = [];
  const controls: PlannedControl[] = [];
  let blocks = false;
  /** The block being read: its kind of control, the oönskade händelser it names, its controls without one of their own. */
  let block = { key: "", kind: null as string | null, incidents: [] as string[], waiting: [] as PlannedControl[] };
  const endBlock = () => {
    for (const control of block.waiting) control.incidents = [...block.incidents];
  };
  const blockFor = (process: string | null, approach: string | null) => {
    const key = `${process ?? ""}\u0000${approach ?? ""}`;
    if (key === block.key) return;
    endBlock();
    block = { key, kind: null, incidents: [], waiting: [] };
  };

  const followUp = FOLLOW_UP_KEYS.some((k) => table.has(k)) ? momentOf(table, ctx.today) : null;
  const where = { moment: followUp?.moment ?? null, t: ctx.t };
  /** Rows naming a risk or describing a control: the plan's own, not its labels and repeated headers. */
  let planRows = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    if (labels.take(table.grid.values[r.index] ?? [])) {
      blocks = true;
      continue;
    }
    const process = read.text(r, "controlProcess") ?? r.group ?? labels.current.process;
    const approach = read.text(r, "approach") ?? labels.current.approach;
    blockFor(process, approach);
    const kind = read.text(r, "controlKind");
    if (kind) block.kind = kind;
    const incident = read.text(r, "incident");
    if (incident) {
      block.incidents.push(incident);
      risks.push({ row: r.row, cell: table.address(r, "incident"), process, approach, incident });
    }
    const controlRow = isControlRow(table, r);
    if (incident || controlRow) planRows++;
    if (!controlRow) continue;
    controls.push(control(table, read, findings, r, { process, approach, kind: block.kind, incident, ...where }));
    if (!incident) block.waiting.push(controls[controls.length - 1]);
  }
  endBlock();
  if (labels.current.process !== null || labels.current.approach !== null) blocks = true;

  const distinct = (list: (string | null)[]) => [...new Set(list.filter((x): x is string => x !== null))];
  return {
    findings: findings.items,
    writes: [],
    rows: planRows,
    result: {
      layout: blocks ? "blocks" : "rows",
      processes: distinct([...controls.map((c) => c.process), ...risks.map((r) => r.process)]),
      approaches: distinct([...controls.map((c) => c.approach), ...risks.map((r) => r.approach)]),
      risks,
      controls,
      withoutMethod: controls.filter((c) => !c.method).length,
      withoutOwner: controls.filter((c) => !c.responsible).length,
      followUp,
    },
  };
}

/** A row that describes a control: what is followed up, how, by which method, by whom or when. */
function isControlRow(table: Table, r: DataRow): boolean {
  return (["checkOf", "checkDescription", "checkMethod", "responsible", "frequency"] as const).some(
    (key) => table.has(key) && !isBlank(table.get(r, key)),
  );
}

function control(
  table: Table,
  read: ReturnType<typeof tableReader<never>>,
  findings: ReturnType<Ctx["findings"]>,
  r: DataRow,
  where: {
    process: string | null;
    approach: string | null;
    kind: string | null;
    incident: string | null;
    moment: Moment | null;
    t: Ctx["t"];
  },
): PlannedControl {
  const method = read.requiredText(r, "checkMethod");
  const known = method !== null && methodKnown(method);
  if (method !== null && !known) {
    findings.add("CONTROL_METHOD_UNKNOWN", table.address(r, "checkMethod"), r.row, {
      column: read.column("checkMethod"),
      value: method,
      known: KNOWN_METHODS.join(", "),
    });
  }
  const responsible = read.requiredText(r, "responsible");
  const frequency = read.text(r, "frequency");
  if (frequency !== null && !readFrequency(table.get(r, "frequency"))) {
    findings.add("FREQUENCY_INVALID", table.address(r, "frequency"), r.row, {
      column: read.column("frequency"),
      value: frequency,
    });
  }
  const checkOf = read.text(r, "checkOf");
  const description = read.text(r, "checkDescription");
  const named = description ?? checkOf ?? where.incident ?? method ?? `${r.row}`;
  const followUp =
    where.moment === null
      ? null
      : followUpOf(table, read, findings, r, where.moment, named, where.t(`moment.${where.moment}`));
  return {
    row: r.row,
    process: where.process,
    approach: where.approach,
    kind: where.kind,
    incidents: where.incident ? [where.incident] : [],
    checkOf,
    description,
    method,
    methodKnown: known,
    responsible,
    frequency,
    reportTo: read.text(r, "reportTo"),
    followUp,
  };
}
