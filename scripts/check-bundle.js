/*
 * Checks the built task pane (npm run build first):
 * - its initial JavaScript stays under 130 000 bytes gzip (lazy chunks not counted);
 * - no script of the pane (entry, lazy chunks, ribbon commands) can reach the network: no fetch,
 *   XMLHttpRequest, WebSocket, EventSource or sendBeacon — office.js from Microsoft's CDN is the
 *   only thing loaded from elsewhere;
 * - the pane's HTML pages carry a Content-Security-Policy that allows nothing else.
 * Exits 1 with one line per problem. The demo (demo.html) is not the pane and is not checked.
 */
"use strict";
const { readFileSync, readdirSync, existsSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const path = require("node:path");

const BUDGET = 130_000;
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/g;

/** The scripts taskpane.html loads itself (office.js from the CDN excluded), gzip bytes together. */
function initialGzipBytes(dist) {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  let bytes = 0;
  // The built HTML is minified: attribute values may stand without quotes.
  for (const [, src] of html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)) {
    if (/^https?:/.test(src)) continue;
    bytes += gzipSync(readFileSync(path.join(dist, src))).length;
  }
  return bytes;
}

function check(dist) {
  const problems = [];
  const bytes = initialGzipBytes(dist);
  if (bytes >= BUDGET) problems.push(`initial task pane JS is ${bytes} bytes gzip, budget ${BUDGET}`);
  const scripts = readdirSync(dist).filter((f) => /^(taskpane|commands|chunk)\..*\.js$/.test(f));
  for (const file of scripts) {
    const text = readFileSync(path.join(dist, file), "utf8");
    const found = [...new Set(text.match(NETWORK) ?? [])];
    if (found.length) problems.push(`${file} uses ${found.join(", ")}`);
  }
  for (const page of ["taskpane.html", "commands.html"]) {
    const html = readFileSync(path.join(dist, page), "utf8");
    const csp = html.match(/http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/);
    if (!csp) problems.push(`${page} has no Content-Security-Policy`);
    else if (!/default-src 'self'(;|$)/.test(csp[1]) || /connect-src (?!'self'(;|$))/.test(csp[1]))
      problems.push(`${page}: the Content-Security-Policy allows more than this origin: ${csp[1]}`);
  }
  return { bytes, scripts: scripts.length, problems };
}

module.exports = { initialGzipBytes, check, BUDGET };

if (require.main === module) {
  const dist = path.join(__dirname, "..", "dist");
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    console.error("dist/taskpane.html missing: run npm run build first");
    process.exit(1);
  }
  const { bytes, scripts, problems } = check(dist);
  for (const problem of problems) console.error(problem);
  console.log(
    `initial JS ${bytes} bytes gzip (budget ${BUDGET}); ${scripts} scripts scanned; ${problems.length} problems`,
  );
  process.exit(problems.length ? 1 : 0);
}
