/** The procurement template's view: the procurements over the threshold by contract type and by area. */
import type { ProcurementResult } from "../../../core/templates/procurement/result";
import { formatSek } from "../../../core/templates/common";
import type { Translate } from "../../../core/i18n";
import { AmountBars } from "../charts";
import { defineView } from "../registry";

/** The procurements over the threshold by contract type and by area: each adds up to the total. */
function ProcurementTotals(props: { result: ProcurementResult; t: Translate }) {
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

export const procurementView = defineView("procurement", ({ report, t }) => (
  <ProcurementTotals result={report.result} t={t} />
));
