/**
 * The events of one streamed run, read from a `text/event-stream` body.
 *
 * A hand-written iterator rather than an async generator: a generator's `return()` waits behind a
 * pending `next()`, so a consumer that stops while a read is pending would keep the upstream
 * request alive until the next chunk, holding a connection for nothing. Here `return()` aborts the
 * request at once, and every read is raced against that abort.
 */
import type { Readable } from 'node:stream';
import { createParser } from 'eventsource-parser';
import type { EventSourceParser } from 'eventsource-parser';
import { UpstreamError } from './errors.js';
import { abortError } from './http.js';
import { toStreamEvent } from '../v1/stream.js';
import type { AssistantStreamEvent } from '../v1/stream.js';

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
const ENDED_EARLY = 'The upstream stream ended before done.';
const DRAIN_GRACE_MS = 500;
const DRAIN_LIMIT_BYTES = 64 * 1024;

function chunkLength(chunk: unknown): number {
  if (typeof chunk === 'string' || chunk instanceof Uint8Array) return chunk.length;
  return 0;
}

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
  readonly #queue: AssistantStreamEvent[] = [];
  readonly #parser: EventSourceParser;
  readonly #decoder = new TextDecoder();
  #chunks: AsyncIterator<unknown> | null = null;
  #finished = false;
  #stoppedByConsumer = false;
  /** Reads run one after another even if a consumer calls `next()` without awaiting. */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(operation: string, open: (signal: AbortSignal) => Promise<Readable>, callerSignal?: AbortSignal) {
    this.#operation = operation;
    this.#open = open;
    this.#callerSignal = callerSignal;
    this.#signal = callerSignal ? AbortSignal.any([callerSignal, this.#controller.signal]) : this.#controller.signal;
    this.#parser = createParser({ onEvent: (message) => this.#queue.push(toStreamEvent(message.event, message.data)) });
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
      for (;;) {
        const event = this.#queue.shift();
        if (event) {
          if (event.kind === 'done') this.#finishAfterDone();
          return { done: false, value: event };
        }
        const chunks = this.#chunks ?? (await this.#start());
        const read = await raceAbort(chunks.next(), this.#signal);
        if (read.done) {
          this.#parser.feed(this.#decoder.decode());
          if (this.#queue.length === 0) throw new UpstreamError({ kind: 'stream', message: ENDED_EARLY });
        } else {
          this.#parser.feed(this.#decode(read.value));
        }
      }
    } catch (err) {
      this.#finish();
      if (this.#stoppedByConsumer) return DONE;
      if (this.#callerSignal?.aborted) throw abortError(this.#operation, this.#callerSignal);
      if (err instanceof UpstreamError) throw err;
      throw new UpstreamError({ kind: 'stream', message: ENDED_EARLY }, { cause: err });
    }
  }

  async #start(): Promise<AsyncIterator<unknown>> {
    const body = await raceAbort(this.#open(this.#signal), this.#signal);
    this.#chunks = body[Symbol.asyncIterator]();
    return this.#chunks;
  }

  #decode(chunk: unknown): string {
    if (typeof chunk === 'string') return chunk;
    if (chunk instanceof Uint8Array) return this.#decoder.decode(chunk, { stream: true });
    return String(chunk);
  }

  /** Aborting the request destroys its body, which frees or closes the socket. */
  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#queue.length = 0;
    this.#controller.abort(new Error('The event stream is finished.'));
  }

  /**
   * After `done` the upstream normally ends the body at once; reading that end lets undici keep the
   * connection alive. A body that lingers is aborted after a short grace.
   */
  #finishAfterDone(): void {
    this.#finished = true;
    this.#queue.length = 0;
    const chunks = this.#chunks;
    const signal = AbortSignal.any([this.#signal, AbortSignal.timeout(DRAIN_GRACE_MS)]);
    const drain = async (): Promise<void> => {
      let bytes = 0;
      while (chunks && bytes <= DRAIN_LIMIT_BYTES) {
        const read = await raceAbort(chunks.next(), signal);
        if (read.done) return;
        bytes += chunkLength(read.value);
      }
    };
    drain()
      .catch(() => undefined)
      .finally(() => this.#controller.abort(new Error('The event stream is finished.')));
  }
}
