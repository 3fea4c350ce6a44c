/** A Plankoll sheet written line by line (the transparency report, the survey's documentation). */
import type { SheetCell } from "../../plan";
import { COLORS } from "../../plan";

/** The sheet as it is written: its cells and the row the next line goes to. */
export class Rows {
  readonly cells: SheetCell[] = [];
  readonly merges: string[] = [];
  /** Rows given a height of their own (room to write in by hand). */
  readonly heights: Record<number, number> = {};
  row = 1;
  line(value: string, bold = false): void {
    this.cells.push({ row: this.row++, col: 1, value, bold });
  }
  /** A section's heading: bold on the header's fill. */
  heading(value: string): void {
    this.cells.push({ row: this.row++, col: 1, value, bold: true, fill: COLORS.header });
  }
  /** A point to answer by hand: its label, and a bordered box to write in as wide as the columns up to `lastColumn`. */
  box(label: string, lastColumn: string, height: number): void {
    this.merges.push(`B${this.row}:${lastColumn}${this.row}`);
    this.heights[this.row] = height;
    this.cells.push(
      { row: this.row, col: 1, value: label, bold: true, wrap: true, top: true, border: true },
      { row: this.row, col: 2, value: "", border: true },
    );
    this.row++;
  }
  header(heads: readonly string[]): void {
    heads.forEach((value, i) =>
      this.cells.push({ row: this.row, col: i + 1, value, bold: true, fill: COLORS.header, border: true }),
    );
    this.row++;
  }
  /** One row of a table: each value bordered, numbers in their format, text wrapped. */
  cellsRow(
    values: readonly (string | number | null)[],
    options: { fill?: string; formats?: (string | undefined)[] } = {},
  ): void {
    values.forEach((value, i) => {
      if (value === null) return;
      const format = options.formats?.[i];
      this.cells.push({
        row: this.row,
        col: i + 1,
        value,
        border: true,
        wrap: typeof value === "string",
        top: true,
        ...(options.fill ? { fill: options.fill } : {}),
        ...(format && typeof value === "number" ? { numberFormat: format } : {}),
      });
    });
    this.row++;
  }
}
