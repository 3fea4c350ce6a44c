/**
 * What a template is, all of it in one definition: its columns and layouts, its analysis and
 * result, its finding codes, its words in both languages, its pane overview, its summary sheet,
 * its blank sheet for Infoga mall and its settings. A template's folder holds its definition;
 * registering it (templates/index.ts) is one line.
 */
import type { z } from "zod";
import type { Grid, Locale, Severity } from "../types";
import type { Problem } from "../problem";
import type { MessageKey, Params, Translate } from "../i18n";
import type { ColumnSpec } from "../sheet/columns";
import type { Table } from "../sheet/table";
import type { CellWrite, SheetSpec } from "../plan";
import type { WriteList } from "../writes";
import type { CodeTable, CoreCode, CoreWording, WordingTable } from "../codes";
import type { KeyOf, TemplateStrings } from "./strings";

/**
 * Each template adds its id here with its result type, its codes and its settings, by declaration
 * merging in its own folder (`declare module "../types" { interface TemplateTypes { … } }`), so
 * that reports, codes and settings are typed without any list of templates outside the folders.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TemplateTypes {}

export type TemplateId = Extract<keyof TemplateTypes, string>;
/** What a template's analysis computes (a report's `result`). */
export type ResultOf<Id extends TemplateId> = TemplateTypes[Id] extends { result: infer R } ? R : never;
type CodesOf<Id extends TemplateId> = TemplateTypes[Id] extends { code: infer C extends string } ? C : never;
/** Every finding code: the core's and every registered template's. */
export type FindingCode = CoreCode | { [Id in TemplateId]: CodesOf<Id> }[TemplateId];

/** One problem in a table: its code, its place (cell and row) and its message in the user's language. */
export interface Finding {
  cell: string;
  row: number;
  severity: Severity;
  /** The code's table (codes.ts, a template's codes) gives its severity and message. */
  code: FindingCode;
  /** The values the message was worded from (`{column}`, `{value}`, `{min}` …), as the code's table names them. */
  params: Params;
  message: string;
}

export interface GenderBalanceSettings {
  /** Each sex between min and 100 − min percent is an even split (default 40/60). */
  minSharePercent: number;
}

/** Each template's settings section, by its id, for the templates that have one. */
type TemplateSettings = {
  [Id in TemplateId as TemplateTypes[Id] extends { settings: object } ? Id : never]: TemplateTypes[Id] extends {
    settings: infer P;
  }
    ? P
    : never;
};

/** Every threshold a förvaltning may change: the shared section and each template's. */
export type Settings = { genderBalance: GenderBalanceSettings } & TemplateSettings;

/** The findings of one table, with the severity and message its code's table gives. */
export interface FindingSink<C extends string, W extends string> {
  readonly items: Finding[];
  add(code: C | CoreCode, cell: string, row: number, params?: Params, wording?: W | CoreWording): void;
}

export interface AnalysisContext<K extends string = never, C extends string = never, W extends string = never> {
  settings: Settings;
  locale: Locale;
  /** The core's strings and, in a template's code, the template's own. */
  t: Translate<K>;
  /** Today's date (ISO), for deadlines; fixed in tests. */
  today: string;
  /** A new list for findings with the template's codes and the core's. */
  findings(): FindingSink<C, W>;
  /** Last year's workbook as reviewed (given with --previous or chosen in the pane), for a template's follow-up. */
  previous?: readonly SheetReport[];
  /** The workbook's other tables as a first reading saw them, for a template that reads them (readsWorkbook). */
  workbook?: readonly SheetReport[];
}

/** The context a template's code sees: its strings' keys, its codes and its wordings. */
export type ContextOf<S, C extends CodeTable = never, W extends WordingTable = never> = AnalysisContext<
  KeyOf<S>,
  Extract<keyof C, string>,
  Extract<keyof W, string>
>;

