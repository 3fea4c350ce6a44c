/** The machine-readable report (docs/report.md): one entry per file, one per sheet. */
import type { SheetReport } from "./analyze";
import { templateById } from "./templates";
import type { WorkbookFinding } from "./templates/types";
import type { Finding } from "./templates/types";
import { comparisonsOf, type SheetComparison } from "./comparisonSheet";

export interface FileReport {
  file: string;
  sheets: SheetReport[];
  /** The workbook's own findings, across its sheets (each names its sheet); absent when no such check applies. */
  workbook?: { findings: (Finding & { sheet: string })[] };
  /** This year's workbook against last year's (`--previous`), per sheet: counts and each difference; absent without one. */
  comparison?: SheetComparison[];
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

export function fileReport(
  file: string,
  sheets: readonly SheetReport[],
  workbook: readonly WorkbookFinding[] | null = null,
): FileReport {
  const report: FileReport = {
    file,
    sheets: sheets.map(({ reason, ...sheet }) => shareable(reason ? { ...sheet, reason } : sheet)),
  };
  if (workbook) report.workbook = { findings: workbook.map(({ sheet, finding }) => ({ sheet, ...finding })) };
  const compared = comparisonsOf(workbook ?? []);
  if (compared.length) report.comparison = compared;
  return report;
}
