/** The README's and docs/templates.md's tables of finding codes are the codes' own tables: every code, no drift. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { END, FILES, START, codeTable } from "../../scripts/codeTables";
import { allCodes, codeSpec, placeholders } from "../../src/core/codes";

/** A markdown table's rows as trimmed cells (prettier's padding aside); the separator row dropped. */
function rows(table: string): string[][] {
  return table
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
}

test.each(FILES)("$file lists every finding code as the codes' tables have it", ({ file, lang }) => {
  const text = readFileSync(join(__dirname, "..", "..", file), "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  expect(start).toBeGreaterThan(0);
  const shown = rows(text.slice(start + START.length, end));
  // `npm run docs:codes` writes the table anew.
  expect(shown).toEqual(rows(codeTable(lang)));
  expect(shown.slice(1).map((r) => r[0])).toEqual(allCodes().map((c) => `\`${c.code}\``));
  expect(allCodes().length).toBeGreaterThanOrEqual(30);
});

test("each code's message names the same parameters in Swedish and English", () => {
  for (const { code, spec } of allCodes()) {
    expect({ code, params: placeholders(spec.message.en).sort() }).toEqual({
      code,
      params: placeholders(spec.message.sv).sort(),
    });
    expect(codeSpec(code)).toBe(spec);
  }
});
