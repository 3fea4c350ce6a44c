import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  CONTROL_METHOD_UNKNOWN: {
    severity: "info",
    title: { sv: "en kontrollmetod som Plankoll inte känner", en: "a control method Plankoll does not know" },
    message: {
      sv: '{column}: "{value}" är ingen metod Plankoll känner ({known}). Kontrollera att metoden går att följa upp.',
      en: '{column}: "{value}" is not a method Plankoll knows ({known}). Check that the method can be followed up.',
    },
  },
  RISK_WITHOUT_CONTROL: {
    severity: "warning",
    title: {
      sv: "en risk i medium eller kritisk zon utan kontroll",
      en: "a risk in the medium or critical zone without a control",
    },
    message: {
      sv: 'Risken "{event}" ({zone} zon, riskvärde {value}) har ingen kontroll i internkontrollplanen.',
      en: 'The risk "{event}" ({zone} zone, risk value {value}) has no control in the internal control plan.',
    },
  },
  CONTROL_WITHOUT_RISK: {
    severity: "info",
    title: {
      sv: "en kontroll för en risk som inte finns i riskanalysen",
      en: "a control for a risk that is not in the risk analysis",
    },
    message: {
      sv: 'Den oönskade händelsen "{event}" finns inte i någon riskanalys i arbetsboken.',
      en: 'The undesired event "{event}" is in no risk analysis of the workbook.',
    },
  },
  RISK_PROCESS_DIFFERS: {
    severity: "info",
    title: { sv: "samma risk under olika processer", en: "the same risk under different processes" },
    message: {
      sv: '"{event}" står under processen "{process}" här men under "{riskProcess}" i riskanalysen.',
      en: '"{event}" is under the process "{process}" here but under "{riskProcess}" in the risk analysis.',
    },
  },
  FREQUENCY_INVALID: {
    severity: "warning",
    title: { sv: "frekvensen går inte att läsa", en: "the frequency cannot be read" },
    message: {
      sv: '{column}: "{value}" går inte att läsa som en tidpunkt eller frekvens (t.ex. Löpande, Månadsvis, Varje tertial, T1, Årligen eller ett datum).',
      en: '{column}: "{value}" cannot be read as a time or frequency (e.g. Löpande, Månadsvis, Varje tertial, T1, Årligen or a date).',
    },
  },
});

export const wordings = defineWordings({});
