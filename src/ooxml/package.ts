/**
 * A package being edited: parts changed, added (with their content types and relationships) or
 * removed, every other part copied as stored; the namespaces and the mark every addition of
 * Plankoll's carries, so that Rensa finds exactly its own.
 */
import { DeflatingSink, ZipWriter, crc32, type Deflate } from "./zip";
import { type XlsxPackage } from "./read";
import { PackageRefusal } from "./refusal";
import { escapeXml, insertBeforeClose } from "./xml";
import { ByteSink, TextWindow } from "./textWindow";

/**
 * A part's text written piece by piece into a sink: deflated as it comes where the copy is
 * compressed (a 100 000-row sheet of Plankoll's never whole in memory), else kept as bytes.
 */
export type PartWriter = (sink: { push(text: string): void }) => void;

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_WORKSHEET = `${REL_NS}/worksheet`;
export const REL_COMMENTS = `${REL_NS}/comments`;
export const REL_VML = `${REL_NS}/vmlDrawing`;
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
export const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** Every relationship, part and sheet id Plankoll adds carries this, so Rensa finds exactly its own. */
export const MARK = "plankoll";

/** A part's text with its byte-order mark kept (as U+FEFF): a part that had one is written with it. */
export const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
export const encoder = new TextEncoder();

/** A part already deflated: what the archive will hold. */
export interface Sealed {
  crc: number;
  compressed: Uint8Array;
  size: number;
}

/**
 * The package's parts as text where Plankoll changes them; everything else stays as stored. With
 * a deflate at hand, a part set as bytes (a large sheet) is deflated at once and only its
 * compressed bytes are kept: the copy of a 100 000-row workbook never holds all its new parts
 * uncompressed at the same time.
 */
export class PackageEdit {
  readonly changed = new Map<string, string>();
  /** Parts written as bytes in slices (a large sheet is never one string). */
  private readonly slices = new Map<string, Uint8Array[]>();
  private readonly sealed = new Map<string, Sealed>();
  readonly removed = new Set<string>();
  constructor(
    readonly pkg: XlsxPackage,
    private readonly deflate?: Deflate,
  ) {}

