/** The Mätetal columns and their synonyms (docs/templates.md). */
import type { ColumnSpec } from "../../sheet/columns";

export const indicatorColumns = [
  { key: "name", labels: ["Mätetal", "Indikator", "Indikatorer", "Nyckeltal"] },
  { key: "target", labels: ["Årsmål", "Mål", "Målvärde", "Målnivå"], format: true },
  { key: "outcome", labels: ["Utfall", "Utfall totalt", "Resultat"], format: true },
  { key: "outcomeWomen", labels: ["Utfall kvinnor", "Kvinnor utfall", "Utfall K"], format: true },
  { key: "outcomeMen", labels: ["Utfall män", "Män utfall", "Utfall M"], format: true },
  { key: "direction", labels: ["Riktning"] },
  { key: "unit", labels: ["Enhet"] },
  { key: "activity", labels: ["Aktivitet/åtgärd", "Aktivitet", "Aktiviteter", "Åtgärd", "Åtgärder"] },
  { key: "responsible", labels: ["Ansvarig grupp", "Ansvar", "Ansvarig"] },
  { key: "endDate", labels: ["Slutdatum", "Klart senast"] },
] as const satisfies readonly ColumnSpec[];

export const indicatorLayouts = [["name", "target", "outcome"]] as const;
