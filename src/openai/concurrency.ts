/**
 * A bound on the upstream calls one view (one GraphQL request) has in flight, so a single query
 * cannot spend the caller's rate limit at once. A queued call gives up as soon as its signal
 * aborts: the request's deadline still holds while it waits.
 */
export class ConcurrencyLimit {
  #active = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(readonly max: number) {}

  /** Runs `work` once a slot is free; rejects with `onAbort()` if `signal` aborts while it waits. */
  async run<T>(work: () => Promise<T>, signal: AbortSignal | undefined, onAbort: () => unknown): Promise<T> {
    if (this.#active >= this.max) await this.#slot(signal, onAbort);
    else this.#active += 1;
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so the count never drops and rises again.
      if (next) next();
      else this.#active -= 1;
    }
  }

  #slot(signal: AbortSignal | undefined, onAbort: () => unknown): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(onAbort());
        return;
      }
      const granted = (): void => {
        signal?.removeEventListener('abort', aborted);
        resolve();
      };
      const aborted = (): void => {
        const index = this.#waiting.indexOf(granted);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(onAbort());
      };
      signal?.addEventListener('abort', aborted, { once: true });
      this.#waiting.push(granted);
    });
  }
}
