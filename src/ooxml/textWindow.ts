/** The streaming buffers of the package writer: a part's text read through a window that lets go of what is copied, and text gathered into UTF-8 bytes in slices. */

const encoder = new TextEncoder();

/**
 * Text gathered in slices and turned into UTF-8 every megabyte or so, into one buffer: a large
 * part (a sheet of 100 000 rows) is never held as one string, and its bytes are never copied
 * into another buffer to be deflated. `capacity` is a guess of the part's size in bytes; the
 * buffer grows by half when the guess is short.
 */
export class ByteSink {
  private pending: string[] = [];
  private size = 0;
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(1 << 10, capacity));
  }

  push(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  private flush(): void {
    if (this.size === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.size = 0;
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const need = this.length + text.length * 3;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.max(need, Math.floor(this.buffer.length * 1.5)));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }
  bytes(): Uint8Array[] {
    this.flush();
    return [this.buffer.subarray(0, this.length)];
  }
}

/**
 * A part's text read piece by piece (see ZipArchive.pieces), addressed by positions in the whole
 * text. Only the text from the last `release` on is held: a 100 000-row sheet is patched without
 * its text, or its new bytes, ever being whole in memory.
 */
export class TextWindow {
  private text = "";
  private base = 0;
  private ended = false;
  /** `step`: how much text at least is let go at once (each time, what is kept is copied). */
  constructor(
    private readonly pull: () => string | null,
    private readonly step = 1 << 18,
  ) {}

  static of(text: string): TextWindow {
    let given = false;
    return new TextWindow(() => (given ? null : ((given = true), text)));
  }

  private more(): boolean {
    if (this.ended) return false;
    const piece = this.pull();
    if (piece === null) {
      this.ended = true;
      return false;
    }
    this.text += piece;
    return true;
  }
  /** Holds the text up to `to` (or to the end), unless the part ends first. */
  private reach(to: number): void {
    while (to - this.base > this.text.length && this.more());
  }
  /** Lets go of the text before `from`: nothing before it is asked for again. */
  release(from: number): void {
    const cut = from - this.base;
    if (cut < this.step) return;
    this.text = this.text.slice(cut);
    this.base = from;
  }
  indexOf(needle: string, from: number): number {
    let searched = from - this.base;
    for (;;) {
      const i = this.text.indexOf(needle, searched);
      if (i >= 0) return i + this.base;
      // Only the new text is searched again, with the needle's length before it.
      searched = Math.max(from - this.base, this.text.length - needle.length + 1);
      if (!this.more()) return -1;
    }
  }
  charCodeAt(at: number): number {
    this.reach(at + 1);
    return this.text.charCodeAt(at - this.base);
  }
  startsWith(text: string, at: number): boolean {
    this.reach(at + text.length);
    return this.text.startsWith(text, at - this.base);
  }
  slice(from: number, to: number): string {
    this.reach(to);
    return this.text.slice(from - this.base, to - this.base);
  }
  /** The text from `from` to the end of the part. */
  rest(from: number): string {
    this.reach(Infinity);
    return this.text.slice(from - this.base);
  }
}
