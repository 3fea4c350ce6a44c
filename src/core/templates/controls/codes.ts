import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  CONTROL_DROPPED: {
    severity: "warning",
    title: {
      sv: "en kontroll från förra året borttagen för en risk som fortfarande ska kontrolleras",
      en: "a control of last year's dropped for a risk that still needs one",
    },
    message: {
      sv: 'Förra årets kontroll ”{control}” finns inte i årets plan, men risken "{event}" är fortfarande i {zone} zon.',
      en: "Last year's control “{control}” is not in this year's plan, but the risk \"{event}\" is still in the {zone} zone.",
    },
  },
  RISK_DROPPED_WITH_DEVIATION: {
    severity: "warning",
    title: {
      sv: "en risk borttagen trots att förra årets kontroll fann en avvikelse",
      en: "a risk removed although last year's control found a deviation",
    },
    message: {
      sv: 'Risken "{event}" finns inte i årets riskanalys, men förra årets kontroll ”{control}” fann en avvikelse: ”{deviation}”. Skriv varför risken togs bort.',
      en: "The risk \"{event}\" is not in this year's risk analysis, but last year's control “{control}” found a deviation: “{deviation}”. Say why the risk was removed.",
    },
    marked: false,
  },
  CONTROL_NOT_PERFORMED: {
    severity: "warning",
    title: {
      sv: "en kontroll vars tid har kommit, utan status eller resultat",
      en: "a control whose time has come, without a status or result",
    },
    message: {
      sv: "Kontrollen ”{control}” skulle vara gjord till {moment} men har varken status eller resultat.",
      en: "The control “{control}” was due by {moment} but has neither a status nor a result.",
    },
  },
  DEVIATION_WITHOUT_ACTION: {
    severity: "warning",
    title: { sv: "en avvikelse utan åtgärd", en: "a deviation without an action" },
    message: {
      sv: "Kontrollen ”{control}” fann en avvikelse (”{deviation}”) men ingen åtgärd eller inget förbättringsförslag är angivet.",
      en: "The control “{control}” found a deviation (“{deviation}”) but no action or improvement is given.",
    },
  },
  CONTROL_STATUS_UNKNOWN: {
    severity: "warning",
    title: { sv: "en status som inte går att läsa", en: "a status that cannot be read" },
    message: {
      sv: '{column}: "{value}" är ingen status Plankoll känner (Genomförd, Pågår, Ej påbörjad, Ej genomförd, Inställd). Kontrollen räknas inte som genomförd.',
      en: '{column}: "{value}" is not a status Plankoll knows (Genomförd, Pågår, Ej påbörjad, Ej genomförd, Inställd). The control is not counted as carried out.',
    },
  },
  RISK_CONTROL_DEVIATION: {
    severity: "info",
    title: {
      sv: "en risk i kritisk zon vars kontroll fann en avvikelse",
      en: "a risk in the critical zone whose control found a deviation",
    },
    message: {
      sv: 'Risken "{event}" (kritisk zon) har en kontroll som fann en avvikelse ({at}): ”{deviation}”. Åtgärd: {action}.',
      en: 'The risk "{event}" (critical zone) has a control that found a deviation ({at}): “{deviation}”. Action: {action}.',
    },
    marked: false,
  },
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
  CONTROL_LINKED_BY_TEXT: {
    severity: "info",
    title: {
      sv: "en kontroll kopplad till sin risk genom texten",
      en: "a control linked to its risk by its text",
    },
    message: {
      sv: 'Den oönskade händelsen "{event}" kopplades till risken "{risk}" ({at}) eftersom den ena texten innehåller den andra. Stämmer det inte, skriv riskens Nr.',
      en: 'The undesired event "{event}" was linked to the risk "{risk}" ({at}) because one text contains the other. If that is wrong, write the risk\'s Nr.',
    },
  },
  CONTROL_RISK_AMBIGUOUS: {
    severity: "warning",
    title: {
      sv: "en kontroll som kan avse flera risker",
      en: "a control that may be for several risks",
    },
    message: {
      sv: 'Den oönskade händelsen "{event}" passar lika bra på flera risker: {risks}. Plankoll kopplar den inte till någon; skriv riskens Nr eller dess händelse som i riskanalysen.',
      en: 'The undesired event "{event}" fits several risks equally well: {risks}. Plankoll links it to none; write the risk\'s Nr or its event as in the risk analysis.',
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

export const wordings = defineWordings({
  CONTROL_STATED_NOT_PERFORMED: {
    of: "CONTROL_NOT_PERFORMED",
    message: {
      sv: "Kontrollen ”{control}” skulle vara gjord till {moment} men står som ”{status}”.",
      en: "The control “{control}” was due by {moment} but stands as “{status}”.",
    },
  },
  CONTROL_LINKED_WORDS: {
    of: "CONTROL_LINKED_BY_TEXT",
    message: {
      sv: 'Den oönskade händelsen "{event}" kopplades till risken "{risk}" ({at}) eftersom de betydande orden stämmer överens ({words}). Stämmer det inte, skriv riskens Nr.',
      en: 'The undesired event "{event}" was linked to the risk "{risk}" ({at}) because the significant words agree ({words}). If that is wrong, write the risk\'s Nr.',
    },
  },
});
