/**
 * A fake Office.js request context for the Excel adapter: an in-memory workbook, a queue of
 * actions applied on sync, and the rules that bite in real Excel — reading a property that was
 * not loaded and synced throws, getRanges refuses too many areas, every sync's request and
 * response are measured in bytes.
 */
import type { CellValue } from "../../src/core/types";
import { parseA1 } from "../../src/core/sheet/address";
import { excelPort, type WorkbookPort } from "../../src/excel/port";

export interface FakeFormat {
  fillColor: string | null;
  fillPattern: string;
  bold: boolean;
  wrap?: boolean;
  align?: string;
  valign?: string;
  /** All four edges bordered; `edges` holds which are ("blrt"). */
  border?: boolean;
  edges?: string;
  /** A border item being set (applyFormat), not kept on a cell. */
  edge?: string;
  edgeStyle?: string;
  columnWidth?: number;
  rowHeight?: number;
  numberFormat?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  fontColor?: string;
  underline?: string;
}

export interface FakeChart {
  type: string;
  data: string;
  seriesBy: string;
  title?: string;
  lineSeries: number[];
  anchor?: string;
}

export interface FakeValidation {
  prompt?: { showPrompt: boolean; title: string; message: string };
  rule?: { list?: { inCellDropDown: boolean; source: string } };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

/** An error as Office.js gives it: a code beside the message. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

export class FakeSheet {
  visibility = "Visible";
  /** Cells Excel would have taken as formulas ("row,col"). */
  formulas = new Set<string>();
  /** Review > Protect Sheet: every change to its cells is refused with AccessDenied. */
  isProtected = false;
  charts: FakeChart[] = [];
  /** Data validation by the address it was set on. */
  validations = new Map<string, FakeValidation>();
  frozenRows = 0;
  /** The sheet's page layout as set through worksheet.pageLayout (ExcelApi 1.9). */
  page: {
    paperSize?: string;
    orientation?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number | null };
    margins: Record<string, number>;
    titleRows?: string;
  } = { margins: {} };
  /** Worksheet.onChanged handlers registered on this sheet. */
  changeHandlers = new Set<(event: { address: string; source: string; changeType: string }) => Promise<void>>();
  /**
   * The user types a value into a cell (0-based row and column), as in Excel: the value is
   * there, and every handler of onChanged hears of it after the edit (not within it).
   */
  edit(row: number, col: number, value: CellValue): void {
    this.set(row, col, value);
    const address = `${columnName(col)}${row + 1}`;
    for (const handler of this.changeHandlers)
      setTimeout(() => void handler({ address, source: "Local", changeType: "RangeEdited" }), 0);
  }
  /** Row heights in points, by row number (format.rowHeight). */
  rowHeights = new Map<number, number>();
  /** Rows a manual page break stands above (horizontalPageBreaks.add). */
  pageBreaks: number[] = [];
  /** Merged areas, as Excel keeps them (the value stays in the top-left cell). */
  merges: Rect[] = [];
  /** Excel tables: name, area (header and total rows included) and which of those rows show. */
  tables: { name: string; address: string; showHeaders: boolean; showTotals: boolean }[] = [];
  /** A formula's text by "row,col", where its cell's value is the formula's result. */
  formulaText = new Map<string, string>();
  values: CellValue[][] = [];
  formats = new Map<string, FakeFormat>();
  notes = new Map<string, string>();
  /** Threaded comments by cell: a cell with one takes no note (Excel refuses to add it). */
  comments = new Map<string, string>();
  constructor(public name: string) {}

  get(row: number, col: number): CellValue {
    return this.values[row]?.[col] ?? "";
  }
  /** Throws as Excel does when a protected sheet is changed. */
  assertWritable(): void {
    if (this.isProtected) throw officeError("AccessDenied", "The cell or chart you're trying to change is protected.");
  }
  set(row: number, col: number, value: CellValue): void {
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row];
    while (r.length <= col) r.push("");
    r[col] = value;
  }
  format(row: number, col: number): FakeFormat {
    return this.formats.get(`${row},${col}`) ?? { fillColor: null, fillPattern: "None", bold: false };
  }
  setFormat(row: number, col: number, change: Partial<FakeFormat>): void {
    this.formats.set(`${row},${col}`, { ...this.format(row, col), ...change });
  }
  /** The bounding box of non-empty values, as getUsedRange(true) gives it. */
  /** The used range (values only), or the used part of `within`. */
  usedBox(within?: Rect): { r0: number; c0: number; rows: number; cols: number } | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    this.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "" || v === null) return;
        if (within && (r < within.r0 || r >= within.r0 + within.rows || c < within.c0 || c >= within.c0 + within.cols))
          return;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = "";
  /** Worksheets.onActivated handlers. */
  readonly activationHandlers = new Set<(event: { worksheetId: string }) => Promise<void>>();
  /** The user clicks a sheet's tab: it becomes active, and every onActivated handler hears of it. */
  async activate(name: string): Promise<void> {
    this.active = this.sheet(name).name;
    for (const handler of [...this.activationHandlers]) await handler({ worksheetId: name });
  }
  /** Review > Protect Workbook: sheets can be neither added nor deleted. */
  structureProtected = false;
  /** Makes getSpecialCells fail, as an Excel might on a range it will not analyse. */
  specialCellsFail = false;
  /**
   * Where an areas' address is cut short, as VBA's Range.Address is at 255 characters (whole areas
   * kept): what Plankoll must never take for all of them. Infinity: never.
   */
  areasAddressChars = Infinity;
  /** An Excel without ExcelApi 1.18: office.js refuses every notes call (ApiNotFound) before sending. */
  notesUnsupported = false;
  /**
   * How Excel reports fills: "exact", or as office-js issues #4900 and #6218 describe it — a
   * solid fill's pattern as null, and no fill as white with pattern null.
   */
  fillReports: "exact" | "unreliable" = "exact";
  addSheet(name: string, rows: CellValue[][] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && sheet.set(r, c, v)));
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`ItemNotFound: worksheet ${name}`);
    return found;
  }
}

