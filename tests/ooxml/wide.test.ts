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

test("a cell Plankoll makes takes its column's style, so a formatted column stays formatted", async () => {
  const { deflateRawSync } = await import("node:zlib");
  const { writeHighlighted, clearPackage } = await import("../../src/ooxml");
  const workbook = workbookFromRows([
    {
      name: "Risker",
      rows: [
        ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"],
        ["Inköp", 1, "Fel leverantör", 4, 5],
        ["Inköp", 2, "Sen leverans", 2, 2, 4, "Bevaka"],
      ],
    },
  ]);
  const column = workbook.getWorksheet("Risker")!.getColumn(6);
  column.numFmt = "0.0";
  column.font = { italic: true };
  const { ZipWriter } = await import("../../src/ooxml/zip");
  const written0 = XlsxPackage.fromBytes(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  // exceljs also styles F2 itself; as Excel saves a formatted column, F2 is left out (the column carries the style).
  const zip = new ZipWriter((d) => deflateRawSync(d));
  for (const name of written0.entries()) {
    let data = written0.part(name)!;
    if (/worksheets\/sheet1\.xml$/.test(name))
      data = new TextEncoder().encode(new TextDecoder().decode(data).replace(/<c r="F2"[^>]*\/>/, ""));
    zip.put(name, data);
  }
  const pkg = XlsxPackage.fromBytes(zip.finish());
  const read = readWorkbookPackage(pkg);
  const sheetXml = new TextDecoder().decode(pkg.part(read.sheets[0].path)!);
  const columnStyle = /<col\b[^>]*min="6"[^>]*style="(\d+)"/.exec(sheetXml)?.[1];
  expect(columnStyle).toBeDefined();
  expect(sheetXml).not.toMatch(/<c r="F2"/);
  const analysis = analyzeWorkbook(read.grids, { today: "2026-12-01" });
  expect(analysis.plan.sheets[0].writes).toContainEqual(expect.objectContaining({ cell: "F2", value: 20 }));
  const deflate = (d: Uint8Array) => deflateRawSync(d);
  const copy = XlsxPackage.fromBytes(writeHighlighted(pkg, read, analysis.plan, deflate).bytes);
  const written = new TextDecoder().decode(copy.part(read.sheets[0].path)!);
  // The computed value is marked as Plankoll's: the column's style (its number format, its font) with a fill.
  const style = /<c r="F2" s="(\d+)"><v>20<\/v><\/c>/.exec(written)?.[1];
  expect(style).toBeDefined();
  const styles = new TextDecoder().decode(copy.part("xl/styles.xml")!);
  const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  const attr = (xf: string, name: string) => new RegExp(`${name}="(\\d+)"`).exec(xf)?.[1] ?? "0";
  const [made, own] = [xfs[Number(style)], xfs[Number(columnStyle)]];
  expect([attr(made, "numFmtId"), attr(made, "fontId")]).toEqual([attr(own, "numFmtId"), attr(own, "fontId")]);
  expect(attr(made, "fillId")).not.toBe(attr(own, "fillId"));
  const cleared = XlsxPackage.fromBytes(clearPackage(copy, readWorkbookPackage(copy), deflate)!);
  expect(new TextDecoder().decode(cleared.part(read.sheets[0].path)!)).toBe(sheetXml);
});
