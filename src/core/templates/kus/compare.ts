/**
 * This year's KUS request against last year's (`AnalysisContext.previous`): sheets paired by name,
 * else in order; applications by their title (the same, or the same significant words). Each
 * application's request against last year's, the new and the dropped, and the total (KUS_COMPARED,
 * information, on this year's sheet).
 */
import type { Comparison, SheetReport, WorkbookFinding } from "../types";
import type { Ctx } from "./strings";
import type { KusApplication } from "./result";
import { pairByText } from "../../parse/words";
import { formatNumber } from "../../parse/cells";
import { compareYears, formatSek } from "../common";

type KusReport = Extract<SheetReport, { template: "kus" }>;

/** The change from one amount to another in words: "+300 000 kr (+25,0 %)". */
function change(was: number, now: number): string {
  const diff = now - was;
  const sign = diff > 0 ? "+" : diff < 0 ? "−" : "±";
  const percent = was !== 0 ? ` (${sign}${formatNumber(Math.abs((diff / was) * 100), 1)} %)` : "";
  return `${sign}${formatSek(Math.abs(diff))}${percent}`;
}

const sek = (value: number | null) => (value === null ? "–" : formatSek(value));

export function compareKus(reports: readonly SheetReport[], ctx: Ctx): WorkbookFinding[] | null {
  const findings = ctx.findings();
  const titled = (list: readonly KusApplication[]) => list.filter((a) => a.title !== null);
  const isKus = (r: SheetReport): r is KusReport => r.template === "kus";
  return compareYears(reports, ctx.previous, isKus, findings, (was, now, tag) => {
    const header = now.headerRow ?? 1;
    const say = (comparison: Comparison, cell: string, row: number, what: string) =>
      tag(comparison, () => findings.add("KUS_COMPARED", cell, row, { what }));
    const paired = pairByText(titled(was.result.applications), titled(now.result.applications), (a) => a.title!);
    const { pairs, added, removed } = paired;
    const at = (a: KusApplication) => `A${a.row}`;
    for (const [a, b] of [...pairs].sort((x, y) => x[1].row - y[1].row))
      if (a.requestedSek !== null && b.requestedSek !== null && a.requestedSek !== b.requestedSek)
        say(
          "changed",
          at(b),
          b.row,
          ctx.t("compare.kus.changed", {
            title: b.title!,
            now: sek(b.requestedSek),
            was: sek(a.requestedSek),
            change: change(a.requestedSek, b.requestedSek),
          }),
        );
    for (const b of added)
      say("added", at(b), b.row, ctx.t("compare.kus.added", { title: b.title!, now: sek(b.requestedSek) }));
    for (const a of removed)
      say(
        "removed",
        `A${header}`,
        header,
        ctx.t("compare.kus.removed", { title: a.title!, was: sek(a.requestedSek), sheet: was.sheet }),
      );
    say(
      "said",
      `A${header}`,
      header,
      ctx.t("compare.kus.total", {
        now: formatSek(now.result.totalSek),
        was: formatSek(was.result.totalSek),
        change: change(was.result.totalSek, now.result.totalSek),
      }),
    );
    return paired;
  });
}