/** Excel's grid: 1 048 576 rows × 16 384 columns. */
const WHOLE_SHEET = { r0: 0, c0: 0, rows: 1_048_576, cols: 16_384 };

interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

function rectOf(address: string): Rect {
  const rows = address.replace(/^.*!/, "").match(/^\$?(\d+):\$?(\d+)$/);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, cols: 16_384 };
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  return {
    r0: start.row - 1,
    c0: start.column - 1,
    rows: end.row - start.row + 1,
    cols: end.column - start.column + 1,
  };
}

function cellsOf(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.r0; r < rect.r0 + rect.rows; r++) for (let c = rect.c0; c < rect.c0 + rect.cols; c++) fn(r, c);
}

interface Action {
  bytes: number;
  run(): number | void;
}

export class FakeContext {
  syncs = 0;
  requests = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  totalBytes = 0;
  private queue: Action[] = [];
  private epoch = 0;
  readonly workbook: { worksheets: FakeWorksheets; protection: FakeProtection };

  constructor(readonly model: FakeWorkbook) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      protection: new FakeProtection(this, () => model.structureProtected),
    };
  }

  /** Queues an action; its request size is the JSON of what it sends plus the object path. */
  enqueue(payload: unknown, run: () => number | void): void {
    this.requests++;
    this.queue.push({ bytes: JSON.stringify(payload ?? null).length + 60, run });
  }

  get syncEpoch(): number {
    return this.epoch;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    let request = 0;
    let response = 0;
    for (const action of queue) {
      request += action.bytes;
      response += action.run() ?? 0;
    }
    this.syncs++;
    this.epoch++;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, request);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, response);
    this.totalBytes += request + response;
  }
}

/** A loadable object: properties become readable only after load() and a sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} was read before load() and sync()`);
    return this.loaded.get(prop) as T;
  }
  protected queueLoad(props: string[], fetch: (prop: string) => unknown): void {
    this.ctx.enqueue({ load: props }, () => {
      let bytes = 0;
      for (const p of props) {
        const value = fetch(p);
        this.loaded.set(p, value);
        bytes += JSON.stringify(value ?? null).length;
      }
      return bytes;
    });
  }
}

/** worksheet.protection and workbook.protection: only `protected`, after load and sync. */
class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly isProtected: () => boolean,
  ) {
    super(ctx);
  }
  load(props: string): this {
    if (props !== "protected") throw new Error(`fake cannot load protection.${props}`);
    this.queueLoad(["protected"], () => this.isProtected());
    return this;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class FakeWorksheets extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(this.ctx.model.active));
  }
  /** Worksheets.onActivated: kept on the workbook from the sync on; the event names the sheet by its id (the fake's ids are names). */
  get onActivated() {
    const model = this.ctx.model;
    return {
      add: (handler: (event: { worksheetId: string }) => Promise<void>) => {
        this.ctx.enqueue({ onActivated: "add" }, () => void model.activationHandlers.add(handler));
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.enqueue({ onActivated: "remove" }, () => void model.activationHandlers.delete(handler)),
        };
      },
    };
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name));
    sheet.probeNull(() => !this.ctx.model.sheets.some((s) => s.name === name));
    return sheet;
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue({ add: name }, () => {
      if (this.ctx.model.structureProtected) throw officeError("AccessDenied", "The workbook is protected.");
      if (this.ctx.model.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.model.addSheet(name);
    });
    return this.getItem(name);
  }
  load(props: string): this {
    if (props === "items/name,items/visibility") {
      this.queueLoad(["items"], () => this.ctx.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
      return this;
    }
    if (props !== "items/name") throw new Error(`fake supports load("items/name") only, not ${props}`);
    this.queueLoad(["items"], () => this.ctx.model.sheets.map((s) => ({ name: s.name })));
    return this;
  }
  get items(): { name: string; visibility?: string }[] {
    return this.read("items");
  }
}

