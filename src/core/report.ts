/** The machine-readable report of domain.md: one entry per file, one per sheet. */
import type { SheetReport } from "./analyze";
import { templateById } from "./templates";

export interface FileReport {
  file: string;
  sheets: SheetReport[];
}

/**
 * A report that goes anywhere outside the workbook carries what each template lets leave it
 * (`forReport`: pay figures never do; they stay on the Plankoll sheet).
 */
function shareable(sheet: SheetReport): SheetReport {
  const template = sheet.template ? templateById(sheet.template) : undefined;
  if (!template?.forReport || !sheet.result) return sheet;
  return { ...sheet, result: template.forReport(sheet.result) } as SheetReport;
}

export function fileReport(file: string, sheets: readonly SheetReport[]): FileReport {
  return {
    file,
    sheets: sheets.map(({ reason, ...sheet }) => shareable(reason ? { ...sheet, reason } : sheet)),
  };
}
