/**
 * The copy's sheets are patched as their text comes, piece by piece (src/ooxml/write.ts
 * TextWindow): wherever the pieces happen to be cut — inside a tag, a row's end, `</sheetData>` or
 * a character of more than one byte — the patched sheet is the one patching the whole text gives.
 */
import fc from "fast-check";
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { deflate as cliDeflate } from "../../src/cli/node";
import { TextWindow, patchSheet, type CellPatch } from "../../src/ooxml/write";
import { DeflatingSink, crc32, textPieces } from "../../src/ooxml/zip";
import { a1 } from "../../src/core/sheet/address";

/** A worksheet of `rows`: each row's cells, some without r (position by order), some rows empty. */
function sheetXml(rows: { r: number; cells: number[]; bare: boolean; gap: string }[], closed: boolean): string {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<dimension ref="A1:C3"/><cols><col min="2" max="2" style="1"/></cols>';
  if (closed) return `${head}<sheetData/><pageMargins left="0.7"/></worksheet>`;
  const body = rows
    .map(({ r, cells, bare, gap }) => {
      const content = cells
        .map((c, i) => `<c${bare && i > 0 ? "" : ` r="${a1(r, c)}"`} s="2"><v>${r * 10 + c}</v></c>`)
        .join("");
      return `${gap}${content ? `<row r="${r}" spans="1:9">${content}</row>` : `<row r="${r}"/>`}`;
    })
    .join("");
  return `${head}<sheetData>${body}\n</sheetData><rowBreaks count="0"/><pageMargins left="0.7"/></worksheet>`;
}

function patch(patches: CellPatch[], window: TextWindow): string {
  let out = "";
  const log: string[] = [];
  patchSheet(
    "Blad",
    () => "",
    window,
    patches,
    (base, look) => base + (look?.bold ? 100 : 10),
    (p, was) => log.push(`${p.row},${p.col}:${was.s},${was.created},${was.wrote}`),
    { head: (head) => head.replace("<worksheet ", '<worksheet data-head="1" '), tail: (tail) => `${tail}<!--tail-->` },
    { push: (text) => (out += text) },
  );
  return `${out}\n${log.join(";")}`;
}

/** The text handed out in pieces of the given lengths, over and over. */
function inPieces(text: string, lengths: number[]): () => string | null {
  let at = 0;
  let k = 0;
  return () => {
    if (at >= text.length) return null;
    const piece = text.slice(at, at + lengths[k++ % lengths.length]);
    at += piece.length;
    return piece;
  };
}

const rowsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 0, maxLength: 12 })
  .map((rs) => rs.sort((a, b) => a - b))
  .chain((rs) =>
    fc.tuple(
      ...rs.map((r) =>
        fc.record({
          r: fc.constant(r),
          cells: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }).map((cs) => cs.sort((a, b) => a - b)),
          bare: fc.boolean(),
          gap: fc.constantFrom("", "", "\n  ", "<!-- c -->"),
        }),
      ),
    ),
  );

const patchesArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 45 }), fc.integer({ min: 1, max: 8 })), {
    selector: ([r, c]) => `${r},${c}`,
    maxLength: 15,
  })
  .map((cells) =>
    cells
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([row, col], i): CellPatch =>
        i % 2
          ? { row, col, look: { fill: "#FFC7CE" }, marked: true }
          : { row, col, value: `v${i}`, look: { bold: true } },
      ),
  );

