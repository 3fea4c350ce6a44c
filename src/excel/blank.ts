/** Inserts a blank template sheet through Office.js: headers, formats, drop-down lists and input messages. */
import { freeSheetName, type BlankTemplate } from "../core";
import { a1 } from "../core/sheet/address";

export async function insertTemplate(
  context: Excel.RequestContext,
  spec: BlankTemplate,
  listError: string,
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = freeSheetName(
    spec.sheetName,
    worksheets.items.map((s) => s.name),
  );
  const sheet = worksheets.add(name);
  sheet.getRange("A1").values = [[spec.title]];
  sheet.getRange("A1").format.font.bold = true;
  const first = spec.headerRow + 1;
  const last = spec.headerRow + spec.rows;
  spec.columns.forEach((column, i) => {
    const header = sheet.getRange(a1(spec.headerRow, i + 1));
    header.values = [[column.header]];
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.fill.color = spec.headerFill;
    // Excel measures column width in points; a character is about 7 points wide.
    header.format.columnWidth = column.width * 7;
    const cells = sheet.getRange(`${a1(first, i + 1)}:${a1(last, i + 1)}`);
    if (column.numberFormat) cells.numberFormat = Array.from({ length: spec.rows }, () => [column.numberFormat!]);
    cells.dataValidation.prompt = {
      showPrompt: true,
      title: column.messageTitle.slice(0, 32),
      message: column.message.slice(0, 255),
    };
    if (column.list) {
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: column.list.join(",") } };
      cells.dataValidation.errorAlert = {
        showAlert: true,
        style: Excel.DataValidationAlertStyle.stop,
        title: column.messageTitle.slice(0, 32),
        message: listError,
      };
    }
  });
  for (const group of spec.groups ?? []) {
    const over = sheet.getRange(`${a1(spec.headerRow - 1, group.from)}:${a1(spec.headerRow - 1, group.to)}`);
    over.merge();
    over.format.font.bold = true;
    over.format.fill.color = spec.headerFill;
    sheet.getRange(a1(spec.headerRow - 1, group.from)).values = [[group.label]];
  }
  spec.firstRow?.forEach((value, i) => {
    if (value !== null) sheet.getRange(a1(first, i + 1)).values = [[value]];
  });
  sheet.freezePanes.freezeRows(spec.headerRow);
  sheet.activate();
  await context.sync();
  return name;
}
