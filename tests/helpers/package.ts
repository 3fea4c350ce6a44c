/** A structural check of a workbook package, as a program opening it would make. */
import { SaxesParser } from "saxes";
import { deflateRawSync } from "node:zlib";
import { readWorkbookPackage, type XlsxPackage } from "../../src/ooxml";
import { PackageEdit } from "../../src/ooxml/package";

function wellFormed(name: string, bytes: Uint8Array): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(new TextDecoder().decode(bytes)).close();
}

/** The package is whole: XML well-formed, relationship targets present, a content type per part. */
export function structuralCheck(pkg: XlsxPackage): void {
  const names = pkg.entries().filter((n) => !n.endsWith("/"));
  const types = new TextDecoder().decode(pkg.part("[Content_Types].xml")!);
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/gi)].map((m) => m[1].toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*PartName="([^"]+)"/g)].map((m) => m[1].slice(1)));
  for (const name of names) {
    if (name === "[Content_Types].xml") continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    expect({ name, typed: overrides.has(name) || defaults.has(ext) }).toEqual({ name, typed: true });
    if (/\.(xml|rels|vml)$/.test(name)) wellFormed(name, pkg.part(name)!);
  }
  for (const o of overrides)
    expect({ override: o, present: names.includes(o) }).toEqual({ override: o, present: true });
  for (const rels of names.filter((n) => n.endsWith(".rels"))) {
    const base = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const dirOf = base.slice(0, base.lastIndexOf("/") + 1);
    const xml = new TextDecoder().decode(pkg.part(rels)!);
    for (const m of xml.matchAll(/<Relationship\b([^>]*)\/>/g)) {
      if (/TargetMode="External"/.test(m[1])) continue;
      const target = /Target="([^"]+)"/.exec(m[1])![1];
      const parts = (target.startsWith("/") ? target.slice(1) : dirOf + target).split("/");
      const path: string[] = [];
      for (const p of parts) {
        if (p === "..") path.pop();
        else if (p !== ".") path.push(p);
      }
      expect({ rels, target, present: names.includes(path.join("/")) }).toEqual({ rels, target, present: true });
    }
  }
}

/**
 * The package with one cell's content replaced in its sheet's XML (its other attributes, its
 * style among them, kept; its type dropped), every other part as it is: a cell typed into.
 */
export function typedInto(pkg: XlsxPackage, sheet: string, cell: string, content: string): Uint8Array {
  const path = readWorkbookPackage(pkg).sheets.find((s) => s.name === sheet)!.path;
  const xml = new TextDecoder().decode(pkg.part(path)!);
  const pattern = new RegExp(`<c\\b([^>]*?)\\br="${cell}"([^>]*?)(/>|>.*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`no cell ${cell} in ${path}`);
  const typed = xml.replace(pattern, (_whole, before: string, after: string) => {
    const attrs = `${before} r="${cell}"${after}`.replace(/\s*\bt="[^"]*"/, "");
    return `<c${attrs}>${content}</c>`;
  });
  const edit = new PackageEdit(pkg);
  edit.set(path, typed);
  return edit.write((d: Uint8Array) => deflateRawSync(d));
}
