import { defineCodes, defineWordings } from "../../codes";

export const codes = defineCodes({
  BELOW_THRESHOLD: {
    severity: "info",
    title: {
      sv: "kontraktsvärdet är inte över gränsen för redovisning",
      en: "the contract value is not over the reporting threshold",
    },
    message: {
      sv: "Kontraktsvärdet {value} är inte över {threshold} – upphandlingen ska inte redovisas i planen.",
      en: "The contract value {value} is not above {threshold} – the procurement should not be reported in the plan.",
    },
  },
  CONTRACT_TYPE_INVALID: {
    severity: "error",
    title: {
      sv: "kontraktstypen är inte vara, tjänst eller entreprenad",
      en: "the contract type is not goods, services or works",
    },
    message: {
      sv: 'Kontraktstyp "{value}" är inte vara, tjänst eller entreprenad.',
      en: 'Contract type "{value}" is not goods, services or works (vara, tjänst, entreprenad).',
    },
  },
  PERIOD_INVALID: {
    severity: "error",
    title: {
      sv: "kontraktsperioden går inte att läsa som en period",
      en: "the contract period cannot be read as a period",
    },
    message: {
      sv: 'Avtalsperiod "{value}" går inte att läsa som en period.',
      en: 'Contract period "{value}" cannot be read as a period.',
    },
  },
  PERIOD_BEFORE_START: {
    severity: "warning",
    title: {
      sv: "kontraktsperioden börjar före planerad start",
      en: "the contract period starts before the planned start",
    },
    message: {
      sv: "Avtalsperioden börjar {start}, före upphandlingens planerade start {planned}.",
      en: "The contract period starts {start}, before the procurement's planned start {planned}.",
    },
  },
});

export const wordings = defineWordings({
  PERIOD_LENGTH_ONLY: {
    of: "PERIOD_INVALID",
    message: {
      sv: 'Avtalsperiod "{value}" är en längd, {length}, men inga datum: skriv perioden fr.o.m.–t.o.m. med optionerna efter (2027-04-01 – 2029-03-31 +1 år), så räknar Plankoll ut när avtalet slutar.',
      en: 'Contract period "{value}" is a length, {length}, but no dates: write the period from–to with its options after (2027-04-01 – 2029-03-31 +1 år), and Plankoll works out when the contract ends.',
    },
  },
  PERIOD_REVERSED: {
    of: "PERIOD_INVALID",
    message: {
      sv: "Avtalsperioden slutar {end}, före sin start {start}.",
      en: "The contract period ends {end}, before it starts {start}.",
    },
  },
  AMOUNT_RANGE_THRESHOLD: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: '{column}: "{value}" är ett intervall, {low}–{high}: den lägre änden är inte över {threshold}, den högre är det. Om upphandlingen ska redovisas går inte att avgöra; skriv ett belopp.',
      en: '{column}: "{value}" is a range, {low}–{high}: the lower end is not over {threshold}, the upper is. Whether the procurement must be reported cannot be decided; write one amount.',
    },
  },
  CONTRACT_TYPE_AMBIGUOUS: {
    of: "VALUE_UNCERTAIN",
    message: {
      sv: 'Kontraktstypen "{value}" kan läsas som {types}; skriv en av vara, tjänst eller entreprenad.',
      en: 'The contract type "{value}" can be read as {types}; write one of goods, services or works.',
    },
  },
});
