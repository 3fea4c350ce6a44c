/*
 * Browser test: the built task pane (dist/) in Debian's Chromium, office.js routed to the local
 * copy from @microsoft/office-js, Excel stubbed with the fake request context. Opens the pane,
 * clicks Granska and checks the findings; writes, then clears. Prints "N passed, N failed".
 */
"use strict";
const { createServer } = require("node:http");
const { readFileSync, existsSync, mkdirSync, mkdtempSync } = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const webpack = require("webpack");
const { chromium } = require("playwright-core");
const ExcelJS = require("exceljs");
const { runDemo, axeViolations } = require("./demo");
const { runHosted } = require("./hosted");
const { runPrevious } = require("./previous");

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const officeDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
const results = path.join(root, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const screenshotsDir = process.env.PLANKOLL_SCREENSHOTS ?? path.join(root, "out", "screenshots");

function bundleStub(entry = "excelStub.ts") {
  const out = mkdtempSync(path.join(os.tmpdir(), "plankoll-stub-"));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: path.join(__dirname, entry),
        output: { path: out, filename: "excel-stub.js", publicPath: "" },
        // One file: it runs as an init script, where no chunk could be loaded.
        plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: "ts-loader",
              options: { transpileOnly: true, compilerOptions: { noEmit: false } },
            },
          ],
        },
      },
      (error, stats) => {
        if (error || stats.hasErrors()) reject(error || new Error(stats.toString("errors-only")));
        else resolve(readFileSync(path.join(out, "excel-stub.js"), "utf8"));
      },
    );
  });
}

/** A sample's sheets as Excel would give their values, read from samples/ (riskanalys.xlsx unless named). */
async function sampleSheets(active, file = "riskanalys.xlsx") {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(root, "samples", file));
  return workbook.worksheets.map((ws) => {
    const values = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        let v = cell.type === ExcelJS.ValueType.Merge ? "" : cell.value;
        if (v && typeof v === "object" && "error" in v) v = v.error;
        cells.push(v === null || v === undefined ? "" : v);
      }
      values[r - 1] = cells;
    });
    for (let i = 0; i < values.length; i++) values[i] = values[i] || [];
    return { name: ws.name, values, active: ws.name === active };
  });
}

