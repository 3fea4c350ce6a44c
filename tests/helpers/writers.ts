/** Workbooks as other programs write them, for tests: openpyxl (Debian's python3-openpyxl) and LibreOffice (headless). */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** Writes scripts/fixtures/openpyxl_workbooks.py's workbooks into `dir`. */
export function openpyxlWorkbooks(dir: string): void {
  execFileSync("/usr/bin/python3", [join(root, "scripts", "fixtures", "openpyxl_workbooks.py"), dir]);
}

/** Saves each file again as LibreOffice writes .xlsx, into `outDir` (a private profile in `profileDir`). */
export function libreOfficeResave(files: readonly string[], outDir: string, profileDir: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profileDir}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
}

/** Prints each workbook to PDF as LibreOffice does (headless), into `outDir`. */
export function printToPdf(files: readonly string[], outDir: string, profileDir: string): void {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files],
    { stdio: "ignore", timeout: 180_000 },
  );
}
