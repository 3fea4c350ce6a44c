/** Women's pay in percent of men's per befattning, as bars against the limits. */
import { useId } from "react";
import type { SalaryResult } from "../../../core/templates/salary/analyze";
import { flagLimit, payFlag } from "../../../core/templates/salary/flag";
import type { Translate } from "../../../core/i18n";
import { COLORS } from "../../../core/plan";
import { useChartStyles as useStyles } from "../charts";

/** The pay axis: 50–150 % covers the city's limits with room on both sides; a ratio beyond is drawn at the edge. */
const AXIS = { min: 50, max: 150 };
const at = (percent: number) =>
  `${((Math.min(AXIS.max, Math.max(AXIS.min, percent)) - AXIS.min) / (AXIS.max - AXIS.min)) * 100}%`;

/** The pane's words for each flag but none (the pay sheet has its own, shorter, for its column). */
const PAY_WORDS = { notComparable: "pane.payNotCompared", low: "pane.payLow", high: "pane.payHigh" } as const;

/** Women's pay in percent of men's per befattning, with the limits; flagged ones said in words too. */
export function PayChart(props: { result: SalaryResult; t: Translate }) {
  const styles = useStyles();
  const { result, t } = props;
  const { low, high } = result.limits;
  const id = useId();
  const number = (value: number) =>
    value.toLocaleString(t("pane.numberLocale"), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <figure style={{ margin: 0 }} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>
        {t("pane.payCaption", { low, high })}
      </figcaption>
      <ul className={styles.positions}>
        {result.positions.map((p) => {
          const flagged = p.flag !== null;
          const flag = payFlag(p);
          const said = flag === "none" ? "" : t(PAY_WORDS[flag], { limit: flagLimit(flag, { low, high }) ?? "" });
          return (
            <li key={p.row} className={styles.position}>
              <span className={styles.title}>{p.title}: </span>
              <span className={`${styles.figure} ${flagged ? styles.flagged : ""}`}>
                {p.ratio === null ? "–" : `${number(p.ratio)} %`}
              </span>
              {/* The bar and the limits' lines are decoration: the figure and the words say it all. */}
              <span className={styles.track} aria-hidden="true">
                {p.ratio !== null && (
                  <span
                    className={styles.bar}
                    style={{ width: at(p.ratio), backgroundColor: flagged ? COLORS.critical : COLORS.low }}
                  />
                )}
                <span className={styles.limit} style={{ left: at(low) }} />
                <span className={styles.limit} style={{ left: at(high) }} />
              </span>
              {said && <span className={`${styles.said} ${flagged ? styles.flagged : ""}`}>{said}</span>}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
