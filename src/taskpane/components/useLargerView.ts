/** The larger view, opened from the pane and given the review again whenever it changes. */
import { useEffect, useRef, useState } from "react";
import type { Translate } from "../../core/i18n";
import { explainError, type Review, type TemplateChoice } from "../session";

/**
 * The larger view: an Office dialog window with the same pictures and findings, given the review
 * again whenever it changes (a new Granska, live review) while it is open. Its code is loaded
 * only when it is opened.
 */
export function useLargerView(
  review: Review | null,
  choices: readonly TemplateChoice[],
  select: (sheet: string, cell: string) => unknown,
  t: Translate,
) {
  const view = useRef<{ update(review: Review): void } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const selectNow = useRef(select);
  selectNow.current = select;
  useEffect(() => {
    if (review) view.current?.update(review);
  }, [review]);
  const open = async () => {
    if (!review) return;
    setProblem(null);
    try {
      const { openLargerView } = await import("../../ui/channel");
      const names = Object.fromEntries(choices.map((c) => [c.id, c.name]));
      view.current = await openLargerView(
        review,
        names,
        (sheet, cell) => void selectNow.current(sheet, cell),
        () => (view.current = null),
      );
    } catch (error) {
      setProblem(t("pane.largerFailed", { reason: explainError(error, t) }));
    }
  };
  return { open: () => void open(), problem };
}
