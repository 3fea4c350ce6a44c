/**
 * The highlighted copy changes only what Plankoll writes: every other part stays byte for byte,
 * the package is whole (well-formed XML, every relationship's target present, a content type for
 * every part), LibreOffice opens it and shows Plankoll's sheets and the user's values, and
 * clearing it gives back the original sheets exactly. Over workbooks written by exceljs, openpyxl
 * and LibreOffice.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core";
import { PackageRefusal, XlsxPackage, clearPackage, readWorkbookPackage, writeHighlighted } from "../../src/ooxml";
import { a1, parseA1 } from "../../src/core/sheet/address";
import type { Grid } from "../../src/core/types";
import { ZipWriter } from "../../src/ooxml/zip";
import { libreOfficeResave, openpyxlWorkbooks } from "../helpers/writers";
import { structuralCheck, typedInto } from "../helpers/package";
import { poiStyle, prefixedSheets, relsByPart } from "../helpers/generators";

const root = join(__dirname, "..", "..");
const options = { today: "2026-12-01" };
const inflate = (d: Uint8Array) => inflateRawSync(d);
// As the command line deflates: a patched sheet slice by slice (each ended by a sync flush).
const deflate = Object.assign((d: Uint8Array) => deflateRawSync(d), {
  slice: (d: Uint8Array, last: boolean) =>
    deflateRawSync(d, { finishFlush: last ? zlibConstants.Z_FINISH : zlibConstants.Z_SYNC_FLUSH }),
});
const open = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, inflate);
const dir = mkdtempSync(join(tmpdir(), "plankoll-write-"));

/** The workbooks: our samples, openpyxl's (table, note, chart …), a sample re-saved by LibreOffice. */
function workbooks(): [string, string][] {
  openpyxlWorkbooks(dir);
  libreOfficeResave([join(root, "samples", "riskanalys.xlsx")], join(dir, "lo"), join(dir, "profile"));
  return [
    ["riskanalys.xlsx (exceljs)", join(root, "samples", "riskanalys.xlsx")],
    ["olika-upplagg.xlsx (exceljs)", join(root, "samples", "olika-upplagg.xlsx")],
    ["matetal.xlsx (exceljs)", join(root, "samples", "matetal.xlsx")],
    ["openpyxl-risk.xlsx (openpyxl)", join(dir, "openpyxl-risk.xlsx")],
    // 6 000 rows: its sheet is read and patched in several pieces.
    ["openpyxl-large.xlsx (openpyxl)", join(dir, "openpyxl-large.xlsx")],
    ["riskanalys.xlsx (LibreOffice)", join(dir, "lo", "riskanalys.xlsx")],
    ...generated(),
  ];
}

/** The same workbooks as other generators write them: BOM, single quotes, <definedNames />, relationships typed by part. */
function generated(): [string, string][] {
  const made: [string, string, (b: Uint8Array) => Uint8Array][] = [
    ["riskanalys-poi.xlsx (POI-style)", join(root, "samples", "riskanalys.xlsx"), poiStyle],
    ["openpyxl-risk-poi.xlsx (POI-style)", join(dir, "openpyxl-risk.xlsx"), poiStyle],
    ["riskanalys-rels.xlsx (relationships typed by part)", join(root, "samples", "riskanalys.xlsx"), relsByPart],
    [
      "matetal-both.xlsx (POI-style, relationships typed by part)",
      join(root, "samples", "matetal.xlsx"),
      (b) => relsByPart(poiStyle(b)),
    ],
  ];
  return made.map(([label, from, how]) => {
    const file = join(dir, label.split(" ")[0]);
    writeFileSync(file, how(readFileSync(from)));
    return [label, file];
  });
}

const cases = workbooks();

