/** The template's own words, Swedish and English: a key missing in either fails tsc. */
import { defineStrings, type KeyOf } from "../strings";
import type { ContextOf } from "../types";
import type { Translate } from "../../i18n";

export const strings = defineStrings({
  sv: {
    "column.shareWomen": "Plankoll: Andel kvinnor (%)",
    "column.shareMen": "Plankoll: Andel män (%)",
    "column.balance": "Plankoll: Könsfördelning",
    "balance.even": "Jämn",
    "balance.women": "Ojämn – kvinnor underrepresenterade",
    "balance.men": "Ojämn – män underrepresenterade",
    "col.label": "Kategori",
    "col.women": "Kvinnor",
    "col.men": "Män",
    "col.other": "Annat/Ej angivet",
    "col.total": "Totalt",
    "template.genderstats": "Könsuppdelad statistik",
    "blank.genderstats.sheet": "Könsuppdelad statistik",
    "blank.genderstats.title": "Könsuppdelad statistik – antal kvinnor och män per kategori; Totalt är summan",
    "blank.genderstats.label": "Kategori",
    "blank.genderstats.label.help": "Vad som räknas, t.ex. en befattning, en insats eller en enhet.",
    "blank.genderstats.women": "Kvinnor",
    "blank.genderstats.women.help": "Antal kvinnor (ett heltal).",
    "blank.genderstats.men": "Män",
    "blank.genderstats.men.help": "Antal män (ett heltal).",
    "blank.genderstats.other": "Annat/Ej angivet",
    "blank.genderstats.other.help": "Antal med annat eller ej angivet kön; lämna tomt om inga.",
    "blank.genderstats.total": "Totalt",
    "blank.genderstats.total.help": "Summan av kolumnerna till vänster; Plankoll kontrollerar att den stämmer.",
    "pane.genderSummary": "{rows} rader, {balanced} med jämn könsfördelning",
  },
  en: {
    "column.shareWomen": "Plankoll: Andel kvinnor (%)",
    "column.shareMen": "Plankoll: Andel män (%)",
    "column.balance": "Plankoll: Könsfördelning",
    "balance.even": "Even",
    "balance.women": "Uneven – women under-represented",
    "balance.men": "Uneven – men under-represented",
    "col.label": "Category",
    "col.women": "Women",
    "col.men": "Men",
    "col.other": "Other/not stated",
    "col.total": "Total",
    "template.genderstats": "Gender-split statistics",
    "blank.genderstats.sheet": "Gender-split statistics",
    "blank.genderstats.title": "Gender-split statistics – women and men per category; Totalt is the sum",
    "blank.genderstats.label": "Kategori",
    "blank.genderstats.label.help": "What is counted, e.g. a position, an activity or a unit.",
    "blank.genderstats.women": "Kvinnor",
    "blank.genderstats.women.help": "Number of women (a whole number).",
    "blank.genderstats.men": "Män",
    "blank.genderstats.men.help": "Number of men (a whole number).",
    "blank.genderstats.other": "Annat/Ej angivet",
    "blank.genderstats.other.help": "Number with another or unstated sex; leave empty if none.",
    "blank.genderstats.total": "Totalt",
    "blank.genderstats.total.help": "The sum of the columns to the left; Plankoll checks that it adds up.",
    "pane.genderSummary": "{rows} rows, {balanced} with an even gender split",
  },
});

/** What this template's code sees: its own words and codes beside the core's. */
export type Ctx = ContextOf<typeof strings>;
export type T = Translate<KeyOf<typeof strings>>;
