/**
 * An indicator's name is asked whether lower is better and whether it is about people without
 * being lowered: case-insensitive patterns must read every name as the lower-case patterns read
 * it lowered. Checked over every character of Unicode, then over names of the patterns' words in
 * any case, with the characters that lower otherwise (İ, the Kelvin and ångström signs) among them.
 */
import {
  ABOUT_PEOPLE,
  LOWER_IS_BETTER,
  isAboutPeople,
  saysLowerIsBetter,
} from "../../src/core/templates/indicators/analyze";
import { seededRandom } from "../../scripts/generate";

const OTHERWISE = new Set([0x130, 0x212a, 0x212b]);
/** Every letter the patterns name. */
const LETTERS = [...new Set((LOWER_IS_BETTER.source + ABOUT_PEOPLE.source).match(/[a-zåäö]/g))];

describe("an indicator's name read without lowering it", () => {
  test("every character but three matches a pattern's letter case-insensitively exactly when its lower case is that letter", () => {
    const anyCase = new Map(LETTERS.map((letter) => [letter, new RegExp(`^${letter}$`, "i")]));
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (OTHERWISE.has(code)) continue;
      const c = String.fromCharCode(code);
      const lower = c.toLowerCase();
      if (lower.length !== 1 || /\w/.test(lower) !== /\w/.test(c)) differ.push(c);
      for (const [letter, pattern] of anyCase) if (pattern.test(c) !== (lower === letter)) differ.push(c);
    }
    expect(differ).toEqual([]);
    // Beyond the BMP, a case-insensitive pattern sees two code units that no letter of the patterns
    // matches; lowered, no such character becomes one of those letters or a word character either.
    const letterOrWord = new RegExp(`[\\w${LETTERS.join("")}]`);
    for (let code = 0x10000; code <= 0x10ffff; code++) {
      const lower = String.fromCodePoint(code).toLowerCase();
      if (letterOrWord.test(lower)) differ.push(lower);
    }
    expect(differ).toEqual([]);
    // The three do read otherwise: why they are lowered first.
    expect(new RegExp("^k$", "i").test("\u212a")).toBe(false);
    expect("\u212a".toLowerCase()).toBe("k");
  });

  test("names of the patterns' words in any case, among other letters, read as lowered", () => {
    const random = seededRandom(42);
    const words = [
      ...["sjukfrånvaro", "sjukfranvaro", "skillnad", "utsatt", "kränk", "diskriminering", "trakasserier", "osaklig"],
      ...["medarbetare", "chef", "chefer", "deltagare", "elev", "aspirant", "sökande", "sokande", "brukare"],
      ...["andel", "total", "förutsättningar", "tillbud", "Ökning", "kvinnor", "män", "(12)", "”högt”", "–"],
    ];
    const odd = ["\u0130", "\u212a", "\u212b", "ẞ", "ß", "Σ", "ς", "\u0307", "Ⅻ", "ǅ", "ﬃ", "𐐀", " ", "-", "_", "1"];
    const anyCase = (w: string) => [...w].map((ch) => (random() < 0.5 ? ch.toUpperCase() : ch)).join("");
    for (let run = 0; run < 20_000; run++) {
      const parts: string[] = [];
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
        const word = anyCase(words[Math.floor(random() * words.length)]);
        const cut = Math.floor(random() * (word.length + 1));
        // Now and then a character that lowers otherwise, or no word break, inside or beside a word.
        const extra = random() < 0.3 ? odd[Math.floor(random() * odd.length)] : "";
        parts.push(word.slice(0, cut) + extra + word.slice(cut));
      }
      const name = parts.join(random() < 0.8 ? " " : "");
      expect([name, saysLowerIsBetter(name)]).toEqual([name, LOWER_IS_BETTER.test(name.toLowerCase())]);
      expect([name, isAboutPeople(name)]).toEqual([name, ABOUT_PEOPLE.test(name.toLowerCase())]);
    }
  });
});
