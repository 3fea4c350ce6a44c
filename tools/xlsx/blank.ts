/** Adds a blank template sheet to an exceljs workbook: the same layout Infoga mall gives in Excel. */
import ExcelJS from "exceljs";
import { freeSheetName, type BlankTemplate } from "../../src/core";

export function addBlankTemplate(
  workbook: ExcelJS.Workbook,
  spec: BlankTemplate,
  listError: string,
): ExcelJS.Worksheet {
  const name = freeSheetName(
    spec.sheetName,
    workbook.worksheets.map((w) => w.name),
  );
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: spec.headerRow }] });
  sheet.getCell("A1").value = spec.title;
  sheet.getCell("A1").font = { bold: true };
  const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + spec.headerFill.slice(1) } };
  spec.columns.forEach((column, i) => {
    const header = sheet.getCell(spec.headerRow, i + 1);
    header.value = column.header;
    header.style = { font: { bold: true }, fill, alignment: { wrapText: true, vertical: "top" } };
    sheet.getColumn(i + 1).width = column.width;
    for (let r = spec.headerRow + 1; r <= spec.headerRow + spec.rows; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (column.numberFormat) cell.numFmt = column.numberFormat;
      // exceljs writes type "any" (an input message without a rule) but its types omit it.
      cell.dataValidation = column.list
        ? {
            type: "list",
            allowBlank: true,
            formulae: [`"${column.list.join(",")}"`],
            showInputMessage: true,
            promptTitle: column.messageTitle.slice(0, 32),
            prompt: column.message.slice(0, 255),
            showErrorMessage: true,
            errorStyle: "stop",
            errorTitle: column.messageTitle.slice(0, 32),
            error: listError,
          }
        : ({
            type: "any",
            allowBlank: true,
            showInputMessage: true,
            promptTitle: column.messageTitle.slice(0, 32),
            prompt: column.message.slice(0, 255),
            formulae: [],
          } as unknown as ExcelJS.DataValidation);
    }
  });
  for (const group of spec.groups ?? []) {
    sheet.mergeCells(spec.headerRow - 1, group.from, spec.headerRow - 1, group.to);
    const over = sheet.getCell(spec.headerRow - 1, group.from);
    over.value = group.label;
    over.style = { font: { bold: true }, fill };
  }
  spec.firstRow?.forEach((value, i) => {
    if (value !== null) sheet.getCell(spec.headerRow + 1, i + 1).value = value;
  });
  return sheet;
}
