/** The machine-readable report of domain.md: one entry per file, one per sheet. */
import type { SheetReport } from "./analyze";

export interface FileReport {
  file: string;
  sheets: SheetReport[];
}

/**
 * Salaries are personal data and never leave the workbook: a report that goes anywhere else keeps
 * counts, shares, ratios and flags, and drops every pay figure (they stay on the Plankoll sheet).
 */
export function withoutPay(sheet: SheetReport): SheetReport {
  if (sheet.template !== "salary" || !sheet.result) return sheet;
  const result = sheet.result;
  return {
    ...sheet,
    result: {
      ...result,
      payOmitted: true,
      positions: result.positions.map((p) => ({
        ...p,
        womenMean: null,
        menMean: null,
        womenMedian: null,
        menMedian: null,
        mean: null,
      })),
    },
  };
}

export function fileReport(file: string, sheets: readonly SheetReport[]): FileReport {
  return {
    file,
    sheets: sheets.map(({ reason, ...sheet }) => withoutPay(reason ? { ...sheet, reason } : sheet)),
  };
}
