import svMain from "../../src/core/i18n/sv.json";
import svMore from "../../src/core/i18n/sv.more.json";
import en from "../../src/core/i18n/en.json";
import { allStrings, translate } from "../../src/core/i18n";
// The registry: every template's words and codes join the core's.
import { templates } from "../../src/core/templates";
import "../../src/core/codes";
import { registerEnglish } from "../../src/core/i18n/english";
import { registerSwedishMore } from "../../src/core/i18n/swedishMore";

const sv = { ...svMain, ...svMore };
/** The parameters a message names (a grammatical number `{count|rad|rader}` names its count). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();

test("Swedish and English have the same keys and the same placeholders", () => {
  expect(Object.keys(svMain).filter((key) => key in svMore)).toEqual([]);
  expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
    expect([key, placeholders(en[key])]).toEqual([key, placeholders(sv[key])]);
  }
});

test("the templates' and the codes' words: both languages, the same placeholders", () => {
  expect(templates.length).toBeGreaterThanOrEqual(7);
  registerEnglish();
  registerSwedishMore();
  const svAll = allStrings("sv");
  const enAll = allStrings("en");
  expect(Object.keys(enAll).sort()).toEqual(Object.keys(svAll).sort());
  for (const key of Object.keys(svAll))
    expect([key, placeholders(enAll[key])]).toEqual([key, placeholders(svAll[key])]);
});

test("a grammatical number follows its count", () => {
  const written = (fills: number, values: number) =>
    translate("sv", "pane.written", { fills, values, sheets: "Plankoll Granskning" });
  expect(written(1, 0)).toBe("Resultatet är skrivet: 1 markerad cell, 0 beräknade värden, bladen Plankoll Granskning.");
  expect(written(2, 1)).toBe(
    "Resultatet är skrivet: 2 markerade celler, 1 beräknat värde, bladen Plankoll Granskning.",
  );
  registerEnglish();
  expect(translate("en", "pane.written", { fills: 1, values: 2, sheets: "x" })).toBe(
    "Results written: 1 highlighted cell, 2 computed values, sheets x.",
  );
});

test("messages fill their placeholders and keep unknown ones visible", () => {
  expect(translate<string>("sv", "finding.REQUIRED_MISSING", { column: "Åtgärd" })).toBe("Åtgärd saknas.");
  expect(translate<string>("en", "finding.REQUIRED_MISSING", {})).toBe("{column} is missing.");
});
