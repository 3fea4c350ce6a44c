/** Salary data is personal data: nothing Plankoll runs may write to the console. */
import { withPayInfo } from "../../src/core/templates/salary/action";
import { salarySampleWorkbook } from "../../scripts/sampleWorkbooks";
import { paySurveyWorkbook } from "../../scripts/paySurveySample";
import { applyPlan, clearPlankoll, workbookGrids } from "../../tools/xlsx";
import { analyzeWorkbook, fileReport } from "../../src/core";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { roundTrip } from "../helpers/workbooks";
import { createSession } from "../../src/taskpane/session";
import { demoPort, openBook } from "../../src/demo/port";
import { translator } from "../../src/core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { context } from "../../src/core/analyze";
import type { SalaryResult } from "../../src/core/templates/salary";
import { payInfoSheet } from "../../src/core/templates/salary/payInfoSheet";

test("core, the adapters, the pane's session and the demo never write to the console", async () => {
  installExcelGlobals();
  const spies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((m) => jest.spyOn(console, m));
  const workbook = await roundTrip(salarySampleWorkbook());
  const grids = workbookGrids(workbook);
  const analysis = analyzeWorkbook(grids);
  fileReport("lon.xlsx", analysis.sheets);
  applyPlan(workbook, analysis.plan);
  clearPlankoll(workbook);
  const model = new FakeWorkbook();
  for (const grid of grids) model.addSheet(grid.sheet, grid.values);
  const { port } = fakePort(model);
  await port.writePlan(analyzeWorkbook([await port.readActiveSheet()]).plan);
  await port.clear();
  // The pane's own steps: review, write (with progress), clear, through the Excel port and the demo's.
  const progress: unknown[] = [];
  for (const target of [
    fakePort(model).port,
    demoPort(
      {
        book: openBook(new Uint8Array((await salarySampleWorkbook().xlsx.writeBuffer()) as ArrayBuffer)),
        active: grids[0].sheet,
        selected: null,
      },
      () => undefined,
      translator("sv"),
    ),
  ]) {
    const session = createSession(target, { locale: "sv" });
    await session.review({ onProgress: (p) => progress.push(p) });
    await session.reviewScope("workbook", { onProgress: (p) => progress.push(p) });
    await session.write("workbook", { onProgress: (p) => progress.push(p) });
    await session.write("sheet", { onProgress: (p) => progress.push(p) });
    await session.clear();
  }
  // One worker's pay information (Art. 7): analysed, laid out, and written by the command line.
  const asked = analyzeWorkbook(grids, withPayInfo({ employee: "1005" }));
  const answer = (asked.sheets[0].result as SalaryResult).payInfo;
  expect(answer?.kind).toBe("found");
  if (answer?.kind === "found") payInfoSheet(answer.info, grids[0].sheet, context({}) as never);
  const dir = mkdtempSync(join(tmpdir(), "plankoll-privacy-"));
  const file = join(dir, "lon.xlsx");
  await salarySampleWorkbook().xlsx.writeFile(file);
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  expect(await main(["pay-info", file, "--employee", "1005", "--out", join(dir, "svar.xlsx")], io)).toBe(0);
  expect(lines).toHaveLength(1);
  // The lönekartläggning across the workbook: the evaluation, the analyses, the documentation, last year's follow-up.
  const survey = join(dir, "lonekartlaggning-2026.xlsx");
  await paySurveyWorkbook().xlsx.writeFile(survey);
  expect(await main(["check", survey, "--previous", survey, "--out", join(dir, "ut")], io)).toBe(1);
  const surveyed = analyzeWorkbook(workbookGrids(await roundTrip(paySurveyWorkbook())));
  expect(surveyed.plan.newSheets.map((s) => s.name)).toContain("Plankoll Lönekartläggning dok");
  fileReport("lon.xlsx", surveyed.sheets, surveyed.workbook);
  expect(progress.length).toBeGreaterThan(0);
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
});
