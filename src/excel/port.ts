/** The task pane's way into Excel: every Excel.run of the add-in goes through here. */
import { PlankollError } from "../core/progress";
import { readSettingsJson, writeSettingsJson } from "./settings";
import { readFormats, readSheet, readSheetList, readWorkbookState } from "./read";
import type { Work } from "../core/progress";
import type { SheetChange, WorkbookPort } from "../core/port";
import type { Backup } from "../core";
import type { Grid } from "../core/types";

export type { ClearResult, WorkbookPort, WriteSummary } from "../core/port";

// Writing, restoring and inserting templates come after the first review: loaded when first used.
const writing = () => import("./write");
const inserting = () =>
  Promise.all([import("./blank"), import("../core/blank"), import("../core/i18n"), import("../core/i18n/swedishMore")]);

type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Notes arrived in ExcelApi 1.18; older Excel gets the Granskning sheet and fills only. */
export function notesSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
  } catch {
    return false;
  }
}

/**
 * Merged areas arrived in ExcelApi 1.13. Without Office (the tests' own Excel model) they are
 * there; a host that does not say is taken not to have them, and headers are read without merges.
 */
export function layoutSupported(): boolean {
  if (typeof Office === "undefined") return true;
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  } catch {
    return false;
  }
}

/**
 * Every batch waits while the user is editing a cell, instead of failing (ExcelApi 1.11). The
 * session is the add-in's own document unless given (the tests' simulated host).
 */
export function excelRunner(session?: string): Runner {
  return (batch) => Excel.run(session ? { session, delayForCellEdit: true } : { delayForCellEdit: true }, batch);
}
const excelRun: Runner = excelRunner();

/**
 * Each grid read here, the backup record it was read with and the columns whose number formats
 * were read: live review patches a grid's edited rows (readChangedRows) and must leave Plankoll's
 * own values out, and read the same formats, as the whole read did.
 */
const reads = new WeakMap<Grid, { backup: Backup | null; formats: number[] }>();

/** The sheet (the active one, or the one named) with the number formats its templates need. */
async function readWithFormats(context: Excel.RequestContext, name: string | undefined, work?: Work, layout = false) {
  // Which columns need formats is the core's to say; it loads while the sheet is read.
  const [{ grid, backup }, { columnsNeedingFormats }] = await Promise.all([
    readSheet(context, name, work, layout),
    import("../core/analyze"),
  ]);
  // Only templates with percent cells need formats, and only for those columns.
  const formats = columnsNeedingFormats(grid);
  reads.set(grid, { backup, formats });
  await readFormats(context, grid, formats);
  return grid;
}

/** Live review: `grid` with `rows` read again (changed.ts), where this port read the grid; else null. */
async function changedRows(run: Runner, grid: Grid, rows: readonly number[]): Promise<Grid | null> {
  const known = reads.get(grid);
  if (!known) return null;
  const [{ readChangedRows }, { columnsNeedingFormats }] = await Promise.all([
    import("./changed"),
    import("../core/analyze"),
  ]);
  const { backup, formats } = known;
  const read = await run((context) => readChangedRows(context, grid, backup, rows, formats));
  if (!read.grid) return null;
  // A header edited into a percent column: its formats were not read with the rows.
  if (columnsNeedingFormats(read.grid).join() !== formats.join()) return null;
  reads.set(read.grid, known);
  return read.grid;
}

/** What an onChanged event says: the cells edited, or a change of the sheet's shape (rows or cells inserted, deleted). */
function changeOf(event: Excel.WorksheetChangedEventArgs | undefined): SheetChange {
  const address = typeof event?.address === "string" && event.address ? event.address : null;
  // An older Excel may say no changeType: an edit of the cells named.
  const type = event?.changeType ?? "RangeEdited";
  return { address, structural: type !== "RangeEdited" };
}

/** A sheet's name from its id (an event names the sheet by id). */
async function sheetName(context: Excel.RequestContext, id: string): Promise<string> {
  const sheet = context.workbook.worksheets.getItem(id).load("name");
  await context.sync();
  return sheet.name;
}

/** Event handlers removed in the context they were added in (Excel.run(context, …)). */
async function removeHandlers(handlers: readonly OfficeExtension.EventHandlerResult<unknown>[]): Promise<void> {
  if (!handlers.length) return;
  const remove = async (ctx: Excel.RequestContext) => {
    for (const handler of handlers) handler.remove();
    await ctx.sync();
  };
  const own = handlers[0].context as Excel.RequestContext;
  if (typeof Excel !== "undefined" && typeof Excel.run === "function") await Excel.run(own, remove);
  // Without office.js (the tests' own Excel model) the context is synced as it is.
  else await remove(own);
}

export function excelPort(
  run: Runner = excelRun,
  notes: () => boolean = notesSupported,
  layout: () => boolean = layoutSupported,
): WorkbookPort {
  return {
    readActiveSheet: (work) => run((context) => readWithFormats(context, undefined, work, layout())),
    readSheet: (name, work) => run((context) => readWithFormats(context, name, work, layout())),
    listSheets: () => run(readSheetList),
    readChangedRows: (grid, rows) => changedRows(run, grid, rows),
    // Worksheet.onChanged (ExcelApi 1.7): one handler per sheet, registered in one request.
    watchChanges: (sheets, onChange) =>
      run(async (context) => {
        const handlers = sheets.map((name) =>
          context.workbook.worksheets
            .getItem(name)
            .onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => onChange(name, changeOf(event))),
        );
        await context.sync();
        return () => removeHandlers(handlers);
      }),
    // Worksheets.onActivated (ExcelApi 1.7): the sheet's name looked up by its id when it is activated.
    watchActivation: (onActivate) =>
      run(async (context) => {
        const handler = context.workbook.worksheets.onActivated.add(async (event) => {
          onActivate(await run((ctx) => sheetName(ctx, event.worksheetId)));
        });
        await context.sync();
        return () => removeHandlers([handler]);
      }),
    writePlan: async (plan, work) => {
      const { applyPlan } = await writing();
      return run(async (context) => {
        const state = await readWorkbookState(
          context,
          plan.sheets.map((p) => p.sheet),
        );
        // Nothing is written to a workbook that would refuse part of it.
        if (state.protectedSheets?.length)
          throw new PlankollError("sheetProtected", { sheet: state.protectedSheets[0] });
        if (state.workbookProtected) throw new PlankollError("workbookProtected");
        const summary = await applyPlan(context, plan, state.backup, state.sheetNames, {
          notes: notes(),
          layout: layout(),
          work,
        });
        return { ...summary, syncs: summary.syncs + state.syncs };
      });
    },
    clear: async (work) => {
      const { clearPlan } = await writing();
      return run(async (context) => {
        const state = await readWorkbookState(context);
        const { cleared, notesLeft } = await clearPlan(context, state.backup, state.sheetNames, work, notes());
        return { cleared, notesLeft };
      });
    },
    insertTemplate: async (id, locale) => {
      const [{ insertTemplate }, { blankTemplate }, { translator }, { registerSwedishMore }] = await inserting();
      registerSwedishMore();
      return run((context) => {
        const t = translator(locale);
        return insertTemplate(context, blankTemplate(id, t), t("blank.listError"));
      });
    },
    addSheet: async (spec) => {
      const { addOwnSheet } = await import("./ownSheets");
      return run((context) => addOwnSheet(context, spec));
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
