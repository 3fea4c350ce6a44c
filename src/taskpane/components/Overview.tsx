/** A compact overview of what the template computed, shown before the findings. */
import { Text } from "@fluentui/react-components";
import type {
  ActionPlanResult,
  GenderStatsResult,
  IndicatorResult,
  KusResult,
  ProcurementResult,
  RiskResult,
  SalaryResult,
  SheetReport,
} from "../../core";
import { formatSek } from "../../core/templates/common";
import type { Translate } from "../../core/i18n";

export function overviewText(report: SheetReport, t: Translate): string | null {
  switch (report.template) {
    case "risk": {
      const { counts } = report.result as RiskResult;
      return t("pane.matrixSummary", { low: counts.low, medium: counts.medium, critical: counts.critical });
    }
    case "indicators": {
      const { counts } = report.result as IndicatorResult;
      return t("pane.statusSummary", { ...counts });
    }
    case "actionplan": {
      const r = report.result as ActionPlanResult;
      return t("pane.actionSummary", { actions: r.actions.length, goals: r.goals, withoutOwner: r.withoutOwner });
    }
    case "genderstats": {
      const { rows } = report.result as GenderStatsResult;
      return t("pane.genderSummary", { rows: rows.length, balanced: rows.filter((r) => r.balanced).length });
    }
    case "salary": {
      const r = report.result as SalaryResult;
      return t("pane.salarySummary", {
        positions: r.positions.length,
        flagged: r.flagged,
        balanced: r.positions.filter((p) => p.balanced).length,
      });
    }
    case "procurement": {
      const r = report.result as ProcurementResult;
      return t("pane.procurementSummary", {
        items: r.items.length,
        total: formatSek(r.totalSek),
        below: r.items.filter((i) => i.reportable === false).length,
      });
    }
    case "kus": {
      const r = report.result as KusResult;
      return t("pane.kusSummary", { applications: r.applications.length, total: formatSek(r.totalSek) });
    }
    default:
      return null;
  }
}

export function Overview(props: { report: SheetReport; t: Translate }) {
  const text = overviewText(props.report, props.t);
  return text ? <Text as="p">{text}</Text> : null;
}
