/**
 * The pane's registry of template views, keyed and typed by the template's id and result: each
 * template's view (a risk matrix, a pay chart, a form for its action) lives in a folder of its own
 * under ui/views and registers itself here, as a template registers in the core. Results shows
 * whatever view a table's template has; it names no template.
 */
import type { ComponentType } from "react";
import type { ResultOf, SheetReport, TemplateId } from "../../core/templates/types";
import type { Translate } from "../../core/i18n";

/** The report of a table of one template. */
export type ReportOf<Id extends TemplateId> = Extract<SheetReport, { template: Id }>;

/** A template's action as the pane offers it: its command, with the values of its options. */
export type Act = (sheet: string, command: string, values: Readonly<Record<string, string>>) => void;

export interface ViewProps<Id extends TemplateId> {
  report: ReportOf<Id> & { result: ResultOf<Id> };
  t: Translate;
  /** Selects a cell in Excel (a finding's, a risk's). */
  onSelect: (sheet: string, cell: string) => void;
  /** The template's actions the pane may run on this table (each action's `pane` says where); empty where none. */
  actions: readonly string[];
  /** Runs one of them; absent where no sheet can be added (the pane is busy, or has no workbook to add to). */
  act?: Act;
  busy: boolean;
}

export type TemplateView<Id extends TemplateId> = ComponentType<ViewProps<Id>>;

// Any template's view: its id and props go together by construction (registerView).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const views = new Map<string, TemplateView<any>>();

/** A template's view, as its folder defines it: registered by views/index.ts (or by a test). */
export interface ViewDefinition<Id extends TemplateId> {
  id: Id;
  view: TemplateView<Id>;
}

export function defineView<Id extends TemplateId>(id: Id, view: TemplateView<Id>): ViewDefinition<Id> {
  return { id, view };
}

/** Adds a template's view; a second view for one template is an error. */
export function registerView<Id extends TemplateId>(id: Id, view: TemplateView<Id>): void {
  if (views.has(id)) throw new Error(`The view of ${id} is registered twice`);
  views.set(id, view);
}

/** The view of a template, if it has one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function viewOf(id: string): TemplateView<any> | undefined {
  return views.get(id);
}
