/** The "Plankoll Upphandling" sheet: totals over the threshold by area and type, and what should not be reported. */
import { COLORS, type SheetCell, type SheetSpec } from "../../plan";
import type { Ctx } from "./strings";
import { formatSek } from "../common";
import { sheetRef } from "../../sheet/address";
import { KRONOR_FORMAT } from "../formats";
import type { ProcurementResult } from "./result";

export function procurementSummary(
  results: readonly { sheet: string; result: ProcurementResult }[],
  ctx: Ctx,
): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [];
  let row = 1;
  for (const { sheet, result } of results) {
    const threshold = formatSek(result.thresholdSek);
    const below = result.items.filter((i) => i.reportable === false);
    cells.push({ row, col: 1, value: t("procurement.title", { sheet }), bold: true });
    cells.push({
      row: row + 1,
      col: 1,
      value: t("procurement.total", { threshold, total: formatSek(result.totalSek) }),
    });
    cells.push({
      row: row + 2,
      col: 1,
      value: t("procurement.count", { count: result.items.length, below: below.length, threshold }),
    });
    row += 4;
    cells.push({ row, col: 1, value: t("procurement.byArea"), bold: true });
    row++;
    for (const [head, col] of [
      ["area", 1],
      ["sek", 2],
    ] as const) {
      cells.push({ row, col, value: t(`procurement.head.${head}`), bold: true, fill: COLORS.header, border: true });
    }
    for (const [area, sek] of Object.entries(result.byArea)) {
      row++;
      cells.push(
        { row, col: 1, value: area || t("procurement.noArea"), border: true },
        { row, col: 2, value: sek, border: true, numberFormat: KRONOR_FORMAT },
      );
    }
    row += 2;
    cells.push({ row, col: 1, value: t("procurement.byType"), bold: true });
    row++;
    for (const [head, col] of [
      ["type", 1],
      ["sek", 2],
    ] as const) {
      cells.push({ row, col, value: t(`procurement.head.${head}`), bold: true, fill: COLORS.header, border: true });
    }
    for (const type of ["goods", "services", "works", "unknown"] as const) {
      // The rows whose type cannot be read have a line when there are any: the lines add up to the total.
      if (type === "unknown" && result.byType.unknown === 0) continue;
      row++;
      cells.push(
        { row, col: 1, value: t(`type.${type}`), border: true },
        { row, col: 2, value: result.byType[type], border: true, numberFormat: KRONOR_FORMAT },
      );
    }
    row += 2;
    if (below.length) {
      cells.push({ row, col: 1, value: t("procurement.below", { threshold }), bold: true });
      row++;
      for (const [head, col] of [
        ["cell", 1],
        ["description", 2],
        ["sek", 3],
      ] as const) {
        cells.push({ row, col, value: t(`procurement.head.${head}`), bold: true, fill: COLORS.header, border: true });
      }
      for (const item of below) {
        row++;
        cells.push({ row, col: 1, value: sheetRef(sheet, item.cell), link: { sheet, cell: item.cell } });
        cells.push({ row, col: 2, value: item.description ?? "", fill: COLORS.info });
        cells.push({ row, col: 3, value: item.valueSek ?? "", numberFormat: KRONOR_FORMAT });
      }
      row += 2;
    }
  }
  return { name: t("sheet.procurement"), cells, columnWidths: [40, 50, 18] };
}
