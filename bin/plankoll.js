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
// The exit code is set, not forced: a report piped to another program (`--json | jq`) must drain
// from stdout before the process ends, and process.exit() would cut it at the pipe's buffer.
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A fault of Plankoll's own: said in the user's language; the program's text only when asked for.
    const english = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en";
    process.stderr.write(
      english
        ? "plankoll: an unexpected fault in Plankoll stopped the run; no original was changed. Run again with PLANKOLL_DEBUG=1 to see the details.\n"
        : "plankoll: ett oväntat fel i Plankoll avbröt körningen; inget original har ändrats. Kör igen med PLANKOLL_DEBUG=1 för att se detaljerna.\n",
    );
    if (process.env.PLANKOLL_DEBUG) process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
