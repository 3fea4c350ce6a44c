/**
 * "Plankoll Jämförelse": this year's workbook against last year's (`AnalysisContext.previous`), per
 * sheet — how many items are new, gone and changed, then each difference in words, linked to its
 * cell. Made from the workbook findings the templates' comparisons tag (`WorkbookFinding.comparison`);
 * none where no comparison was made.
 */
import type { SheetCell, SheetSpec } from "./plan";
import { COLORS } from "./plan";
import type { AnalysisContext } from "./templates";
import type { Comparison, Finding, WorkbookFinding } from "./templates/types";

export interface SheetComparison {
  sheet: string;
  /** Last year's sheet (or sheets) it was compared with; null where only another template's comparison said something here. */
  previous: string | null;
  /** Items in both years; null as `previous`. */
  paired: number | null;
  added: number;
  removed: number;
  /** Items changed; null where the comparison does not look at changes (the control plan). */
  changed: number | null;
  /** What the comparison said of each table (SHEET_COMPARED), in words. */
  summary: string[];
  /** Each difference, and each item said unchanged or a total. */
  findings: (Finding & { comparison: Exclude<Comparison, "sheet"> })[];
}

type Counted = "added" | "removed" | "changed";
const COUNTED: readonly Counted[] = ["added", "removed", "changed"];

/**
 * The comparisons among a workbook's findings, grouped by this year's sheet in the order they
 * come. The counts are what SHEET_COMPARED says of the tables compared (every item paired, new or
 * gone, whether said or not); where none was said on a sheet, the differences said there.
 */
export function comparisonsOf(workbook: readonly WorkbookFinding[]): SheetComparison[] {
  const bySheet = new Map<string, SheetComparison & { tagged: Record<Counted, number> }>();
  for (const { sheet, finding, comparison } of workbook) {
    if (!comparison) continue;
    let entry = bySheet.get(sheet);
    if (!entry)
      bySheet.set(
        sheet,
        (entry = {
          sheet,
          ...{ previous: null, paired: null, added: 0, removed: 0, changed: 0, summary: [], findings: [] },
          tagged: { added: 0, removed: 0, changed: 0 },
        }),
      );
    if (comparison !== "sheet") {
      if (comparison === "added" || comparison === "removed" || comparison === "changed") entry.tagged[comparison]++;
      entry.findings.push({ ...finding, comparison });
      continue;
    }
    const p = finding.params;
    entry.previous = entry.previous === null ? String(p.previous) : `${entry.previous}, ${String(p.previous)}`;
    entry.paired = (entry.paired ?? 0) + Number(p.paired);
    entry.added += Number(p.added);
    entry.removed += Number(p.removed);
    entry.changed = p.changed === undefined || entry.changed === null ? null : entry.changed + Number(p.changed);
    entry.summary.push(finding.message);
  }
  return [...bySheet.values()].map(({ tagged, ...entry }) =>
    entry.previous === null ? { ...entry, ...Object.fromEntries(COUNTED.map((k) => [k, tagged[k]])) } : entry,
  );
}

/** What a sheet's comparison says of its tables: each SHEET_COMPARED, else the differences said there counted. */
export function summaryLines(entry: SheetComparison, t: AnalysisContext["t"]): string[] {
  if (entry.summary.length) return entry.summary;
  return [t("comparison.sheet", { added: entry.added, removed: entry.removed, changed: entry.changed ?? 0 })];
}

export function comparisonSheet(workbook: readonly WorkbookFinding[], ctx: AnalysisContext): SheetSpec | null {
  const compared = comparisonsOf(workbook);
  if (compared.length === 0) return null;
  const { t } = ctx;
  const cells: SheetCell[] = [{ row: 1, col: 1, value: t("comparison.title"), bold: true }];
  let row = 3;
  for (const entry of compared) {
    cells.push({ row: row++, col: 1, value: entry.sheet, bold: true });
    for (const line of summaryLines(entry, t)) cells.push({ row: row++, col: 1, value: line });
    if (entry.findings.length === 0) {
      row++;
      continue;
    }
    (["what", "cell", "message"] as const).forEach((head, i) =>
      cells.push({
        row,
        col: i + 1,
        value: t(`comparison.head.${head}`),
        bold: true,
        fill: COLORS.header,
        border: true,
      }),
    );
    row++;
    for (const f of entry.findings) {
      cells.push({ row, col: 1, value: t(`comparison.kind.${f.comparison}`), border: true, fill: COLORS[f.severity] });
      cells.push({ row, col: 2, value: f.cell, link: { sheet: entry.sheet, cell: f.cell }, border: true });
      cells.push({ row, col: 3, value: f.message, wrap: true, border: true });
      row++;
    }
    row++;
  }
  return { name: t("sheet.comparison"), cells, columnWidths: [14, 8, 100] };
}
