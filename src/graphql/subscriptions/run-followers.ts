/**
 * Follows runs by polling, for the `run(id:)` subscription. All subscribers of one run as one caller
 * share a single poller, so N browser tabs cost one GET per interval, not N. Polls back off from
 * 250 ms to 2 s while nothing changes, and return to 250 ms after a change.
 *
 * The pollers belong to a `RunFollowers`, made once per server (`createFacade`) and handed to every
 * request as `ctx.followers`: two servers in one process share nothing.
 */
import { Repeater } from 'graphql-yoga';
import type { AssistantsApi } from '../../openai/api.js';
import { TERMINAL_RUN_STATUSES } from '../../v1/schemas.js';
import type { Run } from '../../v1/schemas.js';

const MIN_POLL_DELAY_MS = 250;
const MAX_POLL_DELAY_MS = 2_000;

type RunReader = Pick<AssistantsApi, 'getRun'>;

/** Why a follower ends: the run ended (no failure), the poller failed, or the subscriber left. */
type Ending = { failure: unknown } | undefined;

/** One subscriber, as its poller sees it. */
interface Follower {
  /** The subscriber's own upstream view; the shared poller reads through any follower's. */
  readonly api: RunReader;
  readonly signal: AbortSignal;
  /** A new snapshot. */
  deliver(run: Run): void;
  /** No more snapshots: the run ended, or (with a failure) the poller failed. */
  end(ending?: Ending): void;
}

/** Polls one run for every follower of it; stops when the last one leaves or the run ends. */
class RunPoller {
  readonly #threadId: string;
  readonly #runId: string;
  readonly #onStop: () => void;
  readonly #followers = new Set<Follower>();
  #last: Run | null = null;
  #delay = MIN_POLL_DELAY_MS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #polling = false;
  #stopped = false;

  constructor(threadId: string, runId: string, onStop: () => void) {
    this.#threadId = threadId;
    this.#runId = runId;
    this.#onStop = onStop;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  add(follower: Follower): void {
    this.#followers.add(follower);
    // A late subscriber starts from the snapshot the others already have; its next one comes with theirs.
    if (this.#last) follower.deliver(this.#last);
    else if (!this.#polling && this.#timer === null) void this.#poll();
  }

  remove(follower: Follower): void {
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
      return this.#endAll({ failure: error });
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
    if (TERMINAL_RUN_STATUSES.includes(run.status)) return this.#endAll(undefined);
    this.#schedule(this.#delay);
  }

  #reader(): Follower | undefined {
    for (const follower of this.#followers) if (!follower.signal.aborted) return follower;
    return undefined;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#poll(), delayMs);
  }

  /** Ends every follower and stops at once (a later subscriber of the run gets a new poller). */
  #endAll(ending: Ending): void {
    const followers = [...this.#followers];
    this.#followers.clear();
    this.#stop();
    for (const follower of followers) follower.end(ending);
  }

  #stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#onStop();
  }
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

/** The run pollers of one server, by caller, thread and run. */
export class RunFollowers {
  readonly #pollers = new Map<string, RunPoller>();

  /** How many runs are being polled right now (one per caller and run, however many subscribers). */
  activePollerCount(): number {
    return this.#pollers.size;
  }

  /**
   * A subscriber's view of a run: the current snapshot first, then one per status change, ending
   * after a terminal status. It joins the run's poller when it starts, and leaves it when it is
   * stopped, its connection aborts or the run ends. A poller failure reaches the subscriber only
   * when it asks for the next snapshot, after those it has not read yet; one that leaves instead
   * never sees it (so `return()` does not reject).
   */
  follow(options: FollowRunOptions): Repeater<Run, void> {
    return new Repeater<Run, void>(async (push, stop) => {
      const { signal } = options;
      if (signal.aborted) return stop();
      let delivered: Promise<unknown> = Promise.resolve();
      let end: (ending?: Ending) => void = () => undefined;
      const ended = new Promise<Ending>((resolve) => (end = resolve));
      const follower: Follower = {
        api: options.api,
        signal,
        deliver: (run) => {
          delivered = push(run);
        },
        end: (ending) => end(ending),
      };
      const onAbort = (): void => end(undefined);
      signal.addEventListener('abort', onAbort, { once: true });
      const poller = this.#pollerOf(options);
      poller.add(follower);
      // `stop` settles when the subscriber stops, `ended` when the poller or the connection ends it.
      const ending = await Promise.race([ended, stop.then((): Ending => undefined)]);
      signal.removeEventListener('abort', onAbort);
      poller.remove(follower);
      if (ending === undefined) return stop();
      await delivered;
      stop(ending.failure);
    });
  }

  #pollerOf(options: FollowRunOptions): RunPoller {
    const key = JSON.stringify([options.callerKey, options.threadId, options.runId]);
    const current = this.#pollers.get(key);
    if (current && !current.stopped) return current;
    const poller: RunPoller = new RunPoller(options.threadId, options.runId, () => {
      if (this.#pollers.get(key) === poller) this.#pollers.delete(key);
    });
    this.#pollers.set(key, poller);
    return poller;
  }
}
