/*
 * The add-in as IT hosts it: `npm run build:prod` for a loopback URL, served by Debian's nginx
 * with the repository's configuration (hosting/nginx/plankoll.conf) over HTTPS with a self-signed
 * certificate. Every URL of the production manifest answers 200 with its content type and cache
 * header; the code the pages load is cached for a year, the pages and manifest never; the CSP
 * header is the one documented (docs/deployment.md) and the pages' own; the pane loads from the
 * server in Chromium and renders without a console error.
 */
"use strict";
const { stubbedPage } = require("./stubbedPage");
const { spawn, spawnSync } = require("node:child_process");
const { chmodSync, readdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } = require("node:fs");
const https = require("node:https");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..", "..");

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 10000 }, (response) => {
      const chunks = [];
      response.on("data", (c) => chunks.push(c));
      response.on("end", () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
    request.on("timeout", () => request.destroy(new Error(`timeout: ${url}`)));
  });
}

/** The CSP the documentation gives for the server (the line after "Content-Security-Policy:" in docs/deployment.md). */
function documentedCsp() {
  const doc = readFileSync(path.join(root, "docs", "deployment.md"), "utf8");
  return /Content-Security-Policy: (.+)/.exec(doc)?.[1].trim() ?? null;
}

/** What each kind of file must be served as: its content type and how long it may be cached. */
function expected(file) {
  if (/\.html$/.test(file)) return { type: /^text\/html/, cache: /^no-cache$/ };
  if (/\.[0-9a-f]{8}\.js$/.test(file))
    return { type: /^application\/javascript/, cache: /max-age=31536000, immutable/ };
  if (/\.js$/.test(file)) return { type: /^application\/javascript/, cache: /^no-cache$/ };
  if (/\.xml$/.test(file)) return { type: /^application\/xml/, cache: /^no-cache$/ };
  if (/\.png$/.test(file)) return { type: /^image\/png$/, cache: /^no-cache$/ };
  return { type: /./, cache: /./ };
}

async function runHosted({ browser, check, stub, sheets, routeOffice, telemetry }) {
  const nginxBin = ["/usr/sbin/nginx", "/usr/bin/nginx"].find(existsSync);
  if (!nginxBin) {
    check("hosted: Debian's nginx is installed (apt-get install nginx-light)", false, "no nginx");
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankoll-hosted-"));
  // nginx's workers read the files as an unprivileged user: the folder is readable to all, as a web root is.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const base = `https://localhost:${port}/plankoll/`;
  const www = path.join(dir, "www");
  const build = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "build-prod.js"), "--out", www, "--allow-loopback"],
    {
      cwd: root,
      env: { ...process.env, PLANKOLL_URL: base.replace(/\/$/, "") },
      encoding: "utf8",
    },
  );
  check("hosted: npm run build:prod builds and checks the manifest for the URL", build.status === 0, build.stderr);
  if (build.status !== 0) return;
  chmodSync(www, 0o755);
  chmodSync(path.join(www, "assets"), 0o755);
  const manifest = readFileSync(path.join(www, "manifest.xml"), "utf8");
  check("hosted: a URL without its last slash becomes the base", manifest.includes(`${base}taskpane.html`), base);

  // The server: nginx in the foreground, its every file in the temporary folder, the repository's location block.
  const cert = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { encoding: "utf8" },
  );
  check("hosted: a self-signed certificate", cert.status === 0, cert.stderr);
  const block = readFileSync(path.join(root, "hosting", "nginx", "plankoll.conf"), "utf8").replace(
    "alias /var/www/plankoll/;",
    `alias ${www}/;`,
  );
  writeFileSync(path.join(dir, "plankoll.conf"), block);
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `${t}_temp_path ${path.join(dir, t)};`)
    .join("\n  ");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "logs", "error.log")} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port} ssl;
    server_name localhost;
    ssl_certificate ${path.join(dir, "cert.pem")};
    ssl_certificate_key ${path.join(dir, "key.pem")};
    include ${path.join(dir, "plankoll.conf")};
  }
}
`,
  );
  const nginx = spawn(nginxBin, ["-c", path.join(dir, "nginx.conf"), "-p", dir], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let nginxErr = "";
  nginx.stderr.on("data", (d) => (nginxErr += d));
  try {
    let up = false;
    for (let i = 0; i < 50 && !up; i++) {
      try {
        await get(`${base}manifest.xml`);
        up = true;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    check("hosted: nginx serves the folder on the loopback", up, nginxErr);
    if (!up) return;

    // Every URL the manifest names, and every script its pages load.
    const urls = new Set([...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]));
    urls.add(`${base}manifest.xml`);
    for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
      const html = readFileSync(path.join(www, page), "utf8");
      for (const m of html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g))
        if (!/^https?:/.test(m[1])) urls.add(`${base}${m[1]}`);
    }
    // And every file of the folder (the chunks the pane loads later too).
    for (const file of readdirSync(www).filter((f) => !/\.txt$/.test(f) && f !== "assets")) urls.add(`${base}${file}`);
    const wrong = [];
    for (const url of urls) {
      const answer = await get(url);
      const want = expected(url);
      if (answer.status !== 200) wrong.push(`${url}: ${answer.status}`);
      else if (!want.type.test(answer.headers["content-type"] ?? ""))
        wrong.push(`${url}: ${answer.headers["content-type"]}`);
      else if (!want.cache.test(answer.headers["cache-control"] ?? ""))
        wrong.push(`${url}: ${answer.headers["cache-control"]}`);
      else if (answer.headers["x-content-type-options"] !== "nosniff") wrong.push(`${url}: no nosniff`);
    }
    check(
      `hosted: every URL of the manifest, the pages' scripts and the folder's files (${urls.size}) answers 200 with its type and cache`,
      wrong.length === 0,
      wrong.join("; "),
    );
    const missing = await get(`${base}demo.html`);
    check("hosted: the deployed folder holds no demo or samples", missing.status === 404, String(missing.status));

    const pane = await get(`${base}taskpane.html`);
    const header = pane.headers["content-security-policy"];
    const meta = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(pane.body.toString("utf8"))?.[1];
    const documented = documentedCsp();
    check(
      "hosted: the CSP header is the documented one and the page's own",
      !!header && header === documented && header === meta,
      `${header} | ${documented} | ${meta}`,
    );

    // The pane from the server in Chromium, office.js routed to the local copy, Excel stubbed.
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 360, height: 800 },
      locale: "sv-SE",
    });
    const outside = [];
    await routeOffice(context, `https://localhost:${port}`, outside);
    const { page, errors } = await stubbedPage(context, { sheets, stub, telemetry });
    await page.goto(`${base}taskpane.html`);
    let rendered = true;
    try {
      await page
        .getByText(/följer mallen|matchar ingen mall/)
        .first()
        .waitFor({ timeout: 30000 });
    } catch {
      rendered = false;
    }
    check("hosted: the task pane loads from the server and renders", rendered, errors.join(" | "));
    check("hosted: no console error", errors.length === 0, errors.join(" | "));
    check("hosted: nothing loaded from outside but office.js", outside.length === 0, outside.join(", "));
    await context.close();
  } finally {
    nginx.kill("SIGTERM");
    await new Promise((r) => (nginx.exitCode !== null ? r() : nginx.once("exit", r)));
  }
}

module.exports = { runHosted };
