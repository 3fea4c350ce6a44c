/** A table's line: the template it follows (header row, rows), or why the sheet follows none. */
import type { SheetReport } from "../core";
import type { Translate } from "../core/i18n";

export function detectedText(r: SheetReport, nameOf: (id: string) => string, t: Translate): string {
  return r.template
    ? t("pane.detected", {
        sheet: r.table ? `${r.sheet} (${r.table})` : r.sheet,
        template: nameOf(r.template),
        headerRow: r.headerRow ?? "",
        rows: r.rows,
      })
    : t("pane.notDetected", { sheet: r.sheet, reason: r.reason ?? "" });
}

/** One line per table of a sheet. */
export function DetectedLines(props: {
  reports: readonly SheetReport[];
  nameOf: (id: string) => string;
  t: Translate;
}) {
  return (
    <div aria-live="polite">
      {props.reports.map((r) => (
        <p key={r.table ?? r.sheet}>{detectedText(r, props.nameOf, props.t)}</p>
      ))}
    </div>
  );
}
