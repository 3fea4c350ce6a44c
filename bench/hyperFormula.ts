/**
 * The same risk register computed with formulas in HyperFormula (a development dependency, GPL-3.0,
 * used by the bench only and never shipped), as a spreadsheet engine would: each row's levels from
 * its labels, the value, whether the stated value differs, the zone, and the 5 × 5 matrix by
 * COUNTIFS. Returns how many rows' stated values differ or could not be read (npm run bench).
 */
import { HyperFormula } from "hyperformula";
import type { CellValue } from "../src/core/types";

export function hyperFormulaRegister(values: readonly (readonly CellValue[])[]): number {
  const header = values.findIndex((r) => r.some((v) => typeof v === "string" && /^sannolikhet/i.test(v)));
  const first = header + 2; // 1-based row of the first risk
  const last = values.length;
  const sheet: (CellValue | string)[][] = values.map((row, i) => {
    const cells = [...row];
    while (cells.length < 7) cells.push("");
    if (i <= header) return cells;
    const n = i + 1;
    // H: probability, I: consequence, J: value, K: differs, L: zone
    cells.push(
      `=IFERROR(VALUE(LEFT(D${n},1)),0)`,
      `=IFERROR(VALUE(LEFT(E${n},1)),0)`,
      `=H${n}*I${n}`,
      `=IF(OR(H${n}=0,I${n}=0),1,IF(ISNUMBER(F${n}),IF(F${n}<>J${n},1,0),IF(LEN(F${n})=0,0,1)))`,
      `=IF(J${n}<=4,"Låg",IF(J${n}<=9,"Medium","Kritisk"))`,
    );
    return cells;
  });
  const matrix: string[][] = [];
  for (let p = 1; p <= 5; p++) {
    const row: string[] = [];
    for (let k = 1; k <= 5; k++) row.push(`=COUNTIFS(H${first}:H${last},${p},I${first}:I${last},${k})`);
    matrix.push(row);
  }
  const engine = HyperFormula.buildFromSheets(
    { Data: sheet as (string | number | boolean | null)[][], Matris: matrix },
    { licenseKey: "gpl-v3", maxRows: Math.max(40_000, values.length + 1) },
  );
  const computed = engine.getSheetValues(0);
  let differs = 0;
  for (let r = header + 1; r < computed.length; r++) differs += Number(computed[r][10] ?? 0);
  engine.destroy();
  return differs;
}
