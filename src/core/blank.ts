/**
 * Blank templates to insert ("Infoga mall"): headers Plankoll recognises, formats, drop-down lists
 * and an input message per column, so the sheet is filled right the first time. What each
 * template's sheet holds is in its definition (`blank`); this builds it in the user's language.
 */
import type { Translate } from "./i18n";
import { COLORS } from "./plan";
import { templateById, templates } from "./templates";
import type { TemplateId } from "./templates/types";

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
  id: TemplateId;
  sheetName: string;
  title: string;
  /** 1-based row of the header; the rows below it are the ones formatted and validated. */
  headerRow: number;
  rows: number;
  headerFill: string;
  columns: BlankColumn[];
  /** Labels over groups of columns in the row above the header, each merged over its columns (1-based, inclusive). */
  groups?: { label: string; from: number; to: number }[];
  /** Values of the first row under the header (a row of weights), by column; null leaves a cell empty. */
  firstRow?: (string | number | null)[];
}

/** The templates Infoga mall and `plankoll template` offer: every registered one with a blank sheet. */
export function blankTemplateIds(): TemplateId[] {
  return templates.filter((t) => t.blank).map((t) => t.id as TemplateId);
}

/** The blank sheet of a template (one of blankTemplateIds()). */
export function blankTemplate(id: string, t: Translate): BlankTemplate {
  const template = templateById(id);
  const spec = template?.blank;
  if (!template || !spec) throw new Error(`No blank sheet for template ${id}`);
  // The keys are the template's own, checked by tsc in its definition; translated like the core's.
  const tr = t as Translate<string>;
  return {
    id: template.id as TemplateId,
    sheetName: tr(spec.sheet),
    title: tr(spec.title),
    headerRow: 3,
    rows: spec.rows,
    headerFill: COLORS.header,
    columns: spec.columns.map((column: (typeof spec.columns)[number]) => {
      const header = tr(column.key);
      const list = column.list?.(tr);
      return {
        header,
        width: column.width,
        ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
        ...(list ? { list: [...list] } : {}),
        messageTitle: header,
        message: tr(`${column.key}.help`),
      };
    }),
    ...(spec.groups
      ? {
          groups: spec.groups.map((g: NonNullable<typeof spec.groups>[number]) => ({
            label: tr(g.key),
            from: g.from,
            to: g.from + g.columns - 1,
          })),
        }
      : {}),
    ...(spec.firstRow ? { firstRow: [...spec.firstRow(tr)] } : {}),
  };
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
