import { TextInterner } from "../../src/core/parse/interner";

/** A text as a row read from a file has it: a string of its own, equal to others of the same words. */
const fresh = (text: string) => JSON.parse(JSON.stringify(text)) as string;

// Which string object a text is cannot be seen from JavaScript (that is the interner's point, and
// its gain is measured by the bench): what it must never do is give another text than the one asked.
test("the interner gives back the text asked for, in a run of the same text or apart, never the row before's", () => {
  const interner = new TextInterner();
  const texts = ["Förskollärare", "Förskollärare", "Barnskötare", "Förskollärare", "förskollärare", "", "Barnskötare"];
  expect(texts.map((text) => interner.of(fresh(text)))).toEqual(texts);
});

test("past its limit the interner still gives back each text asked for", () => {
  const interner = new TextInterner(2);
  const texts = ["a", "b", "c", "a", "c", "d", "b", "b", "c"];
  expect(texts.map((text) => interner.of(fresh(text)))).toEqual(texts);
});
