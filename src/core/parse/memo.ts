/**
 * Parses of short texts kept, one per text: sheets repeat their dates, periods and quantities row
 * after row. At most `limit` texts are kept (the rest are parsed each time); a text longer than
 * `longest` is never kept. Results are shared between equal texts: callers never change them. The
 * parse stays at the caller (a result kept may be null; none is undefined: `get` gives undefined
 * for a text not kept, then `keep(text, parse(text))`), so that it is called directly on every row.
 */
import { keepShape } from "../shapes";
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

// Its hidden class kept between analyses (shapes.ts).
keepShape(new TextMemo<unknown>(1));