class FakeWorksheet extends Loadable {
  readonly notes: FakeNotes;
  readonly comments: FakeComments;
  readonly charts: { add: (type: string, range: FakeRange, seriesBy: string) => unknown };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    this.notes = new FakeNotes(ctx, resolve);
    this.comments = new FakeComments(ctx, resolve);
    this.charts = { add: (type, range, seriesBy) => addChart(ctx, resolve, type, range, seriesBy) };
  }
  /** For *OrNullObject: isNullObject becomes readable at the next sync, as in Office.js. */
  probeNull(isNull: () => boolean): void {
    this.queueLoad(["isNullObject"], isNull);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, () => this.resolve().isProtected);
  }
  get tables(): FakeTables {
    return new FakeTables(this.ctx, this.resolve);
  }
  get pageLayout() {
    const ctx = this.ctx;
    const page = () => this.resolve().page;
    const set = (change: (p: FakeSheet["page"]) => void, payload: unknown) =>
      ctx.enqueue(payload, () => change(page()));
    const margin = (name: string) => ({
      set: (value: number) => set((p) => void (p.margins[name] = value), { [name]: value }),
    });
    const layout = {
      set paperSize(value: string) {
        set((p) => void (p.paperSize = value), { paperSize: value });
      },
      set orientation(value: string) {
        set((p) => void (p.orientation = value), { orientation: value });
      },
      set zoom(value: FakeSheet["page"]["zoom"]) {
        const scale = value?.scale;
        if (scale !== undefined && scale !== null && (scale < 10 || scale > 400))
          throw officeError("InvalidArgument", "The argument is invalid or missing.");
        set((p) => void (p.zoom = { ...value }), { zoom: value });
      },
      setPrintTitleRows(rows: string) {
        if (!/^\$\d+:\$\d+$/.test(rows)) throw officeError("InvalidArgument", "The argument is invalid or missing.");
        set((p) => void (p.titleRows = rows), { titleRows: rows });
      },
    };
    for (const name of ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"])
      Object.defineProperty(layout, name, { set: margin(name).set, enumerable: true });
    return layout;
  }
  get horizontalPageBreaks() {
    return {
      // As in Excel, add gives the page break (an object office.js instantiates).
      add: (range: string) => {
        const { row } = parseA1(range);
        this.ctx.enqueue({ pageBreak: range }, () => void this.resolve().pageBreaks.push(row));
        return { row };
      },
    };
  }
  /** Worksheet.onChanged: the handler is kept on the sheet from the sync on; remove() takes it off. */
  get onChanged() {
    return {
      add: (handler: (event: { address: string; source: string; changeType: string }) => Promise<void>) => {
        const resolve = this.resolve;
        this.ctx.enqueue({ onChanged: "add" }, () => void resolve().changeHandlers.add(handler));
        return {
          context: this.ctx,
          remove: () => this.ctx.enqueue({ onChanged: "remove" }, () => void resolve().changeHandlers.delete(handler)),
        };
      },
    };
  }
  get freezePanes() {
    return {
      freezeRows: (count: number) =>
        this.ctx.enqueue({ freezeRows: count }, () => void (this.resolve().frozenRows = count)),
    };
  }
  load(props: string): this {
    this.queueLoad(props.split(","), (p) => {
      if (p !== "name") throw new Error(`fake cannot load worksheet.${p}`);
      return this.resolve().name;
    });
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  set visibility(value: string) {
    this.ctx.enqueue({ visibility: value }, () => void (this.resolve().visibility = value));
  }
  delete(): void {
    this.ctx.enqueue({ delete: true }, () => {
      if (this.ctx.model.structureProtected) throw officeError("AccessDenied", "The workbook is protected.");
      const sheet = this.resolve();
      if (sheet.visibility === "VeryHidden") throw new Error("A very hidden sheet cannot be deleted");
      this.ctx.model.sheets = this.ctx.model.sheets.filter((s) => s !== sheet);
    });
  }
  activate(): void {
    this.ctx.enqueue({ activate: true }, () => void (this.ctx.model.active = this.resolve().name));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => this.resolve().usedBox());
  }
  getRangeByIndexes(r0: number, c0: number, rows: number, cols: number): FakeRange {
    this.ctx.enqueue({ getRangeByIndexes: [r0, c0, rows, cols] }, () => undefined);
    return new FakeRange(this.ctx, this.resolve, () => ({ r0, c0, rows, cols }));
  }
  getRange(address?: string): FakeRange {
    this.ctx.enqueue({ getRange: address ?? "" }, () => undefined);
    if (address === undefined) return new FakeRange(this.ctx, this.resolve, () => WHOLE_SHEET);
    const rect = rectOf(address);
    return new FakeRange(this.ctx, this.resolve, () => rect, address);
  }
  getRanges(address: string): FakeRangeAreas {
    const areas = address.split(",");
    if (areas.length > 500 || address.length > 8000) {
      throw Object.assign(
        new Error(`getRanges: ${areas.length} areas / ${address.length} characters is over Excel's limit`),
        { code: "InvalidArgument" },
      );
    }
    this.ctx.enqueue({ getRanges: address }, () => undefined);
    return new FakeRangeAreas(this.ctx, this.resolve, areas.map(rectOf));
  }
}

/** worksheet.tables: items with name, showHeaders and showTotals; each table's getRange(). */
class FakeTables extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  load(props: string): this {
    if (props !== "items/name,items/showHeaders,items/showTotals") throw new Error(`fake cannot load tables ${props}`);
    this.queueLoad(["items"], () =>
      this.sheet().tables.map((t) => ({
        name: t.name,
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        getRange: () => {
          this.ctx.enqueue({ tableRange: t.name }, () => undefined);
          const rect = rectOf(t.address);
          return new FakeRange(this.ctx, this.sheet, () => rect, t.address);
        },
      })),
    );
    return this;
  }
  get items(): { name: string; showHeaders: boolean; showTotals: boolean; getRange: () => FakeRange }[] {
    return this.read("items");
  }
}

/** A chart over a range: its settings are queued like every other action. */
function addChart(ctx: FakeContext, sheet: () => FakeSheet, type: string, range: FakeRange, seriesBy: string) {
  const chart: FakeChart = { type, data: range.addressForFake, seriesBy, lineSeries: [] };
  ctx.enqueue({ addChart: type }, () => void sheet().charts.push(chart));
  return {
    title: {
      set text(value: string) {
        ctx.enqueue({ title: value }, () => void (chart.title = value));
      },
    },
    series: {
      getItemAt: (index: number) => ({
        set chartType(value: string) {
          ctx.enqueue({ series: index, chartType: value }, () => {
            if (value === "Line") chart.lineSeries.push(index);
          });
        },
      }),
    },
    setPosition(anchor: string, to?: string) {
      ctx.enqueue({ setPosition: to ? `${anchor}:${to}` : anchor }, () => void (chart.anchor = anchor));
    },
  };
}

type FormatChange = Partial<FakeFormat> | "clearFill";

