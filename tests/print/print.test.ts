/**
 * Plankoll's sheets as they print: every result sheet of every sample is put in a workbook of its
 * own (LibreOffice prints hidden sheets too), converted to PDF by LibreOffice, and its pages
 * counted. One page wide (fit to width) and rows that fit their text (sheet/fit.ts) keep each
 * sheet within the pages its rows need; a matrix and its legend are one page each. The pages
 * were looked at; a few are kept in docs/print (`npm run print:examples`).
 */
import { finishSheet } from "../../src/core/sheet/fit";
import { withPayInfo } from "../../src/core/templates/salary/action";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { analyzeSheets, analyzeWorkbook, printSetup, type SheetSpec } from "../../src/core";
import { context } from "../../src/core/analyze";
import type { SalaryResult } from "../../src/core/templates/salary";
import { payInfoSheet } from "../../src/core/templates/salary/payInfoSheet";
import { fitSheet } from "../../src/core/sheet/fit";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import { newWorkbook } from "../../src/ooxml/book";
import { printToPdf } from "../helpers/writers";

const root = join(__dirname, "..", "..");
const open = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, (d) => inflateRawSync(d));
const dir = mkdtempSync(join(tmpdir(), "plankoll-print-"));

/** The pages a PDF has (LibreOffice writes one /Type /Page object per page). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * The most pages a sheet should take: its columns scaled to one page wide (a column of width w is
 * about 7w + 5 pixels), its rows (fitted heights) laid down the page, a new page at each break.
 */
function mostPages(given: SheetSpec): number {
  const spec = fitSheet(given);
  const landscape = printSetup(spec).landscape;
  const lastCol = Math.max(...spec.cells.map((c) => c.col));
  const lastRow = Math.max(...spec.cells.map((c) => c.row));
  let width = 0;
  for (let c = 1; c <= lastCol; c++) width += ((spec.columnWidths[c - 1] ?? 8.43) * 7 + 5) * 0.75;
  // A4 in points, less the margins the sheet sets (0.5 in at the sides, 0.6 in top and bottom).
  const scale = Math.min(1, ((landscape ? 842 : 595) - 72) / width);
  const height = (landscape ? 595 : 842) - 86.4;
  const breaks = new Set(spec.pageBreaks ?? []);
  let pages = 1;
  let used = 0;
  for (let r = 1; r <= lastRow; r++) {
    const h = (spec.rowHeights?.[r] ?? 15) * scale;
    if (breaks.has(r) || used + h > height) {
      pages++;
      used = 0;
    }
    used += h;
  }
  return pages;
}

const sheets: { file: string; spec: SheetSpec; matricesOnly: boolean }[] = [];
for (const sample of readdirSync(join(root, "samples")).filter((f) => f.endsWith(".xlsx"))) {
  const read = readWorkbookPackage(open(readFileSync(join(root, "samples", sample))));
  const analysis = analyzeWorkbook(read.grids, { today: "2026-12-01" });
  const lists = analysis.sheets.some(
    (s) => s.template === "risk" && (s.result as { layout?: string }).layout === "list",
  );
  for (const spec of analysis.plan.newSheets) {
    const file = `${sample.replace(/\.xlsx$/, "")}--${spec.name.replace(/\W+/g, "_")}.xlsx`;
    writeFileSync(
      join(dir, file),
      newWorkbook([{ spec: finishSheet(spec) }], open, (d) => deflateRawSync(d)),
    );
    sheets.push({ file, spec, matricesOnly: spec.name === "Plankoll Riskmatris" && !lists });
  }
}
// One worker's pay information (Art. 7), as `plankoll pay-info` and the pane write it.
{
  const read = readWorkbookPackage(open(readFileSync(join(root, "samples", "lonekartlaggning.xlsx"))));
  const options = withPayInfo({ employee: "1005" }, { today: "2026-12-01" });
  const answer = (analyzeSheets(read.grids, options)[0].result as SalaryResult).payInfo;
  if (answer?.kind !== "found") throw new Error("the sample's Anst.nr 1005 is not found");
  const spec = payInfoSheet(answer.info, "Lönelista", context(options) as never);
  const file = "lonekartlaggning--pay-info.xlsx";
  writeFileSync(
    join(dir, file),
    newWorkbook([{ spec: finishSheet(spec) }], open, (d) => deflateRawSync(d)),
  );
  sheets.push({ file, spec, matricesOnly: false });
}
printToPdf(
  sheets.map((s) => join(dir, s.file)),
  join(dir, "pdf"),
  join(dir, "profile"),
);

test.each(sheets.map((s) => [s.file, s] as const))(
  "%s prints one page wide, on the pages its rows need",
  (_f, sheet) => {
    const pages = pageCount(readFileSync(join(dir, "pdf", sheet.file.replace(/\.xlsx$/, ".pdf"))));
    const breaks = sheet.spec.pageBreaks?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(breaks + 1);
    expect(pages).toBeLessThanOrEqual(mostPages(sheet.spec));
    // A sheet of matrices only: each matrix with its legend on a page of its own, none cut.
    if (sheet.matricesOnly) expect(pages).toBe(breaks + 1);
  },
);

test("the samples give every kind of result sheet, and the risk matrices more than one page", () => {
  const names = new Set(sheets.map((s) => s.spec.name));
  for (const name of ["Plankoll Granskning", "Plankoll Riskmatris", "Plankoll Lönekartläggning", "Plankoll Mätetal"])
    expect(names).toContain(name);
  expect(sheets.some((s) => (s.spec.pageBreaks?.length ?? 0) > 0)).toBe(true);
});
