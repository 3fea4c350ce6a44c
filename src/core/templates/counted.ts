/**
 * Counts a result was made with, known without reading its per-row list: a template whose rows
 * are made into objects only when its list is first read (the risks, the procurements…) keeps here
 * what the pane's overview says of them (how many, how many balanced…), so a review makes none.
 * A result made elsewhere (read back from a report) has none kept: the list is counted then.
 */
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
