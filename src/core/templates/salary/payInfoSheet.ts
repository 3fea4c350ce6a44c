/**
 * The sheet that answers one employee's request for pay information (Art. 7): their own pay
 * level and the average pay levels of women and men in their category, annual and hourly, with
 * how they were reckoned. It holds amounts and is meant for that employee alone — or, where a sex
 * in the category is under the small-group setting, for the workers' representatives (Art. 7(4)).
 */
import type { SheetCell, SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import { KRONOR_FORMAT } from "../formats";
import type { Ctx } from "./strings";
import type { EmployeePayInfo, PayLevel, SexAverage } from "./payInfo";
import { basisText } from "./transparencySheet";

const HOURLY_FORMAT = '#,##0.00 "kr"';
/** Characters Excel does not allow in a sheet name, and its length limit. */
const NOT_IN_NAME = /[[\]:*?/\\]/g;
const NAME_LIMIT = 31;

/** "Plankoll Löneinfo 1042" (or the row, where the payroll has no Anst.nr), within Excel's 31 characters. */
export function payInfoSheetName(info: EmployeePayInfo, ctx: Ctx): string {
  const who = (info.employee ?? ctx.t("payInfo.rowName", { row: info.row })).replace(NOT_IN_NAME, "-");
  const name = ctx.t(info.forRepresentatives ? "sheet.payInfoRepresentatives" : "sheet.payInfo");
  return `${name} ${who}`.slice(0, NAME_LIMIT).trim();
}

/** The lines above the table: what the sheet is, under which law, for whom, in which category, when. */
function introLines(info: EmployeePayInfo, source: string, ctx: Ctx): string[] {
  const { t } = ctx;
  const recipient = ctx.settings.salary.representatives.trim() || t("payInfo.representativesDefault");
  const few = [info.women.count > 0 && info.women.count < info.smallGroup ? t("sex.women") : null]
    .concat(info.men.count > 0 && info.men.count < info.smallGroup ? t("sex.men") : null)
    .filter((w) => w !== null)
    .join(", ");
  return [
    t("payInfo.title"),
    ...(info.forRepresentatives
      ? [t("payInfo.forRepresentatives", { recipient, limit: info.smallGroup, who: few })]
      : []),
    t("payInfo.directive"),
    info.employee === null
      ? t("payInfo.whoRow", { row: info.row, sheet: source })
      : t("payInfo.who", { employee: info.employee, row: info.row, sheet: source }),
    ...(info.title !== null ? [t("payInfo.position", { title: info.title })] : []),
    info.category === null
      ? t("payInfo.noCategory")
      : t("payInfo.category", { category: info.category, basis: basisText(info, ctx) }),
    t("payInfo.date", { date: ctx.today }),
  ];
}

export function payInfoSheet(info: EmployeePayInfo, source: string, ctx: Ctx): SheetSpec {
  const { t } = ctx;
  const cells: SheetCell[] = [];
  const merges: string[] = [];
  let row = 1;
  // A line of text across the table's width, wrapped there (fitSheet makes its row as tall as it needs).
  const line = (value: string, bold = false) => {
    merges.push(`A${row}:F${row}`);
    cells.push({ row: row++, col: 1, value, bold, wrap: true });
  };
  introLines(info, source, ctx).forEach((text, i) => line(text, i === 0 || (i === 1 && info.forRepresentatives)));
  row++;
  const heads = [
    "",
    t("payInfo.head.count"),
    t("payInfo.head.basic"),
    t("payInfo.head.variable"),
    t("payInfo.head.annual"),
    t("payInfo.head.hourly"),
  ];
  const headerRow = row;
  heads.forEach((value, i) => cells.push({ row, col: i + 1, value, bold: true, fill: COLORS.header, border: true }));
  row++;
  const levelRow = (label: string, count: number | string, level: PayLevel) => {
    cells.push({ row, col: 1, value: label, border: true });
    cells.push({ row, col: 2, value: count, border: true });
    [level.basicAnnual, level.variableAnnual, level.annual].forEach((value, i) =>
      cells.push({ row, col: 3 + i, value, border: true, numberFormat: KRONOR_FORMAT }),
    );
    cells.push({ row, col: 6, value: level.hourly, border: true, numberFormat: HOURLY_FORMAT });
    row++;
  };
  levelRow(t("payInfo.own"), "", info.own);
  const average = (label: string, group: SexAverage, few: string) => {
    if (group.average) levelRow(label, group.count, group.average);
    else {
      cells.push({ row, col: 1, value: label, border: true });
      cells.push({ row, col: 2, value: group.count, border: true });
      // No average only where the category has none of that sex (or the worker no category).
      const why = info.category === null ? t("payInfo.noCategoryShort") : t("payInfo.none", { who: few });
      cells.push({ row, col: 3, value: why, border: true, wrap: true });
      row++;
    }
  };
  average(t("payInfo.women"), info.women, t("sex.women"));
  average(t("payInfo.men"), info.men, t("sex.men"));
  row++;
  line(
    t("payInfo.basis", {
      variables: info.variableColumns.length ? info.variableColumns.join(", ") : t("transparency.noVariables"),
      hours: t(`transparency.hours.${info.hoursFrom}`, { hours: info.fullTimeHours, column: info.hoursColumn ?? "" }),
    }),
  );
  line(t("payInfo.average"));
  line(t("payInfo.rights"));
  line(t(info.forRepresentatives ? "payInfo.personalRepresentatives" : "payInfo.personal"), true);
  return {
    name: payInfoSheetName(info, ctx),
    cells,
    columnWidths: [40, 8, 16, 18, 16, 16],
    merges,
    titleRows: [headerRow, headerRow],
  };
}
