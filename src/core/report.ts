/** The machine-readable report of domain.md: one entry per file, one per sheet. */
import type { SheetReport } from "./analyze";

export interface FileReport {
  file: string;
  sheets: SheetReport[];
}

export function fileReport(file: string, sheets: readonly SheetReport[]): FileReport {
  return {
    file,
    sheets: sheets.map(({ reason, ...sheet }) => (reason ? { ...sheet, reason } : sheet)),
  };
}
