/**
 * The equal-value comparison of DiskrL 3 kap.: each kvinnodominerad befattning against the others
 * valued equal or lower but paid more. A register of thousands of befattningar gives tens of
 * thousands of pairs: they are kept as two lists of the befattningar compared, and made into
 * objects (EqualValueGap) only for a report that leaves Plankoll — the summary sheet reads them
 * one at a time (`equalValueGapsOf`).
 */
import type { EqualValueGap, Position, SalaryResult } from "./result";
import type { Findings } from "./payroll";
import { formatNumber } from "../../parse/cells";
import { oneDecimal } from "../common";
import { madeWhenRead } from "../keptRows";
import { keepShape } from "../../shapes";

/** Comparisons listed per kvinnodominerad befattning, widest gap first. */
const MAX_COMPARISONS = 20;

/**
 * Each kvinnodominerad befattning against the others valued equal or lower but paid more, by a
 * value (the sheet's Arbetsvärdering, or the job evaluation's value group). For each value, the
 * others at or below it sorted by pay (best paid first): those paid more than a given befattning
 * are then a prefix, found by binary search. The widest gaps first; a register of thousands of
 * befattningar lists the 20 widest and counts the rest.
 */
export function paidMoreAtOrBelow(
  positions: readonly Position[],
  valueOf: (p: Position) => number | null,
): { position: Position; value: number; listed: Position[]; more: number }[] {
  const out: { position: Position; value: number; listed: Position[]; more: number }[] = [];
  // Sorted by pay once (a stable sort: equal pay keeps the sheet's order); each value's candidates
  // are those at or below it, in that order — as sorting each value's own list would give them.
  const others = positions
    .filter((q) => q.womenDominated === false && valueOf(q) !== null && q.mean !== null)
    .sort((a, b) => b.mean! - a.mean!);
  const byLevel = new Map<number, Position[]>();
  const candidatesAt = (value: number): Position[] => {
    let list = byLevel.get(value);
    if (!list) {
      list = others.filter((q) => valueOf(q)! <= value);
      byLevel.set(value, list);
    }
    return list;
  };
  for (const p of positions) {
    const value = valueOf(p);
    if (!p.womenDominated || value === null || p.mean === null) continue;
    const candidates = candidatesAt(value);
    let paidMore = 0;
    for (let lo = 0, hi = candidates.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].mean! > p.mean) lo = paidMore = mid + 1;
      else hi = mid;
    }
    if (paidMore === 0) continue;
    const listed = candidates.slice(0, Math.min(paidMore, MAX_COMPARISONS));
    out.push({ position: p, value, listed, more: paidMore - listed.length });
  }
  return out;
}

/** The pairs compared, kept as the befattningar themselves: pair k is `women[k]` against `others[k]`. */
export class EqualValuePairs {
  private readonly women: Position[];
  private readonly others: Position[];

  /** Each befattning found paid less against those listed for it, in the order found (the lists made at their size). */
  constructor(found: readonly { position: Position; listed: readonly Position[] }[]) {
    let count = 0;
    for (const { listed } of found) count += listed.length;
    this.women = new Array<Position>(count);
    this.others = new Array<Position>(count);
    let k = 0;
    for (const { position, listed } of found) {
      for (let j = 0; j < listed.length; j++, k++) {
        this.women[k] = position;
        this.others[k] = listed[j];
      }
    }
  }

  get length(): number {
    return this.women.length;
  }

  /** Pair k as the result lists it: the kvinnodominerad befattning's mean pay in percent of the other's. */
  at(k: number): EqualValueGap {
    const p = this.women[k];
    const q = this.others[k];
    return {
      title: p.title,
      valuation: p.valuation!,
      comparedWith: q.title,
      comparedValuation: q.valuation!,
      percentOfCompared: oneDecimal((p.mean! / q.mean!) * 100),
    };
  }

  /** Every pair as an object: a new list at each call (a report takes it once). */
  objects(): EqualValueGap[] {
    const list = new Array<EqualValueGap>(this.length);
    for (let k = 0; k < this.length; k++) list[k] = this.at(k);
    return list;
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new EqualValuePairs([]));

/** The sheet's own equal-value comparison, by its Arbetsvärdering column: its findings, and its pairs kept. */
export function compareEqualValue(positions: readonly Position[], findings: Findings): EqualValuePairs {
  // A few valuations named in thousands of messages: each written out once.
  const written = new Map<number, string>();
  const valuationText = (value: number) => {
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = formatNumber(value)));
    return text;
  };
  // The best paid are listed for nearly every befattning: each named once.
  const nameByPosition = new Map<Position, string>();
  const nameOf = (q: Position) => {
    let name = nameByPosition.get(q);
    if (name === undefined) nameByPosition.set(q, (name = `${q.title} (${valuationText(q.valuation!)})`));
    return name;
  };
  const found = paidMoreAtOrBelow(positions, (q) => q.valuation);
  for (const { position: p, value, listed, more } of found) {
    const names = listed.map(nameOf);
    if (more > 0) names.push(`+${more}`);
    findings.add("SALARY_EQUAL_VALUE_GAP", p.cell, p.row, {
      title: p.title,
      value: valuationText(value),
      others: names.join(", "),
    });
  }
  return new EqualValuePairs(found);
}

const kept = new WeakMap<SalaryResult, EqualValuePairs>();

/**
 * The result, its `equalValueGaps` made from the pairs when read (a new list at each read), the
 * pairs kept beside it for `equalValueGapsOf`.
 */
export function withPairs<T extends SalaryResult>(result: T, pairs: EqualValuePairs): T {
  kept.set(result, pairs);
  return madeWhenRead(result, "equalValueGaps", pairs);
}

/**
 * A result's comparisons one at a time, as the summary sheet writes them: from the pairs kept (no
 * list of objects made), or from its list where the result was made elsewhere (read back).
 */
export function equalValueGapsOf(result: SalaryResult): { length: number; at(k: number): EqualValueGap } {
  const pairs = kept.get(result);
  if (pairs) return pairs;
  const list = result.equalValueGaps;
  return { length: list.length, at: (k) => list[k] };
}
