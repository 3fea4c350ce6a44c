/**
 * Where a JSON text first goes wrong, as a line, a column and what was expected there — so a
 * settings file with a slip is answered in the user's words, not with V8's English message.
 * A small recursive-descent reader of JSON's grammar (RFC 8259); it only finds the first error.
 */

export type Expected =
  "value" | "key" | "colon" | "commaOrEndObject" | "commaOrEndArray" | "end" | "stringEnd" | "escape";

export interface JsonSlip {
  line: number;
  column: number;
  expected: Expected;
  /** The character found there, or "" at the end of the text. */
  found: string;
}

class Slip {
  constructor(
    readonly at: number,
    readonly expected: Expected,
  ) {}
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function jsonSlip(text: string): JsonSlip | null {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = (expected: Expected): never => {
    throw new Slip(i, expected);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("escape");
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail("escape");
      } else if (text.charCodeAt(i) < 0x20) fail("stringEnd");
      i++;
    }
    if (i >= text.length) fail("stringEnd");
    i++;
  };
  /** An object's or array's members up to `close`, each read by `member`, with commas between. */
  const members = (close: string, expected: Expected, member: () => void): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] === ",") i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail(expected);
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{")
      return members("}", "commaOrEndObject", () => {
        space();
        if (text[i] !== '"') fail("key");
        string();
        space();
        if (text[i] !== ":") fail("colon");
        i++;
        value();
      });
    if (c === "[") return members("]", "commaOrEndArray", value);
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail("value");
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail("end");
    return null;
  } catch (error) {
    if (!(error instanceof Slip)) throw error;
    const before = text.slice(0, error.at).split("\n");
    return {
      line: before.length,
      column: before[before.length - 1].length + 1,
      expected: error.expected,
      found: text[error.at] ?? "",
    };
  }
}
