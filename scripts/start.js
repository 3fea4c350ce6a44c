/*
 * npm start: the webpack dev server on https://localhost:3000. Where desktop Excel exists
 * (Windows, macOS) office-addin-debugging also sideloads manifest.xml; elsewhere the pane is
 * served for Excel on the web (Insert → Add-ins → Upload My Add-in → manifest.xml).
 */
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const withExcel = process.platform === "win32" || process.platform === "darwin";
const child = withExcel
  ? spawn("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server"], {
      cwd: root,
      stdio: "inherit",
      shell: true,
    })
  : spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
      cwd: root,
      stdio: "inherit",
    });
if (!withExcel) {
  process.stdout.write(
    "Plankoll utan Excel: https://localhost:3000/demo.html – i Excel på webben: ladda upp manifest.xml.\n" +
      "Plankoll without Excel: https://localhost:3000/demo.html – in Excel on the web: upload manifest.xml.\n",
  );
}
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
