/**
 * Events of an in-process v1 server, for tests that wait on runs: `StoreEvents` wraps the v1 server's
 * store and reports every run and message write once it is committed, so a waiter wakes on the
 * write that reaches the state it waits for (a passing state is never missed between two polls).
 * `until` is the one polling waiter, for processes a test cannot observe that way. Both are bounded
 * and fail with what they waited for and what they saw last. Tests use them through `kit.ts`.
 */
import type { Store } from '../../src/v1-server/index.js';
import type { RunKey, StoreTables } from '../../src/v1-server/store/store.js';
import type { Message, Run } from '../../src/v1/schemas.js';

/** How long a waiter waits by default before it fails. */
export const WAIT_TIMEOUT_MS = 5_000;

export interface WaitOptions {
  /** Default `WAIT_TIMEOUT_MS`. */
  timeoutMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `read` until `done` holds of what it returns, and returns that. For asynchronous processes
 * the test cannot observe otherwise (another process, another server); fails after `timeoutMs`
 * with `what` and the last value read.
 */
export async function until<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  what: string,
  options: WaitOptions & { intervalMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? WAIT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${describe(value)}`);
    await sleep(options.intervalMs ?? 10);
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** A value as the store keeps it (JSON text) and gives it back. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Write = { kind: 'run'; value: Run } | { kind: 'message'; value: Message };

/** `target` with some members replaced, the others bound to `target` (so private state still works). */
export function intercept<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof T];
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/**
 * The committed run and message writes of a v1 server's store. Give `store` to the v1 server
 * (`V1ServerOptions.store`); the v1 server then leaves closing it to the caller.
 */
export class StoreEvents {
  readonly store: Store;
  readonly #runs = new Map<string, Run>();
  readonly #messages = new Map<string, Message>();
  readonly #listeners = new Set<(write: Write) => void>();

  constructor(inner: Store) {
    this.store = intercept(inner, {
      ...this.#watched(inner, (write) => this.#publish(write)),
      transaction: <T>(work: (tx: StoreTables) => Promise<T>) => this.#observed((watched) => inner.transaction(watched), work),
      runTransaction: <T>(run: RunKey, work: (tx: StoreTables) => Promise<T>) =>
        this.#observed((watched) => inner.runTransaction(run, watched), work),
    });
  }

  /**
   * A transaction's writes are seen only once it commits, all of them, in order: those of the last
   * attempt, when a store runs the work again after a conflict.
   */
  async #observed<T>(
    transaction: (work: (tx: StoreTables) => Promise<T>) => Promise<T>,
    work: (tx: StoreTables) => Promise<T>,
  ): Promise<T> {
    let pending: Write[] = [];
    const result = await transaction((tx) => {
      const attempt: Write[] = [];
      pending = attempt;
      return work(intercept(tx, this.#watched(tx, (write) => attempt.push(write))));
    });
    for (const write of pending) this.#publish(write);
    return result;
  }

  #watched(tables: StoreTables, record: (write: Write) => void): Partial<StoreTables> {
    return {
      runs: intercept(tables.runs, {
        put: async (scope, parent, id, value) => {
          await tables.runs.put(scope, parent, id, value);
          record({ kind: 'run', value: stored(value) });
        },
      }),
      messages: intercept(tables.messages, {
        put: async (scope, parent, id, value) => {
          await tables.messages.put(scope, parent, id, value);
          record({ kind: 'message', value: stored(value) });
        },
      }),
    };
  }

  #publish(write: Write): void {
    if (write.kind === 'run') this.#runs.set(write.value.id, write.value);
    else this.#messages.set(write.value.id, write.value);
    for (const listener of [...this.#listeners]) listener(write);
  }

  /**
   * The run as committed by the first write for which `done` holds: its current state when that
   * holds already, else a later write's. Fails after `timeoutMs` with the status it stayed in.
   */
  run(runId: string, done: (run: Run) => boolean, options: WaitOptions & { what?: string } = {}): Promise<Run> {
    const match = (write: Write): Run | undefined => (write.kind === 'run' && write.value.id === runId && done(write.value) ? write.value : undefined);
    const current = this.#runs.get(runId);
    return this.#next(current && done(current) ? current : undefined, match, options, () => {
      const last = this.#runs.get(runId);
      return `run ${runId} to be ${options.what ?? 'done'}; it stayed ${last ? `${last.status}: ${describe(last)}` : 'unwritten'}`;
    });
  }

  /** The first message (already written or to come) for which `done` holds. */
  message(done: (message: Message) => boolean, options: WaitOptions & { what?: string } = {}): Promise<Message> {
    const match = (write: Write): Message | undefined => (write.kind === 'message' && done(write.value) ? write.value : undefined);
    const current = [...this.#messages.values()].find(done);
    return this.#next(current, match, options, () => `a message ${options.what ?? 'that matches'}`);
  }

  #next<T>(current: T | undefined, match: (write: Write) => T | undefined, options: WaitOptions, what: () => string): Promise<T> {
    if (current !== undefined) return Promise.resolve(structuredClone(current));
    const timeoutMs = options.timeoutMs ?? WAIT_TIMEOUT_MS;
    return new Promise<T>((resolve, reject) => {
      const listener = (write: Write): void => {
        const value = match(write);
        if (value === undefined) return;
        this.#listeners.delete(listener);
        clearTimeout(timer);
        resolve(structuredClone(value));
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      this.#listeners.add(listener);
    });
  }
}
