/*
 * Everything CI runs, in order: lint (tsc, eslint, prettier), the manifest check, the build,
 * jest (core, adapters, command line, task pane in jsdom) and the browser test in Chromium.
 * Ends with one line "total: N passed, N failed".
 */
"use strict";
const { spawnSync } = require("node:child_process");
const { readFileSync, mkdtempSync } = require("node:fs");
const path = require("node:path");
const os = require("node:os");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
let passed = 0;
let failed = 0;

function step(name, command, args) {
  process.stdout.write(`\n== ${name}\n`);
  const run = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  return run.status === 0;
}

function gate(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    process.stdout.write(`${name} failed\n`);
  }
}

/** The working tree as git sees it: tests must leave it as they found it (no file written into the repository). */
const treeState = () => {
  const git = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: root, encoding: "utf8" });
  return git.status === 0 ? git.stdout : null;
};
const treeBefore = treeState();

gate("tsc", bin("tsc"), ["--noEmit", "-p", "."]);
gate("eslint", bin("eslint"), ["."]);
gate("prettier", bin("prettier"), ["--check", "."]);
gate("manifest", process.execPath, ["scripts/validate-manifest.js", "manifest.xml"]);
gate("build", "npm", ["run", "build", "--silent"]);
gate("bundle (size, no network, CSP)", process.execPath, ["scripts/check-bundle.js"]);

const report = path.join(mkdtempSync(path.join(os.tmpdir(), "plankoll-jest-")), "jest.json");
step("jest", bin("jest"), ["--json", `--outputFile=${report}`]);
try {
  const jest = JSON.parse(readFileSync(report, "utf8"));
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
} catch {
  failed++;
}

process.stdout.write("\n== browser\n");
const browser = spawnSync(process.execPath, ["tests/browser/run.js"], { cwd: root, encoding: "utf8" });
process.stdout.write(browser.stdout + browser.stderr);
const line = browser.stdout.match(/browser: (\d+) passed, (\d+) failed/);
if (line) {
  passed += Number(line[1]);
  failed += Number(line[2]);
}
if (!line || browser.status !== 0) failed += line ? 0 : 1;

const treeAfter = treeState();
if (treeBefore !== null && treeAfter !== treeBefore) {
  failed++;
  process.stdout.write(`\n== working tree\ntests changed the working tree:\n${treeAfter}\n`);
} else if (treeBefore !== null) passed++;

process.stdout.write(`\ntotal: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
