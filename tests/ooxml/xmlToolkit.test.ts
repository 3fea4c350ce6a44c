/** One reading of attributes and entities in the package layer: the writer's toolkit and the worksheet scanner agree. */
import { attr, decodeEntities, setAttributes } from "../../src/ooxml/xml";
import { scanWorksheet } from "../../src/ooxml/scan";

describe("the package layer's XML toolkit", () => {
  test("an attribute in either quote, with white space around =, its entities decoded", () => {
    const tag = `<Relationship Id = "rId1" Target='a&amp;b&#x20;c.xml' Type="t&quot;q"/>`;
    expect(attr(tag, "Id")).toBe("rId1");
    expect(attr(tag, "Target")).toBe("a&b c.xml");
    expect(attr(tag, "Type")).toBe('t"q');
    expect(attr(tag, "Mode")).toBeNull();
    // Set in place: its quote kept.
    expect(setAttributes(tag, { Target: "x.xml" })).toContain("Target='x.xml'");
    expect(decodeEntities("&lt;&gt;&apos;&#65;")).toBe("<>'A");
  });

  test("the worksheet scanner reads attributes by the same rules", () => {
    const xml =
      `<worksheet><sheetData><row r = '2'><c r="B2" t = "inlineStr"><is><t>x &amp; y</t></is></c></row></sheetData>` +
      `<mergeCells><mergeCell ref = 'A1:B1'/></mergeCells><tableParts><tablePart r:id = "rId&amp;1"/></tableParts></worksheet>`;
    const seen: unknown[] = [];
    scanWorksheet(new TextEncoder().encode(xml), {
      row: (n) => seen.push(["row", n]),
      cell: (row, column, type, _style, value, inline) => seen.push(["cell", row, column, type, value, inline]),
      merge: (ref) => seen.push(["merge", ref]),
      tablePart: (id) => seen.push(["table", id]),
    });
    expect(seen).toEqual([
      ["row", 2],
      ["cell", 2, 2, "inlineStr", null, "x & y"],
      ["merge", "A1:B1"],
      ["table", "rId&1"],
    ]);
  });
});
