/**
 * Plankoll's own sheets in Excel (review, summaries, one worker's pay information): written as
 * the core planned them, fitted to their text, with their charts (and the charts' own data),
 * merged areas, formats and print setup.
 */
import { withChartData, freeSheetName, isPlankollSheet, type FinishedSheet, type SheetCell } from "../core";
import { a1, quoteSheet } from "../core/sheet/address";
import { Batch, PAYLOAD_BUDGET, jsonBytes } from "./batch";
import { addressChunks, bridgedRuns, safeValue, groupBy, fillLayers, boldAreas, runAddresses } from "./ranges";

/**
 * A sheet of Plankoll's on its own, outside Skriv resultat (the pay information of Art. 7): under
 * a name no sheet has, activated; not recorded for Rensa (it is the user's to keep or delete). One
 * that `replaces` (a log) takes the place of Plankoll's sheet of its name.
 */
export async function addOwnSheet(context: Excel.RequestContext, given: FinishedSheet): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  // A log of Plankoll's kept up to date takes the place of the one there (Excel compares names without case).
  const wanted = given.name.toLocaleLowerCase("sv");
  const old =
    given.replaces &&
    isPlankollSheet(given.name) &&
    worksheets.items.find((s) => s.name.toLocaleLowerCase("sv") === wanted);
  // Queued with the new sheet's writes: Excel runs them in order, in the batch's next request.
  if (old) worksheets.getItem(old.name).delete();
  const name = freeSheetName(
    given.name,
    worksheets.items.filter((s) => s !== old).map((s) => s.name),
  );
  const batch = new Batch(context, PAYLOAD_BUDGET);
  await addSheet(context, { ...given, name }, batch);
  await batch.reserve(40);
  context.workbook.worksheets.getItem(name).activate();
  await batch.flush();
  return name;
}

const addressOf = (c: { row: number; col: number }) => a1(c.row, c.col);

/** Excel's colour for a link (its Hyperlink style). */
const LINK_COLOR = "#0563C1";
/** A text in a formula holds at most 255 characters: a link whose text is longer is set as the cell's hyperlink. */
const FORMULA_TEXT_CHARS = 255;
const inFormula = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A link to a user's cell as a HYPERLINK formula, written with the sheet's values: a review of
 * 10 000 findings sends 10 000 short formulas in its value blocks, not 10 000 requests of their
 * own (about 45 bytes a link instead of 350). Null where the text is too long for a formula.
 */
export function linkFormula(cell: SheetCell): string | null {
  if (!cell.link) return null;
  const target = `#${quoteSheet(cell.link.sheet)}!${cell.link.cell}`;
  const text = String(cell.value);
  if (text.length > FORMULA_TEXT_CHARS || target.length > FORMULA_TEXT_CHARS) return null;
  return `=HYPERLINK(${inFormula(target)},${inFormula(text)})`;
}

/** The values in row blocks that fit the payload budget. */
async function writeValues(sheet: Excel.Worksheet, cells: readonly SheetCell[], batch: Batch): Promise<void> {
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  const values: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  for (const c of cells) values[c.row - 1][c.col - 1] = linkFormula(c) ?? safeValue(c.value);
  const rowsPerBlock = Math.max(1, Math.floor(rows / Math.max(1, Math.ceil(jsonBytes(values) / 1_000_000))));
  for (let r = 0; r < rows; r += rowsPerBlock) {
    const block = values.slice(r, r + rowsPerBlock);
    await batch.reserve(jsonBytes(block));
    sheet.getRangeByIndexes(r, 0, block.length, cols).untrack().values = block;
  }
}

/**
 * Number formats in column blocks that bridge a few rows (a range takes one format per cell; a
 * null leaves a cell's as it is): a register of 1 700 categories is a few blocks per column, not
 * one request per run of one format.
 */
async function numberFormats(sheet: Excel.Worksheet, cells: readonly SheetCell[], batch: Batch): Promise<void> {
  const formatOf = new Map<string, string>();
  for (const c of cells) if (c.numberFormat) formatOf.set(addressOf(c), c.numberFormat);
  for (const run of bridgedRuns([...formatOf.keys()])) {
    const formats = run.cells.map((cell) => [cell === null ? null : formatOf.get(cell)!]);
    await batch.reserve(jsonBytes(formats) + run.range.length);
    sheet.getRange(run.range).untrack().numberFormat = formats as string[][];
  }
}

