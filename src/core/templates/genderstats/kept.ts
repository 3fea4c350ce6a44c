/**
 * The rows of gender-split statistics as read, a column each: their GenderRow objects are made
 * when the result's rows are first read (a report leaving Plankoll), once. The review's overview
 * needs only how many rows there are and how many are balanced (`rowCounts`).
 */
import type { GenderRow, GenderStatsResult } from "./result";
import {
  countOf,
  withCounts,
  MadeOnce,
  flagOrNull,
  keptFlag,
  keptNumber,
  madeWhenRead,
  numberOrNull,
} from "../keptRows";
import { keepShape } from "../../shapes";

/** How many rows and how many balanced: as the analysis counted them, else from the rows. */
export function rowCounts(result: GenderStatsResult): { rows: number; balanced: number } {
  return {
    rows: countOf(result, "rows", () => result.rows.length),
    balanced: countOf(result, "balanced", () => result.rows.filter((r) => r.balanced).length),
  };
}

const NUMBERS = ["women", "men", "other", "total", "shareWomen", "shareMen"] as const;
const UNDER: readonly GenderRow["underrepresented"][] = [null, "women", "men"];

export class GenderRowColumns {
  length = 0;
  private balancedCount = 0;
  private readonly row: Int32Array;
  private readonly label: string[];
  /** women, men, other, total, shareWomen, shareMen: entry i's at i × 6, NaN for none. */
  private readonly numbers: Float64Array;
  /** 0 for null, 1 false, 2 true. */
  private readonly balanced: Uint8Array;
  /** Index into UNDER. */
  private readonly under: Uint8Array;
  private readonly list = new MadeOnce<GenderRow>();

  /** `capacity`: the table's rows (no more are added). */
  constructor(capacity: number) {
    this.row = new Int32Array(capacity);
    this.numbers = new Float64Array(capacity * NUMBERS.length);
    this.balanced = new Uint8Array(capacity);
    this.under = new Uint8Array(capacity);
    // Made as long as the table at once: no copy as it grows.
    this.label = new Array<string>(capacity);
  }

  add(row: GenderRow): void {
    const i = this.length++;
    this.row[i] = row.row;
    this.label[i] = row.label;
    const at = i * NUMBERS.length;
    const n = this.numbers;
    n[at] = keptNumber(row.women);
    n[at + 1] = keptNumber(row.men);
    n[at + 2] = keptNumber(row.other);
    n[at + 3] = keptNumber(row.total);
    n[at + 4] = keptNumber(row.shareWomen);
    n[at + 5] = keptNumber(row.shareMen);
    this.balanced[i] = keptFlag(row.balanced);
    if (row.balanced) this.balancedCount++;
    this.under[i] = UNDER.indexOf(row.underrepresented);
  }

  /** The result: its rows made when first read; its counts known to rowCounts. */
  result(totals: GenderStatsResult["totals"]): GenderStatsResult {
    const result: GenderStatsResult = { rows: [], totals };
    return withCounts(madeWhenRead(result, "rows", this), { rows: this.length, balanced: this.balancedCount });
  }

  /** The rows as objects, made at the first call. */
  objects(): GenderRow[] {
    const number = (at: number) => numberOrNull(this.numbers[at]);
    return this.list.of(this.length, (i) => {
      const at = i * NUMBERS.length;
      return {
        row: this.row[i],
        label: this.label[i],
        women: number(at),
        men: number(at + 1),
        other: number(at + 2),
        total: number(at + 3),
        shareWomen: number(at + 4),
        shareMen: number(at + 5),
        balanced: flagOrNull(this.balanced[i]),
        underrepresented: UNDER[this.under[i]],
      };
    });
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new GenderRowColumns(0));
