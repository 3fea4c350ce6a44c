/*
 * Where the add-in is hosted, and its manifest for that place: the hosting URL checked and
 * normalised (https, one slash between the base and a file, no placeholder host), and every URL,
 * the AppDomain and the Version of the development manifest rewritten for it. Shared by the
 * production build (scripts/build-prod.js), the manifest check and the tests.
 */
"use strict";
const { readFileSync } = require("node:fs");
const path = require("node:path");

const DEV_BASE = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
/** Hosts that are no place to deploy to: the documentation's placeholders and the machine itself. */
const PLACEHOLDER = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost)$/i;
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/**
 * The hosting URL as the manifest needs it: `https://host[:port]/path/`, or a problem in words
 * (Swedish / English). `allowLoopback`: a test's own server on this machine.
 */
function hostingUrl(raw, { allowLoopback = false } = {}) {
  const text = String(raw ?? "").trim();
  if (!text)
    return {
      problem:
        "PLANKOLL_URL saknas: ange adressen där tillägget ska ligga, t.ex. PLANKOLL_URL=https://intranat.stad.se/plankoll/ / PLANKOLL_URL is missing: give the address the add-in is hosted at.",
    };
  let url;
  try {
    url = new URL(text);
  } catch {
    return { problem: `PLANKOLL_URL är ingen adress: ${text} / PLANKOLL_URL is not a URL: ${text}` };
  }
  if (url.protocol !== "https:")
    return {
      problem: `PLANKOLL_URL måste börja med https:// (Office laddar bara tillägg över HTTPS): ${text} / PLANKOLL_URL must start with https:// (Office loads add-ins over HTTPS only)`,
    };
  if (url.search || url.hash || url.username || url.password)
    return {
      problem: `PLANKOLL_URL får inte ha frågor, fragment eller inloggning: ${text} / PLANKOLL_URL may have no query, fragment or credentials`,
    };
  const host = url.hostname;
  const loopback = LOOPBACK.test(host);
  if ((loopback && !allowLoopback) || (!loopback && PLACEHOLDER.test(host)))
    return {
      problem: `PLANKOLL_URL pekar på ${host}, som inte är en plats att publicera på. Ange serverns riktiga adress. / PLANKOLL_URL points at ${host}, which is no place to deploy to. Give the server's real address.`,
    };
  // Exactly one slash between the base and a file: "/plankoll" and "/plankoll//" are "/plankoll/".
  const pathname = `/${url.pathname.split("/").filter(Boolean).join("/")}/`.replace(/^\/\/$/, "/");
  return { url: `${url.origin}${pathname}`, origin: url.origin };
}

/** The Version a manifest takes from package.json: "0.1.0" → "0.1.0.0". */
function manifestVersion(version) {
  const parts = String(version)
    .split(/[.+-]/)
    .filter((p) => /^\d+$/.test(p))
    .slice(0, 4);
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/** The development manifest rewritten for the hosting URL: every URL, the AppDomain, the Version. */
function productionManifest(xml, hosting, version) {
  return xml
    .replaceAll(DEV_BASE, hosting.url)
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${hosting.origin}</AppDomain>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/** The package's version. */
function packageVersion() {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).version;
}

module.exports = { DEV_BASE, DEV_ORIGIN, hostingUrl, manifestVersion, productionManifest, packageVersion };
