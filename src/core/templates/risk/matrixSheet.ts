/** The "Plankoll Riskmatris" sheet: one 5×5 matrix per risk sheet, with legend and zone lists. */
import type { SheetCell, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import type { Ctx } from "./strings";
import type { RiskResult } from "./analyze";
import type { Zone } from "../../settings";
import { SCALE_LABELS } from "../../parse";

const ZONES: Zone[] = ["critical", "medium", "low"];

export function riskMatrixSheet(results: readonly { sheet: string; result: RiskResult }[], ctx: Ctx): SheetSpec | null {
  const { t } = ctx;
  const withMatrix = results.filter((r) => r.result.layout === "matrix");
  if (withMatrix.length === 0) return null;
  const cells: SheetCell[] = [];
  let top = 1;
  for (const { sheet, result } of withMatrix) {
    cells.push({ row: top, col: 1, value: t("matrix.title", { sheet }), bold: true });
    cells.push({ row: top + 1, col: 3, value: t("matrix.consequence"), bold: true });
    cells.push({ row: top + 2, col: 1, value: t("matrix.probability"), bold: true });
    for (let c = 1; c <= 5; c++) {
      cells.push({
        row: top + 2,
        col: 2 + c,
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
      cells.push({
        row,
        col: 2,
        value: `${p} ${SCALE_LABELS.probability[p - 1]}`,
        bold: true,
        border: true,
        fill: COLORS.header,
      });
      for (let c = 1; c <= 5; c++) {
        const zone = result.matrixZones[p - 1][c - 1];
        cells.push({
          row,
          col: 2 + c,
          value: result.matrix[p - 1][c - 1].join(", "),
          fill: COLORS[zone],
          center: true,
          wrap: true,
          border: true,
        });
      }
    }
    const below = top + 9;
    cells.push({ row: below, col: 2, value: t("matrix.total", { total: result.total }), bold: true });
    if (result.unplaced > 0)
      cells.push({ row: below, col: 4, value: t("matrix.excluded", { count: result.unplaced }) });
    cells.push({ row: top + 2, col: 9, value: t("matrix.legend"), bold: true });
    const bandText: Record<Zone, [number, number]> = {
      low: [1, result.bands.lowMax],
      medium: [result.bands.lowMax + 1, result.bands.mediumMax],
      critical: [result.bands.mediumMax + 1, 25],
    };
    ZONES.forEach((zone, i) => {
      const members = result.risks.filter((risk) => risk.zone === zone && risk.probability !== null);
      const numbers = members.map((risk) => risk.nr ?? t("matrix.rowLabel", { row: risk.row })).join(", ");
      cells.push({
        row: top + 3 + i,
        col: 9,
        value: `${t("matrix.band", { zone: t(`zone.${zone}`), min: bandText[zone][0], max: bandText[zone][1] })} (${members.length}): ${numbers}`,
        fill: COLORS[zone],
        border: true,
      });
    });
    top += 12;
  }
  return { name: t("sheet.matrix"), cells, columnWidths: [14, 20, 14, 14, 14, 14, 14, 3, 60] };
}
