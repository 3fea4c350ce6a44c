/**
 * Internkontrollplan, its second half (docs/templates.md): the nämnd's planned follow-up of the
 * ongoing control, as seed 001 lays it out, and the columns such plans commonly add.
 */
import type { ColumnSpec } from "../../sheet/columns";

export const controlColumns = [
  { key: "controlProcess", labels: ["Process", "Processer"], group: true },
  { key: "approach", labels: ["Arbetssätt"] },
  {
    key: "controlKind",
    labels: [
      "Löpande kontroll/Systematiska kontroller",
      "Löpande kontroll / Systematiska kontroller",
      "Löpande kontroll",
      "Systematiska kontroller",
      "Kontrolltyp",
    ],
  },
  { key: "incident", labels: ["Oönskad händelse", "Oönskade händelser", "Risk", "Risker"] },
  {
    key: "checkOf",
    labels: ["Uppföljning av arbetssätt/löpande kontroll", "Uppföljning av arbetssätt", "Kontrollmoment", "Kontroll"],
  },
  {
    key: "checkDescription",
    labels: ["Beskrivning av uppföljning / kontroll", "Beskrivning av uppföljning", "Beskrivning av kontroll"],
  },
  {
    key: "checkMethod",
    labels: [
      "Metod för uppföljning / kontroll",
      "Metod för uppföljning",
      "Metod för kontroll",
      "Kontrollmetod",
      "Metod",
    ],
  },
  { key: "responsible", labels: ["Ansvarig", "Ansvar", "Kontrollansvarig"] },
  { key: "frequency", labels: ["Frekvens", "Tidpunkt", "Tidpunkt för kontroll", "När"] },
  { key: "reportTo", labels: ["Rapporteras till", "Rapportering till", "Rapporteras"] },
  // The follow-up (tertial 1, tertial 2, verksamhetsberättelsen): what each control found and what is done about it.
  {
    key: "status",
    labels: ["Status", "Status uppföljning", "Genomförd", "Genomförd?", "Genomförd (Ja/Nej)", "Utförd", "Utförd?"],
  },
  {
    key: "outcome",
    labels: [
      "Utfall",
      "Resultat",
      "Iakttagelser",
      "Iakttagelse",
      "Resultat av kontroll",
      "Resultat av uppföljning",
      "Utfall av kontroll",
      "Resultat/iakttagelser",
      "Kommentar",
    ],
  },
  { key: "deviation", labels: ["Avvikelse", "Avvikelser", "Avvikelse (Ja/Nej)", "Brister", "Avvikelse/brist"] },
  {
    key: "action",
    labels: [
      "Åtgärd",
      "Åtgärder",
      "Förbättringsförslag",
      "Beslutad åtgärd",
      "Åtgärd/förbättringsförslag",
      "Åtgärder/förbättringsförslag",
      "Vidtagna åtgärder",
    ],
  },
  {
    key: "doneDate",
    labels: ["Genomförd datum", "Datum genomförd", "Utförd datum", "Datum för kontroll", "Kontrolldatum", "Datum"],
  },
] as const satisfies readonly ColumnSpec[];

/** The seed's header (Metod, Ansvarig and what is followed up), or a plain plan of controls. */
export const controlLayouts = [
  ["incident", "checkMethod", "responsible"],
  ["checkDescription", "checkMethod", "responsible"],
  ["checkOf", "checkMethod", "responsible"],
] as const;
