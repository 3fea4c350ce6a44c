import ExcelJS from "exceljs";
import { finishSheet } from "../src/core/sheet/fit";
import { demoPort, openBook, visibleSheets, type DemoState } from "../src/demo/port";
import { sheetView, displayText } from "../src/ooxml/view";
import { riskSampleWorkbook, workbookFromRows } from "../scripts/sampleWorkbooks";
import { analyzeWorkbook, translator, SETTINGS_SHEET } from "../src/core";
import { XlsxPackage, readWorkbookPackage } from "../src/ooxml";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function viewOf(state: DemoState, sheet = state.active) {
  const found = state.book.read.sheets.find((s) => s.name === sheet)!;
  return sheetView(state.book.pkg, state.book.read.layout, found, "sv");
}

test("the demo's port runs the pane's operations on a workbook package held in memory", async () => {
  const original = await bytesOf(riskSampleWorkbook());
  const state: DemoState = { book: openBook(original), active: "Riskanalys med fel", selected: null };
  let changes = 0;
  const port = demoPort(state, () => changes++, translator("sv"));
  const grid = await port.readActiveSheet();
  const summary = await port.writePlan(analyzeWorkbook([grid]).plan);
  expect(summary.sheets).toEqual(["Plankoll Granskning", "Plankoll Riskmatris"]);
  expect(summary.fills).toBeGreaterThan(0);
  expect(visibleSheets(state.book)).toEqual(expect.arrayContaining(["Plankoll Granskning", "Riskanalys med fel"]));
  // The highlight and its note are in the package the page shows.
  const f8 = viewOf(state).cells[7][5]!;
  expect(f8.fill).toBe("#F8CBAD");
  expect(f8.note).toMatch(/\S/);
  // A rerun reads the sheet as the user left it (Plankoll's column reads as empty cells).
  const trim = (rows: unknown[][]) => rows.map((r) => r.slice(0, 7));
  expect(trim((await port.readActiveSheet()).values)).toEqual(trim(grid.values));
  await port.selectCell("Internkontrollplan", "F7");
  expect(state).toMatchObject({ active: "Internkontrollplan", selected: "F7" });
  expect((await port.clear()).cleared).toBe(true);
  expect(visibleSheets(state.book).some((n) => n.startsWith("Plankoll"))).toBe(false);
  // Rensa gives back the workbook's own sheets as they were.
  const before = readWorkbookPackage(XlsxPackage.fromBytes(original));
  expect(state.book.read.grids).toEqual(before.grids);
  expect((await port.clear()).cleared).toBe(false);
  const name = await port.insertTemplate("kus", "sv");
  expect(state.active).toBe(name);
  // The inserted template is read as the template it is.
  const inserted = analyzeWorkbook([await port.readActiveSheet()]);
  expect(inserted.sheets[0].template).toBe("kus");
  await port.saveSettings('{"settings":{},"language":"en"}');
  expect(await port.readSettings()).toBe('{"settings":{},"language":"en"}');
  await port.saveSettings('{"settings":{},"language":"sv"}');
  expect(await port.readSettings()).toBe('{"settings":{},"language":"sv"}');
  expect(state.book.read.sheets.filter((s) => s.name === SETTINGS_SHEET)).toEqual([
    expect.objectContaining({ state: "veryHidden" }),
  ]);
  // Rensa leaves the settings and the inserted template.
  await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
  await port.clear();
  expect(await port.readSettings()).toBe('{"settings":{},"language":"sv"}');
  expect(visibleSheets(state.book)).toContain(name);
  // A sheet of Plankoll's on its own (pay information): added, shown, read back, left by Rensa.
  const own = await port.addSheet(
    finishSheet({
      name: "Plankoll Löneinfo 7",
      cells: [{ row: 1, col: 1, value: "Löneinformation", bold: true }],
      columnWidths: [12],
      merges: ["A1:C1"],
    }),
  );
  expect(own).toBe("Plankoll Löneinfo 7");
  expect(state.active).toBe(own);
  expect(state.book.read.grids.find((g) => g.sheet === own)?.values[0][0]).toBe("Löneinformation");
  await port.clear();
  expect(visibleSheets(state.book)).toContain(own);
  // A log of Plankoll's kept up to date takes the place of its sheet (its part written anew), never beside it.
  const log = (value: string) =>
    finishSheet({
      name: "Plankoll Löneinfo – logg",
      cells: [{ row: 1, col: 1, value }],
      columnWidths: [12],
      replaces: true,
    });
  expect(await port.addSheet(log("första"))).toBe("Plankoll Löneinfo – logg");
  const count = visibleSheets(state.book).length;
  expect(await port.addSheet(log("andra"))).toBe("Plankoll Löneinfo – logg");
  expect(visibleSheets(state.book)).toHaveLength(count);
  expect(state.book.read.grids.find((g) => g.sheet === "Plankoll Löneinfo – logg")?.values[0][0]).toBe("andra");
  // Without `replaces` a sheet of that name is added beside, under a free name.
  expect(await port.addSheet({ ...log("tredje"), replaces: undefined })).toBe("Plankoll Löneinfo – logg (2)");
  expect(changes).toBeGreaterThanOrEqual(7);
});

test("the demo shows values as Excel shows them, by each cell's number format", async () => {
  const workbook = workbookFromRows([{ name: "Format", rows: [["Datum", "Andel", "Belopp", "Text", "Sant"]] }]);
  const sheet = workbook.getWorksheet("Format")!;
  const row = sheet.getRow(2);
  row.getCell(1).value = new Date(Date.UTC(2027, 2, 31));
  row.getCell(1).numFmt = "yyyy-mm-dd";
  row.getCell(2).value = 0.875;
  row.getCell(2).numFmt = "0.0%";
  row.getCell(3).value = 1234567;
  row.getCell(3).numFmt = '#,##0 "kr"';
  row.getCell(4).value = "ca 3 mnkr";
  row.getCell(5).value = true;
  sheet.getCell("A3").value = new Date(Date.UTC(2027, 11, 1));
  sheet.getCell("A3").numFmt = "d mmmm yyyy";
  sheet.getCell("B3").value = 12.5;
  const state: DemoState = { book: openBook(await bytesOf(workbook)), active: "Format", selected: null };
  const texts = viewOf(state).cells.map((r) => r.map((c) => c?.text ?? ""));
  expect(texts[1]).toEqual(["2027-03-31", "87,5%", "1\u00a0234\u00a0567 kr", "ca 3 mnkr", "SANT"]);
  expect(texts[2].slice(0, 2)).toEqual(["1 december 2027", "12,5"]);
  expect(displayText(0.875, "0%", "en")).toBe("88%");
  expect(displayText(false, null, "en")).toBe("FALSE");
  // A code the library cannot read still shows the number.
  expect(displayText(3, "[Invalid", "sv")).toBe("3");
});