/** A cell's fill and bold as Excel reports them (fillReports: as documented, or as office-js #4900/#6218 describe). */
function reportedFormat(model: FakeWorkbook, f: FakeFormat): { color: string; pattern: string | null; bold: boolean } {
  const unreliable = model.fillReports === "unreliable" && (f.fillPattern === "Solid" || f.fillPattern === "None");
  return { color: f.fillColor ?? "#FFFFFF", pattern: unreliable ? null : f.fillPattern, bold: f.bold };
}

/**
 * A range's (or areas') fill or font as loaded: each property is its cells' value when they all
 * have the same, null when they differ — as Excel documents it for a range ("null indicates that
 * the entire range doesn't have a uniform … setting").
 */
class FakeUniformFormat extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly cells: () => FakeFormat[],
    /** Sets a format on the cells (one queued action), for the setters of FakeFill and FakeFont. */
    protected readonly apply: (change: FormatChange, payload: unknown) => void,
  ) {
    super(ctx);
  }
  load(props: string): this {
    const names = props.split(",");
    this.queueLoad(names, (name) => {
      const seen = new Set(
        this.cells().map((f) => reportedFormat(this.ctx.model, f)[name as "color" | "pattern" | "bold"]),
      );
      return seen.size === 1 ? [...seen][0] : null;
    });
    return this;
  }
  protected value(name: string): unknown {
    return this.read(name);
  }
}

class FakeFill extends FakeUniformFormat {
  get color(): string | null {
    return this.value("color") as string | null;
  }
  set color(value: string) {
    this.apply({ fillColor: value, fillPattern: "Solid" }, value);
  }
  get pattern(): string | null {
    return this.value("pattern") as string | null;
  }
  set pattern(value: string) {
    // Excel draws gradients but the API cannot set one.
    if (/Gradient$/.test(value)) throw officeError("InvalidArgument", "The argument is invalid or missing.");
    this.apply({ fillPattern: value }, value);
  }
  clear() {
    this.apply("clearFill", "clear");
  }
}

class FakeFont extends FakeUniformFormat {
  get bold(): boolean | null {
    return this.value("bold") as boolean | null;
  }
  set bold(value: boolean) {
    this.apply({ bold: value }, value);
  }
  set color(value: string) {
    this.apply({ fontColor: value }, value);
  }
  set underline(value: string) {
    this.apply({ underline: value }, value);
  }
}

/** Range formats: every setter becomes one queued action over the target cells; fill and font can be loaded. */
class FakeFormatProxy {
  constructor(
    private readonly apply: (change: FormatChange, payload: unknown) => void,
    private readonly target?: { ctx: FakeContext; sheet: () => FakeSheet; rects: () => Rect[] },
  ) {}
  private cells(): FakeFormat[] {
    if (!this.target) throw new Error("fake cannot load this format");
    const s = this.target.sheet();
    const out: FakeFormat[] = [];
    for (const rect of this.target.rects()) cellsOf(rect, (r, c) => out.push(s.format(r, c)));
    return out;
  }
  get fill() {
    return new FakeFill(this.target!.ctx, () => this.cells(), this.apply);
  }
  get font() {
    return new FakeFont(this.target!.ctx, () => this.cells(), this.apply);
  }
  set wrapText(value: boolean) {
    this.apply({ wrap: value }, value);
  }
  set verticalAlignment(value: string) {
    this.apply({ valign: value }, value);
  }
  set horizontalAlignment(value: string) {
    this.apply({ align: value }, value);
  }
  set columnWidth(value: number) {
    this.apply({ columnWidth: value }, value);
  }
  set rowHeight(value: number) {
    // Excel's rows are 0 to 409 points high.
    if (value < 0 || value > 409) throw officeError("InvalidArgument", "The argument is invalid or missing.");
    this.apply({ rowHeight: value }, value);
  }
  get borders() {
    const apply = this.apply;
    return {
      getItem: (edge: string) => ({
        set style(value: string) {
          apply({ edge, edgeStyle: value }, { edge, value });
        },
      }),
    };
  }
}

function applyFormat(
  ctx: FakeContext,
  sheet: () => FakeSheet,
  rects: () => Rect[],
  change: FormatChange,
  payload: unknown,
) {
  ctx.enqueue(payload, () => {
    const s = sheet();
    s.assertWritable();
    for (const rect of rects()) {
      // A height is the row's, not its cells'.
      if (change !== "clearFill" && change.rowHeight !== undefined) {
        for (let r = rect.r0; r < rect.r0 + rect.rows; r++) s.rowHeights.set(r + 1, change.rowHeight);
        continue;
      }
      if (change !== "clearFill" && change.edge !== undefined) {
        setEdges(s, rect, change.edge, change.edgeStyle !== "None");
        continue;
      }
      cellsOf(rect, (r, c) => {
        if (change === "clearFill") s.setFormat(r, c, { fillColor: null, fillPattern: "None" });
        else s.setFormat(r, c, change);
      });
    }
  });
}

/**
 * A border item set on a range, as Excel keeps borders: each cell's own edges. The outer edges
 * go on the range's outer cells, the inside ones on both cells they part; a cell is bordered
 * (`border`) when all four of its edges are.
 */
