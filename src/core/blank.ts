/**
 * Blank templates to insert ("Infoga mall"): headers Plankoll recognises, formats, drop-down lists
 * and an input message per column, so the sheet is filled right the first time.
 */
import type { Translate, MessageKey } from "./i18n";
import { COLORS } from "./plan";
import type { BlankTemplateId } from "./blankIds";
import { SCALE_LABELS } from "./parse/levels";

export interface BlankColumn {
  header: string;
  width: number;
  /** Excel number format for the column's cells. */
  numberFormat?: string;
  /** Allowed values, offered as a drop-down. */
  list?: string[];
  messageTitle: string;
  message: string;
}

export interface BlankTemplate {
  id: BlankTemplateId;
  sheetName: string;
  title: string;
  /** 1-based row of the header; the rows below it are the ones formatted and validated. */
  headerRow: number;
  rows: number;
  headerFill: string;
  columns: BlankColumn[];
}

const DATE = "yyyy-mm-dd";
const KRONOR = '#,##0 "kr"';

export function blankTemplate(id: BlankTemplate["id"], t: Translate): BlankTemplate {
  const column = (key: string, width: number, extra: Partial<BlankColumn> = {}): BlankColumn => ({
    header: t(`blank.${id}.${key}` as MessageKey),
    width,
    messageTitle: t(`blank.${id}.${key}` as MessageKey),
    message: t(`blank.${id}.${key}.help` as MessageKey),
    ...extra,
  });
  /** Every blank sheet: a title row, the header in row 3, `rows` rows formatted and validated below it. */
  const sheet = (rows: number, columns: BlankColumn[]): BlankTemplate => ({
    id,
    sheetName: t(`blank.${id}.sheet` as MessageKey),
    title: t(`blank.${id}.title` as MessageKey),
    headerRow: 3,
    rows,
    headerFill: COLORS.header,
    columns,
  });
  if (id === "risk") {
    const levels = (scale: "probability" | "consequence") => SCALE_LABELS[scale].map((label, i) => `${i + 1}.${label}`);
    return sheet(200, [
      column("process", 28),
      column("nr", 6, { numberFormat: "0" }),
      column("event", 40),
      column("probability", 20, { list: levels("probability") }),
      column("consequence", 20, { list: levels("consequence") }),
      column("value", 10, { numberFormat: "0" }),
      column("action", 40),
    ]);
  }
  if (id === "indicators") {
    return sheet(200, [
      column("name", 44),
      column("target", 12),
      column("outcome", 12),
      column("outcomeWomen", 12),
      column("outcomeMen", 12),
      column("activity", 40),
      column("responsible", 24),
      column("endDate", 14, { numberFormat: DATE }),
    ]);
  }
  if (id === "actionplan") {
    return sheet(100, [
      column("goal", 36),
      column("action", 44),
      column("followUp", 30),
      column("responsible", 22),
      column("endDate", 14, { numberFormat: DATE }),
    ]);
  }
  if (id === "genderstats") {
    return sheet(50, [
      column("label", 36),
      column("women", 12, { numberFormat: "0" }),
      column("men", 12, { numberFormat: "0" }),
      column("other", 16, { numberFormat: "0" }),
      column("total", 12, { numberFormat: "0" }),
    ]);
  }
  if (id === "salary") {
    return sheet(500, [
      column("position", 32),
      column("sex", 10, { list: [t("blank.sex.woman"), t("blank.sex.man"), t("blank.sex.other")] }),
      column("salary", 16, { numberFormat: KRONOR }),
      column("employment", 18, { numberFormat: "0%" }),
      column("valuation", 16, { numberFormat: "0" }),
    ]);
  }
  if (id === "procurement") {
    return sheet(200, [
      column("area", 28),
      column("description", 44),
      column("plannedStart", 16, { numberFormat: DATE }),
      column("period", 34),
      column("value", 18, { numberFormat: KRONOR }),
      column("type", 18, { list: [t("blank.type.goods"), t("blank.type.services"), t("blank.type.works")] }),
      column("comment", 30),
    ]);
  }
  return sheet(50, [
    column("priority", 8, { numberFormat: "0" }),
    column("application", 48),
    column("requested", 16, { numberFormat: KRONOR }),
    column("training", 16, { numberFormat: KRONOR }),
    column("substitutes", 16, { numberFormat: KRONOR }),
    column("other", 16, { numberFormat: KRONOR }),
    column("targetGroup", 30),
    column("participants", 16, { numberFormat: "0" }),
  ]);
}

/** A sheet name not yet taken: "Plan för upphandling", else "Plan för upphandling (2)" … */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  // Excel compares sheet names without case: "plan för upphandling" is taken by "Plan för upphandling".
  const names = new Set(taken.map((name) => name.toLocaleLowerCase("sv")));
  if (!names.has(wanted.toLocaleLowerCase("sv"))) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!names.has(name.toLocaleLowerCase("sv"))) return name;
  }
}
