/**
 * What tsc refuses in a template's definition: a string missing in one language, a key that is not
 * the template's or the core's, a finding code that is in no table, a blank column without its
 * input message, a column without its name. Each case is the same small template with one thing wrong, compiled by the
 * TypeScript compiler against the real core; the correct one compiles clean.
 */
import * as ts from "typescript";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const core = resolve(__dirname, "../../src/core");

function source(wrong: Partial<Record<"en" | "key" | "code" | "help" | "column", true>>): string {
  return `
import { defineTemplate } from ${JSON.stringify(`${core}/templates/types`)};
import { defineStrings } from ${JSON.stringify(`${core}/templates/strings`)};
import { defineCodes } from ${JSON.stringify(`${core}/codes`)};
import type { ContextOf } from ${JSON.stringify(`${core}/templates/types`)};

const strings = defineStrings({
  sv: { "template.x": "X", "col.a": "A", "x.line": "{n} rader", "blank.x.sheet": "X", "blank.x.title": "X", "blank.x.a": "A"${wrong.help ? "" : `, "blank.x.a.help": "Hjälp"`} },
  en: { "template.x": "X", "col.a": "A"${wrong.en ? "" : `, "x.line": "{n} rows"`}, "blank.x.sheet": "X", "blank.x.title": "X", "blank.x.a": "A"${wrong.help ? "" : `, "blank.x.a.help": "Help"`} },
});
const codes = defineCodes({
  X_WRONG: { severity: "error", title: { sv: "fel", en: "wrong" }, message: { sv: "Fel.", en: "Wrong." } },
});

export const x = defineTemplate({
  id: "x",
  strings,
  nameKey: "template.x",
  codes,
  columns: [{ key: "a", labels: ["A"] }${wrong.column ? `, { key: "b", labels: ["B"] }` : ""}],
  layouts: [["a"]],
  analyze(table, ctx: ContextOf<typeof strings, typeof codes>) {
    const findings = ctx.findings();
    findings.add(${wrong.code ? `"X_WRONGG"` : `"X_WRONG"`}, "A2", 2);
    return { findings: findings.items, writes: [], result: { rows: table.rows.length } };
  },
  overview: (result: { rows: number }, t) => t(${wrong.key ? `"x.lines"` : `"x.line"`}, { n: result.rows }),
  blank: { sheet: "blank.x.sheet", title: "blank.x.title", rows: 5, columns: [{ key: "blank.x.a", width: 10 }] },
});
`;
}

test("tsc refuses a template with a missing string, an unknown key or code, a column without help or name", () => {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-typecheck-"));
  try {
    const cases = {
      right: {},
      en: { en: true },
      key: { key: true },
      code: { code: true },
      help: { help: true },
      column: { column: true },
    } as const;
    const files = Object.entries(cases).map(([name, wrong]) => {
      const file = join(dir, `${name}.ts`);
      writeFileSync(file, source(wrong));
      return [name, file] as const;
    });
    const program = ts.createProgram(
      files.map(([, file]) => file),
      {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        resolveJsonModule: true,
        esModuleInterop: true,
        skipLibCheck: true,
        types: [],
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      },
    );
    const errors = Object.fromEntries(
      files.map(([name, file]) => [
        name,
        ts
          .getPreEmitDiagnostics(program, program.getSourceFile(file))
          .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0]),
      ]),
    );
    expect(errors.right).toEqual([]);
    expect(errors.en.join()).toMatch(/x\.line/);
    expect(errors.key.join()).toMatch(/"x\.lines"/);
    expect(errors.code.join()).toMatch(/"X_WRONGG"/);
    // The column key "blank.x.a" is no key with a ".help" sibling: no key at all is allowed there.
    expect(errors.help.join()).toMatch(/not assignable to type .never./);
    // A column whose name ("col.b") is in no strings table.
    expect(errors.column.join()).toMatch(/"b"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
