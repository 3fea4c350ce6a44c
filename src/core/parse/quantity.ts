/** Numbers with a unit, as indicators state them: "90 %", "1,6 procentenheter", "50 dagar", "0 st". */
import type { CellValue } from "../types";
import { readStated, type Comparator } from "./stated";
import { TextMemo } from "./memo";
import { HYPHEN_LINE_BREAK } from "./cells";

export type Unit = "%" | "pp" | "days" | "hours" | "count" | "sek" | null;

export interface Quantity {
  /** The value (for a range, its lower end). */
  value: number;
  unit: Unit;
  /** Text beside the value that Plankoll cannot place ("ca" and comparators are placed). */
  uncertain: boolean;
  /** A stated comparator ("minst 80 %", "≤ 5 dagar"): the value and the direction it states. */
  comparator?: Comparator | null;
  /** A range's upper end ("10–15 %"): the value is then read two ways. */
  high?: number | null;
}

/**
 * Unit words after a number (compacted: lower case, no spaces or marks), each with its unit and
 * the factor it scales the number by ("160 tkr" is 160 000 kr). A unit is never "more than the
 * value"; a rate's period ("kr/år", "kr per månad") belongs to the unit.
 */
const UNIT_WORDS: [RegExp, Unit, number][] = [
  [/^(procentenheter|procentenhet|pe|pp|procentenh)$/, "pp", 1],
  [/^(procent)$/, "%", 1],
  [/^(dagar|dag|dgr|arbetsdagar|kalenderdagar)$/, "days", 1],
  [/^(timmar|timme|tim|h)$/, "hours", 1],
  [
    /^(st|stycken|styck|antal|personer|person|pers|ärenden|ärende|elever|deltagare|medarbetare|anställda|brukare|besök|gånger|tillfällen)$/,
    "count",
    1,
  ],
  [/^(kr|kronor|sek|:-)$/, "sek", 1],
  [/^(tkr|tsek|tusenkronor|tusenkr)$/, "sek", 1_000],
  [/^(mnkr|mkr|msek|mnsek|miljkr|miljonerkronor|miljonerkr|mn|milj|miljoner)$/, "sek", 1_000_000],
  [/^(mdkr|miljarderkronor|miljarder)$/, "sek", 1_000_000_000],
];
/** A rate's period after a unit: "/år", "per månad", "i månaden". */
const PERIOD = /(\/|per|i|om)(år|året|mån|månad|månaden|vecka|veckan|dag|dagen|tim|timme|timmen)$/;

const SPACES_AND_STOPS = /[\s.\u00a0\u202f]+/g;
/** A unit as compared: lower case, without spaces and full stops ("Mn kr." → "mnkr"), the slash of a rate kept. */
function unitWord(text: string): string {
  return text.toLowerCase().replace(SPACES_AND_STOPS, "").trim();
}

const QUOTED = /"[^"]*"/g;
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && format.replace(QUOTED, "").includes("%");
}

/** Targets and outcomes repeat ("90 %"): short texts are read once (a text's format does not change its reading). */
const quantityTexts = new TextMemo<Quantity | null>(24);

export function parseQuantity(value: CellValue, numberFormat?: string | null): Quantity | null {
  if (typeof value !== "string") return parseQuantityUncached(value, numberFormat);
  const kept = quantityTexts.get(value);
  return kept !== undefined ? kept : quantityTexts.keep(value, parseQuantityUncached(value));
}

function parseQuantityUncached(value: CellValue, numberFormat?: string | null): Quantity | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return isPercentFormat(numberFormat)
      ? { value: Number((value * 100).toPrecision(12)), unit: "%", uncertain: false }
      : { value, unit: null, uncertain: false };
  }
  if (typeof value !== "string") return null;
  const stated = readStated(value);
  if (!stated) return null;
  const before = stated.before;
  const after = stated.after.trim();
  let unit: Unit = null;
  let factor = 1;
  let rest = after;
  if (after.startsWith("%")) {
    unit = "%";
    rest = after.slice(1).trim();
  } else if (after) {
    // Units are sometimes hyphenated over lines: "pro-\ncent-\nen-\nheter".
    const word = unitWord(after.replace(HYPHEN_LINE_BREAK, ""));
    for (const [pattern, candidate, by] of UNIT_WORDS) {
      if (pattern.test(word) || pattern.test(word.replace(PERIOD, ""))) {
        unit = candidate;
        factor = by;
        rest = "";
        break;
      }
    }
  }
  const scale = (n: number) => (factor === 1 ? n : Number((n * factor).toPrecision(12)));
  const quantity: Quantity = { value: scale(stated.value), unit, uncertain: before.length > 0 || rest.length > 0 };
  if (stated.comparator) quantity.comparator = stated.comparator;
  if (stated.high !== null) quantity.high = scale(stated.high);
  return quantity;
}
