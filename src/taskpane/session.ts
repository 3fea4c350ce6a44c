/** What the pane does, without React: read, judge, write, clear through a workbook port. */
import type { BlankTemplate, Grid, Locale, SheetReport, Settings, TemplateId } from "../core";
import { translator } from "../core/i18n";
import { CancelledError, PlankollError, gridFingerprint, throwIfCancelled, type Work } from "../core/progress";
import type { MessageKey, Translate } from "../core/i18n";
import type { WorkbookPort } from "../core/port";
import type { WriteSummary } from "../core/port";

export interface SessionOptions {
  locale: Locale;
  settings?: Settings;
}

export interface TemplateChoice {
  id: TemplateId;
  name: string;
  insertable: boolean;
}

/** A sheet's reports: one per table it holds (one saying why, for a sheet with none). */
export type SheetReports = SheetReport[];

export type WriteResult =
  | { kind: "written"; reports: SheetReports; summary: WriteSummary }
  /** The sheet changed since it was reviewed: reviewed again, nothing written. */
  | { kind: "changed"; reports: SheetReports };

/** The core's analysis loads beside the first read of the sheet, not before the pane shows. */
const loadAnalysis = () => import("../core/analyze");

/** Lets the pane paint the progress before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createSession(port: WorkbookPort, options: SessionOptions) {
  /** What the sheet held when it was last reviewed (or written). */
  let seen: string | null = null;

  /** Says the check begins and lets the pane show it; Avbryt still counts before the (synchronous) check. */
  async function beforeChecking(grid: Grid, work?: Work): Promise<void> {
    const rows = grid.values.length;
    work?.onProgress?.({ phase: "check", done: 0, total: rows });
    await nextFrame();
    throwIfCancelled(work);
  }

  async function review(work?: Work): Promise<SheetReports> {
    const [grid, { analyzeGrid }] = await Promise.all([port.readActiveSheet(work), loadAnalysis()]);
    await beforeChecking(grid, work);
    const report = analyzeGrid(grid, options).reports;
    work?.onProgress?.({ phase: "check", done: grid.values.length, total: grid.values.length });
    seen = gridFingerprint(grid);
    return report;
  }

  return {
    /** Reads the active sheet and judges it. */
    review,
    /**
     * Reads the sheet again; if it is not what was reviewed, reviews it anew and writes nothing.
     * Avbryt during writing puts the workbook back as it was before Skriv resultat.
     */
    async write(work?: Work): Promise<WriteResult> {
      // The sheets Plankoll adds are built only when writing.
      const [grid, { analyzeWorkbook }, { registerSwedishMore }] = await Promise.all([
        port.readActiveSheet(work),
        import("../core/workbook"),
        // The review sheet's Swedish strings come with the code that writes it.
        import("../core/i18n/swedishMore"),
      ]);
      registerSwedishMore();
      const fingerprint = gridFingerprint(grid);
      if (seen !== null && fingerprint !== seen) {
        await beforeChecking(grid, work);
        seen = fingerprint;
        return { kind: "changed", reports: (await loadAnalysis()).analyzeGrid(grid, options).reports };
      }
      await beforeChecking(grid, work);
      const analysis = analyzeWorkbook([grid], options);
      try {
        const summary = await port.writePlan(analysis.plan, work);
        seen = fingerprint;
        return { kind: "written", reports: analysis.sheets.filter((r) => r.sheet === grid.sheet), summary };
      } catch (error) {
        if (error instanceof CancelledError) {
          // Whatever was written is taken back, with progress but without a second Avbryt.
          await port.clear(work && { onProgress: work.onProgress });
          error.undone = true;
        }
        if (error instanceof PlankollError && error.reason === "sheetChanged") {
          // Someone typed into a cell Plankoll was to fill in while it was writing: nothing was written.
          return { kind: "changed", reports: await review(work && { onProgress: work.onProgress }) };
        }
        throw error;
      }
    },
    clear: (work?: Work) => port.clear(work),
    /**
     * The registered templates by id: name, and whether Infoga mall can insert it. Loaded with the
     * analysis (the registry is not part of the first screen).
     */
    async templates(): Promise<TemplateChoice[]> {
      const { templates, templateName } = await import("../core/templates");
      const t = translator(options.locale);
      return templates.map((template) => ({
        id: template.id as TemplateId,
        name: templateName(template.id, t),
        insertable: Boolean(template.blank),
      }));
    },
    insert: (id: BlankTemplate["id"]) => port.insertTemplate(id, options.locale),
    select: (sheet: string, cell: string) => port.selectCell(sheet, cell),
  };
}

export type Session = ReturnType<typeof createSession>;

/** Office.js error codes Plankoll explains in words, with what to do. */
const EXPLAINED: Record<string, MessageKey> = {
  InvalidOperationInCellEditMode: "error.cellEditing",
  AccessDenied: "error.accessDenied",
  ApiNotFound: "error.apiNotFound",
  NotImplemented: "error.apiNotFound",
  UnsupportedOperation: "error.apiNotFound",
  ItemNotFound: "error.itemNotFound",
  RequestPayloadSizeLimitExceeded: "error.tooLarge",
  ResponsePayloadSizeLimitExceeded: "error.tooLarge",
  RangeExceedsLimit: "error.tooLarge",
  Conflict: "error.conflict",
  InsertDeleteConflict: "error.conflict",
  ActivityLimitReached: "error.busyExcel",
  RequestAborted: "error.busyExcel",
};

/**
 * Excel's errors in words and a way forward: Plankoll's own refusals, then Office.js codes; anything
 * else as Excel's first message line (never a stack).
 */
export function explainError(error: unknown, t: Translate): string {
  if (error instanceof PlankollError) {
    const key: MessageKey =
      error.reason === "sheetProtected"
        ? "error.sheetProtected"
        : error.reason === "workbookProtected"
          ? "error.workbookProtected"
          : "error.sheetChanged";
    return t(key, error.params);
  }
  if (error && typeof error === "object") {
    const e = error as { code?: string; message?: string };
    if (e.code && EXPLAINED[e.code]) return t(EXPLAINED[e.code]);
    const message = (e.message ?? "").split("\n")[0];
    return t("pane.error", { message: e.code && !message.includes(e.code) ? `${message} (${e.code})` : message });
  }
  return t("pane.error", { message: String(error) });
}
