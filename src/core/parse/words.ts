/**
 * Texts compared as a person would: an oönskad händelse in the control plan against the risk
 * analysis, a payroll's befattning against the job evaluation. A key folds case, punctuation and
 * trailing verbs ("görs"); words are the significant ones, each cut to its stem, so that
 * "Utbetalningarna görs ej" and "utbetalning inte" share theirs.
 */
import { compactLabel } from "./cells";

/** Words a plan adds after the event without changing it ("Felaktiga utbetalningar görs"). */
const TRAILING = /(?:\s+(?:görs|sker|uppstår|inträffar|förekommer|kan ske|kan uppstå))+\s*[.!]?\s*$/i;

/** A text as compared: without case, punctuation or trailing words. */
export function eventKey(text: string): string {
  return compactLabel(text.trim().replace(TRAILING, ""));
}

/** Words that carry no meaning of their own in an event ("inte" and "ej" do: they are kept, as one). */
const STOP = new Set(
  "och eller i på av för till med som att en ett den det de är om vid kan från hos under över vara blir bli ska skall har inom utan när där mot genom samt även görs sker uppstår inträffar förekommer".split(
    " ",
  ),
);
/** Endings that make one word's forms ("utbetalningar", "utbetalning", "utbetalningen"). */
const ENDING =
  /(heterna|heten|heter|het|ningarna|ningar|ningen|ning|arna|erna|orna|ande|ende|are|ar|er|or|en|et|na|a|e|s)$/;

/** The significant words of a text, each cut to its stem. */
export function eventWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .replace(TRAILING, "")
    .split(/[^\p{L}\d]+/u)) {
    const word = raw === "ej" ? "inte" : raw;
    if (word.length < 2 || STOP.has(word)) continue;
    const stem = word.length > 5 ? word.replace(ENDING, "") : word;
    words.add(stem.length >= 4 ? stem : word);
  }
  return words;
}

/**
 * Pairs this year's items with last year's as a person would: the same text first, then the same
 * significant words (nearly all of the shorter text's, half of the longer's), then what `alike`
 * says of the rest (the same Nr under the same process). Each item is paired once; the unpaired
 * are added (this year's) and removed (last year's).
 */
export function pairByText<T>(
  last: readonly T[],
  current: readonly T[],
  text: (item: T) => string,
  alike?: (a: T, b: T) => boolean,
): { pairs: [T, T][]; added: T[]; removed: T[] } {
  // Each text's key and significant words, made once.
  const keys = new Map<T, string>();
  const wordsOf = new Map<T, Set<string>>();
  const key = (item: T) => keys.get(item) ?? keys.set(item, eventKey(text(item))).get(item)!;
  const words = (item: T) => wordsOf.get(item) ?? wordsOf.set(item, eventWords(text(item))).get(item)!;
  const pairs: [T, T][] = [];
  const open = new Set(last);
  const take = (item: T, found: T | undefined) => {
    if (found === undefined) return false;
    open.delete(found);
    pairs.push([found, item]);
    return true;
  };
  const unpaired = current.filter(
    (item) =>
      !take(
        item,
        [...open].find((l) => key(l) === key(item)),
      ),
  );
  const rest = unpaired.filter(
    (item) =>
      !take(
        item,
        [...open].find((l) => {
          const [mine, other] = [words(item), words(l)];
          const shared = [...mine].filter((w) => other.has(w)).length;
          const [small, large] = [Math.min(mine.size, other.size), Math.max(mine.size, other.size)];
          return shared >= 2 && shared >= 0.8 * small && shared >= 0.5 * large;
        }),
      ),
  );
  const added = rest.filter(
    (item) =>
      !(
        alike &&
        take(
          item,
          [...open].find((l) => alike(l, item)),
        )
      ),
  );
  return { pairs, added, removed: [...open] };
}
