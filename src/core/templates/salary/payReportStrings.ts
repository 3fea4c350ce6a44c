/** The words of the pay transparency export (payReport.ts), Swedish and English. */
export const payReportSv = {
  "payReport.flagValue": "MAPP",
  "payReport.flagHelp":
    "lönetransparensrapporten (artikel 9) som JSON och CSV i mappen, med en fil som förklarar fälten; inga belopp (check)",
  "payReport.paneLabel": "Spara lönetransparensrapporten (JSON, CSV)",
  "payReport.title": "Lönetransparens – fälten i lonetransparens.json och .csv (direktiv (EU) 2023/970)",
  "payReport.format":
    "CSV: kommaseparerad, punkt som decimaltecken, UTF-8. Procent i procent (5.3 = 5,3 %). Ett tomt fält: siffran kan inte anges eller visas inte (färre än gränsen för små grupper av ett kön, artikel 12). Inga belopp, ingen persons lön.",
  "payReport.indicators": "Indikatorer per lönelista (lonetransparens.csv):",
  "payReport.categories":
    "Per kategori av arbetstagare (lonetransparens-kategorier.csv), utöver sheet, women, men och suppressed:",
  "payReport.article": "art.",
  "payReport.field.sheet": "bladet i arbetsboken som rapporten bygger på",
  "payReport.field.referenceYear": "året rapporten gäller",
  "payReport.field.women": "antal kvinnor",
  "payReport.field.men": "antal män",
  "payReport.field.suppressed": "true: för få av ett kön, inga siffror visas",
  "payReport.field.meanGapAnnualPercent": "löneskillnad (medelvärde), årslön: (män − kvinnor) / män × 100",
  "payReport.field.meanGapHourlyPercent": "löneskillnad (medelvärde), timlön",
  "payReport.field.variableMeanGapAnnualPercent":
    "löneskillnad i kompletterande eller rörliga delar (medelvärde), årsbelopp",
  "payReport.field.variableMeanGapHourlyPercent":
    "löneskillnad i kompletterande eller rörliga delar (medelvärde), per timme",
  "payReport.field.medianGapAnnualPercent": "löneskillnad (median), årslön",
  "payReport.field.medianGapHourlyPercent": "löneskillnad (median), timlön",
  "payReport.field.variableMedianGapAnnualPercent":
    "löneskillnad i kompletterande eller rörliga delar (median), årsbelopp",
  "payReport.field.variableMedianGapHourlyPercent":
    "löneskillnad i kompletterande eller rörliga delar (median), per timme",
  "payReport.field.variablePopulation":
    "rörliga delar räknade bland dem som får sådana (recipients) eller över alla (everyone)",
  "payReport.field.variablePayShareWomenPercent": "andel kvinnor som får kompletterande eller rörliga delar",
  "payReport.field.variablePayShareMenPercent": "andel män som får kompletterande eller rörliga delar",
  "payReport.field.quartile1WomenPercent": "andel kvinnor i lägsta kvartilen (efter timlön)",
  "payReport.field.quartile1MenPercent": "andel män i lägsta kvartilen",
  "payReport.field.quartile2WomenPercent": "andel kvinnor i andra kvartilen",
  "payReport.field.quartile2MenPercent": "andel män i andra kvartilen",
  "payReport.field.quartile3WomenPercent": "andel kvinnor i tredje kvartilen",
  "payReport.field.quartile3MenPercent": "andel män i tredje kvartilen",
  "payReport.field.quartile4WomenPercent": "andel kvinnor i högsta kvartilen",
  "payReport.field.quartile4MenPercent": "andel män i högsta kvartilen",
  "payReport.field.categoryBasis":
    "hur kategorierna bildades: column, evaluation (arbetsvärderingens värdegrupper), valuation eller title (befattning)",
  "payReport.field.payBasis":
    "lönen under referensåret: paid (utbetalda belopp) eller snapshot (lönen som den står, räknad över året)",
  "payReport.field.partYearWorkers": "antal anställda del av året, räknade med den delen",
  "payReport.field.notInYearWorkers": "antal som inte var anställda under året och inte räknas",
  "payReport.field.hourlyPaidWorkers": "antal timavlönade, räknade med timlön × timmar",
  "payReport.components":
    "Varje kompletterande eller rörlig lönedel per kategori (lonetransparens-lonedelar.csv), utöver sheet och category:",
  "payReport.field.component": "lönedelen, som kolumnen heter i lönelistan",
  "payReport.field.componentGapAnnualPercent": "löneskillnad i lönedelen (medelvärde), årsbelopp",
  "payReport.field.componentGapHourlyPercent": "löneskillnad i lönedelen (medelvärde), per timme",
  "payReport.field.leaveRaiseWomenPercent":
    "andel av kvinnorna som återkom från föräldraledighet eller annan ledighet som fått löneförbättring (tomt: lönelistan säger inte)",
  "payReport.field.leaveRaiseMenPercent": "detsamma för männen",
  "payReport.field.category": "kategorin av arbetstagare",
  "payReport.field.basicGapAnnualPercent": "löneskillnad i grundlön (medelvärde), årslön",
  "payReport.field.basicGapHourlyPercent": "löneskillnad i grundlön (medelvärde), timlön",
  "payReport.field.variableGapAnnualPercent": "löneskillnad i kompletterande eller rörliga delar, årsbelopp",
  "payReport.field.variableGapHourlyPercent": "löneskillnad i kompletterande eller rörliga delar, per timme",
  "payReport.field.payLevelGapAnnualPercent": "skillnad i genomsnittlig lönenivå, årslön (artikel 10:s mått)",
  "payReport.field.payLevelGapHourlyPercent": "skillnad i genomsnittlig lönenivå, timlön",
  "payReport.field.jointAssessment": "true: skillnaden är minst gränsen (5 %) på årslön eller timlön",
  "payReport.field.verdict":
    "assess (gemensam lönebedömning krävs), justified (motiverad), remedied (åtgärdad inom sex månader) eller tomt",
} as const;

