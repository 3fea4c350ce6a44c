/** What the pane does, without React: read, judge, write, clear through a workbook port. */
import { analyzeGrid } from "../core/analyze";
import type { BlankTemplate, Locale, SheetReport, Settings } from "../core";
import type { WorkbookPort } from "../excel/port";
import type { ApplySummary } from "../excel/write";

export interface SessionOptions {
  locale: Locale;
  settings?: Settings;
}

export function createSession(port: WorkbookPort, options: SessionOptions) {
  return {
    /** Reads the active sheet and judges it. */
    async review(): Promise<SheetReport> {
      const grid = await port.readActiveSheet();
      return analyzeGrid(grid, options).report;
    },
    /** Reads again (the sheet may have changed) and writes the results. */
    async write(): Promise<{ report: SheetReport; summary: ApplySummary }> {
      // The sheets Plankoll adds are built only when writing.
      const [grid, { analyzeWorkbook }] = await Promise.all([port.readActiveSheet(), import("../core/workbook")]);
      const analysis = analyzeWorkbook([grid], options);
      const summary = await port.writePlan(analysis.plan);
      return { report: analysis.sheets[0], summary };
    },
    clear: () => port.clear(),
    insert: (id: BlankTemplate["id"]) => port.insertTemplate(id, options.locale),
    select: (sheet: string, cell: string) => port.selectCell(sheet, cell),
  };
}

export type Session = ReturnType<typeof createSession>;

/** Excel's errors in words: the code Office.js gives, else the message, never a stack. */
export function errorText(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { code?: string; message?: string };
    const message = (e.message ?? "").split("\n")[0];
    return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
  }
  return String(error);
}
