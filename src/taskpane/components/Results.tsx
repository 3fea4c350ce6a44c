/** What Granska found: the overview, the counts by severity and the findings. Loaded at the first Granska. */
import { Text } from "@fluentui/react-components";
import type { Finding, SheetReport } from "../../core";
import { countBySeverity } from "../../core/findings";
import type { Translate } from "../../core/i18n";
import { FindingsList } from "./FindingsList";
import { Overview } from "./Overview";
import { registerSwedishMore } from "../../core/i18n/swedishMore";

// This view's Swedish strings come with it.
registerSwedishMore();

export default function Results(props: { report: SheetReport; t: Translate; onSelect: (finding: Finding) => void }) {
  const { report, t } = props;
  const counts = countBySeverity(report.findings);
  return (
    <>
      <Overview report={report} t={t} />
      <Text as="p" weight="semibold">
        {t("pane.counts", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </Text>
      {report.findings.length === 0 ? (
        <Text as="p">{t("pane.noFindings")}</Text>
      ) : (
        <FindingsList findings={report.findings} t={t} onSelect={props.onSelect} table={report.table} />
      )}
    </>
  );
}
