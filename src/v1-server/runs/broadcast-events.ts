/**
 * The run event channel of instances sharing a store: every publication is a note on the store's
 * broadcast, which every instance (the sender too) receives in commit order; each delivers the
 * events to its own listeners. So a stream sees a run's events in one order whichever instances
 * execute, cancel or resume it; and the instance executing a run hears when another cancels it,
 * ends it (an expiry) or deletes its thread, and stops its model call.
 *
 * A stream starts with the events of the transaction that created or resumed its run (its
 * request's own), and so registers for that publication before the transaction commits: it then
 * receives exactly that note and every later one of the run, none before (a note sent earlier can
 * still be on its way) and none missed; a transaction that fails takes the registration with it. Text deltas, sent outside transactions, go out in order
 * before the run's next transaction begins. When the listening connection drops, notes may have
 * been missed: every stream of the instance ends (without `done`, as at a shutdown) so its client
 * asks again.
 */
import { randomUUID } from 'node:crypto';
import type { Broadcast, Listening } from '../store/store.js';
import type { PublishOptions, RunEventChannel, RunEventHandlers, RunListener, RunRef } from './events.js';
import { endsRun, RunListeners } from './events.js';
import type { RunEvent } from './transitions.js';

/** One note: the events of one publication on one run. */
interface RunNote extends RunRef {
  /** The publication: a stream registered for it starts here. */
  id: string;
  events: RunEvent[];
  /** `PublishOptions.resumedBy`. */
  resumedBy?: string;
  /** `PublishOptions.forgotten`. */
  forgotten?: boolean;
}

export interface BroadcastRunEventsOptions {
  /** Notes may have been missed: the instance's streams must end. */
  lost: () => void;
  /** Sending streamed events failed. */
  onError: (error: unknown) => void;
}

export class BroadcastRunEvents implements RunEventChannel {
  private readonly listeners = new RunListeners();
  /** Streams waiting for the publication that starts them, by its id. */
  private readonly starting = new Map<string, RunListener>();
  /** By run: streamed events not sent yet, and the sending of those before them. */
  private readonly outgoing = new Map<string, { queue: RunEvent[]; sent: Promise<void> }>();
  private handlers: RunEventHandlers | undefined;
  private listening: Listening | undefined;

  constructor(
    private readonly broadcast: Broadcast,
    private readonly options: BroadcastRunEventsOptions,
  ) {}

  async open(handlers: RunEventHandlers): Promise<void> {
    this.handlers = handlers;
    this.listening = await this.broadcast.listen(
      (note) => this.receive(note),
      () => {
        this.listeners.clear();
        this.starting.clear();
        this.options.lost();
      },
    );
  }

  async publish(run: RunRef, events: readonly RunEvent[], options: PublishOptions = {}): Promise<void> {
    const note: RunNote = { ...run, id: randomUUID(), events: [...events], resumedBy: options.resumedBy, forgotten: options.forgotten };
    const { follower } = options;
    if (follower) {
      // A transaction run again publishes again: only its last attempt commits.
      this.abandon(follower);
      this.starting.set(note.id, follower);
    }
    await this.broadcast.send(noteText(note));
  }

  committed(): void {
    // Every instance, this one too, delivers the events when their note arrives.
  }

  abandon(follower: RunListener): void {
    for (const [id, waiting] of this.starting) if (waiting === follower) this.starting.delete(id);
  }

  stream(run: RunRef, events: readonly RunEvent[]): void {
    const outgoing = this.outgoing.get(run.runId);
    if (outgoing) {
      outgoing.queue.push(...events);
      return;
    }
    const started = { queue: [...events], sent: Promise.resolve() };
    this.outgoing.set(run.runId, started);
    started.sent = this.send(run, started.queue);
  }

  /** Sends the queue, in as few notes as it has turns: what arrives while one is sent goes in the next. */
  private async send(run: RunRef, queue: RunEvent[]): Promise<void> {
    for (;;) {
      const events = queue.splice(0);
      if (events.length === 0) {
        this.outgoing.delete(run.runId);
        return;
      }
      try {
        await this.broadcast.send(noteText({ ...run, id: randomUUID(), events }));
      } catch (error) {
        this.options.onError(error);
      }
    }
  }

  async streamed(runId: string): Promise<void> {
    await this.outgoing.get(runId)?.sent;
  }

  private receive(text: string): void {
    const [runId = '', id = ''] = text.slice(0, text.indexOf('\n')).split(' ');
    // Every instance hears every note: one that nothing here follows or acts on is not even parsed.
    if (!this.listeners.has(runId) && !this.starting.has(id) && this.handlers?.concerns(runId) !== true) return;
    const note = JSON.parse(text.slice(text.indexOf('\n') + 1)) as RunNote;
    const follower = this.starting.get(note.id);
    if (follower) {
      this.starting.delete(note.id);
      this.listeners.subscribe(note.runId, follower);
    }
    this.listeners.emit(note.runId, note.events);
    if (note.events.some((event) => event.event === 'thread.run.cancelling')) this.handlers?.cancelling(note);
    if (note.events.some((event) => endsRun(event.event))) this.handlers?.ended(note);
    if (note.resumedBy !== undefined) this.handlers?.resumed(note, note.resumedBy);
    if (note.forgotten === true) this.handlers?.forgotten(note);
  }

  unsubscribe(runId: string, listener: RunListener): void {
    this.listeners.unsubscribe(runId, listener);
    this.abandon(listener);
  }

  drop(runId: string): void {
    this.listeners.drop(runId);
  }

  async close(): Promise<void> {
    await this.listening?.stop();
    this.listeners.clear();
    this.starting.clear();
  }
}

/** A note as sent: its run and publication ids on a first line, so a listener can pass it by unread. */
function noteText(note: RunNote): string {
  return `${note.runId} ${note.id}\n${JSON.stringify(note)}`;
}
