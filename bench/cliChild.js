/* One command-line run for the benchmark, in its own process: prints its time and peak memory as JSON. */
"use strict";
const { performance } = require("node:perf_hooks");
const { main } = require("../lib/cli/main.js");

const start = performance.now();
main(process.argv.slice(2), { out: () => undefined, err: (line) => process.stderr.write(`${line}\n`) }).then((code) => {
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ code, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
});
