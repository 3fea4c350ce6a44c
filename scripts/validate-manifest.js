/* Offline structural check of manifest.xml (Microsoft's online validator is unreachable here). */
"use strict";
const { readFileSync, existsSync } = require("node:fs");
const path = require("node:path");
const { JSDOM } = require("jsdom");

const REQUIRED_ICON_SIZES = [16, 32, 80];
const ASSET_SIZES = [16, 32, 64, 80, 128];

/** Returns the list of problems; empty when the manifest is sound. */
function checkManifest(file, root = path.dirname(file)) {
  const problems = [];
  const xml = readFileSync(file, "utf8");
  let doc;
  try {
    doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${error.message}`];
  }
  if (doc.getElementsByTagName("parsererror").length) return ["manifest.xml is not well-formed XML"];
  const one = (tag) => doc.getElementsByTagName(tag)[0];
  const attr = (tag, name = "DefaultValue") => one(tag)?.getAttribute(name) ?? null;

  const id = one("Id")?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`Id is not a GUID: ${id}`);
  const version = one("Version")?.textContent?.trim() ?? "";
  if (!/^\d+(\.\d+){0,3}$/.test(version)) problems.push(`Version is not n.n.n.n: ${version}`);
  if (attr("DisplayName") !== "Plankoll") problems.push("DisplayName must be Plankoll");
  if (one("DefaultLocale")?.textContent?.trim() !== "sv-SE") problems.push("DefaultLocale must be sv-SE");
  if (one("OfficeApp")?.getAttribute("xsi:type") !== "TaskPaneApp") problems.push("not a TaskPaneApp");
  if (!doc.querySelector('Host[Name="Workbook"]')) problems.push("Host Workbook (Excel) missing");

  const excelSet = [...doc.getElementsByTagName("Set")].find((s) => s.getAttribute("Name") === "ExcelApi");
  if (!excelSet) problems.push("no ExcelApi requirement set");
  else if (Number(excelSet.getAttribute("MinVersion")) < 1.9)
    problems.push("ExcelApi must be at least 1.9 (getRanges, getCellProperties)");

  const urls = [...doc.querySelectorAll("[DefaultValue]")]
    .map((el) => el.getAttribute("DefaultValue"))
    .filter((v) => /^https?:/.test(v));
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SourceLocation", "SupportUrl"]) {
    if (!attr(tag)) problems.push(`${tag} missing`);
  }
  if (!/taskpane\.html$/.test(attr("SourceLocation") ?? ""))
    problems.push("SourceLocation must point at taskpane.html");

  const icons = [...doc.getElementsByTagName("bt:Image")].filter((el) => el.getAttribute("DefaultValue"));
  for (const size of REQUIRED_ICON_SIZES) {
    if (!icons.some((el) => el.getAttribute("id") === `Icon.${size}x${size}`))
      problems.push(`ribbon icon ${size} px missing`);
  }
  for (const size of ASSET_SIZES) {
    if (!existsSync(path.join(root, "assets", `icon-${size}.png`))) problems.push(`assets/icon-${size}.png missing`);
  }
  for (const url of urls.filter((u) => /\/assets\//.test(u))) {
    const name = url.slice(url.indexOf("/assets/") + 1);
    if (!existsSync(path.join(root, name))) problems.push(`${name} referenced but missing`);
  }

  const homeButton = doc.querySelector('OfficeTab[id="TabHome"] Control[id] Action');
  if (homeButton?.getAttribute("xsi:type") !== "ShowTaskpane")
    problems.push("no Home tab button that shows the task pane");

  // Every string resource has an English override, and every resid used is defined.
  const strings = [...doc.getElementsByTagName("bt:String")];
  for (const s of strings) {
    if (![...s.children].some((c) => c.getAttribute("Locale") === "en-US")) {
      problems.push(`string ${s.getAttribute("id")} has no en-US override`);
    }
  }
  for (const tag of ["DisplayName", "Description"]) {
    if (!one(tag)?.querySelector('Override[Locale="en-US"]')) problems.push(`${tag} has no en-US override`);
  }
  const defined = new Set([...doc.querySelectorAll("[id]")].map((el) => el.getAttribute("id")));
  for (const el of doc.querySelectorAll("[resid]")) {
    if (!defined.has(el.getAttribute("resid"))) problems.push(`resid ${el.getAttribute("resid")} is not defined`);
  }
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? "manifest.xml");
  const problems = checkManifest(file);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`manifest: ${p}\n`);
    process.exit(1);
  }
  process.stdout.write(`${path.relative(process.cwd(), file)}: OK\n`);
}
