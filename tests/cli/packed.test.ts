/**
 * The command line from one file: `npm pack` gives a tarball that, installed into an empty prefix
 * with its runtime dependencies only, runs every command and checks the samples with the same
 * output and exit code as the clone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const samples = ["riskanalys.xlsx", "upphandling.xlsx", "kus-utkast-med-fel.xlsx"].map((s) => join(root, "samples", s));

function run(command: string, args: string[], cwd = root) {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false" },
  });
}

test("npm pack → npm install -g into an empty prefix → plankoll, as the clone runs it", () => {
  if (!existsSync(join(root, "lib", "cli", "main.js"))) throw new Error("lib/ is missing: npm test builds first");
  const dir = mkdtempSync(join(tmpdir(), "plankoll-packed-"));
  const pack = run("npm", ["pack", "--pack-destination", dir]);
  expect(pack.status).toBe(0);
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
  const prefix = join(dir, "prefix");
  // From npm's cache where it can (npm ci filled it), the registry otherwise.
  const install = run("npm", ["install", "-g", "--prefix", prefix, "--prefer-offline", join(dir, tarball)]);
  expect({
    status: install.status,
    stderr: install.stderr.split("\n").filter((l) => /ERR|EBADENGINE/.test(l)),
  }).toEqual({ status: 0, stderr: [] });
  // Only the runtime dependencies: no React, no Fluent, no webpack, no exceljs.
  const modules = readdirSync(join(prefix, "lib", "node_modules", "plankoll", "node_modules"));
  for (const dev of ["react", "@fluentui", "webpack", "exceljs", "jest", "typescript"])
    expect(modules).not.toContain(dev);
  const installed = join(prefix, "bin", "plankoll");
  const clone = join(root, "bin", "plankoll.js");
  for (const args of [
    ["check", ...samples],
    ["check", ...samples, "--json"],
    ["--version"],
    ["--help", "--lang", "en"],
  ]) {
    const a = run(installed, args);
    const b = run(process.execPath, [clone, ...args]);
    expect({ args, status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({
      args,
      status: b.status,
      stdout: b.stdout,
      stderr: b.stderr,
    });
  }
  // Every command writes what it writes, from the installed files alone.
  const out = join(dir, "ut");
  for (const args of [
    ["check", samples[0], "--out", out],
    ["clear", join(out, "riskanalys.xlsx"), "--out", join(dir, "rensad")],
    ["template", "riskanalys", "--out", join(dir, "mall.xlsx")],
    ["consolidate", join(root, "samples", "kus-arbetsmarknadsforvaltningen.xlsx"), "--out", join(dir, "summa.xlsx")],
    ["pay-info", join(root, "samples", "lonekartlaggning.xlsx"), "--row", "8", "--out", join(dir, "info.xlsx")],
  ]) {
    const result = run(installed, args);
    expect({ args, status: result.status === 0 || result.status === 1, stderr: result.stderr }).toEqual({
      args,
      status: true,
      stderr: "",
    });
  }
  for (const file of ["ut/riskanalys.xlsx", "rensad/riskanalys.xlsx", "mall.xlsx", "summa.xlsx", "info.xlsx"])
    expect(existsSync(join(dir, file))).toBe(true);
}, 240_000);
