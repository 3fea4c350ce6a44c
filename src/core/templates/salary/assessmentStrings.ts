/** The words of the joint pay assessment sheet (assessmentSheet.ts), Swedish and English. */
export const assessmentSv = {
  "sheet.assessment": "Plankoll Gemensam lönebedömning",
  "assess.title": "Gemensam lönebedömning – underlag per kategori (direktiv (EU) 2023/970 artikel 10)",
  "assess.law":
    "Görs tillsammans med arbetstagarnas företrädare för varje kategori där lönenivån skiljer minst gränsen utan motivering och utan åtgärd inom sex månader.",
  "assess.category": "Kategori: {category}",
  "assess.deadline":
    "Skillnaden är minst {limit} %. Åtgärdas den inte senast {deadline} (sex månader efter rapporten) görs bedömningen.",
  "assess.a": "a) Kvinnor och män i kategorin: {women} kvinnor ({womenShare} %), {men} män ({menShare} %).",
  "assess.bc":
    "b–c) Skillnader i genomsnittlig lönenivå och i kompletterande eller rörliga delar (män − kvinnor, i % av männens):",
  "assess.hidden": "Siffrorna visas inte: färre än {limit} av ett kön (artikel 12). Ta fram dem med företrädarna.",
  "assess.head.measure": "Mått",
  "assess.head.annual": "Årslön (%)",
  "assess.head.hourly": "Timlön (%)",
  "assess.basic": "Grundlön",
  "assess.variable": "Kompletterande eller rörliga delar",
  "assess.payLevel": "Lönenivå (allt)",
  "assess.d": "d) Skälen till skillnaderna, som arbetsboken anger dem:",
  "assess.dOpen": "Skäl (objektiva, könsneutrala kriterier):",
  "assess.e": "e) Andel kvinnor och män som fått löneförbättring efter föräldraledighet eller annan ledighet:",
  "assess.eOpen": "Andel kvinnor / andel män:",
  "assess.eHidden":
    "Andel kvinnor / andel män (färre än {limit} av ett kön i kategorin: lönelistans uppgifter visas inte här):",
  "assess.eShares":
    "Kvinnor {women} ({womenRaised} av {womenReturned} som återkom), män {men} ({menRaised} av {menReturned} som återkom) – enligt lönelistan.",
  "assess.eNone": "– (ingen återkom)",
  "assess.f": "f) Åtgärder för att rätta omotiverade skillnader:",
  "assess.fOpen": "Åtgärder:",
  "assess.g": "g) Utvärdering av tidigare åtgärder:",
  "assess.gOpen": "Utvärdering:",
  "assess.together": "Bedömningen gjord tillsammans med (företrädare, datum):",
} as const;

export const assessmentEn: Record<keyof typeof assessmentSv, string> = {
  "sheet.assessment": "Plankoll Gemensam lönebedömning",
  "assess.title": "Joint pay assessment – material per category (Directive (EU) 2023/970 Article 10)",
  "assess.law":
    "Made with the workers' representatives for each category whose pay level differs by at least the limit, without justification and not remedied within six months.",
  "assess.category": "Category: {category}",
  "assess.deadline":
    "The gap is at least {limit} %. Unless remedied by {deadline} (six months after the report), the assessment is made.",
  "assess.a": "a) Women and men in the category: {women} women ({womenShare} %), {men} men ({menShare} %).",
  "assess.bc":
    "b–c) Differences in average pay level and in complementary or variable components (men − women, as % of men's):",
  "assess.hidden":
    "The figures are not shown: fewer than {limit} of one sex (Article 12). Work them out with the representatives.",
  "assess.head.measure": "Measure",
  "assess.head.annual": "Annual (%)",
  "assess.head.hourly": "Hourly (%)",
  "assess.basic": "Basic pay",
  "assess.variable": "Complementary or variable components",
  "assess.payLevel": "Pay level (all)",
  "assess.d": "d) The reasons for the differences, as the workbook gives them:",
  "assess.dOpen": "Reasons (objective, gender-neutral criteria):",
  "assess.e": "e) Share of women and men who received a pay improvement after parental or other leave:",
  "assess.eOpen": "Share of women / share of men:",
  "assess.eHidden":
    "Share of women / share of men (fewer than {limit} of one sex in the category: the payroll's figures are not shown here):",
  "assess.eShares":
    "Women {women} ({womenRaised} of {womenReturned} who returned), men {men} ({menRaised} of {menReturned} who returned) – as the payroll tells it.",
  "assess.eNone": "– (none returned)",
  "assess.f": "f) Measures to address unjustified differences:",
  "assess.fOpen": "Measures:",
  "assess.g": "g) Evaluation of earlier measures:",
  "assess.gOpen": "Evaluation:",
  "assess.together": "Assessment made together with (representatives, date):",
};
