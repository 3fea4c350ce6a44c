/** The write plan: everything Plankoll will put into a workbook, decided by core, applied by adapters. */
import type { Severity } from "./types";
import type { Zone } from "./types";

/** Fills used in the workbook; light enough for dark text in every Office theme. */
export const COLORS = {
  error: "#F8CBAD",
  warning: "#FFE699",
  info: "#BDD7EE",
  low: "#C6EFCE",
  medium: "#FFEB9C",
  critical: "#FFC7CE",
  header: "#D9E1F2",
  /** A value Plankoll computed into an empty cell of the user's own table: told apart from what was typed. */
  computed: "#E4DFEC",
} as const satisfies Record<Severity | Zone | "header" | "computed", string>;

/** A user's cell that Plankoll judged: it gets a fill and a note; its value is never touched. */
export interface CellMark {
  cell: string;
  fill: string;
  note: string;
}

/** A value written into a cell that was empty: a computed value or an added Plankoll column. */
export interface CellWrite {
  cell: string;
  value: string | number;
  fill?: string;
  bold?: boolean;
  /**
   * A value computed into an empty cell of the user's own table (not one of Plankoll's columns):
   * how, in words ("Beräknat: 3 × 4 = 12."). The cell is marked as Plankoll's: its own fill and
   * this in its note, so it cannot be taken for what the user typed.
   */
  computed?: string;
}

export interface SheetPlan {
  sheet: string;
  marks: CellMark[];
  writes: CellWrite[];
}

export interface SheetCell {
  /** 1-based row and column on the new sheet. */
  row: number;
  col: number;
  value: string | number;
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  center?: boolean;
  border?: boolean;
  /** Aligned to the top of its row (a row made taller for wrapped text: every cell reads from its top). */
  top?: boolean;
  /** An Excel number format ("0.0", "#,##0"): the figure keeps its full value, shown as promised. */
  numberFormat?: string;
  /** An internal hyperlink to a cell of another sheet. */
  link?: { sheet: string; cell: string };
}

/** A chart on a Plankoll sheet, drawn from a block of that sheet's cells (Excel only; files get the table). */
export interface ChartSpec {
  title: string;
  /** The block with a header row: categories in its first column, one series per further column. */
  data: string;
  /** Series (0-based, after the category column) drawn as lines, such as limits. */
  lineSeries: number[];
  /** The cell where the chart's top-left corner goes. */
  anchor: string;
  /** The cell its bottom-right corner reaches, where its size matters (it covers its own data). */
  to?: string;
  /**
   * The chart's own data, where it is not a table of the sheet (a ratio beside its limits):
   * written only by an adapter that draws the chart, in the chart's own area, which covers it.
   * A copy without the chart carries neither, so nothing but the table is printed.
   */
  cells?: SheetCell[];
}

/** The sheet as an adapter that draws its charts writes it: the charts' own data among its cells. */
export function withChartData(spec: SheetSpec): SheetSpec {
  const data = (spec.charts ?? []).flatMap((chart) => chart.cells ?? []);
  return data.length === 0 ? spec : { ...spec, cells: [...spec.cells, ...data] };
}

/** A sheet Plankoll owns: created on write, replaced on the next run, removed by Rensa. */
export interface SheetSpec {
  name: string;
  cells: SheetCell[];
  columnWidths: number[];
  merges?: string[];
  charts?: ChartSpec[];
  /** Rows made taller than one line for wrapped text (points), by row number (sheet/fit.ts). */
  rowHeights?: Record<number, number>;
  /** Rows printed again at the top of every page: a table's header (first and last row). */
  titleRows?: [number, number];
  /** Rows that start a new printed page (a matrix is never cut between two pages). */
  pageBreaks?: number[];
  /**
   * Added on its own (addSheet): a sheet of Plankoll's kept up to date (the pay information's
   * request log) takes the place of the sheet of that name, if there is one; any other is added
   * under a name no sheet has.
   */
  replaces?: true;
}

/**
 * How a Plankoll sheet prints (it goes to the nämnd on paper): A4, one page wide, landscape when
 * its columns are wider than a portrait page holds; as many pages down as its rows need.
 */
export function printSetup(spec: SheetSpec): { landscape: boolean } {
  // A portrait A4 page with narrow margins holds about 95 characters of Excel's column width.
  const width = spec.columnWidths.reduce((sum, w) => sum + w, 0);
  return { landscape: width > 95 };
}

/**
 * A Plankoll sheet as the core hands it to every adapter: fitted to its text (sheet/fit.ts) and
 * its printed page decided. Adapters only render it.
 */
export interface FinishedSheet extends SheetSpec {
  /** Printed landscape (its columns are wider than a portrait A4 holds). */
  landscape: boolean;
}

export interface WritePlan {
  sheets: SheetPlan[];
  newSheets: FinishedSheet[];
}

/**
 * A write plan whose Plankoll sheets are made as they are taken, one at a time
 * (workbook.analyzeForWriting): a writer that writes each and lets it go (the command line's copy)
 * never holds them all — a 100 000-employee payroll's six sheets are close to a million cells.
 * A WritePlan is one too.
 */
export interface LaterPlan {
  sheets: SheetPlan[];
  /** Each sheet made and finished when the iteration reaches it; iterate once. */
  newSheets: Iterable<FinishedSheet>;
}

/** Names of the sheets Plankoll may add; anything else is the user's. */
export const PLANKOLL_SHEET_PREFIX = "Plankoll ";
/** How each of Plankoll's notes begins, in every language: how its notes are told from the user's. */
export const PLANKOLL_NOTE_PREFIX = "Plankoll: ";
/** The very hidden sheet holding what Plankoll changed, so that Rensa can restore it. */
export const BACKUP_SHEET = "Plankoll Data";
/** The very hidden sheet holding the workbook's settings (JSON in A1); Rensa leaves it. */
export const SETTINGS_SHEET = "Plankoll Inställningar";

export function severityRank(severity: Severity): number {
  return severity === "error" ? 3 : severity === "warning" ? 2 : 1;
}
