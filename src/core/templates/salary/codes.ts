import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  PAY_GAP_JOINT_ASSESSMENT: {
    severity: "warning",
    title: {
      sv: "löneskillnad på minst gränsen i en kategori: gemensam lönebedömning (direktiv (EU) 2023/970 art. 10)",
      en: "pay gap at or over the limit in a category: joint pay assessment (Directive (EU) 2023/970 Art. 10)",
    },
    message: {
      sv: "{category}: kvinnors och mäns genomsnittliga lönenivå (timlön) skiljer {gap} % ({direction}), minst {limit} %, utan motivering: en gemensam lönebedömning krävs (artikel 10).",
      en: "{category}: women's and men's average pay level (hourly) differs by {gap} % ({direction}), at least {limit} %, with no justification: a joint pay assessment is required (Article 10).",
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
      sv: "{category}: lönenivån (timlön) skiljer {gap} % ({direction}), minst {limit} %; motivering i bladet: ”{justification}”.",
      en: "{category}: the pay level (hourly) differs by {gap} % ({direction}), at least {limit} %; justification in the sheet: “{justification}”.",
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
});
