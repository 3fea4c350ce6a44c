/** What a review found, as the pane and its larger view (the dialog) both show it. */
import type { SheetReport } from "../core";
import type { WorkbookFinding } from "../core/templates/types";

export interface Review {
  /** The whole workbook, or the active sheet alone. */
  scope: Scope;
  /** The sheets read, in workbook order. */
  sheets: string[];
  /** The active sheet when they were read. */
  active: string;
  /** Every table's report, sheet by sheet (one saying why, for a sheet with none). */
  reports: SheetReport[];
  /** Findings across sheets (a control plan against the risk analysis); null where no such check applies. */
  workbook: WorkbookFinding[] | null;
  /** The user's hidden sheets, not reviewed. */
  hidden: string[];
}

export type Scope = "workbook" | "sheet";
