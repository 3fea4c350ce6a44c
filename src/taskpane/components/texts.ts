/** What the pane's actions did, in words. */
import type { ClearResult } from "../../core/port";
import type { Translate } from "../../core/i18n";
import type { WriteResult } from "../session";

/** What Rensa did, in words: where this Excel could not delete Plankoll's notes, exactly which are left. */
export function clearedText({ cleared, notesLeft }: ClearResult, t: Translate): string {
  if (!cleared) return t("pane.nothingToClear");
  if (notesLeft.length === 0) return t("pane.cleared");
  const bySheet = new Map<string, string[]>();
  for (const ref of notesLeft.slice(0, 40)) {
    const at = ref.lastIndexOf("!");
    const sheet = ref.slice(0, at);
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ref.slice(at + 1)]);
  }
  const shown = [...bySheet].map(([sheet, cells]) => `${sheet}: ${cells.join(", ")}`).join("; ");
  const more = notesLeft.length > 40 ? t("pane.notesLeftMore", { count: notesLeft.length - 40 }) : "";
  return t("pane.clearedNotesLeft", { cells: shown + more });
}

/** What Skriv resultat did, in words: what it wrote, which earlier results it wrote again, or why nothing. */
export function writtenText(result: WriteResult, t: Translate): string {
  if (result.kind === "changed") return t("pane.changed");
  if (result.kind === "nothing") return t("pane.nothingToWrite");
  const { summary, kept } = result;
  const written = t("pane.written", {
    fills: summary.fills,
    values: summary.values,
    sheets: summary.sheets.join(", "),
  });
  return kept.length ? `${written} ${t("pane.kept", { sheets: kept.join(", ") })}` : written;
}
