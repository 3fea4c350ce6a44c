/** Internkontrollplan: the nämnd's planned follow-up of the ongoing control (docs/templates.md). */
import { defineTemplate } from "../types";
import { controlColumns, controlLayouts } from "./columns";
import { analyzeControls, type ControlsResult } from "./analyze";
import type { z } from "zod";
import type { Zone } from "../../types";
import { linkRisksAndControls } from "./workbook";
import { strings } from "./strings";
import { followUpSheet } from "./followUpSheet";
import { compareControls } from "./compare";
import { codes, wordings } from "./codes";

export type { ControlsResult, PlannedControl, NamedIncident } from "./analyze";

export interface ControlsSettings {
  /** Risks in this zone and above need a control (default medium: the medium and critical zones). */
  riskZone: Zone;
}

declare module "../types" {
  interface TemplateTypes {
    controls: { result: ControlsResult; code: keyof typeof codes; settings: ControlsSettings };
  }
}

export const controlsTemplate = defineTemplate({
  id: "controls",
  strings,
  nameKey: "template.controls",
  names: ["kontroller", "internkontrollplan", "internkontroll"],
  codes,
  wordings,
  columns: controlColumns,
  layouts: controlLayouts,
  analyze: analyzeControls,
  overview: (r: ControlsResult, t) =>
    t("pane.controlsSummary", {
      controls: r.controls.length,
      processes: r.processes.length,
      risks: r.risks.length,
      withoutMethod: r.withoutMethod,
      withoutOwner: r.withoutOwner,
    }),
  // The plan against the risk analysis, and, with last year's workbook, against last year's plan.
  workbook: (reports, ctx) => {
    const [linked, compared] = [linkRisksAndControls(reports, ctx), compareControls(reports, ctx)];
    return linked === null && compared === null ? null : [...(linked ?? []), ...(compared ?? [])];
  },
  followsUp: true,
  summary: (results, ctx) => followUpSheet(results, ctx),
  settings: {
    defaults: { riskZone: "medium" } as ControlsSettings,
    schema: (zod: typeof z, d: ControlsSettings) =>
      zod.strictObject({ riskZone: zod.enum(["low", "medium", "critical"]).default(d.riskZone) }),
    fields: [
      {
        key: "riskZone",
        label: "settings.controls.riskZone",
        options: [
          { value: "low", label: "settings.controls.riskZone.low" },
          { value: "medium", label: "settings.controls.riskZone.medium" },
          { value: "critical", label: "settings.controls.riskZone.critical" },
        ],
      },
    ],
  },
  blank: {
    sheet: "blank.controls.sheet",
    title: "blank.controls.title",
    rows: 200,
    columns: [
      { key: "blank.controls.process", width: 28 },
      { key: "blank.controls.approach", width: 28 },
      { key: "blank.controls.incident", width: 32 },
      { key: "blank.controls.checkOf", width: 32 },
      { key: "blank.controls.checkDescription", width: 40 },
      { key: "blank.controls.checkMethod", width: 22 },
      { key: "blank.controls.responsible", width: 22 },
      { key: "blank.controls.frequency", width: 16 },
      { key: "blank.controls.reportTo", width: 22 },
    ],
  },
});
