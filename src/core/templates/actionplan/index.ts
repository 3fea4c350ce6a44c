/** Aktivitetsplan / handlingsplan (docs/templates.md): every action needs an owner and a follow-up. */
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate, type TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import type { Table } from "../../sheet/table";
import { tableReader } from "../common";
import { strings } from "./strings";
import { DATE_FORMAT } from "../formats";
import { readAnswer } from "../../parse/answers";
import { codes } from "./codes";
import { compareActionPlans } from "./compare";

export interface PlannedAction {
  row: number;
  goal: string | null;
  action: string | null;
  followUp: string | null;
  responsible: string | null;
  endDate: string | null;
  /** Status/Genomförd as answered: done, not, partly; null where the plan has no such column or the cell says nothing readable. */
  done: "yes" | "no" | "partly" | null;
  /** The status as written, for what is said of it. */
  statusText: string | null;
}

export interface ActionPlanResult {
  actions: PlannedAction[];
  /** How many distinct goals the actions fall under. */
  goals: number;
  /** Actions without Ansvar. */
  withoutOwner: number;
}

const columns = [
  { key: "goal", labels: ["Mål", "Mål och delmål", "Delmål"], group: true },
  {
    key: "planAction",
    labels: ["Åtgärd/aktiviteter", "Åtgärder/aktiviteter", "Åtgärd/aktivitet", "Aktiviteter", "Åtgärder"],
  },
  { key: "followUp", labels: ["Uppföljning", "Uppföljning/mätning"] },
  { key: "responsible", labels: ["Ansvar", "Ansvarig", "Ansvarig grupp"] },
  { key: "endDate", labels: ["Slutdatum", "Klart senast", "Tidplan"] },
  // A plan followed up: whether each action was done (compared with next year's plan).
  { key: "status", labels: ["Status", "Genomförd", "Genomförd (Ja/Nej)", "Klar", "Utförd"] },
] as const satisfies readonly ColumnSpec[];

const SAYS_DONE = /^(klar|klart|utförd|utfört)\b/;
const SAYS_NOT = /^(ej|inte)\b/;

/** A status as written: Ja/Genomförd/Klar, Nej/Ej genomförd, Delvis/Pågår (the answers every plan uses). */
function statusOf(text: string | null): PlannedAction["done"] {
  if (text === null) return null;
  const key = text.trim().toLowerCase();
  return readAnswer(key) ?? (SAYS_DONE.test(key) ? "yes" : SAYS_NOT.test(key) ? "no" : null);
}

function analyzeActionPlan(table: Table, ctx: Ctx): TemplateOutcome<ActionPlanResult> {
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  const actions: PlannedAction[] = [];
  // Each column found once.
  const [planAction, followUpColumn, responsibleColumn, endDateColumn, status] = [
    "planAction",
    "followUp",
    "responsible",
    "endDate",
    "status",
  ].map((key) => read.of(key));
  for (const r of table.rows) {
    const action = planAction.requiredText(r);
    const followUp = followUpColumn.requiredText(r);
    const responsible = responsibleColumn.requiredText(r);
    const endDate = endDateColumn.date(r);
    const statusText = status.text(r);
    // One literal, one shape for every action (a spread record per row was a copy and an object more).
    actions.push({
      row: r.row,
      goal: r.group,
      action,
      followUp,
      responsible,
      endDate,
      done: statusOf(statusText),
      statusText,
    });
  }
  const goals = new Set(actions.map((a) => a.goal).filter((g) => g !== null)).size;
  const withoutOwner = actions.filter((a) => !a.responsible).length;
  return { findings: findings.items, writes: [], result: { actions, goals, withoutOwner } };
}

declare module "../types" {
  interface TemplateTypes {
    actionplan: { result: ActionPlanResult; code: keyof typeof codes };
  }
}

export const actionPlanTemplate = defineTemplate({
  id: "actionplan",
  strings,
  nameKey: "template.actionplan",
  names: ["aktivitetsplan", "handlingsplan"],
  codes,
  columns,
  layouts: [
    ["goal", "planAction", "followUp"],
    ["goal", "planAction", "responsible"],
  ],
  analyze: analyzeActionPlan,
  // Compared with last year's plan where last year's workbook is given.
  workbook: compareActionPlans,
  followsUp: true,
  overview: (r: ActionPlanResult, t) =>
    t("pane.actionSummary", { actions: r.actions.length, goals: r.goals, withoutOwner: r.withoutOwner }),
  blank: {
    sheet: "blank.actionplan.sheet",
    title: "blank.actionplan.title",
    rows: 100,
    columns: [
      { key: "blank.actionplan.goal", width: 36 },
      { key: "blank.actionplan.action", width: 44 },
      { key: "blank.actionplan.followUp", width: 30 },
      { key: "blank.actionplan.responsible", width: 22 },
      { key: "blank.actionplan.endDate", width: 14, numberFormat: DATE_FORMAT },
    ],
  },
});