function setEdges(s: FakeSheet, rect: Rect, edge: string, on: boolean): void {
  const last = { r: rect.r0 + rect.rows - 1, c: rect.c0 + rect.cols - 1 };
  cellsOf(rect, (r, c) => {
    const sides: string[] = [];
    if (edge === "EdgeTop" && r === rect.r0) sides.push("t");
    if (edge === "EdgeBottom" && r === last.r) sides.push("b");
    if (edge === "EdgeLeft" && c === rect.c0) sides.push("l");
    if (edge === "EdgeRight" && c === last.c) sides.push("r");
    if (edge === "InsideHorizontal") sides.push(...(r > rect.r0 ? ["t"] : []), ...(r < last.r ? ["b"] : []));
    if (edge === "InsideVertical") sides.push(...(c > rect.c0 ? ["l"] : []), ...(c < last.c ? ["r"] : []));
    if (!sides.length) return;
    const edges = new Set(s.format(r, c).edges ?? "");
    for (const side of sides) {
      if (on) edges.add(side);
      else edges.delete(side);
    }
    const kept = [...edges].sort().join("");
    s.setFormat(r, c, { edges: kept, border: kept.length === 4 ? true : undefined });
  });
}

/** What getSpecialCellsOrNullObject gives: cellCount, areaCount and address after load and sync. */
class FakeSpecialCells extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly areas: () => Rect[],
    private readonly sheetName: () => string,
  ) {
    super(ctx);
    // As with every *OrNullObject, isNullObject comes back with the next sync unasked.
    this.queueLoad(["isNullObject"], () => this.areas().length === 0);
  }
  load(props: string): this {
    this.queueLoad(
      props.split(",").map((p) => p.trim()),
      (p) => {
        const areas = this.areas();
        if (p === "isNullObject") return areas.length === 0;
        if (p === "cellCount") return areas.reduce((sum, a) => sum + a.rows * a.cols, 0);
        if (p === "areaCount") return areas.length;
        if (p === "address") {
          const parts = areas.map((a) => {
            const start = `${columnName(a.c0)}${a.r0 + 1}`;
            const end = `${columnName(a.c0 + a.cols - 1)}${a.r0 + a.rows}`;
            return `${this.sheetName()}!${start === end ? start : `${start}:${end}`}`;
          });
          let address = parts.join(",");
          while (address.length > this.ctx.model.areasAddressChars) address = parts.slice(0, --parts.length).join(",");
          return address;
        }
        throw new Error(`fake cannot load RangeAreas.${p}`);
      },
    );
    return this;
  }
  /** As Office.js: the host keeps no reference; loaded properties stay readable. */
  untrack(): this {
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get address(): string {
    return this.read("address");
  }
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly rect: () => Rect | null,
    /** The address it was made from, where known (for charts). */
    readonly addressForFake = "",
  ) {
    super(ctx);
  }
  box(): Rect {
    const rect = this.rect();
    if (!rect) throw new Error("InvalidOperation: the range is a null object");
    return rect;
  }
  /** office.js: the proxy is not kept by the host after the request (nothing to model here). */
  untrack(): this {
    return this;
  }
  /** Row `i` of this range (office.js splits a large values write into row blocks with it). */
  getRow(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const rect = this.box();
      return { r0: rect.r0 + i, c0: rect.c0, rows: 1, cols: rect.cols };
    });
  }
  /** The smallest range holding this one and `other`. */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.box();
      const b = other.box();
      const r0 = Math.min(a.r0, b.r0);
      const c0 = Math.min(a.c0, b.c0);
      return {
        r0,
        c0,
        rows: Math.max(a.r0 + a.rows, b.r0 + b.rows) - r0,
        cols: Math.max(a.c0 + a.cols, b.c0 + b.cols) - c0,
      };
    });
  }
  /** The used part of this range (values only), a null object when it holds nothing. */
  getUsedRangeOrNullObject(): FakeRange {
    const range = new FakeRange(this.ctx, this.sheet, () => {
      const rect = this.rect();
      return rect ? this.sheet().usedBox(rect) : null;
    });
    return range;
  }
  /**
   * Cells holding constants or formulas, as rectangular areas: here one area per run of
   * consecutive filled rows, across the columns filled in that run (Excel may cut finer).
   */
  getSpecialCellsOrNullObject(type: string): FakeSpecialCells {
    this.ctx.enqueue({ getSpecialCells: type }, () => {
      if (this.ctx.model.specialCellsFail) throw officeError("GeneralException", "getSpecialCells failed");
    });
    return new FakeSpecialCells(
      this.ctx,
      () => {
        const rect = this.rect();
        const s = this.sheet();
        if (!rect) return [];
        const isFormula = (key: string) => s.formulas.has(key) || s.formulaText.has(key);
        if (type === "Formulas") {
          // A formula is one whatever it shows ("" included, past the row's last value), as Excel
          // counts it: each its own area here.
          return [...new Set([...s.formulas, ...s.formulaText.keys()])]
            .map((key) => key.split(",").map(Number))
            .filter(([r, c]) => r >= rect.r0 && r < rect.r0 + rect.rows && c >= rect.c0 && c < rect.c0 + rect.cols)
            .sort((a, b) => a[0] - b[0] || a[1] - b[1])
            .map(([r0, c0]) => ({ r0, c0, rows: 1, cols: 1 }));
        }
        const wanted = (r: number, c: number) => {
          if (isFormula(`${r},${c}`)) return false;
          const v = s.get(r, c);
          return v !== "" && v !== null;
        };
        const areas: Rect[] = [];
        const lastRow = Math.min(rect.r0 + rect.rows, s.values.length);
        for (let r = rect.r0; r < lastRow; r++) {
          const row = s.values[r] ?? [];
          let c0 = Infinity;
          let c1 = -1;
          for (let c = rect.c0; c < Math.min(rect.c0 + rect.cols, row.length); c++) {
            if (wanted(r, c)) {
              c0 = Math.min(c0, c);
              c1 = c;
            }
          }
          if (c1 < 0) continue;
          const last = areas[areas.length - 1];
          if (last && last.r0 + last.rows === r) {
            const from = Math.min(last.c0, c0);
            last.cols = Math.max(last.c0 + last.cols, c1 + 1) - from;
            last.c0 = from;
            last.rows++;
          } else areas.push({ r0: r, c0, rows: 1, cols: c1 - c0 + 1 });
        }
        return areas;
      },
      () => this.sheet().name,
    );
  }
  load(props: string): this {
    this.queueLoad(
      props.split(",").map((p) => p.trim()),
      (p) => {
        const rect = this.rect();
        if (p === "isNullObject") return rect === null;
        if (!rect) return undefined;
        const s = this.sheet();
        switch (p) {
          case "values": {
            const out: CellValue[][] = [];
            for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
              const row: CellValue[] = [];
              for (let c = rect.c0; c < rect.c0 + rect.cols; c++) row.push(s.get(r, c));
              out.push(row);
            }
            return out;
          }
          case "formulas": {
            const out: CellValue[][] = [];
            for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
              const row: CellValue[] = [];
              for (let c = rect.c0; c < rect.c0 + rect.cols; c++)
                row.push(s.formulaText.get(`${r},${c}`) ?? s.get(r, c));
              out.push(row);
            }
            return out;
          }
          case "numberFormat": {
            const out: string[][] = [];
            for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
              const row: string[] = [];
              for (let c = rect.c0; c < rect.c0 + rect.cols; c++) row.push(s.format(r, c).numberFormat ?? "General");
              out.push(row);
            }
            return out;
          }
          case "address":
            return `${s.name}!${columnName(rect.c0)}${rect.r0 + 1}:${columnName(rect.c0 + rect.cols - 1)}${rect.r0 + rect.rows}`;
          case "rowIndex":
            return rect.r0;
          case "columnIndex":
            return rect.c0;
          case "rowCount":
            return rect.rows;
          case "columnCount":
            return rect.cols;
          default:
            throw new Error(`fake cannot load range.${p}`);
        }
      },
    );
    // isNullObject is always loaded with any property, as in Office.js.
    if (!props.includes("isNullObject")) this.queueLoad(["isNullObject"], () => this.rect() === null);
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  /** The merged areas that touch this range (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeSpecialCells {
    this.ctx.enqueue({ getMergedAreas: true }, () => undefined);
    return new FakeSpecialCells(
      this.ctx,
      () => {
        const rect = this.rect();
        if (!rect) return [];
        // As Excel gives them: the merged areas whose top-left cell is in the range (office-js #3611).
        return this.sheet().merges.filter(
          (m) => m.r0 >= rect.r0 && m.r0 < rect.r0 + rect.rows && m.c0 >= rect.c0 && m.c0 < rect.c0 + rect.cols,
        );
      },
      () => this.sheet().name,
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get address(): string {
    return this.read("address");
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue({ numberFormat: formats }, () => {
      const rect = this.box();
      if (formats.length !== rect.rows || formats.some((row) => row.length !== rect.cols)) {
        throw new Error("InvalidArgument: numberFormat does not match the range's size");
      }
      const s = this.sheet();
      // null leaves a cell's format as it is, as Excel takes a 2-D array.
      formats.forEach((row, i) =>
        row.forEach((f, j) => f !== null && s.setFormat(rect.r0 + i, rect.c0 + j, { numberFormat: f })),
      );
    });
  }
  get dataValidation() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const address = this.addressForFake;
    const set = (change: FakeValidation) =>
      ctx.enqueue(change, () => {
        const validations = sheet().validations;
        validations.set(address, { ...validations.get(address), ...change });
      });
    return {
      set prompt(prompt: FakeValidation["prompt"]) {
        set({ prompt });
      },
      set rule(rule: FakeValidation["rule"]) {
        set({ rule });
      },
      set errorAlert(errorAlert: FakeValidation["errorAlert"]) {
        set({ errorAlert });
      },
    };
  }
  set values(values: CellValue[][]) {
    this.ctx.enqueue({ values }, () => {
      const rect = this.box();
      if (values.length !== rect.rows || values.some((row) => row.length !== rect.cols)) {
        throw new Error("InvalidArgument: values do not match the range's size");
      }
      const s = this.sheet();
      s.assertWritable();
      // Taken as Excel is feared to: values over part of a merged area are refused, unless only its
      // top-left cell (which holds the area's value) is written.
      const partly = s.merges.find((m) => {
        const r0 = Math.max(m.r0, rect.r0);
        const r1 = Math.min(m.r0 + m.rows, rect.r0 + rect.rows);
        const c0 = Math.max(m.c0, rect.c0);
        const c1 = Math.min(m.c0 + m.cols, rect.c0 + rect.cols);
        if (r0 >= r1 || c0 >= c1) return false;
        const whole = r1 - r0 === m.rows && c1 - c0 === m.cols;
        const anchorOnly = r1 - r0 === 1 && c1 - c0 === 1 && r0 === m.r0 && c0 === m.c0;
        return !whole && !anchorOnly;
      });
      if (partly) throw officeError("InvalidOperation", "Cannot change part of a merged cell.");
      // As Excel takes range.values: a leading apostrophe makes the rest text (and is not kept in
      // the value); text starting with = + - @ (and not a number) becomes a formula; null leaves
      // the cell as it is ("Use null in 2-D arrays to leave specific cells unchanged").
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const [r, c] = [rect.r0 + i, rect.c0 + j];
          if (v === null) return;
          s.formulas.delete(`${r},${c}`);
          if (typeof v === "string" && v.startsWith("'")) return s.set(r, c, v.slice(1));
          if (typeof v === "string" && /^[=+\-@]/.test(v) && Number.isNaN(Number(v))) s.formulas.add(`${r},${c}`);
          s.set(r, c, v);
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get format(): FakeFormatProxy {
    return new FakeFormatProxy(
      (change, payload) => applyFormat(this.ctx, this.sheet, () => [this.box()], change, payload),
      { ctx: this.ctx, sheet: this.sheet, rects: () => [this.box()] },
    );
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueue(link, () => {
      const rect = this.box();
      const s = this.sheet();
      s.setFormat(rect.r0, rect.c0, { hyperlink: link });
      if (link.textToDisplay !== undefined) s.set(rect.r0, rect.c0, link.textToDisplay);
    });
  }
  clear(applyTo?: string): void {
    this.ctx.enqueue({ clear: applyTo }, () => {
      const s = this.sheet();
      cellsOf(this.box(), (r, c) => {
        if (applyTo === "Contents" || applyTo === undefined || applyTo === "All") s.set(r, c, "");
        if (applyTo === "Formats" || applyTo === undefined || applyTo === "All") s.formats.delete(`${r},${c}`);
      });
    });
  }
  select(): void {
    this.ctx.enqueue({ select: true }, () => undefined);
  }
  /** Range.merge (ExcelApi 1.2): one merged area (across: one per row), its top-left cell's value kept. */
  merge(across = false): void {
    this.ctx.enqueue({ merge: across }, () => {
      const rect = this.box();
      const s = this.sheet();
      const areas = across
        ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, r0: rect.r0 + i, rows: 1 }))
        : [rect];
      for (const area of areas) {
        cellsOf(area, (r, c) => {
          if (r !== area.r0 || c !== area.c0) s.set(r, c, "");
        });
        s.merges.push(area);
      }
    });
  }
  getCellProperties(options: unknown) {
    const ctx = this.ctx;
    let value: unknown;
    let readyAt = Infinity;
    this.ctx.enqueue({ getCellProperties: options }, () => {
      const s = this.sheet();
      const rect = this.box();
      const out: unknown[][] = [];
      for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
          const { color, pattern, bold } = reportedFormat(ctx.model, s.format(r, c));
          row.push({ format: { fill: { color, pattern }, font: { bold } } });
        }
        out.push(row);
      }
      value = out;
      readyAt = ctx.syncEpoch + 1;
      return JSON.stringify(out).length;
    });
    return {
      get value() {
        if (ctx.syncEpoch < readyAt) throw new Error("PropertyNotLoaded: ClientResult.value read before sync()");
        return value;
      },
    };
  }
}