/**
 * Bordered cells as rectangles: each column's runs of rows, joined with the next column's where
 * they span the same rows. A table of 30 000 rows × 10 columns is one rectangle, not 300 000 cells.
 */
export function rectangles(
  cells: readonly { row: number; col: number }[],
): { r0: number; c0: number; r1: number; c1: number }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const open = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
  const done: { r0: number; c0: number; r1: number; c1: number }[] = [];
  for (let i = 0; i < sorted.length;) {
    const { col, row } = sorted[i];
    let end = i + 1;
    while (end < sorted.length && sorted[end].col === col && sorted[end].row === sorted[end - 1].row + 1) end++;
    const key = `${row}:${sorted[end - 1].row}`;
    const rect = open.get(key);
    if (rect && rect.c1 === col - 1) rect.c1 = col;
    else {
      if (rect) done.push(rect);
      open.set(key, { r0: row, c0: col, r1: sorted[end - 1].row, c1: col });
    }
    i = end;
  }
  return [...done, ...open.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/**
 * A thin border around each bordered cell: the rectangles' edges and the lines inside them, set
 * on up to 400 rectangles at once (each area of a getRanges takes the border as its own). Lines
 * inside are set only on rectangles that have them: those of one shape go together.
 */
async function borders(sheet: Excel.Worksheet, cells: readonly SheetCell[], batch: Batch): Promise<void> {
  const shapes = groupBy(rectangles(cells.filter((c) => c.border)), (r) => `${r.r1 > r.r0}${r.c1 > r.c0}`);
  for (const rects of shapes.values()) {
    const { r0, r1, c0, c1 } = rects[0];
    const edges = [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
      ...(r1 > r0 ? [Excel.BorderIndex.insideHorizontal] : []),
      ...(c1 > c0 ? [Excel.BorderIndex.insideVertical] : []),
    ];
    const areas = rects.map((r) =>
      r.r0 === r.r1 && r.c0 === r.c1 ? a1(r.r0, r.c0) : `${a1(r.r0, r.c0)}:${a1(r.r1, r.c1)}`,
    );
    for (const chunk of addressChunks(areas)) {
      await batch.reserve(chunk.length + 60 * edges.length);
      const borders = sheet.getRanges(chunk).untrack().format.borders;
      for (const edge of edges) borders.getItem(edge).style = Excel.BorderLineStyle.continuous;
    }
  }
}

/** Links to the user's cells (shown as links; set one by one only where no formula can hold one), and the charts drawn from the sheet's own data. */
async function linksAndCharts(sheet: Excel.Worksheet, spec: FinishedSheet, batch: Batch): Promise<void> {
  const links = spec.cells.filter((cell) => cell.link);
  for (const chunk of addressChunks(runAddresses(links.map(addressOf)))) {
    await batch.reserve(chunk.length + 40);
    const font = sheet.getRanges(chunk).untrack().format.font;
    font.color = LINK_COLOR;
    font.underline = "Single";
  }
  for (const c of links.filter((cell) => linkFormula(cell) === null)) {
    const link = c.link!;
    await batch.reserve(link.sheet.length + link.cell.length + 40);
    sheet.getRange(addressOf(c)).untrack().hyperlink = {
      documentReference: `${quoteSheet(link.sheet)}!${link.cell}`,
      textToDisplay: String(c.value),
    };
  }
  for (const chart of spec.charts ?? []) {
    await batch.reserve(chart.title.length + 200);
    const drawn = sheet.charts.add(
      Excel.ChartType.columnClustered,
      sheet.getRange(chart.data),
      Excel.ChartSeriesBy.columns,
    );
    drawn.title.text = chart.title;
    for (const index of chart.lineSeries) drawn.series.getItemAt(index).chartType = Excel.ChartType.line;
    drawn.setPosition(chart.anchor, chart.to);
  }
}

/**
 * Column widths, and row heights: the rows of one height together, as areas of adjacent rows
 * ("5:5,9:12"), so that a long review sheet of many heights is a few requests per height, not one
 * per run of rows.
 */
async function sizes(sheet: Excel.Worksheet, spec: FinishedSheet, batch: Batch): Promise<void> {
  for (let i = 0; i < spec.columnWidths.length; i++) {
    await batch.reserve(20);
    // Excel measures column width in points; a character is about 7 points wide.
    sheet.getRangeByIndexes(0, i, 1, 1).untrack().format.columnWidth = spec.columnWidths[i] * 7;
  }
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    const rows = byHeight.get(height) ?? [];
    rows.push(Number(row));
    byHeight.set(height, rows);
  }
  for (const [height, rows] of byHeight) {
    rows.sort((a, b) => a - b);
    const areas: string[] = [];
    for (let i = 0; i < rows.length;) {
      let end = i + 1;
      while (end < rows.length && rows[end] === rows[end - 1] + 1) end++;
      areas.push(`${rows[i]}:${rows[end - 1]}`);
      i = end;
    }
    for (const chunk of addressChunks(areas)) {
      await batch.reserve(chunk.length + 30);
      sheet.getRanges(chunk).untrack().format.rowHeight = height;
    }
  }
}

