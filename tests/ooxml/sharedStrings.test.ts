/** Shared strings read fast where an item is one plain <t>, and as the general scanner reads them otherwise: the same strings in the same order. */
import fc from "fast-check";
import { scanSharedStrings } from "../../src/ooxml/scan";
import { escapeXml } from "../../src/ooxml/write";

const encode = (text: string) => new TextEncoder().encode(text);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** An item as some writer writes it, and the text Excel shows for it. */
const item = fc.oneof(
  fc.string().map((t) => ({ xml: `<si><t>${escapeXml(t)}</t></si>`, text: t })),
  fc.string().map((t) => ({ xml: `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`, text: t })),
  fc.array(fc.string(), { minLength: 1, maxLength: 3 }).map((runs) => ({
    xml: `<si>${runs.map((r) => `<r><rPr><b/></rPr><t xml:space="preserve">${escapeXml(r)}</t></r>`).join("")}</si>`,
    text: runs.join(""),
  })),
  fc.string().map((t) => ({
    xml: `<si><t>${escapeXml(t)}</t><rPh sb="0" eb="1"><t>フリガナ</t></rPh><phoneticPr fontId="1"/></si>`,
    text: t,
  })),
  fc.constant({ xml: "<si/>", text: "" }),
  fc.constant({ xml: "<si><t/></si>", text: "" }),
);

test("any mix of plain, rich, phonetic and empty items gives their texts in order", () => {
  fc.assert(
    fc.property(fc.array(item, { maxLength: 30 }), (items) => {
      // Characters XML cannot carry are dropped by escapeXml: the expected text drops them too.
      // eslint-disable-next-line no-control-regex
      const clean = (t: string) => t.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, "");
      const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${items.length}">${items.map((i) => i.xml).join("")}</sst>`;
      expect(scanSharedStrings(encode(xml))).toEqual(items.map((i) => clean(i.text)));
    }),
    { numRuns: 300 },
  );
});

test("a prefixed part, a comment and CDATA are read by the general scanner", () => {
  const prefixed = `<x:sst xmlns:x="${NS.slice(7, -1)}"><x:si><x:t>a</x:t></x:si><x:si><x:t>b &amp; c</x:t></x:si></x:sst>`;
  expect(scanSharedStrings(encode(prefixed))).toEqual(["a", "b & c"]);
  const commented = `<sst ${NS}><!-- <si><t>gömd</t></si> --><si><t>a</t></si><si><t><![CDATA[<b>]]></t></si></sst>`;
  expect(scanSharedStrings(encode(commented))).toEqual(["a", "<b>"]);
});
