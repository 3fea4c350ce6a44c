/** What a template is: its columns, how to recognise it, and how it judges a table. */
import type { Finding, Locale } from "../types";
import type { Settings } from "../settings";
import type { MessageKey, Translate } from "../i18n";
import type { ColumnSpec } from "../sheet/columns";
import type { Table } from "../sheet/table";
import type { CellWrite, SheetSpec } from "../plan";

export type TemplateId = "risk" | "indicators" | "actionplan" | "salary" | "procurement" | "kus" | "genderstats";

export interface AnalysisContext {
  settings: Settings;
  locale: Locale;
  t: Translate;
  /** Today's date (ISO), for deadlines; fixed in tests. */
  today: string;
}

export interface TemplateOutcome<R> {
  findings: Finding[];
  result: R;
  /** Values for empty cells and added Plankoll columns. */
  writes: CellWrite[];
  /** Findings reported on Plankoll's own sheet only, not marked in the user's (e.g. pay ratios). */
  unmarked?: readonly Finding[];
}

export interface TemplateDefinition<R = unknown> {
  id: TemplateId;
  nameKey: MessageKey;
  columns: readonly ColumnSpec[];
  /** Each layout is a set of column keys that together identify the template. */
  layouts: readonly (readonly string[])[];
  analyze(table: Table, ctx: AnalysisContext): TemplateOutcome<R>;
}

/** Plankoll's own sheet summing up every sheet of one template (registered in templates/summaries.ts). */
export type SummarySheet<R> = (
  results: readonly { sheet: string; result: R }[],
  ctx: AnalysisContext,
) => SheetSpec | null;
