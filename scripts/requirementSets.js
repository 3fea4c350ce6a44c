/*
 * The ExcelApi requirement set the add-in needs, derived from what its Excel adapter calls: each
 * member of Excel's API it uses, with the set Microsoft's reference gives it (@types/office-js:
 * "[Api set: ExcelApi 1.9]"), the highest of those it calls without asking first. Members it uses
 * only after asking (isSetSupported: notes, merged areas) or that older hosts ignore (the
 * delayForCellEdit option) raise nothing. A new member the adapter starts to call belongs in the table.
 */
"use strict";
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

/** Members of Excel's API and their sets, for every member the adapter calls. */
const MEMBERS = {
  getRanges: "1.9",
  getCellProperties: "1.9",
  getSpecialCellsOrNullObject: "1.9",
  pageLayout: "1.9",
  horizontalPageBreaks: "1.9",
  setPrintTitleRows: "1.9",
  dataValidation: "1.8",
  onChanged: "1.7",
  onActivated: "1.7",
  getRangeByIndexes: "1.7",
  hyperlink: "1.7",
  freezePanes: "1.7",
  getUsedRangeOrNullObject: "1.4",
  getItemOrNullObject: "1.4",
  merge: "1.2",
  protection: "1.2",
  columnWidth: "1.2",
  rowHeight: "1.2",
  charts: "1.1",
  tables: "1.1",
  worksheets: "1.1",
  getActiveWorksheet: "1.1",
  visibility: "1.2", // 1.1 to read it, 1.2 to set it (the backup sheet is made visible to be removed)
  wrapText: "1.1",
  verticalAlignment: "1.1",
  borders: "1.1",
  // Asked for first (notesSupported: ExcelApi 1.18; layoutSupported: 1.13), or ignored by older hosts.
  notes: "1.18",
  comments: "1.10",
  getMergedAreasOrNullObject: "1.13",
  delayForCellEdit: "1.11",
};
const GUARDED = new Set(["notes", "comments", "getMergedAreasOrNullObject", "delayForCellEdit"]);

const ADAPTER = path.join(__dirname, "..", "src", "excel");

/** Excel API members named in the adapter's code (a property or method after a dot, or an option). */
function membersUsed(dir = ADAPTER) {
  const used = new Set();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const name of Object.keys(MEMBERS)) if (new RegExp(`[.{,\\s]${name}\\b`).test(text)) used.add(name);
  }
  return used;
}

const newer = (a, b) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am > bm : an > bn;
};

/** The set the adapter needs, and the members that need it. */
function requiredExcelApi(dir = ADAPTER) {
  let version = "1.1";
  const by = [];
  for (const name of membersUsed(dir)) {
    if (GUARDED.has(name)) continue;
    const set = MEMBERS[name];
    if (newer(set, version)) {
      version = set;
      by.length = 0;
    }
    if (set === version) by.push(name);
  }
  return { version, by: by.sort() };
}

module.exports = { MEMBERS, GUARDED, membersUsed, requiredExcelApi };
