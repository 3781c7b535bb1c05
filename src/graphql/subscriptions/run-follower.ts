/**
 * Follows runs by polling, for the `run(id:)` subscription. All subscribers of one run as one caller
 * share a single poller (registry below), so N browser tabs cost one GET per interval, not N.
 * Polls back off from 250 ms to 2 s while nothing changes, and return to 250 ms after a change.
 */
import type { AssistantsApi } from '../../openai/api.js';
import { TERMINAL_RUN_STATUSES } from '../../openai/schemas.js';
import type { Run } from '../../openai/schemas.js';

const MIN_POLL_DELAY_MS = 250;
const MAX_POLL_DELAY_MS = 2_000;

type RunReader = Pick<AssistantsApi, 'getRun'>;

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

interface Waiter {
  resolve: (result: IteratorResult<Run, undefined>) => void;
  reject: (error: unknown) => void;
}

/**
 * One subscriber's view: an iterator of the run's snapshots, the current one first, then one per
 * status change, ending after a terminal status. Hand-written rather than a generator so that
 * `return()` ends it at once even while a `next()` waits for the next change.
 */
export class RunFollower implements AsyncIterableIterator<Run, undefined> {
  /** The subscriber's own upstream view; the shared poller reads through any follower's. */
  readonly api: RunReader;
  readonly signal: AbortSignal;
  readonly #poller: RunPoller;
  readonly #queue: Run[] = [];
  #waiter: Waiter | null = null;
  #failure: { error: unknown } | null = null;
  #ended = false;
  readonly #onAbort = (): void => {
    void this.return();
  };

  constructor(poller: RunPoller, api: RunReader, signal: AbortSignal) {
    this.#poller = poller;
    this.api = api;
    this.signal = signal;
    signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<Run, undefined>> {
    const run = this.#queue.shift();
    if (run) return Promise.resolve({ done: false, value: run });
    if (this.#failure) {
      const { error } = this.#failure;
      this.#failure = null;
      return Promise.reject(error);
    }
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorReturnResult<undefined>> {
    this.#queue.length = 0;
    this.#failure = null;
    this.#end();
    return Promise.resolve(DONE);
  }

  /** A new snapshot from the poller. */
  deliver(run: Run): void {
    if (this.#ended) return;
    const waiter = this.#takeWaiter();
    if (waiter) waiter.resolve({ done: false, value: run });
    else this.#queue.push(run);
  }

  /** The run reached a terminal status: whatever is queued is still delivered, then it ends. */
  finish(): void {
    this.#end();
  }

  /** The poller failed: queued snapshots first, then the error. */
  fail(error: unknown): void {
    if (this.#ended) return;
    const waiter = this.#takeWaiter();
    if (waiter) waiter.reject(error);
    else this.#failure = { error };
    this.#end();
  }

  #takeWaiter(): Waiter | null {
    const waiter = this.#waiter;
    this.#waiter = null;
    return waiter;
  }

  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.signal.removeEventListener('abort', this.#onAbort);
    this.#takeWaiter()?.resolve(DONE);
    this.#poller.remove(this);
  }
}

/** Polls one run for every follower of it; stops when the last one leaves or the run ends. */
class RunPoller {
  readonly #key: string;
  readonly #threadId: string;
  readonly #runId: string;
  readonly #followers = new Set<RunFollower>();
  #last: Run | null = null;
  #delay = MIN_POLL_DELAY_MS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #polling = false;
  #stopped = false;

  constructor(key: string, threadId: string, runId: string) {
    this.#key = key;
    this.#threadId = threadId;
    this.#runId = runId;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  add(api: RunReader, signal: AbortSignal): RunFollower {
    const follower = new RunFollower(this, api, signal);
    if (signal.aborted) {
      void follower.return();
      return follower;
    }
    this.#followers.add(follower);
    // A late subscriber starts from the snapshot the others already have; its next one comes with theirs.
    if (this.#last) follower.deliver(this.#last);
    else if (!this.#polling && this.#timer === null) void this.#poll();
    return follower;
  }

  remove(follower: RunFollower): void {
    this.#followers.delete(follower);
    if (this.#followers.size === 0) this.#stop();
  }

  async #poll(): Promise<void> {
    this.#timer = null;
    const reader = this.#reader();
    if (!reader) return;
    this.#polling = true;
    let run: Run;
    try {
      run = await reader.api.getRun(this.#threadId, this.#runId);
    } catch (error) {
      this.#polling = false;
      if (this.#stopped) return;
      // The follower whose connection carried this GET went away: another one reads from now on.
      if (reader.signal.aborted) return this.#schedule(0);
      for (const follower of [...this.#followers]) follower.fail(error);
      return;
    }
    this.#polling = false;
    if (this.#stopped) return;
    if (run.status !== this.#last?.status) {
      this.#last = run;
      this.#delay = MIN_POLL_DELAY_MS;
      for (const follower of this.#followers) follower.deliver(run);
    } else {
      this.#delay = Math.min(this.#delay * 2, MAX_POLL_DELAY_MS);
    }
    if (TERMINAL_RUN_STATUSES.includes(run.status)) {
      for (const follower of [...this.#followers]) follower.finish();
      return;
    }
    this.#schedule(this.#delay);
  }

  #reader(): RunFollower | undefined {
    for (const follower of this.#followers) if (!follower.signal.aborted) return follower;
    return undefined;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#poll(), delayMs);
  }

  #stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (pollers.get(this.#key) === this) pollers.delete(this.#key);
  }
}

/** The live pollers of this process, by caller, thread and run. */
const pollers = new Map<string, RunPoller>();

/** How many runs are being polled right now (one per caller and run, however many subscribers). */
export function activePollerCount(): number {
  return pollers.size;
}

export interface FollowRunOptions {
  /** Scopes sharing: only subscribers with the same credentials share a poller. */
  callerKey: string;
  threadId: string;
  runId: string;
  /** The subscriber's upstream view, used for polls while it is subscribed. */
  api: RunReader;
  /** The subscriber's connection: when it aborts, the follower ends and leaves the poller. */
  signal: AbortSignal;
}

/** Subscribes to a run's snapshots, joining the poller of that run when there is one. */
export function followRun(options: FollowRunOptions): RunFollower {
  const key = JSON.stringify([options.callerKey, options.threadId, options.runId]);
  let poller = pollers.get(key);
  if (!poller || poller.stopped) {
    poller = new RunPoller(key, options.threadId, options.runId);
    pollers.set(key, poller);
  }
  return poller.add(options.api, options.signal);
}