/** How a workbook is analysed: its thresholds, its language, its today. */
export interface AnalyzeOptions {
  settings?: Settings;
  locale?: Locale;
  /** ISO date taken as today (default: the computer's date). */
  today?: string;
  /** Last year's workbook as reviewed: what a template follows up there (last year's pay adjustments). */
  previous?: readonly SheetReport[];
  /** The workbook's other tables as judged before this one (set for a template that reads them, core/workbook.ts). */
  workbook?: readonly SheetReport[];
  /**
   * A template's tables analysed another way, by its id: how a template's action asks more of its
   * own tables than a review does (the pay-info action, one worker's pay information).
   */
  analyzeAs?: Readonly<
    Record<string, (table: Table, ctx: AnalysisContext<string, string, string>) => TemplateOutcome<unknown>>
  >;
}

/** A finding of the workbook as a whole, on one sheet's cell. */
export interface WorkbookFinding {
  sheet: string;
  finding: Finding;
  /** A difference from last year's workbook (`AnalysisContext.previous`): what it says of the item. */
  comparison?: Comparison;
}

/**
 * What a comparison with last year's says: of an item, new, gone, changed, the same, or only said (a
 * total); of a table, which of last year's it was compared with and the counts (SHEET_COMPARED).
 */
export type Comparison = "added" | "removed" | "changed" | "unchanged" | "said" | "sheet";

export interface TemplateOutcome<R> {
  findings: Finding[];
  result: R;
  /** Values for empty cells and added Plankoll columns (a template writing on every row records them as a WriteList). */
  writes: CellWrite[] | WriteList;
  /**
   * The rows read as the table's own, where not every row below the header is (a block layout's
   * label rows and repeated headers are not); absent: every row read.
   */
  rows?: number;
}

/** The column keys that have a name (`col.<key>`) among the template's strings or the core's. */
export type NamedColumnKey<K extends string> = K | MessageKey extends infer A
  ? A extends `col.${infer Key}`
    ? Key
    : never
  : never;

/** A column whose key has its name in the strings: the message naming a column (and "could not place") never shows a bare key. */
export type NamedColumn<K extends string> = ColumnSpec & { key: NamedColumnKey<K> };

/** One column of a blank sheet: its header key (`<key>.help` is the input message), width and format. */
export interface BlankColumnSpec<K extends string> {
  key: HelpedKey<K>;
  width: number;
  /** Excel number format for the column's cells. */
  numberFormat?: string;
  /** Allowed values, offered as a drop-down. */
  list?: (t: Translate<K>) => readonly string[];
}

/** A key whose `.help` sibling exists: a blank column without its input message does not compile. */
export type HelpedKey<K extends string> = HelpedOf<K, K>;
type HelpedOf<Each extends string, All extends string> = Each extends `${infer Base}.help`
  ? Base extends All
    ? Base
    : never
  : never;

/** The blank sheet Infoga mall inserts: a title row, the header in row 3, `rows` rows formatted and validated below. */
export interface BlankSpec<K extends string> {
  sheet: K;
  title: K;
  rows: number;
  columns: readonly BlankColumnSpec<K>[];
  /**
   * A row over the header (row 2) naming groups of consecutive columns, each label merged over its
   * columns (a criterion over its sub-factors); `columns` counts them from the group's first.
   */
  groups?: readonly { key: K; from: number; columns: number }[];
  /** The first row under the header filled in (a row of weights): a value per column, or null. */
  firstRow?: (t: Translate<K>) => readonly (string | number | null)[];
}

/** A template's section of the settings: its defaults, its zod schema and the fields the pane shows. */
export interface SettingsSection<P extends object, K extends string> {
  defaults: P;
  /** The section's schema; zod is passed in, so only code that parses settings loads it. */
  schema(zod: typeof z, defaults: P): z.ZodType<P>;
  /** The fields of the settings view, each with its label: a number, or one of `options` (a choice). */
  fields: readonly {
    key: Extract<keyof P, string>;
    label: K;
    options?: readonly { value: string; label: K }[];
    /** A free text (a column's name), not a number. */
    text?: true;
  }[];
}

/** An option of an action's command: a flag with a value, or a switch. */
export interface ActionOption<K extends string> {
  flag: `--${string}`;
  /** The words for its value in the usage line; absent: a switch. */
  value?: K | MessageKey;
  help: K | MessageKey;
  /** Why a value cannot be used (a row that is no row number), or null. */
  check?(value: string): Problem | null;
}