test("a sheet patched piece by piece is the sheet patched whole, wherever the pieces are cut", () => {
  fc.assert(
    fc.property(
      rowsArb,
      patchesArb,
      fc.boolean(),
      fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 6 }),
      (rows, patches, closed, lengths) => {
        // Cells the sheet holds get no value planned (that is refused, tested elsewhere).
        // (A cell without r stands right after the one before it.)
        const held = new Set(
          rows.flatMap((r) => r.cells.map((c, i) => `${r.r},${r.bare && i > 0 ? r.cells[0] + i : c}`)),
        );
        const safe = patches.filter((p) => p.value === undefined || closed || !held.has(`${p.row},${p.col}`));
        const xml = sheetXml(rows, closed);
        const whole = patch(safe, TextWindow.of(xml));
        // Every patch applied, each told once.
        expect(whole.split("\n").pop()!.split(";").filter(Boolean)).toHaveLength(safe.length);
        // Text let go as soon as it may be (step 1) and in the usual steps.
        expect(patch(safe, new TextWindow(inPieces(xml, lengths), 1))).toBe(whole);
        expect(patch(safe, new TextWindow(inPieces(xml, lengths)))).toBe(whole);
      },
    ),
    { numRuns: 400 },
  );
});

test("a part's text comes out whole from its deflated bytes, a character of several bytes cut between slices", () => {
  // Enough text for many 64 KB slices of compressed bytes, with å, ä, ö and € everywhere.
  const text = Array.from({ length: 60_000 }, (_, i) => `<c r="A${i}"><t>Åsa Öberg ${i * 7919} €</t></c>`).join("");
  const bytes = new TextEncoder().encode(text);
  for (const deflated of [true, false]) {
    const pull = textPieces(deflated ? deflateRawSync(bytes, { level: 0 }) : bytes, deflated);
    const pieces: string[] = [];
    for (let piece = pull(); piece !== null; piece = pull()) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.length > 0)).toBe(true);
    expect(pieces.join("")).toBe(text);
  }
});

test("a part deflated slice by slice inflates to its text, with the checksum of the whole", () => {
  // Characters of two, three and four bytes (the last a surrogate pair a push may end inside).
  const text = Array.from(
    { length: 300_000 },
    (_, i) => `<row r="${i}"><c><v>${i}</v></c></row>Ö${i % 7 ? "" : "€😀"}`,
  ).join("");
  const slice = (data: Uint8Array, last: boolean) =>
    deflateRawSync(data, { level: 1, finishFlush: last ? 4 /* Z_FINISH */ : 2 /* Z_SYNC_FLUSH */ });
  const bytes = new TextEncoder().encode(text);
  // The command line's own deflate (Node's zlib and its native checksum), and fflate's.
  for (const deflate of [undefined, Object.assign((d: Uint8Array) => deflateRawSync(d), { slice }), cliDeflate]) {
    // Slices of any size; and the text in one push, so that the push that fills the sink's
    // megabyte is the last (nothing is left for the end: the checksum of nothing must keep the sum).
    for (const step of [99_991, 1 << 20, 1_048_575, text.length]) {
      const sink = new DeflatingSink(deflate);
      for (let at = 0; at < text.length; at += step) sink.push(text.slice(at, at + step));
      const { crc, compressed, size } = sink.finish();
      expect(size).toBe(bytes.length);
      expect(crc).toBe(crc32(bytes));
      expect(crc).toBe(zlibCrc32(bytes));
      expect(new TextDecoder().decode(inflateRawSync(compressed))).toBe(text);
    }
  }
});

test("a surrogate pair split between two pushes is written whole; a half never completed as U+FFFD", () => {
  for (const deflate of [undefined, cliDeflate]) {
    const sink = new DeflatingSink(deflate);
    sink.push("a\uD83D");
    sink.push("\uDE00b\uD83D");
    const { compressed, size, crc } = sink.finish();
    const expected = new TextEncoder().encode("a\uD83D\uDE00b\uD83D");
    expect(new TextDecoder().decode(inflateRawSync(compressed))).toBe("a😀b\uFFFD");
    expect(size).toBe(expected.length);
    expect(crc).toBe(crc32(expected));
  }
});

test("the command line's checksum of nothing is the sum so far (Node gives 0 for TextEncoder's empty array)", () => {
  const empty = new TextEncoder().encode("");
  expect(cliDeflate.crc32!(empty, 0x12345678)).toBe(0x12345678);
  expect(cliDeflate.crc32!(new TextEncoder().encode("abc"), 0)).toBe(crc32(new TextEncoder().encode("abc")));
});
