/** Dates and periods as the templates write them: serials, "2017-01-01", "2017.01.01", "Pågår", "t o m 2017-12-31". */
import type { CellValue } from "../types";
import { compactLabel } from "./cells";
import { TextMemo } from "./memo";
import { DAY_MS, serialToIso, validIso } from "./serial";

export { isoToSerial, serialToIso } from "./serial";

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augusti: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const FINAL_FULL_STOP = /\.$/;
/** A month by its name or abbreviation, Swedish or English ("mars", "okt", "October"): its number, or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.trim().toLowerCase().replace(FINAL_FULL_STOP, "")] ?? null;
}
const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date as written, found in a text: the first and last day it can mean ("december 2027" is a month). */
export interface DateToken {
  start: string;
  end: string;
  index: number;
  length: number;
}

/** The date forms Swedes write, in the order they are tried at each place in a text. */
const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [string, string] | null }[] = [
  {
    pattern: /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/y,
    read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(`(\\d{1,2})\\.?\\s*(${MONTH_WORDS})\\.?\\s+(\\d{4})(?!\\d)`, "iy"),
    read: (m) => day(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1])),
  },
  {
    pattern: new RegExp(`(${MONTH_WORDS})\\.?\\s+(\\d{4})(?!\\d)`, "iy"),
    read: (m) => month(Number(m[2]), MONTHS[m[1].toLowerCase()]),
  },
  { pattern: /(\d{4})-(0[1-9]|1[0-2])(?![\d.\-/])/y, read: (m) => month(Number(m[1]), Number(m[2])) },
  {
    pattern: /(?:T|tertial\s*)([1-3])\s*[-/]?\s*(\d{4})(?!\d)/iy,
    read: (m) => months(Number(m[2]), (Number(m[1]) - 1) * 4 + 1, 4),
  },
  {
    pattern: /(\d{4})\s*[-/]?\s*(?:T|tertial\s*)([1-3])(?!\d)/iy,
    read: (m) => months(Number(m[1]), (Number(m[2]) - 1) * 4 + 1, 4),
  },
  {
    pattern: /(?:Q|kv\.?\s*|kvartal\s*)([1-4])\s*[-/]?\s*(\d{4})(?!\d)/iy,
    read: (m) => months(Number(m[2]), (Number(m[1]) - 1) * 3 + 1, 3),
  },
  {
    pattern: /(\d{4})\s*[-/]?\s*(?:Q|kv\.?\s*|kvartal\s*)([1-4])(?!\d)/iy,
    read: (m) => months(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3),
  },
  { pattern: /(?:helår|helar|år|ar)?\s*((?:19|20)\d{2})(?![\d-])/iy, read: (m) => months(Number(m[1]), 1, 12) },
];

