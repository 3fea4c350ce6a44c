/* Offline structural check of manifest.xml (Microsoft's online validator is unreachable here). */
"use strict";
const { readFileSync, existsSync } = require("node:fs");
const path = require("node:path");
const { JSDOM } = require("jsdom");
const { requiredExcelApi } = require("./requirementSets");
const { manifestVersion, packageVersion } = require("./hosting");

/** OfficeApp's children in the order Microsoft's schema (TaskPaneApp) requires them. */
const ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
/** The schema's string lengths: ShortString 125, LongString 250, a resource id 32, a URL 2048. */
const LIMITS = { DisplayName: 125, ProviderName: 125, Description: 250 };

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
  const needed = requiredExcelApi();
  if (!excelSet) problems.push("no ExcelApi requirement set");
  else if (excelSet.getAttribute("MinVersion") !== needed.version)
    problems.push(
      `ExcelApi MinVersion ${excelSet.getAttribute("MinVersion")} is not what the adapter needs: ${needed.version} (${needed.by.join(", ")})`,
    );

  // The schema's order of OfficeApp's children, and its lengths.
  const children = [...doc.documentElement.children].map((el) => el.localName);
  const order = children.filter((name) => ORDER.includes(name));
  const sorted = [...order].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (order.join() !== sorted.join())
    problems.push(`OfficeApp's elements are out of the schema's order: ${order.join(", ")}`);
  for (const name of children.filter((n) => !ORDER.includes(n)))
    problems.push(`OfficeApp has an unknown element ${name}`);
  for (const [tag, max] of Object.entries(LIMITS)) {
    const el = one(tag);
    for (const text of [
      el?.getAttribute("DefaultValue") ?? el?.textContent ?? "",
      ...[...(el?.children ?? [])].map((c) => c.getAttribute("Value") ?? ""),
    ])
      if (text.length > max) problems.push(`${tag} is ${text.length} characters, more than ${max}`);
  }
  for (const [list, max] of [
    ["bt:ShortStrings", 125],
    ["bt:LongStrings", 250],
  ]) {
    for (const el of doc.getElementsByTagName(list)[0]?.getElementsByTagName("*") ?? []) {
      for (const text of [el.getAttribute("DefaultValue"), el.getAttribute("Value")].filter(Boolean))
        if (text.length > max)
          problems.push(`${el.getAttribute("id") ?? list} is ${text.length} characters, more than ${max}`);
    }
  }
  for (const el of doc.querySelectorAll("[id]"))
    if (el.getAttribute("id").length > 32) problems.push(`id ${el.getAttribute("id")} is longer than 32 characters`);

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

/** Every URL a manifest names: attribute values and the AppDomains. */
function manifestUrls(doc) {
  const urls = [...doc.querySelectorAll("[DefaultValue], [Value]")]
    .flatMap((el) => [el.getAttribute("DefaultValue"), el.getAttribute("Value")])
    .filter((v) => v && /^[a-z]+:\/\//i.test(v));
  return urls;
}

/** PNG's width and height from its header, or null. */
function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The production manifest in the folder it was built into: the development checks, and every
 * URL under the one hosting base, no localhost anywhere (unless the base is a test's own loopback
 * server), the AppDomain the base's origin, the Version package.json's, each icon a PNG of its size
 * and each page present at its URL in the folder.
 */
function checkProduction(file, base, { allowLoopback = false } = {}) {
  const root = path.dirname(file);
  const problems = checkManifest(file, root);
  const xml = readFileSync(file, "utf8");
  const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  if (!base.endsWith("/")) problems.push(`the hosting base ${base} does not end with /`);
  if (!allowLoopback && /localhost|127\.0\.0\.1/.test(xml)) problems.push("the production manifest names localhost");
  for (const url of manifestUrls(doc)) {
    if (!url.startsWith(base)) {
      problems.push(`URL not under ${base}: ${url}`);
      continue;
    }
    const local = path.join(root, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]));
    if (!existsSync(local)) problems.push(`${url} is not in the built folder (${path.relative(root, local)})`);
  }
  const origin = new URL(base).origin;
  for (const el of doc.getElementsByTagName("AppDomain"))
    if (el.textContent.trim() !== origin) problems.push(`AppDomain ${el.textContent.trim()} is not ${origin}`);
  const version = doc.getElementsByTagName("Version")[0]?.textContent?.trim();
  if (version !== manifestVersion(packageVersion()))
    problems.push(`Version ${version} is not package.json's ${manifestVersion(packageVersion())}`);
  const sized = [
    ...[...doc.getElementsByTagName("bt:Image")]
      .filter((el) => el.getAttribute("DefaultValue"))
      .map((el) => [el.getAttribute("DefaultValue"), Number(/(\d+)x\1/.exec(el.getAttribute("id"))?.[1])]),
    [doc.getElementsByTagName("IconUrl")[0]?.getAttribute("DefaultValue"), 32],
    [doc.getElementsByTagName("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue"), 64],
  ];
  for (const [url, size] of sized) {
    if (!url || !url.startsWith(base)) continue;
    const local = path.join(root, url.slice(base.length));
    if (!existsSync(local)) continue;
    const found = pngSize(local);
    if (!found || found.width !== size || found.height !== size)
      problems.push(`${url} is not a ${size}×${size} PNG (${found ? `${found.width}×${found.height}` : "not a PNG"})`);
  }
  return problems;
}

module.exports = { checkManifest, checkProduction };

if (require.main === module) {
  // The development manifest; and the production one, where it has been built (deploy/manifest.xml).
  const file = path.resolve(process.argv[2] ?? "manifest.xml");
  const report = (name, problems) => {
    if (problems.length) {
      for (const p of problems) process.stderr.write(`manifest: ${name}: ${p}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`${name}: OK\n`);
  };
  report(path.relative(process.cwd(), file), checkManifest(file));
  const built = path.join(__dirname, "..", "deploy", "manifest.xml");
  if (process.argv.length <= 3 && existsSync(built)) {
    const source = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(readFileSync(built, "utf8"));
    report(path.relative(process.cwd(), built), source ? checkProduction(built, source[1]) : ["no SourceLocation"]);
  }
}
