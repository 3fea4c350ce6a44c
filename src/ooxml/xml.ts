/**
 * The package layer's one XML toolkit for text it reads or edits in place: entities both ways,
 * attributes in either quote with white space around "=", children of a container, content
 * before a close tag. The worksheet scanner (scan.ts) reads attributes and text by the same rules.
 */
import { PackageRefusal } from "./refusal";

/** Characters XML 1.0 cannot hold: controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- exactly the control characters XML cannot hold
export const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
export const NOT_XML_ALL = new RegExp(NOT_XML.source, "g");
export const MARKUP = /[&<>"]/g;
export const HAS_MARKUP = /[&<>"]/;
export const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const ENTITY = /&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g;

/** The five entities and character references decoded. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : "";
      }
    }
  });
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function escapeXml(text: string): string {
  // Most texts need nothing: they are given back as they are.
  const clean = NOT_XML.test(text) ? text.replace(NOT_XML_ALL, "") : text;
  return HAS_MARKUP.test(clean) ? clean.replace(MARKUP, (ch) => ENTITIES[ch]) : clean;
}

export function insertBeforeClose(xml: string, element: string, content: string): string {
  const close = new RegExp(`</(\\w+:)?${element}>`);
  const match = close.exec(xml);
  if (match) return xml.slice(0, match.index) + content + xml.slice(match.index);
  // Self-closing: <Relationships .../> becomes an element with content.
  const empty = new RegExp(`<((\\w+:)?${element})\\b([^>]*?)/>`);
  const m = empty.exec(xml);
  if (!m) throw new PackageRefusal(`${element} not found`);
  return xml.slice(0, m.index) + `<${m[1]}${m[3]}>${content}</${m[1]}>` + xml.slice(m.index + m[0].length);
}

/**
 * The index of a style element: where an equal one already stands (an earlier run's, or the
 * user's own), else appended once to the elements being added.
 */
export function indexIn(existing: readonly string[], added: string[], element: string): number {
  const at = existing.indexOf(element);
  if (at >= 0) return at;
  let i = added.indexOf(element);
  if (i < 0) i = added.push(element) - 1;
  return existing.length + i;
}

export function children(xml: string, container: string, element: string): string[] {
  const open = new RegExp(`<${container}\\b[^>]*?(/>|>)`).exec(xml);
  if (!open || open[1] === "/>") return [];
  const end = xml.indexOf(`</${container}>`, open.index);
  const inner = xml.slice(open.index + open[0].length, end);
  return inner.match(new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, "g")) ?? [];
}

export function appendChildren(xml: string, container: string, added: string[], before: number): string {
  if (added.length === 0) return xml;
  const count = before + added.length;
  const open = new RegExp(`<${container}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) {
    // No such list yet (no borders at all): a new one before cellStyleXfs/cellXfs.
    const at = xml.search(/<(cellStyleXfs|cellXfs)\b/);
    return `${xml.slice(0, at)}<${container} count="${count}">${added.join("")}</${container}>${xml.slice(at)}`;
  }
  const attrs = open[1].replace(/\s+count="\d*"/, "") + ` count="${count}"`;
  if (open[2] === "/") {
    return `${xml.slice(0, open.index)}<${container}${attrs}>${added.join("")}</${container}>${xml.slice(open.index + open[0].length)}`;
  }
  const head = `<${container}${attrs}>`;
  const after = xml.slice(open.index + open[0].length);
  const end = after.indexOf(`</${container}>`);
  return xml.slice(0, open.index) + head + after.slice(0, end) + added.join("") + after.slice(end);
}

export const attrPatterns = new Map<string, RegExp>();

/** An attribute as XML allows it: either quote, white space around "=" (`s="3"`, `s='3'`, `s = "3"`). */
export function attrPattern(name: string): RegExp {
  let pattern = attrPatterns.get(name);
  if (!pattern) attrPatterns.set(name, (pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`)));
  return pattern;
}

/** An attribute's value, its entities decoded; null when the tag has none. */
export function attr(tag: string, name: string): string | null {
  const m = attrPattern(name).exec(tag);
  return m ? decodeEntities(m[2] ?? m[3]) : null;
}

/** The attributes set in place (their order and quotes kept), an absent one added after the element's name. */
export function setAttributes(tag: string, values: Record<string, string>): string {
  let out = tag;
  for (const [name, value] of Object.entries(values)) {
    const m = attrPattern(name).exec(out);
    if (m) {
      const quote = m[2] === undefined ? "'" : '"';
      out = out.slice(0, m.index) + `${m[1]}${quote}${value}${quote}` + out.slice(m.index + m[0].length);
    } else out = out.replace(/^<(\w+:)?\w+/, (tagName) => `${tagName} ${name}="${value}"`);
  }
  return out;
}

export function removeAttribute(tag: string, name: string): string {
  const m = attrPattern(name).exec(tag);
  return m ? tag.slice(0, m.index) + tag.slice(m.index + m[0].length) : tag;
}