function day(year: number, m: number, d: number): [string, string] | null {
  const iso = validIso(year, m, d);
  return iso ? [iso, iso] : null;
}
function month(year: number, m: number): [string, string] | null {
  return months(year, m, 1);
}
function months(year: number, first: number, count: number): [string, string] | null {
  const last = first + count - 1;
  const start = validIso(year, first, 1);
  const end = validIso(year, last, lastDay(year, last));
  return start && end ? [start, end] : null;
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/**
 * The dates in a text, left to right; null when something is written as a date but is none
 * ("2027-02-30"). A bare year counts only where `years` is set (in a period, "2027–2029").
 */
export function findDates(text: string, years = false): DateToken[] | null {
  const tokens: DateToken[] = [];
  for (let i = 0; i < text.length;) {
    // A date starts at a digit or a letter that is not inside a word.
    const ch = text[i];
    const startsWord = i === 0 || !LETTER_OR_DIGIT.test(text[i - 1]);
    if (!startsWord || !LETTER_OR_DIGIT.test(ch)) {
      i++;
      continue;
    }
    let taken = false;
    for (let f = 0; f < DATE_FORMS.length; f++) {
      if (f === DATE_FORMS.length - 1 && !years) break;
      const form = DATE_FORMS[f];
      form.pattern.lastIndex = i;
      const m = form.pattern.exec(text);
      if (!m) continue;
      const read = form.read(m);
      if (!read) return f === 0 ? null : tokens;
      tokens.push({ start: read[0], end: read[1], index: i, length: m[0].length });
      i += m[0].length;
      taken = true;
      break;
    }
    if (!taken) i++;
  }
  return tokens;
}

/** A date written as text, alone in the string (a month or a tertial gives its first day). */
export function parseDateText(text: string): string | null {
  return parseDateTextAs(text, "start");
}

/** Plans repeat their dates ("2027-03-31", "december 2027"): short texts are read once for each end. */
const dateTexts = { start: new TextMemo<string | null>(40), end: new TextMemo<string | null>(40) };

/** A date written as text, alone in the string; `as` picks the end of a month, tertial or quarter. */
export function parseDateTextAs(text: string, as: "start" | "end"): string | null {
  const memo = dateTexts[as];
  const kept = memo.get(text);
  return kept !== undefined ? kept : memo.keep(text, dateTextUncached(text, as));
}

const DIGITS_YYYYMMDD = /^(\d{4})(\d{2})(\d{2})$/;
const TRAILING_STOPS = /[.\s]+$/;
function dateTextUncached(text: string, as: "start" | "end"): string | null {
  const trimmed = text.trim();
  const compact = trimmed.match(DIGITS_YYYYMMDD);
  if (compact) return validIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const tokens = findDates(trimmed);
  if (!tokens || tokens.length !== 1) return null;
  const [token] = tokens;
  if (token.index !== 0 || token.length !== trimmed.replace(TRAILING_STOPS, "").length) return null;
  return as === "end" ? token.end : token.start;
}

export type DateValue = { kind: "date"; iso: string } | { kind: "ongoing" } | { kind: "recurring" };

/** Date cells given as serials, each read once: one value for every cell of that day (shared, as the texts' are). */
const dateSerials = new Map<number, DateValue | null>();

const ONGOING = /^(pagar|pagaende|ongoing)$/;
export function isOngoing(text: string): boolean {
  return ONGOING.test(compactLabel(text));
}

const RECURRING =
  /^(lopande|fortlopande|kontinuerligt|arligen|arsvis|varjear|manadsvis|varjemanad|kvartalsvis|varjekvartal|tertialvis|varjetertial|veckovis|varjevecka|halvarsvis|varjehalvar|vidbehov|aterkommande|ongoing|continuous|annually|monthly|quarterly)$/;
/** Work that recurs or goes on has no date: "Löpande", "Årligen", "Varje tertial", "Månadsvis". */
export function isRecurring(text: string): boolean {
  return RECURRING.test(compactLabel(text));
}

/**
 * A date cell: a serial number, a date written as text ("2027-12-31", "31 dec 2027", "december
 * 2027", "T3 2027"), "Pågår" or a recurring word; null when unreadable. `as` says which day a
 * month or tertial means: its first (a start date) or its last (a deadline, the default).
 */
export function parseDateCell(value: CellValue, as: "start" | "end" = "end"): DateValue | null {
  if (typeof value === "number") {
    let date = dateSerials.get(value);
    if (date === undefined) {
      const iso = serialToIso(value);
      date = iso ? { kind: "date", iso } : null;
      if (dateSerials.size < 50_000) dateSerials.set(value, date);
    }
    return date;
  }
  if (typeof value !== "string") return null;
  const memo = dateCells[as];
  const kept = memo.get(value);
  return kept !== undefined ? kept : memo.keep(value, dateCellText(value, as));
}

/** A plan repeats its dates and its "Pågår": each text read once for each end. */
const dateCells = { start: new TextMemo<DateValue | null>(40), end: new TextMemo<DateValue | null>(40) };

function dateCellText(value: string, as: "start" | "end"): DateValue | null {
  if (isOngoing(value)) return { kind: "ongoing" };
  if (isRecurring(value)) return { kind: "recurring" };
  const iso = parseDateTextAs(value, as);
  return iso ? { kind: "date", iso } : null;
}

export interface Period {
  start: string | null;
  end: string | null;
  /** Years added by options written after the period: "+1 +1" gives 2. */
  optionYears: number;
  endWithOptions: string | null;
}

/**
 * A period: "2017-07-01 – 2021-06-30", "2017-05-30-2018-12-31", "t o m 2017-12-31",
 * "fr.o.m. 2018-01-01 t.o.m. 2019-12-31", with "+1 +1" options. Null when no date can be read
 * or a date in it is not a real date.
 */
const periods = new TextMemo<Period | null>(80);

export function parsePeriod(text: string): Period | null {
  const kept = periods.get(text);
  return kept !== undefined ? kept : periods.keep(text, parsePeriodUncached(text));
}

/** A length's unit as contracts write it: months or years (English only in options, OPTION). */
const LENGTH_UNIT = "mån(?:ader|ad)?|man(?:ader|ad)?|år|ar";
/** "2 år", "24 mån", "3+1 år", "2 + 1 + 1 år": a contract's length with its options, no date. */
const LENGTH_ONLY = new RegExp(
  `^\\s*(\\d{1,2})\\s*(${LENGTH_UNIT})?((?:\\s*\\+\\s*\\d{1,2}\\s*(?:${LENGTH_UNIT})?)*)\\s*$`,
  "i",
);
/** One number of a length and its unit, if written ("3", "1 år"). */
const LENGTH_PART = new RegExp(`(\\d{1,2})\\s*(${LENGTH_UNIT})?`, "gi");
const FINAL_STOP = /\.$/;

/**
 * A period given as a length alone, in months: its own length and its options' (a unit written
 * once, at the end, holds for every number before it: "3+1 år" is three years and a year's
 * option). Null where the text is not a length or names no unit at all ("2+1").
 */
export function periodLength(text: string): { months: number; optionMonths: number } | null {
  const match = LENGTH_ONLY.exec(text.trim().replace(FINAL_STOP, ""));
  if (!match) return null;
  // matchAll reads a copy of the pattern: the constant's lastIndex is never moved.
  const parts = [...`${match[1]} ${match[2] ?? ""}${match[3]}`.matchAll(LENGTH_PART)];
  const units = parts.map((p) => (p[2] ?? "").toLowerCase());
  const last = units[units.length - 1];
  if (units.every((u) => u === "")) return null;
  const monthsOf = (p: RegExpMatchArray, unit: string) => Number(p[1]) * (MONTHS_UNIT.test(unit || last) ? 1 : 12);
  const [first, ...options] = parts;
  const months = monthsOf(first, units[0]);
  if (months === 0) return null;
  return { months, optionMonths: options.reduce((sum, p, k) => sum + monthsOf(p, units[k + 1]), 0) };
}

/** The same day `count` months on (ISO), or that month's last where it has none (31 August + 6 → 28 or 29 February). */
export function addMonths(iso: string, count: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) + count;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return validIso(year, month, Math.min(d, lastDay(year, month))) ?? iso;
}

