/**
 * Which files a command line names, and where their highlighted copies go: folders searched for
 * workbooks, Excel's lock files and repeats set aside with a note, and output paths that never
 * fall on an input or on each other.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { MessageKey, Params } from "../core/i18n";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's lock file beside an open workbook: "~$Budget.xlsx". */
const LOCK_FILE = /^~\$/;

export interface Input {
  /** The path as given, or as found in a folder. */
  path: string;
  /** Where its copy goes below --out: its path below the folder given, else its name. */
  relative: string;
}

export interface Note {
  key: MessageKey;
  params: Params;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Every workbook below a folder, in a stable order; hidden folders are not searched. */
function workbooksIn(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules") walk(path);
      } else if (WORKBOOK.test(entry.name)) found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** The files named (folders expanded), with notes for what was set aside. */
export function expandInputs(args: readonly string[]): { inputs: Input[]; notes: Note[] } {
  const inputs: Input[] = [];
  const notes: Note[] = [];
  const seen = new Map<string, string>();
  const add = (path: string, rel: string) => {
    if (LOCK_FILE.test(basename(path))) {
      notes.push({ key: "cli.lockFile", params: { file: path } });
      return;
    }
    const key = real(path);
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push({ key: "cli.sameFile", params: { file: path, first } });
      return;
    }
    seen.set(key, path);
    inputs.push({ path, relative: rel });
  };
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found = workbooksIn(arg);
      if (found.length === 0) notes.push({ key: "cli.emptyFolder", params: { folder: arg } });
      for (const path of found) add(path, relative(arg, path));
    } else add(arg, basename(arg));
  }
  return { inputs, notes };
}

export type Targets = { ok: true; targets: string[] } | { ok: false; note: Note };

/**
 * Where each input's copy goes in `outDir`. Two copies never share a path: names that would
 * collide keep their folders (relative to the inputs' common folder). A copy never replaces an
 * input: such a run is refused before anything is written.
 */
export function outputTargets(inputs: readonly Input[], outDir: string): Targets {
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
      return {
        ok: false,
        note: { key: "cli.outCollision", params: { a: other, b: inputs[i].path, target: targets[i] } },
      };
    byTarget.set(key, inputs[i].path);
  }
  const originals = new Map(inputs.map((input) => [real(input.path), input.path]));
  for (const target of targets) {
    const original = originals.get(real(target));
    if (original !== undefined)
      return { ok: false, note: { key: "cli.outIsInput", params: { file: original, out: outDir } } };
  }
  return { ok: true, targets };
}

/** The one output file of consolidate or template must not be one of the inputs either. */
export function refuseOverwrite(inputs: readonly Input[], target: string): Note | null {
  const key = real(target);
  const original = inputs.find((input) => real(input.path) === key);
  return original ? { key: "cli.outFileIsInput", params: { file: original.path } } : null;
}

function commonFolder(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(p).split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}
