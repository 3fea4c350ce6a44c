/*
 * Runs before anything else in the task pane, in plain ES5, so that it runs where nothing newer
 * does (Internet Explorer 11 and the first Edge webview, which older Office versions use). It looks
 * for what the pane's own code needs; when something is missing it says so in the pane, in Swedish
 * or English, with what to do, instead of leaving the pane blank. The pane's code then does not
 * start (window.__plankollUnsupported).
 */
(function () {
  "use strict";
  var needed = [
    ["Promise", typeof Promise !== "undefined" && typeof Promise.prototype.finally === "function"],
    ["Map/Set", typeof Map !== "undefined" && typeof Set !== "undefined" && typeof WeakMap !== "undefined"],
    ["Symbol", typeof Symbol !== "undefined" && typeof Symbol.iterator !== "undefined"],
    ["globalThis", typeof globalThis !== "undefined"],
    ["Object.fromEntries", typeof Object.fromEntries === "function"],
    ["Object.hasOwn", typeof Object.hasOwn === "function"],
    ["Array.prototype.flat", typeof Array.prototype.flat === "function"],
    ["Array.prototype.at", typeof Array.prototype.at === "function"],
    ["String.prototype.replaceAll", typeof String.prototype.replaceAll === "function"],
    ["Intl", typeof Intl !== "undefined" && typeof Intl.NumberFormat === "function"],
    ["TextEncoder", typeof TextEncoder !== "undefined" && typeof TextDecoder !== "undefined"],
  ];
  var missing = [];
  for (var i = 0; i < needed.length; i++) if (!needed[i][1]) missing.push(needed[i][0]);
  if (missing.length === 0) return;
  window.__plankollUnsupported = missing;

  var language =
    (navigator.languages && navigator.languages[0]) || navigator.language || navigator.userLanguage || "sv";
  var english = /^en/i.test(language);
  // The words come from the strings files (src/core/i18n/*.json), put in here by the build.
  var strings = "__PLANKOLL_UNSUPPORTED_STRINGS__";
  var words = typeof strings === "object" ? strings[english ? "en" : "sv"] : null;
  var text = {
    title: words ? words["unsupported.title"] : "Plankoll",
    body: words ? words["unsupported.body"] : "",
    detail: words ? words["unsupported.missing"] : "",
  };

  function show() {
    var root = document.getElementById("root");
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.padding = "16px";
    box.style.lineHeight = "1.4";
    var heading = document.createElement("h1");
    heading.style.fontSize = "16px";
    heading.appendChild(document.createTextNode(text.title));
    var body = document.createElement("p");
    body.appendChild(document.createTextNode(text.body));
    var detail = document.createElement("p");
    detail.style.fontSize = "12px";
    detail.style.color = "#616161";
    detail.appendChild(document.createTextNode(text.detail + missing.join(", ")));
    box.appendChild(heading);
    box.appendChild(body);
    box.appendChild(detail);
    root.appendChild(box);
    document.documentElement.lang = english ? "en" : "sv";
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
