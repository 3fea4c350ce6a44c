/** The bundle check itself: it must fail on what it is there to catch. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check } = require("../../scripts/check-bundle.js") as {
  check: (dist: string) => { bytes: number; problems: string[] };
};

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'">`;

function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-dist-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const page = `<html><head>${CSP}<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src=taskpane.1.js></script></head></html>`;

describe("the bundle check", () => {
  test("passes a pane that cannot reach the network", () => {
    const result = check(dist({ "taskpane.html": page, "commands.html": page, "taskpane.1.js": "console.log(1)" }));
    expect(result.problems).toEqual([]);
    expect(result.bytes).toBeGreaterThan(0);
  });

  test.each([
    ["fetch", "fetch ('https://example.org', {body: x})"],
    ["XMLHttpRequest", "new XMLHttpRequest()"],
    ["WebSocket", "new WebSocket(u)"],
    ["sendBeacon", "navigator.sendBeacon(u, d)"],
  ])("fails a lazy chunk that uses %s", (name, code) => {
    const result = check(
      dist({ "taskpane.html": page, "commands.html": page, "taskpane.1.js": "1", "chunk.2.js": code }),
    );
    expect(result.problems).toEqual([expect.stringContaining(`chunk.2.js uses ${name}`)]);
  });

  test("fails a page without a Content-Security-Policy, or one that lets the pane connect elsewhere", () => {
    const open = page.replace("connect-src 'self'", "connect-src *");
    const result = check(dist({ "taskpane.html": open, "commands.html": page.replace(CSP, ""), "taskpane.1.js": "1" }));
    expect(result.problems).toEqual([
      expect.stringContaining("taskpane.html: the Content-Security-Policy allows more"),
      "commands.html has no Content-Security-Policy",
    ]);
  });

  test("fails an initial bundle over 130 000 bytes gzip", () => {
    let noise = "";
    for (let i = 0; i < 40_000; i++) noise += Math.random().toString(36).slice(2);
    const result = check(dist({ "taskpane.html": page, "commands.html": page, "taskpane.1.js": noise }));
    expect(result.problems).toEqual([expect.stringMatching(/^initial task pane JS is \d+ bytes gzip, budget 130000$/)]);
  });
});
