import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  PAY_OUTSIDE_YEAR: {
    severity: "info",
    title: {
      sv: "inte anställd under referensåret: räknas inte i lönetransparensrapporten",
      en: "not employed in the reference year: not counted in the pay transparency report",
    },
    message: {
      sv: "Enligt anställningsdatumen var arbetstagaren inte anställd under {year}; raden räknas inte i lönetransparensrapporten (men i lönekartläggningen).",
      en: "By the employment dates the worker was not employed in {year}; the row is not counted in the pay transparency report (it is in the pay survey).",
    },
    marked: false,
  },
  PAY_HOURS_MISSING: {
    severity: "warning",
    title: {
      sv: "timavlönad utan timmar: lönen under året kan inte räknas",
      en: "paid by the hour without hours: the pay of the year cannot be reckoned",
    },
    message: {
      sv: "Timavlönad utan arbetade eller betalda timmar för {year}: årslön och timlön kan inte räknas, så raden räknas inte i lönetransparensrapporten. Ange timmarna i en kolumn Arbetade timmar eller Betalda timmar.",
      en: "Paid by the hour without hours worked or paid for {year}: annual and hourly pay cannot be reckoned, so the row is not counted in the pay transparency report. Give the hours in a column Arbetade timmar or Betalda timmar.",
    },
  },
  PAY_GAP_JOINT_ASSESSMENT: {
    severity: "warning",
    title: {
      sv: "löneskillnad på minst gränsen i en kategori: gemensam lönebedömning (direktiv (EU) 2023/970 art. 10)",
      en: "pay gap at or over the limit in a category: joint pay assessment (Directive (EU) 2023/970 Art. 10)",
    },
    message: {
      sv: "{category}: kvinnors och mäns genomsnittliga lönenivå ({level}) skiljer {gap} % ({direction}), minst {limit} %, utan motivering: en gemensam lönebedömning krävs om skillnaden inte är åtgärdad senast {deadline} (artikel 10).",
      en: "{category}: women's and men's average pay level ({level}) differs by {gap} % ({direction}), at least {limit} %, with no justification: a joint pay assessment is required unless the difference is remedied by {deadline} (Article 10).",
    },
    marked: false,
  },
  PAY_GAP_JUSTIFIED: {
    severity: "info",
    title: {
      sv: "löneskillnad på minst gränsen i en kategori, med motivering",
      en: "pay gap at or over the limit in a category, justified",
    },
    message: {
      sv: "{category}: lönenivån ({level}) skiljer {gap} % ({direction}), minst {limit} %; motivering i bladet: ”{justification}”.",
      en: "{category}: the pay level ({level}) differs by {gap} % ({direction}), at least {limit} %; justification in the sheet: “{justification}”.",
    },
    marked: false,
  },
  PAY_COLUMN_NOT_READ: {
    severity: "info",
    title: {
      sv: "en kolumn som ser ut som en lönedel räknas inte",
      en: "a column that looks like a part of pay is not counted",
    },
    message: {
      sv: "{column}: kolumnen ser ut som en lönedel men räknas inte i lönenivån. Rubriker som läses: Lönetillägg, Rörlig lön, Bonus, Engångsbelopp, OB, Övertid, Mertid, Jour, Beredskap, Förmåner, Provision.",
      en: "{column}: the column looks like a part of pay but is not counted in the pay level. Headings that are read: Lönetillägg, Rörlig lön, Bonus, Engångsbelopp, OB, Övertid, Mertid, Jour, Beredskap, Förmåner, Provision.",
    },
  },
  PAY_GAP_REMEDIED: {
    severity: "info",
    title: {
      sv: "löneskillnad på minst gränsen i en kategori, åtgärdad inom sex månader",
      en: "pay gap at or over the limit in a category, remedied within six months",
    },
    message: {
      sv: "{category}: lönenivån ({level}) skiljer minst {limit} %, men skillnaden är åtgärdad {remedied}, inom sex månader från rapporten (senast {deadline}): ingen gemensam lönebedömning behövs.",
      en: "{category}: the pay level ({level}) differs by at least {limit} %, but the difference was remedied on {remedied}, within six months of the report (by {deadline}): no joint pay assessment is needed.",
    },
    marked: false,
  },
  SALARY_RATIO_LOW: {
    severity: "warning",
    title: {
      sv: "kvinnors lön under den nedre gränsen i % av mäns",
      en: "women's pay below the lower limit as % of men's",
    },
    message: {
      sv: "{title}: kvinnornas medellön är {ratio} % av männens, under {limit} %.",
      en: "{title}: women's mean pay is {ratio} % of men's, below {limit} %.",
    },
    marked: false,
  },
  SALARY_RATIO_HIGH: {
    severity: "warning",
    title: {
      sv: "kvinnors lön över den övre gränsen i % av mäns",
      en: "women's pay above the upper limit as % of men's",
    },
    message: {
      sv: "{title}: kvinnornas medellön är {ratio} % av männens, över {limit} %.",
      en: "{title}: women's mean pay is {ratio} % of men's, above {limit} %.",
    },
    marked: false,
  },
  SALARY_NOT_COMPARABLE: {
    severity: "info",
    title: { sv: "bara ett kön i befattningen, ingen jämförelse", en: "only one sex in the position, no comparison" },
    message: {
      sv: "{title}: bara {present} i befattningen, ingen jämförelse mellan kvinnor och män.",
      en: "{title}: only {present} in the position, no comparison between women and men.",
    },
    marked: false,
  },
  SALARY_SMALL_GROUP: {
    severity: "info",
    title: { sv: "för få av ett kön: svag och möjlig att identifiera", en: "too few of one sex: weak and identifying" },
    message: {
      sv: "{title}: kvinnor {women}, män {men} – färre än {limit} av ett kön gör siffran osäker och kan peka ut en person.",
      en: "{title}: women {women}, men {men} – fewer than {limit} of one sex makes the figure weak and can identify a person.",
    },
    marked: false,
  },
  GENDER_NOT_COMPARED: {
    severity: "info",
    title: { sv: "ett annat kön räknas i antalet men jämförs inte", en: "another sex is counted but not compared" },
    message: {
      sv: 'Kön "{value}" räknas i antalet men inte i jämförelsen mellan kvinnor och män.',
      en: 'Sex "{value}" is counted in the headcount but not in the comparison between women and men.',
    },
  },
  SALARY_EQUAL_VALUE_GAP: {
    severity: "warning",
    title: {
      sv: "kvinnodominerad befattning har lägre lön än likvärdiga eller lägre värderade",
      en: "a women-dominated position is paid less than positions valued equal or lower",
    },
    message: {
      sv: "{title} (kvinnodominerad, arbetsvärdering {value}) har lägre medellön än befattningar med lika eller lägre arbetsvärdering: {others}.",
      en: "{title} (women-dominated, job evaluation {value}) has a lower mean pay than positions valued equal or lower: {others}.",
    },
    marked: false,
  },
  JOB_NOT_EVALUATED: {
    severity: "warning",
    title: {
      sv: "en befattning i lönelistan finns inte i arbetsvärderingen",
      en: "a position of the payroll is not in the job evaluation",
    },
    message: {
      sv: "{title} finns inte i arbetsvärderingen ({sheets}): den jämförs inte med likvärdiga arbeten.",
      en: "{title} is not in the job evaluation ({sheets}): it is not compared with work of equal value.",
    },
    marked: false,
  },
  JOB_LINKED_BY_TEXT: {
    severity: "info",
    title: {
      sv: "en befattning kopplad till arbetsvärderingen på sina ord, inte på exakt samma namn",
      en: "a position linked to the job evaluation by its words, not by the same name",
    },
    message: {
      sv: "{title} räknas som det värderade arbetet ”{job}” ({at}), {how}.",
      en: "{title} is taken as the evaluated job “{job}” ({at}), {how}.",
    },
    marked: false,
  },
  EQUAL_VALUE_NOT_ASSESSED: {
    severity: "info",
    title: {
      sv: "likvärdigt arbete bedöms inte: ingen arbetsvärdering",
      en: "work of equal value is not assessed: no job evaluation",
    },
    message: {
      sv: "Likvärdigt arbete bedöms inte: arbetsboken har ingen arbetsvärdering och lönelistan ingen kolumn Arbetsvärdering. Lägg till en arbetsvärdering (Infoga mall) för att jämföra kvinnodominerade arbeten med likvärdiga.",
      en: "Work of equal value is not assessed: the workbook has no job evaluation and the payroll no column Arbetsvärdering. Add a job evaluation (Insert template) to compare women-dominated work with work of equal value.",
    },
    marked: false,
  },
  PAY_EQUAL_VALUE_GAP: {
    severity: "warning",
    title: {
      sv: "kvinnodominerat arbete har lägre lön än arbete i samma eller lägre värdegrupp",
      en: "women-dominated work is paid less than work in the same or a lower value group",
    },
    message: {
      sv: "{title} (kvinnodominerad, värdegrupp {group}) har lägre medellön än arbeten i samma eller lägre värdegrupp enligt arbetsvärderingen: {others}.",
      en: "{title} (women-dominated, value group {group}) has a lower mean pay than work in the same or a lower value group by the job evaluation: {others}.",
    },
    marked: false,
  },
  PAY_ANALYSIS_MISSING: {
    severity: "warning",
    title: {
      sv: "en flaggad skillnad saknar analys",
      en: "a flagged difference has no analysis",
    },
    message: {
      sv: "{title}: {comparison} är flaggad ({percent} %) men saknar analys. Skriv orsaken i Analys eller Saklig grund (i lönelistan eller på ett blad Analys och åtgärder).",
      en: "{title}: {comparison} is flagged ({percent} %) but has no analysis. Write its cause in Analys or Saklig grund (in the payroll or on a sheet Analys och åtgärder).",
    },
    marked: false,
  },
  PAY_ADJUSTMENT_NEEDED: {
    severity: "info",
    title: {
      sv: "en flaggad skillnad utan saklig grund: lönejustering och dess kostnad",
      en: "a flagged difference without objective grounds: a pay adjustment and its cost",
    },
    message: {
      sv: "{title}: {comparison} – att höja {who} ({people} personer, {fte} heltider) {method} kostar {cost} kr per år.",
      en: "{title}: {comparison} – raising {who} ({people} people, {fte} full-time posts) {method} costs {cost} kr a year.",
    },
    marked: false,
  },
  PAY_ADJUSTMENT_TOTAL: {
    severity: "info",
    title: {
      sv: "lönejusteringarnas sammanlagda kostnad och tidplan",
      en: "the pay adjustments' total cost and timetable",
    },
    message: {
      sv: "Lönejusteringarna ({count}) kostar sammanlagt {total} kr per år, {share} % av lönesumman; fördelat på {years} år: {step} kr per år.",
      en: "The pay adjustments ({count}) cost {total} kr a year in all, {share} % of the pay sum; spread over {years} years: {step} kr a year.",
    },
    marked: false,
  },
  PAY_ACTION_NOT_DONE: {
    severity: "warning",
    title: {
      sv: "en planerad lönejustering från förra året är inte genomförd",
      en: "a pay adjustment planned last year was not carried out",
    },
    message: {
      sv: "{subject}: åtgärden ”{measure}” ({year}) är inte genomförd ({done}).",
      en: "{subject}: the measure “{measure}” ({year}) was not carried out ({done}).",
    },
  },
  PAY_GAP_PERSISTS: {
    severity: "warning",
    title: {
      sv: "en skillnad som en åtgärd skulle rätta är fortfarande flaggad",
      en: "a difference a measure was to correct is still flagged",
    },
    message: {
      sv: "{subject}: åtgärden ”{measure}” skulle rätta skillnaden, men {comparison} är fortfarande flaggad ({percent} %).",
      en: "{subject}: the measure “{measure}” was to correct the difference, but {comparison} is still flagged ({percent} %).",
    },
  },
  PAY_GAP_CLOSED: {
    severity: "info",
    title: {
      sv: "en skillnad som en åtgärd skulle rätta är inte längre flaggad",
      en: "a difference a measure was to correct is no longer flagged",
    },
    message: {
      sv: "{subject}: skillnaden som åtgärden ”{measure}” gällde är inte flaggad i år.",
      en: "{subject}: the difference the measure “{measure}” was about is not flagged this year.",
    },
    marked: false,
  },
});

