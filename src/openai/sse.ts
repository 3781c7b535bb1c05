/**
 * The events of one streamed run, read from a `text/event-stream` body.
 *
 * A hand-written iterator rather than an async generator: a generator's `return()` waits behind a
 * pending `next()`, so a consumer that stops while a read is pending would keep the upstream
 * request alive until the next chunk, holding a connection for nothing. Here `return()` aborts the
 * request at once, and every read is raced against that abort.
 */
import type { Readable } from 'node:stream';
import { raceAbort, SseMessages } from '../http/sse.js';
import { UpstreamError } from './errors.js';
import { abortError } from './http.js';
import { toStreamEvent } from '../v1/stream.js';
import type { AssistantStreamEvent } from '../v1/stream.js';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
const ENDED_EARLY = 'The upstream stream ended before done.';

/**
 * Streams the events of one upstream SSE call. The request is sent on the first `next()`; it is
 * aborted when the stream ends, fails, the caller's signal aborts, or the consumer calls `return()`.
 * It can be iterated once.
 */
export class AssistantEventStream implements AsyncIterableIterator<AssistantStreamEvent, undefined> {
  readonly #operation: string;
  readonly #open: (signal: AbortSignal) => Promise<Readable>;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #controller = new AbortController();
  readonly #signal: AbortSignal;
  #messages: SseMessages | null = null;
  #finished = false;
  #stoppedByConsumer = false;
  /** Reads run one after another even if a consumer calls `next()` without awaiting. */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(operation: string, open: (signal: AbortSignal) => Promise<Readable>, callerSignal?: AbortSignal) {
    this.#operation = operation;
    this.#open = open;
    this.#callerSignal = callerSignal;
    this.#signal = callerSignal ? AbortSignal.any([callerSignal, this.#controller.signal]) : this.#controller.signal;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<AssistantStreamEvent, undefined>> {
    const result = this.#tail.then(() => this.#pull());
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Stops at once: the upstream request is aborted even while a read is pending. */
  return(): Promise<IteratorReturnResult<undefined>> {
    if (!this.#finished) this.#stoppedByConsumer = true;
    this.#finish();
    return Promise.resolve(DONE);
  }

  async #pull(): Promise<IteratorResult<AssistantStreamEvent, undefined>> {
    if (this.#finished) return DONE;
    try {
      const messages = this.#messages ?? (await this.#start());
      const read = await messages.next();
      if (read.done) throw new UpstreamError({ kind: 'stream', message: ENDED_EARLY });
      const event = toStreamEvent(read.value.event, read.value.data);
      if (event.kind === 'done') {
        // The upstream normally ends the body right after `done`: reading that end keeps the connection alive.
        this.#finished = true;
        messages.drain();
      }
      return { done: false, value: event };
    } catch (err) {
      this.#finish();
      if (this.#stoppedByConsumer) return DONE;
      if (this.#callerSignal?.aborted) throw abortError(this.#operation, this.#callerSignal);
      if (err instanceof UpstreamError) throw err;
      throw new UpstreamError({ kind: 'stream', message: ENDED_EARLY }, { cause: err });
    }
  }

  async #start(): Promise<SseMessages> {
    const body = await raceAbort(this.#open(this.#signal), this.#signal);
    this.#messages = new SseMessages(body, this.#signal);
    return this.#messages;
  }

  /** Aborting the request destroys its body, which frees or closes the socket. */
  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#controller.abort(new Error('The event stream is finished.'));
  }
}
