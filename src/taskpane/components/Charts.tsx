/**
 * The pictures beside the findings, drawn as HTML (no chart library): women's pay as a percent of
 * men's per befattning against the limits, and the indicators' statuses as one bar. Each is a
 * table or list a screen reader reads as text; the bars themselves are decoration.
 */
import { useId } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorResult, SalaryResult } from "../../core";
import type { Translate } from "../../core/i18n";
import { COLORS } from "../../core/plan";

/** The pay axis: 50–150 % covers the city's limits with room on both sides; a ratio beyond is drawn at the edge. */
const AXIS = { min: 50, max: 150 };
const at = (percent: number) =>
  `${((Math.min(AXIS.max, Math.max(AXIS.min, percent)) - AXIS.min) / (AXIS.max - AXIS.min)) * 100}%`;

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  head: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  cell: { paddingTop: "2px", paddingBottom: "2px", verticalAlign: "middle" },
  title: { overflowWrap: "anywhere", paddingRight: tokens.spacingHorizontalS },
  figure: { whiteSpace: "nowrap", textAlign: "right", paddingRight: tokens.spacingHorizontalS },
  track: { position: "relative", height: "12px", minWidth: "80px", backgroundColor: tokens.colorNeutralBackground3 },
  bar: { position: "absolute", left: 0, top: "2px", bottom: "2px" },
  limit: { position: "absolute", top: 0, bottom: 0, width: "1px", backgroundColor: tokens.colorNeutralForeground1 },
  flagged: { fontWeight: tokens.fontWeightSemibold },
  stack: {
    display: "flex",
    height: "16px",
    width: "100%",
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  legend: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", columnGap: "12px" },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** Women's pay in percent of men's per befattning, with the limits; flagged ones said in words too. */
export function PayChart(props: { result: SalaryResult; t: Translate }) {
  const styles = useStyles();
  const { result, t } = props;
  const { low, high } = result.limits;
  const number = (value: number) =>
    value.toLocaleString(t("pane.numberLocale"), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t("pane.payCaption", { low, high })}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            {t("pane.payPosition")}
          </th>
          <th scope="col" className={styles.head}>
            {t("pane.payRatio")}
          </th>
          <th scope="col" className={styles.head}>
            {t("pane.payScale", { min: AXIS.min, max: AXIS.max })}
          </th>
        </tr>
      </thead>
      <tbody>
        {result.positions.map((p) => {
          const flagged = p.flag !== null;
          const said =
            p.ratio === null
              ? t("pane.payNotCompared")
              : p.flag === "low"
                ? t("pane.payLow", { limit: low })
                : p.flag === "high"
                  ? t("pane.payHigh", { limit: high })
                  : "";
          return (
            <tr key={p.row}>
              <th scope="row" className={`${styles.cell} ${styles.title} ${styles.head}`}>
                {p.title}
              </th>
              <td className={`${styles.cell} ${styles.figure} ${flagged ? styles.flagged : ""}`}>
                {p.ratio === null ? "–" : `${number(p.ratio)} %`}
                {said && <div>{said}</div>}
              </td>
              <td className={styles.cell} aria-hidden="true">
                <div className={styles.track}>
                  {p.ratio !== null && (
                    <div
                      className={styles.bar}
                      style={{ width: at(p.ratio), backgroundColor: flagged ? COLORS.critical : COLORS.low }}
                    />
                  )}
                  <div className={styles.limit} style={{ left: at(low) }} />
                  <div className={styles.limit} style={{ left: at(high) }} />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const STATUSES = ["met", "partly", "not_met", "missing", "not_judged"] as const;
const STATUS_FILL: Record<(typeof STATUSES)[number], string> = {
  met: COLORS.low,
  partly: COLORS.medium,
  not_met: COLORS.critical,
  missing: COLORS.info,
  not_judged: "#D9D9D9",
};

/** The indicators' statuses as one bar, its legend the counts in words. */
export function StatusBar(props: { result: IndicatorResult; t: Translate }) {
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
