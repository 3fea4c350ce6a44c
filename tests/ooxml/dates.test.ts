/** Dates Plankoll computes go into the copy as dates (a serial with a date format), as Excel turns them into dates when the pane writes them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { analyzeWorkbook } from "../../src/core";
import { XlsxPackage, clearPackage, readWorkbookPackage, writeHighlighted } from "../../src/ooxml";
import { dateSerial, DATE_FORMAT } from "../../src/ooxml/write";
import { BACKUP_SHEET } from "../../src/core";

const open = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, (d) => inflateRawSync(d));

test("ISO dates as Excel's serials, in both date systems; anything else is not a date", () => {
  expect(dateSerial("2027-12-31", false)).toBe(46_752);
  expect(dateSerial("1900-03-01", false)).toBe(61);
  expect(dateSerial("2027-12-31", true)).toBe(46_752 - 1462);
  for (const text of ["2027-02-30", "2027-13-01", "27-12-31", "2027-12-31 ", "1900-02-28", "Ja", ""])
    expect(dateSerial(text, false)).toBeNull();
  expect(dateSerial(46_752, false)).toBeNull();
});

test("the procurement plan's computed contract ends are dates in the copy; clearing gives back the original parts", () => {
  const original = open(readFileSync(join(__dirname, "..", "..", "samples", "upphandling.xlsx")));
  const read = readWorkbookPackage(original);
  const analysis = analyzeWorkbook(read.grids, { today: "2026-12-01" });
  const written = analysis.plan!.sheets.flatMap((s) =>
    s.writes
      .filter((w) => typeof w.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(w.value))
      .map((w) => ({ ...w, sheet: s.sheet })),
  );
  expect(written.length).toBeGreaterThan(3);
  const copy = open(writeHighlighted(original, read, analysis.plan!, (d) => deflateRawSync(d)).bytes);
  expect(readWorkbookPackage(copy).sheets.map((s) => s.name)).toContain(BACKUP_SHEET);
  // The cells as stored: a number, no type, in a style whose number format is the date format.
  const styles = new TextDecoder().decode(copy.part("xl/styles.xml")!);
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  for (const write of written) {
    const sheet = read.sheets.find((s) => s.name === write.sheet)!;
    const xml = new TextDecoder().decode(copy.part(sheet.path)!);
    const cell = new RegExp(`<c r="${write.cell}"([^>]*)><v>([^<]*)</v></c>`).exec(xml)!;
    expect(cell).not.toBeNull();
    expect(cell[1]).not.toMatch(/\bt="/);
    expect(Number(cell[2])).toBe(dateSerial(write.value, false));
    const style = Number(/\bs="(\d+)"/.exec(cell[1])![1]);
    expect(formats.get(/numFmtId="(\d+)"/.exec(xfs[style])![1])).toBe(DATE_FORMAT);
  }
  const cleared = open(clearPackage(copy, readWorkbookPackage(copy), (d) => deflateRawSync(d))!);
  for (const sheet of read.sheets)
    expect(Buffer.from(cleared.part(sheet.path)!).equals(Buffer.from(original.part(sheet.path)!))).toBe(true);
});
