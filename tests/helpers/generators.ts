/**
 * Workbooks as other generators write them, made from a workbook we have by rewriting its parts
 * the way those programs do (written here, never copied from them): POI-style parts with a UTF-8
 * byte-order mark, single-quoted attributes and a self-closing <definedNames/>, a package that types
 * its relationships part by part (no Default for .rels), and server-side generators' namespace
 * prefixes (<x:worksheet>). Each is a whole, valid package that Excel and LibreOffice open.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { XlsxPackage } from "../../src/ooxml";
import { ZipWriter } from "../../src/ooxml/zip";

type Rewrite = (name: string, text: string) => string;

function rewritten(bytes: Uint8Array, rewrite: Rewrite): Uint8Array {
  const pkg = XlsxPackage.fromBytes(bytes, (d) => inflateRawSync(d));
  const zip = new ZipWriter(deflateRawSync);
  for (const name of pkg.entries()) {
    const part = pkg.part(name)!;
    if (!/\.(xml|rels|vml)$/.test(name)) {
      zip.put(name, part);
      continue;
    }
    zip.put(name, new TextEncoder().encode(rewrite(name, new TextDecoder().decode(part))));
  }
  return zip.finish();
}

const BOM = "\uFEFF";

/** POI-style: every XML part starts with a byte-order mark, cells' attributes single-quoted, an empty <definedNames/>. */
export function poiStyle(bytes: Uint8Array): Uint8Array {
  return rewritten(bytes, (name, text) => {
    let out = text;
    if (/xl\/worksheets\/sheet\d+\.xml$/.test(name))
      out = out.replace(
        /<c ([^>]*?)(\/?)>/g,
        (_m, attrs: string, close: string) => `<c ${attrs.replace(/"([^"]*)"/g, "'$1'")}${close}>`,
      );
    if (name === "xl/workbook.xml" && !/<definedNames/.test(out))
      out = out.replace("</sheets>", "</sheets><definedNames />");
    return BOM + out;
  });
}

/** A package whose content types name each relationships part instead of a Default for .rels. */
export function relsByPart(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.fromBytes(bytes, (d) => inflateRawSync(d));
  const rels = pkg.entries().filter((n) => n.endsWith(".rels"));
  return rewritten(bytes, (name, text) => {
    if (name !== "[Content_Types].xml") return text;
    const overrides = rels
      .map((r) => `<Override PartName="/${r}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
      .join("");
    return text.replace(/<Default\b[^>]*Extension="rels"[^>]*\/>/i, "").replace("</Types>", `${overrides}</Types>`);
  });
}

/** A server-side generator's prefixed parts: the workbook's sheets (and only them) as <x:worksheet>. */
export function prefixedSheets(bytes: Uint8Array): Uint8Array {
  return rewritten(bytes, (name, text) => {
    if (!/xl\/worksheets\/sheet\d+\.xml$/.test(name)) return text;
    return text
      .replace(/<(\/?)(?![?!])([A-Za-z][\w]*)(?=[\s>/])/g, (_m, slash: string, el: string) => `<${slash}x:${el}`)
      .replace(/<x:worksheet\b([^>]*?)\sxmlns="([^"]*)"/, '<x:worksheet$1 xmlns:x="$2"');
  });
}