describe.each(cases)("%s", (_label, file) => {
  const original = open(readFileSync(file));
  const read = readWorkbookPackage(original);
  const analysis = analyzeWorkbook(read.grids, options);
  const { bytes, summary } = writeHighlighted(original, read, analysis.plan, deflate);
  const copy = open(bytes);

  test("every part Plankoll does not change stays byte for byte", () => {
    const changed = new Set<string>();
    for (const name of original.entries()) {
      const a = original.part(name)!;
      const b = copy.part(name);
      expect({ name, kept: b !== null }).toEqual({ name, kept: true });
      if (!Buffer.from(a).equals(Buffer.from(b!))) changed.add(name);
      else expect(Buffer.from(original.zip.raw(name)!).equals(Buffer.from(copy.zip.raw(name)!))).toBe(true);
    }
    // Only the parts that hold what Plankoll writes: styles, the workbook's sheet list, content types, judged sheets.
    for (const name of changed)
      expect(name).toMatch(
        /^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?)$/,
      );
    // Charts, drawings, tables and notes of the user's are all still there, unchanged.
    for (const name of original.entries().filter((n) => /chart|drawing|table|comment|media/.test(n)))
      expect(changed.has(name)).toBe(false);
  });

  test("the copy is a whole package with Plankoll's sheets, and reads as the original", () => {
    structuralCheck(copy);
    const back = readWorkbookPackage(copy);
    expect(back.sheets.map((s) => s.name)).toEqual([
      ...read.sheets.map((s) => s.name),
      ...summary.sheets,
      "Plankoll Data",
    ]);
    expect(back.sheets.at(-1)!.state).toBe("veryHidden");
    const userSheets = back.grids.filter((g) => !g.sheet.startsWith("Plankoll "));
    // Plankoll's values are read as the empty cells they were: the same analysis again.
    expect(analyzeWorkbook(userSheets, options).sheets).toEqual(analysis.sheets);
    const review = back.grids.find((g) => g.sheet === "Plankoll Granskning")!;
    expect(review.values.flat().filter((v) => v !== "").length).toBeGreaterThan(0);
  });

  test("a second run replaces the first (nothing stacks)", () => {
    const again = readWorkbookPackage(copy);
    const second = writeHighlighted(copy, again, analyzeWorkbook(again.grids, options).plan, deflate);
    const twice = open(second.bytes);
    expect(twice.entries().sort()).toEqual(copy.entries().sort());
    structuralCheck(twice);
    for (const sheet of readWorkbookPackage(twice).sheets.filter((s) => !s.name.startsWith("Plankoll")))
      expect(new TextDecoder().decode(twice.part(sheet.path)!)).toBe(new TextDecoder().decode(copy.part(sheet.path)!));
  });

  test("clearing the copy gives back the original's parts and sheets exactly", () => {
    const cleared = open(clearPackage(copy, readWorkbookPackage(copy), deflate)!);
    expect(cleared.entries().sort()).toEqual(original.entries().sort());
    for (const name of original.entries()) {
      if (name === "xl/styles.xml") continue; // Plankoll's formats stay appended, unused.
      expect({ name, same: Buffer.from(cleared.part(name)!).equals(Buffer.from(original.part(name)!)) }).toEqual({
        name,
        same: true,
      });
    }
    expect(readWorkbookPackage(cleared).grids).toEqual(read.grids);
  });

  test("LibreOffice opens the copy and shows the user's values and Plankoll's sheets", () => {
    const name = `copy-${Math.random().toString(36).slice(2)}.xlsx`;
    writeFileSync(join(dir, name), bytes);
    const out = join(dir, "lo-open");
    // LibreOffice opening the copy: it loads it and saves it again.
    libreOfficeResave([join(dir, name)], out, join(dir, "profile"));
    expect(existsSync(join(out, name))).toBe(true);
    const seen = readWorkbookPackage(open(readFileSync(join(out, name))));
    const names = seen.sheets.map((s) => s.name);
    for (const sheet of summary.sheets) expect(names).toContain(sheet);
    const first = read.grids[0];
    const again = seen.grids.find((g) => g.sheet === first.sheet)!;
    const text = (g: typeof first) =>
      g.values
        .flat()
        .filter((v) => typeof v === "string" && v !== "")
        .slice(0, 50);
    expect(text(again)).toEqual(text(first));
  }, 120_000);
});

describe("a workbook with a macro project", () => {
  test("an .xlsm keeps its vbaProject.bin byte for byte and stays macro-enabled", () => {
    // The package of a sample with a macro project put in as Excel keeps one (the bytes are opaque to Plankoll).
    const source = open(readFileSync(join(root, "samples", "riskanalys.xlsx")));
    const zip = new ZipWriter(deflate);
    const vba = new Uint8Array(4096).map((_, i) => (i * 7) % 251);
    for (const name of source.entries()) {
      let data = source.part(name)!;
      const text = new TextDecoder().decode(data);
      if (name === "[Content_Types].xml")
        data = new TextEncoder().encode(
          text
            .replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml")
            .replace(
              "</Types>",
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            ),
        );
      if (name === "xl/_rels/workbook.xml.rels")
        data = new TextEncoder().encode(
          text.replace(
            "</Relationships>",
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
          ),
        );
      zip.put(name, data);
    }
    zip.put("xl/vbaProject.bin", vba);
    const xlsm = open(zip.finish());
    const read = readWorkbookPackage(xlsm);
    const { bytes } = writeHighlighted(xlsm, read, analyzeWorkbook(read.grids, options).plan, deflate);
    const copy = open(bytes);
    expect(Buffer.from(copy.part("xl/vbaProject.bin")!).equals(Buffer.from(vba))).toBe(true);
    expect(new TextDecoder().decode(copy.part("[Content_Types].xml")!)).toContain("sheet.macroEnabled.main+xml");
    structuralCheck(copy);
  });
});

