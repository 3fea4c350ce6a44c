/**
 * A register with a stray value far to the right (XFD1, the last column Excel has): read as the
 * seven columns its data is in, the far cell named in the report, never read as 16 384 columns.
 */
import { riskRegisterRows } from "../../scripts/generate";
import { workbookFromRows } from "../../scripts/sampleWorkbooks";
import { analyzeWorkbook } from "../../src/core";
import { dataRegions } from "../../src/core/sheet/regions";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";

async function registerWith(strays: Record<string, string>): Promise<XlsxPackage> {
  const workbook = workbookFromRows([{ name: "Risker", rows: riskRegisterRows(2_000) }]);
  const sheet = workbook.getWorksheet("Risker")!;
  for (const [cell, value] of Object.entries(strays)) sheet.getCell(cell).value = value;
  return XlsxPackage.fromBytes(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

test("a stray value in XFD1: the register is read as its columns and XFD1 is named, not read", async () => {
  const plain = readWorkbookPackage(await registerWith({}));
  const read = readWorkbookPackage(await registerWith({ XFD1: "glömd anteckning", XFC3: "x" }));
  const grid = read.grids[0];
  expect(grid.values[0].length).toBe(plain.grids[0].values[0].length);
  expect(grid.values).toEqual(plain.grids[0].values);
  expect(grid.unread).toEqual(["XFC1:XFD3"]);
  const analysis = analyzeWorkbook(read.grids, { today: "2026-12-01" });
  const twin = analyzeWorkbook(plain.grids, { today: "2026-12-01" });
  const report = analysis.sheets[0];
  expect(report.template).toBe("risk");
  const notRead = report.findings.filter((f) => f.code === "AREA_NOT_READ");
  expect(notRead).toEqual([
    expect.objectContaining({ cell: "XFC1", severity: "info", message: expect.stringContaining("XFC1:XFD3") }),
  ]);
  // Everything else as without the stray cells; the far cells are never marked.
  expect(report.findings.filter((f) => f.code !== "AREA_NOT_READ")).toEqual(twin.sheets[0].findings);
  expect(analysis.plan.sheets[0].marks.some((m) => m.cell.startsWith("XF"))).toBe(false);
});

test("data in two blocks close together stays one region; the block with most cells is the main one", () => {
  const near = dataRegions([
    { r0: 0, c0: 0, rows: 100, cols: 7, weight: 700 },
    { r0: 0, c0: 40, rows: 100, cols: 3, weight: 300 },
  ]);
  expect(near).toEqual({ main: { r0: 0, c0: 0, rows: 100, cols: 43 }, far: [] });
  const far = dataRegions([
    { r0: 0, c0: 0, rows: 1, cols: 1, weight: 1 },
    { r0: 5, c0: 900, rows: 2000, cols: 10, weight: 20_000 },
  ]);
  expect(far).toEqual({ main: { r0: 5, c0: 900, rows: 2000, cols: 10 }, far: [{ r0: 0, c0: 0, rows: 1, cols: 1 }] });
});