  text(path: string): string | null {
    if (this.removed.has(path)) return null;
    const changed = this.changed.get(path);
    if (changed !== undefined) return changed;
    if (this.sealed.has(path)) throw new Error(`${path} is already deflated`);
    const slices = this.slices.get(path);
    if (slices) return decoder.decode(concat(slices));
    const bytes = this.pkg.part(path);
    return bytes ? decoder.decode(bytes) : null;
  }
  set(path: string, text: string): void {
    this.forget(path);
    this.changed.set(path, text);
  }
  /** The part's text to be read piece by piece (a stored part is inflated as it is read). */
  window(path: string): TextWindow | null {
    if (this.removed.has(path)) return null;
    if (this.changed.has(path) || this.slices.has(path)) {
      const text = this.text(path);
      return text === null ? null : TextWindow.of(text);
    }
    if (this.sealed.has(path)) throw new Error(`${path} is already deflated`);
    const pieces = this.pkg.zip.pieces(path.replace(/^\//, ""), true);
    return pieces ? new TextWindow(pieces) : null;
  }
  /** A sink whose text becomes the part, deflated as it is written; `done` puts it in the package. */
  deflating(path: string): { push(text: string): void; done(): void } {
    const sink = new DeflatingSink(this.deflate);
    return {
      push: (text) => sink.push(text),
      done: () => {
        this.forget(path);
        this.sealed.set(path, sink.finish());
      },
    };
  }
  /** A part written by `write`: deflated as it is written where this edit compresses, else as bytes. */
  writePart(path: string, write: PartWriter): void {
    if (this.deflate) {
      const sink = this.deflating(path);
      write(sink);
      sink.done();
      return;
    }
    const sink = new ByteSink();
    write(sink);
    this.setBytes(path, sink.bytes());
  }
  setBytes(path: string, slices: Uint8Array[]): void {
    this.forget(path);
    if (!this.deflate) {
      this.slices.set(path, slices);
      return;
    }
    const data = concat(slices);
    slices.length = 0;
    this.sealed.set(path, {
      crc: (this.deflate.crc32 ?? crc32)(data),
      compressed: this.deflate(data),
      size: data.length,
    });
  }
  remove(path: string): void {
    this.forget(path);
    this.removed.add(path);
  }
  private forget(path: string): void {
    this.removed.delete(path);
    this.changed.delete(path);
    this.slices.delete(path);
    this.sealed.delete(path);
  }
  exists(path: string): boolean {
    return (
      this.changed.has(path) ||
      this.slices.has(path) ||
      this.sealed.has(path) ||
      (!this.removed.has(path) && this.pkg.entries().includes(path))
    );
  }

  /** Whether a part's new text is its old one (kept then as stored, byte for byte); sizes decide most. */
  private unchanged(name: string, text: string): boolean {
    const size = this.pkg.zip.entry(name)?.size ?? -1;
    if (size < text.length || size > text.length * 3) return false;
    return text === decoder.decode(this.pkg.part(name) ?? new Uint8Array());
  }

  write(deflate: Deflate): Uint8Array {
    const zip = new ZipWriter(deflate);
    const names = this.pkg.entries();
    const put = (name: string): boolean => {
      const sealed = this.sealed.get(name);
      if (sealed) {
        zip.putDeflated(name, sealed.crc, sealed.compressed, sealed.size);
        return true;
      }
      const slices = this.slices.get(name);
      if (!slices) return false;
      zip.put(name, concat(slices));
      // The uncompressed slices are not needed again: freed before the next part is deflated.
      this.slices.delete(name);
      return true;
    };
    for (const name of names) {
      if (this.removed.has(name) || put(name)) continue;
      const changed = this.changed.get(name);
      if (changed === undefined || this.unchanged(name, changed)) zip.copy(this.pkg.zip, name);
      else zip.put(name, encoder.encode(changed));
    }
    for (const [name, text] of this.changed) if (!names.includes(name)) zip.put(name, encoder.encode(text));
    for (const name of [...this.sealed.keys(), ...this.slices.keys()]) if (!names.includes(name)) put(name);
    return zip.finish();
  }
}

/** Whether a part's root element has a namespace prefix (`<x:worksheet xmlns:x=…>`). */
export function isPrefixed(xml: string | null): boolean {
  if (xml === null) return false;
  return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<[\w.-]+:[\w.-]+[\s>/]/.test(xml.slice(0, 4096));
}

export function concat(slices: readonly Uint8Array[]): Uint8Array {
  if (slices.length === 1) return slices[0];
  const out = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const slice of slices) {
    out.set(slice, at);
    at += slice.length;
  }
  return out;
}

export function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

/** The relative target from one part to another ("../comments1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = dirOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

export function addRelationship(edit: PackageEdit, part: string, id: string, type: string, target: string): void {
  const path = relsPathOf(part);
  let xml = edit.text(path);
  if (xml === null) {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    // A package that types its relationships part by part (no Default for .rels) gets this one typed too.
    const types = edit.text("[Content_Types].xml") ?? "";
    if (!/<Default\b[^>]*Extension\s*=\s*["']rels["']/i.test(types))
      addContentType(edit, `<Override PartName="/${path}" ContentType="${CT_RELS}"/>`);
  }
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  edit.set(path, insertBeforeClose(xml, "Relationships", rel));
}

export function removeRelationships(edit: PackageEdit, part: string): void {
  const path = relsPathOf(part);
  const xml = edit.text(path);
  if (!xml) return;
  const kept = xml.replace(new RegExp(`<Relationship\\b[^>]*Id="${MARK}[^"]*"[^>]*/>`, "g"), "");
  // A relationships part Plankoll made (the sheet had none) goes with its last relationship, and its type.
  if (!/<Relationship\b/.test(kept) && edit.pkg.part(path) === null) removePart(edit, path, CT_RELS);
  else edit.set(path, kept);
}

/** A part Plankoll added taken out, with the content type it was given. */
export function removePart(edit: PackageEdit, path: string, contentType: string): void {
  edit.remove(path);
  const types = edit.text("[Content_Types].xml");
  if (types !== null)
    edit.set("[Content_Types].xml", types.replace(`<Override PartName="/${path}" ContentType="${contentType}"/>`, ""));
}

export function addContentType(edit: PackageEdit, entry: string): void {
  const xml = edit.text("[Content_Types].xml");
  if (!xml) throw new PackageRefusal("no [Content_Types].xml");
  edit.set("[Content_Types].xml", insertBeforeClose(xml, "Types", entry));
}
