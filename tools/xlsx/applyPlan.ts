/** Applies a write plan to an exceljs workbook, and restores it (Rensa), keeping a backup in the workbook. */
import ExcelJS from "exceljs";
import {
  BACKUP_SHEET,
  cellsOfRange,
  compressCells,
  encodeBackup,
  printSetup,
  type Backup,
  type CellBackup,
  type SheetSpec,
  type WritePlan,
} from "../../src/core";
import { a1 } from "../../src/core/sheet/address";
import { fitSheet } from "../../src/core/sheet/fit";
import { readBackupSheet } from "./readGrid";
import type { WriteSummary } from "../../src/core/port";
import { PlankollError } from "../../src/core/progress";
import { isEmptyCell } from "../../src/core/empty";

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

/** core/empty.ts's meaning: no value at all (a space is the user's); a formula is never empty. */
function isEmpty(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return (typeof v !== "object" || v === null) && isEmptyCell(v as string | number | boolean | null);
}

/** The cell's own copy of its style: exceljs may share style objects between cells. */
function styleSnapshot(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(cell.style ?? {}));
}

/**
 * exceljs has no API to remove a note: the note lives on the cell and, after loading a file,
 * also on the cell value's model, from which it would be written again.
 */
function setNote(cell: ExcelJS.Cell, note: string | undefined): void {
  if (note !== undefined) {
    cell.note = note;
    return;
  }
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete internal._comment;
  if (internal._value?.model) delete internal._value.model.comment;
}

/** Rensa: puts back every format, note and empty cell Plankoll changed and removes its sheets. */
export function clearPlankoll(workbook: ExcelJS.Workbook): boolean {
  const backup = readBackupSheet(workbook);
  const backupSheet = workbook.getWorksheet(BACKUP_SHEET);
  if (!backup) {
    if (backupSheet) workbook.removeWorksheet(backupSheet.id);
    return false;
  }
  for (const entry of backup.cells) {
    const sheet = workbook.getWorksheet(entry.sheet);
    if (!sheet) continue;
    for (const address of cellsOfRange(entry.range)) {
      const cell = sheet.getCell(address);
      cell.style = JSON.parse(JSON.stringify(entry.format ?? {}));
      if (entry.addedNote) setNote(cell, undefined);
      if (entry.clearValue) cell.value = null;
    }
  }
  for (const name of backup.sheets) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  if (backupSheet) workbook.removeWorksheet(backupSheet.id);
  return true;
}

/** Adds (or replaces) a sheet drawn from a sheet spec. Charts are Excel-only and left out here. */
export function addSheet(workbook: ExcelJS.Workbook, given: SheetSpec): void {
  const existing = workbook.getWorksheet(given.name);
  if (existing) workbook.removeWorksheet(existing.id);
  // Widths, heights and print setup as every adapter writes them.
  const spec = fitSheet(given);
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: printSetup(spec).landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: spec.titleRows ? `${spec.titleRows[0]}:${spec.titleRows[1]}` : undefined,
    },
  });
  spec.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  for (const row of spec.pageBreaks ?? []) sheet.getRow(row - 1).addPageBreak();
  for (const c of spec.cells) {
    const cell = sheet.getCell(c.row, c.col);
    cell.value = c.link
      ? { text: String(c.value), hyperlink: `#'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}` }
      : c.value;
    const style: Partial<ExcelJS.Style> = {};
    if (c.fill) style.fill = solidFill(c.fill);
    if (c.bold) style.font = { bold: true };
    if (c.link) style.font = { underline: true, color: { argb: "FF0563C1" } };
    if (c.wrap || c.center || c.top) {
      style.alignment = { wrapText: !!c.wrap, vertical: "top", ...(c.center ? { horizontal: "center" as const } : {}) };
    }
    if (c.border) {
      const thin = { style: "thin" as const, color: { argb: "FF808080" } };
      style.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    if (c.numberFormat) style.numFmt = c.numberFormat;
    cell.style = style;
  }
  for (const merge of spec.merges ?? []) sheet.mergeCells(merge);
}

/**
 * Skriv resultat: replaces Plankoll's earlier output with this plan. User values are never
 * changed; a planned value goes only into a cell that is still empty.
 */
/**
 * Skriv resultat on an exceljs workbook. Like every adapter, a planned value for a cell that holds
 * one since the grid was read refuses the whole plan (PlankollError "sheetChanged") before anything
 * of this run is written; a formula there is left alone.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): WriteSummary {
  // The previous run's output first (its values are Plankoll's, not the user's), as in Excel.
  clearPlankoll(workbook);
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.getWorksheet(sheetPlan.sheet);
    for (const write of sheet ? sheetPlan.writes : []) {
      const cell = sheet!.getCell(write.cell);
      if (!isEmpty(cell) && cell.type !== ExcelJS.ValueType.Formula)
        throw new PlankollError("sheetChanged", { sheet: sheetPlan.sheet, cell: write.cell });
    }
  }
  const backups: CellBackup[] = [];
  const recorded = new Map<string, CellBackup>();
  /**
   * Keeps the first snapshot of a cell (later ones would already hold Plankoll's changes), and
   * what every step did to it: a cell both marked and written (a computed value) is emptied again.
   */
  const record = (entry: CellBackup) => {
    const key = `${entry.sheet}!${entry.range}`;
    const first = recorded.get(key);
    if (first) {
      first.addedNote ||= entry.addedNote;
      first.clearValue ||= entry.clearValue;
      return;
    }
    recorded.set(key, entry);
    backups.push(entry);
  };
  const summary: WriteSummary = { fills: 0, values: 0, notes: 0, notesLeftOut: [], sheets: [], syncs: 0 };
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.getWorksheet(sheetPlan.sheet);
    if (!sheet) continue;
    for (const mark of sheetPlan.marks) {
      const cell = sheet.getCell(mark.cell);
      const hasNote = cell.note !== undefined;
      record({
        sheet: sheet.name,
        range: mark.cell,
        format: styleSnapshot(cell),
        addedNote: !hasNote,
        clearValue: false,
      });
      cell.style = { ...styleSnapshot(cell), fill: solidFill(mark.fill) };
      if (!hasNote) {
        setNote(cell, mark.note);
        summary.notes++;
      }
      summary.fills++;
    }
    for (const write of sheetPlan.writes) {
      const cell = sheet.getCell(write.cell);
      // A formula cell (checked above) is the user's: no value goes into it.
      if (!isEmpty(cell)) continue;
      record({ sheet: sheet.name, range: write.cell, format: styleSnapshot(cell), addedNote: false, clearValue: true });
      cell.value = write.value;
      const style = styleSnapshot(cell);
      if (write.fill) style.fill = solidFill(write.fill);
      if (write.bold) style.font = { ...(style.font ?? {}), bold: true };
      cell.style = style;
      summary.values++;
    }
  }
  for (const spec of plan.newSheets) {
    addSheet(workbook, spec);
    summary.sheets.push(spec.name);
  }
  const backup: Backup = {
    version: 1,
    adapter: "xlsx",
    cells: compressCells(backups),
    sheets: summary.sheets,
    reviewed: plan.sheets.map((p) => p.sheet),
  };
  const store = workbook.addWorksheet(BACKUP_SHEET, { state: "veryHidden" });
  encodeBackup(backup).forEach((chunk, i) => (store.getCell(a1(i + 1, 1)).value = chunk));
  return summary;
}
