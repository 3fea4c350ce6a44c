/** Finance's view of many KUS requests: every application with its förvaltning, totals per förvaltning and in all. */
import type { Finding } from "../types";
import type { SheetReport } from "../types";
import type { KusApplication } from "./result";
import type { Translate } from "../../i18n";
import type { KeyOf } from "../strings";
import type { strings } from "./strings";
import { COLORS, type SheetCell, type SheetSpec } from "../../plan";

export interface KusRequest {
  /** The förvaltning, from the sheet's title, else the file's name (without a copy's "(1)"). */
  name: string;
  file: string;
  sheet: string;
  totalSek: number;
  applications: KusApplication[];
  /** Errors Plankoll found on the request's sheet. */
  errors: number;
  /** When the file was last changed (ISO), where known: which of two copies is the newer. */
  modified?: string;
}

/** A request left out of the total, and why: errors in it, or another copy of the same förvaltning kept. */
export interface ExcludedRequest {
  name: string;
  file: string;
  sheet: string;
  totalSek: number;
  reason: "errors" | "duplicate";
  errors: number;
  /** For a duplicate: the file kept instead. */
  keptFile?: string;
}

export interface Consolidation {
  template: "kus";
  /** The sum of the organisations' totals, and nothing else. */
  totalSek: number;
  organisations: KusRequest[];
  excluded: ExcludedRequest[];
}

/** Two or more requests of one förvaltning (by name, or by identical content under other names). */
export interface DuplicateRequests {
  name: string;
  requests: KusRequest[];
  /** Identical applications and totals, whatever the names. */
  sameContent: boolean;
}

/** The name of a file without what a mail client or a file manager adds to a copy: "kus (1)", "kus - Kopia", "Kopia av kus". */
export function requestName(stem: string): string {
  return (
    stem
      .replace(/^(kopia av|copy of)\s+/i, "")
      .replace(/(\s*\(\d+\)|\s*[-–]\s*(kopia|copy)(\s*\(\d+\))?|\s+(kopia|copy)(\s+\d+)?)+$/i, "")
      .trim() || stem
  );
}

/** Every KUS sheet of a file is one request; a file without one contributes nothing. */
export function kusRequests(
  file: string,
  fallbackName: string,
  sheets: readonly SheetReport[],
  modified?: string,
): KusRequest[] {
  return sheets
    .filter((s): s is Extract<SheetReport, { template: "kus" }> => s.template === "kus")
    .map((s) => {
      const result = s.result;
      return {
        name: result.organisation ?? requestName(fallbackName),
        file,
        sheet: s.sheet,
        totalSek: result.totalSek,
        applications: result.applications,
        errors: s.findings.filter((f) => f.severity === "error").length,
        ...(modified ? { modified } : {}),
      };
    });
}

/** The findings of a file's KUS sheets, for the summary's list of findings. */
export function requestFindings(
  file: string,
  sheets: readonly SheetReport[],
): { file: string; sheet: string; finding: Finding }[] {
  return sheets
    .filter((s) => s.template === "kus")
    .flatMap((s) => s.findings.map((finding) => ({ file, sheet: s.sheet, finding })));
}

const identity = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();
const content = (r: KusRequest) =>
  JSON.stringify([r.totalSek, r.applications.map((a) => [a.priority, a.title, a.requestedSek])]);

export interface ConsolidateOptions {
  /** Sum a request with errors too (marked as such); by default it is named and left out. */
  includeErrors?: boolean;
  /** Of two copies of one förvaltning keep the newer; by default that is refused. */
  keepNewer?: boolean;
}

/**
 * The requests summed: each förvaltning once. A request with errors is left out unless asked
 * for; the same förvaltning twice — by name, or the same content under another name — is a
 * refusal (`duplicates`, nothing summed) unless the newer is to be kept, and then the choice is
 * in `excluded`.
 */
