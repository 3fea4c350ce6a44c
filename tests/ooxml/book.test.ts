/**
 * New workbooks (a template to hand out, the consolidated summary), Infoga mall and the settings
 * sheet on a package: whole packages LibreOffice opens, read back as what they are, and every part
 * they do not touch kept byte for byte.
 */
import { finishSheet } from "../../src/core/sheet/fit";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import {
  blankTemplateIds,
  SETTINGS_SHEET,
  analyzeWorkbook,
  blankTemplate,
  consolidate,
  consolidationSheets,
  kusRequests,
  translator,
} from "../../src/core";
import { XlsxPackage, clearPackage, readWorkbookPackage, writeHighlighted } from "../../src/ooxml";
import { insertTemplateSheet, newWorkbook, writeSettingsSheet } from "../../src/ooxml/book";
import { libreOfficeResave, openpyxlWorkbooks } from "../helpers/writers";
import { structuralCheck } from "../helpers/package";

const root = join(__dirname, "..", "..");
const inflate = (d: Uint8Array) => inflateRawSync(d);
const deflate = (d: Uint8Array) => deflateRawSync(d);
const open = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, inflate);
const dir = mkdtempSync(join(tmpdir(), "plankoll-book-"));
const t = translator("sv");
const text = (pkg: XlsxPackage, part: string) => new TextDecoder().decode(pkg.part(part)!);

describe("a template to hand out", () => {
  const files = blankTemplateIds().map((id) => {
    const file = join(dir, `mall-${id}.xlsx`);
    writeFileSync(
      file,
      newWorkbook([{ template: blankTemplate(id, t), listError: t("blank.listError") }], open, deflate),
    );
    return { id, file };
  });

  test.each(files)("$id: a whole package that reads as its template", ({ id, file }) => {
    const pkg = open(readFileSync(file));
    structuralCheck(pkg);
    const read = readWorkbookPackage(pkg);
    expect(read.sheets.map((s) => s.name)).toEqual([blankTemplate(id, t).sheetName]);
    // The header stays in view (LibreOffice converting without a window keeps no view settings, so this is checked here).
    expect(text(pkg, read.sheets[0].path)).toContain(`<pane ySplit="${blankTemplate(id, t).headerRow}"`);
    expect(analyzeWorkbook(read.grids).sheets[0].template).toBe(id);
  });

  test("LibreOffice opens every template and keeps its header, validation and formats", () => {
    libreOfficeResave(
      files.map((f) => f.file),
      join(dir, "lo"),
      join(dir, "profile"),
    );
    for (const { id, file } of files) {
      const spec = blankTemplate(id, t);
      const again = open(readFileSync(join(dir, "lo", file.slice(dir.length + 1))));
      const read = readWorkbookPackage(again);
      expect(read.grids[0].values[spec.headerRow - 1].slice(0, spec.columns.length)).toEqual(
        spec.columns.map((c) => c.header),
      );
      expect(analyzeWorkbook(read.grids).sheets[0].template).toBe(id);
      const sheet = text(again, read.sheets[0].path);
      expect(sheet.match(/<dataValidation\b/g)?.length).toBeGreaterThan(0);
      if (spec.columns.some((c) => c.list)) expect(sheet).toMatch(/type="list"/);
      const dated = spec.columns.findIndex((c) => c.numberFormat === "yyyy-mm-dd");
      // The date column's empty cells keep their date format (an empty cell carries only its style).
      if (dated >= 0) {
        const ref = `${String.fromCharCode(65 + dated)}${spec.headerRow + 1}`;
        const style = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1]);
        const xf = text(again, read.layout.styles!)
          .split("<cellXfs")[1]
          .match(/<xf\b[^>]*>/g)![style];
        const id = /numFmtId="(\d+)"/.exec(xf)![1];
        expect(text(again, read.layout.styles!)).toMatch(
          new RegExp(`numFmtId="${id}" formatCode="yyyy\\\\?-mm\\\\?-dd"`, "i"),
        );
      }
    }
  }, 120_000);
});

