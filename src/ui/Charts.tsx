/**
 * The pictures beside the findings, drawn as HTML (no chart library): women's pay as a percent of
 * men's per befattning against the limits, and the indicators' statuses as one bar. Each is a
 * table or list a screen reader reads as text; the bars themselves are decoration.
 */
import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { IndicatorResult, KusResult, ProcurementResult, SalaryResult } from "../core";
import { formatSek } from "../core/templates/common";
import { STATUS_FILL } from "../core/templates/indicators/colors";
import { flagLimit, payFlag } from "../core/templates/salary/flag";
import type { Translate } from "../core/i18n";
import { COLORS } from "../core/plan";

/** The pay axis: 50–150 % covers the city's limits with room on both sides; a ratio beyond is drawn at the edge. */
const AXIS = { min: 50, max: 150 };
const at = (percent: number) =>
  `${((Math.min(AXIS.max, Math.max(AXIS.min, percent)) - AXIS.min) / (AXIS.max - AXIS.min)) * 100}%`;

const useStyles = makeStyles({
  caption: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  positions: { listStyleType: "none", margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  // Each befattning: its name over the bar, its figure right of the bar, what to do below.
  position: {
    display: "grid",
    // A fixed column for the figure: every bar on the same scale, the limits in one line down the list.
    gridTemplateColumns: "1fr 5.5em",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingTop: "3px",
    paddingBottom: "3px",
  },
  title: { gridColumn: "1 / 3" },
  figure: { gridColumn: "2", gridRow: "2", whiteSpace: "nowrap", textAlign: "right" },
  track: {
    gridColumn: "1",
    gridRow: "2",
    position: "relative",
    display: "block",
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: { position: "absolute", left: 0, top: "2px", bottom: "2px" },
  limit: { position: "absolute", top: 0, bottom: 0, width: "1px", backgroundColor: tokens.colorNeutralForeground1 },
  said: { gridColumn: "1 / 3" },
  // An amount is wider than a percent: its own column beside the bar.
  amount: { gridColumn: "2", gridRow: "2", whiteSpace: "nowrap", textAlign: "right" },
  amountRow: { gridTemplateColumns: "1fr 9.5em" },
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

const STATUSES = ["met", "partly", "not_met", "missing", "not_judged"] as const;

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

/** Amounts as bars on one scale, each with its figure, and the total they add up to. */
function AmountBars(props: { caption: string; items: { label: string; sek: number }[]; total: string }) {
  const styles = useStyles();
  const id = useId();
  const largest = Math.max(0, ...props.items.map((i) => Math.abs(i.sek)));
  return (
    <figure style={{ margin: 0 }} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>
        {props.caption}
      </figcaption>
      <ul className={styles.positions}>
        {props.items.map((item, i) => (
          <li key={i} className={mergeClasses(styles.position, styles.amountRow)}>
            <span className={styles.title}>{item.label}: </span>
            <span className={styles.track} aria-hidden="true">
              <span
                className={styles.bar}
                style={{
                  width: largest ? `${(Math.abs(item.sek) / largest) * 100}%` : 0,
                  backgroundColor: COLORS.info,
                }}
              />
            </span>
            <span className={styles.amount}>{formatSek(item.sek)}</span>
          </li>
        ))}
      </ul>
      <p className={styles.flagged}>{props.total}</p>
    </figure>
  );
}

/** The procurements over the threshold by contract type and by area: each adds up to the total. */
export function ProcurementTotals(props: { result: ProcurementResult; t: Translate }) {
  // The procurement template's words (type.*, procurement.noArea) are registered with it.
  const t = props.t as Translate<string>;
  const { result } = props;
  if (result.totalSek === 0) return null;
  const total = t("pane.amountTotal", { total: formatSek(result.totalSek) });
  const types = (["goods", "services", "works", "unknown"] as const)
    .filter((type) => type !== "unknown" || result.byType.unknown !== 0)
    .map((type) => ({ label: t(`type.${type}`), sek: result.byType[type] }));
  const areas = Object.entries(result.byArea).map(([area, sek]) => ({ label: area || t("procurement.noArea"), sek }));
  return (
    <>
      <AmountBars caption={t("pane.procurementByType")} items={types} total={total} />
      <AmountBars caption={t("pane.procurementByArea")} items={areas} total={total} />
    </>
  );
}

/** A KUS request's applications by the sum each asks for, and the total. */
export function KusTotals(props: { result: KusResult; t: Translate }) {
  const t = props.t as Translate<string>;
  const items = props.result.applications
    .filter((a) => a.requestedSek !== null)
    .map((a) => ({
      label: a.priority === null ? (a.title ?? "") : `${a.priority}. ${a.title ?? ""}`,
      sek: a.requestedSek!,
    }));
  if (items.length === 0) return null;
  return (
    <AmountBars
      caption={t("pane.kusRequested")}
      items={items}
      total={t("pane.amountTotal", { total: formatSek(props.result.totalSek) })}
    />
  );
}
