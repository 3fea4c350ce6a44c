/*
 * The demo in Debian's Chromium: every sample as a whole workbook (Granska, Skriv resultat, Rensa),
 * then every sheet that follows a template alone — Granska bladet, Skriv för bladet (highlights
 * drawn in the page), Rensa — with axe-core on each view, no console
 * errors, and a screenshot per sample in out/screenshots/ (ignored by git: a test leaves tracked
 * files alone; `npm run screenshots` copies them into docs/screenshots/ on purpose). Run by
 * tests/browser/run.js.
 */
"use strict";
const path = require("node:path");
const { mkdirSync, readFileSync } = require("node:fs");

/** Office.js's telemetry frame, blocked by the CSP (see run.js). */
const TELEMETRY_BLOCKED = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/;

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const screenshots = process.env.PLANKOLL_SCREENSHOTS ?? path.join(__dirname, "..", "..", "out", "screenshots");

async function axeViolations(page) {
  // Judge the page at rest: no button under the pointer in the middle of a hover transition.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" / ")}`);
}

/**
 * Photographs a picture in the pane for the record. Should the pane draw the picture again while
 * it is photographed (live review answering an edit does), the element Playwright had found is
 * detached: the locator is then found again and photographed anew, up to three times.
 */
async function photograph(picture, file) {
  for (let attempt = 1; ; attempt++) {
    try {
      await picture.screenshot({ path: file, timeout: 10000 });
      return;
    } catch (error) {
      if (attempt === 3 || !/not attached/.test(String(error))) throw error;
      await picture.waitFor({ state: "attached", timeout: 10000 });
    }
  }
}

async function runDemo(browser, base, check) {
  mkdirSync(screenshots, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  const errors = [];
  page.on("console", (msg) => msg.type() === "error" && !TELEMETRY_BLOCKED.test(msg.text()) && errors.push(msg.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/demo.html`);
  const samples = await page.locator("select option").allTextContents();
  check("the demo offers every sample", samples.length >= 6, samples.join(", "));
  const violations = new Set();
  await followsTheSheet(page, check);

  for (const sample of samples) {
    await page.selectOption("select", sample);
    await page
      .getByText(/följer mallen|matchar ingen mall/)
      .first()
      .waitFor({ timeout: 20000 });
    const tabs = (await page.getByRole("navigation", { name: "Blad" }).getByRole("button").allTextContents()).filter(
      (name) => !name.startsWith("Plankoll"),
    );
    // The whole workbook: every sheet reviewed, written with one Plankoll Granskning, cleared.
    await page.getByRole("button", { name: "Granska", exact: true }).click();
    await page.getByText(/^Arbetsboken: \d+ blad granska(t|de),/).waitFor({ timeout: 20000 });
    const regions = await page.getByRole("region", { name: /^Bladet / }).count();
    check(`${sample}: Granska reviews every sheet`, regions === tabs.length, `${regions} of ${tabs.length} sheets`);
    for (const v of await axeViolations(page)) violations.add(`${v} after Granska of ${sample}`);
    await page.getByRole("button", { name: "Skriv resultat" }).click();
    await page.getByText(/Resultatet är skrivet/).waitFor({ timeout: 20000 });
    const written = await page.getByRole("navigation", { name: "Blad" }).getByRole("button").allTextContents();
    check(
      `${sample}: Skriv resultat writes one Plankoll Granskning for the workbook`,
      written.filter((n) => n === "Plankoll Granskning").length === 1,
      written.join(", "),
    );
    await page.getByRole("button", { name: "Rensa" }).click();
    await page.getByText("Plankolls markeringar och blad är borttagna.").waitFor({ timeout: 20000 });

    let shot = false;
    for (const tab of tabs) {
      await page.getByRole("navigation", { name: "Blad" }).getByRole("button", { name: tab, exact: true }).click();
      // A sheet with several tables (or an Excel table) names each: "Bladet X (Tabell1) följer …".
      const detected = page
        .getByText(new RegExp(`Bladet ${tab.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\([^)]*\\))? (följer|matchar)`))
        .first();
      await detected.waitFor({ timeout: 20000 });
      if (!/följer/.test(await detected.textContent())) continue;
      await page.getByRole("button", { name: "Granska bladet" }).click();
      // This sheet's results: until they come, the pane still shows the last review (another
      // sheet's, with its own counts and picture).
      const results = page.getByRole("region", { name: `Bladet ${tab}`, exact: true });
      await results
        .getByText(/^Fel: \d+ · Varningar: \d+ · Information: \d+$/)
        .first()
        .waitFor({ timeout: 20000 });
      // The sheet's picture in the pane (matrix, pay bars, status bar), photographed for the record.
      const picture = results
        .getByRole("table", { name: /^Riskmatris/ })
        .or(results.getByRole("figure", { name: /^(Kvinnors lön|Status för|Över tröskeln|Äskat)/ }))
        .first();
      if (await picture.count()) {
        const name = `pane-${sample.replace(/\.xlsx$/, "")}-${tab.replace(/[^\p{L}\p{N}]+/gu, "-")}.png`;
        await photograph(picture, path.join(screenshots, name));
      }
      const findings = await page.getByRole("listitem").count();
      const none = await page.getByText("Inga fynd – bladet ser bra ut.").count();
      check(`${sample} › ${tab}: Granska lists the findings`, findings > 0 || none === 1, `${findings} items`);
      for (const v of await axeViolations(page)) violations.add(`${v} after Granska on ${tab}`);

      await page.getByRole("button", { name: "Skriv för bladet" }).click();
      await page.getByText(/Resultatet är skrivet/).waitFor({ timeout: 20000 });
      const tabsAfter = await page.getByRole("navigation", { name: "Blad" }).getByRole("button").allTextContents();
      const filled = await page.locator("td[style*='background-color']").count();
      const errorCount = (await page.getByText(/^Fel: \d+/).allTextContents()).reduce(
        (sum, text) => sum + Number(text.match(/\d+/)[0]),
        0,
      );
      // Every error is marked in the sheet; a sheet without errors may have nothing to fill.
      check(
        `${sample} › ${tab}: Skriv resultat adds Plankoll Granskning and highlights`,
        tabsAfter.includes("Plankoll Granskning") && (errorCount === 0 || filled > 0),
        `${filled} filled, ${errorCount} errors`,
      );
      if (!shot) {
        await page.screenshot({ path: path.join(screenshots, `${sample.replace(/\.xlsx$/, "")}.png`) });
        shot = true;
      }
      await page.getByRole("button", { name: "Rensa" }).click();
      await page.getByText("Plankolls markeringar och blad är borttagna.").waitFor({ timeout: 20000 });
      const tabsCleared = await page.getByRole("navigation", { name: "Blad" }).getByRole("button").allTextContents();
      check(
        `${sample} › ${tab}: Rensa removes Plankoll's sheets`,
        !tabsCleared.some((n) => n.startsWith("Plankoll")),
        tabsCleared.join(", "),
      );
    }
  }
  // The settings view too.
  await page.getByRole("button", { name: "Inställningar" }).click();
  await page.getByRole("heading", { name: "Inställningar" }).waitFor({ timeout: 20000 });
  for (const v of await axeViolations(page)) violations.add(`${v} in settings`);
  check("axe-core: no violations in any view", violations.size === 0, [...violations].join("; "));
  check("the demo logs no console errors", errors.length === 0, errors.join(" | "));
  await page.close();
}