export const payReportEn: Record<keyof typeof payReportSv, string> = {
  "payReport.flagValue": "FOLDER",
  "payReport.flagHelp":
    "the pay transparency report (Article 9) as JSON and CSV in the folder, with a file explaining the fields; no amounts (check)",
  "payReport.paneLabel": "Save the pay transparency report (JSON, CSV)",
  "payReport.title": "Pay transparency – the fields of lonetransparens.json and .csv (Directive (EU) 2023/970)",
  "payReport.format":
    "CSV: comma-separated, a point for decimals, UTF-8. Percentages in percent (5.3 = 5.3 %). An empty field: the figure cannot be told or is not shown (fewer than the small-group limit of one sex, Article 12). No amounts, no person's pay.",
  "payReport.indicators": "Indicators per payroll (lonetransparens.csv):",
  "payReport.categories":
    "Per category of workers (lonetransparens-kategorier.csv), besides sheet, women, men and suppressed:",
  "payReport.article": "Art.",
  "payReport.field.sheet": "the workbook's sheet the report is made from",
  "payReport.field.referenceYear": "the year the report covers",
  "payReport.field.women": "number of women",
  "payReport.field.men": "number of men",
  "payReport.field.suppressed": "true: too few of one sex, no figures shown",
  "payReport.field.meanGapAnnualPercent": "gender pay gap (mean), annual pay: (men − women) / men × 100",
  "payReport.field.meanGapHourlyPercent": "gender pay gap (mean), hourly pay",
  "payReport.field.variableMeanGapAnnualPercent": "gap in complementary or variable components (mean), annual",
  "payReport.field.variableMeanGapHourlyPercent": "gap in complementary or variable components (mean), per hour",
  "payReport.field.medianGapAnnualPercent": "gender pay gap (median), annual pay",
  "payReport.field.medianGapHourlyPercent": "gender pay gap (median), hourly pay",
  "payReport.field.variableMedianGapAnnualPercent": "gap in complementary or variable components (median), annual",
  "payReport.field.variableMedianGapHourlyPercent": "gap in complementary or variable components (median), per hour",
  "payReport.field.variablePopulation":
    "variable components counted among those receiving them (recipients) or over everyone (everyone)",
  "payReport.field.variablePayShareWomenPercent": "share of women receiving complementary or variable components",
  "payReport.field.variablePayShareMenPercent": "share of men receiving complementary or variable components",
  "payReport.field.quartile1WomenPercent": "share of women in the lowest quartile (by hourly pay)",
  "payReport.field.quartile1MenPercent": "share of men in the lowest quartile",
  "payReport.field.quartile2WomenPercent": "share of women in the second quartile",
  "payReport.field.quartile2MenPercent": "share of men in the second quartile",
  "payReport.field.quartile3WomenPercent": "share of women in the third quartile",
  "payReport.field.quartile3MenPercent": "share of men in the third quartile",
  "payReport.field.quartile4WomenPercent": "share of women in the highest quartile",
  "payReport.field.quartile4MenPercent": "share of men in the highest quartile",
  "payReport.field.categoryBasis":
    "how the categories were formed: column, evaluation (the job evaluation's value groups), valuation or title (position)",
  "payReport.field.payBasis":
    "pay of the reference year: paid (amounts paid) or snapshot (the pay as it stands, reckoned over the year)",
  "payReport.field.partYearWorkers": "number employed part of the year, counted with that part",
  "payReport.field.notInYearWorkers": "number not employed in the year, not counted",
  "payReport.field.hourlyPaidWorkers": "number paid by the hour, counted with hourly rate × hours",
  "payReport.components":
    "Each complementary or variable component per category (lonetransparens-lonedelar.csv), besides sheet and category:",
  "payReport.field.component": "the component, as its column is headed in the payroll",
  "payReport.field.componentGapAnnualPercent": "gap in the component (mean), annual",
  "payReport.field.componentGapHourlyPercent": "gap in the component (mean), per hour",
  "payReport.field.leaveRaiseWomenPercent":
    "share of the women who returned from parental or other leave who got a pay improvement (empty: the payroll does not say)",
  "payReport.field.leaveRaiseMenPercent": "the same for the men",
  "payReport.field.category": "the category of workers",
  "payReport.field.basicGapAnnualPercent": "gap in basic pay (mean), annual",
  "payReport.field.basicGapHourlyPercent": "gap in basic pay (mean), hourly",
  "payReport.field.variableGapAnnualPercent": "gap in complementary or variable components, annual",
  "payReport.field.variableGapHourlyPercent": "gap in complementary or variable components, per hour",
  "payReport.field.payLevelGapAnnualPercent": "gap in average pay level, annual (Article 10's measure)",
  "payReport.field.payLevelGapHourlyPercent": "gap in average pay level, hourly",
  "payReport.field.jointAssessment": "true: the gap is at least the limit (5 %) on annual or hourly pay",
  "payReport.field.verdict":
    "assess (a joint pay assessment is required), justified, remedied (within six months) or empty",
};
