/*
 * npm run build:prod — the folder IT puts on a web server: the task pane, the ribbon's function
 * file, the dialog, their hashed code, the icons and the manifest rewritten for PLANKOLL_URL.
 * Refuses a missing, http or placeholder URL; checks the manifest it wrote (scripts/validate-manifest.js
 * --production). Usage: PLANKOLL_URL=https://intranat.stad.se/plankoll/ npm run build:prod [-- --out DIR]
 */
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { hostingUrl } = require("./hosting");
const { checkProduction } = require("./validate-manifest");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = path.resolve(outAt >= 0 ? args[outAt + 1] : path.join(root, "deploy"));
const allowLoopback = args.includes("--allow-loopback");

const hosting = hostingUrl(process.env.PLANKOLL_URL, { allowLoopback });
if (hosting.problem) {
  process.stderr.write(`build:prod: ${hosting.problem}\n`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    PLANKOLL_URL: hosting.url,
    PLANKOLL_DEPLOY_DIR: out,
    ...(allowLoopback ? { PLANKOLL_ALLOW_LOOPBACK: "1" } : {}),
  },
});
if (run.status !== 0) {
  process.stderr.write("build:prod: webpack failed\n");
  process.exit(1);
}
const problems = checkProduction(path.join(out, "manifest.xml"), hosting.url, { allowLoopback });
if (problems.length) {
  for (const p of problems) process.stderr.write(`manifest: ${p}\n`);
  process.exit(1);
}
process.stdout.write(
  `Byggt för ${hosting.url} i ${path.relative(process.cwd(), out) || "."} (manifest.xml kontrollerat). ` +
    `Built for ${hosting.url} in ${path.relative(process.cwd(), out) || "."} (manifest.xml checked).\n`,
);
