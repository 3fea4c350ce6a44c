/**
 * The summary sheet of each template, apart from the templates themselves: they are needed only
 * when results are written, so the task pane loads them then.
 */
import type { SummarySheet, TemplateId } from "./types";
import { riskMatrixSheet } from "./risk/matrixSheet";
import { indicatorSummarySheet } from "./indicators/summarySheet";
import { salarySummarySheet } from "./salary/summarySheet";
import { procurementSummary } from "./procurement/summarySheet";
import { kusSummary } from "./kus/summarySheet";

export const summarySheets: Partial<Record<TemplateId, SummarySheet<never>>> = {
  risk: riskMatrixSheet as SummarySheet<never>,
  indicators: indicatorSummarySheet as SummarySheet<never>,
  salary: salarySummarySheet as SummarySheet<never>,
  procurement: procurementSummary as SummarySheet<never>,
  kus: kusSummary as SummarySheet<never>,
};
