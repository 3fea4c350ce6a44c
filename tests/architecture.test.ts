/**
 * The house's walls, checked on the sources themselves: no import cycle (type imports counted)
 * in src/ or scripts/, each layer importing only the layers below it, and no source file over
 * 600 lines. A change that breaks one names the files.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|js)$/.test(name) ? [path] : [];
  });
}

/** The files a source imports (or re-exports, or requires) by a relative path, resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/g),
    ...text.matchAll(/\b(?:require|import)\(\s*"(\.[^"]+)"\s*\)/g),
  ].map((m) => m[1]);
  const found: string[] = [];
  for (const spec of specifiers) {
    const base = resolve(dirname(file), spec);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, join(base, "index.ts")];
    const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (hit) found.push(hit);
  }
  return found;
}

/** Every cycle of the import graph (its strongly connected components of more than one file, or a file importing itself). */
function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((g) => files.includes(g))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.map((f) => relative(root, f)));
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

/** What each folder of src/ may import besides itself: the core imports nothing, the adapters only the core, the pane's views the core. */
const LAYERS: Record<string, readonly string[]> = {
  core: [],
  ooxml: ["core"],
  excel: ["core"],
  ui: ["core"],
  dialog: ["core", "ui"],
  // The pane reads last year's workbook, chosen as a file, with the package reader (loaded when chosen).
  taskpane: ["core", "ui", "excel", "ooxml"],
  commands: ["core", "excel"],
  demo: ["core", "ui", "taskpane", "ooxml"],
  cli: ["core", "ooxml"],
};

function layerOf(file: string): string {
  return relative(join(root, "src"), file).split(/[\\/]/)[0];
}

describe("the source tree's walls", () => {
  const src = sources(join(root, "src"));

  it("has no import cycle in src/, type imports counted", () => {
    expect(cycles(src)).toEqual([]);
  });

  it("has no import cycle in scripts/", () => {
    expect(cycles(sources(join(root, "scripts")))).toEqual([]);
  });

  it("imports only downward: each folder of src/ from the layers below it", () => {
    const upward: string[] = [];
    for (const file of src) {
      const layer = layerOf(file);
      expect(Object.keys(LAYERS)).toContain(layer);
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to !== layer && !LAYERS[layer].includes(to))
          upward.push(`${relative(root, file)} → ${relative(root, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps React out of the core and the adapters", () => {
    const withReact = src.filter(
      (f) => ["core", "ooxml", "excel", "cli"].includes(layerOf(f)) && /from\s+"react"/.test(readFileSync(f, "utf8")),
    );
    expect(withReact.map((f) => relative(root, f))).toEqual([]);
  });

  it("names a template only in its own folders: the core's, its pane view's, and the two registries", () => {
    const ids = readdirSync(join(root, "src", "core", "templates"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(ids).toEqual(expect.arrayContaining(["risk", "salary", "kus", "controls"]));
    const allowed = (id: string, file: string) =>
      file.startsWith(`src/core/templates/${id}/`) ||
      file.startsWith(`src/ui/views/${id}/`) ||
      [
        "src/core/templates/index.ts",
        "src/ui/views/index.ts",
        // The core's public types: each template's result, as the JSON report carries it.
        "src/core/index.ts",
      ].includes(file) ||
      // The control plan is checked against the risk analysis.
      (id === "risk" && file.startsWith("src/core/templates/controls/")) ||
      // The lönekartläggning reads the job evaluation and the employer's analysis and measures beside the payroll.
      ((id === "jobeval" || id === "payplan") && file.startsWith("src/core/templates/salary/"));
    const outposts: string[] = [];
    for (const path of src) {
      const file = relative(root, path).split("\\").join("/");
      const text = readFileSync(path, "utf8");
      for (const id of ids) {
        const named = new RegExp(`["'\`]${id}["'\`]|templates/${id}["/]`).test(text);
        if (named && !allowed(id, file)) outposts.push(`${file} names ${id}`);
      }
    }
    // An XML element of the package that happens to share a template's name is no outpost.
    expect(outposts.filter((o) => o !== "src/ooxml/sheetPatch.ts names controls")).toEqual([]);
  });

  it("has no source file over 600 lines", () => {
    const long = src
      .map((f) => ({ file: relative(root, f), lines: readFileSync(f, "utf8").split("\n").length }))
      .filter((f) => f.lines > 600);
    expect(long).toEqual([]);
  });

  it("finds a cycle made of type imports (the check is not blind)", () => {
    const dir = mkdtempSync(join(tmpdir(), "plankoll-cycle-"));
    writeFileSync(join(dir, "a.ts"), 'import type { B } from "./b";\nexport type A = B[];\n');
    writeFileSync(join(dir, "b.ts"), 'import type { A } from "./a";\nexport interface B { a: A }\n');
    writeFileSync(join(dir, "c.ts"), 'export { type A } from "./a";\n');
    try {
      const found = cycles(sources(dir));
      expect(found).toHaveLength(1);
      expect(found[0].map((f) => f.split(/[\\/]/).pop()).sort()).toEqual(["a.ts", "b.ts"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