class FakeRangeAreas {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly rects: Rect[],
  ) {}
  untrack(): this {
    return this;
  }
  /** RangeAreas.clear (ExcelApi 1.9): each area as Range.clear clears it. */
  clear(applyTo?: string): void {
    this.ctx.enqueue({ clear: applyTo }, () => {
      const s = this.sheet();
      s.assertWritable();
      for (const rect of this.rects)
        cellsOf(rect, (r, c) => {
          if (applyTo === "Contents" || applyTo === undefined || applyTo === "All") {
            s.set(r, c, "");
            s.formulas.delete(`${r},${c}`);
          }
          if (applyTo === "Formats" || applyTo === undefined || applyTo === "All") s.formats.delete(`${r},${c}`);
        });
    });
  }
  get format(): FakeFormatProxy {
    return new FakeFormatProxy(
      (change, payload) => applyFormat(this.ctx, this.sheet, () => this.rects, change, payload),
      {
        ctx: this.ctx,
        sheet: this.sheet,
        rects: () => this.rects,
      },
    );
  }
}

class FakeNote extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly cell: string,
  ) {
    super(ctx);
  }
  load(props: string): this {
    this.queueLoad(props.split(","), (p) => {
      if (p === "isNullObject") return !this.sheet().notes.has(this.cell);
      if (p === "content") return this.sheet().notes.get(this.cell);
      // Plankoll's notes, and a user's by default, are hidden until pointed at.
      if (p === "visible") return this.sheet().notes.has(this.cell) ? false : undefined;
      throw new Error(`fake cannot load note.${p}`);
    });
    if (!props.includes("isNullObject")) this.queueLoad(["isNullObject"], () => !this.sheet().notes.has(this.cell));
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get content(): string {
    return this.read("content");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  delete(): void {
    this.ctx.enqueue({ deleteNote: this.cell }, () => {
      if (!this.sheet().notes.delete(this.cell)) throw new Error(`ItemNotFound: no note at ${this.cell}`);
    });
  }
}

/** worksheet.comments: the threaded comments, each with its cell (getLocation). */
class FakeComments extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  load(props: string): this {
    if (props !== "items/id") throw new Error(`fake cannot load comments.${props}`);
    this.queueLoad(["items"], () => [...this.sheet().comments.keys()]);
    return this;
  }
  get items() {
    return this.read<string[]>("items").map((cell) => this.comment(cell));
  }
  /** As office.js finds a loaded collection's item again: by index, or by its id. */
  getItemAt(index: number) {
    return this.comment([...this.sheet().comments.keys()][index]);
  }
  getItem(id: string) {
    return this.comment(id.replace(/^comment-/, ""));
  }
  private comment(cell: string) {
    return {
      id: `comment-${cell}`,
      getLocation: () => {
        const range = { address: "", load: () => range };
        const sheet = this.sheet();
        this.ctx.enqueue({ getLocation: cell }, () => {
          range.address = `${sheet.name}!${cell}`;
          return range.address.length;
        });
        return range;
      },
    };
  }
}

