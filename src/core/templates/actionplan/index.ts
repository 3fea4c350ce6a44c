/** Aktivitetsplan / handlingsplan (docs/templates.md): every action needs an owner and a follow-up. */
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate, type TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import type { Table } from "../../sheet/table";
import { tableReader } from "../common";
import { countOf, withCounts, MadeOnce, madeWhenRead } from "../keptRows";
import { strings } from "./strings";
import { DATE_FORMAT } from "../formats";
import { readAnswer } from "../../parse/answers";
import { codes } from "./codes";
import { compareActionPlans } from "./compare";
import { keepShape } from "../../shapes";

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

const DONE: readonly PlannedAction["done"][] = [null, "yes", "no", "partly"];

/**
 * The actions as read, a column each: their PlannedAction objects are made when the result's
 * actions are first read (a comparison with next year's plan, a report leaving Plankoll), once; the
 * review's overview reads only the counts.
 */
export class ActionColumns {
  length = 0;
  private readonly row: Int32Array;
  /** Index into DONE. */
  private readonly done: Uint8Array;
  private readonly texts: (string | null)[][];
  private readonly list = new MadeOnce<PlannedAction>();

  /** `capacity`: the table's rows (no more are added). */
  constructor(capacity: number) {
    this.row = new Int32Array(capacity);
    this.done = new Uint8Array(capacity);
    // goal, action, followUp, responsible, endDate, statusText: made as long as the table at once.
    this.texts = Array.from({ length: 6 }, () => new Array<string | null>(capacity));
  }

  add(a: PlannedAction): void {
    const i = this.length++;
    const [goal, action, followUp, responsible, endDate, statusText] = this.texts;
    this.row[i] = a.row;
    this.done[i] = DONE.indexOf(a.done);
    goal[i] = a.goal;
    action[i] = a.action;
    followUp[i] = a.followUp;
    responsible[i] = a.responsible;
    endDate[i] = a.endDate;
    statusText[i] = a.statusText;
  }

  objects(): PlannedAction[] {
    const [goal, action, followUp, responsible, endDate, statusText] = this.texts;
    return this.list.of(this.length, (i) => {
      return {
        row: this.row[i],
        goal: goal[i],
        action: action[i],
        followUp: followUp[i],
        responsible: responsible[i],
        endDate: endDate[i],
        done: DONE[this.done[i]],
        statusText: statusText[i],
      };
    });
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new ActionColumns(0));

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
  const actions = new ActionColumns(table.rows.length);
  const goals = new Set<string>();
  let withoutOwner = 0;
  // Each column found once.
  const cols = read.columnsOf(["planAction", "followUp", "responsible", "endDate", "status"] as const);
  // One record for every row, kept in the columns: no object made per action.
  const read1: PlannedAction = {
    row: 0,
    goal: null,
    action: null,
    followUp: null,
    responsible: null,
    endDate: null,
    done: null,
    statusText: null,
  };
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const action = cols.planAction.requiredText(r);
    const followUp = cols.followUp.requiredText(r);
    const responsible = cols.responsible.requiredText(r);
    const endDate = cols.endDate.date(r);
    const statusText = cols.status.text(r);
    read1.row = r.row;
    read1.goal = r.group;
    read1.action = action;
    read1.followUp = followUp;
    read1.responsible = responsible;
    read1.endDate = endDate;
    read1.done = statusOf(statusText);
    read1.statusText = statusText;
    actions.add(read1);
    if (r.group !== null) goals.add(r.group);
    if (!responsible) withoutOwner++;
  }
  const result: ActionPlanResult = {
    // Made when first read (a comparison, a report leaving Plankoll): a review makes none.
    actions: [],
    goals: goals.size,
    withoutOwner,
  };
  return {
    findings: findings.items,
    writes: [],
    result: withCounts(madeWhenRead(result, "actions", actions), { actions: actions.length }),
  };
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
    t("pane.actionSummary", {
      actions: countOf(r, "actions", () => r.actions.length),
      goals: r.goals,
      withoutOwner: r.withoutOwner,
    }),
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
