/** Plankoll's sheets show figures as promised: ratios and shares with one decimal, pay in whole kronor. */
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
