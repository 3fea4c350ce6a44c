/**
 * Example pages of Plankoll's result sheets as they print, in docs/print: `npm run print:examples`.
 * Each sheet is put in a workbook of its own and printed to PDF by LibreOffice (soffice, headless);
 * where poppler's pdftoppm is installed, each page is also kept as a PNG to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { analyzeWorkbook } from "../src/core";
import { registerSwedishMore } from "../src/core/i18n/swedishMore";
import { XlsxPackage, readWorkbookPackage } from "../src/ooxml";
import { newWorkbook } from "../src/ooxml/book";

/** The sheets kept as examples: sample → the result sheets of it. */
const EXAMPLES: Record<string, string[]> = {
  "riskanalys.xlsx": ["Plankoll Riskmatris", "Plankoll Granskning"],
  "lonekartlaggning.xlsx": ["Plankoll Lönekartläggning"],
  "upphandling.xlsx": ["Plankoll Upphandling"],
};

registerSwedishMore();
const root = join(__dirname, "..");
const out = join(root, "docs", "print");
const work = mkdtempSync(join(tmpdir(), "plankoll-print-"));
mkdirSync(out, { recursive: true });
const open = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, (d) => inflateRawSync(d));
const files: string[] = [];
for (const [sample, names] of Object.entries(EXAMPLES)) {
  const read = readWorkbookPackage(open(readFileSync(join(root, "samples", sample))));
  const { plan } = analyzeWorkbook(read.grids, { today: "2026-12-01" });
  for (const spec of plan.newSheets.filter((s) => names.includes(s.name))) {
    const file = join(
      work,
      `${sample.replace(/\.xlsx$/, "")}-${spec.name
        .replace(/^Plankoll /, "")
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")}.xlsx`,
    );
    writeFileSync(
      file,
      newWorkbook([{ spec }], open, (d) => deflateRawSync(d)),
    );
    files.push(file);
  }
}
execFileSync(
  "soffice",
  [
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    ...files,
  ],
  {
    stdio: "ignore",
  },
);
for (const file of files) {
  const pdf = file.replace(/\.xlsx$/, ".pdf");
  const name = pdf.slice(work.length + 1);
  renameSync(pdf, join(out, name));
  try {
    execFileSync("pdftoppm", ["-r", "60", "-png", join(out, name), join(out, name.replace(/\.pdf$/, ""))]);
  } catch {
    process.stderr.write("pdftoppm (poppler-utils) is not installed: PDFs only\n");
  }
  process.stdout.write(`docs/print/${name}\n`);
}
rmSync(work, { recursive: true, force: true });
