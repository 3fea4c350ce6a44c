/**
 * The request log of the right to information (Directive (EU) 2023/970, Art. 7(4): an answer
 * within a reasonable period, at most two months from the request): the sheet "Plankoll Löneinfo –
 * logg", one line per request answered in the pane — who asked (Anst.nr or row), when, when it was
 * answered, the deadline, whether in time, and to whom the answer went. The log is Plankoll's: each
 * answer writes it anew with the lines it held (read from the workbook) and one more. No amount.
 */
import type { Grid } from "../../types";
import type { SheetCell, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import { cellText, isBlank } from "../../parse/cells";
import type { Ctx } from "./strings";
import type { EmployeePayInfo } from "./payInfo";
import { addMonths } from "../../parse/dates";

export const LOG_HEADS = ["asked", "answered", "deadline", "inTime", "who", "to"] as const;
/** The months within which an answer is due (Art. 7(4)). */
const ANSWER_MONTHS = 2;

/** The lines a log sheet holds, below its header (found by its first heading); none where there is no log. */
export function logLines(grid: Grid | null, ctx: Ctx): string[][] {
  if (!grid) return [];
  const head = ctx.t("payInfo.log.head.asked");
  const top = grid.values.findIndex((row) => typeof row[0] === "string" && row[0].trim() === head);
  if (top < 0) return [];
  return grid.values
    .slice(top + 1)
    .filter((row) => row.some((c) => !isBlank(c)))
    .map((row) => LOG_HEADS.map((_, i) => (isBlank(row[i]) ? "" : cellText(row[i]))));
}

/** The request answered now: its line of the log, its deadline, and whether it is answered late. */
export function logLine(
  info: EmployeePayInfo,
  asked: string,
  ctx: Ctx,
): { cells: string[]; deadline: string; late: boolean } {
  const { t, settings } = ctx;
  const deadline = addMonths(asked, ANSWER_MONTHS);
  const who = info.employee ?? t("payInfo.rowName", { row: info.row });
  const to = info.forRepresentatives
    ? settings.salary.representatives || t("payInfo.log.representatives")
    : t("payInfo.log.worker");
  const late = ctx.today > deadline;
  return { cells: [asked, ctx.today, deadline, t(late ? "salary.no" : "salary.yes"), who, to], deadline, late };
}

/** The log sheet: its lines as they were, and the one answered now; a line answered late on the warning fill. */
export function payInfoLogSheet(previous: readonly string[][], line: readonly string[], ctx: Ctx): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [
    { row: 1, col: 1, value: t("payInfo.log.title"), bold: true },
    { row: 2, col: 1, value: t("payInfo.log.about", { months: ANSWER_MONTHS }) },
  ];
  LOG_HEADS.forEach((head, i) =>
    cells.push({
      row: 4,
      col: i + 1,
      value: t(`payInfo.log.head.${head}`),
      bold: true,
      fill: COLORS.header,
      border: true,
    }),
  );
  // Answered (ISO) after the deadline (ISO): late, whatever the I tid cell says.
  [...previous, line].forEach((values, r) =>
    values.forEach((value, i) =>
      cells.push({
        row: 5 + r,
        col: i + 1,
        value,
        border: true,
        ...(values[1] > values[2] ? { fill: COLORS.warning } : {}),
      }),
    ),
  );
  return {
    name: t("sheet.payInfoLog"),
    cells,
    columnWidths: [14, 14, 14, 10, 22, 36],
    titleRows: [4, 4],
    replaces: true,
  };
}
