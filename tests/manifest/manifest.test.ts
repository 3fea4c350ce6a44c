import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/validate-manifest.js") as {
  checkManifest: (file: string, root?: string) => string[];
};

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function problemsOf(xml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-manifest-"));
  cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
  writeFileSync(join(dir, "manifest.xml"), xml);
  return checkManifest(join(dir, "manifest.xml"), dir);
}

describe("manifest.xml", () => {
  test("is structurally sound", () => {
    expect(problemsOf(manifest)).toEqual([]);
  });

  test.each([
    ["an id that is not a GUID", (x: string) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>plankoll</Id>"), /GUID/],
    [
      "an http URL",
      (x: string) => x.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"),
      /not https/,
    ],
    [
      "a missing English override",
      (x: string) => x.replace('<bt:Override Locale="en-US" Value="Review plan"/>', ""),
      /OpenPane.Label has no en-US/,
    ],
    [
      "an old requirement set",
      (x: string) => x.replace('MinVersion="1.9"/>', 'MinVersion="1.3"/>'),
      /not what the adapter needs: 1\.9/,
    ],
    ["an undefined resid", (x: string) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'), /Group.Missing/],
    ["a missing icon", (x: string) => x.replace("icon-80.png", "icon-81.png"), /icon-81.png referenced but missing/],
    ["broken XML", (x: string) => x.replace("</OfficeApp>", ""), /well-formed/],
  ])("catches %s", (_name, change, expected) => {
    expect(problemsOf(change(manifest)).join("\n")).toMatch(expected);
  });
});
