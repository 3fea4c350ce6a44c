/**
 * Why a package cannot get a highlighted copy written safely: a problem (`refusal.<kind>`, placed
 * on the part refused where one part is the reason), worded where it is shown.
 */
import type { MessageKey } from "../core/i18n";
import { problem, ProblemError } from "../core/problem";

export type RefusalKind = "structure" | "prefixed" | "otherAdapter" | "excel" | "resaved";

export class PackageRefusal extends ProblemError {
  constructor(
    /** What was found, for a developer; never shown to a user. */
    detail: string,
    readonly kind: RefusalKind = "structure",
    /** The part refused, where one part is the reason. */
    readonly part?: string,
  ) {
    // A refusal about one part names it; one about the package as a whole says so.
    const code: MessageKey =
      part === undefined && (kind === "structure" || kind === "prefixed") ? `refusal.${kind}Whole` : `refusal.${kind}`;
    super(problem(code, {}, part === undefined ? undefined : { part }), detail);
    this.name = "PackageRefusal";
  }
}
