/** Plankoll's sheets as they are seen and printed: figures with the decimals promised, pages set up for the nämnd. */
import { readFileSync } from "node:fs";
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
