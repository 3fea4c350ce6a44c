/**
 * Queues Office.js operations and syncs only when the next one would push a request or its
 * response past the payload budget, so the number of syncs grows with payload, not with rows.
 *
 * What an operation costs is first estimated (its data plus an overhead per operation), then
 * measured: where the context is office.js's own, the queued request is serialized as office.js
 * will send it, every eighth of the budget, and the estimates are scaled by what was measured.
 * office.js writes an operation as its object path and action (ids, type, name, arguments and
 * the list of paths it depends on), about 2–5× what the data alone suggests.
 */
import { throwIfCancelled, type Progress, type Work } from "../core/progress";

/** Excel on the web refuses requests and responses over about 5 MB; we stay well under 4 MB. */
export const PAYLOAD_BUDGET = 2_000_000;
/** What one queued operation costs besides its data: object path, method name, ids. */
export const OPERATION_OVERHEAD = 120;

export interface SyncContext {
  sync(): Promise<void>;
}

/**
 * The size of the request office.js has queued on `context`, as it will serialize it; null where
 * the context does not say (a context of our own, or an office.js whose internals differ).
 */
export function queuedRequestBytes(context: unknown): number | null {
  try {
    const pending = (
      context as { _pendingRequest?: { buildRequestMessageBodyAndRequestFlags?: () => { body: unknown } } }
    )._pendingRequest;
    if (!pending || typeof pending.buildRequestMessageBodyAndRequestFlags !== "function") return null;
    return JSON.stringify(pending.buildRequestMessageBodyAndRequestFlags().body).length;
  } catch {
    return null;
  }
}

export class Batch {
  syncs = 0;
  /** Estimated request bytes queued since the last sync, before scaling. */
  private estimated = 0;
  /** Estimated response bytes of the reads queued since the last sync. */
  private response = 0;
  /** Estimated bytes (scaled) at which the queued request is next measured. */
  private nextMeasure: number;
  /**
   * Measured request bytes per estimated byte, from the last measurement (1 until measured). It
   * follows what office.js writes, up or down: a run of notes weighs differently from a run of
   * cell reads.
   */
  private scale = 1;
  /** Units of work (cells) queued so far, and what they are reported as after each sync. */
  private counted = 0;
  private reportAs: { phase: Progress["phase"]; total: number } | null = null;

  constructor(
    private readonly context: SyncContext,
    private readonly budget = PAYLOAD_BUDGET,
    private readonly work?: Work,
    private readonly measure: () => number | null = () => queuedRequestBytes(context),
  ) {
    this.nextMeasure = budget / 8;
  }

  /** From now on, each sync reports the units counted so far as `phase` progress out of `total`. */
  track(phase: Progress["phase"], total: number): void {
    this.reportAs = { phase, total };
    this.counted = 0;
  }

  /** Counts units of work queued (reported once they are synced). */
  count(units: number): void {
    this.counted += units;
  }

  /** The queued request's size as estimated, scaled by what was measured. */
  private get pending(): number {
    return this.estimated * this.scale;
  }

  /** Call before queueing an operation whose request carries about `bytes`; syncs first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    await this.make(bytes + OPERATION_OVERHEAD, 0);
  }

  /**
   * Call before queueing a read whose answer is about `responseBytes` (its request is an object
   * path and a query); syncs first if the request or the response would not fit.
   */
  async reserveRead(responseBytes: number): Promise<void> {
    await this.make(OPERATION_OVERHEAD, responseBytes);
  }

  private async make(request: number, response: number): Promise<void> {
    if (this.pending + request * this.scale >= this.nextMeasure) this.remeasure();
    const empty = this.idle;
    if (!empty && (this.pending + request * this.scale > this.budget || this.response + response > this.budget))
      await this.flush();
    this.estimated += request;
    this.response += response;
  }

  /** The queued request as office.js serializes it: the estimates are scaled to match it. */
  private remeasure(): void {
    const measured = this.measure();
    if (measured !== null && this.estimated > 0) this.scale = measured / this.estimated;
    this.nextMeasure = this.pending + this.budget / 8;
  }

  /** Whether nothing has been queued since the last sync. */
  get idle(): boolean {
    return this.estimated === 0 && this.response === 0;
  }

  async flush(): Promise<void> {
    if (this.idle) return;
    // Avbryt takes effect between requests, never inside one: before sending, and once the
    // request in flight has come back.
    throwIfCancelled(this.work);
    try {
      await this.context.sync();
      this.syncs++;
    } finally {
      // Sent, answered or refused: the queued request is gone either way.
      this.estimated = 0;
      this.response = 0;
      this.nextMeasure = this.budget / 8;
    }
    throwIfCancelled(this.work);
    if (this.reportAs) {
      const { phase, total } = this.reportAs;
      this.work?.onProgress?.({ phase, done: Math.min(this.counted, total), total });
    }
  }
}

export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
