/**
 * A host behind Microsoft's office.js: it answers the requests office.js serializes
 * ({Actions, ObjectPaths}) from the fake's workbook model, so that the adapter runs against the
 * real client library — its proxies, its validation, its serializer — and only the workbook is
 * ours. Object paths are walked on the fake's objects (a property, a method, an indexer), actions
 * run in order in one fake sync per request, and answers come back in the protocol's shape
 * (PascalCase properties, `_Items` for collections, `_ReferenceId` for objects, null for a null
 * object). What Excel enforces is enforced per host profile (PROFILES): request and response
 * size, the 5 000 000-cell get limit, the notes API, a cell being edited; the fake's model adds
 * protected sheets and workbooks and getRanges' limits.
 */
import { FakeContext, type FakeWorkbook } from "./fakeExcel";
import { DELAY_FOR_CELL_EDIT, loadOfficeJs, type OfficeJs, type SentRequest } from "./officeJs";
import { excelPort, excelRunner, type WorkbookPort } from "../../src/excel/port";

interface ObjectPath {
  Id: number;
  /** Set by untrack(): the host keeps no reference to the object (office.js's "D" field). */
  D?: boolean;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

/** The objects Excel hands back a reference for: ranges (and what stands for a set of them). */
const REFERENCED = new Set(["FakeRange", "FakeRangeAreas", "FakeSpecialCells"]);

/** Properties that return a value per cell. */
const CELL_PROPERTIES = new Set(["values", "formulas", "numberFormat", "text", "valueTypes"]);
/** The most cells any Excel returns for one get. */
export const READ_CELL_LIMIT = 5_000_000;

/** Excel on the web refuses a request or response larger than this. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one kind of Excel enforces. Microsoft's "Resource limits and performance optimization for
 * Office Add-ins" gives the 5 MB request and response limit for Excel on the web and the
 * 5 000 000-cell get limit for every platform; it names no payload limit for the desktop, whose
 * requests go through the host process, so none is enforced here.
 */
export interface HostProfile {
  name: string;
  payloadLimit: number;
  /** ExcelApi 1.18 (notes): without it, office.js has no notes and the host knows no "Notes". */
  notes: boolean;
  /** ExcelApi 1.13 (merged areas): without it, getMergedAreasOrNullObject is refused. */
  layout: boolean;
}

export const PROFILES = {
  web: { name: "Microsoft 365 på webben", payloadLimit: WEB_PAYLOAD_LIMIT, notes: true, layout: true },
  desktop: { name: "Microsoft 365 för Windows och Mac", payloadLimit: Infinity, notes: true, layout: true },
  /** An Excel before ExcelApi 1.18 (Excel 2021, or the npm office.js itself): no notes. */
  withoutNotes: { name: "Excel utan ExcelApi 1.18", payloadLimit: WEB_PAYLOAD_LIMIT, notes: false, layout: true },
  /** Excel 2019 (ExcelApi 1.8–1.9): no notes, no merged areas. */
  excel2019: { name: "Excel 2019", payloadLimit: Infinity, notes: false, layout: false },
} satisfies Record<string, HostProfile>;

/** Methods a profile without an API set does not have, as Excel names them in a request. */
const NEEDS_LAYOUT = new Set(["GetMergedAreasOrNullObject", "GetMergedAreas"]);

function apiNotFound(name: string): Error {
  return Object.assign(new Error(`This API is not supported on this host: ${name}.`), { code: "ApiNotFound" });
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The fake's collections hold their items under `items`. */
function isCollection(target: unknown): boolean {
  return typeof target === "object" && target !== null && "items" in target;
}

export class HostSimulator {
  /** Objects given a reference in an earlier request, by reference id. */
  private readonly references = new Map<string, unknown>();
  private nextReference = 1;
  requests = 0;
  largestRequest = 0;
  largestResponse = 0;
  /** The most cells one get asked for. */
  largestReadCells = 0;
  /** Each request run and its answer's size, in order (a request refused before running is not in it). */
  readonly log: { request: number; response: number }[] = [];

  /** One context for every request: objects referenced in one request are used in the next. */
  private readonly ctx: FakeContext;

  /**
   * Whether the user is editing a cell. Excel then runs no request: one sent with
   * delayForCellEdit waits until the edit ends, any other is refused (InvalidOperationInCellEditMode).
   */
  private editing: { ended: Promise<void>; end: () => void } | null = null;
  /** Requests that waited for an edit to end. */
  delayedForEdit = 0;
  /** Called before each request is run, with its number (from 1): what the user does meanwhile. */
  beforeRequest: ((request: number) => void) | null = null;

  constructor(
    readonly model: FakeWorkbook,
    readonly profile: HostProfile = PROFILES.web,
  ) {
    this.ctx = new FakeContext(model);
    model.notesUnsupported = !profile.notes;
  }

  /** The user starts editing a cell (F2, or typing into it). */
  startEdit(): void {
    if (this.editing) return;
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  /** The user leaves the cell (Enter or Esc): waiting requests run. */
  endEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  /** Queues a request's actions on the fake; what each answers is read after the fake's sync. */
  private queue(request: SentRequest): (() => { ActionId: number; Value: unknown } | null)[] {
    this.requests++;
    this.largestRequest = Math.max(this.largestRequest, request.bytes);
    const ctx = this.ctx;
    const paths = request.body.ObjectPaths as Record<string, ObjectPath>;
    const objects = new Map<number, unknown>();
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const path = paths[String(id)];
      // An argument that is an object (a range) is sent as the id of its object path.
      const refs = path.ArgumentInfo?.ReferencedObjectPathIds;
      const args = (path.ArgumentInfo?.Arguments ?? []).map((a, i) => (refs?.[i] ? resolve(refs[i]!) : a));
      let target: unknown;
      switch (path.ObjectPathType) {
        case 1: // the global object: the workbook
          target = ctx.workbook;
          break;
        case 4: // property
          // A host without ExcelApi 1.18 has no notes: a request naming them fails as a whole.
          if (path.Name === "Notes" && !this.profile.notes) throw apiNotFound("Worksheet.notes");
          target = (resolve(path.ParentObjectPathId!) as Record<string, unknown>)[camel(path.Name)];
          break;
        case 3: {
          // method
          if (NEEDS_LAYOUT.has(path.Name) && !this.profile.layout) throw apiNotFound(`Range.${camel(path.Name)}`);
          const parent = resolve(path.ParentObjectPathId!) as Record<string, (...a: unknown[]) => unknown>;
          const method = parent[camel(path.Name)];
          if (typeof method !== "function")
            throw new Error(`host simulator: no method ${path.Name} on ${(parent as object)?.constructor?.name}`);
          target = method.call(parent, ...args);
          break;
        }
        case 5: {
          // indexer
          const parent = resolve(path.ParentObjectPathId!) as { getItem: (...a: unknown[]) => unknown };
          target = parent.getItem(...args);
          break;
        }
        case 6: // an object referenced before
          target = this.references.get(path.Name);
          break;
        default:
          throw new Error(`host simulator: object path type ${path.ObjectPathType} (${path.Name})`);
      }
      objects.set(id, target);
      return target;
    };
    const actions = request.body.Actions as unknown as Action[];
    const after: (() => { ActionId: number; Value: unknown } | null)[] = [];
    for (const action of actions) {
      const target = resolve(action.ObjectPathId) as Record<string, unknown>;
      const refs = action.ArgumentInfo?.ReferencedObjectPathIds;
      const args = (action.ArgumentInfo?.Arguments ?? []).map((a, i) => (refs?.[i] ? resolve(refs[i]!) : a));
      switch (action.ActionType) {
        case 1: // instantiate
          after.push(() => {
            if (isNull(target)) return { ActionId: action.Id, Value: null };
            // A worksheet comes back with its id (office.js then finds it again by getItem(id));
            // ranges with a reference (office.js tracks them until the run ends); others need no answer.
            if ((target as object).constructor.name === "FakeWorksheet") {
              const name = sheetName(target);
              return name === null ? null : { ActionId: action.Id, Value: { Id: name } };
            }
            if (!REFERENCED.has((target as object).constructor.name)) return null;
            if (paths[String(action.ObjectPathId)]?.D) return null;
            const id = `sim${this.nextReference++}`;
            this.references.set(id, target);
            return { ActionId: action.Id, Value: { _ReferenceId: id } };
          });
          break;
        case 2: {
          // query
          const select = action.QueryInfo?.Select ?? [];
          const collection = isCollection(target);
          const names = select.map(camel);
          // Every platform refuses to get more than 5 000 000 cells at once.
          const box = (target as { box?: () => { rows: number; cols: number } }).box;
          if (box && names.some((n) => CELL_PROPERTIES.has(n))) {
            // A null object (an empty sheet's used range) has no size: nothing to refuse.
            let size = { rows: 0, cols: 0 };
            try {
              size = box.call(target);
            } catch {
              /* a null object */
            }
            const { rows, cols } = size;
            this.largestReadCells = Math.max(this.largestReadCells, rows * cols);
            if (rows * cols > READ_CELL_LIMIT)
              throw Object.assign(new Error(`The range has ${rows * cols} cells; at most 5 000 000 can be read.`), {
                code: "InvalidOperation",
              });
          }
          if (names.length)
            (target as { load: (p: string) => void }).load(
              collection ? names.map((n) => `items/${n}`).join(",") : names.join(","),
            );
          after.push(() => {
            if (isNull(target)) return { ActionId: action.Id, Value: null };
            if (collection) {
              const items = (target as { items: Record<string, unknown>[] }).items;
              return { ActionId: action.Id, Value: { _Items: items.map((item) => pick(item, names)) } };
            }
            return { ActionId: action.Id, Value: pick(target, names) };
          });
          break;
        }
        case 3: {
          // method; office.js's own bookkeeping (_KeepReference, _RemoveReference …) needs no answer
          if (action.Name.startsWith("_")) break;
          const method = target[camel(action.Name)] as ((...a: unknown[]) => unknown) | undefined;
          if (typeof method !== "function")
            throw new Error(`host simulator: no method ${action.Name} on ${(target as object)?.constructor?.name}`);
          const result = method.call(target, ...args);
          after.push(() => {
            const value =
              result && typeof result === "object" && "value" in result ? (result as { value: unknown }).value : null;
            return { ActionId: action.Id, Value: value };
          });
          break;
        }
        case 4: // set property
          target[camel(action.Name)] = args[0];
          break;
        default:
          break;
      }
    }
    return after;
  }

  /**
   * office.js awaits the answer: the fake runs the queued actions first, then the results are read.
   * What Excel refuses comes back as Excel sends it (an HTTP error with its code), so office.js
   * raises the RichApi.Error the adapter must handle.
   */
  async respond(request: SentRequest): Promise<HostAnswer> {
    this.beforeRequest?.(this.requests + 1);
    if (this.editing) {
      if (!(request.flags & DELAY_FOR_CELL_EDIT)) {
        this.requests++;
        return refusal("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      this.delayedForEdit++;
      await this.editing.ended;
    }
    if (request.bytes > this.profile.payloadLimit) {
      this.requests++;
      return refusal("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    try {
      const after = this.queue(request);
      await this.ctx.sync();
      const Results = after.map((f) => f()).filter((r) => r !== null);
      const bytes = JSON.stringify({ Results }).length;
      this.largestResponse = Math.max(this.largestResponse, bytes);
      this.log.push({ request: request.bytes, response: bytes });
      if (bytes > this.profile.payloadLimit)
        return refusal("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      return { Results };
    } catch (error) {
      return refusal((error as { code?: string }).code ?? "GeneralException", (error as Error).message);
    }
  }
}

/** An answer, or what Excel refuses with (office.js reads its code from the error body). */
export type HostAnswer = { Results: unknown[] } | { error: { code: string; message: string } };

function refusal(code: string, message: string): HostAnswer {
  return { error: { code, message } };
}

/** A worksheet's name, the id it is found again by; null when it is gone (deleted in this request). */
function sheetName(target: unknown): string | null {
  try {
    return (target as { resolve: () => { name: string } }).resolve().name;
  } catch {
    return null;
  }
}

function isNull(target: unknown): boolean {
  try {
    return (target as { isNullObject?: boolean }).isNullObject === true;
  } catch {
    return false;
  }
}

function pick(target: unknown, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) out[pascal(name)] = (target as Record<string, unknown>)[name];
  return out;
}

/** What one Excel.run sent and received, counted as the fake's own context counts it. */
export interface RunCounts {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalBytes: number;
}

/**
 * The pane's port through Microsoft's office.js and a simulated host of `profile` over `model`,
 * shaped as fakePort: `contexts` has one entry per Excel.run with what its requests weighed as
 * office.js serialized them. `gate` is awaited before each request, as fakePort's before each sync.
 */
export function simulatedPort(
  model: FakeWorkbook,
  notes = true,
  gate?: () => Promise<void>,
  profile: HostProfile = notes ? PROFILES.web : PROFILES.withoutNotes,
): { port: WorkbookPort; contexts: RunCounts[]; host: HostSimulator; office: OfficeJs } {
  const host = new HostSimulator(model, profile);
  const office = loadOfficeJs(
    async (request) => {
      if (gate) await gate();
      return host.respond(request);
    },
    { notes: profile.notes },
  );
  const contexts: RunCounts[] = [];
  const run = excelRunner(office.session);
  const port = excelPort(
    async (batch) => {
      const from = host.log.length;
      let to: number | undefined;
      const mine = () => host.log.slice(from, to);
      const counts: RunCounts = {
        get syncs() {
          return mine().length;
        },
        get maxRequestBytes() {
          return Math.max(0, ...mine().map((l) => l.request));
        },
        get maxResponseBytes() {
          return Math.max(0, ...mine().map((l) => l.response));
        },
        get totalBytes() {
          return mine().reduce((n, l) => n + l.request + l.response, 0);
        },
      };
      contexts.push(counts);
      // office.js's Excel is the one the adapter's code sees while it runs.
      (globalThis as { Excel?: unknown }).Excel = office.Excel;
      try {
        return await run(batch);
      } finally {
        to = host.log.length;
      }
    },
    () => profile.notes,
    () => profile.layout,
  );
  return { port, contexts, host, office };
}
