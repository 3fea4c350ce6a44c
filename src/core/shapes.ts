/**
 * Hidden classes kept for the process's life: one light object of each shape the analyses' walks
 * read (a class's instance, an object filled key by key), holding nothing of a sheet.
 *
 * V8 gives an object the hidden class it reaches by getting its properties one by one — a class's
 * instance as its constructor sets them, `columnsOf`'s readers key by key — and holds such a class
 * only while some object has it. Once every object of an analysis is collected, the next analysis
 * makes its objects new hidden classes, and the optimized code of every walk that read the old
 * ones is thrown away ("weak objects") and compiled again while the walk runs slowly. With the
 * walks calling methods rather than functions made per analysis (which the optimized code held as
 * well), a payroll analysed again in the same process (Granska again in the pane, live review, the
 * bench's warm runs) takes 92 ms at 100 000 employees where it took 138. Each module keeps its
 * classes' shapes beside them (`keepShape`); a test holds the objects an analysis makes to a kept
 * hidden class (tests/core/shapes.test.ts).
 */

const kept: object[] = [];

/** Keeps `light` (an instance made with light arguments: no table, no sheet) so its hidden class lives. */
export function keepShape<T extends object>(light: T): T {
  kept.push(light);
  return light;
}

const keptKeys = new Set<string>();
/** At most this many key lists kept (they come from the templates' code: a few dozen). */
const MAX_KEY_LISTS = 256;

/** An object filled with `keys` in this order (`columnsOf`): one such kept, the first time the list is seen. */
export function keepKeysShape(keys: readonly string[]): void {
  if (keptKeys.size >= MAX_KEY_LISTS) return;
  const list = keys.join("\u0000");
  if (keptKeys.has(list)) return;
  keptKeys.add(list);
  const light: Record<string, null> = {};
  for (const key of keys) light[key] = null;
  kept.push(light);
}

/** The objects kept, for the test that holds them to the analyses' own. */
export function keptShapes(): readonly object[] {
  return kept;
}
