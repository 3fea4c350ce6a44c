/** The "Plankoll KUS" sheet: the request by priority, its total and the declared total. */
import { COLORS, type SheetCell, type SheetSpec } from "../../plan";
import type { Ctx } from "./strings";
import { formatSek } from "../common";
import { KRONOR_FORMAT } from "../formats";
import type { KusResult } from "./result";

export function kusSummary(results: readonly { sheet: string; result: KusResult }[], ctx: Ctx): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [];
  let row = 1;
  for (const { result } of results) {
    cells.push({
      row,
      col: 1,
      value: t("kus.title", { organisation: result.organisation ?? t("kus.unknownOrganisation") }),
      bold: true,
    });
    row += 2;
    const heads = ["priority", "title", "sek", "participants", "perParticipant", "breakdown"] as const;
    heads.forEach((head, i) =>
      cells.push({ row, col: i + 1, value: t(`kus.head.${head}`), bold: true, fill: COLORS.header, border: true }),
    );
    const sorted = [...result.applications].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
    for (const a of sorted) {
      row++;
      const adds =
        a.breakdown === null || a.requestedSek === null
          ? ""
          : t(
              Math.abs(a.breakdown.training + a.breakdown.substitutes + a.breakdown.other - a.requestedSek) < 0.005
                ? "salary.yes"
                : "salary.no",
            );
      const values: (string | number)[] = [
        a.priority ?? "",
        a.title ?? "",
        a.requestedSek ?? "",
        a.participants ?? "",
        a.costPerParticipant ?? "",
        adds,
      ];
      values.forEach((value, i) =>
        cells.push({
          row,
          col: i + 1,
          value,
          border: true,
          fill: adds === t("salary.no") ? COLORS.error : undefined,
          // The amounts (äskat, per deltagare) in kronor.
          numberFormat: i === 2 || i === 4 ? KRONOR_FORMAT : undefined,
        }),
      );
    }
    row += 2;
    cells.push({ row, col: 1, value: t("kus.total", { total: formatSek(result.totalSek) }), bold: true });
    if (result.declaredTotalSek !== null)
      cells.push({ row: row + 1, col: 1, value: t("kus.declared", { declared: formatSek(result.declaredTotalSek) }) });
    row += 4;
  }
  return { name: t("sheet.kus"), cells, columnWidths: [8, 60, 16, 16, 20, 16] };
}
