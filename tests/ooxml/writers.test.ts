/**
 * Workbooks written by other programs — openpyxl (Debian's python3-openpyxl) and LibreOffice
 * (libreoffice-calc, headless) — are read by the streaming reader and give the reports the same
 * tables give when exceljs wrote them. .ci/run installs both; the test fails without them.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, type SheetReport } from "../../src/core";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import { main } from "../../src/cli/main";
import { libreOfficeResave, openpyxlWorkbooks } from "../helpers/writers";

const root = join(__dirname, "..", "..");
const options = { today: "2026-12-01" };
const read = (file: string) => readWorkbookPackage(XlsxPackage.fromBytes(readFileSync(file)));
const strip = (reports: SheetReport[]) => reports.map((r) => ({ ...r, findings: r.findings.map((f) => f.code) }));

describe("openpyxl", () => {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-openpyxl-"));
  openpyxlWorkbooks(dir);
  const file = join(dir, "openpyxl-risk.xlsx");

  test("a workbook with an Excel table, a note, a chart, conditional formats, validation, a defined name, frozen panes and a hidden sheet is read", () => {
    const { grids, sheets } = read(file);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ["Riskanalys", "visible"],
      ["Underlag", "hidden"],
      ["Statistik", "visible"],
    ]);
    const risk = grids[0];
    expect(risk.tables).toEqual([
      { r0: 2, c0: 0, rows: 6, cols: 7, name: "Risker", showHeaders: true, showTotals: false },
    ]);
    // openpyxl writes formulas without a cached value: the cell shows nothing and stays the user's.
    expect(risk.formulaCells?.has("F4")).toBe(true);
    const { sheets: reports, plan } = analyzeWorkbook(grids, options);
    expect(reports.map((r) => [r.sheet, r.template, r.table ?? null, r.rows])).toEqual([
      ["Riskanalys", "risk", "Risker", 5],
      ["Underlag", null, null, 0],
      ["Statistik", "genderstats", null, 2],
    ]);
    const result = reports[0].result as { matrix: number[][][] };
    expect(result.matrix[3][3]).toEqual([3, 5]);
    expect(plan.sheets[0].writes.filter((w) => /^F\d+$/.test(w.cell))).toEqual([]);
  });

  test("the command line checks it (exit 0) and writes a copy that keeps its chart, table and note, then clears it", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(await main(["check", file, "--json"], io)).toBe(0);
    expect(JSON.parse(out.join("\n"))[0].sheets[0].template).toBe("risk");
    const before = readFileSync(file);
    expect(await main(["check", file, "--out", join(dir, "ut")], io)).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const copy = XlsxPackage.fromBytes(readFileSync(join(dir, "ut", "openpyxl-risk.xlsx")));
    const original = XlsxPackage.fromBytes(before);
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/tables/table1.xml",
      "xl/comments/comment1.xml",
      "xl/drawings/drawing1.xml",
    ])
      expect(Buffer.from(copy.part(part)!).equals(Buffer.from(original.part(part)!))).toBe(true);
    expect(await main(["clear", join(dir, "ut", "openpyxl-risk.xlsx"), "--out", join(dir, "rensad")], io)).toBe(0);
    const cleared = XlsxPackage.fromBytes(readFileSync(join(dir, "rensad", "openpyxl-risk.xlsx")));
    expect(cleared.entries().sort()).toEqual(original.entries().sort());
    expect(readWorkbookPackage(cleared).grids).toEqual(readWorkbookPackage(original).grids);
  });
});

describe("LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-lo-"));
  const samples = ["riskanalys.xlsx", "matetal.xlsx", "olika-upplagg.xlsx", "upphandling.xlsx"];
  libreOfficeResave(
    samples.map((s) => join(root, "samples", s)),
    dir,
    join(dir, "profile"),
  );

  test.each(samples)("%s re-saved by LibreOffice gives the same reports", (name) => {
    const ours = analyzeWorkbook(read(join(root, "samples", name)).grids, options).sheets;
    const theirs = analyzeWorkbook(read(join(dir, name)).grids, options).sheets;
    expect(strip(theirs)).toEqual(strip(ours));
  });
});
