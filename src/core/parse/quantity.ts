/** Numbers with a unit, as indicators state them: "90 %", "1,6 procentenheter", "50 dagar", "0 st". */
import type { CellValue } from "../types";
import { compactLabel } from "./cells";
import { readStated, type Comparator } from "./stated";

export type Unit = "%" | "pp" | "days" | "count" | "sek" | null;

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

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(procentenheter|procentenhet|pe|pp)$/, "pp"],
  [/^(procent)$/, "%"],
  [/^(dagar|dag|dgr)$/, "days"],
  [/^(st|stycken|styck|antal|personer|pers)$/, "count"],
  [/^(kr|kronor|sek)$/, "sek"],
];

export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"/g, ""));
}

/** Targets and outcomes repeat ("90 %"); short texts are read once. Results are never mutated. */
const textCache = new Map<string, Quantity | null>();

export function parseQuantity(value: CellValue, numberFormat?: string | null): Quantity | null {
  if (typeof value === "string" && value.length <= 24) {
    let cached = textCache.get(value);
    if (cached === undefined) {
      cached = parseQuantityUncached(value, numberFormat);
      if (textCache.size < 20_000) textCache.set(value, cached);
    }
    return cached;
  }
  return parseQuantityUncached(value, numberFormat);
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
  let rest = after;
  if (after.startsWith("%")) {
    unit = "%";
    rest = after.slice(1).trim();
  } else if (after) {
    // Units are sometimes hyphenated over lines: "pro-\ncent-\nen-\nheter".
    const word = compactLabel(after.replace(/-\s*\n\s*/g, ""));
    for (const [pattern, candidate] of UNIT_WORDS) {
      if (pattern.test(word)) {
        unit = candidate;
        rest = "";
        break;
      }
    }
  }
  const quantity: Quantity = { value: stated.value, unit, uncertain: before.length > 0 || rest.length > 0 };
  if (stated.comparator) quantity.comparator = stated.comparator;
  if (stated.high !== null) quantity.high = stated.high;
  return quantity;
}
