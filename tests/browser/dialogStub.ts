/**
 * Stands in for Office's dialog messages in the browser test of the larger view (dialog.html):
 * when the page says it is ready, it is given a real review — the core's analysis of the sample
 * sheets in window.__plankollSheets — as the pane would send it; what the page sends is kept in
 * window.__plankollDialogSent.
 */
import { analyzeWorkbook, translator } from "../../src/core";
import { templateName, templates } from "../../src/core/templates";
import type { ToDialog, ToPane } from "../../src/ui/channel";
import type { CellValue } from "../../src/core/types";

interface StubWindow {
  __plankollSheets: { name: string; values: CellValue[][]; active?: boolean }[];
  __plankollDialogSent: ToPane[];
  __plankollDialogChannel: unknown;
}

const w = window as unknown as StubWindow;
const sheets = w.__plankollSheets ?? [];
const grids = sheets.map((s) => ({ sheet: s.name, originRow: 1, originCol: 1, values: s.values }));
const analysis = analyzeWorkbook(grids, { today: "2026-12-01" });
const t = translator("sv");
const message: ToDialog = {
  kind: "review",
  review: {
    scope: "workbook",
    sheets: sheets.map((s) => s.name),
    active: sheets.find((s) => s.active)?.name ?? sheets[0]?.name ?? "",
    reports: analysis.sheets,
    workbook: analysis.workbook,
    hidden: [],
  },
  names: Object.fromEntries(templates.map((tpl) => [tpl.id, templateName(tpl.id, t)])),
};
let deliver: ((m: ToDialog) => void) | null = null;
w.__plankollDialogSent = [];
w.__plankollDialogChannel = {
  send: (m: ToPane) => {
    w.__plankollDialogSent.push(m);
    if (m.kind === "ready") setTimeout(() => deliver?.(JSON.parse(JSON.stringify(message)) as ToDialog), 0);
  },
  listen: (handler: (m: ToDialog) => void) => {
    deliver = handler;
  },
};
