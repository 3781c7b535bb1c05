/**
 * The event streams of the subscriptions, on yoga's `Repeater`.
 *
 * Two rules keep them tidy. A repeater ends its source as soon as it is stopped, even while a read of
 * the source is pending, so a client that goes away has the upstream request aborted at once. And an
 * error is passed to `stop` only while the consumer waits for the next item (after it has taken the
 * last one), so it reaches that consumer; one that leaves instead never sees it, and `return()`
 * never rejects.
 */
import type { GraphQLError } from 'graphql';
import { Repeater } from 'graphql-yoga';
import { UpstreamError } from '../../openai/errors.js';
import type { AssistantStreamEvent, StreamErrorData } from '../../v1/stream.js';
import { fromUpstreamError } from '../errors.js';

export function graphQLErrorOf(error: unknown): unknown {
  return error instanceof UpstreamError ? fromUpstreamError(error) : error;
}

/** The thread and run a streamed event belongs to, which the data of a delta does not name. */
export interface RunOfEvent {
  threadId: string;
  runId: string;
}

/** An event as the subscriptions yield it: a delta carries the run the stream's earlier events named, for the links of its files. */
export type RelayedEvent = AssistantStreamEvent & { run?: RunOfEvent };

function streamError(data: StreamErrorData): GraphQLError {
  return fromUpstreamError(
    new UpstreamError({ ...data, kind: 'stream', message: `The upstream failed the stream: ${data.message}` }),
  );
}

/** Calls `source.return()` once the repeater whose `stop` this is has stopped. */
function returnOnStop(stop: PromiseLike<unknown>, source: AsyncIterator<unknown>): void {
  // Both sources here resolve `return()`; the catch only keeps a surprise from crashing the process.
  void Promise.resolve(stop)
    .then(() => source.return?.())
    .catch(() => undefined);
}

/**
 * The upstream events as the subscription yields them: every event passed on (each delta with its
 * run), ending after `done`, or after an `error` event with an UPSTREAM_ERROR error; a stream that
 * breaks off ends with the mapped upstream error. The source is read one event per request for the
 * next item.
 */
function relayEvents(stream: AsyncIterable<AssistantStreamEvent>): Repeater<RelayedEvent, void> {
  return new Repeater<RelayedEvent, void>(async (push, stop) => {
    const source = stream[Symbol.asyncIterator]();
    returnOnStop(stop, source);
    // A run's stream names it (`thread.run.created`) before any step or message of it.
    let run: RunOfEvent | undefined;
    try {
      for (;;) {
        const result = await source.next();
        if (result.done) return stop();
        const event = result.value;
        if (event.kind === 'run') run = { threadId: event.data.thread_id, runId: event.data.id };
        if (event.kind === 'error') await source.return?.();
        await push(event.kind === 'step_delta' || event.kind === 'message_delta' ? { ...event, ...(run ? { run } : {}) } : event);
        if (event.kind === 'error') return stop(streamError(event.data));
        if (event.kind === 'done') return stop();
      }
    } catch (error) {
      stop(graphQLErrorOf(error));
    }
  });
}

/**
 * Waits for the first item, so that failures before the stream starts (bad input caught upstream,
 * a 4xx, NOT_FOUND) are an ordinary GraphQL error rather than an error inside an event stream; the
 * repeater it returns yields that item, then the rest of `source`. (A repeater starts on the first
 * request for an item; should the client leave before that, both sources here end with its
 * connection's signal.)
 */
export async function started<T>(source: Repeater<T, void>): Promise<Repeater<T, void>> {
  const first = await source.next();
  return new Repeater<T, void>(async (push, stop) => {
    returnOnStop(stop, source);
    try {
      for (let result = first; !result.done; result = await source.next()) await push(result.value);
      stop();
    } catch (error) {
      stop(error);
    }
  });
}

/** A streamed run's events, once the first has arrived (see `started`). */
export function relay(stream: AsyncIterable<AssistantStreamEvent>): Promise<Repeater<RelayedEvent, void>> {
  return started(relayEvents(stream));
}
