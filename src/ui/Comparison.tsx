/**
 * This year's workbook against last year's, as a group of its own below the findings across
 * sheets: per sheet which of last year's it was compared with and the counts (new, removed,
 * changed), then each difference, linked to its cell. Shown only where last year's workbook was
 * chosen and something was compared.
 */
import { useId } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Translate } from "../core/i18n";
import type { WorkbookFinding } from "../core/templates/types";
import { comparisonsOf, summaryLines } from "../core/comparisonSheet";
import { Counts, FindingsList } from "./FindingsList";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function Comparison(props: {
  workbook: readonly WorkbookFinding[];
  t: Translate;
  onSelect: (sheet: string, cell: string) => void;
  /** The results' own section and heading styles. */
  classes: { section: string; heading: string };
}) {
  const styles = useStyles();
  const id = useId();
  const { t } = props;
  const compared = comparisonsOf(props.workbook);
  if (compared.length === 0) return null;
  const differences = compared.flatMap((entry) => entry.findings.map((finding) => ({ sheet: entry.sheet, finding })));
  return (
    <section className={props.classes.section} aria-labelledby={id}>
      <h2 className={props.classes.heading} id={id}>
        {t("pane.comparison.heading")}
      </h2>
      <Counts findings={props.workbook.filter((w) => w.comparison).map((w) => w.finding)} t={t} />
      <ul className={styles.list} aria-label={t("pane.comparison.tables")}>
        {compared.flatMap((entry) =>
          summaryLines(entry, t).map((line, i) => (
            <li key={`${entry.sheet}-${i}`}>
              <Text>
                <Text weight="semibold">{entry.sheet}</Text>: {line}
              </Text>
            </li>
          )),
        )}
      </ul>
      {differences.length === 0 ? (
        <Text as="p">{t("pane.comparison.none")}</Text>
      ) : (
        <FindingsList
          findings={differences}
          t={t}
          onSelect={props.onSelect}
          label={`${t("pane.findingsLabel")} – ${t("pane.comparison.heading")}`}
          showSheet
        />
      )}
    </section>
  );
}
