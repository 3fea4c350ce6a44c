/** The "Plankoll Riskmatris" sheet: one 5×5 matrix per risk sheet, with legend and zone lists. */
import type { SheetCell, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import type { Ctx } from "./strings";
import type { RiskResult } from "./analyze";
import type { Zone } from "../../types";
import { SCALE_LABELS } from "../../parse";

const ZONES: Zone[] = ["critical", "medium", "low"];
/** A matrix row's height in points: with the columns' width (14), a square. */
const SQUARE_HEIGHT = 72;
/**
 * How much of a list of Nr a square and a zone's line hold: far more than prints, far under the
 * 32 767 characters Excel keeps in a cell (a register of 100 000 risks lists 40 000 in a zone).
 * What does not fit is counted at the end of the list, never dropped unsaid.
 */
const SQUARE_CHARS = 1_500;
const LINE_CHARS = 6_000;

/** Items joined by ", " up to `max` characters, then "… och 3 812 till". */
function listed(items: readonly (string | number)[], max: number, ctx: Ctx): string {
  let text = "";
  let shown = 0;
  for (const item of items) {
    const next = shown ? `${text}, ${item}` : String(item);
    if (next.length > max) break;
    text = next;
    shown++;
  }
  return shown === items.length ? text : `${text} … ${ctx.t("matrix.more", { count: items.length - shown })}`;
}

export function riskMatrixSheet(results: readonly { sheet: string; result: RiskResult }[], ctx: Ctx): SheetSpec | null {
  const { t } = ctx;
  if (results.length === 0) return null;
  const cells: SheetCell[] = [];
  // Each sheet's matrix (or list) starts a printed page: a matrix and its legend are never cut.
  const pageBreaks: number[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  let top = 1;
  for (const { sheet, result } of results) {
    if (top > 1) pageBreaks.push(top);
    if (result.layout === "list") {
      // A VoR sheet (Riskvärde only) has no levels to place: it says so, and lists its zones.
      cells.push({ row: top, col: 1, value: t("matrix.listTitle", { sheet }), bold: true });
      cells.push({ row: top + 1, col: 1, value: t("matrix.noMatrix") });
      top = zoneList(cells, merges, sheet, result, top + 3, ctx);
      if (result.unplaced > 0) cells.push({ row: top, col: 1, value: t("matrix.noValue", { count: result.unplaced }) });
      top += 3;
      continue;
    }
    // Laid out as a nämnd prints it: the matrix fills a portrait page's width, its squares large
    // enough for their Nr lists, the legend below it across the same width.
    cells.push({ row: top, col: 1, value: t("matrix.title", { sheet }), bold: true });
    cells.push({ row: top + 1, col: 2, value: t("matrix.consequence"), bold: true, center: true });
    merges.push(`B${top + 1}:F${top + 1}`);
    cells.push({ row: top + 2, col: 1, value: t("matrix.probability"), bold: true, border: true, fill: COLORS.header });
    for (let c = 1; c <= 5; c++) {
      cells.push({
        row: top + 2,
        col: 1 + c,
        value: `${c} ${SCALE_LABELS.consequence[c - 1]}`,
        bold: true,
        wrap: true,
        center: true,
        border: true,
        fill: COLORS.header,
      });
    }
    for (let p = 5; p >= 1; p--) {
      const row = top + 3 + (5 - p);
      rowHeights[row] = SQUARE_HEIGHT;
      cells.push({
        row,
        col: 1,
        value: `${p} ${SCALE_LABELS.probability[p - 1]}`,
        bold: true,
        wrap: true,
        border: true,
        fill: COLORS.header,
      });
      for (let c = 1; c <= 5; c++) {
        const zone = result.matrixZones[p - 1][c - 1];
        cells.push({
          row,
          col: 1 + c,
          value: listed(result.matrix[p - 1][c - 1], SQUARE_CHARS, ctx),
          fill: COLORS[zone],
          center: true,
          wrap: true,
          border: true,
        });
      }
    }
    const below = top + 8;
    cells.push({ row: below, col: 1, value: t("matrix.total", { total: result.total }), bold: true });
    if (result.unplaced > 0) {
      cells.push({ row: below, col: 2, value: t("matrix.excluded", { count: result.unplaced }) });
      merges.push(`B${below}:F${below}`);
    }
    cells.push({ row: below + 2, col: 1, value: t("matrix.legend"), bold: true });
    zoneLines(cells, merges, result, below + 3, ctx);
    top += 16;
  }
  return { name: t("sheet.matrix"), cells, columnWidths: [20, 14, 14, 14, 14, 14], pageBreaks, merges, rowHeights };
}

/** A list's risks by zone, worst first: the zone's line, then each risk (a link to it, its event, its value). Returns the row after. */
function zoneList(
  cells: SheetCell[],
  merges: string[],
  sheet: string,
  result: RiskResult,
  row: number,
  ctx: Ctx,
): number {
  const { t } = ctx;
  for (const zone of ZONES) {
    const members = result.risks.filter((risk) => risk.zone === zone);
    zoneLine(cells, merges, result, zone, members, row++, ctx);
    for (const risk of members) {
      // The cell alone: the list's title names the sheet, and a short link keeps the page portrait.
      cells.push({ row, col: 1, value: risk.cell, link: { sheet, cell: risk.cell } });
      // The event across the matrix's columns (B:E), its value in the last (F).
      cells.push({ row, col: 2, value: risk.event ?? t("matrix.rowLabel", { row: risk.row }), wrap: true });
      merges.push(`B${row}:E${row}`);
      cells.push({ row, col: 6, value: risk.value ?? "", fill: COLORS[zone], center: true });
      row++;
    }
    row++;
  }
  return row;
}

/** A zone's line across the page's width (A:F): its band, how many risks, their Nr (or rows). */
function zoneLine(
  cells: SheetCell[],
  merges: string[],
  result: RiskResult,
  zone: Zone,
  members: readonly RiskResult["risks"][number][],
  row: number,
  ctx: Ctx,
): void {
  const { t } = ctx;
  const band: Record<Zone, [number, number]> = {
    low: [1, result.bands.lowMax],
    medium: [result.bands.lowMax + 1, result.bands.mediumMax],
    critical: [result.bands.mediumMax + 1, 25],
  };
  const numbers = listed(
    members.map((risk) => risk.nr ?? t("matrix.rowLabel", { row: risk.row })),
    LINE_CHARS,
    ctx,
  );
  const line = t("matrix.band", { zone: t(`zone.${zone}`), min: band[zone][0], max: band[zone][1] });
  cells.push({
    row,
    col: 1,
    value: `${line} (${members.length}): ${numbers}`,
    fill: COLORS[zone],
    border: true,
    wrap: true,
  });
  merges.push(`A${row}:F${row}`);
}

/** The matrix's legend: one line per zone from `row` down, with the risks placed in it. */
function zoneLines(cells: SheetCell[], merges: string[], result: RiskResult, row: number, ctx: Ctx): void {
  ZONES.forEach((zone, i) => {
    const members = result.risks.filter((risk) => risk.zone === zone && risk.probability !== null);
    zoneLine(cells, merges, result, zone, members, row + i, ctx);
  });
}
