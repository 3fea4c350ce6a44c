/**
 * The entries of a zip archive (an .xlsx package) by its central directory: names, and each
 * entry's bytes inflated only when asked for. The inflater is given: Node's zlib on the command
 * line, fflate in the browser.
 */
import { Deflate as DeflateStream, Inflate as InflateStream, inflateSync } from "fflate";

export type Inflate = (data: Uint8Array) => Uint8Array;

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate = (data) => inflateSync(data),
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = this.readDirectory();
    this.byName = new Map(this.entries.map((e) => [e.name, e]));
  }

  private readDirectory(): ZipEntry[] {
    const { view, bytes } = this;
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
      if (view.getUint32(i, true) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error("not a zip archive (no end of central directory)");
    let count = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      end >= 20 &&
      view.getUint32(end - 20, true) === ZIP64_EOCD_LOCATOR
    ) {
      const zip64 = Number(view.getBigUint64(end - 20 + 8, true));
      count = Number(view.getBigUint64(zip64 + 32, true));
      offset = Number(view.getBigUint64(zip64 + 48, true));
    }
    const decoder = new TextDecoder("utf-8");
    const entries: ZipEntry[] = [];
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (view.getUint32(p, true) !== CENTRAL) throw new Error("damaged zip central directory");
      const method = view.getUint16(p + 10, true);
      const crc = view.getUint32(p + 16, true);
      let compressedSize = view.getUint32(p + 20, true);
      let size = view.getUint32(p + 24, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      let local = view.getUint32(p + 42, true);
      const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
      // Zip64: sizes and offset that do not fit 32 bits stand in the extra field.
      let x = p + 46 + nameLength;
      const extraEnd = x + extraLength;
      while (x + 4 <= extraEnd) {
        const id = view.getUint16(x, true);
        const length = view.getUint16(x + 2, true);
        if (id === 0x0001) {
          let q = x + 4;
          if (size === 0xffffffff) {
            size = Number(view.getBigUint64(q, true));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(view.getBigUint64(q, true));
            q += 8;
          }
          if (local === 0xffffffff) local = Number(view.getBigUint64(q, true));
        }
        x += 4 + length;
      }
      entries.push({ name, method, crc, compressedSize, size, offset: local });
      p = extraEnd + commentLength;
    }
    return entries;
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The entry's stored (compressed) bytes, as they stand in the archive. */
  raw(name: string): Uint8Array | null {
    const entry = this.byName.get(name);
    if (!entry) return null;
    const { view } = this;
    if (view.getUint32(entry.offset, true) !== LOCAL) throw new Error(`damaged zip entry ${name}`);
    const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /**
   * The entry's text in pieces, inflated as they are asked for (fflate's streaming inflater): a
   * large sheet is never whole in memory. Each call gives the next piece, null at the end.
   */
  pieces(name: string, keepBom = false): (() => string | null) | null {
    const entry = this.byName.get(name);
    const raw = this.raw(name);
    if (!entry || !raw) return null;
    if (entry.method !== 0 && entry.method !== 8)
      throw new Error(`zip entry ${name} uses compression method ${entry.method}`);
    return textPieces(raw, entry.method === 8, keepBom);
  }

  /** The entry's bytes, inflated. */
  read(name: string): Uint8Array | null {
    const entry = this.byName.get(name);
    const raw = this.raw(name);
    if (!entry || !raw) return null;
    if (entry.method === 0) return raw;
    if (entry.method === 8) return this.inflate(raw);
    throw new Error(`zip entry ${name} uses compression method ${entry.method}`);
  }
}

/**
 * Raw DEFLATE of a part; `crc32`, when the platform has one (Node's zlib), checksums it faster
 * than the table below.
 */
export type Deflate = ((data: Uint8Array) => Uint8Array) & {
  crc32?: (data: Uint8Array, value?: number) => number;
  /**
   * One slice of a part deflated on its own, ended by a sync flush unless it is the last: the
   * slices put together are one deflate stream (Node's zlib; fflate's streaming deflater otherwise).
   */
  slice?: (data: Uint8Array, last: boolean) => Uint8Array;
};

/** Compressed bytes read in slices of this size: each gives a piece of text of a few hundred KB. */
const SLICE = 1 << 16;

/** The text of stored or deflated bytes, decoded piece by piece (see ZipArchive.pieces). */
export function textPieces(raw: Uint8Array, deflated: boolean, keepBom = false): () => string | null {
  // The writer keeps a byte-order mark (as U+FEFF) so that the part is written with it again.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: keepBom });
  const out: string[] = [];
  // A slice that ends inside a character decodes to nothing yet: no empty piece is given out.
  const take = (text: string) => {
    if (text) out.push(text);
  };
  let offset = 0;
  let ended = false;
  const inflater = deflated ? new InflateStream((data) => take(decoder.decode(data, { stream: true }))) : null;
  return () => {
    while (out.length === 0 && !ended) {
      const end = Math.min(raw.length, offset + SLICE);
      const slice = raw.subarray(offset, end);
      offset = end;
      ended = end >= raw.length;
      if (inflater) inflater.push(slice, ended);
      else take(decoder.decode(slice, { stream: true }));
      if (ended) take(decoder.decode());
    }
    if (out.length === 0) return null;
    const piece = out.length === 1 ? out[0] : out.join("");
    out.length = 0;
    return piece;
  };
}

/** A slice of a part's text, as UTF-8, deflated at a time. */
const SLICE_BYTES = 1 << 20;

/**
 * A part's text deflated as it is written, slice by slice, with its
 * checksum and size: the text of a large sheet goes in, only its compressed bytes stay. The
 * text is encoded as it comes into one buffer (no text of a slice joined first, a copy of it).
 */
export class DeflatingSink {
  private readonly compressed: Uint8Array[] = [];
  private readonly deflater: { push(data: Uint8Array, last: boolean): void };
  private readonly encoder = new TextEncoder();
  private readonly buffer = new Uint8Array(SLICE_BYTES);
  private used = 0;
  /** A push that ended in the first half of a surrogate pair: the half, kept for the next push's other half. */
  private held = "";
  private crc = 0;
  private size = 0;
  private readonly checksum: (data: Uint8Array, value?: number) => number;
  constructor(deflate?: Deflate) {
    this.checksum = deflate?.crc32 ?? crc32;
    const slice = deflate?.slice;
    this.deflater = slice
      ? { push: (data, last) => this.compressed.push(slice(data, last)) }
      : new DeflateStream({ level: 1 }, (data) => this.compressed.push(data));
  }

  push(text: string): void {
    let rest = this.held + text;
    this.held = "";
    const last = rest.charCodeAt(rest.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.held = rest.slice(-1);
      rest = rest.slice(0, -1);
    }
    this.encode(rest);
  }
  private encode(text: string): void {
    let rest = text;
    while (rest) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      // The buffer is full (a character never split): deflated, and the rest encoded after it.
      this.flush(false);
      rest = rest.slice(read);
    }
  }
  private flush(final: boolean): void {
    // Both deflaters take the bytes at once (zlib's call returns their slice deflated, fflate's
    // copies them into its window): the buffer is filled again after.
    const bytes = this.buffer.subarray(0, this.used);
    this.used = 0;
    // Nothing left at the end (the last push filled a slice): the sum stands as it is.
    if (bytes.length) this.crc = this.checksum(bytes, this.crc);
    this.size += bytes.length;
    this.deflater.push(bytes, final);
  }
  finish(): { crc: number; compressed: Uint8Array; size: number } {
    // A half of a pair never completed is encoded as TextEncoder encodes it alone (U+FFFD).
    this.encode(this.held);
    this.held = "";
    this.flush(true);
    const compressed = new Uint8Array(this.compressed.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.compressed) {
      compressed.set(c, at);
      at += c.length;
    }
    this.compressed.length = 0;
    return { crc: this.crc >>> 0, compressed, size: this.size };
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `data`, continuing from the checksum `value` of the bytes before it. */
export function crc32(data: Uint8Array, value = 0): number {
  let crc = (value ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressed: Uint8Array;
  size: number;
  offset: number;
}

/**
 * Writes a zip archive: entries copied from another archive keep their compressed bytes, CRC and
 * sizes exactly; new or changed entries are deflated. No zip64: workbooks stay under 4 GB.
 */
export class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly deflate: Deflate) {}

  /** An entry as it stands in `from`, byte for byte. */
  copy(from: ZipArchive, name: string): void {
    const entry = from.entry(name);
    const raw = from.raw(name);
    if (!entry || !raw) throw new Error(`no entry ${name} to copy`);
    this.add(name, entry.method, entry.crc, raw, entry.size);
  }

  /** A new or changed entry, deflated. */
  put(name: string, data: Uint8Array): void {
    this.add(name, 8, (this.deflate.crc32 ?? crc32)(data), this.deflate(data), data.length);
  }

  /** A new entry already deflated (with the CRC and size of its uncompressed bytes). */
  putDeflated(name: string, crc: number, compressed: Uint8Array, size: number): void {
    this.add(name, 8, crc, compressed, size);
  }

  private add(name: string, method: number, crc: number, compressed: Uint8Array, size: number): void {
    const nameBytes = this.encoder.encode(name);
    const header = new Uint8Array(30 + nameBytes.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 0x0800, true); // names in UTF-8
    view.setUint16(8, method, true);
    view.setUint16(10, 0, true);
    view.setUint16(12, 0x21, true); // 1980-01-01: no clock in the archive, so equal inputs give equal bytes
    view.setUint32(14, crc, true);
    view.setUint32(18, compressed.length, true);
    view.setUint32(22, size, true);
    view.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    this.written.push({ name: nameBytes, method, crc, compressed, size, offset: this.offset });
    this.parts.push(header, compressed);
    this.offset += header.length + compressed.length;
  }

  finish(): Uint8Array {
    const start = this.offset;
    for (const w of this.written) {
      const central = new Uint8Array(46 + w.name.length);
      const view = new DataView(central.buffer);
      view.setUint32(0, CENTRAL, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, 0x0800, true);
      view.setUint16(10, w.method, true);
      view.setUint16(14, 0x21, true);
      view.setUint32(16, w.crc, true);
      view.setUint32(20, w.compressed.length, true);
      view.setUint32(24, w.size, true);
      view.setUint16(28, w.name.length, true);
      view.setUint32(42, w.offset, true);
      central.set(w.name, 46);
      this.parts.push(central);
      this.offset += central.length;
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, EOCD, true);
    view.setUint16(8, this.written.length, true);
    view.setUint16(10, this.written.length, true);
    view.setUint32(12, this.offset - start, true);
    view.setUint32(16, start, true);
    this.parts.push(end);
    const out = new Uint8Array(this.offset + end.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
