/**
 * The values a template writes, recorded compactly: a worksheet row, column and value per write in
 * arrays, and what else the write carries (its fill, bold, how it was computed) as one object that
 * writes alike share. A register of 100 000 rows writes a zone on each: as objects with an address
 * each, those were a quarter of its analysis (and of the garbage collector's work, since they all
 * live until the sheet is written). The plan's `writes` are made into CellWrite objects only when
 * an adapter reads them (sheetPlan), and its marks likewise; the review reads neither.
 */
import { COLORS, type CellMark, type CellWrite, type SheetPlan } from "./plan";
import { a1, parseA1 } from "./sheet/address";
import { grown } from "./grow";
import { keepShape } from "./shapes";

/** What a write carries besides its cell and value, as it stands in a CellWrite (fill, bold, computed). */
export type WriteLook = Omit<CellWrite, "cell" | "value">;

/** The look of a Plankoll column's header: bold, on the header fill. */
export const HEADER_LOOK: WriteLook = Object.freeze({ bold: true, fill: COLORS.header });

/** A look of one fill, shared by every write of that fill. */
export function fillLook(fill: string): WriteLook {
  let look = fills.get(fill);
  if (!look) fills.set(fill, (look = Object.freeze({ fill })));
  return look;
}
const fills = new Map<string, WriteLook>();

export class WriteList {
  // Rows and columns in typed arrays grown by doubling, the looks as an index into the list's few
  // looks (0: none): no tagged store per write but its value.
  private rows: Int32Array;
  private cols: Int32Array;
  private readonly values: (string | number)[];
  private lookIndex: Int32Array;
  private readonly lookTable: (WriteLook | undefined)[] = [undefined];
  private readonly lookNumbers = new Map<WriteLook, number>();
  private count = 0;

  /**
   * `capacity`: the writes expected (a template writing on every row knows them: its rows times
   * its columns), made room for at once — grown by doubling from 16, a register's 300 000 writes
   * were 9 MB of copies of the lists as they grew.
   */
  constructor(capacity = 16) {
    const size = Math.max(16, capacity);
    this.rows = new Int32Array(size);
    this.cols = new Int32Array(size);
    this.lookIndex = new Int32Array(size);
    this.values = size > 16 ? new Array<string | number>(size) : [];
  }

  /** A list of the writes given as objects (a template with a few, or none). */
  static of(writes: readonly CellWrite[]): WriteList {
    const list = new WriteList();
    for (const { cell, value, ...look } of writes) {
      const { row, column } = parseA1(cell);
      list.add(row, column, value, Object.keys(look).length ? look : undefined);
    }
    return list;
  }

  get length(): number {
    return this.count;
  }

  /** A value for the cell at a worksheet row and column (1-based), with its look (a shared object). */
  add(row: number, col: number, value: string | number, look?: WriteLook): void {
    // No cell holds a number past the doubles (a cost over a headcount read as 5e-324): never written.
    if (typeof value === "number" && !Number.isFinite(value)) return;
    const i = this.count;
    if (i === this.rows.length) this.grow();
    this.rows[i] = row;
    this.cols[i] = col;
    this.values[i] = value;
    this.lookIndex[i] = look === undefined ? 0 : this.lookNumber(look);
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.rows.length * 2;
    this.rows = grown(this.rows, size);
    this.cols = grown(this.cols, size);
    this.lookIndex = grown(this.lookIndex, size);
  }

  /** A look's place in the table, each look once (the last one's asked first: a column's writes share theirs). */
  private lookNumber(look: WriteLook): number {
    const table = this.lookTable;
    if (table[table.length - 1] === look) return table.length - 1;
    let k = this.lookNumbers.get(look);
    if (k === undefined) {
      k = table.push(look) - 1;
      this.lookNumbers.set(look, k);
    }
    return k;
  }

  /** Every write of another list after this one's. */
  append(other: WriteList): void {
    for (let i = 0; i < other.length; i++) this.add(other.rows[i], other.cols[i], other.values[i], other.look(i));
  }

  row(i: number): number {
    return this.rows[i];
  }
  col(i: number): number {
    return this.cols[i];
  }
  value(i: number): string | number {
    return this.values[i];
  }
  look(i: number): WriteLook | undefined {
    return this.lookTable[this.lookIndex[i]];
  }
  cell(i: number): string {
    return a1(this.rows[i], this.cols[i]);
  }

  /** The writes whose index passes `keep`, in their order (this list itself when every one does). */
  filter(keep: (i: number) => boolean): WriteList {
    let kept: WriteList | null = null;
    for (let i = 0; i < this.length; i++) {
      if (keep(i)) kept?.add(this.rows[i], this.cols[i], this.values[i], this.look(i));
      else if (!kept) {
        kept = new WriteList(this.length);
        for (let j = 0; j < i; j++) kept.add(this.rows[j], this.cols[j], this.values[j], this.look(j));
      }
    }
    return kept ?? this;
  }

  /** The writes as the plan gives them to adapters: one CellWrite each, its look's members after its cell and value. */
  toArray(): CellWrite[] {
    const writes = new Array<CellWrite>(this.length);
    for (let i = 0; i < this.length; i++) {
      const look = this.look(i);
      const cell = a1(this.rows[i], this.cols[i]);
      writes[i] = look ? { cell, value: this.values[i], ...look } : { cell, value: this.values[i] };
    }
    return writes;
  }
}

// The list's hidden class kept between analyses (shapes.ts).
keepShape(new WriteList(1));

/** The compact writes behind each plan sheetPlan made (an adapter may read them without the objects). */
const compact = new WeakMap<SheetPlan, WriteList>();

/**
 * A sheet's plan whose marks and writes are made when first read: the marks from the findings
 * (`marks`, called once), the writes into CellWrite objects; until then (and for an adapter that
 * asks, compactWrites) the writes stay a WriteList. A review reads neither; assigning replaces them.
 */
export function sheetPlan(sheet: string, marks: () => CellMark[], writes: WriteList): SheetPlan {
  let madeMarks: CellMark[] | null = null;
  let madeWrites: CellWrite[] | null = null;
  const plan: SheetPlan = {
    sheet,
    get marks(): CellMark[] {
      return (madeMarks ??= marks());
    },
    set marks(value: CellMark[]) {
      madeMarks = value;
    },
    get writes(): CellWrite[] {
      return (madeWrites ??= writes.toArray());
    },
    set writes(value: CellWrite[]) {
      madeWrites = value;
      compact.delete(plan);
    },
  };
  compact.set(plan, writes);
  return plan;
}

/** The compact writes of a plan sheetPlan made and nobody has replaced since; null for any other plan. */
export function compactWrites(plan: SheetPlan): WriteList | null {
  return compact.get(plan) ?? null;
}

/** A plan's writes as a list: its compact writes where it has them (no object read), else made from its objects. */
export function writeListOf(plan: SheetPlan): WriteList {
  return compactWrites(plan) ?? WriteList.of(plan.writes);
}
