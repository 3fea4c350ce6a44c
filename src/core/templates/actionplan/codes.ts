import { defineCodes } from "../../codes";

export const codes = defineCodes({
  ACTION_NOT_CARRIED_OVER: {
    severity: "warning",
    title: {
      sv: "en åtgärd från förra året som inte är genomförd och inte förd vidare",
      en: "an action of last year's not done and not carried over",
    },
    message: {
      sv: "Förra årets åtgärd ”{action}” ({sheet}, rad {row}) är inte genomförd ({status}) och finns inte i årets plan. För den vidare eller skriv varför den utgår.",
      en: "Last year's action “{action}” ({sheet}, row {row}) is not done ({status}) and is not in this year's plan. Carry it over or say why it is dropped.",
    },
  },
});