export function consolidate(
  requests: readonly KusRequest[],
  options: ConsolidateOptions = {},
): Consolidation | { duplicates: DuplicateRequests[] } {
  const excluded: ExcludedRequest[] = [];
  const leave = (r: KusRequest, reason: ExcludedRequest["reason"], keptFile?: string) =>
    excluded.push({
      name: r.name,
      file: r.file,
      sheet: r.sheet,
      totalSek: r.totalSek,
      reason,
      errors: r.errors,
      ...(keptFile ? { keptFile } : {}),
    });
  const candidates: KusRequest[] = [];
  for (const r of requests) {
    if (r.errors > 0 && !options.includeErrors) leave(r, "errors");
    else candidates.push(r);
  }
  // Groups of one förvaltning: joined by equal names or equal content (each request's content keyed once).
  const contents = new Map(candidates.map((r) => [r, content(r)]));
  const group = candidates.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  const byKey = new Map<string, number>();
  candidates.forEach((r, i) => {
    for (const key of [`n:${identity(r.name)}`, `c:${contents.get(r)}`]) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else group[find(i)] = find(other);
    }
  });
  const groups = new Map<number, KusRequest[]>();
  candidates.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  const duplicates: DuplicateRequests[] = [];
  const summed: KusRequest[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) {
      summed.push(members[0]);
      continue;
    }
    if (!options.keepNewer) {
      duplicates.push({
        name: members[0].name,
        requests: members,
        sameContent: members.every((m) => contents.get(m) === contents.get(members[0])),
      });
      continue;
    }
    // The newest by its file's time; of equal times the last named (a later download sorts after).
    const kept = members.reduce((a, b) => ((b.modified ?? "") >= (a.modified ?? "") ? b : a));
    summed.push(kept);
    for (const m of members) if (m !== kept) leave(m, "duplicate", kept.file);
  }
  if (duplicates.length > 0) return { duplicates };
  // The requests in the order they were given.
  summed.sort((a, b) => requests.indexOf(a) - requests.indexOf(b));
  return {
    template: "kus",
    totalSek: summed.reduce((sum, r) => sum + r.totalSek, 0),
    organisations: summed,
    excluded,
  };
}

/** The summary workbook's sheets: the applications with subtotals and total, and every file's findings. */
export function consolidationSheets(
  consolidation: Consolidation,
  findings: readonly { file: string; sheet: string; finding: Finding }[],
  words: Translate,
): SheetSpec[] {
  // The KUS template's words are registered with it.
  const t = words as Translate<KeyOf<typeof strings>>;
  const cells: SheetCell[] = [{ row: 1, col: 1, value: t("consolidate.title"), bold: true }];
  let row = 3;
  (["organisation", "priority", "title", "sek", "file"] as const).forEach((head, i) =>
    cells.push({
      row,
      col: i + 1,
      value: t(`consolidate.head.${head}`),
      bold: true,
      fill: COLORS.header,
      border: true,
    }),
  );
  for (const request of consolidation.organisations) {
    const sorted = [...request.applications].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
    for (const a of sorted) {
      row++;
      [request.name, a.priority ?? "", a.title ?? "", a.requestedSek ?? "", request.file].forEach((value, i) =>
        cells.push({ row, col: i + 1, value, border: true }),
      );
    }
    row++;
    const subtotal =
      request.errors > 0
        ? t("consolidate.subtotalWithErrors", { organisation: request.name, errors: request.errors })
        : t("consolidate.subtotal", { organisation: request.name });
    cells.push({ row, col: 1, value: subtotal, bold: true, fill: request.errors > 0 ? COLORS.error : undefined });
    cells.push({ row, col: 4, value: request.totalSek, bold: true, border: true });
  }
  row += 2;
  cells.push({ row, col: 1, value: t("consolidate.total"), bold: true, fill: COLORS.header });
  cells.push({ row, col: 4, value: consolidation.totalSek, bold: true, fill: COLORS.header, border: true });
  if (consolidation.excluded.length > 0) {
    row += 2;
    cells.push({ row, col: 1, value: t("consolidate.excludedHead"), bold: true });
    for (const x of consolidation.excluded) {
      row++;
      const why =
        x.reason === "errors"
          ? t("consolidate.excludedErrors", { errors: x.errors })
          : t("consolidate.excludedDuplicate", { file: x.keptFile ?? "" });
      [x.name, "", why, x.totalSek, x.file].forEach((value, i) =>
        cells.push({ row, col: i + 1, value, border: true, wrap: i === 2 }),
      );
    }
  }

  const found: SheetCell[] = [];
  (["file", "sheet", "cell", "severity", "code", "message"] as const).forEach((head, i) =>
    found.push({
      row: 1,
      col: i + 1,
      value: t(`consolidate.head.${head}`),
      bold: true,
      fill: COLORS.header,
      border: true,
    }),
  );
  findings.forEach(({ file, sheet, finding }, i) => {
    [file, sheet, finding.cell, t(`severity.${finding.severity}`), finding.code, finding.message].forEach((value, j) =>
      found.push({
        row: i + 2,
        col: j + 1,
        value,
        wrap: j === 5,
        fill: j === 3 ? COLORS[finding.severity] : undefined,
      }),
    );
  });
  return [
    { name: "Sammanställning KUS", cells, columnWidths: [34, 6, 60, 16, 36] },
    { name: t("consolidate.findings"), cells: found, columnWidths: [36, 22, 8, 12, 22, 90], titleRows: [1, 1] },
  ];
}
