/** The indicator template's view: the statuses as one bar, its legend the counts in words. */
import { useId } from "react";
import type { IndicatorResult } from "../../../core/templates/indicators/analyze";
import type { Translate } from "../../../core/i18n";
import { STATUS_FILL } from "../../../core/templates/indicators/colors";
import { useChartStyles as useStyles } from "../charts";
import { defineView } from "../registry";

const STATUSES = ["met", "partly", "not_met", "missing", "not_judged"] as const;

/** The indicators' statuses as one bar, its legend the counts in words. */
function StatusBar(props: { result: IndicatorResult; t: Translate }) {
  const styles = useStyles();
  // The indicator template's words (status.*) are registered with it.
  const t = props.t as Translate<string>;
  const { counts, indicators } = props.result;
  const id = useId();
  const total = indicators.length;
  if (total === 0) return null;
  return (
    <figure style={{ margin: 0 }} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>
        {t("pane.statusCaption", { count: total })}
      </figcaption>
      <div className={styles.stack} aria-hidden="true">
        {STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <div key={s} style={{ width: `${(counts[s] / total) * 100}%`, backgroundColor: STATUS_FILL[s] }} />
        ))}
      </div>
      <ul className={styles.legend}>
        {STATUSES.filter((s) => counts[s] > 0 || s !== "not_judged").map((s) => (
          <li key={s}>
            <span className={styles.swatch} style={{ backgroundColor: STATUS_FILL[s] }} aria-hidden="true" />
            {`${t(`status.${s}`)}: ${counts[s]}`}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export const indicatorsView = defineView("indicators", ({ report, t }) => <StatusBar result={report.result} t={t} />);
