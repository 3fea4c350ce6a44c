/*
 * npm run fuzz: the property tests (tests/fuzz) with many more cases than CI runs.
 * FUZZ_RUNS (default 20 000 per property) and FUZZ_SEED (to replay a failure) pass through.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const runs = process.env.FUZZ_RUNS || "20000";
const started = Date.now();
const jest = spawnSync(path.join(root, "node_modules", ".bin", "jest"), ["tests/fuzz", "--verbose"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs },
});
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`fuzz: ${runs} cases per property (FUZZ_RUNS), ${seconds} s, exit ${jest.status}`);
process.exit(jest.status ?? 1);
