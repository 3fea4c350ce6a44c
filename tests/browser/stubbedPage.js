/*
 * A page of the pane over the stubbed Excel (excelStub.ts): the sheets and the stub's code run
 * before any of the page's scripts; console errors and uncaught exceptions gathered in `errors`
 * (office.js's blocked telemetry frame, the CSP at work, left out).
 */
"use strict";

async function stubbedPage(context, { sheets, stub, telemetry }) {
  await context.addInitScript(
    ({ sheets, code }) => {
      window.__plankollSheets = sheets;
      new Function(code)();
    },
    { sheets, code: stub },
  );
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => msg.type() === "error" && !telemetry.test(msg.text()) && errors.push(msg.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

module.exports = { stubbedPage };
