/**
 * The workbook port: what the pane's session needs of a workbook, implemented by the Excel adapter
 * (src/excel/port.ts, through Office.js) and by the demo (src/demo/port.ts, on the package layer).
 * What writing reports is one type for every adapter, the command line's copy included.
 */
import type { Grid, Locale } from "./types";
import type { FinishedSheet, WritePlan } from "./plan";
import type { Work } from "./progress";
import type { TemplateId } from "./templates/types";

export interface WriteSummary {
  /** Cells marked with a fill. */
  fills: number;
  /** Values written into empty cells and added columns. */
  values: number;
  /** Notes added. */
  notes: number;
  /** Sheets whose marks got no notes (the host has no notes, or the sheet's notes are the user's own); their findings are on the review sheet. */
  notesLeftOut: string[];
  /** Plankoll's sheets added. */
  sheets: string[];
  /** Requests sent to Excel; 0 where the workbook is a file. */
  syncs: number;
}

export interface ClearResult {
  cleared: boolean;
  notesLeft: string[];
}

/** The workbook's sheets as the pane reviews them. */
export interface SheetList {
  /** The user's visible worksheets in workbook order; Plankoll's own sheets are not among them. */
  sheets: string[];
  /** The user's hidden worksheets (lists and lookups, as a rule): not reviewed in the pane. */
  hidden: string[];
  /** The active sheet's name. */
  active: string;
  /** The sheets the last Skriv resultat wrote results for (core/backup.ts reviewedSheets). */
  written: string[];
  /** Plankoll's own sheets (their names start "Plankoll "), in workbook order. */
  own: string[];
}

/** Live review reads at most this many edited rows into the last grid; more (a large paste), and the sheet is read whole. */
export const MAX_PATCHED_ROWS = 2_000;

/** One edit as Excel tells it: the cells' address ("B7", "B7:D9"), or null; whether the sheet's shape changed. */
export interface SheetChange {
  address: string | null;
  structural: boolean;
}

export interface WorkbookPort {
  /** The active sheet as the user left it (Plankoll's own values read as empty). */
  readActiveSheet(work?: Work): Promise<Grid>;
  /** The sheet named, read as readActiveSheet reads the active one. */
  readSheet(name: string, work?: Work): Promise<Grid>;
  /** Which sheets there are, which is active, and which the last Skriv resultat covered. */
  listSheets(): Promise<SheetList>;
  /**
   * Skriv resultat. Every adapter refuses alike (PlankollError): a protected sheet, and a cell
   * Plankoll is to fill that holds a value since the sheet was read ("sheetChanged": nothing is
   * written); a formula there is left alone and the value not written.
   */
  writePlan(plan: WritePlan, work?: Work): Promise<WriteSummary>;
  /**
   * Rensa; `cleared` false when there was nothing of Plankoll's to remove. `notesLeft`: the cells
   * (Sheet!A1) whose notes from Plankoll this Excel cannot remove (it has no notes API).
   */
  clear(work?: Work): Promise<ClearResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Infoga mall: a new sheet laid out as the template; returns its name. */
  insertTemplate(id: TemplateId, locale: Locale): Promise<string>;
  /**
   * A sheet of Plankoll's added on its own (one worker's pay information, Art. 7), under a name
   * no sheet has, and made active; returns its name. Not recorded for Rensa: it is the user's.
   * A spec that `replaces` takes the place of the sheet of its name where there is one (its log);
   * only a sheet whose name starts "Plankoll " is ever replaced.
   */
  addSheet(spec: FinishedSheet): Promise<string>;
  /**
   * Live review: `onChange` is told the sheet's name whenever one of `sheets` is edited (by the
   * user, a co-author, or a write); the promise gives the function that stops it. A port whose
   * workbook cannot change under it (a file) has none.
   */
  watchChanges?(
    sheets: readonly string[],
    onChange: (sheet: string, change: SheetChange) => void,
  ): Promise<() => Promise<void>>;
  /**
   * Live review: `grid` (as this port last gave it) with `rows` (1-based sheet rows, edited since)
   * read again and the formulas elsewhere that may have been recalculated — a few requests, never
   * the whole sheet; null where only a whole read would be certain (the sheet's shape changed, a
   * grid this port did not give).
   */
  readChangedRows?(grid: Grid, rows: readonly number[]): Promise<Grid | null>;
  /**
   * The pane follows the active sheet: `onActivate` is told the name of each sheet the user makes
   * active (a tab, a finding's link); the promise gives the function that stops it.
   */
  watchActivation?(onActivate: (sheet: string) => void): Promise<() => Promise<void>>;
  /** The settings JSON the workbook carries, or null. */
  readSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}