/** One workbook an action reads: its sheets as read and as a review judged them. */
export interface ActionFile {
  /** As the user named it (relative to the folder given). */
  name: string;
  /** Its file name without the extension (a förvaltning's name where the sheet names none). */
  stem: string;
  /** When it was last changed (ISO), where known. */
  modified?: string;
  grids: readonly Grid[];
  reports: readonly SheetReport[];
  /** The options it was analysed with (its own settings, or those given). */
  options: AnalyzeOptions;
}

/** What an action is asked to do. */
export interface ActionRequest {
  files: readonly ActionFile[];
  /** The values of its options, by flag ("--employee" → "1005"). */
  values: ReadonlyMap<string, string>;
  /** Its switches given ("--keep-newer"). */
  switches: ReadonlySet<string>;
  /** Where its sheets go, as the user knows it: the output file, or the workbook in the pane. */
  out: string;
  /** Who asked: the command line or the pane (each says how to choose in its own words). */
  where: "commandLine" | "pane";
  /** The core's analysis, given to the action so that a template never imports the registry that registers it. */
  analyze(grids: readonly Grid[], options: AnalyzeOptions): SheetReport[];
  /** The sheet of Plankoll's the action keeps up to date (`keeps`), as the workbook holds it; null where there is none yet. */
  kept?: Grid | null;
}

/** What an action did: the sheets it made, what it says, and how it ended. */
export interface ActionOutcome {
  /** Its sheets: a new workbook on the command line, added to the workbook in the pane; null: nothing is written. */
  sheets: readonly SheetSpec[] | null;
  /** What the user reads once it ran (the command line prints every line; the pane shows them). */
  said: readonly Problem[];
  /** What stands in the way or was left out (the command line's standard error; the pane shows them first). */
  notes: readonly Problem[];
  /** With --json, printed instead of `said`. */
  json?: unknown;
  /** 0 done; 1 done, but something was found (errors) or not found (the worker); 2 refused. */
  exit: 0 | 1 | 2;
}

/**
 * Something a template does besides review: a command of the command line (`plankoll consolidate`,
 * `plankoll pay-info`) and, where `pane` says so, a form under the template's tables in the pane.
 * Found through the registry by the command line and the pane; no other file names it.
 */
export interface TemplateAction<K extends string = string, R = unknown> {
  /** Its command's name, in English like the others. */
  command: string;
  /** Its line in the help. */
  summary: K | MessageKey;
  /** What it reads: every file and folder given, or exactly one file. */
  operands: "inputs" | "file";
  options?: readonly ActionOption<K>[];
  /** Options of which exactly one must be given. */
  oneOf?: readonly string[];
  /** Takes --json (and prints `json`); else --json is refused with this reason, or as not its option. */
  json?: true | K | MessageKey;
  /** Offered in the pane under a table of the template whose result allows it; absent: the command line only. */
  pane?(result: R): boolean;
  /**
   * The name of a sheet of Plankoll's it keeps up to date in the pane (a log): read before it runs
   * (`ActionRequest.kept`) and written again by it (a sheet that `replaces`).
   */
  keeps?: K | MessageKey;
  run(request: ActionRequest, ctx: AnalysisContext<K, string, string>): ActionOutcome;
}

/**
 * Files a template writes besides its sheets (the pay transparency report's CSV and JSON), asked
 * for with a flag of `plankoll check` naming a folder. What leaves the workbook: no personal data.
 */
export interface TemplateExport<K extends string = string, R = unknown> {
  flag: `--${string}`;
  /** The words for its value (a folder) in the usage line. */
  value: K | MessageKey;
  help: K | MessageKey;
  /** The pane's button that saves the files. */
  label: K | MessageKey;
  /** The files for the template's tables of one workbook; none where they hold nothing to export. */
  files(
    results: readonly { sheet: string; result: R }[],
    ctx: AnalysisContext<K, string, string>,
  ): { name: string; text: string }[];
}

/**
 * A template's Plankoll sheet or sheets: a template whose sheets are large gives each as a
 * function, made only when it is written, so that a writer taking them one at a time never holds
 * them all (workbook.analyzeForWriting).
 */
export type SummarySheets = SheetSpec | readonly (SheetSpec | (() => SheetSpec | null))[] | null;

