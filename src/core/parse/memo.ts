/**
 * Parses of short texts kept, one per text: sheets repeat their dates, periods and quantities row
 * after row. At most `limit` texts are kept (the rest are parsed each time); a text longer than
 * `longest` is never kept. Results are shared between equal texts: callers never change them. The
 * parse stays at the caller (a result kept may be null; none is undefined: `get` gives undefined
 * for a text not kept, then `keep(text, parse(text))`), so that it is called directly on every row.
 */
export class TextMemo<T> {
  private readonly kept = new Map<string, T>();
  constructor(
    private readonly longest: number,
    private readonly limit = 20_000,
  ) {}
  get(text: string): T | undefined {
    return this.kept.get(text);
  }
  keep(text: string, result: T): T {
    if (text.length <= this.longest && this.kept.size < this.limit) this.kept.set(text, result);
    return result;
  }
}

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