describe("the consolidated summary", () => {
  test("a whole package with every sheet the summary draws, LibreOffice opens it", () => {
    const requests = ["kus-arbetsmarknadsforvaltningen.xlsx", "kus-socialforvaltningen.xlsx"].flatMap((name) => {
      const read = readWorkbookPackage(open(readFileSync(join(root, "samples", name))));
      return kusRequests(name, name, analyzeWorkbook(read.grids).sheets);
    });
    const summed = consolidate(requests);
    if ("duplicates" in summed) throw new Error("the two samples are two förvaltningar");
    const specs = consolidationSheets(summed, [], t);
    const file = join(dir, "sammanstallning.xlsx");
    writeFileSync(
      file,
      newWorkbook(
        specs.map((spec) => ({ spec: finishSheet(spec) })),
        open,
        deflate,
      ),
    );
    const pkg = open(readFileSync(file));
    structuralCheck(pkg);
    expect(readWorkbookPackage(pkg).sheets.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    libreOfficeResave([file], join(dir, "lo-sum"), join(dir, "profile"));
    const again = readWorkbookPackage(open(readFileSync(join(dir, "lo-sum", "sammanstallning.xlsx"))));
    expect(again.sheets.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    const cells = again.grids[0].values.flat();
    expect(cells).toContain(summed.totalSek);
  }, 120_000);
});

describe("Infoga mall and settings in a workbook from another program", () => {
  openpyxlWorkbooks(dir);
  const original = open(readFileSync(join(dir, "openpyxl-risk.xlsx")));
  const read = readWorkbookPackage(original);

  test("a template sheet is added, every other part kept byte for byte", () => {
    const { bytes, name } = insertTemplateSheet(original, read, blankTemplate("kus", t), t("blank.listError"), deflate);
    const copy = open(bytes);
    structuralCheck(copy);
    for (const part of original.entries()) {
      if (/^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels)$/.test(part))
        continue;
      expect({ part, same: Buffer.from(copy.part(part)!).equals(Buffer.from(original.part(part)!)) }).toEqual({
        part,
        same: true,
      });
    }
    const after = readWorkbookPackage(copy);
    expect(after.sheets.at(-1)).toMatchObject({ name, state: "visible" });
    expect(after.grids.slice(0, read.grids.length)).toEqual(read.grids);
    expect(analyzeWorkbook([after.grids.at(-1)!]).sheets[0].template).toBe("kus");
    // A second one gets a name of its own.
    const second = insertTemplateSheet(copy, after, blankTemplate("kus", t), t("blank.listError"), deflate);
    expect(second.name).not.toBe(name);
    structuralCheck(open(second.bytes));
  });

  test("settings are kept in their very hidden sheet, replaced in place, and outlive Rensa", () => {
    const first = open(writeSettingsSheet(original, read, '{"language":"en"}', deflate));
    structuralCheck(first);
    const read1 = readWorkbookPackage(first);
    expect(read1.settingsJson).toBe('{"language":"en"}');
    expect(read1.sheets.filter((s) => s.name === SETTINGS_SHEET)).toEqual([
      expect.objectContaining({ state: "veryHidden" }),
    ]);
    const second = open(writeSettingsSheet(first, read1, '{"language":"sv"}', deflate));
    const read2 = readWorkbookPackage(second);
    expect(read2.settingsJson).toBe('{"language":"sv"}');
    expect(read2.sheets.length).toBe(read1.sheets.length);
    const { bytes } = writeHighlighted(second, read2, analyzeWorkbook(read2.grids).plan, deflate);
    const highlighted = open(bytes);
    const cleared = open(clearPackage(highlighted, readWorkbookPackage(highlighted), deflate)!);
    structuralCheck(cleared);
    expect(readWorkbookPackage(cleared).settingsJson).toBe('{"language":"sv"}');
    expect(readWorkbookPackage(cleared).grids).toEqual(read2.grids);
  });
});
