/**
 * The workbook port over a workbook package held in the page: the demo runs the same pane and core
 * as Excel, and the same package layer as the command line (read by streaming its parts, written
 * by changing only what Plankoll writes), without Excel.
 */
import { deflateSync } from "fflate";
import type { Grid } from "../core/types";
import { blankTemplate, type BlankTemplate, type Locale, type FinishedSheet, type WritePlan } from "../core";
import { translator, type Translate } from "../core/i18n";
import type { SheetList, WorkbookPort } from "../core/port";
import { sheetList } from "../core/backup";
import { isPlankollSheet } from "../core/analyze";
import type { WriteSummary } from "../core/port";
import { XlsxPackage, clearPackage, readWorkbookPackage, writeHighlighted, type WorkbookRead } from "../ooxml";
import { addSpecSheet, insertTemplateSheet, writeSettingsSheet } from "../ooxml/book";

/** The workbook as the page holds it: its bytes, opened and read. */
export interface DemoBook {
  bytes: Uint8Array;
  pkg: XlsxPackage;
  read: WorkbookRead;
}

export interface DemoState {
  book: DemoBook;
  active: string;
  selected: string | null;
  /** The user's sheet last active: where Rensa leaves the user when the active sheet was Plankoll's. */
  lastUserSheet?: string;
}

/** The port, and the page's own way to make a sheet active (a tab clicked), heard by the pane as Excel's onActivated. */
export type DemoPort = WorkbookPort & { activate(name: string): void };

const deflate = (data: Uint8Array) => deflateSync(data, { level: 6 });

export function openBook(bytes: Uint8Array): DemoBook {
  const pkg = XlsxPackage.fromBytes(bytes);
  return { bytes, pkg, read: readWorkbookPackage(pkg) };
}

/** The sheets a user sees as tabs, in workbook order. */
export function visibleSheets(book: DemoBook): string[] {
  return book.read.sheets.filter((s) => s.state === "visible").map((s) => s.name);
}

export function demoPort(state: DemoState, changed: () => void, t: Translate): DemoPort {
  const listeners = new Set<(sheet: string) => void>();
  /** A sheet made active: remembered if it is the user's, told to the pane. */
  const activate = (name: string) => {
    const before = state.active;
    state.active = name;
    if (!isPlankollSheet(name)) state.lastUserSheet = name;
    if (name !== before) for (const listener of [...listeners]) listener(name);
  };
  const replace = (bytes: Uint8Array) => {
    state.book = openBook(bytes);
    const sheets = state.book.read.sheets;
    if (!sheets.some((s) => s.name === state.active)) {
      // The active sheet was Plankoll's and is gone (Rensa): back to the user's sheet they were on.
      const back = state.lastUserSheet;
      activate(back && sheets.some((s) => s.name === back) ? back : visibleSheets(state.book)[0]);
    }
    changed();
  };
  /** A sheet added (Infoga mall, a template's action): the workbook replaced, the sheet shown. */
  const added = ({ bytes, name }: { bytes: Uint8Array; name: string }) => {
    replace(bytes);
    activate(name);
    changed();
    return name;
  };
  const gridOf = (name: string): Grid => {
    const grid = state.book.read.grids.find((g) => g.sheet === name);
    if (!grid) throw new Error(t("demo.noSheet", { sheet: name }));
    return grid;
  };
  return {
    readActiveSheet: async () => gridOf(state.active),
    readSheet: async (name) => gridOf(name),
    async listSheets(): Promise<SheetList> {
      const { sheets, backup } = state.book.read;
      const named = sheets.map((s) => ({ name: s.name, visible: s.state === "visible" }));
      return sheetList(named, state.active, backup);
    },
    async writePlan(plan: WritePlan): Promise<WriteSummary> {
      const { bytes, summary } = writeHighlighted(state.book.pkg, state.book.read, plan, deflate);
      replace(bytes);
      return summary;
    },
    async clear() {
      const bytes = clearPackage(state.book.pkg, state.book.read, deflate);
      if (!bytes) return { cleared: false, notesLeft: [] };
      replace(bytes);
      return { cleared: true, notesLeft: [] };
    },
    async selectCell(name: string, cell: string): Promise<void> {
      activate(name);
      state.selected = cell;
      changed();
    },
    async watchActivation(onActivate: (sheet: string) => void) {
      listeners.add(onActivate);
      return async () => void listeners.delete(onActivate);
    },
    activate(name: string) {
      activate(name);
      state.selected = null;
      changed();
    },
    async insertTemplate(id: BlankTemplate["id"], locale: Locale): Promise<string> {
      const t = translator(locale);
      const list = t("blank.listError");
      return added(insertTemplateSheet(state.book.pkg, state.book.read, blankTemplate(id, t), list, deflate));
    },
    addSheet: async (spec: FinishedSheet) => added(addSpecSheet(state.book.pkg, state.book.read, spec, deflate)),
    readSettings: async () => state.book.read.settingsJson,
    async saveSettings(json: string): Promise<void> {
      replace(writeSettingsSheet(state.book.pkg, state.book.read, json, deflate));
    },
  };
}
