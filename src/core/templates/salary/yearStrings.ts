/** The words of the pay over the reference year (yearPay.ts) and of the pay register (registerSheet.ts), Swedish and English. */
export const yearSv = {
  "sheet.register": "Plankoll Löneregister",
  "register.title": "Löneregister {year} – medelvärde och median per kön, kategori och lönedel",
  "register.about":
    "Lönelistan på bladet {sheet}. Uppställt som Spaniens officiella löneregister (registro retributivo): för varje grupp och lönedel kvinnors och mäns medelvärde och median och skillnaden. Belopp i kronor under referensåret; stannar i arbetsboken.",
  "register.gap":
    "Skillnad = (männens − kvinnornas) / männens × 100. En grupp med färre än {limit} av ett kön visar inga belopp (artikel 12).",
  "register.all": "Hela lönelistan",
  "register.part.basic": "Grundlön",
  "register.part.total": "Lönenivå (allt)",
  "register.hidden": "Visas inte: färre än {limit} av ett kön",
  "register.head.category": "Kategori",
  "register.head.part": "Lönedel",
  "register.head.women": "Kvinnor",
  "register.head.men": "Män",
  "register.head.meanWomen": "Medel kvinnor",
  "register.head.meanMen": "Medel män",
  "register.head.meanGap": "Skillnad medel (%)",
  "register.head.medianWomen": "Median kvinnor",
  "register.head.medianMen": "Median män",
  "register.head.medianGap": "Skillnad median (%)",
  "col.paidPay": "Utbetald lön",
  "col.hourlyRate": "Timlön",
  "col.hourlyPaid": "Timavlönad",
  "col.employedFrom": "Anställd från",
  "col.employedTo": "Anställd till",
  "col.oneOff": "Engångsbelopp",
  "col.leaveReturn": "Återkommit från föräldraledighet",
  "col.leaveRaise": "Lönehöjning efter ledighet",
  "col.extraTime": "Mertid",
  "col.standby": "Beredskap",
  "transparency.year.paid":
    "Lön under referensåret: utbetalda belopp ur kolumnen {column} och varje lönedel som betalts ut under året.",
  "transparency.year.snapshot":
    "Lön under referensåret: lönen som den står i lönelistan, räknad över året (månadslön × 12, timlön × timmar); ingen kolumn med utbetalt belopp.",
  "transparency.year.dates":
    " Anställda del av året ({partYear}) räknas med den delen enligt {columns}; {outside} var inte anställda under året och räknas inte.",
  "transparency.year.noDates": " Inga anställningsdatum: alla räknas som anställda hela året.",
  "transparency.year.hourly": " Timavlönade: {count}, med timlön × arbetade timmar.",
  "transparency.components":
    "g) Varje kompletterande eller rörlig lönedel för sig, per kategori: löneskillnad (medelvärde) {population}; små kategorier visas inte",
  "transparency.head.component": "Lönedel",
} as const;

export const yearEn: Record<keyof typeof yearSv, string> = {
  "sheet.register": "Plankoll Pay register",
  "register.title": "Pay register {year} – mean and median by sex, category and part of pay",
  "register.about":
    "The payroll on the sheet {sheet}. Laid out as Spain's official pay register (registro retributivo): for each group and part of pay, women's and men's mean and median and the gap. Amounts in kronor over the reference year; it stays in the workbook.",
  "register.gap":
    "Gap = (men's − women's) / men's × 100. A group with fewer than {limit} of one sex shows no amounts (Article 12).",
  "register.all": "The whole payroll",
  "register.part.basic": "Basic pay",
  "register.part.total": "Pay level (all)",
  "register.hidden": "Not shown: fewer than {limit} of one sex",
  "register.head.category": "Category",
  "register.head.part": "Part of pay",
  "register.head.women": "Women",
  "register.head.men": "Men",
  "register.head.meanWomen": "Mean women",
  "register.head.meanMen": "Mean men",
  "register.head.meanGap": "Gap mean (%)",
  "register.head.medianWomen": "Median women",
  "register.head.medianMen": "Median men",
  "register.head.medianGap": "Gap median (%)",
  "col.paidPay": "Pay paid",
  "col.hourlyRate": "Hourly rate",
  "col.hourlyPaid": "Paid by the hour",
  "col.employedFrom": "Employed from",
  "col.employedTo": "Employed until",
  "col.oneOff": "One-off payments",
  "col.leaveReturn": "Returned from parental leave",
  "col.leaveRaise": "Pay raise after leave",
  "col.extraTime": "Additional hours",
  "col.standby": "Standby",
  "transparency.year.paid":
    "Pay of the reference year: amounts paid, from the column {column}, and each part of pay as paid during the year.",
  "transparency.year.snapshot":
    "Pay of the reference year: the pay as the payroll states it, reckoned over the year (monthly pay × 12, hourly rate × hours); no column of amounts paid.",
  "transparency.year.dates":
    " Workers employed part of the year ({partYear}) count with that part, by {columns}; {outside} were not employed in the year and are not counted.",
  "transparency.year.noDates": " No employment dates: everyone counts as employed all year.",
  "transparency.year.hourly": " Paid by the hour: {count}, with hourly rate × hours worked.",
  "transparency.components":
    "g) Each complementary or variable component on its own, per category: gender pay gap (mean) {population}; small categories are not shown",
  "transparency.head.component": "Component",
};
