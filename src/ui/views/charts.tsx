/**
 * What the templates' views draw with: the chart styles and bars of amounts on one scale. No chart
 * library: lists and bars of HTML, read by a screen reader as text.
 */
import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatSek } from "../../core/templates/common";
import { COLORS } from "../../core/plan";

export const useChartStyles = makeStyles({
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

/** Amounts as bars on one scale, each with its figure, and the total they add up to. */
export function AmountBars(props: { caption: string; items: { label: string; sek: number }[]; total: string }) {
  const styles = useChartStyles();
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
