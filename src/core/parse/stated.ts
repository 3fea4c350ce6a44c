/**
 * How a value is stated around its number: a comparator ("minst 80 %", "≤ 5 dagar", "under 4,5"),
 * an approximation ("ca 2 mnkr", "~100"), or a range ("3–4 mnkr", "10-15 %", "3 till 4 mnkr").
 * A range is never reduced to its first number: both ends are kept for the caller to judge.
 */
import { parseNumberText } from "./numbers";

/** What a comparator says of the value: at least / at most it, or strictly above / below it. */
export type Comparator = "atLeast" | "atMost" | "above" | "below";

export interface Stated {
  /** The number (for a range, its lower end). */
  value: number;
  /** The upper end, when the text states a range. */
  high: number | null;
  comparator: Comparator | null;
  approximate: boolean;
  /** The text before the statement (unexplained words make a value uncertain). */
  before: string;
  /** The text after the number (or the range's upper end), untrimmed: the unit and whatever follows. */
  after: string;
}

const SPACES = "\\s\\u00a0\\u202f\\u2009\\u2007";
const NUMBER = `[-\\u2212]?\\d[\\d${SPACES}]*(?:[.,]\\d+)*`;
/** Comparators and approximations as Swedes write them before a value, longest first. */
const LEAD: [RegExp, Comparator | "approx"][] = [
  [/^(minst|lägst|lagst|som minst|min\.?|≥|>=|⩾)$/i, "atLeast"],
  [/^(högst|hogst|som mest|max\.?|maximalt|maximum|≤|<=|⩽)$/i, "atMost"],
  [/^(över|mer än|fler än|större än|överstiga|>)$/i, "above"],
  [/^(under|mindre än|färre än|lägre än|understiga|<)$/i, "below"],
  [/^(ca\.?|c:a|cirka|circa|ungefär|omkring|runt|drygt|knappt|~|≈)$/i, "approx"],
];
const LEAD_WORDS =
  "som minst|som mest|mer än|fler än|större än|mindre än|färre än|lägre än|minst|lägst|lagst|högst|hogst|maximalt|maximum|max\\.?|min\\.?|över|under|ca\\.?|c:a|cirka|circa|ungefär|omkring|runt|drygt|knappt|≥|>=|⩾|≤|<=|⩽|>|<|~|≈";
const LEADING = new RegExp(`^(${LEAD_WORDS})[${SPACES}]*`, "i");
/** A range's connector between two numbers: a dash of any kind, "till", "à", "–". */
const RANGE = new RegExp(`^[${SPACES}]*(?:[-–—]{1,2}|till|à)[${SPACES}]*(${NUMBER})`, "i");
const FIRST_NUMBER = new RegExp(NUMBER);

function leadOf(word: string): Comparator | "approx" | null {
  const w = word.trim();
  for (const [pattern, lead] of LEAD) if (pattern.test(w)) return lead;
  return null;
}

/**
 * Reads the statement in a text: its leading comparator or approximation, the number, a range's
 * upper end. Null when the text holds no readable number.
 */
export function readStated(text: string): Stated | null {
  const trimmed = text.trim();
  let rest = trimmed;
  let comparator: Comparator | null = null;
  let approximate = false;
  for (let i = 0; i < 2; i++) {
    const lead = rest.match(LEADING);
    if (!lead) break;
    const kind = leadOf(lead[1]);
    if (kind === "approx") approximate = true;
    else if (kind) comparator = kind;
    rest = rest.slice(lead[0].length);
  }
  const match = rest.match(FIRST_NUMBER);
  if (!match || match.index === undefined) return null;
  let raw = match[0].replace(new RegExp(`[${SPACES}]+$`), "");
  // A leading minus right after a comparator word is the number's sign; "3-4" is a range, not "3" and "-4".
  let value = parseNumberText(raw);
  if (value === null) return null;
  const before = rest.slice(0, match.index).trim();
  let after = rest.slice(match.index + raw.length);
  let high: number | null = null;
  const range = after.match(RANGE);
  if (range) {
    const upper = parseNumberText(range[1].replace(new RegExp(`[${SPACES}]+$`), ""));
    if (upper !== null) {
      raw = range[1];
      high = upper;
      after = after.slice(range[0].replace(new RegExp(`[${SPACES}]+$`), "").length);
      if (high < value) [value, high] = [high, value];
    }
  }
  return { value, high, comparator, approximate, before, after };
}

/** Whether a comparator says lower values are better (at most, below) or higher (at least, above). */
export function comparatorDirection(comparator: Comparator | null): "higher" | "lower" | null {
  if (comparator === "atLeast" || comparator === "above") return "higher";
  if (comparator === "atMost" || comparator === "below") return "lower";
  return null;
}
