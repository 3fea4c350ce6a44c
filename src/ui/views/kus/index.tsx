/** The KUS template's view: a request's applications by the sum each asks for, and the total. */
import type { KusResult } from "../../../core/templates/kus/result";
import { formatSek } from "../../../core/templates/common";
import type { Translate } from "../../../core/i18n";
import { AmountBars } from "../charts";
import { defineView } from "../registry";

/** A KUS request's applications by the sum each asks for, and the total. */
function KusTotals(props: { result: KusResult; t: Translate }) {
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

export const kusView = defineView("kus", ({ report, t }) => <KusTotals result={report.result} t={t} />);
