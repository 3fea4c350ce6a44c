/** Amounts in kronor from text such as "6,0 Mnkr", "236.000 kronor", "1 500 tkr", "???   2 mnkr". */
import type { CellValue } from "../types";
import { findNumber } from "./numbers";
import { compactLabel } from "./cells";

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

function multiplierOf(header: string): number {
  const inParens = header.match(/\(([^)]*)\)/g)?.join(" ") ?? header;
  const words = compactLabel(inParens);
  if (/(mnkr|mkr|msek|miljonerkr)/.test(words)) return 1_000_000;
  if (/(tkr|tusentalskr|ksek)/.test(words)) return 1_000;
  return 1;
}

export type AmountResult = { ok: true; sek: number; uncertain: boolean } | { ok: false };

function roundOre(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A plan repeats its amounts ("2 mnkr", "0 kr"): short texts are read once per unit. */
const amountCache = new Map<string, AmountResult>();

export function parseAmount(value: CellValue, headerMultiplier = 1): AmountResult {
  if (typeof value === "string" && value.length <= 40) {
    const key = `${headerMultiplier}|${value}`;
    let result = amountCache.get(key);
    if (!result) {
      result = parseAmountUncached(value, headerMultiplier);
      if (amountCache.size < 20_000) amountCache.set(key, result);
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
  const text = value.trim();
  const found = findNumber(text);
  if (!found) return { ok: false };
  const after = text.slice(found.end).trimStart();
  let multiplier = headerMultiplier;
  let unitLength = 0;
  for (const [pattern, factor] of UNITS) {
    const unit = after.match(pattern);
    if (unit) {
      multiplier = factor;
      unitLength = unit[0].length;
      break;
    }
  }
  // Letters stuck to the digits that are no unit ("32 5OO", "12a") mean the number itself is unreadable.
  if (unitLength === 0 && /^[\p{L}\d]/u.test(text.slice(found.end))) return { ok: false };
  const before = text.slice(0, found.start).trim();
  const rest = after.slice(unitLength).trim();
  const uncertain = before.length > 0 || rest.length > 0;
  return { ok: true, sek: roundOre(found.value * multiplier), uncertain };
}