class FakeNotes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  private refuseWithoutNotes(): void {
    if (this.ctx.model.notesUnsupported)
      throw officeError("ApiNotFound", "The API you are trying to use could not be found.");
  }
  add(cell: string, content: string): FakeNote {
    this.refuseWithoutNotes();
    this.ctx.enqueue({ addNote: cell, content }, () => {
      const s = this.sheet();
      s.assertWritable();
      if (s.notes.has(cell)) throw new Error(`InvalidArgument: ${cell} already has a note`);
      if (s.comments.has(cell)) throw officeError("InvalidArgument", `${cell} has a threaded comment`);
      s.notes.set(cell, content);
    });
    return new FakeNote(this.ctx, this.sheet, cell);
  }
  getItemOrNullObject(cell: string): FakeNote {
    this.refuseWithoutNotes();
    return new FakeNote(this.ctx, this.sheet, cell);
  }
  /** How many notes the sheet has, readable after the sync. */
  getCount(): { value: number } {
    this.refuseWithoutNotes();
    const ctx = this.ctx;
    let count = 0;
    let readyAt = Infinity;
    ctx.enqueue({ getCount: "notes" }, () => {
      count = this.sheet().notes.size;
      readyAt = ctx.syncEpoch + 1;
      return String(count).length;
    });
    return {
      get value() {
        if (ctx.syncEpoch < readyAt) throw new Error("PropertyNotLoaded: ClientResult.value read before sync()");
        return count;
      },
    };
  }
  /** The note at `index` (in the order the sheet holds them), with its cell (getLocation). */
  getItemAt(index: number) {
    this.refuseWithoutNotes();
    const sheet = this.sheet;
    const ctx = this.ctx;
    return {
      getLocation: () => {
        const range = { address: "", load: () => range };
        ctx.enqueue({ getLocation: index }, () => {
          const s = sheet();
          const cell = [...s.notes.keys()][index];
          if (cell === undefined) throw new Error(`ItemNotFound: no note at index ${index}`);
          range.address = `${s.name}!${cell}`;
          return range.address.length;
        });
        return range;
      },
    };
  }
}

