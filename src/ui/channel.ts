/**
 * The pane and its larger view share this protocol, so it lives in the layer both may import.
 * The larger view (an Office dialog window, Dialog API 1.2) and the task pane talk in messages:
 * the dialog says it is ready, the pane sends the review (again whenever it changes, as with live
 * review), the dialog asks the pane to select a finding's cell. Office's own calls only; no
 * helper library (docs/dependencies.md says why).
 */
import type { Review } from "./review";
import { problem, ProblemError, type Problem } from "../core/problem";

/** Office's Dialog API errors (12004–12011) in words the user can act on; another as Office said it. */
function dialogProblem(error: { code: number; message: string }): Problem {
  if (error.code === 12007) return problem("error.dialogOpen");
  if (error.code === 12009 || error.code === 12011) return problem("error.dialogBlocked");
  if (error.code === 12004 || error.code === 12005) return problem("error.dialogAddress");
  return problem("pane.error", { message: `${error.message} (${error.code})` });
}

/** From the pane to the dialog. */
export type ToDialog = { kind: "review"; review: Review; names: Record<string, string> };
/** From the dialog to the pane. */
export type ToPane = { kind: "ready" } | { kind: "select"; sheet: string; cell: string };

/** The dialog's side: what it sends and hears. */
export interface DialogChannel {
  send(message: ToPane): void;
  listen(handler: (message: ToDialog) => void): void;
}

/** The dialog's side through Office: messageParent, and the parent's messages (DialogApi 1.2). */
export function officeChannel(): DialogChannel | null {
  const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
  if (!ui || typeof ui.messageParent !== "function" || typeof ui.addHandlerAsync !== "function") return null;
  return {
    send: (message) => ui.messageParent(JSON.stringify(message)),
    listen: (handler) =>
      ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg: { message: string }) =>
        handler(JSON.parse(arg.message) as ToDialog),
      ),
  };
}

/** The pane's side: an open dialog, given each new review until it is closed. */
export interface LargerView {
  update(review: Review): void;
  close(): void;
}

/**
 * Opens the larger view (dialog.html beside the pane's page) and gives it `review` when it says it
 * is ready; a finding chosen there is selected through `onSelect`; `onClosed` when the user
 * closes it. Rejects with Office's message when the dialog cannot open (one is open already, a
 * pop-up blocker in Excel on the web).
 */
export function openLargerView(
  review: Review,
  names: Record<string, string>,
  onSelect: (sheet: string, cell: string) => void,
  onClosed: () => void,
): Promise<LargerView> {
  const url = new URL("dialog.html", window.location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 85, width: 75, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new ProblemError(dialogProblem(result.error), result.error.message));
        return;
      }
      const dialog = result.value;
      let latest = review;
      let ready = false;
      const send = () =>
        dialog.messageChild(JSON.stringify({ kind: "review", review: latest, names } satisfies ToDialog));
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if (!("message" in arg)) return;
        const message = JSON.parse(arg.message) as ToPane;
        if (message.kind === "ready") {
          ready = true;
          send();
        } else if (message.kind === "select") onSelect(message.sheet, message.cell);
      });
      // Closed by the user (or navigated away): the pane forgets it.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => onClosed());
      resolve({
        update: (next) => {
          latest = next;
          if (ready) send();
        },
        close: () => dialog.close(),
      });
    });
  });
}
