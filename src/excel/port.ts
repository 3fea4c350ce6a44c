/** The task pane's way into Excel: every Excel.run of the add-in goes through here. */
import type { Grid } from "../core/types";
import { columnsNeedingFormats, type BlankTemplate, type Locale, type WritePlan } from "../core";
import { readSettingsJson, writeSettingsJson } from "./settings";
import { readFormats, readSheet, readWorkbookState } from "./read";
import type { ApplySummary } from "./write";

// Writing, restoring and inserting templates come after the first review: loaded when first used.
const writing = () => import("./write");
const inserting = () => Promise.all([import("./blank"), import("../core/blank"), import("../core/i18n")]);

export interface WorkbookPort {
  /** The active sheet as the user left it (Plankoll's own values read as empty). */
  readActiveSheet(): Promise<Grid>;
  writePlan(plan: WritePlan): Promise<ApplySummary>;
  /** Rensa; false when there was nothing of Plankoll's to remove. */
  clear(): Promise<boolean>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Infoga mall: a new sheet laid out as the template; returns its name. */
  insertTemplate(id: BlankTemplate["id"], locale: Locale): Promise<string>;
  /** The settings JSON the workbook carries, or null. */
  readSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}

type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Notes arrived in ExcelApi 1.18; older Excel gets the Granskning sheet and fills only. */
export function notesSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
  } catch {
    return false;
  }
}

export function excelPort(
  run: Runner = (batch) => Excel.run(batch),
  notes: () => boolean = notesSupported,
): WorkbookPort {
  return {
    readActiveSheet: () =>
      run(async (context) => {
        const { grid } = await readSheet(context);
        // Only templates with percent cells need formats, and only for those columns.
        await readFormats(context, grid, columnsNeedingFormats(grid));
        return grid;
      }),
    writePlan: async (plan) => {
      const { applyPlan } = await writing();
      return run(async (context) => {
        const state = await readWorkbookState(context);
        const summary = await applyPlan(context, plan, state.backup, state.sheetNames, { notes: notes() });
        return { ...summary, syncs: summary.syncs + state.syncs };
      });
    },
    clear: async () => {
      const { clearPlan } = await writing();
      return run(async (context) => {
        const state = await readWorkbookState(context);
        return (await clearPlan(context, state.backup, state.sheetNames)).cleared;
      });
    },
    insertTemplate: async (id, locale) => {
      const [{ insertTemplate }, { blankTemplate }, { translator }] = await inserting();
      return run((context) => {
        const t = translator(locale);
        return insertTemplate(context, blankTemplate(id, t), t("blank.listError"));
      });
    },
    readSettings: () => run(readSettingsJson),
    saveSettings: (json) => run((context) => writeSettingsJson(context, json)),
    selectCell: (sheet, cell) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),
  };
}
