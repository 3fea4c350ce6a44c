/**
 * Lönekartläggning – analys och åtgärder (docs/templates.md): one row per befattning or value group
 * with the employer's analysis of its flagged difference (Analys, Saklig grund Ja/Nej) and the
 * measures planned (Åtgärd, Belopp, År), or last year's measures followed up (Genomförd
 * Ja/Nej/Delvis). Read here; judged against the payroll at workbook level (salary/mapping.ts).
 */
import type { DataRow, Table } from "../../sheet/table";
import { cellText, isBlank } from "../../parse/cells";
import { parseDateCell } from "../../parse/dates";
import { readAnswer, type Answer } from "../../parse/answers";
import { tableReader } from "../common";
import type { TemplateOutcome } from "../types";
import type { Ctx } from "./strings";

export interface PayPlanEntry {
  subject: string;
  /** Where the subject stands (its Befattning/grupp cell). */
  cell: string;
  row: number;
  analysis: string | null;
  /** Saklig grund: Ja (true), Nej (false), or not stated. */
  justified: boolean | null;
  measure: string | null;
  /** The measure's cost per year (kr). */
  amount: number | null;
  /** Carried out: the follow-up's answer, where given. */
  done: Answer | null;
  /** The year the measure is to be carried out by. */
  year: number | null;
}

export interface PayPlanResult {
  entries: PayPlanEntry[];
}

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

type Reader = ReturnType<typeof tableReader<"PAYPLAN_ANSWER">>;

/** Ja/Nej/Delvis in a column, or null (a text that is none of them is said). */
function answerIn(read: Reader, r: DataRow, key: string): Answer | null {
  const text = read.text(r, key);
  if (text === null) return null;
  const answer = readAnswer(text);
  if (answer === null) read.uncertain(r, key, {}, "PAYPLAN_ANSWER");
  return answer;
}

/** 2027, "2027", "senast 2027", "Q3 2027", a date: the year; anything else is reported. */
function yearIn(table: Table, read: Reader, r: DataRow, findings: ReturnType<Ctx["findings"]>): number | null {
  const key = "payplanYear";
  if (!table.has(key) || !read.usable(r, key)) return null;
  const raw = table.get(r, key);
  if (isBlank(raw)) return null;
  const date = parseDateCell(raw);
  const fromText = /\b(\d{4})\b/.exec(cellText(raw));
  const year =
    typeof raw === "number" && Number.isInteger(raw)
      ? raw
      : date?.kind === "date"
        ? Number(date.iso.slice(0, 4))
        : fromText
          ? Number(fromText[1])
          : null;
  if (year === null || year < FIRST_YEAR || year > LAST_YEAR) {
    findings.add(year === null ? "NOT_A_NUMBER" : "OUT_OF_RANGE", table.address(r, key), r.row, {
      column: read.column(key),
      value: cellText(raw),
      min: FIRST_YEAR,
      max: LAST_YEAR,
    });
    return null;
  }
  return year;
}

export function analyzePayPlan(table: Table, ctx: Ctx): TemplateOutcome<PayPlanResult> {
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  const entries: PayPlanEntry[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const subject = read.requiredText(r, "payplanSubject");
    const analysis = read.text(r, "payplanAnalysis");
    const justified = answerIn(read, r, "payplanJustified");
    const measure = read.text(r, "payplanMeasure");
    const amount = read.amount(r, "payplanAmount", false);
    const done = answerIn(read, r, "payplanDone");
    const year = yearIn(table, read, r, findings);
    if (!subject) continue;
    entries.push({
      subject,
      cell: table.address(r, "payplanSubject"),
      row: r.row,
      analysis,
      justified: justified === null || justified === "partly" ? null : justified === "yes",
      measure,
      amount,
      done,
      year,
    });
  }
  return { findings: findings.items, writes: [], result: { entries } };
}
