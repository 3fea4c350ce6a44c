/* Builds the task pane and the ribbon function file into dist/, with the manifest and icons. */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { readdirSync } = require("node:fs");
const { DefinePlugin } = require("webpack");

/** The sample workbooks the demo offers, copied beside it. */
const ORDER = ["riskanalys", "matetal", "lonekartlaggning", "upphandling", "kus"];
const rank = (name) => ORDER.findIndex((prefix) => name.startsWith(prefix));
const SAMPLES = readdirSync(path.join(__dirname, "samples"))
  .filter((name) => name.endsWith(".xlsx"))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** The older-webview message's words, Swedish and English, from the strings files. */
function unsupportedStrings() {
  const pick = (lang) => {
    const all = require(`./src/core/i18n/${lang}.json`);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith("unsupported.")));
  };
  return { sv: pick("sv"), en: pick("en") };
}

const { hostingUrl, productionManifest, packageVersion } = require("./scripts/hosting");

/**
 * Two builds. `npm run build` (dist/): the pane, the demo and the samples for development and the
 * tests, with the development manifest as it is (https://localhost:3000). `npm run build:prod`
 * (scripts/build-prod.js, PLANKOLL_URL required): the add-in's files only, in the folder a web
 * server serves, with the manifest rewritten for the hosting URL — never a placeholder.
 */
module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const deploy = process.env.PLANKOLL_DEPLOY_DIR ? path.resolve(process.env.PLANKOLL_DEPLOY_DIR) : null;
  const hosting = deploy
    ? hostingUrl(process.env.PLANKOLL_URL, { allowLoopback: !!process.env.PLANKOLL_ALLOW_LOOPBACK })
    : null;
  if (hosting?.problem) throw new Error(hosting.problem);
  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    // The larger view (an Office dialog window), opened from the pane.
    dialog: "./src/dialog/index.tsx",
  };
  // The demo (a page to try Plankoll without Excel) is no part of what IT deploys.
  if (!deploy) entry.demo = "./src/demo/index.tsx";
  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: deploy ?? path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunk.[contenthash:8].js",
      // Chunks load beside the page; "auto" cannot tell where the script came from once office.js has run.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    optimization: {
      // Modern output for modern Office hosts: terser may use ES2020 syntax and treat chunks as modules.
      minimizeOptions: {
        javascript: {
          ecma: 2020,
          module: true,
          compress: { passes: 3, ecma: 2020, pure_getters: true },
          format: { comments: false, ecma: 2020 },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(deploy
        ? []
        : [new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] })]),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/dialog/dialog.html", chunks: ["dialog"] }),
      new DefinePlugin({ __PLANKOLL_SAMPLES__: JSON.stringify(SAMPLES) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Plain ES5, copied as written: it must run where the bundle cannot.
          {
            from: "src/taskpane/support.js",
            to: "support.js",
            // Its words from the strings files, as an object literal in place of the marker.
            transform: (content) =>
              content.toString().replace('"__PLANKOLL_UNSUPPORTED_STRINGS__"', JSON.stringify(unsupportedStrings())),
          },
          ...(deploy ? [] : [{ from: "samples/*.xlsx", to: "samples/[name][ext]" }]),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              hosting ? productionManifest(content.toString(), hosting, packageVersion()) : content,
          },
        ],
      }),
    ],
    devServer: {
      // This machine only: the development server is no server for others.
      host: "localhost",
      port: 3000,
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
