/**
 * Microsoft's own Excel client library (office.js from @microsoft/office-js, the web build) loaded
 * into a context of its own, its requests handed to `answer` exactly as office.js serialized them.
 * What the tests learn here about request sizes is what Excel receives, not what our fake assumes.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { join } from "node:path";

export interface SentRequest {
  /** The request body as office.js serialized it ({Actions, ObjectPaths}). */
  body: { Actions: { Id: number; ActionType: number; Name: string }[]; ObjectPaths: Record<string, unknown> };
  bytes: number;
  /** The request flags office.js sends in the URL (64: wait while a cell is being edited). */
  flags: number;
}

/** office.js's request flag for Excel.run({ delayForCellEdit: true }). */
export const DELAY_FOR_CELL_EDIT = 64;

export interface OfficeJs {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  requests: SentRequest[];
  /** A request context whose syncs go to `answer` (by default: every action done, nothing to return). */
  context(): Excel.RequestContext;
  /** The session URL: Excel.run({ session: SESSION, … }) sends its requests to `answer` too. */
  session: string;
}

export const SESSION = "https://excel.simulated/";

const LIBRARY = join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.debug.js",
);

/**
 * What a host answers when nothing is to be returned: every action done, and each object the
 * request instantiated given a reference, as Excel gives them (office.js then keeps a proxy valid
 * across syncs).
 */
export function doneAnswer(request: SentRequest): { Results: unknown[] } {
  const actions = request.body.Actions;
  return {
    Results: actions
      .filter((a) => a.ActionType === 1)
      .map((a) => ({ ActionId: a.Id, Value: { _ReferenceId: `ref${a.Id}` } })),
  };
}

type Answer = { Results: unknown[] } | { error: { code: string; message: string } };

/**
 * Loads office.js. With `notes`, worksheets get a stand-in for the notes API (ExcelApi 1.18),
 * which the npm library does not have: `worksheet.notes` is office.js's own comment collection
 * proxy under the path name "Notes". Its calls (Add(cell, content), GetItemOrNullObject(cell),
 * load("content"), Delete) serialize exactly as a comment's do, which is the shape the notes
 * API's calls have in the protocol; Add sends one more argument (a null content type), about 5
 * bytes a note more than Excel's own.
 */
export function loadOfficeJs(
  answer: (request: SentRequest) => Answer | Promise<Answer> = doneAnswer,
  options: { notes?: boolean } = {},
): OfficeJs {
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise, JSON, Math, Date };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: "node" };
  createContext(sandbox);
  runInContext(readFileSync(LIBRARY, "utf8"), sandbox);
  const ExcelApi = sandbox.Excel as typeof Excel;
  const Extension = sandbox.OfficeExtension as typeof OfficeExtension & {
    HttpUtility: { setCustomSendRequestFunc(f: (r: { body: unknown }) => Promise<unknown>): void };
  };
  const requests: SentRequest[] = [];
  if (options.notes) installNotesStandIn(ExcelApi);
  Extension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const body = request.body as SentRequest["body"];
    const flags = Number(/[?&]flags=(\d+)/.exec((request as { url?: string }).url ?? "")?.[1] ?? 0);
    const sent = { body, bytes: JSON.stringify(body).length, flags };
    requests.push(sent);
    const answered = await answer(sent);
    // A refusal is sent as Excel sends it: an HTTP error whose body names the code.
    if ("error" in answered) return { statusCode: 400, headers: {}, body: JSON.stringify({ error: answered.error }) };
    return { statusCode: 200, headers: {}, body: JSON.stringify(answered) };
  });
  return {
    Excel: ExcelApi,
    OfficeExtension: Extension,
    requests,
    context: () => new ExcelApi.RequestContext(SESSION),
    session: SESSION,
  };
}

/** worksheet.notes as office.js's comment collection proxy renamed "Notes" (see loadOfficeJs). */
function installNotesStandIn(api: typeof Excel): void {
  const comments = Object.getOwnPropertyDescriptor(api.Worksheet.prototype, "comments")!.get!;
  Object.defineProperty(api.Worksheet.prototype, "notes", {
    configurable: true,
    get(this: { m_comments?: unknown; m_notes?: unknown }) {
      if (!this.m_notes) {
        const ownComments = this.m_comments;
        this.m_comments = undefined;
        const notes = comments.call(this) as { _objectPath: { objectPathInfo: { Name: string } } };
        notes._objectPath.objectPathInfo.Name = "Notes";
        this.m_notes = notes;
        this.m_comments = ownComments;
      }
      return this.m_notes;
    },
  });
}
