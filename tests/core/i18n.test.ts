import svMain from "../../src/core/i18n/sv.json";
import svMore from "../../src/core/i18n/sv.more.json";
import en from "../../src/core/i18n/en.json";
import { translate } from "../../src/core/i18n";

const sv = { ...svMain, ...svMore };

test("Swedish and English have the same keys and the same placeholders", () => {
  expect(Object.keys(svMain).filter((key) => key in svMore)).toEqual([]);
  expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
  for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
    expect([key, placeholders(en[key])]).toEqual([key, placeholders(sv[key])]);
  }
});

test("messages fill their placeholders and keep unknown ones visible", () => {
  expect(translate("sv", "finding.REQUIRED_MISSING", { column: "Åtgärd" })).toBe("Åtgärd saknas.");
  expect(translate("en", "finding.REQUIRED_MISSING", {})).toBe("{column} is missing.");
});
