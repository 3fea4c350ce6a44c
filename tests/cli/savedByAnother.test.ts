/**
 * A highlighted copy opened and saved by another program — LibreOffice, openpyxl — before it is
 * checked again or cleared: every part renamed, relationships and formats renumbered, Plankoll's
 * marks in the package gone. Rensa gives back the workbook as that program saves the original
 * (values, fills, bold, number formats, notes, sheets), keeping what the user typed over
 * Plankoll's values; a new check replaces Plankoll's sheets, never doubles them. Read back by
 * openpyxl, opened by LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { main } from "../../src/cli/main";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import { analyzeWorkbook } from "../../src/core";
import { libreOfficeResave } from "../helpers/writers";
import { structuralCheck } from "../helpers/package";
import { capture } from "../helpers/cli";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "plankoll-saved-by-another-"));
const profile = join(dir, "profile");
const script = join(root, "scripts", "fixtures", "openpyxl_resave.py");
const openpyxl = (...args: string[]) => execFileSync("/usr/bin/python3", [script, ...args], { encoding: "utf8" });

type Dump = Record<
  string,
  { state: string; cells: Record<string, [unknown, string | null, boolean, string, string | null]> }
>;
const dump = (file: string): Dump => JSON.parse(openpyxl("--dump", file)) as Dump;
const open = (file: string) => XlsxPackage.fromBytes(readFileSync(file), (d) => inflateRawSync(d));

/** The samples, and a number Plankoll computes in each that has one: typed over by the user. */
const samples = [
  "riskanalys.xlsx",
  "matetal.xlsx",
  "upphandling.xlsx",
  "olika-upplagg.xlsx",
  "lonekartlaggning-2026.xlsx",
  "kus-utkast-med-fel.xlsx",
  "internkontrollplan-uppfoljning-t2.xlsx",
].map((name) => {
  const file = join(root, "samples", name);
  const plan = analyzeWorkbook(readWorkbookPackage(open(file)).grids).plan;
  const sheet = plan.sheets.find((s) => s.writes.some((w) => typeof w.value === "number"));
  const write = sheet?.writes.find((w) => typeof w.value === "number");
  return { name, file, typed: sheet && write ? { sheet: sheet.sheet, cell: write.cell, value: 7_777 } : null };
});

/** What a program saving a file makes of it: LibreOffice, or openpyxl with the user's typing. */
function saveBy(
  program: "LibreOffice" | "openpyxl",
  file: string,
  out: string,
  typed: (typeof samples)[number]["typed"],
) {
  mkdirSync(out, { recursive: true });
  const target = join(out, file.split("/").pop()!);
  if (program === "LibreOffice") libreOfficeResave([file], out, profile);
  // The user's typing: a value over Plankoll's, and a note of their own beside Plankoll's.
  else
    openpyxl(
      file,
      target,
      ...(typed ? [`${typed.sheet}!${typed.cell}=${typed.value}`, `${typed.sheet}!A2#=Kolla med Eva`] : []),
    );
  expect(existsSync(target)).toBe(true);
  return target;
}

/** Every file Plankoll wrote here, for LibreOffice to open at the end. */
const written: string[] = [];

async function run(args: string[]): Promise<number> {
  const { io } = capture();
  return main(args, io);
}

describe.each(["openpyxl", "LibreOffice"] as const)("a highlighted copy saved by %s", (program) => {
  test.each(samples)(
    "$name: Rensa gives back the workbook as saved, what was typed stays; a new check replaces Plankoll's sheets",
    async ({ name, file, typed }) => {
      const at = join(dir, program, name.replace(".xlsx", ""));
      await run(["check", file, "--out", join(at, "copy")]);
      // LibreOffice cannot type: its copy is the copy as Plankoll wrote it.
      const typing = program === "openpyxl" ? typed : null;
      const saved = saveBy(program, join(at, "copy", name), join(at, "saved"), typing);
      const expected = dump(saveBy(program, file, join(at, "original"), typing));

      expect(await run(["clear", saved, "--out", join(at, "cleared")])).toBe(0);
      const cleared = join(at, "cleared", name);
      written.push(cleared);
      structuralCheck(open(cleared));
      expect(dump(cleared)).toEqual(expected);

      expect(await run(["check", saved, "--out", join(at, "again")])).toBeLessThan(2);
      const again = join(at, "again", name);
      written.push(again);
      structuralCheck(open(again));
      const sheets = readWorkbookPackage(open(again)).sheets.map((s) => s.name);
      expect(new Set(sheets).size).toBe(sheets.length);
      expect(sheets.filter((s) => s === "Plankoll Granskning")).toHaveLength(1);
      if (typing) expect(dump(again)[typing.sheet].cells[typing.cell][0]).toBe(typing.value);

      expect(await run(["clear", again, "--out", join(at, "again-cleared")])).toBe(0);
      expect(dump(join(at, "again-cleared", name))).toEqual(expected);
    },
  );
});

test("a copy an older Plankoll wrote (no looks in its record), saved by another program: refused, nothing written, said why", async () => {
  const at = join(dir, "older");
  await run(["check", join(root, "samples", "riskanalys.xlsx"), "--out", join(at, "copy")]);
  const saved = saveBy("openpyxl", join(at, "copy", "riskanalys.xlsx"), join(at, "saved"), null);
  // The record as an older version kept it: without the formats' looks.
  execFileSync("/usr/bin/python3", [
    "-c",
    `import json, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Plankoll Data"]
chunks = [c.value for c in ws["A"] if c.value]
record = json.loads("".join(chunks))
del record["package"]["looks"]
text = json.dumps(record)
for row in ws.iter_rows():
    for c in row: c.value = None
for i in range(0, len(text), 30000): ws.cell(row=i // 30000 + 1, column=1, value=text[i:i + 30000])
wb.save(sys.argv[1])`,
    saved,
  ]);
  for (const command of ["clear", "check"]) {
    const { io, err } = capture();
    const out = join(at, command);
    expect(await main([command, saved, "--out", out], io)).toBe(2);
    expect(err.join("\n")).toContain("sparats av ett annat program sedan en äldre version av Plankoll");
    expect(existsSync(join(out, "riskanalys.xlsx"))).toBe(false);
  }
});

test("a copy saved by another program since (the user's corrections, perhaps) is never written over by the next run", async () => {
  const at = join(dir, "in-place");
  const sample = join(root, "samples", "riskanalys.xlsx");
  await run(["check", sample, "--out", at]);
  const copy = join(at, "riskanalys.xlsx");
  // As Plankoll wrote it: the next run replaces it.
  expect(await run(["check", sample, "--out", at])).toBeLessThan(2);
  // Corrected and saved in place.
  openpyxl(copy, copy, "Riskanalys med fel!F10=16");
  const corrected = readFileSync(copy);
  const { io, err } = capture();
  expect(await main(["check", sample, "--out", at], io)).toBe(2);
  expect(err.join("\n")).toContain("ett annat program har sparat den sedan dess");
  expect(readFileSync(copy).equals(corrected)).toBe(true);
});

test("LibreOffice opens every copy written, checked again or cleared", () => {
  expect(written.length).toBe(2 * 2 * samples.length);
  written.forEach((file, i) => {
    const out = join(dir, "opened", String(i));
    libreOfficeResave([file], out, profile);
    expect([file, existsSync(join(out, file.split("/").pop()!))]).toEqual([file, true]);
  });
});
