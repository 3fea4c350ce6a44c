/**
 * What the command line needs of Node itself: zlib for the package, V8's collector between
 * reading and writing, and files read and written so that a system error becomes a sentence and
 * nothing that is not Plankoll's own output from the same command is ever written over.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as zlib from "node:zlib";
import { basename, dirname, extname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { XlsxPackage, packageSheets } from "../ooxml";
import { PackageEdit } from "../ooxml/package";
import { savedByAnother } from "../ooxml/resaved";
import { BACKUP_SHEET } from "../core/plan";
import { ProblemError, problem } from "./problem";
import { systemProblem } from "./systemErrors";

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** Parts Plankoll changes are compressed fast: a copy is written in a moment, a little larger. */
export const deflate = Object.assign((data: Uint8Array) => zlib.deflateRawSync(data, { level: 1 }), {
  // Node 20.15 and later checksum natively; the archive's own table otherwise. Nothing adds
  // nothing: Node hands zlib no buffer for an empty array TextEncoder made, and zlib's crc32 then
  // answers 0 (its "initial value"), whatever the sum so far — a copy would be damaged.
  crc32: nativeCrc32 && ((data: Uint8Array, value = 0) => (data.length === 0 ? value >>> 0 : nativeCrc32(data, value))),
  slice: (data: Uint8Array, last: boolean) =>
    zlib.deflateRawSync(data, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
});

export const openPackage = (bytes: Uint8Array) => XlsxPackage.fromBytes(bytes, (data) => zlib.inflateRawSync(data));

/**
 * V8's full collection, asked for between judging a file and writing its copy: the garbage of
 * reading (about 100 MB for a 100 000-row sheet) is then gone before the copy is made, instead of
 * both holding memory at once (the peak of `--out` at 100 000 rows: 320 MB without, 260 with). The
 * collector is reached as jest-leak-detector reaches it; where it cannot be, nothing is done.
 */
let collector: (() => void) | undefined;
export function collectGarbage(): void {
  if (!collector) {
    try {
      setFlagsFromString("--expose-gc");
      collector = runInNewContext("gc") as () => void;
    } catch {
      collector = () => undefined;
    }
  }
  collector();
}

/**
 * The sheets of a copy, with a full collection before each is made: patching the user's sheets,
 * and making a large sheet of Plankoll's (the payroll's register, 100 000 rows), leave tens of
 * megabytes of garbage that V8 would otherwise let pile up under the next sheet, now that no
 * sheet is ever whole as bytes (whose size made V8 collect).
 */
export function* collectingBetween<T>(items: Iterable<T>): Iterable<T> {
  // A full collection takes tens of milliseconds: asked for only when the heap has grown by a
  // sheet's worth since the last one (small sheets go by without).
  let after = 0;
  const collect = () => {
    if (process.memoryUsage().heapUsed - after < GROWN_BY_A_SHEET) return;
    collectGarbage();
    after = process.memoryUsage().heapUsed;
  };
  collect();
  for (const item of items) {
    yield item;
    collect();
  }
}

/** How much the heap grows, in bytes, before the writer asks for a full collection between sheets. */
const GROWN_BY_A_SHEET = 32 * 1024 * 1024;

/** A file's bytes; a system error becomes a ProblemError in words. */
export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ProblemError(systemProblem(error, "read", path));
  }
}

/**
 * Whether a workbook is a highlighted copy Plankoll wrote (it carries Plankoll's backup record):
 * "untouched" as Plankoll wrote it, "saved" by another program since (such a save renames what
 * Plankoll marked in the package: it may hold the user's corrections), null for no copy.
 */
export function plankollCopy(bytes: Uint8Array): "untouched" | "saved" | null {
  try {
    const pkg = openPackage(bytes);
    const { sheets, workbook } = packageSheets(pkg);
    if (!sheets.some((s) => s.name === BACKUP_SHEET)) return null;
    return savedByAnother(new PackageEdit(pkg), workbook) ? "saved" : "untouched";
  } catch {
    return null;
  }
}

/** Whether a workbook is a highlighted copy Plankoll wrote, saved since or not. */
export function isPlankollCopy(bytes: Uint8Array): boolean {
  return plankollCopy(bytes) !== null;
}

/** A name beside `path` that no file has yet: `summa.xlsx` → `summa-2.xlsx`. */
export function freeName(path: string): string {
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  for (let n = 2; ; n++) if (!existsSync(`${stem}-${n}${ext}`)) return `${stem}-${n}${ext}`;
}

/**
 * What may stand where an output goes: nothing, the very bytes about to be written (the same
 * command run again), or — for a highlighted copy — an earlier copy Plankoll highlighted.
 */
export type Replaces = "nothing" | "ownCopy";

/**
 * Writes an output file, making its folder. Refused (a ProblemError, nothing written): a folder in
 * its place, or a file that is neither identical to `bytes` nor, where `replaces` allows, a copy
 * Plankoll highlighted. A file already holding exactly these bytes is left as it is.
 */
export function writeOutput(target: string, bytes: Uint8Array, replaces: Replaces): void {
  let existing: Uint8Array | null = null;
  try {
    if (statSync(target).isDirectory())
      throw new ProblemError(problem("cli.os.write", { file: target }, problem("cli.os.isFolder")));
    existing = readFileSync(target);
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    // Nothing there (or a file where a folder of the path should be: making the folder says so).
    const code = (error as { code?: string }).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw new ProblemError(systemProblem(error, "read", target));
  }
  if (existing) {
    if (Buffer.compare(existing, bytes) === 0) return;
    const copy = replaces === "ownCopy" ? plankollCopy(existing) : null;
    if (copy !== "untouched") {
      const why = replaces === "nothing" ? "cli.exists" : copy === "saved" ? "cli.changedCopy" : "cli.notOwnCopy";
      throw new ProblemError(problem(why, { file: target, other: freeName(target) }));
    }
  }
  const folder = dirname(target);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new ProblemError(systemProblem(error, "folder", folder));
  }
  try {
    writeFileSync(target, bytes);
  } catch (error) {
    throw new ProblemError(systemProblem(error, "write", target));
  }
}
