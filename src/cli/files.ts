/**
 * Which files a command line names, and where their highlighted copies go: folders searched for
 * workbooks — Excel's lock files, repeats, Plankoll's own highlighted copies and the --out folder
 * set aside with a note saying how many — and output paths that never fall on an input or on each
 * other.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { isPlankollCopy, readBytes } from "./node";
import { problem, type Problem } from "./problem";
import { systemProblem } from "./systemErrors";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Files a user may take for workbooks that Plankoll does not read: named when a folder holds them. */
const OTHER_SHEETS = /\.(xls|xlsb|ods|csv|numbers|xltx|xltm)$/i;
/** Excel's lock file beside an open workbook: "~$Budget.xlsx". */
const LOCK_FILE = /^~\$/;

export interface Input {
  /** The path as given, or as found in a folder. */
  path: string;
  /** Where its copy goes below --out: its path below the folder given, else its name. */
  relative: string;
}

export type Note = Problem;

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether `path` is `folder` or lies below it. */
function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && rel !== "..");
}

interface Found {
  workbooks: string[];
  /** Spreadsheets of other kinds, and folders that could not be listed. */
  others: string[];
  unlisted: Problem[];
}

/** Every workbook below a folder, in a stable order; hidden folders and `skip` are not searched. */
function workbooksIn(folder: string, skip: string | null): Found {
  const found: Found = { workbooks: [], others: [], unlisted: [] };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      found.unlisted.push(systemProblem(error, "list", dir));
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules" && !(skip && real(path) === skip)) walk(path);
      } else if (WORKBOOK.test(entry.name)) found.workbooks.push(path);
      else if (OTHER_SHEETS.test(entry.name)) found.others.push(path);
    }
  };
  walk(folder);
  return found;
}

/** A list of names for a note: the first few, then how many more. */
function names(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).join(", ");
  return paths.length > 5 ? `${shown} … (+${paths.length - 5})` : shown;
}

/**
 * The files named (folders expanded), with notes for what was set aside. `outDir`: the command's
 * output folder, never searched. A workbook found in a folder that carries Plankoll's backup record
 * is Plankoll's own highlighted copy, not an original: it is set aside (named files are kept), except
 * for `keepCopies` (clear, which takes exactly those). `outFile`: the command's output file, never an input when found in a folder.
 */
export function expandInputs(
  args: readonly string[],
  outDir: string | null = null,
  { keepCopies = false, outFile = null as string | null } = {},
): { inputs: Input[]; notes: Note[] } {
  const inputs: Input[] = [];
  const notes: Note[] = [];
  const seen = new Map<string, string>();
  const copies: string[] = [];
  const skip = outDir ? real(outDir) : null;
  let outSkipped = false;
  let outFileSkipped = false;
  const add = (path: string, rel: string) => {
    if (LOCK_FILE.test(basename(path))) {
      notes.push(problem("cli.lockFile", { file: path }));
      return;
    }
    const key = real(path);
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push(problem("cli.sameFile", { file: path, first }));
      return;
    }
    seen.set(key, path);
    inputs.push({ path, relative: rel });
  };
  for (const arg of args) {
    let folder = false;
    try {
      folder = existsSync(arg) && statSync(arg).isDirectory();
    } catch {
      folder = false;
    }
    if (!folder) {
      add(arg, basename(arg));
      continue;
    }
    // Said whether or not the folder (or file) exists yet: the first run and the second say the same.
    if (skip && isWithin(skip, real(arg))) outSkipped = true;
    if (outFile && isWithin(real(outFile), real(arg))) outFileSkipped = true;
    const found = workbooksIn(arg, skip);
    notes.push(...found.unlisted);
    if (found.others.length > 0)
      notes.push(problem("cli.otherFiles", { folder: arg, count: found.others.length, files: names(found.others) }));
    let kept = 0;
    for (const path of found.workbooks) {
      // The command's own output file (a summary written into the folder it sums) is not an input.
      if (outFile && real(path) === real(outFile)) continue;
      if (!keepCopies && isOwnCopy(path)) copies.push(path);
      else {
        add(path, relative(arg, path));
        kept++;
      }
    }
    if (kept === 0 && found.unlisted.length === 0) notes.push(problem("cli.emptyFolder", { folder: arg }));
  }
  if (outSkipped) notes.push(problem("cli.outSkipped", { folder: outDir! }));
  if (outFileSkipped) notes.push(problem("cli.outFileSkipped", { file: outFile! }));
  if (copies.length > 0) notes.push(problem("cli.ownCopies", { count: copies.length, files: names(copies) }));
  return { inputs, notes };
}

function isOwnCopy(path: string): boolean {
  try {
    return isPlankollCopy(readBytes(path));
  } catch {
    return false;
  }
}

export type Targets = { ok: true; targets: string[] } | { ok: false; note: Note };

/**
 * Where each input's copy goes in `outDir`. Two copies never share a path: names that would
 * collide keep their folders (relative to the inputs' common folder). A copy never replaces an
 * input: such a run is refused before anything is written, naming a folder that would work.
 */
export function outputTargets(inputs: readonly Input[], outDir: string): Targets {
  const planned = plan(inputs, outDir);
  if (planned.ok || planned.note.code !== "cli.outIsInput") return planned;
  return {
    ok: false,
    note: problem(planned.note.code, { ...planned.note.params, other: workingFolder(inputs, outDir) }),
  };
}

function plan(inputs: readonly Input[], outDir: string): Targets {
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    return { ok: false, note: problem("cli.outIsFile", { out: outDir }) };
  let targets = inputs.map((input) => join(outDir, input.relative));
  if (new Set(targets.map(real)).size < targets.length) {
    const common = commonFolder(inputs.map((input) => resolve(input.path)));
    targets = inputs.map((input) => join(outDir, relative(common, resolve(input.path))));
  }
  const byTarget = new Map<string, string>();
  for (let i = 0; i < targets.length; i++) {
    const key = real(targets[i]);
    const other = byTarget.get(key);
    if (other !== undefined)
      return { ok: false, note: problem("cli.outCollision", { a: other, b: inputs[i].path, target: targets[i] }) };
    byTarget.set(key, inputs[i].path);
  }
  const originals = new Map(inputs.map((input) => [real(input.path), input.path]));
  for (const target of targets) {
    const original = originals.get(real(target));
    if (original !== undefined) return { ok: false, note: problem("cli.outIsInput", { file: original, out: outDir }) };
  }
  return { ok: true, targets };
}

/** A folder the same inputs could be copied to: "granskade" inside the refused one (never searched as input), or "granskade-2" … */
function workingFolder(inputs: readonly Input[], outDir: string): string {
  const base = join(resolve(outDir), "granskade");
  for (let n = 1; n < 1000; n++) {
    const candidate = relative(process.cwd(), n === 1 ? base : `${base}-${n}`) || ".";
    if ((!existsSync(candidate) || statSync(candidate).isDirectory()) && plan(inputs, candidate).ok) return candidate;
  }
  return relative(process.cwd(), `${base}-${Date.now()}`);
}

/** The one output file of consolidate or pay-info must not be one of the inputs either. */
export function refuseOverwrite(inputs: readonly Input[], target: string): Note | null {
  const key = real(target);
  const original = inputs.find((input) => real(input.path) === key);
  return original ? problem("cli.outFileIsInput", { file: original.path }) : null;
}

function commonFolder(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(p).split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}
