/**
 * Blank templates to insert ("Infoga mall"): headers Plankoll recognises, formats, drop-down lists
 * and an input message per column, so the sheet is filled right the first time.
 */
import type { Translate, MessageKey } from "./i18n";
import { COLORS } from "./plan";

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
  id: "procurement" | "kus";
  sheetName: string;
  title: string;
  /** 1-based row of the header; the rows below it are the ones formatted and validated. */
  headerRow: number;
  rows: number;
  headerFill: string;
  columns: BlankColumn[];
}

export const BLANK_TEMPLATE_IDS = ["procurement", "kus"] as const;

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
  if (id === "procurement") {
    return {
      id,
      sheetName: t("blank.procurement.sheet"),
      title: t("blank.procurement.title"),
      headerRow: 3,
      rows: 200,
      headerFill: COLORS.header,
      columns: [
        column("area", 28),
        column("description", 44),
        column("plannedStart", 16, { numberFormat: DATE }),
        column("period", 34),
        column("value", 18, { numberFormat: KRONOR }),
        column("type", 18, { list: [t("blank.type.goods"), t("blank.type.services"), t("blank.type.works")] }),
        column("comment", 30),
      ],
    };
  }
  return {
    id,
    sheetName: t("blank.kus.sheet"),
    title: t("blank.kus.title"),
    headerRow: 3,
    rows: 50,
    headerFill: COLORS.header,
    columns: [
      column("priority", 8, { numberFormat: "0" }),
      column("application", 48),
      column("requested", 16, { numberFormat: KRONOR }),
      column("training", 16, { numberFormat: KRONOR }),
      column("substitutes", 16, { numberFormat: KRONOR }),
      column("other", 16, { numberFormat: KRONOR }),
      column("targetGroup", 30),
      column("participants", 16, { numberFormat: "0" }),
    ],
  };
}
