/** Why a file is not a workbook Plankoll can read, in words a user can act on. */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import type { MessageKey, Params } from "../core/i18n";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an .xls, or an .xlsx that Excel encrypted with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted .xlsx keeps its workbook in, as its directory names it (UTF-16LE). */
const ENCRYPTED = Buffer.from("EncryptedPackage", "utf16le");
/** How much of a compound file is searched for that name: its directory comes early. */
const SEARCH_BYTES = 4 * 1024 * 1024;

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function unreadableReason(file: string, reason: string): { key: MessageKey; params: Params } {
  if (!existsSync(file)) return { key: "cli.missing", params: { file } };
  const size = statSync(file).size;
  if (size === 0) return { key: "cli.empty", params: { file } };
  const head = Buffer.alloc(Math.min(size, SEARCH_BYTES));
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (startsWith(head, CFB)) {
    return { key: head.includes(ENCRYPTED) ? "cli.encrypted" : "cli.oldFormat", params: { file } };
  }
  if (!startsWith(head, ZIP)) return { key: "cli.notXlsx", params: { file } };
  return { key: "cli.corrupt", params: { file, reason } };
}
