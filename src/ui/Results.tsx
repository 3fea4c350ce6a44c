/**
 * What Granska found, sheet by sheet: each table's line, counts by severity, overview and findings;
 * then the findings across sheets in their own group, and the comparison with last year's in
 * another. Loaded at the first Granska.
 */
import { useId } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SheetReport } from "../core";
import type { Translate } from "../core/i18n";
import type { Review } from "./review";
import { Counts, FindingsList } from "./FindingsList";
import { Overview } from "./Overview";
import { templateById } from "../core/templates";
import { viewOf, type Act } from "./views";
import { detectedText } from "./Detected";
import { registerSwedishMore } from "../core/i18n/swedishMore";
import { Comparison } from "./Comparison";

// This view's Swedish strings come with it.
registerSwedishMore();

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Select = (sheet: string, cell: string) => void;

/** One table's findings, below its line. */
function TableResults(props: {
  report: SheetReport;
  t: Translate;
  nameOf: (id: string) => string;
  onSelect: Select;
  act?: Act;
  busy: boolean;
}) {
  const { report, t } = props;
  const View = report.template ? viewOf(report.template) : undefined;
  // The template's actions the pane offers on this table, as each action says.
  const actions = report.template
    ? (templateById(report.template)?.actions ?? []).filter((a) => a.pane?.(report.result)).map((a) => a.command)
    : [];
  const label = t("pane.findingsLabel") + ` – ${report.table ? `${report.sheet} (${report.table})` : report.sheet}`;
  return (
    <>
      <Text as="p">{detectedText(report, props.nameOf, t)}</Text>
      {report.template && (
        <>
          <Overview report={report} t={t} />
          {View && (
            <View report={report} t={t} onSelect={props.onSelect} actions={actions} act={props.act} busy={props.busy} />
          )}
          <Counts findings={report.findings} t={t} />
          {report.findings.length === 0 ? (
            // A table with nothing under its header has nothing to look fine: it is said as such.
            <Text as="p">{t(report.rows === 0 ? "pane.noRows" : "pane.noFindings")}</Text>
          ) : (
            <FindingsList
              findings={report.findings.map((finding) => ({ sheet: report.sheet, finding }))}
              t={t}
              onSelect={props.onSelect}
              label={label}
            />
          )}
        </>
      )}
    </>
  );
}

export default function Results(props: {
  review: Review;
  t: Translate;
  nameOf: (id: string) => string;
  onSelect: Select;
  /** Runs a template's action from its view (the pay information form, Art. 7); absent where no sheet can be added. */
  act?: Act;
  busy?: boolean;
}) {
  const styles = useStyles();
  const id = useId();
  const { review, t } = props;
  // The comparison with last year's is a group of its own; the rest is across the sheets.
  const across = (review.workbook ?? []).filter((w) => !w.comparison);
  const all = [...review.reports.flatMap((r) => r.findings), ...(review.workbook ?? []).map((w) => w.finding)];
  const judged = new Set(review.reports.filter((r) => r.template).map((r) => r.sheet)).size;
  return (
    <>
      {review.scope === "workbook" && (
        <>
          <Text as="p" weight="semibold">
            {t("pane.workbookReviewed", { sheets: review.sheets.length, judged })}
          </Text>
          <Counts findings={all} t={t} />
          {review.hidden.length > 0 && (
            <Text as="p">{t("pane.hiddenSkipped", { sheets: review.hidden.join(", ") })}</Text>
          )}
        </>
      )}
      {review.sheets.map((sheet, index) => (
        <section key={sheet} className={styles.sheet} aria-labelledby={`${id}-${index}`}>
          <h2 className={styles.heading} id={`${id}-${index}`}>
            {t("pane.sheetHeading", { sheet })}
          </h2>
          {review.reports
            .filter((r) => r.sheet === sheet)
            .map((report) => (
              <TableResults
                key={report.table ?? report.sheet}
                report={report}
                t={t}
                nameOf={props.nameOf}
                onSelect={props.onSelect}
                act={props.act}
                busy={props.busy ?? false}
              />
            ))}
        </section>
      ))}
      {review.workbook && (
        <section className={styles.sheet} aria-labelledby={`${id}-across`}>
          <h2 className={styles.heading} id={`${id}-across`}>
            {t("pane.acrossSheets")}
          </h2>
          <Counts findings={across.map((w) => w.finding)} t={t} />
          {across.length === 0 ? (
            <Text as="p">{t("pane.noFindingsAcross")}</Text>
          ) : (
            <FindingsList
              findings={across}
              t={t}
              onSelect={props.onSelect}
              label={`${t("pane.findingsLabel")} – ${t("pane.acrossSheets")}`}
              showSheet
            />
          )}
        </section>
      )}
      <Comparison
        workbook={review.workbook ?? []}
        t={t}
        onSelect={props.onSelect}
        classes={{ section: styles.sheet, heading: styles.heading }}
      />
    </>
  );
}
