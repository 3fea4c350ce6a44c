/**
 * A template's rows kept a column each, made into objects only when its result's list is first
 * read (the risks, the procurements…): the list made once (`MadeOnce`), and the counts the pane's
 * overview says of them (how many, how many balanced…) kept with the result, so a review makes
 * none. A result made elsewhere (read back from a report) has no counts kept: its list is counted.
 */
import { keepShape } from "../shapes";
const kept = new WeakMap<object, Readonly<Record<string, number>>>();

/** The result, with its counts kept. */
export function withCounts<T extends object>(result: T, counts: Readonly<Record<string, number>>): T {
  kept.set(result, counts);
  return result;
}

/** A count kept with the result, else counted from its list by `count`. */
export function countOf(result: object, name: string, count: () => number): number {
  return kept.get(result)?.[name] ?? count();
}

/**
 * The result with its list `key` made from the rows kept when read (`rows.objects()`). The getter
 * is made here, where it holds the rows only: a getter written in a template's analysis holds all
 * that the analysis's closures hold — its table and grid — for as long as the result lives (through
 * the command line's writing of its copy, for one).
 */
export function madeWhenRead<T extends object, K extends keyof T>(result: T, key: K, rows: { objects(): T[K] }): T {
  return Object.defineProperty(result, key, { get: () => rows.objects(), enumerable: true, configurable: true });
}

/** A list's objects, made at the first call (entry i by `make(i)`) and kept: every later call gives the same list. */
export class MadeOnce<T> {
  private made: T[] | null = null;

  of(length: number, make: (i: number) => T): T[] {
    if (this.made) return this.made;
    const made = new Array<T>(length);
    for (let i = 0; i < length; i++) made[i] = make(i);
    return (this.made = made);
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new MadeOnce<unknown>());

/** A figure or none as a Float64Array keeps it: NaN for none (no figure read is NaN). */
export function keptNumber(value: number | null): number {
  return value ?? Number.NaN;
}

/** A figure kept by keptNumber, or null. */
export function numberOrNull(kept: number): number | null {
  return Number.isNaN(kept) ? null : kept;
}

/** Yes, no or not told as a Uint8Array keeps it: 0 not told, 1 no, 2 yes. */
export function keptFlag(value: boolean | null): number {
  return value === null ? 0 : value ? 2 : 1;
}

/** A flag kept by keptFlag, or null. */
export function flagOrNull(kept: number): boolean | null {
  return kept === 0 ? null : kept === 2;
}
