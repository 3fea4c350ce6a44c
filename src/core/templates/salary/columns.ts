/** The Lönekartläggning columns (domain.md §3): a payroll export, or one row per befattning. */
import type { ColumnSpec } from "../../sheet/columns";

export const salaryColumns = [
  { key: "title", labels: ["Befattning", "Befattningsbenämning", "Yrke", "Yrkesbenämning", "Titel", "Befattningskod"] },
  { key: "sex", labels: ["Kön", "Kön (K/M)"] },
  { key: "salary", labels: ["Lön", "Månadslön", "Grundlön", "Heltidslön", "Månadslön heltid", "Lön heltid"] },
  { key: "employment", labels: ["Sysselsättningsgrad", "Tjänstgöringsgrad", "Syss.grad", "Omfattning"], format: true },
  { key: "valuation", labels: ["Arbetsvärdering", "Värdering", "Arbetsvärde", "Svårighetsgrad"] },
  { key: "womenCount", labels: ["Antal kvinnor", "Kvinnor antal"] },
  { key: "menCount", labels: ["Antal män", "Män antal"] },
  { key: "womenMean", labels: ["Medellön kvinnor", "Genomsnittslön kvinnor", "Medellön K"] },
  { key: "menMean", labels: ["Medellön män", "Genomsnittslön män", "Medellön M"] },
  { key: "womenMedian", labels: ["Medianlön kvinnor", "Median kvinnor"] },
  { key: "menMedian", labels: ["Medianlön män", "Median män"] },
] as const satisfies readonly ColumnSpec[];

export const salaryLayouts = [
  ["title", "sex", "salary"],
  ["title", "womenCount", "menCount", "womenMean", "menMean"],
] as const;
