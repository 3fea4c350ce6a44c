/** Texts read row after row, each kept as one string (the salary template's titles). */
import { keepShape } from "../shapes";

/**
 * One string for equal texts read row after row: the first one seen. Texts compared again later
 * (a befattning's title, by every row of it) are then the same string, told equal without their
 * characters being read; a run of rows repeating the row before's text is told without a lookup.
 * At most `limit` texts are kept (past that, a text is its own).
 */
export class TextInterner {
  private readonly kept = new Map<string, string>();
  private lastText: string | null = null;
  private lastKept = "";
  constructor(private readonly limit = 50_000) {}
  of(text: string): string {
    if (text === this.lastText) return this.lastKept;
    let kept = this.kept.get(text);
    if (kept === undefined) {
      kept = text;
      if (this.kept.size < this.limit) this.kept.set(text, text);
    }
    this.lastText = text;
    this.lastKept = kept;
    return kept;
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new TextInterner());
