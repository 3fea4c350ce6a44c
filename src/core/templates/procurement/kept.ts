/**
 * The procurements as read, a column each: their ProcurementItem objects are made when the
 * result's items are first read (the summary sheet, a report leaving Plankoll), once. A review
 * needs only how many there are and how many are not over the threshold (`itemCounts`).
 */
import { a1 } from "../../sheet/address";
import type { ContractType, ProcurementItem, ProcurementResult } from "./result";
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

/** An item as read, before it is kept (one record, set row after row). */
export type ItemRead = Omit<ProcurementItem, "cell">;

const TYPES = ["goods", "services", "works", "unknown"] as const;

/** How many items and how many not over the threshold: as the analysis counted them, else from the items. */
export function itemCounts(result: ProcurementResult): { items: number; below: number } {
  return {
    items: countOf(result, "items", () => result.items.length),
    below: countOf(result, "below", () => result.items.filter((i) => i.reportable === false).length),
  };
}

export class ProcurementColumns {
  length = 0;
  /** Not over the threshold (reportable false). */
  below = 0;
  private readonly row: Int32Array;
  /** NaN for none. */
  private readonly valueSek: Float64Array;
  /** 0 for null, 1 false, 2 true. */
  private readonly reportable: Uint8Array;
  private readonly area: (string | null)[];
  private readonly description: (string | null)[];
  private readonly plannedStart: (string | null)[];
  private readonly periodStart: (string | null)[];
  private readonly periodEnd: (string | null)[];
  private readonly periodEndWithOptions: (string | null)[];
  private readonly type: (ContractType | null)[];
  /** The values written as ranges, by entry (few). */
  private readonly ranges = new Map<number, [number, number]>();
  private readonly list = new MadeOnce<ProcurementItem>();

  /** `capacity`: the table's rows (no more are added); `descriptionColumn`: the worksheet column of Beskrivning. */
  constructor(
    capacity: number,
    private readonly descriptionColumn: number,
  ) {
    this.row = new Int32Array(capacity);
    this.valueSek = new Float64Array(capacity);
    this.reportable = new Uint8Array(capacity);
    // Made as long as the table at once: no copy as they grow.
    this.area = new Array<string | null>(capacity);
    this.description = new Array<string | null>(capacity);
    this.plannedStart = new Array<string | null>(capacity);
    this.periodStart = new Array<string | null>(capacity);
    this.periodEnd = new Array<string | null>(capacity);
    this.periodEndWithOptions = new Array<string | null>(capacity);
    this.type = new Array<ContractType | null>(capacity);
  }

  add(item: ItemRead): void {
    const i = this.length++;
    this.row[i] = item.row;
    this.valueSek[i] = keptNumber(item.valueSek);
    this.reportable[i] = keptFlag(item.reportable);
    if (item.reportable === false) this.below++;
    this.area[i] = item.area;
    this.description[i] = item.description;
    this.plannedStart[i] = item.plannedStart;
    this.periodStart[i] = item.periodStart;
    this.periodEnd[i] = item.periodEnd;
    this.periodEndWithOptions[i] = item.periodEndWithOptions;
    this.type[i] = item.type;
    if (item.valueRangeSek) this.ranges.set(i, item.valueRangeSek);
  }

  /** The result: its items made when first read, the sums now; its counts known to itemCounts. */
  result(thresholdSek: number): ProcurementResult {
    const result: ProcurementResult = { items: [], ...this.sums(), thresholdSek };
    return withCounts(madeWhenRead(result, "items", this), { items: this.length, below: this.below });
  }

  /**
   * The procurements over the threshold summed, by area and by contract type; each adds up to the
   * total. Summed in arrays of numbers (a sum kept in an object is a new number on the heap at
   * each addition), in the order the areas first come; then as the records the result gives.
   */
  private sums(): Pick<ProcurementResult, "totalSek" | "byArea" | "byType"> {
    const areaIndex = new Map<string, number>();
    const areaSums: number[] = [];
    const typeSums = [0, 0, 0, 0];
    let totalSek = 0;
    for (let i = 0; i < this.length; i++) {
      const valueSek = this.valueSek[i];
      if (this.reportable[i] !== 2 || Number.isNaN(valueSek)) continue;
      totalSek += valueSek;
      const area = this.area[i] ?? "";
      let index = areaIndex.get(area);
      if (index === undefined) {
        index = areaSums.length;
        areaIndex.set(area, index);
        areaSums.push(0);
      }
      areaSums[index] += valueSek;
      typeSums[TYPES.indexOf(this.type[i] ?? "unknown")] += valueSek;
    }
    const byArea: Record<string, number> = {};
    areaIndex.forEach((index, area) => (byArea[area] = areaSums[index]));
    const byType = { goods: typeSums[0], services: typeSums[1], works: typeSums[2], unknown: typeSums[3] };
    return { totalSek, byArea, byType };
  }

  /** The items as objects, made at the first call. */
  objects(): ProcurementItem[] {
    return this.list.of(this.length, (i) => {
      return {
        row: this.row[i],
        cell: a1(this.row[i], this.descriptionColumn),
        area: this.area[i],
        description: this.description[i],
        plannedStart: this.plannedStart[i],
        periodStart: this.periodStart[i],
        periodEnd: this.periodEnd[i],
        periodEndWithOptions: this.periodEndWithOptions[i],
        valueSek: numberOrNull(this.valueSek[i]),
        valueRangeSek: this.ranges.get(i) ?? null,
        type: this.type[i],
        reportable: flagOrNull(this.reportable[i]),
      };
    });
  }
}

// Its hidden class kept between analyses (shapes.ts).
keepShape(new ProcurementColumns(0, 1));
