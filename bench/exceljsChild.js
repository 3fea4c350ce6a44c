/*
 * The command line's former reading path, for the benchmark's ratio: exceljs reads the workbook,
 * its grids are analysed and the JSON report built, as `check --json` did before src/ooxml.
 * Prints its time and peak memory as JSON, like cliChild.js.
 */
"use strict";
const { performance } = require("node:perf_hooks");
// The exceljs path lives with the tests (tools/xlsx), not in what ships: compiled as it loads, before the clock starts.
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
const { readWorkbook, workbookGrids } = require("../tools/xlsx/index.ts");
const { analyzeWorkbook, fileReport } = require("../lib/core/index.js");

const start = performance.now();
readWorkbook(process.argv[2]).then((workbook) => {
  const analysis = analyzeWorkbook(workbookGrids(workbook), {});
  const text = JSON.stringify([fileReport("x.xlsx", analysis.sheets)], null, 2);
  const ms = performance.now() - start;
  process.stdout.write(
    `${JSON.stringify({ bytes: text.length, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
});