/** The day after: where a period's options start. */
function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Date(date.getTime() + DAY_MS).toISOString().slice(0, 10);
}

/** The day before: a contract of two years from 2027-01-01 ends 2028-12-31. */
function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Date(date.getTime() - DAY_MS).toISOString().slice(0, 10);
}

const OPTION = /\+\s*(\d{1,2})\s*(mån(?:ader|ad)?|man(?:ader|ad)?|months?|år|ar|years?)?/gi;
const MONTHS_UNIT = /^(mån|man|month)/;
/** "+1 +1", "+ 1 år", "+1+1", "+6 mån": the options' total length in months. */
function optionMonths(tail: string): number | null {
  let months = 0;
  let found = false;
  // matchAll reads a copy of the pattern: the constant's lastIndex is never moved.
  for (const option of tail.matchAll(OPTION)) {
    found = true;
    const unit = (option[2] ?? "").toLowerCase();
    months += Number(option[1]) * (MONTHS_UNIT.test(unit) ? 1 : 12);
  }
  return found ? months : null;
}

const SAYS_END = /(tom|till|until|to|senast)$/;
const DASH_AT_END = /[-–—]\s*$/;
/** What may stand between a start date and the length after it: ", ", "; i ". */
const BEFORE_LENGTH = /^\s*[,;:]?\s*(?:i\s+)?/i;
/** "2027-01-01, 2+1+1": a length after the start date without any unit (years), then its options. */
const LENGTH_AFTER_START = new RegExp(`^(\\d{1,2})\\s*(${LENGTH_UNIT})?(?=\\s*(\\+|$|år|ar))`, "i");
function parsePeriodUncached(text: string): Period | null {
  const tokens = findDates(text, true);
  if (!tokens || tokens.length === 0 || tokens.length > 2) return null;
  const last = tokens[tokens.length - 1];
  const tail = text.slice(last.index + last.length);
  let start: string | null = null;
  let end: string | null = null;
  let months = 0;
  if (tokens.length === 2) {
    start = tokens[0].start;
    end = last.end;
    months = optionMonths(tail) ?? 0;
  } else {
    const before = compactLabel(text.slice(0, last.index));
    const endOnly = SAYS_END.test(before) || DASH_AT_END.test(text.slice(0, last.index).trim());
    if (endOnly && before !== "from") end = last.end;
    else {
      start = last.start;
      // "2027-01-01, 18+6 mån": a length counted from the start, then its options, read as a
      // length alone is (a unit written once at the end holds for every number before it).
      const after = tail.replace(BEFORE_LENGTH, "");
      const stated = periodLength(after);
      const length = stated ? null : after.match(LENGTH_AFTER_START);
      if (stated) {
        end = dayBefore(addMonths(start, stated.months));
        months = stated.optionMonths;
      } else if (length) {
        // No unit anywhere ("2+1+1"), or text after the options: years, as contracts mostly run.
        const unit = (length[2] ?? "år").toLowerCase();
        const base = Number(length[1]) * (MONTHS_UNIT.test(unit) ? 1 : 12);
        if (base > 0) end = dayBefore(addMonths(start, base));
        months = optionMonths(after.slice(length[0].length)) ?? 0;
      } else months = optionMonths(tail) ?? 0;
    }
  }
  const years = months / 12;
  return {
    start,
    end,
    optionYears: years,
    // The options run from the day after the end: a period ending 30 June, six months on, ends 31 December.
    endWithOptions: end ? dayBefore(addMonths(dayAfter(end), months)) : null,
  };
}
