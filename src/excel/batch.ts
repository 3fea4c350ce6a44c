/**
 * Queues Office.js operations and syncs only when the next one would push a request or its
 * response past the payload budget, so the number of syncs grows with payload, not with rows.
 */

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

  constructor(
    private readonly context: SyncContext,
    private readonly budget = PAYLOAD_BUDGET,
  ) {}

  /** Call before queueing an operation of about `bytes`; syncs first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    const cost = bytes + OPERATION_OVERHEAD;
    if (this.pending > 0 && this.pending + cost > this.budget) await this.flush();
    this.pending += cost;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
}

export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
