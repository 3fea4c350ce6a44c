#!/usr/bin/env node
/* Entry of `npx plankoll`: runs the compiled command line from lib/ (made by `npm run build`). */
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch {
  process.stderr.write("Plankoll är inte byggt: kör `npm run build` först. / Not built: run `npm run build` first.\n");
  process.exit(2);
}
// A reader that stops early (`| head`) closes the pipe: stop quietly, as command-line tools do.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// The exit code is set, not forced: a report piped to another program (`--json | jq`) must drain
// from stdout before the process ends, and process.exit() would cut it at the pipe's buffer.
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`plankoll: ${error && error.message ? error.message.split("\n")[0] : error}\n`);
    process.exitCode = 2;
  },
);
