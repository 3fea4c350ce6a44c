/** Building findings: a code, a place and a message in the user's language, the severity from the code's table. */
import type { Severity } from "./types";
import type { Params, Translate } from "./i18n";
import { codeSpec, messageParams, type CoreCode, type CoreWording } from "./codes";
import type { Finding, FindingCode, FindingSink } from "./templates/types";
import { keepShape } from "./shapes";

export class FindingList<C extends string = never, W extends string = never> implements FindingSink<C, W> {
  readonly items: Finding[] = [];
  // Any key: the messages are `finding.<code>` strings registered with the codes.
  constructor(private readonly t: Translate<string>) {}

  /** A finding with its code's message, or another wording of it where the standard one does not fit. */
  add(code: C | CoreCode, cell: string, row: number, params: Params = {}, wording?: W | CoreWording): void {
    const { severity } = codeSpec(code);
    // Only what the message shows leaves with the finding: a wording that leaves a value out
    // (a salary that cannot be read is personal data) leaves it out of the params too.
    const shown: Params = {};
    for (const name of messageParams(wording ?? code)) if (name in params) shown[name] = params[name];
    this.items.push({
      cell,
      row,
      severity,
      code: code as FindingCode,
      params: shown,
      message: this.t(messageKey(wording ?? code), params),
    });
  }
}

// The list's hidden class kept between analyses (shapes.ts).
keepShape(new FindingList(() => ""));

/**
 * A code's message key ("finding.RISK_NO_ACTION"), made once per code: a key made per finding is a
 * new string whose hash the translations' map computes every time.
 */
const messageKeys = new Map<string, string>();
function messageKey(codeOrWording: string): string {
  let key = messageKeys.get(codeOrWording);
  if (key === undefined) messageKeys.set(codeOrWording, (key = `finding.${codeOrWording}`));
  return key;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
