/** Kronor as Plankoll reads and says them: the largest amount read as one, and "7 257 000 kr". */
import { formatNumber } from "../parse/cells";

/**
 * The largest amount read as one: a thousand thousand billion kronor, past every budget of the city
 * and still summed exactly (doubles hold whole numbers exactly to 9 × 10^15).
 */
export const MAX_SEK = 1e15;

const sekText = new Map<number, string>();

/** "7 257 000 kr". */
export function formatSek(value: number): string {
  let text = sekText.get(value);
  if (text === undefined) {
    text = `${formatNumber(value)} kr`;
    if (sekText.size < 10_000) sekText.set(value, text);
  }
  return text;
}