/** The Excel enums the adapter uses, as office.js defines them. */
export const fakeExcelEnums = {
  ChartType: { columnClustered: "ColumnClustered", line: "Line" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  ChartSeriesBy: { columns: "Columns", rows: "Rows" },
  ClearApplyTo: { contents: "Contents", formats: "Formats", all: "All" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  HorizontalAlignment: { center: "Center", left: "Left" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideHorizontal: "InsideHorizontal",
    insideVertical: "InsideVertical",
  },
  BorderLineStyle: { continuous: "Continuous", none: "None" },
  SpecialCellType: { constants: "Constants", formulas: "Formulas" },
};

export function installExcelGlobals(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = { ...fakeExcelEnums };
}

/** The fake as the adapter's parameter type; it implements the subset the adapter uses. */
export function asExcelContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** The real Excel port over a fake model: each Excel.run gets a fresh context, kept for its counts. */
export function fakePort(
  model: FakeWorkbook,
  notes = true,
  /** Awaited before every sync: lets a test hold Excel between two requests (Avbryt, a cell typed into). */
  gate?: () => Promise<void>,
): { port: WorkbookPort; contexts: FakeContext[] } {
  const contexts: FakeContext[] = [];
  const port = excelPort(
    async (batch) => {
      const ctx = new FakeContext(model);
      if (gate) {
        const sync = ctx.sync.bind(ctx);
        ctx.sync = async () => {
          await gate();
          await sync();
        };
      }
      contexts.push(ctx);
      return batch(asExcelContext(ctx));
    },
    () => notes,
  );
  return { port, contexts };
}

/** A gate for fakePort: open until armed; then each sync waits for step() (or open()). */
export function syncGate() {
  let armed = false;
  const waiting: (() => void)[] = [];
  /** Who waits for the next sync to arrive at the gate. */
  let arrived: (() => void)[] = [];
  return {
    gate: () => {
      if (!armed) return Promise.resolve();
      const held = new Promise<void>((resolve) => waiting.push(resolve));
      arrived.splice(0).forEach((resolve) => resolve());
      return held;
    },
    /** Resolves once a sync is held at the gate: however long the work before it takes, no timeout. */
    held: () => (waiting.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => arrived.push(resolve))),
    arm: () => void (armed = true),
    step: () => waiting.shift()?.(),
    open: () => {
      armed = false;
      waiting.splice(0).forEach((resolve) => resolve());
      arrived = [];
    },
    get pending() {
      return waiting.length;
    },
  };
}

/** Everything a user could see on a sheet: values (empty cells as empty), formats and notes. */
export function snapshot(sheet: FakeSheet) {
  const values = new Map<string, CellValue>();
  sheet.values.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && values.set(`${r},${c}`, v)));
  const formats = new Map(
    [...sheet.formats.entries()].filter(([, f]) => f.fillPattern !== "None" || f.bold || f.numberFormat),
  );
  return { values, formats, notes: new Map(sheet.notes) };
}

/** The first difference between two snapshots, in words, or null: short output for big sheets. */
export function firstDifference(a: ReturnType<typeof snapshot>, b: ReturnType<typeof snapshot>): string | null {
  for (const kind of ["values", "formats", "notes"] as const) {
    const x = a[kind] as Map<string, unknown>;
    const y = b[kind] as Map<string, unknown>;
    for (const key of new Set([...x.keys(), ...y.keys()])) {
      if (JSON.stringify(x.get(key)) !== JSON.stringify(y.get(key))) {
        return `${kind} at ${key}: ${JSON.stringify(x.get(key))} vs ${JSON.stringify(y.get(key))}`;
      }
    }
  }
  return null;
}
