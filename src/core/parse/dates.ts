/** Dates and periods as the templates write them: serials, "2017-01-01", "2017.01.01", "Pågår", "t o m 2017-12-31". */
import type { CellValue } from "../types";
import { compactLabel } from "./cells";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31 is Excel's last date. */
const MAX_SERIAL = 2_958_465;

/** A plan's dates repeat (every activity ends 2026-12-31): convert each serial once. */
const isoBySerial = new Map<number, string>();

export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const day = Math.floor(serial);
  let iso = isoBySerial.get(day);
  if (iso === undefined) {
    iso = new Date(EXCEL_EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
    if (isoBySerial.size < 50_000) isoBySerial.set(day, iso);
  }
  return iso;
}

function validIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const DATE_IN_TEXT = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/g;

/** A date written as text, alone in the string. */
export function parseDateText(text: string): string | null {
  const match =
    text.trim().match(/^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/) ?? text.trim().match(/^(\d{4})(\d{2})(\d{2})$/);
  return match ? validIso(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export type DateValue = { kind: "date"; iso: string } | { kind: "ongoing" };

export function isOngoing(text: string): boolean {
  return /^(pagar|pagaende|ongoing|lopande)$/.test(compactLabel(text));
}

/** A date cell: a serial number, ISO-like text or "Pågår"; null when unreadable. */
export function parseDateCell(value: CellValue): DateValue | null {
  if (typeof value === "number") {
    const iso = serialToIso(value);
    return iso ? { kind: "date", iso } : null;
  }
  if (typeof value !== "string") return null;
  if (isOngoing(value)) return { kind: "ongoing" };
  const iso = parseDateText(value);
  return iso ? { kind: "date", iso } : null;
}

export interface Period {
  start: string | null;
  end: string | null;
  /** Years added by options written after the period: "+1 +1" gives 2. */
  optionYears: number;
  endWithOptions: string | null;
}

export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  // 29 February plus a year becomes 28 February, as contracts count it.
  return validIso(y + years, m, d) ?? validIso(y + years, m, d - 1) ?? iso;
}

/**
 * A period: "2017-07-01 – 2021-06-30", "2017-05-30-2018-12-31", "t o m 2017-12-31",
 * "fr.o.m. 2018-01-01 t.o.m. 2019-12-31", with "+1 +1" options. Null when no date can be read
 * or a date in it is not a real date.
 */
const periodCache = new Map<string, Period | null>();

export function parsePeriod(text: string): Period | null {
  if (text.length > 80) return parsePeriodUncached(text);
  let period = periodCache.get(text);
  if (period === undefined) {
    period = parsePeriodUncached(text);
    if (periodCache.size < 20_000) periodCache.set(text, period);
  }
  // Shared between equal texts: callers read it and never change it.
  return period;
}

function parsePeriodUncached(text: string): Period | null {
  const dates: { iso: string; index: number; end: number }[] = [];
  for (const match of text.matchAll(DATE_IN_TEXT)) {
    const iso = validIso(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!iso) return null;
    dates.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  if (dates.length === 0 || dates.length > 2) return null;
  const tail = text.slice(dates[dates.length - 1].end);
  let optionYears = 0;
  for (const option of tail.matchAll(/\+\s*(\d{1,2})/g)) optionYears += Number(option[1]);
  let start: string | null = null;
  let end: string | null = null;
  if (dates.length === 2) {
    start = dates[0].iso;
    end = dates[1].iso;
  } else {
    const before = compactLabel(text.slice(0, dates[0].index));
    if (/(tom|till|until|to)$/.test(before)) end = dates[0].iso;
    else start = dates[0].iso;
  }
  return { start, end, optionYears, endWithOptions: end ? addYears(end, optionYears) : null };
}