describe("a cell filled since the sheet was read", () => {
  /** The sample, read and planned; then the same workbook with F10 (a Riskvärde Plankoll computes) filled. */
  async function stale(value: ExcelJS.CellValue) {
    const bytes = readFileSync(join(root, "samples", "riskanalys.xlsx"));
    const planned = analyzeWorkbook(readWorkbookPackage(open(bytes)).grids, options).plan;
    expect(planned.sheets.find((s) => s.sheet === "Riskanalys med fel")!.writes.map((w) => w.cell)).toContain("F10");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    workbook.getWorksheet("Riskanalys med fel")!.getCell("F10").value = value;
    const changed = open(new Uint8Array(await workbook.xlsx.writeBuffer()));
    return { planned, changed };
  }

  // A lone space is the user's content too (core/empty.ts).
  test.each([99, " "])("%j there refuses the plan as the Excel adapter does: nothing is written", async (value) => {
    const { planned, changed } = await stale(value);
    expect(() => writeHighlighted(changed, readWorkbookPackage(changed), planned, deflate)).toThrow(
      expect.objectContaining({ reason: "sheetChanged", params: { sheet: "Riskanalys med fel", cell: "F10" } }),
    );
  });

  test("an empty string there (exceljs writes one as an empty shared string) is empty: the value goes in", async () => {
    const { planned, changed } = await stale("");
    const { bytes } = writeHighlighted(changed, readWorkbookPackage(changed), planned, deflate);
    const copy = open(bytes);
    const sheet = readWorkbookPackage(copy).sheets.find((s) => s.name === "Riskanalys med fel")!;
    const write = planned.sheets.find((s) => s.sheet === "Riskanalys med fel")!.writes.find((w) => w.cell === "F10")!;
    // The copy's own cell (a reader of the copy takes Plankoll's values out again, so it is looked at directly).
    const xml = new TextDecoder().decode(copy.part(sheet.path)!);
    // Its attributes in exceljs's order (s before r); Plankoll's computed-value fill gives it a style.
    expect(/<c\b[^>]*\br="F10"[^>]*>(.*?)<\/c>/.exec(xml)?.[1]).toBe(`<v>${write.value}</v>`);
  });

  test("a formula there is the user's: left alone, the rest written", async () => {
    const { planned, changed } = await stale({ formula: "7*11", result: 77 } as ExcelJS.CellValue);
    const { bytes } = writeHighlighted(changed, readWorkbookPackage(changed), planned, deflate);
    const copy = readWorkbookPackage(open(bytes));
    const grid = copy.grids.find((g) => g.sheet === "Riskanalys med fel")!;
    expect(grid.formulaCells?.has("F10")).toBe(true);
    expect(grid.values[10 - grid.originRow][6 - grid.originCol]).toBe(77);
  });
});

describe("a workbook whose sheets use a namespace prefix (<x:worksheet>)", () => {
  test("it is read and judged; the copy is refused naming the exact part, nothing half written", () => {
    const file = join(dir, "prefixed.xlsx");
    writeFileSync(file, prefixedSheets(readFileSync(join(root, "samples", "riskanalys.xlsx"))));
    const pkg = open(readFileSync(file));
    const read = readWorkbookPackage(pkg);
    const plain = readWorkbookPackage(open(readFileSync(join(root, "samples", "riskanalys.xlsx"))));
    expect(read.grids).toEqual(plain.grids);
    const analysis = analyzeWorkbook(read.grids, options);
    let refusal: unknown = null;
    try {
      writeHighlighted(pkg, read, analysis.plan, deflate);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PackageRefusal);
    expect(refusal).toMatchObject({ kind: "prefixed", part: expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/) });
  });
});

test("a copy written with its plan released is the same copy, and the plan keeps only its sheets' names", () => {
  const pkg = open(new Uint8Array(readFileSync(join(root, "samples", "riskanalys.xlsx"))));
  const read = readWorkbookPackage(pkg);
  const kept = writeHighlighted(pkg, read, analyzeWorkbook(read.grids, options).plan, deflate);
  const plan = analyzeWorkbook(read.grids, options).plan;
  const names = plan.sheets.map((s) => s.sheet);
  expect(plan.sheets.some((s) => s.marks.length > 0 && s.writes.length > 0)).toBe(true);
  const released = writeHighlighted(pkg, read, plan, deflate, { release: true });
  expect(Buffer.from(released.bytes).equals(Buffer.from(kept.bytes))).toBe(true);
  expect(released.summary).toEqual(kept.summary);
  expect(plan.sheets.map((s) => s.sheet)).toEqual(names);
  expect(plan.sheets.every((s) => s.marks.length === 0 && s.writes.length === 0)).toBe(true);
});

