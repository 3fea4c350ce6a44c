/**
 * The workbook port over an exceljs workbook held in the page: the demo runs the same pane, core
 * and .xlsx adapter as Excel and the command line, without Excel.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../core/types";
import { blankTemplate, type BlankTemplate, type Locale, type WritePlan } from "../core";
import { translator, type Translate } from "../core/i18n";
import type { WorkbookPort } from "../excel/port";
import type { ApplySummary } from "../excel/write";
import {
  addBlankTemplate,
  applyPlan,
  clearPlankoll,
  gridFromWorksheet,
  readBackupSheet,
  readSettingsText,
  writeSettingsText,
} from "../xlsx";
import { withoutPlankollValues } from "../core/backup";

export interface DemoState {
  workbook: ExcelJS.Workbook;
  active: string;
  selected: string | null;
}

export function demoPort(state: DemoState, changed: () => void, t: Translate): WorkbookPort {
  const sheet = () => {
    const found = state.workbook.getWorksheet(state.active);
    if (!found) throw new Error(t("demo.noSheet", { sheet: state.active }));
    return found;
  };
  return {
    async readActiveSheet(): Promise<Grid> {
      return withoutPlankollValues(gridFromWorksheet(sheet()), readBackupSheet(state.workbook));
    },
    async writePlan(plan: WritePlan): Promise<ApplySummary> {
      const summary = applyPlan(state.workbook, plan);
      changed();
      return { fills: summary.fills, values: summary.values, notes: summary.notes, sheets: summary.sheets, syncs: 0 };
    },
    async clear(): Promise<boolean> {
      const cleared = clearPlankoll(state.workbook);
      if (!state.workbook.getWorksheet(state.active)) state.active = state.workbook.worksheets[0].name;
      changed();
      return cleared;
    },
    async selectCell(name: string, cell: string): Promise<void> {
      state.active = name;
      state.selected = cell;
      changed();
    },
    async insertTemplate(id: BlankTemplate["id"], locale: Locale): Promise<string> {
      const t = translator(locale);
      const added = addBlankTemplate(state.workbook, blankTemplate(id, t), t("blank.listError"));
      state.active = added.name;
      changed();
      return added.name;
    },
    readSettings: async () => readSettingsText(state.workbook),
    async saveSettings(json: string): Promise<void> {
      writeSettingsText(state.workbook, json);
      changed();
    },
  };
}
