/**
 * Every report as it was: the analysis of every sample, of the layout fixtures, of the generated
 * registers (3 000 rows) and of fixed random sheets of every template (the fuzz generators, seeded),
 * in Swedish and English, fingerprinted and compared with the fingerprints kept beside this test.
 * Made for work on the core's speed, which must change no report. When a report changes on
 * purpose, write the fingerprints anew (`UPDATE_FINGERPRINTS=1 npx jest tests/core/sameReports`)
 * and say in the commit which reports changed and why.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { analyzeGrid, analyzeWorkbook } from "../../src/core";
import { workbookGrids } from "../../tools/xlsx";
import { layoutWorkbook } from "../../scripts/layoutFixtures";
import { GENERATORS } from "../../scripts/generate";
import { templateGrid, templateIds } from "../fuzz/arbitraries";

const KEPT = join(__dirname, "sameReports.json");
const SAMPLES = join(__dirname, "..", "..", "samples");

const fingerprint = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

async function fingerprints(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const layouts = new ExcelJS.Workbook();
  await layouts.xlsx.load(await layoutWorkbook().xlsx.writeBuffer());
  const samples: [string, ExcelJS.Workbook][] = [];
  for (const file of readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(SAMPLES, file));
    samples.push([file, workbook]);
  }
  for (const locale of ["sv", "en"] as const) {
    const options = { today: "2026-12-01", locale };
    for (const [file, workbook] of samples)
      out[`${locale} ${file}`] = fingerprint(analyzeWorkbook(workbookGrids(workbook), options));
    out[`${locale} layouts`] = fingerprint(analyzeWorkbook(workbookGrids(layouts), options));
    for (const id of Object.keys(GENERATORS).sort()) {
      const values = GENERATORS[id](3000);
      out[`${locale} generated ${id}`] = fingerprint(
        analyzeGrid({ sheet: "Data", originRow: 1, originCol: 1, values }, options),
      );
    }
    for (const id of templateIds) {
      const grids = fc.sample(templateGrid(id), { seed: 20261207, numRuns: 40 });
      out[`${locale} random ${id}`] = fingerprint(grids.map((grid) => analyzeGrid(grid, options)));
    }
  }
  return out;
}

test("every report is the one kept: samples, layouts, generated registers and random sheets, in both languages", async () => {
  const now = await fingerprints();
  if (process.env.UPDATE_FINGERPRINTS) writeFileSync(KEPT, `${JSON.stringify(now, null, 2)}\n`);
  const kept = JSON.parse(readFileSync(KEPT, "utf8")) as Record<string, string>;
  expect(now).toEqual(kept);
}, 120_000);
