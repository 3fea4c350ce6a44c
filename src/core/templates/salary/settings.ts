/** The Lönekartläggning's settings (the pane's fields and schema are in index.ts). */
export interface SalarySettings {
  /** Women's pay as a percent of men's below this is flagged (default 90). */
  lowLimit: number;
  /** … and above this (default 110). */
  highLimit: number;
  /** Fewer of either sex than this makes the figure weak and identifying (default 3). */
  smallGroup: number;
  /** Lönetransparens: hours in a full-time year, for hourly pay from Sysselsättningsgrad (default 2 080 = 40 h × 52). */
  fullTimeHours: number;
  /** Art. 10: a category whose women's and men's pay level differ by this (%) or more needs a joint pay assessment (default 5). */
  jointAssessment: number;
  /** The year the report covers; 0 (the default): the year before today's (the first report, due 7 June 2027, covers 2026). */
  referenceYear: number;
  /** The column whose values are the categories of workers; "" = Kategori, Lönegrupp or AID if there, else Befattning. */
  categoryColumn: string;
  /** Arbetsvärdering in bands of this width as the categories (0: not used). */
  valuationBand: number;
  /** Lönetransparens: the date of the report (ISO); "" = today. A gap remedied within six months of it needs no joint pay assessment. */
  reportDate: string;
  /** Lönetransparens: over whom variable components are averaged: (b), (d) among recipients and (g) over everyone ("mixed"), or one population for all. */
  variablePopulation: "mixed" | "recipients" | "everyone";
  /** Lönetransparens (Art. 7): who receives an answer whose averages could point out a person; "" = the workers' representatives. */
  representatives: string;
  /** Lönekartläggning: years over which the pay adjustments are spread (default 3, the law's limit, DiskrL 3:13). */
  adjustmentYears: number;
  /** How far an adjustment raises the lower-paid side: to equal pay, or to the lower limit. */
  adjustmentTarget: "equal" | "lowLimit";
}
