/**
 * The workbook port over a workbook package held in the page: the demo runs the same pane and core
 * as Excel, and the same package layer as the command line (read by streaming its parts, written
 * by changing only what Plankoll writes), without Excel.
 */
import { deflateSync } from "fflate";
import type { Grid } from "../core/types";
import { blankTemplate, type BlankTemplate, type Locale, type SheetSpec, type WritePlan } from "../core";
import { translator, type Translate } from "../core/i18n";
import type { SheetList, WorkbookPort } from "../core/port";
import { sheetList } from "../core/backup";
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
}

const deflate = (data: Uint8Array) => deflateSync(data, { level: 6 });

export function openBook(bytes: Uint8Array): DemoBook {
  const pkg = XlsxPackage.fromBytes(bytes);
  return { bytes, pkg, read: readWorkbookPackage(pkg) };
}

/** The sheets a user sees as tabs, in workbook order. */
export function visibleSheets(book: DemoBook): string[] {
  return book.read.sheets.filter((s) => s.state === "visible").map((s) => s.name);
}

export function demoPort(state: DemoState, changed: () => void, t: Translate): WorkbookPort {
  const replace = (bytes: Uint8Array) => {
    state.book = openBook(bytes);
    if (!state.book.read.sheets.some((s) => s.name === state.active)) state.active = visibleSheets(state.book)[0];
    changed();
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
      state.active = name;
      state.selected = cell;
      changed();
    },
    async insertTemplate(id: BlankTemplate["id"], locale: Locale): Promise<string> {
      const t = translator(locale);
      const { bytes, name } = insertTemplateSheet(
        state.book.pkg,
        state.book.read,
        blankTemplate(id, t),
        t("blank.listError"),
        deflate,
      );
      state.active = name;
      replace(bytes);
      return name;
    },
    async addSheet(spec: SheetSpec): Promise<string> {
      const { bytes, name } = addSpecSheet(state.book.pkg, state.book.read, spec, deflate);
      state.active = name;
      replace(bytes);
      return name;
    },
    readSettings: async () => state.book.read.settingsJson,
    async saveSettings(json: string): Promise<void> {
      replace(writeSettingsSheet(state.book.pkg, state.book.read, json, deflate));
    },
  };
}
