/**
 * The production manifest cannot be wrong quietly: the hosting URL normalised or refused, every URL
 * and the AppDomain rewritten, the Version from package.json, and the production check catching a
 * localhost left behind, a URL outside the base, a missing page, a wrong icon size, a Version that
 * is not the package's, an ExcelApi requirement other than what the adapter calls.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports */
const { hostingUrl, productionManifest, manifestVersion, packageVersion } = require("../../scripts/hosting.js") as {
  hostingUrl: (raw: unknown, o?: { allowLoopback?: boolean }) => { url?: string; origin?: string; problem?: string };
  productionManifest: (xml: string, hosting: { url: string; origin: string }, version: string) => string;
  manifestVersion: (v: string) => string;
  packageVersion: () => string;
};
const { checkProduction } = require("../../scripts/validate-manifest.js") as {
  checkProduction: (file: string, base: string, o?: { allowLoopback?: boolean }) => string[];
};
const { requiredExcelApi, membersUsed } = require("../../scripts/requirementSets.js") as {
  requiredExcelApi: () => { version: string; by: string[] };
  membersUsed: () => Set<string>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = join(__dirname, "..", "..");
const devManifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("the hosting URL", () => {
  test.each([
    ["https://intranat.example.se/plankoll", "https://intranat.example.se/plankoll/"],
    ["https://intranat.example.se/plankoll/", "https://intranat.example.se/plankoll/"],
    ["  https://intranat.example.se//plankoll//  ", "https://intranat.example.se/plankoll/"],
    ["https://stad.se", "https://stad.se/"],
    ["https://Stad.SE:8443/a/b", "https://stad.se:8443/a/b/"],
  ])("%s is the base %s", (raw, base) => {
    expect(hostingUrl(raw).url).toBe(base);
  });
  test.each([
    [undefined, /saknas/],
    ["", /saknas/],
    ["intranat/plankoll", /ingen adress/],
    ["http://intranat.stad.se/plankoll/", /https/],
    ["https://plankoll.example.org/", /plankoll\.example\.org/],
    ["https://example.com/x/", /example\.com/],
    ["https://localhost:3000/", /localhost/],
    ["https://127.0.0.1/", /127\.0\.0\.1/],
    ["https://stad.se/plankoll/?v=1", /frågor/],
  ])("%s is refused", (raw, message) => {
    expect(hostingUrl(raw).problem).toMatch(message);
  });
  test("a test's own loopback server is allowed when asked for", () => {
    expect(hostingUrl("https://localhost:8443/p", { allowLoopback: true }).url).toBe("https://localhost:8443/p/");
  });
});

describe("the production manifest", () => {
  const hosting = hostingUrl("https://intranat.stad.se/plankoll") as { url: string; origin: string };
  const xml = productionManifest(devManifest, hosting, packageVersion());

  test("every URL under the base, the AppDomain its origin, no localhost, the Version the package's", () => {
    expect(xml).not.toMatch(/localhost/);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://intranat.stad.se/plankoll/")).toBe(true);
    expect(xml).toContain("<AppDomain>https://intranat.stad.se</AppDomain>");
    expect(xml).toContain(`<Version>${manifestVersion(packageVersion())}</Version>`);
    expect(manifestVersion("1.2.3")).toBe("1.2.3.0");
  });

  /** A built folder: the manifest, its pages and icons. */
  function folder(manifest: string): string {
    const dir = mkdtempSync(join(tmpdir(), "plankoll-prod-"));
    cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
    for (const page of ["taskpane.html", "commands.html"]) writeFileSync(join(dir, page), "<!doctype html>");
    writeFileSync(join(dir, "manifest.xml"), manifest);
    return join(dir, "manifest.xml");
  }

  test("passes the production check", () => {
    expect(checkProduction(folder(xml), hosting.url)).toEqual([]);
  });

  test.each([
    [
      "a localhost URL left",
      (x: string) =>
        x.replace("https://intranat.stad.se/plankoll/commands.html", "https://localhost:3000/commands.html"),
      /localhost/,
    ],
    [
      "a URL outside the base",
      (x: string) =>
        x.replace("https://intranat.stad.se/plankoll/commands.html", "https://annan.stad.se/commands.html"),
      /not under/,
    ],
    [
      "a page not in the folder",
      (x: string) => x.replace("/plankoll/commands.html", "/plankoll/kommandon.html"),
      /kommandon\.html is not in the built folder/,
    ],
    [
      "an icon of the wrong size",
      (x: string) => x.replace("assets/icon-80.png", "assets/icon-128.png"),
      /icon-128\.png is not a 80×80 PNG/,
    ],
    [
      "another Version",
      (x: string) => x.replace(/<Version>[^<]+<\/Version>/, "<Version>9.9.9.9</Version>"),
      /Version 9\.9\.9\.9/,
    ],
    [
      "another AppDomain",
      (x: string) =>
        x.replace("<AppDomain>https://intranat.stad.se</AppDomain>", "<AppDomain>https://stad.se</AppDomain>"),
      /AppDomain/,
    ],
    [
      "a requirement set not the adapter's",
      (x: string) => x.replace('MinVersion="1.9"/>', 'MinVersion="1.7"/>'),
      /not what the adapter needs: 1\.9/,
    ],
    [
      "elements out of order",
      (x: string) => x.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, "$2$1"),
      /out of the schema's order/,
    ],
    [
      "a description too long",
      (x: string) => x.replace(/(<Description DefaultValue=")[^"]+/, `$1${"x".repeat(251)}`),
      /Description is 251 characters/,
    ],
  ])("catches %s", (_name, change, expected) => {
    expect(checkProduction(folder(change(xml)), hosting.url).join("\n")).toMatch(expected);
  });
});

describe("the ExcelApi requirement", () => {
  test("is derived from the members the adapter calls, the guarded ones not counted", () => {
    const needed = requiredExcelApi();
    expect(needed.version).toBe("1.9");
    expect(needed.by).toContain("getRanges");
    const used = membersUsed();
    // Notes (1.18) are used, but only after asking whether Excel has them.
    expect(used.has("notes")).toBe(true);
    expect(devManifest).toContain(`<Set Name="ExcelApi" MinVersion="${needed.version}"/>`);
  });

  test("each member's set is the one Microsoft's reference gives it", () => {
    const dts = readFileSync(join(root, "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
    const excel = dts.slice(dts.indexOf("declare namespace Excel {"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { MEMBERS } = require("../../scripts/requirementSets.js") as { MEMBERS: Record<string, string> };
    for (const [name, set] of Object.entries(MEMBERS)) {
      if (name === "delayForCellEdit") continue; // an option of Excel.run, documented in prose
      const declared = new RegExp(
        `\\[Api set: ExcelApi [^\\]]*\\b${set.replace(".", "\\.")}\\b[^\\]]*\\][^/]*?\\*/\\s*(?:readonly\\s+)?${name}\\b`,
      );
      expect({ name, set, found: declared.test(excel) }).toEqual({ name, set, found: true });
    }
  });
});