export interface TemplateDefinition<
  Id extends string = string,
  R = unknown,
  S extends TemplateStrings<Record<string, string>> = TemplateStrings<Record<string, string>>,
  C extends CodeTable = CodeTable,
  W extends WordingTable = WordingTable,
  P extends object = object,
> {
  id: Id;
  /** The template's own words; their keys must not clash with the core's or another template's. */
  strings: S;
  /** The template's name, shown in the pane, the report and Infoga mall. */
  nameKey: KeyOf<S>;
  /** Other names the command line takes for it (`plankoll template riskanalys`), written without å, ä, ö. */
  names?: readonly string[];
  codes?: C;
  wordings?: W;
  /** Its columns; each key's name is the string `col.<key>` (a key without one does not compile). */
  columns: readonly NamedColumn<KeyOf<S>>[];
  /** Each layout is a set of column keys that together identify the template. */
  layouts: readonly (readonly string[])[];
  analyze(table: Table, ctx: ContextOf<S, C, W>): TemplateOutcome<R>;
  /** One line for the pane, above the findings. */
  overview(result: R, t: Translate<KeyOf<S>>): string;
  /** Plankoll's sheet (or sheets) summing up every table of this template in the workbook. */
  summary?(
    results: readonly { sheet: string; result: R }[],
    ctx: ContextOf<S, C, W>,
    /** Every table's report in the workbook, for a sheet that reads other templates' too (the survey's documentation). */
    reports: readonly SheetReport[],
  ): SummarySheets;
  /** The blank sheet for Infoga mall and `plankoll template`. */
  blank?: BlankSpec<KeyOf<S>>;
  settings?: SettingsSection<P, KeyOf<S>>;
  /**
   * Checks across the workbook's sheets (a control plan against the risk analysis): findings on
   * any sheet's cells, given every table's report; null where the workbook holds nothing to check
   * (no risk analysis beside the control plan). Run by analyzeWorkbook and the command line.
   */
  workbook?(reports: readonly SheetReport[], ctx: ContextOf<S, C, W>): WorkbookFinding[] | null;
  /** The result as it may leave the workbook (the JSON report): personal data taken out. Absent: all of it may. */
  forReport?(result: R): R;
  /** What it does besides review: commands of the command line and forms in the pane. */
  actions?: readonly TemplateAction<KeyOf<S>, R>[];
  /** Files it writes for `plankoll check … --<flag> FOLDER` (an export of its results). */
  exports?: readonly TemplateExport<KeyOf<S>, R>[];
  /**
   * It follows up last year's workbook (`AnalysisContext.previous`): the command line takes
   * `--previous FILE` and the pane offers to choose the file where a review holds this template.
   */
  followsUp?: true;
  /**
   * Its analysis reads the workbook's other tables (`AnalysisContext.workbook`): whether, given the
   * others' reports, its tables read with them would differ (the payroll's categories of workers
   * from the job evaluation's groups). Defined: its tables are judged after the others', once, with
   * their reports where this says so (core/workbook.ts finishReading).
   */
  readsWorkbook?(reports: readonly SheetReport[]): boolean;
}

/** Any registered template, as the core handles it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTemplate = TemplateDefinition<string, any, any, any, any, any>;

/** A template's definition, checked: its analysis, overview and summary agree on one result type. */
export function defineTemplate<
  const Id extends string,
  R,
  S extends TemplateStrings<Record<string, string>>,
  C extends CodeTable = Record<never, never>,
  W extends WordingTable = Record<never, never>,
  P extends object = Record<never, never>,
>(definition: TemplateDefinition<Id, R, S, C, W, P>): TemplateDefinition<Id, R, S, C, W, P> {
  return definition;
}

/** What a table's report holds besides its template and result. */
export interface ReportBase {
  sheet: string;
  headerRow: number | null;
  rows: number;
  findings: Finding[];
  /** Why the sheet matches no template. */
  reason?: string;
  /**
   * Which of the sheet's tables this is, where the sheet holds more than one (or an Excel
   * table): the Excel table's name, else its area ("A20:F35").
   */
  table?: string;
}

/** A report on one table: its template and that template's result, or (no template) why not. */
export type SheetReport =
  | { [Id in TemplateId]: ReportBase & { template: Id; result: ResultOf<Id> } }[TemplateId]
  | (ReportBase & { template: null; result: null });
