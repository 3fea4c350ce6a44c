/** The Lönekartläggning columns (docs/templates.md): a payroll export, or one row per befattning. */
import type { ColumnSpec } from "../../sheet/columns";

export const salaryColumns = [
  // Who the row is: for the right to information (Art. 7), asked for by Anst.nr.
  {
    key: "employeeId",
    labels: [
      "Anst.nr",
      "Anställningsnummer",
      "Anställningsnr",
      "Anst.nummer",
      "Personalnummer",
      "Medarbetarnummer",
      "Anställnings-id",
      "Anställd-id",
    ],
  },
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
  // Lönetransparens (Directive (EU) 2023/970): annual pay, the complementary or variable
  // components (each its own column, kept apart from basic pay), hours, categories of workers.
  { key: "annualPay", labels: ["Årslön", "Årsinkomst", "Bruttolön år", "Årslön brutto", "Lön per år"] },
  {
    key: "allowance",
    labels: [
      "Lönetillägg",
      "Tillägg",
      "Fasta tillägg",
      "Lönetillägg per månad",
      "Tillägg per månad",
      "Lönetillägg/mån",
    ],
  },
  { key: "variable", labels: ["Rörlig lön", "Rörliga ersättningar", "Rörlig ersättning", "Rörliga tillägg"] },
  { key: "bonus", labels: ["Bonus", "Prestationslön", "Engångsbelopp"] },
  {
    key: "ob",
    labels: [
      "OB",
      "OB-tillägg",
      "Ob-ersättning",
      "OB-ersättning",
      "Obekväm arbetstid",
      "Ersättning för obekväm arbetstid",
    ],
  },
  { key: "overtime", labels: ["Övertid", "Övertidsersättning", "Mertid", "Mertidsersättning", "Övertid och mertid"] },
  {
    key: "onCall",
    labels: ["Jour", "Beredskap", "Jourersättning", "Beredskapsersättning", "Jour och beredskap"],
  },
  { key: "benefits", labels: ["Förmåner", "Naturaförmåner", "Förmånsvärde", "Skattepliktiga förmåner"] },
  { key: "commission", labels: ["Provision", "Provisioner"] },
  {
    key: "hours",
    labels: ["Arbetade timmar", "Timmar", "Antal timmar", "Årsarbetstid", "Arbetstimmar", "Betalda timmar"],
  },
  {
    key: "category",
    labels: ["Kategori", "Lönegrupp", "Personalkategori", "AID", "AID-kod", "AID-etikett", "Arbetstagarkategori"],
  },
  { key: "justification", labels: ["Motivering", "Saklig grund", "Sakliga skäl", "Motivering löneskillnad"] },
  // Art. 10: the date a category's gap was remedied (within six months of the report, no joint assessment).
  { key: "remedied", labels: ["Åtgärdat", "Åtgärdad", "Åtgärdat datum", "Datum åtgärdat", "Rättad"] },
  // The lönekartläggning's analysis of a befattning's difference, per person or per befattning.
  { key: "payAnalysis", labels: ["Analys", "Löneanalys", "Analys löneskillnad", "Förklaring"] },
] as const satisfies readonly ColumnSpec[];

/** The complementary or variable components, in the order the report names them. */
export const VARIABLE_KEYS = [
  "allowance",
  "variable",
  "bonus",
  "ob",
  "overtime",
  "onCall",
  "benefits",
  "commission",
] as const;

export const salaryLayouts = [
  ["title", "sex", "salary"],
  ["title", "womenCount", "menCount", "womenMean", "menMean"],
] as const;
