/**
 * The control plan's view in the pane, where the plan is followed up (tertial 1, tertial 2, the
 * verksamhetsberättelse): per process and in total, the controls carried out, under way, not
 * carried out, not yet due and called off as one bar each, said in words beside it with those that
 * found a deviation and those whose deviation has an action — the same counts as Plankoll
 * Uppföljning.
 */
import { useId } from "react";
import type { ControlsResult } from "../../../core/templates/controls";
import { STANDINGS, tallies, type ProcessTally, type Standing } from "../../../core/templates/controls/followUpSheet";
import type { Translate } from "../../../core/i18n";
import { COLORS } from "../../../core/plan";
import { useChartStyles as useStyles } from "../charts";
import { defineView } from "../registry";

const FILL: Record<Standing, string> = {
  done: COLORS.low,
  ongoing: COLORS.medium,
  notDone: COLORS.critical,
  notDue: "#EDEDED",
  cancelled: "#FFFFFF",
};

/** One process (or the total): its bar, and its counts in words. */
function TallyRow(props: { tally: ProcessTally; name: string; t: Translate<string> }) {
  const styles = useStyles();
  const { tally, name, t } = props;
  const said = STANDINGS.filter((s) => tally.counts[s] > 0).map((s) => `${t(`followUp.head.${s}`)} ${tally.counts[s]}`);
  return (
    <li>
      <span>{`${name}: ${t("followUp.pane.planned", { count: tally.planned })}`}</span>
      <div className={styles.stack} aria-hidden="true">
        {STANDINGS.filter((s) => tally.counts[s] > 0).map((s) => (
          <div key={s} style={{ width: `${(tally.counts[s] / tally.planned) * 100}%`, backgroundColor: FILL[s] }} />
        ))}
      </div>
      <span>
        {[...said, t("followUp.pane.deviations", { deviations: tally.deviations, actions: tally.actions })].join(" · ")}
      </span>
    </li>
  );
}

function FollowUpBars(props: { result: ControlsResult; t: Translate }) {
  const styles = useStyles();
  const id = useId();
  // The control template's words (followUp.*, moment.*) are registered with it.
  const t = props.t as Translate<string>;
  const followUp = props.result.followUp;
  if (!followUp || props.result.controls.length === 0) return null;
  const { processes, total } = tallies(props.result.controls, t("followUp.noProcess"));
  return (
    <figure style={{ margin: 0 }} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>
        {t("followUp.title", { moment: t(`moment.${followUp.moment}`) })}
      </figcaption>
      <ul className={styles.positions}>
        {processes.map((p) => (
          <TallyRow key={p.process} tally={p} name={p.process} t={t} />
        ))}
        <TallyRow tally={total} name={t("followUp.total")} t={t} />
      </ul>
      <ul className={styles.legend}>
        {STANDINGS.map((s) => (
          <li key={s}>
            <span className={styles.swatch} style={{ backgroundColor: FILL[s] }} aria-hidden="true" />
            {t(`followUp.head.${s}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export const controlsView = defineView("controls", ({ report, t }) => <FollowUpBars result={report.result} t={t} />);