function serve() {
  const types = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".png": "image/png",
    ".xml": "text/xml",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
  const server = createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Office.js, loaded outside Office, tries some seconds after loading to open its telemetry frame;
 * the pane's CSP (frame-src 'none') blocks it and Chromium reports the block as a console error.
 * That report is the CSP doing its work (the route below also checks nothing leaves): not an error
 * of the pane's. Every other console error fails the test.
 */
const TELEMETRY_BLOCKED =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src 'none'"/;

const checks = [];
/** Console errors and uncaught exceptions of the page, reported with any failure. */
const pageErrors = [];
function check(name, ok, detail = "") {
  checks.push({ name, ok });
  process.stdout.write(`${ok ? "✓" : "✕"} ${name}${ok ? "" : ` — ${detail}`}\n`);
}

/**
 * The larger view (dialog.html) as Office opens it from the pane: given a real review of the
 * sample through the stand-in for Office's dialog messages (dialogStub.ts), it shows every sheet's
 * results and pictures with room to read them, has no axe violations, and a finding chosen there
 * asks the pane to select its cell.
 */
async function largerView(browser, base, sheets, code) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 850 }, locale: "sv-SE" });
  await routeOffice(context, base, []);
  await context.addInitScript(
    ({ sheets, code }) => {
      window.__plankollSheets = sheets;
      new Function(code)();
    },
    { sheets, code },
  );
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => msg.type() === "error" && !TELEMETRY_BLOCKED.test(msg.text()) && errors.push(msg.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/dialog.html`);
  await page.getByRole("heading", { name: "Bladet Riskanalys med fel" }).waitFor({ timeout: 30000 });
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  check(
    "larger view: the review the pane sends, a section per sheet",
    headings.join("|") === sheets.map((sheet) => `Bladet ${sheet.name}`).join("|"),
    headings.join(" | "),
  );
  const matrices = await page.getByRole("table").count();
  check("larger view: the risk matrices are drawn", matrices >= 2, `${matrices} matrices`);
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, "pane-storre-vy.png") });
  const violations = await axeViolations(page);
  check("axe-core: no violations in the larger view", violations.length === 0, violations.join("; "));
  const findings = page.getByRole("region", { name: /– Riskanalys med fel$/ }).getByRole("list", { name: /Fel/ });
  await findings.getByRole("button").first().click();
  const sent = await page.evaluate(() => window.__plankollDialogSent);
  check(
    "larger view: choosing a finding asks the pane to select its cell",
    sent.some((m) => m.kind === "select" && m.sheet === "Riskanalys med fel" && m.cell === "F8"),
    JSON.stringify(sent),
  );
  check("larger view: no console errors", errors.length === 0, errors.join(" | "));
  await context.close();
}

/** office.js and the files it loads next from the local copy; anything else outside `base` is refused (and kept in `outside`). */
async function routeOffice(context, base, outside) {
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      const name = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
      const file = path.join(officeDist, name);
      if (existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.origin === base) return route.continue();
    outside.push(url.href);
    return route.abort();
  });
}

/** The pane by keyboard alone: a sensible tab order, Enter to review, Enter on a finding selects its cell. */
async function keyboardWalk(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/taskpane.html`);
  await page.getByText(/följer mallen/).waitFor({ timeout: 30000 });
  const order = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
  }
  check(
    "keyboard: Tab visits Granska, Skriv resultat, Rensa, Infoga mall, Inställningar in order",
    order.join("|") === "Granska|Skriv resultat|Rensa|Infoga mall|Inställningar",
    order.join(" | "),
  );
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await page.getByText("Fel: 9 · Varningar: 1 · Information: 0").waitFor({ timeout: 15000 });
  let reached = "";
  // Past the actions, each risk sheet's matrix (one tab stop) and the findings before it.
  for (let i = 0; i < 40 && !/^F8/.test(reached); i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.textContent ?? "");
  }
  await page.evaluate(() => (window.__plankollModel.active = "Internkontrollplan"));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.__plankollModel.active === "Riskanalys med fel", null, { timeout: 15000 });
  check("keyboard: Enter on the first finding selects F8 in its sheet", /^F8/.test(reached), reached);
  await page.close();
}

/**
 * The pane on an older webview: the features the pane's code needs are taken away before any
 * script runs; support.js must show its message (Swedish or English) and the pane must not start.
 */
