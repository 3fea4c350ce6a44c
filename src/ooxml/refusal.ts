/** Why a package cannot get a highlighted copy written safely; `kind` picks the words the user reads. */

/** Why a package cannot get a highlighted copy written safely; `kind` picks the words the user reads. */
export class PackageRefusal extends Error {
  constructor(
    message: string,
    readonly kind: "structure" | "prefixed" | "otherAdapter" | "excel" = "structure",
    /** The part refused, where one part is the reason. */
    readonly part?: string,
  ) {
    super(message);
  }
}
