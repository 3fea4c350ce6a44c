/**
 * What "empty" means, for the core and for every adapter (Excel, the package writer, the demo):
 *
 * - **Empty** (`isEmptyCell`): the cell holds nothing at all — no value (null, undefined or the
 *   empty string "" that Office.js and the readers give for it) and no formula. Only an empty cell
 *   may Plankoll write into (a computed Riskvärde, the added columns). Anything else is the user's
 *   content, a lone space included: it is never written over, and a cell that was empty when the
 *   sheet was read but holds anything when Plankoll writes refuses the write ("sheetChanged").
 * - **Blank** (`isBlank`): for judging a table, a cell with nothing but spaces says nothing: a
 *   required cell holding " " is missing (REQUIRED_MISSING), a row of spaces is no data. A blank
 *   cell that is not empty is still the user's, so Plankoll does not write into it either.
 *
 * A formula is known to the core as `Grid.formulaCells`: its cell is never empty, whatever it shows.
 */
import type { CellValue } from "./types";

/** Nothing at all: the only cells Plankoll may write into (a formula cell is not empty; see Grid.formulaCells). */
export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === "" || value === null || value === undefined;
}

const ONLY_SPACE = /^\s*$/;

/** Nothing to judge: empty, or only spaces (which are still the user's content). */
export function isBlank(value: CellValue | undefined): boolean {
  if (isEmptyCell(value)) return true;
  if (typeof value !== "string") return false;
  // Most texts start with a printable ASCII character or a letter before U+1680 (the first space
  // above U+00A0): not blank, told without the pattern (this runs for every cell of a table).
  const first = value.charCodeAt(0);
  if ((first > 32 && first < 127) || (first > 160 && first < 0x1680)) return false;
  return ONLY_SPACE.test(value);
}
