/**
 * "Plankoll Löneregister": the pay register of each payroll (register.ts) laid out as Spain's
 * official registro retributivo — per group and part of pay, women's and men's mean and median and
 * the gap — one line per part, the whole payroll first. Amounts over the reference year, in kronor;
 * a small group's line says why it shows none.
 */
import type { SheetSpec } from "../../plan";
import { COLORS } from "../../plan";
import { KRONOR_FORMAT } from "../formats";
import type { Ctx } from "./strings";
import type { SalaryResult } from "./analyze";
import { registerOf, type RegisterLine } from "./register";
import { Rows } from "./rows";
import { yearBasisText } from "./transparencySheet";

const PERCENT = "0.0";
const FORMATS = [
  undefined,
  undefined,
  undefined,
  undefined,
  KRONOR_FORMAT,
  KRONOR_FORMAT,
  PERCENT,
  KRONOR_FORMAT,
  KRONOR_FORMAT,
  PERCENT,
];
const HEADS = [
  "category",
  "part",
  "women",
  "men",
  "meanWomen",
  "meanMen",
  "meanGap",
  "medianWomen",
  "medianMen",
  "medianGap",
] as const;

function partName(line: RegisterLine, t: Ctx["t"]): string {
  return line.part.kind === "component" ? line.part.column : t(`register.part.${line.part.kind}`);
}

export function registerSheet(results: readonly { sheet: string; result: SalaryResult }[], ctx: Ctx): SheetSpec | null {
  const { t } = ctx;
  const registers = results.flatMap(({ sheet, result }) => {
    const register = result.transparency ? registerOf(result.transparency) : null;
    return register ? [{ sheet, tr: result.transparency!, register }] : [];
  });
  if (registers.length === 0) return null;
  const rows = new Rows();
  const pageBreaks: number[] = [];
  for (const { sheet, tr, register } of registers) {
    if (rows.row > 1) pageBreaks.push(rows.row);
    rows.line(t("register.title", { year: tr.settings.referenceYear }), true);
    rows.line(t("register.about", { sheet }));
    rows.line(yearBasisText(tr.yearBasis, ctx));
    rows.line(t("register.gap", { limit: tr.settings.smallGroup }));
    rows.row++;
    rows.header(HEADS.map((head) => t(`register.head.${head}`)));
    const names = new Map(tr.categories.map((c) => [c.category, c.name]));
    for (const line of register) {
      const who = line.category === null ? t("register.all") : (names.get(line.category) ?? line.category);
      const fill = line.part.kind === "total" ? COLORS.header : undefined;
      if (line.hidden) {
        rows.cellsRow(
          [who, partName(line, t), line.women, line.men, t("register.hidden", { limit: tr.settings.smallGroup })],
          { fill },
        );
        continue;
      }
      const { mean, median } = line;
      rows.cellsRow(
        [
          who,
          partName(line, t),
          line.women,
          line.men,
          mean!.women,
          mean!.men,
          mean!.gap,
          median!.women,
          median!.men,
          median!.gap,
        ],
        { fill, formats: FORMATS },
      );
    }
    rows.row += 2;
  }
  return {
    name: t("sheet.register"),
    cells: rows.cells,
    columnWidths: [34, 24, 10, 10, 14, 14, 11, 14, 14, 11],
    pageBreaks,
  };
}
