/** Plankoll's sheets as they are seen and printed: figures with the decimals promised, pages set up for the nämnd. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { XlsxPackage, readWorkbookPackage, writeHighlighted } from "../../src/ooxml";
import { analyzeWorkbook } from "../../src/core";

test("Plankoll Lönekartläggning: the ratio and the share with one decimal, means and medians in kronor", () => {
  const pkg = XlsxPackage.fromBytes(
    new Uint8Array(readFileSync(join(__dirname, "../../samples/lonekartlaggning.xlsx"))),
  );
  const read = readWorkbookPackage(pkg);
  const { bytes } = writeHighlighted(pkg, read, analyzeWorkbook(read.grids, { today: "2026-12-02" }).plan, (d) =>
    deflateRawSync(d),
  );
  const copy = readWorkbookPackage(XlsxPackage.fromBytes(bytes));
  const sheet = copy.grids.find((g) => g.sheet === "Plankoll Lönekartläggning")!;
  const header = sheet.values.findIndex((row) => row.includes("Kvinnors lön i % av mäns"));
  expect(header).toBeGreaterThan(-1);
  const column = (name: string) => sheet.values[header].indexOf(name);
  const formatBelow = (name: string) => sheet.numberFormats![header + 1][column(name)];
  expect(formatBelow("Kvinnors lön i % av mäns")).toBe("0.0");
  expect(formatBelow("Andel kvinnor (%)")).toBe("0.0");
  expect(formatBelow("Medellön kvinnor")).toBe('#,##0 "kr"');
});

test("Plankoll's sheets are set up to print: A4, one page wide, landscape when their columns need it", () => {
  const pkg = XlsxPackage.fromBytes(new Uint8Array(readFileSync(join(__dirname, "../../samples/riskanalys.xlsx"))));
  const read = readWorkbookPackage(pkg);
  const { bytes } = writeHighlighted(pkg, read, analyzeWorkbook(read.grids, { today: "2026-12-02" }).plan, (d) =>
    deflateRawSync(d),
  );
  const copy = XlsxPackage.fromBytes(bytes);
  const written = readWorkbookPackage(copy);
  // The review is wide (landscape); the risk matrix fills a portrait page's width.
  for (const [name, orientation] of [
    ["Plankoll Granskning", "landscape"],
    ["Plankoll Riskmatris", "portrait"],
  ]) {
    const xml = new TextDecoder().decode(copy.part(written.sheets.find((s) => s.name === name)!.path)!);
    expect({ name, fit: /<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/.test(xml) }).toEqual({ name, fit: true });
    expect(xml).toMatch(
      new RegExp(
        `<pageSetup paperSize="9" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>(<rowBreaks\\b.*</rowBreaks>)?</worksheet>$`,
      ),
    );
  }
  // The user's own sheets keep their print settings, whatever they are.
  for (const sheet of read.sheets) {
    expect(Buffer.from(copy.part(sheet.path)!).includes(Buffer.from("fitToPage"))).toBe(
      Buffer.from(pkg.part(sheet.path)!).includes(Buffer.from("fitToPage")),
    );
  }
});

test("a cell formatted General has no number format (its row shares the row of none); percent and dates are read as before", () => {
  // Written by openpyxl: General stated explicitly on every cell, as the sheets of many programs do.
  const dir = mkdtempSync(join(tmpdir(), "plankoll-general-"));
  const file = join(dir, "general.xlsx");
  const script = [
    "import sys, datetime, openpyxl",
    "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Data'",
    "ws.append(['Namn', 'Andel', 'Datum', 'Belopp'])",
    "for i in range(3): ws.append([f'Rad {i}', 0.25 * (i + 1), datetime.date(2027, 1, 1 + i), 1000 * i])",
    "ws.append(['Summa', None, None, 3000])",
    "for row in ws.iter_rows():",
    "    for cell in row: cell.number_format = 'General'",
    "for r in range(2, 5): ws.cell(r, 2).number_format = '0%'; ws.cell(r, 3).number_format = 'yyyy-mm-dd'",
    "ws.cell(4, 4).number_format = 'GENERAL'",
    "wb.save(sys.argv[1])",
  ].join("\n");
  execFileSync("/usr/bin/python3", ["-c", script, file]);
  const grid = readWorkbookPackage(XlsxPackage.fromBytes(new Uint8Array(readFileSync(file)))).grids[0];
  rmSync(dir, { recursive: true, force: true });
  expect(grid.numberFormats![0]).toEqual([null, null, null, null]);
  expect(grid.numberFormats!.slice(1, 4).map((row) => [row[0], row[1], row[3]])).toEqual([
    [null, "0%", null],
    [null, "0%", null],
    [null, "0%", null],
  ]);
  // Rows with no format but General are the one row of none, not rows of their own.
  expect(grid.numberFormats![4]).toEqual([null, null, null, null]);
  expect(grid.numberFormats![4]).toBe(grid.numberFormats![0]);
  expect(grid.values.slice(1, 4).map((row) => row.slice(1))).toEqual([
    [0.25, 46388, 0],
    [0.5, 46389, 1000],
    [0.75, 46390, 2000],
  ]);
});
