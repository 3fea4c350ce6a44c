/**
 * Excel's date serials and ISO dates, each way: what the record of Plankoll's values compares (a
 * date written as text is the user's serial) and every date reading builds on. A module of its own:
 * the pane's first script needs these, not the readings of "t o m 2017-12-31".
 */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The serial of an ISO date (YYYY-MM-DD), serialToIso's inverse; null for other text and for
 * dates before 1 March 1900, whose serials Excel counts with a 29 February that never was.
 */
export function isoToSerial(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match || validIso(Number(match[1]), Number(match[2]), Number(match[3])) === null) return null;
  const serial = (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - EXCEL_EPOCH_MS) / DAY_MS;
  return serial >= 61 && serial <= MAX_SERIAL ? serial : null;
}

export function validIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Whether a number format shows a date (or a time): day, month, year or hour codes outside quoted
 * text, brackets and escapes, and no percent.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyh]/i.test(bare) && !/%/.test(bare);
}
