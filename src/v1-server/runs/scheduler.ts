/**
 * The only place runs wait: at most one pending task per run (its next lifecycle step or its expiry
 * watch), replaced when a new one is set. Tasks that throw are reported, never crash the process.
 */

// setTimeout fires at once beyond 2^31-1 ms, so longer waits are made of capped slices.
const MAX_TIMER_MS = 2 ** 31 - 1;

export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Runs `task` after `delayMs` (replacing the run's pending task). */
  after(runId: string, delayMs: number, task: () => Promise<void>): void {
    this.cancel(runId);
    if (this.closed) return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, delayMs));
    const timer = setTimeout(() => {
      this.timers.delete(runId);
      if (wait < delayMs) this.after(runId, delayMs - wait, task);
      else task().catch(this.onError);
    }, wait);
    this.timers.set(runId, timer);
  }

  /** Whether a task of the run is pending. */
  has(runId: string): boolean {
    return this.timers.has(runId);
  }

  cancel(runId: string): void {
    const timer = this.timers.get(runId);
    if (timer) clearTimeout(timer);
    this.timers.delete(runId);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
