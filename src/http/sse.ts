/**
 * The messages of a `text/event-stream` body, for both outbound clients.
 *
 * Every read is raced against the signal, so an abort ends a pending `next()` at once instead of at
 * the next chunk. `return()` drops the body (destroying it frees or closes its socket); `drain()`,
 * for once the last message was read, first reads the rest in the background so that undici can
 * reuse the connection.
 */
import type { Readable } from 'node:stream';
import { createParser } from 'eventsource-parser';
import type { EventSourceMessage, EventSourceParser } from 'eventsource-parser';
import { destroyQuietly } from './answers.js';

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

/** After the last message a body normally ends at once; one that lingers longer, or goes on for more, is dropped. */
const DRAIN_GRACE_MS = 500;
const DRAIN_LIMIT_BYTES = 64 * 1024;

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

function chunkLength(chunk: unknown): number {
  if (typeof chunk === 'string' || chunk instanceof Uint8Array) return chunk.length;
  return 0;
}

export class SseMessages implements AsyncIterableIterator<EventSourceMessage, undefined> {
  readonly #body: Readable;
  readonly #chunks: AsyncIterator<unknown>;
  readonly #signal: AbortSignal;
  readonly #queue: EventSourceMessage[] = [];
  // The parser copes with events split across chunks, `\r\n`, comments and multi-line data.
  readonly #parser: EventSourceParser = createParser({ onEvent: (message) => this.#queue.push(message) });
  readonly #decoder = new TextDecoder();
  #ended = false;
  #finished = false;

  constructor(body: Readable, signal: AbortSignal) {
    this.#body = body;
    this.#chunks = body[Symbol.asyncIterator]();
    this.#signal = signal;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /**
   * The next message; done once the body ended (or reading stopped). Rejects with the signal's
   * reason once it aborts, or with the body's error; the body is then dropped.
   */
  async next(): Promise<IteratorResult<EventSourceMessage, undefined>> {
    try {
      for (;;) {
        if (this.#finished) return DONE;
        const message = this.#queue.shift();
        if (message) return { done: false, value: message };
        if (this.#ended) return DONE;
        const read = await raceAbort(this.#chunks.next(), this.#signal);
        if (read.done) {
          this.#ended = true;
          this.#parser.feed(this.#decoder.decode());
        } else {
          this.#parser.feed(this.#decode(read.value));
        }
      }
    } catch (err) {
      this.#stop();
      throw err;
    }
  }

  /** Stops reading now: the body is dropped. */
  return(): Promise<IteratorReturnResult<undefined>> {
    this.#stop();
    return Promise.resolve(DONE);
  }

  /** The last message was read: the rest of the body is read in the background (bounded), then dropped. */
  drain(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#queue.length = 0;
    const signal = AbortSignal.any([this.#signal, AbortSignal.timeout(DRAIN_GRACE_MS)]);
    const read = async (): Promise<void> => {
      let bytes = 0;
      while (!this.#ended && bytes <= DRAIN_LIMIT_BYTES) {
        const chunk = await raceAbort(this.#chunks.next(), signal);
        if (chunk.done) return;
        bytes += chunkLength(chunk.value);
      }
    };
    read()
      .catch(() => undefined)
      .finally(() => destroyQuietly(this.#body));
  }

  #decode(chunk: unknown): string {
    if (typeof chunk === 'string') return chunk;
    if (chunk instanceof Uint8Array) return this.#decoder.decode(chunk, { stream: true });
    return String(chunk);
  }

  #stop(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#queue.length = 0;
    destroyQuietly(this.#body);
  }
}
