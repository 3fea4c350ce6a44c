/**
 * The pane follows the active sheet: when the user activates another sheet (its tab, a finding's
 * link), the lines at the top name that sheet — from the last review where it has one, else read
 * and judged anew — so that what the pane says and what "Skriv för bladet" acts on never differ.
 * Plankoll's own sheets leave the lines as they are.
 */
import { useEffect, useRef } from "react";
import type { WorkbookPort } from "../../core/port";
import type { SheetReport } from "../../core/analyze";
// The prefix alone, not the analysis: the pane's first bundle stays small.
import { PLANKOLL_SHEET_PREFIX } from "../../core/plan";
import type { Review } from "../session";

export function useFollowActive(
  port: WorkbookPort,
  reviewActive: () => Promise<SheetReport[]>,
  review: Review | null,
  show: (reports: SheetReport[]) => void,
): void {
  const latest = useRef({ review, reviewActive, show });
  latest.current = { review, reviewActive, show };
  useEffect(() => {
    if (!port.watchActivation) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    const follow = (sheet: string) => {
      if (!live || sheet.startsWith(PLANKOLL_SHEET_PREFIX)) return;
      const { review: last, reviewActive: read, show: showReports } = latest.current;
      const known = last?.reports.filter((r) => r.sheet === sheet) ?? [];
      if (known.length) showReports(known);
      else
        void read()
          .then((reports) => live && showReports(reports))
          .catch(() => undefined);
    };
    void port
      .watchActivation(follow)
      .then((stopping) => {
        if (live) stop = stopping;
        else void stopping();
      })
      // A host without the event: the pane reads the active sheet when it acts, as before.
      .catch(() => undefined);
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [port]);
}
