/** Live review: the reviewed sheets judged again after a pause in the user's edits. */
import { useEffect, useRef, useState } from "react";
import type { Locale } from "../../core";
import type { Translate } from "../../core/i18n";
import { explainError, type createSession, type Review } from "../session";
import type { SheetChange } from "../../core/port";

/** How long after the last edit the sheets are reviewed again (a pause in typing). */
export const LIVE_PAUSE_MS = 1500;

/**
 * Live review: while `on` and there is a review, edits on its sheets are gathered and, after a
 * pause, those sheets are judged again (session.refresh: the rows edited read again, or the
 * sheet whole where Excel did not say which) and the review replaced;
 * nothing is written. An action running (Granska, Skriv resultat, Rensa) is waited for, and a
 * review it made in between is not overwritten by an older one. Returns the line saying when
 * and after which sheet's edit it last reviewed.
 */
export function useLiveReview(
  session: ReturnType<typeof createSession>,
  on: boolean,
  review: Review | null,
  busy: boolean,
  apply: (review: Review) => void,
  t: Translate,
  locale: Locale,
): string | null {
  const [line, setLine] = useState<string | null>(null);
  const latest = useRef(review);
  latest.current = review;
  const busyNow = useRef(busy);
  busyNow.current = busy;
  const applyNow = useRef(apply);
  applyNow.current = apply;
  const sheets = review?.sheets.join("\n") ?? "";
  const active = on && review !== null;
  useEffect(() => {
    if (!active || !session.canWatch) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Each edited sheet with what Excel said of each edit: the rows to read again.
    const edited = new Map<string, SheetChange[]>();
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void again(), LIVE_PAUSE_MS);
    };
    const again = async () => {
      const last = latest.current;
      if (!live || !last || edited.size === 0) return;
      if (busyNow.current) return later();
      const names = [...edited.keys()];
      const changes = new Map(edited);
      edited.clear();
      try {
        const next = await session.refresh(last, names, changes);
        // A review made meanwhile (Granska, Skriv resultat) is newer: it stays.
        if (!live || latest.current !== last) return;
        applyNow.current(next);
        const time = new Date().toLocaleTimeString(locale === "en" ? "en-GB" : "sv-SE", {
          hour: "2-digit",
          minute: "2-digit",
        });
        setLine(t("pane.liveUpdated", { sheets: names.join(", "), time }));
      } catch (error) {
        if (live) setLine(t("pane.liveFailed", { reason: explainError(error, t) }));
      }
    };
    void session
      .watch(sheets.split("\n"), (sheet, change) => {
        const list = edited.get(sheet) ?? [];
        list.push(change);
        edited.set(sheet, list);
        later();
      })
      .then((unwatch) => {
        if (live) stop = unwatch;
        else void unwatch();
      })
      .catch((error: unknown) => live && setLine(t("pane.liveFailed", { reason: explainError(error, t) })));
    return () => {
      live = false;
      clearTimeout(timer);
      void stop?.();
    };
  }, [active, sheets, session, t, locale]);
  return active ? line : null;
}
