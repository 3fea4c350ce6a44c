/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, handed out in lines of about 64 KB at a
 * time: a report of 100 000 rows is never one string of tens of megabytes. Large arrays and the
 * objects around them are written element by element; everything small by JSON.stringify itself.
 */
const BATCH = 1 << 16;
/** Arrays longer than this are written in blocks (or element by element when they hold large ones). */
const LARGE = 64;
const BLOCK = 512;

/**
 * Writes `value` through `line`, which receives whole lines without their line break (as a
 * command line's `out` does), several joined per call.
 */
export function writeJson(value: unknown, line: (text: string) => void): void {
  let pending: string[] = [];
  let size = 0;
  const push = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size < BATCH) return;
    const joined = pending.join("");
    const cut = joined.lastIndexOf("\n");
    if (cut < 0) {
      pending = [joined];
      return;
    }
    line(joined.slice(0, cut));
    pending = [joined.slice(cut + 1)];
    size = pending[0].length;
  };
  // As JSON.stringify: nothing at all for a value JSON has no text for.
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return;
  write(value, "", push);
  const rest = pending.join("");
  if (rest) line(rest);
}

function isLarge(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > LARGE || value.some(isLarge);
  if (value && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function")
    return Object.values(value).some(isLarge);
  return false;
}

function write(value: unknown, indent: string, push: (text: string) => void): void {
  if (!isLarge(value)) {
    const text = JSON.stringify(value, null, 2);
    push(indent && text.includes("\n") ? text.replace(/\n/g, `\n${indent}`) : text);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    push("[");
    const deep = value.some(isLarge);
    for (let i = 0; i < value.length; i += deep ? 1 : BLOCK) {
      push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (deep) {
        // As JSON.stringify writes them: undefined and functions in an array are null.
        const item = value[i];
        write(item === undefined || typeof item === "function" ? null : item, inner, push);
        continue;
      }
      // A block of small elements by JSON.stringify itself, re-indented to where it stands.
      const text = JSON.stringify(value.slice(i, i + BLOCK), null, 2);
      push(text.slice(4, -2).replace(/\n/g, `\n${indent}`));
    }
    push(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol",
  );
  push("{");
  entries.forEach(([key, v], i) => {
    push(`${i === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `);
    write(v, inner, push);
  });
  push(`\n${indent}}`);
}
