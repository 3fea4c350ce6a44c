/** One action at a time in the pane: its status (busy with progress, done, cancelled, failed) and its Avbryt. */
import { useCallback, useRef, useState } from "react";
import type { Translate } from "../../core/i18n";
import { CancelledError, type Progress, type Work } from "../../core/progress";
import { explainError } from "../session";

export type Status =
  | { kind: "idle" }
  | { kind: "busy"; progress: Progress | null; cancellable: boolean }
  | { kind: "done"; text: string }
  | { kind: "info"; text: string }
  | { kind: "error"; text: string };

/** What a long action may be told: how far it has come, and Avbryt. */
export type Job = (work: Work) => Promise<string | null | { info: string }>;

/** Runs one action at a time: its status (busy with progress, done, cancelled, failed) and its Avbryt. */
export function useRunner(t: Translate) {
  const [status, setStatus] = useState<Status>({ kind: "busy", progress: null, cancellable: false });
  /** The running action's Avbryt. */
  const abort = useRef<AbortController | null>(null);

  /** Excel's error in words; those words load with the first error. */
  const explain = useCallback(
    async (error: unknown) => {
      (await import("../../core/i18n/swedishMore")).registerSwedishMore();
      return explainError(error, t);
    },
    [t],
  );

  const run = useCallback(
    async (job: Job, options: { cancellable?: boolean } = {}) => {
      const controller = options.cancellable ? new AbortController() : null;
      abort.current = controller;
      const cancellable = controller !== null;
      setStatus({ kind: "busy", progress: null, cancellable });
      const work: Work = {
        signal: controller?.signal,
        onProgress: (progress) => setStatus({ kind: "busy", progress, cancellable }),
      };
      try {
        const text = await job(work);
        // A job that could not do what was asked, for a reason of the workbook's, says why (not an error of Excel's).
        if (text && typeof text === "object") setStatus({ kind: "info", text: text.info });
        else setStatus(text ? { kind: "done", text } : { kind: "idle" });
      } catch (error) {
        if (error instanceof CancelledError)
          setStatus({ kind: "info", text: t(error.undone ? "pane.cancelledWrite" : "pane.cancelled") });
        else setStatus({ kind: "error", text: await explain(error) });
      } finally {
        abort.current = null;
      }
    },
    [t, explain],
  );

  const fail = async (error: unknown) => setStatus({ kind: "error", text: await explain(error) });
  return { status, run, fail, cancel: () => abort.current?.abort() };
}