const valueAt = (grids: readonly Grid[], sheet: string, cell: string) => {
  const grid = grids.find((g) => g.sheet === sheet)!;
  const { row, column } = parseA1(cell);
  return grid.values[row - grid.originRow]?.[column - grid.originCol];
};

/** Every cell that holds something, Sheet!A1 → value: grids compared whatever area they were read as. */
function filledCells(grids: readonly Grid[]): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const grid of grids)
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null) cells.set(`${grid.sheet}!${a1(grid.originRow + r, grid.originCol + c)}`, v);
      }),
    );
  return cells;
}

describe("a value typed over Plankoll's in the copy is the user's", () => {
  const written = cases.flatMap(([label, file]) => {
    const original = open(readFileSync(file));
    const read = readWorkbookPackage(original);
    const plan = analyzeWorkbook(read.grids, options).plan;
    const sheet = plan.sheets.find((s) => s.writes.some((w) => typeof w.value === "number"));
    if (!sheet) return [];
    const write = sheet.writes.find((w) => typeof w.value === "number")!;
    const copy = open(writeHighlighted(original, read, plan, deflate).bytes);
    return [{ label, read, copy, sheet: sheet.sheet, cell: write.cell, value: write.value as number }];
  });

  test("most of the workbooks have a computed number to type over", () => {
    expect(written.length).toBeGreaterThanOrEqual(cases.length / 2);
  });

  test.each([
    ["another number", (v: number) => `<v>${v + 7}</v>`, (v: number) => v + 7],
    ["a formula showing the same value", (v: number) => `<f>${v}*1</f><v>${v}</v>`, (v: number) => v],
  ])("%s: read as typed, kept by a second run and by Rensa, everything else restored", (_kind, content, seen) => {
    for (const { label, read, copy, sheet, cell, value } of written) {
      const edited = open(typedInto(copy, sheet, cell, content(value)));
      const again = readWorkbookPackage(edited);
      expect([label, valueAt(again.grids, sheet, cell)]).toEqual([label, seen(value)]);
      // Not computed again into the cell: the user's value is judged, not overwritten.
      const plan = analyzeWorkbook(again.grids, options).plan;
      expect(plan.sheets.find((s) => s.sheet === sheet)?.writes.some((w) => w.cell === cell)).toBeFalsy();
      const second = open(writeHighlighted(edited, again, plan, deflate).bytes);
      const cleared = readWorkbookPackage(open(clearPackage(second, readWorkbookPackage(second), deflate)!));
      expect([label, valueAt(cleared.grids, sheet, cell)]).toEqual([label, seen(value)]);
      const direct = readWorkbookPackage(open(clearPackage(edited, again, deflate)!));
      expect([label, valueAt(direct.grids, sheet, cell)]).toEqual([label, seen(value)]);
      // Every other cell as before Plankoll's first run.
      for (const grids of [cleared.grids, direct.grids]) {
        const cells = filledCells(grids);
        expect(cells.get(`${sheet}!${cell}`)).toBe(seen(value));
        cells.delete(`${sheet}!${cell}`);
        expect([label, cells]).toEqual([label, filledCells(read.grids)]);
      }
    }
  });

  test("a value typed into an empty cell Plankoll marked stays through Rensa", () => {
    let tried = 0;
    for (const [label, file] of cases) {
      const original = open(readFileSync(file));
      const read = readWorkbookPackage(original);
      const plan = analyzeWorkbook(read.grids, options).plan;
      const empty = plan.sheets.flatMap((s) =>
        s.marks
          .filter((m) => [undefined, "", null].includes(valueAt(read.grids, s.sheet, m.cell) as string))
          .map((m) => ({ sheet: s.sheet, cell: m.cell })),
      )[0];
      if (!empty) continue;
      tried++;
      const copy = open(writeHighlighted(original, read, plan, deflate).bytes);
      const edited = open(typedInto(copy, empty.sheet, empty.cell, "<v>3</v>"));
      const cleared = readWorkbookPackage(open(clearPackage(edited, readWorkbookPackage(edited), deflate)!));
      expect([label, valueAt(cleared.grids, empty.sheet, empty.cell)]).toEqual([label, 3]);
    }
    expect(tried).toBeGreaterThanOrEqual(3);
  });
});
