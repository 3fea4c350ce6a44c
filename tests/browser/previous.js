/*
 * Last year's workbook chosen in the pane, in Chromium: the pane's button opens the browser's own
 * file chooser, a real file (samples/internkontrollplan-forra-aret.xlsx) is chosen in it, read in
 * the page by the package reader, and this year's follow-up (samples/internkontrollplan-uppfoljning-t2.xlsx,
 * in the stubbed Excel) is compared with it: the comparison's group lists exactly the planned
 * differences, Skriv resultat adds Plankoll Jämförelse, and no request leaves the machine or
 * carries a body (nothing is uploaded, not even to the pane's own server).
 */
"use strict";
const path = require("node:path");
const { stubbedPage } = require("./stubbedPage");

const root = path.join(__dirname, "..", "..");
/** The planned differences (scripts/followUpSample.ts LAST_YEAR_EXPECTED), as the pane words them. */
const EXPECTED = [
  /^Internkontrollplan!A4Risken "Kassan stäms inte av" \(Nr 13 i förra årets Internkontrollplan\) finns inte/,
  /^Internkontrollplan!C9.*Felaktiga utbetalningar görs.*har ändrats/,
  /^Internkontrollplan!C14.*Kontrollera löneskulder/,
  /^Internkontrollplan!A4.*Kassan stäms inte av.*fann en avvikelse/,
];

async function runPrevious({ browser, base, check, stub, sheets, routeOffice, telemetry }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "sv-SE" });
  const outside = [];
  await routeOffice(context, base, outside);
  const sent = [];
  context.on("request", (request) => {
    if (request.method() !== "GET" || request.postData()) sent.push(`${request.method()} ${request.url()}`);
  });
  const { page, errors } = await stubbedPage(context, { sheets, stub, telemetry });
  await page.goto(`${base}/taskpane.html`);
  await page.getByText(/följer mallen/).waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  const choose = page.getByRole("button", { name: "Välj förra årets arbetsbok…" });
  await choose.waitFor({ timeout: 15000 });
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), choose.click()]);
  await chooser.setFiles(path.join(root, "samples", "internkontrollplan-forra-aret.xlsx"));
  await page.getByText("Följer upp: internkontrollplan-forra-aret.xlsx").waitFor({ timeout: 15000 });
  const group = page.getByRole("region", { name: "Jämförelse med förra året", exact: true });
  await group.waitFor({ timeout: 15000 });
  const tables = await group.getByRole("list", { name: "Jämförda tabeller" }).getByRole("listitem").allTextContents();
  check(
    "last year's file chosen in Chromium: each table said with last year's it was compared with",
    tables.length === 2 &&
      tables[0] ===
        "Internkontrollplan: Jämfört med förra årets blad Internkontrollplan: i båda åren 12 (ändrade 1), nya 0, borttagna 1." &&
      /^Uppföljning T2: Jämfört med förra årets blad Uppföljning VB 2016/.test(tables[1]),
    tables.join(" | "),
  );
  const items = await group.getByRole("listitem").allTextContents();
  const differences = items.filter((text) => /^Internkontrollplan!/.test(text));
  check(
    "last year's file chosen in Chromium: exactly the planned differences, in the comparison's group",
    // Grouped by severity as every list of findings: each planned difference exactly once, nothing else.
    differences.length === EXPECTED.length &&
      EXPECTED.every((re) => differences.filter((d) => re.test(d)).length === 1),
    differences.join(" | "),
  );
  await page.getByRole("button", { name: "Skriv resultat" }).click();
  await page.getByText(/Resultatet är skrivet/).waitFor({ timeout: 15000 });
  const written = await page.evaluate(() => window.__plankollModel.sheets.map((s) => s.name));
  check(
    "Skriv resultat with last year's chosen adds Plankoll Jämförelse",
    written.includes("Plankoll Jämförelse"),
    written.join(", "),
  );
  check(
    "last year's file: nothing uploaded, no request left the machine",
    sent.length === 0 && outside.length === 0,
    [...sent, ...outside].join(", "),
  );
  check("last year's file: no console errors", errors.length === 0, errors.join(" | "));
  await context.close();
}

module.exports = { runPrevious };
