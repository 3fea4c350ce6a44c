/** Building findings: a code, a place and a message in the user's language, the severity from the code's table. */
import type { Severity } from "./types";
import type { Finding } from "./templates/types";
import type { Params, Translate } from "./i18n";
import { codeSpec, type CoreCode, type CoreWording } from "./codes";
import type { FindingCode, FindingSink } from "./templates/types";

export class FindingList<C extends string = never, W extends string = never> implements FindingSink<C, W> {
  readonly items: Finding[] = [];
  // Any key: the messages are `finding.<code>` strings registered with the codes.
  constructor(private readonly t: Translate<string>) {}

  /** A finding with its code's message, or another wording of it where the standard one does not fit. */
  add(code: C | CoreCode, cell: string, row: number, params: Params = {}, wording?: W | CoreWording): void {
    const { severity } = codeSpec(code);
    this.items.push({
      cell,
      row,
      severity,
      code: code as FindingCode,
      message: this.t(`finding.${wording ?? code}`, params),
    });
  }
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
