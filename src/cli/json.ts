/**
 * JSON for the command line, handed out in lines of about 64 KB at a time: a report of 100 000
 * rows is never one string of tens of megabytes.
 *
 * The layout is JSON.stringify(value, null, 2)'s — two spaces a level, one key or element per
 * line — except that a small value made of plain values stands on one line: a finding, an
 * indicator, a row of a summary, a list of names, a 5 × 5 matrix. One finding per line is what a
 * reader scans and `grep` finds, and it is about half the bytes and half the time of indenting
 * every field (a 100 000-row indicator report: 54 MB indented).
 */
const BATCH = 1 << 16;
/** Lists and objects with more members than this never stand on one line. */
const ONE_LINE_MEMBERS = 64;

/**
 * Writes `value` through `line`, which receives whole lines without their line break (as a
 * command line's `out` does), several joined per call.
 */
export function writeJson(value: unknown, line: (text: string) => void): void {
  // Pieces joined by +=, which V8 keeps as a rope until a slice flattens it once per batch.
  let pending = "";
  const push = (text: string) => {
    pending += text;
    if (pending.length < BATCH) return;
    const cut = pending.lastIndexOf("\n");
    if (cut < 0) return;
    line(pending.slice(0, cut));
    pending = pending.slice(cut + 1);
  };
  // As JSON.stringify: nothing at all for a value JSON has no text for.
  if (isSkipped(value)) return;
  write(value, "", push);
  if (pending) line(pending);
}

/** A value JSON.stringify writes without members of its own: a string, number, date, null… */
function isPlain(value: unknown): boolean {
  return value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function";
}

/** The members JSON writes: an array's elements, an object's values. */
function members(value: object): unknown[] {
  return Array.isArray(value) ? value : Object.values(value);
}

/** A short list or object of plain values. */
function isFlat(value: unknown): boolean {
  if (isPlain(value)) return false;
  const all = members(value as object);
  return all.length <= ONE_LINE_MEMBERS && all.every(isPlain);
}

/**
 * Whether `value` is written on one line: plain, or short and made of plain or flat members — but
 * a list of records (findings) gives each record its own line.
 */
function fitsOneLine(value: unknown): boolean {
  if (isPlain(value)) return true;
  const list = Array.isArray(value);
  const all = members(value as object);
  return (
    all.length <= ONE_LINE_MEMBERS &&
    all.every((member) => isPlain(member) || (isFlat(member) && (!list || Array.isArray(member))))
  );
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function write(value: unknown, indent: string, push: (text: string) => void): void {
  if (fitsOneLine(value)) {
    push(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    push("[");
    // A hole in an array is null, as JSON.stringify writes it.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      write(isSkipped(item) ? null : item, inner, push);
    }
    push(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isSkipped(v));
  if (entries.length === 0) {
    push("{}");
    return;
  }
  push("{");
  entries.forEach(([key, v], i) => {
    push(`${i === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `);
    write(v, inner, push);
  });
  push(`\n${indent}}`);
}
