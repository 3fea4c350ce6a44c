/** Which template a sheet follows, and where its header is; or why it follows none. */
import type { Grid } from "./types";
import type { Translate } from "./i18n";
import { templates, type TemplateDefinition } from "./templates";
import { findHeader, type HeaderMatch } from "./sheet/columns";
import { isBlank } from "./parse";

export type Detection =
  { ok: true; template: TemplateDefinition<unknown>; header: HeaderMatch } | { ok: false; reason: string };

export function detectTemplate(grid: Grid, t: Translate): Detection {
  if (grid.values.every((row) => row.every(isBlank))) return { ok: false, reason: t("detect.empty") };
  let found: { template: TemplateDefinition<unknown>; header: HeaderMatch } | null = null;
  let nearest: { template: TemplateDefinition<unknown>; headerIndex: number; missing: string[] } | null = null;
  for (const template of templates) {
    const { match, best } = findHeader(grid, template.columns, template.layouts);
    if (match) {
      if (!found || Object.keys(match.columns).length > Object.keys(found.header.columns).length) {
        found = { template, header: match };
      }
    } else if (best && Object.keys(best.columns).length >= 2) {
      const missing = template.layouts
        .map((layout) => layout.filter((key) => !(key in best.columns)))
        .sort((a, b) => a.length - b.length)[0];
      if (!nearest || missing.length < nearest.missing.length) {
        nearest = { template, headerIndex: best.headerIndex, missing };
      }
    }
  }
  if (found) return { ok: true, ...found };
  if (nearest) {
    return {
      ok: false,
      reason: t("detect.missing", {
        row: nearest.headerIndex + grid.originRow,
        template: t(nearest.template.nameKey),
        columns: nearest.missing.map((key) => t(`col.${key}` as Parameters<Translate>[0])).join(", "),
      }),
    };
  }
  return { ok: false, reason: t("detect.noHeader") };
}
