/**
 * Why a file is not a workbook Plankoll can read, judged by its content (never by the reader's
 * English error text), each kind with its own advice: missing, empty, a folder, an OpenDocument
 * spreadsheet, a legacy .xls, an encrypted workbook, a binary .xlsb, another Office document,
 * a zip that holds no workbook, a truncated download, a damaged part, CSV, HTML, SpreadsheetML
 * 2003, PDF, or something else altogether.
 */
import { inflateRawSync } from "node:zlib";
import { ZipArchive } from "../ooxml/zip";
import { problem, type Problem } from "./problem";
import type { MessageKey } from "../core/i18n";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an .xls, or an .xlsx that Excel encrypted with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted .xlsx keeps its workbook in, as its directory names it (UTF-16LE). */
const ENCRYPTED = Buffer.from("EncryptedPackage", "utf16le");

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The kind of a file that could not be read as a workbook, from its bytes. */
export function unreadableReason(file: string, bytes: Uint8Array): Problem {
  const at = (key: string, params = {}) => problem(`cli.file.${key}` as MessageKey, { file, ...params });
  if (bytes.length === 0) return at("empty");
  if (startsWith(bytes, CFB)) return at(Buffer.from(bytes).includes(ENCRYPTED) ? "encrypted" : "xls");
  if (startsWith(bytes, ZIP)) return zipReason(bytes, at);
  return textReason(bytes, at);
}

function zipReason(bytes: Uint8Array, at: (key: string, params?: object) => Problem): Problem {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(bytes, (data) => inflateRawSync(data));
  } catch {
    return at("truncated");
  }
  const names = zip.entries.map((e) => e.name);
  const has = (pattern: RegExp) => names.some((n) => pattern.test(n));
  if (has(/^mimetype$/)) {
    let mime = "";
    try {
      mime = new TextDecoder().decode(zip.read("mimetype") ?? new Uint8Array());
    } catch {
      // An unreadable mimetype says no more than its name.
    }
    return at(/spreadsheet/.test(mime) ? "ods" : "opendocument");
  }
  if (has(/^xl\/workbook\.bin$/i)) return at("xlsb");
  if (has(/^word\//)) return at("word");
  if (has(/^ppt\//)) return at("powerpoint");
  if (!has(/^xl\/.*workbook.*\.xml$/i)) return at("noWorkbook");
  // A workbook whose parts do not all inflate: name the first damaged one.
  for (const name of names) {
    try {
      zip.read(name);
    } catch {
      return at("damagedPart", { part: name });
    }
  }
  return at("damaged");
}

function textReason(bytes: Uint8Array, at: (key: string) => Problem): Problem {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  const start = head.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith("%pdf")) return at("pdf");
  if (start.startsWith("<?xml") && start.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return at("spreadsheetml");
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(start) || start.includes("<table")) return at("html");
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== "");
  // Text with a separator on each of its first lines: comma- or semicolon-separated values.
  const printable = ![...head].some((c) => c.charCodeAt(0) < 0x20 && !"\t\n\r\f\v".includes(c));
  if (printable && lines.length > 0) {
    const first = lines.slice(0, 5);
    if ([";", ",", "\t"].some((sep) => first.every((l) => l.includes(sep)))) return at("csv");
    return at("text");
  }
  return at("other");
}
