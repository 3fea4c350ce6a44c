/** A compact overview of what the template computed, shown before the findings: the template's own line. */
import { Text } from "@fluentui/react-components";
import type { SheetReport } from "../core";
import { overviewText } from "../core/templates";
import type { Translate } from "../core/i18n";

export function Overview(props: { report: SheetReport; t: Translate }) {
  const text = overviewText(props.report, props.t);
  return text ? <Text as="p">{text}</Text> : null;
}
