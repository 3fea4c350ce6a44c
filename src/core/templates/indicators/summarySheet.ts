/** The "Plankoll Mätetal" sheet: counts per status, the gender-split share, and what needs attention. */
import { COLORS, type SheetCell, type SheetSpec } from "../../plan";
import type { Ctx } from "./strings";
import type { IndicatorResult } from "./analyze";
import { STATUS_FILL } from "./colors";
import { formatQuantity } from "../common";
import { formatNumber } from "../../parse/cells";
import { sheetRef } from "../../sheet/address";

const ORDER = ["met", "partly", "not_met", "missing", "not_judged"] as const;

export function indicatorSummarySheet(
  results: readonly { sheet: string; result: IndicatorResult }[],
  ctx: Ctx,
): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [{ row: 1, col: 1, value: t("indicators.title"), bold: true }];
  let row = 3;
  for (const { sheet, result } of results) {
    cells.push({ row, col: 1, value: t("indicators.sheetTitle", { sheet }), bold: true });
    row++;
    for (const status of ORDER) {
      // Those that cannot be judged have a line when there are any: the lines add up to the indicators.
      if (status === "not_judged" && result.counts.not_judged === 0) continue;
      cells.push({ row, col: 1, value: t(`status.${status}` as const), fill: STATUS_FILL[status], border: true });
      cells.push({ row, col: 2, value: result.counts[status], border: true });
      row++;
    }
    const share =
      result.genderSplitShare === null ? t("notApplicable") : `${formatNumber(result.genderSplitShare, 1)} %`;
    cells.push({ row, col: 1, value: t("indicators.personShare", { share }) });
    row += 2;
    const attention = result.indicators.filter((i) => i.status === "not_met" || i.status === "missing");
    if (attention.length) {
      cells.push({ row, col: 1, value: t("indicators.attention"), bold: true });
      row++;
      (["cell", "name", "status", "target", "outcome"] as const).forEach((head, i) =>
        cells.push({
          row,
          col: i + 1,
          value: t(`indicators.head.${head}`),
          bold: true,
          fill: COLORS.header,
          border: true,
        }),
      );
      row++;
      for (const i of attention) {
        cells.push({ row, col: 1, value: sheetRef(sheet, i.cell), link: { sheet, cell: i.cell } });
        cells.push({ row, col: 2, value: i.name, wrap: true });
        cells.push({ row, col: 3, value: t(`status.${i.status!}` as const), fill: STATUS_FILL[i.status!] });
        cells.push({
          row,
          col: 4,
          value: i.target === null ? "" : formatQuantity({ value: i.target, unit: i.unit }, t),
        });
        cells.push({
          row,
          col: 5,
          value: i.outcome === null ? "" : formatQuantity({ value: i.outcome, unit: i.unit }, t),
        });
        row++;
      }
    }
    row += 2;
  }
  return { name: t("sheet.indicators"), cells, columnWidths: [30, 60, 18, 14, 14] };
}
