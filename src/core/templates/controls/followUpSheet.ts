/**
 * "Plankoll Uppföljning": the internkontrollplan followed up, ready for a tertialrapport or the
 * verksamhetsberättelse — per process and in total, the controls planned, carried out, under way,
 * not carried out, not yet due and called off (these add up to the planned), those that found a
 * deviation and those whose deviation has an action; then each deviation with its action and owner.
 */
import type { SheetCell, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import type { Ctx } from "./strings";
import type { ControlsResult, PlannedControl } from "./analyze";
import { a1 } from "../../sheet/address";

/** Where a control stands in the follow-up, each control in exactly one. */
export type Standing = "done" | "ongoing" | "notDone" | "notDue" | "cancelled";
export const STANDINGS: readonly Standing[] = ["done", "ongoing", "notDone", "notDue", "cancelled"];

export function standingOf(control: PlannedControl): Standing {
  const f = control.followUp;
  if (!f) return "notDue";
  if (f.status === "done") return "done";
  if (f.status === "ongoing") return "ongoing";
  if (f.status === "cancelled") return "cancelled";
  if (f.status === "notDone" || f.status === "notStarted") return "notDone";
  // No status: a result or a deviation says it was carried out; due without either, it was not.
  if (f.outcome !== null || f.deviation !== null) return "done";
  return f.due ? "notDone" : "notDue";
}

export interface ProcessTally {
  process: string;
  planned: number;
  counts: Record<Standing, number>;
  deviations: number;
  actions: number;
}

/** Each process's tally, in the order they come, and the total (the processes' sums). */
export function tallies(
  controls: readonly PlannedControl[],
  noProcess: string,
): { processes: ProcessTally[]; total: ProcessTally } {
  const byProcess = new Map<string, ProcessTally>();
  const empty = (process: string): ProcessTally => ({
    process,
    planned: 0,
    counts: { done: 0, ongoing: 0, notDone: 0, notDue: 0, cancelled: 0 },
    deviations: 0,
    actions: 0,
  });
  const total = empty("");
  for (const c of controls) {
    const name = c.process ?? noProcess;
    let tally = byProcess.get(name);
    if (!tally) byProcess.set(name, (tally = empty(name)));
    for (const t of [tally, total]) {
      t.planned++;
      t.counts[standingOf(c)]++;
      if (c.followUp?.deviation) {
        t.deviations++;
        if (c.followUp.action !== null) t.actions++;
      }
    }
  }
  return { processes: [...byProcess.values()], total };
}

const HEADS = ["process", "planned", ...STANDINGS, "deviations", "actions"] as const;
const DEVIATION_HEADS = ["control", "deviation", "action", "responsible"] as const;
/** The deviation, its action and its owner each over several of the tally's narrow columns. */
const SPANS: [number, number][] = [
  [1, 1],
  [2, 4],
  [5, 7],
  [8, 9],
];

type Style = { bold?: boolean; fill?: string };

/** The sheet as it is written: cells, merges, page breaks and the row the next line goes to. */
class Sheet {
  readonly cells: SheetCell[] = [];
  readonly merges: string[] = [];
  readonly pageBreaks: number[] = [];
  row = 1;
  line(value: string, bold = false): void {
    this.cells.push({ row: this.row++, col: 1, value, bold });
  }
  tableRow(values: readonly (string | number)[], style: Style = {}): void {
    values.forEach((value, i) =>
      this.cells.push({ row: this.row, col: i + 1, value, border: true, wrap: typeof value === "string", ...style }),
    );
    this.row++;
  }
  spanRow(values: readonly string[], style: Style = {}): void {
    SPANS.forEach(([from, to], i) => {
      for (let col = from; col <= to; col++)
        this.cells.push({
          row: this.row,
          col,
          value: col === from ? values[i] : "",
          border: true,
          wrap: true,
          top: true,
          ...style,
        });
      if (to > from) this.merges.push(`${a1(this.row, from)}:${a1(this.row, to)}`);
    });
    this.row++;
  }
}

/** Per process and in total: planned, each standing, with deviation, with action. */
function tallyTable(out: Sheet, result: ControlsResult, t: Ctx["t"]): void {
  const { processes, total } = tallies(result.controls, t("followUp.noProcess"));
  out.tableRow(
    HEADS.map((h) => t(`followUp.head.${h}`)),
    { bold: true, fill: COLORS.header },
  );
  const numbers = (x: ProcessTally) => [x.planned, ...STANDINGS.map((s) => x.counts[s]), x.deviations, x.actions];
  for (const p of processes) out.tableRow([p.process, ...numbers(p)]);
  out.tableRow([t("followUp.total"), ...numbers(total)], { bold: true });
}

/** Each deviation with its action and owner (an action missing on the warning's fill). */
function deviationList(out: Sheet, result: ControlsResult, t: Ctx["t"]): void {
  const deviations = result.controls.filter((c) => c.followUp?.deviation);
  out.line(t("followUp.deviations", { count: deviations.length }), true);
  if (deviations.length === 0) return;
  out.spanRow(
    DEVIATION_HEADS.map((h) => t(`followUp.dev.${h}`)),
    { bold: true, fill: COLORS.header },
  );
  for (const c of deviations) {
    const f = c.followUp!;
    const control = c.description ?? c.checkOf ?? c.incidents.join(", ");
    out.spanRow(
      [
        `${c.process ?? t("followUp.noProcess")}: ${control}`,
        f.deviationText ?? t("followUp.deviationStated"),
        f.action ?? t("followUp.noAction"),
        c.responsible ?? "",
      ],
      f.action === null ? { fill: COLORS.warning } : {},
    );
  }
}

export function followUpSheet(
  results: readonly { sheet: string; result: ControlsResult }[],
  ctx: Ctx,
): SheetSpec | null {
  const { t } = ctx;
  const followed = results.filter((r) => r.result.followUp);
  if (followed.length === 0) return null;
  const out = new Sheet();
  for (const { sheet, result } of followed) {
    if (out.row > 1) out.pageBreaks.push(out.row);
    const { moment, from, text } = result.followUp!;
    out.line(t("followUp.title", { moment: t(`moment.${moment}`) }), true);
    out.line(
      from === "title"
        ? t("followUp.momentFromTitle", { sheet, text: text ?? "" })
        : t("followUp.momentFromDate", { sheet }),
    );
    out.row++;
    tallyTable(out, result, t);
    out.row++;
    deviationList(out, result, t);
    out.row += 2;
  }
  return {
    name: t("sheet.followUp"),
    cells: out.cells,
    columnWidths: [40, 11, 11, 11, 11, 11, 11, 11, 11],
    pageBreaks: out.pageBreaks,
    merges: out.merges,
  };
}