/**
 * The pane follows the sheet: a finding on another sheet makes that sheet active, the pane's line
 * names it and its cell is scrolled into view; Rensa on one of Plankoll's sheets goes back to the
 * user's sheet, not the first tab.
 */
async function followsTheSheet(page, check) {
  await page.selectOption("select", "riskanalys.xlsx");
  await page
    .getByText(/följer mallen/)
    .first()
    .waitFor({ timeout: 20000 });
  const tabs = page.getByRole("navigation", { name: "Blad" });
  const first = (await tabs.getByRole("button").allTextContents())[0];
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await page.getByText(/^Arbetsboken: \d+ blad granska(t|de),/).waitFor({ timeout: 20000 });
  // The last sheet with findings: its first finding (another sheet than the active one).
  const last = page
    .getByRole("region", { name: /^Bladet / })
    .filter({ has: page.getByRole("listitem") })
    .last();
  const sheet = (await last.getByRole("heading").first().textContent({ timeout: 5000 })).replace(/^Bladet /, "");
  const finding = last.getByRole("listitem").first().getByRole("button");
  const cell = (await finding.getAttribute("title", { timeout: 5000 })).replace(/^Gå till /, "");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await finding.click();
  const line = page.locator("main > div[aria-live] > p").first();
  await page.waitForFunction(
    (name) => document.querySelector("main > div[aria-live] > p")?.textContent.startsWith(`Bladet ${name}`),
    sheet,
    { timeout: 20000 },
  );
  check("demo: a finding on another sheet makes the pane name that sheet", true, await line.textContent());
  const current = await tabs.locator("[aria-current=page]").textContent();
  check("demo: … and that sheet is the active tab", current === sheet, `${current} / ${sheet}`);
  const target = page.locator(`td[data-cell="${cell}"]`);
  await page.waitForTimeout(800); // the smooth scroll
  const inView = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = el.closest("[role=region]").getBoundingClientRect();
    return r.top >= Math.max(0, box.top) - 1 && r.bottom <= Math.min(window.innerHeight, box.bottom) + 1;
  });
  check(`demo: the finding's cell ${cell} is scrolled into view`, inView);
  await page.getByRole("button", { name: "Skriv resultat" }).click();
  await page.getByText(/Resultatet är skrivet/).waitFor({ timeout: 20000 });
  await tabs.getByRole("button", { name: "Plankoll Granskning", exact: true }).click();
  await page.getByRole("button", { name: "Rensa" }).click();
  await page.getByText("Plankolls markeringar och blad är borttagna.").waitFor({ timeout: 20000 });
  const after = await tabs.locator("[aria-current=page]").textContent();
  check(
    "demo: Rensa on Plankoll's sheet goes back to the user's sheet",
    after === sheet,
    `${after} (first tab ${first})`,
  );
}

module.exports = { runDemo, axeViolations };
