/**
 * How a run's events reach its listeners (the open SSE streams of `stream: true` requests), and how
 * a cancel or a resume reaches the engine that acts on it. One instance of the server (SQLite)
 * keeps it in process (`RunEventBus`); instances sharing a store send it through the store's
 * broadcast (`broadcast-events.ts`), so a stream through one instance follows a run another executes.
 */
import { TERMINAL_RUN_STATUSES } from '../../v1/schemas.js';
import { endsStream } from '../streaming.js';
import type { RunEvent } from './transitions.js';

export type RunListener = (event: string, data: unknown) => void;

const RUN_END_EVENTS = new Set(TERMINAL_RUN_STATUSES.map((status) => `thread.run.${status}`));

/** Whether the event is a run's end (a wait for tool outputs is not). */
export function endsRun(event: string): boolean {
  return RUN_END_EVENTS.has(event);
}

/** A run, as the engine's handlers need it. */
export interface RunRef {
  scope: string;
  threadId: string;
  runId: string;
}

/** What the channel asks of the engine on its instance. */
export interface RunEventHandlers {
  /** The run went `cancelling` through another instance: its model call stops, if it runs here. */
  cancelling(run: RunRef): void;
  /** The run ended (expired through another instance, say): its model call stops, if it runs here. */
  ended(run: RunRef): void;
  /** The run's thread was deleted: nothing of the run stays on this instance. */
  forgotten(run: RunRef): void;
  /** The run is `queued` again (its tool outputs arrived): started here, unless another instance starts it first. */
  resumed(run: RunRef, requestId: string): void;
  /** Whether any of the above could do something here: the run has a lease, model call, timer or unwritten text on this instance. */
  concerns(runId: string): boolean;
}

export interface PublishOptions {
  /** A stream that starts with these events: it follows the run from them on. */
  follower?: RunListener | undefined;
  /** The run was queued again by the request with this id (`RunEventHandlers.resumed`). */
  resumedBy?: string | undefined;
  /** The run's thread was deleted (`RunEventHandlers.forgotten`). */
  forgotten?: boolean | undefined;
}

export interface RunEventChannel {
  /** Starts delivering; `handlers` then get the cancels and resumes of every instance. */
  open(handlers: RunEventHandlers): Promise<void>;
  /**
   * Called inside the work of the transaction that causes `events`, after its writes. Across instances they go
   * out with it, so every listener sees the events of a run's transactions in commit order.
   */
  publish(run: RunRef, events: readonly RunEvent[], options?: PublishOptions): Promise<void>;
  /** Called once that transaction committed. */
  committed(run: RunRef, events: readonly RunEvent[], options?: PublishOptions): void;
  /** That transaction failed: the stream `publish` registered as its `follower` goes. */
  abandon(follower: RunListener): void;
  /** Events of no transaction (text deltas) from the run's executor: out at once, in order. */
  stream(run: RunRef, events: readonly RunEvent[]): void;
  /** Resolves once the events streamed so far are out: the run's next transaction waits for it, so its events follow them. */
  streamed(runId: string): Promise<void>;
  unsubscribe(runId: string, listener: RunListener): void;
  drop(runId: string): void;
  close(): Promise<void>;
}

/** Listeners by run, dropped after an event that ends a stream. */
export class RunListeners {
  private readonly listeners = new Map<string, Set<RunListener>>();

  subscribe(runId: string, listener: RunListener): void {
    let set = this.listeners.get(runId);
    if (!set) {
      set = new Set();
      this.listeners.set(runId, set);
    }
    set.add(listener);
  }

  unsubscribe(runId: string, listener: RunListener): void {
    const set = this.listeners.get(runId);
    set?.delete(listener);
    if (set?.size === 0) this.listeners.delete(runId);
  }

  /** Sends the events in order; after one that ends a stream, the run's listeners are dropped. */
  emit(runId: string, events: readonly RunEvent[]): void {
    for (const { event, data } of events) {
      for (const listener of [...(this.listeners.get(runId) ?? [])]) listener(event, data);
      if (endsStream(event)) this.listeners.delete(runId);
    }
  }

  drop(runId: string): void {
    this.listeners.delete(runId);
  }

  has(runId: string): boolean {
    return this.listeners.has(runId);
  }

  clear(): void {
    this.listeners.clear();
  }
}

/** The channel of a single instance: events go to this process's listeners once their transaction committed. */
export class RunEventBus implements RunEventChannel {
  private readonly listeners = new RunListeners();
  private handlers: RunEventHandlers | undefined;

  async open(handlers: RunEventHandlers): Promise<void> {
    this.handlers = handlers;
  }

  async publish(): Promise<void> {
    // Nothing leaves the process: `committed` sends the events.
  }

  committed(run: RunRef, events: readonly RunEvent[], options: PublishOptions = {}): void {
    if (options.follower) this.listeners.subscribe(run.runId, options.follower);
    this.listeners.emit(run.runId, events);
    if (options.resumedBy !== undefined) this.handlers?.resumed(run, options.resumedBy);
    if (options.forgotten === true) this.handlers?.forgotten(run);
  }

  abandon(): void {
    // A follower is registered only once its transaction committed.
  }

  stream(run: RunRef, events: readonly RunEvent[]): void {
    this.listeners.emit(run.runId, events);
  }

  async streamed(): Promise<void> {
    // Streamed events are sent at once.
  }

  unsubscribe(runId: string, listener: RunListener): void {
    this.listeners.unsubscribe(runId, listener);
  }

  drop(runId: string): void {
    this.listeners.drop(runId);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
