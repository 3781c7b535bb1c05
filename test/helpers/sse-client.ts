/**
 * A GraphQL-over-SSE client for tests: POSTs a subscription to `/graphql` with
 * `accept: text/event-stream` and yields each `next` payload until `complete`. Frames may arrive
 * split across chunks, or several in one; comment lines (yoga's pings) are counted, not yielded.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { GraphQLResponse } from './gql-client.js';

export type SubscriptionResult<T = Record<string, unknown>> = Omit<GraphQLResponse<T>, 'status'>;

export interface SseSubscription<T = Record<string, unknown>> extends AsyncIterable<SubscriptionResult<T>> {
  /** The HTTP status, once the response has started. */
  status(): Promise<number>;
  /** Comment lines (keep-alive pings) received so far. */
  readonly pings: number;
  /** Whether `event: complete` arrived. */
  readonly completed: boolean;
  /** Closes the connection, as a client going away would. */
  abort(): void;
  /** Every result until `complete` (or until the connection ends). */
  collect(): Promise<SubscriptionResult<T>[]>;
}

export interface SubscribeOptions {
  apiKey?: string;
  headers?: Record<string, string>;
}

interface Frame {
  event: string;
  data: string;
}

/** Splits an SSE text buffer into complete frames; returns the incomplete tail to keep. */
export function parseFrames(buffer: string): { frames: Frame[]; comments: number; rest: string } {
  const frames: Frame[] = [];
  let comments = 0;
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comments += 1;
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0 || event !== 'message') frames.push({ event, data: data.join('\n') });
  }
  return { frames, comments, rest };
}

/** Subscribes with a typed document: its variables and results are typed by it. */
export function subscribe<TResult, TVariables>(
  url: string,
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables,
  options?: SubscribeOptions,
): SseSubscription<TResult>;
/** Subscribes with an operation as text (for operations sent deliberately invalid). */
export function subscribe<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: SubscribeOptions,
): SseSubscription<T>;
export function subscribe<T>(
  url: string,
  query: string | DocumentTypeDecoration<T, unknown>,
  variables: unknown = {},
  options: SubscribeOptions = {},
): SseSubscription<T> {
  const controller = new AbortController();
  const response = fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }),
      ...options.headers,
    },
    body: JSON.stringify({ query: query.toString(), variables }),
    signal: controller.signal,
  });
  let pings = 0;
  let completed = false;

  async function* results(): AsyncGenerator<SubscriptionResult<T>> {
    const body = (await response).body;
    if (!body) return;
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        const parsed = parseFrames(buffer);
        buffer = parsed.rest;
        pings += parsed.comments;
        for (const frame of parsed.frames) {
          if (frame.event === 'complete') {
            completed = true;
            return;
          }
          if (frame.event === 'next') yield JSON.parse(frame.data) as SubscriptionResult<T>;
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      controller.abort();
    }
  }

  const iterable = results();
  return {
    [Symbol.asyncIterator]: () => iterable,
    status: async () => (await response).status,
    get pings() {
      return pings;
    },
    get completed() {
      return completed;
    },
    abort: () => controller.abort(),
    async collect() {
      const all: SubscriptionResult<T>[] = [];
      for await (const result of iterable) all.push(result);
      return all;
    },
  };
}