async function oldWebview(browser, base) {
  for (const [locale, expected] of [
    ["sv-SE", "Plankoll kan inte köras i den här versionen av Office"],
    ["en-US", "Plankoll cannot run in this version of Office"],
  ]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale });
    await context.route("**/*", (route) =>
      new URL(route.request().url()).origin === base ? route.continue() : route.fulfill({ status: 404, body: "" }),
    );
    await context.addInitScript(() => {
      delete Array.prototype.at;
      delete Object.hasOwn;
      delete String.prototype.replaceAll;
    });
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`);
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 15000 });
    const text = (await alert.textContent()) ?? "";
    const pane = await page.getByRole("button", { name: /Granska|Review/ }).count();
    check(
      `old webview (${locale}): the pane says why it cannot run, and what to do`,
      text.includes(expected) && /Microsoft 365/.test(text) && /Array\.prototype\.at/.test(text) && pane === 0,
      text,
    );
    await context.close();
  }
}

async function main() {
  if (!existsSync(path.join(dist, "taskpane.html"))) throw new Error("dist/ is missing: run npm run build first");
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const stub = await bundleStub();
  const dialogStub = await bundleStub("dialogStub.ts");
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(results, { recursive: true });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "sv-SE" });
    const outside = [];
    await routeOffice(context, base, outside);
    const page = await context.newPage();
    const errors = pageErrors;
    page.on(
      "console",
      (msg) => msg.type() === "error" && !TELEMETRY_BLOCKED.test(msg.text()) && errors.push(msg.text()),
    );
    page.on("pageerror", (error) => errors.push(error.message));
    await context.addInitScript(
      ({ sheets, code }) => {
        window.__plankollSheets = sheets;
        new Function(code)();
      },
      { sheets: await sampleSheets("Riskanalys med fel"), code: stub },
    );
    await page.goto(`${base}/taskpane.html`);

    const detected = page.getByText("Bladet Riskanalys med fel följer mallen Riskanalys (rubrikrad 6, 9 rader).");
    await detected.waitFor({ timeout: 30000 });
    check("the pane says which template the active sheet follows", true);

    await page.getByRole("button", { name: "Granska", exact: true }).click();
    await page.getByText("Fel: 9 · Varningar: 1 · Information: 0").waitFor({ timeout: 15000 });
    const items = page.getByRole("list", { name: /Fel/ }).getByRole("listitem");
    const count = await items.count();
    check("Granska lists the nine errors", count === 9, `${count} items`);
    const first = await items.first().textContent();
    check("the first finding names F8 and what was wrong", /F8.*Riskvärde 6 stämmer inte/.test(first ?? ""), first);
    await page.screenshot({ path: path.join(results, "taskpane-granska.png"), fullPage: true });
    const paneViolations = await axeViolations(page);
    check("axe-core: no violations in the task pane", paneViolations.length === 0, paneViolations.join("; "));

    await page.getByRole("button", { name: "Skriv resultat" }).click();
    await page.getByText(/Resultatet är skrivet/).waitFor({ timeout: 15000 });
    const sheets = await page.evaluate(() => window.__plankollModel.sheets.map((s) => s.name));
    check(
      "Skriv resultat adds Plankoll's sheets",
      sheets.includes("Plankoll Granskning") && sheets.includes("Plankoll Riskmatris"),
      sheets.join(", "),
    );
    const fill = await page.evaluate(() => window.__plankollModel.sheet("Riskanalys med fel").format(7, 5).fillColor);
    check("the judged cell F8 is filled", fill === "#F8CBAD", fill);

    await page.getByRole("button", { name: "Rensa" }).click();
    await page.getByText("Plankolls markeringar och blad är borttagna.").waitFor({ timeout: 15000 });
    const after = await page.evaluate(() => window.__plankollModel.sheets.map((s) => s.name));
    check("Rensa removes Plankoll's sheets", !after.some((n) => n.startsWith("Plankoll")), after.join(", "));
    check("no console errors", errors.length === 0, errors.join(" | "));
    check("no request left the machine", outside.length === 0, outside.join(", "));
    await keyboardWalk(context, base);
    await oldWebview(browser, base);
    await largerView(browser, base, await sampleSheets("Riskanalys med fel"), dialogStub);
    await runDemo(browser, base, check);
    await runHosted({
      browser,
      check,
      stub,
      sheets: await sampleSheets("Riskanalys med fel"),
      routeOffice,
      telemetry: TELEMETRY_BLOCKED,
    });
    await runPrevious({
      browser,
      base,
      check,
      stub,
      sheets: await sampleSheets("Uppföljning T2", "internkontrollplan-uppfoljning-t2.xlsx"),
      routeOffice,
      telemetry: TELEMETRY_BLOCKED,
    });
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((error) => {
    check("browser test ran", false, error.message.split("\n")[0] + " | " + pageErrors.join(" | "));
  })
  .finally(() => {
    const failed = checks.filter((c) => !c.ok).length;
    process.stdout.write(`browser: ${checks.length - failed} passed, ${failed} failed\n`);
    process.exitCode = failed ? 1 : 0;
  });
