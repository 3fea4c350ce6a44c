/** Amounts in kronor from text such as "6,0 Mnkr", "236.000 kronor", "1 500 tkr", "???   2 mnkr". */
import type { CellValue } from "../types";
import { compactLabel } from "./cells";
import { readStated } from "./stated";

const UNITS: [RegExp, number][] = [
  [/^(mnkr|mkr|msek|mnsek|miljoner|miljon|milj|mn)\b\.?/i, 1_000_000],
  [/^(tkr|ksek|tusen)\b\.?/i, 1_000],
  [/^(kronor|kr|sek)\b\.?|^:-/i, 1],
];

const multiplierByHeader = new Map<string, number>();

/** The multiplier a unit written in a column header gives bare numbers: "Äskad summa (tkr)" → 1000. */
export function headerUnitMultiplier(header: string): number {
  let multiplier = multiplierByHeader.get(header);
  if (multiplier === undefined) {
    multiplier = multiplierOf(header);
    if (multiplierByHeader.size < 1000) multiplierByHeader.set(header, multiplier);
  }
  return multiplier;
}

const IN_PARENS = /\(([^)]*)\)/g;
const MILLIONS = /(mnkr|mkr|msek|miljonerkr)/;
const THOUSANDS_OF_KRONOR = /(tkr|tusentalskr|ksek)/;
const STARTS_LETTER_OR_DIGIT = /^[\p{L}\d]/u;
/** "– 4 mnkr", "till 4 mnkr": a range's second end after the first's unit. */
const SECOND_END = /^(?:[-–—]{1,2}|till)\s*(.+)$/i;
function multiplierOf(header: string): number {
  const inParens = header.match(IN_PARENS)?.join(" ") ?? header;
  const words = compactLabel(inParens);
  if (MILLIONS.test(words)) return 1_000_000;
  if (THOUSANDS_OF_KRONOR.test(words)) return 1_000;
  return 1;
}

export type AmountResult =
  | {
      ok: true;
      /** The amount (for a range, its lower end). */
      sek: number;
      uncertain: boolean;
      /** A range's upper end ("3–4 mnkr"): the amount can be read two ways. */
      highSek?: number;
    }
  | { ok: false };

function roundOre(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A plan repeats its amounts ("2 mnkr", "0 kr"): short texts are read once per unit (a map per
 * unit, so that no key is built for each cell).
 */
const amountCache = new Map<number, Map<string, AmountResult>>();
let amountsCached = 0;

export function parseAmount(value: CellValue, headerMultiplier = 1): AmountResult {
  if (typeof value === "string" && value.length <= 40) {
    let byText = amountCache.get(headerMultiplier);
    if (!byText) amountCache.set(headerMultiplier, (byText = new Map()));
    let result = byText.get(value);
    if (!result) {
      result = parseAmountUncached(value, headerMultiplier);
      if (amountsCached < 20_000) {
        byText.set(value, result);
        amountsCached++;
      }
    }
    return result;
  }
  return parseAmountUncached(value, headerMultiplier);
}

function parseAmountUncached(value: CellValue, headerMultiplier: number): AmountResult {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { ok: true, sek: roundOre(value * headerMultiplier), uncertain: false }
      : { ok: false };
  }
  if (typeof value !== "string") return { ok: false };
  const stated = readStated(value);
  if (!stated) return { ok: false };
  const unitAt = (text: string) => {
    for (const [pattern, factor] of UNITS) {
      const unit = text.match(pattern);
      if (unit) return { factor, length: unit[0].length };
    }
    return null;
  };
  // Letters stuck to the digits that are no unit ("32 5OO", "12a") mean the number itself is unreadable.
  const after = stated.after.trimStart();
  const unit = unitAt(after);
  if (!unit && STARTS_LETTER_OR_DIGIT.test(stated.after)) return { ok: false };
  const multiplier = unit ? unit.factor : headerMultiplier;
  let rest = after.slice(unit?.length ?? 0).trim();
  let high = stated.high;
  if (high === null && unit) {
    // "3 mnkr – 4 mnkr": the unit written after each end.
    const second = rest.match(SECOND_END);
    const upper = second ? readStated(second[1]) : null;
    const upperUnit = upper ? unitAt(upper.after.trimStart()) : null;
    if (upper && !upper.before && upper.high === null && (!upperUnit || upperUnit.factor === multiplier)) {
      high = upper.value;
      rest = upper.after
        .trimStart()
        .slice(upperUnit?.length ?? 0)
        .trim();
    }
  }
  // "ca 2 mnkr" is the estimate it says; a comparator ("över 2 mnkr") is a bound, not an amount.
  const uncertain = stated.before.length > 0 || rest.length > 0 || stated.comparator !== null;
  const result: AmountResult = { ok: true, sek: roundOre(stated.value * multiplier), uncertain };
  if (high !== null) {
    const low = Math.min(stated.value, high);
    const top = Math.max(stated.value, high);
    result.sek = roundOre(low * multiplier);
    result.highSek = roundOre(top * multiplier);
  }
  return result;
}