export const wordings = defineWordings({
  SALARY_NOT_A_NUMBER: {
    of: "NOT_A_NUMBER",
    message: {
      sv: "{column}: värdet går inte att läsa som ett belopp (det visas inte här eftersom lön är en personuppgift).",
      en: "{column}: the value cannot be read as an amount (it is not shown here because pay is personal data).",
    },
  },
  SALARY_UNCERTAIN: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: "{column}: cellen innehåller mer text än beloppet – kontrollera värdet.",
      en: "{column}: the cell holds more text than the amount – check the value.",
    },
  },
  SALARY_OUT_OF_RANGE: {
    of: "OUT_OF_RANGE",
    message: { sv: "{column}: ett belopp måste vara större än 0.", en: "{column}: an amount must be greater than 0." },
  },
  PAY_ADJUSTMENT_SMALL: {
    of: "PAY_ADJUSTMENT_NEEDED",
    message: {
      sv: "{title}: {comparison} – {who} ska höjas {method}; kostnaden visas bara på Plankolls blad, eftersom gruppen har färre än {limit} personer och beloppet kan peka ut en lön.",
      en: "{title}: {comparison} – {who} are to be raised {method}; the cost is shown on Plankoll's sheet only, because the group has fewer than {limit} people and the amount could point out a pay.",
    },
  },
  PAY_ADJUSTMENT_TOTAL_SMALL: {
    of: "PAY_ADJUSTMENT_TOTAL",
    message: {
      sv: "Lönejusteringarna ({count}): minst en gäller färre än {limit} personer, så kostnaden och tidplanen visas bara på Plankolls blad (beloppen kan peka ut en lön).",
      en: "The pay adjustments ({count}): at least one concerns fewer than {limit} people, so the cost and timetable are shown on Plankoll's sheet only (the amounts could point out a pay).",
    },
  },
  PAY_ACTION_PARTLY: {
    of: "PAY_ACTION_NOT_DONE",
    message: {
      sv: "{subject}: åtgärden ”{measure}” ({year}) är bara delvis genomförd.",
      en: "{subject}: the measure “{measure}” ({year}) was only partly carried out.",
    },
  },
  PAY_GAP_JOINT_ASSESSMENT_SMALL: {
    of: "PAY_GAP_JOINT_ASSESSMENT",
    message: {
      sv: "{category}: kvinnors och mäns genomsnittliga lönenivå ({level}) skiljer minst {limit} %, utan motivering: en gemensam lönebedömning krävs om skillnaden inte är åtgärdad senast {deadline} (artikel 10). Kategorin har färre än {small} av ett kön, så siffrorna visas inte.",
      en: "{category}: women's and men's average pay level ({level}) differs by at least {limit} %, with no justification: a joint pay assessment is required unless the difference is remedied by {deadline} (Article 10). The category has fewer than {small} of one sex, so the figures are not shown.",
    },
  },
  PAY_GAP_JUSTIFIED_SMALL: {
    of: "PAY_GAP_JUSTIFIED",
    message: {
      sv: "{category}: lönenivån ({level}) skiljer minst {limit} %; motivering i bladet: ”{justification}”. Kategorin har färre än {small} av ett kön, så siffrorna visas inte.",
      en: "{category}: the pay level ({level}) differs by at least {limit} %; justification in the sheet: “{justification}”. The category has fewer than {small} of one sex, so the figures are not shown.",
    },
  },
});
