/** How far a long action has come, in words. */
import type { Progress } from "../../core/progress";
import type { Translate } from "../../core/i18n";

/** "Blad 2 av 5, Risker: läser rader: 12 000 av 100 000", or "Arbetar…" before the first figure. */
export function ProgressView(props: { progress: Progress | null; t: Translate; className: string }) {
  const { progress, t } = props;
  const number = numberFormat(t("pane.numberLocale"));
  const step = progress
    ? t(`progress.${progress.phase}`, { done: number.format(progress.done), total: number.format(progress.total) })
    : t("pane.busy");
  const text = progress?.sheet
    ? t("progress.sheet", {
        index: progress.sheet.index,
        count: progress.sheet.count,
        sheet: progress.sheet.name,
        step,
      })
    : step;
  return <p className={props.className}>{text}</p>;
}

function numberFormat(tag: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag);
  } catch {
    // A locale tag Intl does not know (the pseudo-locale in tests): digits as they are.
    return new Intl.NumberFormat();
  }
}
