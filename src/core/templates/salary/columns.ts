/** The Lönekartläggning columns (docs/templates.md): a payroll export, or one row per befattning. */
import type { ColumnSpec } from "../../sheet/columns";

/** A component's labels, and the same as paid over the year ("Utbetald övertid", "OB utbetalt"). */
function paidToo(...labels: string[]): string[] {
  return [
    ...labels,
    ...labels.flatMap((label) => [
      `Utbetalt ${label}`,
      `Utbetald ${label}`,
      `${label} utbetalt`,
      `${label} utbetald`,
      `Utfall ${label}`,
    ]),
  ];
}

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
    labels: paidToo(
      "Lönetillägg",
      "Tillägg",
      "Fasta tillägg",
      "Lönetillägg per månad",
      "Tillägg per månad",
      "Lönetillägg/mån",
    ),
  },
  { key: "variable", labels: paidToo("Rörlig lön", "Rörliga ersättningar", "Rörlig ersättning", "Rörliga tillägg") },
  { key: "bonus", labels: paidToo("Bonus", "Prestationslön", "Resultatlön") },
  { key: "oneOff", labels: paidToo("Engångsbelopp", "Engångsersättning", "Engångsbelopp lön") },
  {
    key: "ob",
    labels: paidToo(
      "OB",
      "OB-tillägg",
      "Ob-ersättning",
      "OB-ersättning",
      "Obekväm arbetstid",
      "Ersättning för obekväm arbetstid",
    ),
  },
  {
    key: "overtime",
    labels: paidToo("Övertid", "Övertidsersättning", "Övertid och mertid", "Fyllnadstid"),
  },
  { key: "extraTime", labels: paidToo("Mertid", "Mertidsersättning", "Mertidstillägg") },
  {
    key: "onCall",
    labels: paidToo("Jour", "Jourersättning", "Jour och beredskap", "Jourtillägg"),
  },
  {
    key: "standby",
    labels: paidToo("Beredskap", "Beredskapsersättning", "Beredskapstillägg"),
  },
  { key: "benefits", labels: paidToo("Förmåner", "Naturaförmåner", "Förmånsvärde", "Skattepliktiga förmåner") },
  { key: "commission", labels: paidToo("Provision", "Provisioner") },
  // Pay over the reference year (Art. 9 reports on the calendar year before): what was paid, the
  // hourly-paid (timavlönade), and when a worker joined or left.
  {
    key: "paidPay",
    labels: [
      "Utbetald lön",
      "Utbetald grundlön",
      "Utbetald bruttolön",
      "Utbetalt",
      "Utbetalt belopp",
      "Utbetald lön under året",
      "Årsutfall",
      "Årsutfall lön",
      "Utfall lön",
    ],
  },
  { key: "hourlyRate", labels: ["Timlön", "Lön per timme", "Timlön kr", "Timersättning"] },
  { key: "hourlyPaid", labels: ["Timavlönad", "Timanställd", "Avlöningsform", "Löneform", "Lönetyp"] },
  {
    key: "employedFrom",
    labels: [
      "Anställd från",
      "Anställd fr.o.m.",
      "Anställd fr o m",
      "Anställningsdatum",
      "Startdatum",
      "Anställd sedan",
      "Tillträdesdatum",
    ],
  },
  {
    key: "employedTo",
    labels: ["Anställd till", "Anställd t.o.m.", "Anställd t o m", "Slutdatum", "Avgångsdatum", "Anställning upphör"],
  },
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
  // Art. 10(2)(d): who returned from parental or carers' leave in the year, and whether their pay was raised.
  {
    key: "leaveReturn",
    labels: [
      "Återkommit från föräldraledighet",
      "Återkommen från föräldraledighet",
      "Åter från föräldraledighet",
      "Återkommit från ledighet",
      "Åter efter ledighet",
      "Återgång från ledighet",
    ],
  },
  {
    key: "leaveRaise",
    labels: [
      "Lönehöjning efter ledighet",
      "Löneökning efter ledighet",
      "Lönehöjning efter föräldraledighet",
      "Löneförbättring efter ledighet",
      "Lönerevision efter ledighet",
    ],
  },
  // The lönekartläggning's analysis of a befattning's difference, per person or per befattning.
  { key: "payAnalysis", labels: ["Analys", "Löneanalys", "Analys löneskillnad", "Förklaring"] },
] as const satisfies readonly ColumnSpec[];

/** The complementary or variable components, in the order the report names them. */
export const VARIABLE_KEYS = [
  "allowance",
  "variable",
  "bonus",
  "oneOff",
  "ob",
  "overtime",
  "extraTime",
  "onCall",
  "standby",
  "benefits",
  "commission",
] as const;

export const salaryLayouts = [
  ["title", "sex", "salary"],
  ["title", "sex", "hourlyRate"],
  ["title", "sex", "paidPay"],
  ["title", "womenCount", "menCount", "womenMean", "menMean"],
] as const;