export async function addSheet(context: Excel.RequestContext, given: FinishedSheet, batch: Batch): Promise<void> {
  await batch.reserve(given.name.length);
  const sheet = context.workbook.worksheets.add(given.name);
  if (given.cells.length === 0) return;
  // Widths, heights and page as the core finished them; this adapter draws the charts, so their
  // own data is written too (under them).
  const spec = { ...withChartData(given), landscape: given.landscape };
  await writeValues(sheet, spec.cells, batch);
  await fillLayers(sheet, spec.cells, (c) => c.fill, addressOf, batch);
  await boldAreas(sheet, spec.cells.filter((c) => c.bold).map(addressOf), batch);
  // Merged areas (a line of text across a table's width, a matrix's labels), as the package writer merges them.
  for (const merge of spec.merges ?? []) {
    await batch.reserve(merge.length + 20);
    sheet.getRange(merge).untrack().merge(false);
  }
  for (const chunk of addressChunks(runAddresses(spec.cells.filter((c) => c.wrap).map(addressOf)))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.wrapText = true;
  }
  await numberFormats(sheet, spec.cells, batch);
  for (const chunk of addressChunks(runAddresses(spec.cells.filter((c) => c.top).map(addressOf)))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.verticalAlignment = "Top";
  }
  for (const chunk of addressChunks(runAddresses(spec.cells.filter((c) => c.center).map(addressOf)))) {
    await batch.reserve(chunk.length);
    sheet.getRanges(chunk).untrack().format.horizontalAlignment = Excel.HorizontalAlignment.center;
  }
  await borders(sheet, spec.cells, batch);
  await linksAndCharts(sheet, spec, batch);
  await sizes(sheet, spec, batch);
  await printLayout(sheet, spec, batch);
}

/**
 * The sheet set up to print as the package writer sets it (plan.ts printSetup): A4, one page
 * wide and as many down as it needs (the zoom Excel's own recorder writes for "Fit all columns on
 * one page"), narrow margins, the table's header on every page, a page break before each block
 * that must not be cut. ExcelApi 1.9, the add-in's least.
 */
export async function printLayout(sheet: Excel.Worksheet, spec: FinishedSheet, batch: Batch): Promise<void> {
  await batch.reserve(400);
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = spec.landscape ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null as unknown as number };
  // Inches as the package writer gives them (0.5 at the sides, 0.6 top and bottom), in points.
  layout.leftMargin = 36;
  layout.rightMargin = 36;
  layout.topMargin = 43.2;
  layout.bottomMargin = 43.2;
  layout.headerMargin = 21.6;
  layout.footerMargin = 21.6;
  if (spec.titleRows) layout.setPrintTitleRows(`$${spec.titleRows[0]}:$${spec.titleRows[1]}`);
  for (const row of spec.pageBreaks ?? []) {
    await batch.reserve(40);
    sheet.horizontalPageBreaks.add(`A${row}`);
  }
}
