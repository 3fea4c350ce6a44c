/**
 * Queues Office.js operations and syncs only when the next one would push a request or its
 * response past the payload budget, so the number of syncs grows with payload, not with rows.
 */
import { throwIfCancelled, type Progress, type Work } from "../core/progress";

/** Excel on the web refuses requests and responses over about 5 MB; we stay well under 4 MB. */
export const PAYLOAD_BUDGET = 2_000_000;
/** What one queued operation costs besides its data: object path, method name, ids. */
export const OPERATION_OVERHEAD = 120;

export interface SyncContext {
  sync(): Promise<void>;
}

export class Batch {
  syncs = 0;
  private pending = 0;
  /** Units of work (cells) queued so far, and what they are reported as after each sync. */
  private counted = 0;
  private reportAs: { phase: Progress["phase"]; total: number } | null = null;

  constructor(
    private readonly context: SyncContext,
    private readonly budget = PAYLOAD_BUDGET,
    private readonly work?: Work,
  ) {}

  /** From now on, each sync reports the units counted so far as `phase` progress out of `total`. */
  track(phase: Progress["phase"], total: number): void {
    this.reportAs = { phase, total };
    this.counted = 0;
  }

  /** Counts units of work queued (reported once they are synced). */
  count(units: number): void {
    this.counted += units;
  }

  /** Call before queueing an operation of about `bytes`; syncs first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    const cost = bytes + OPERATION_OVERHEAD;
    if (this.pending > 0 && this.pending + cost > this.budget) await this.flush();
    this.pending += cost;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    // Avbryt takes effect between requests, never inside one: before sending, and once the
    // request in flight has come back.
    throwIfCancelled(this.work);
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
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
