/** Building findings: a code, a place and a message in the user's language. */
import type { Finding, Severity } from "./types";
import type { MessageKey, Params, Translate } from "./i18n";

export class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly t: Translate) {}

  /** A finding whose message is `finding.<code>`, or the given key where the standard text does not fit. */
  add(severity: Severity, code: string, cell: string, row: number, params: Params = {}, messageKey?: MessageKey): void {
    const key = messageKey ?? (`finding.${code}` as MessageKey);
    this.items.push({ cell, row, severity, code, message: this.t(key, params) });
  }
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
