/**
 * Closed-loop load with autocannon: `connections` connections, each sending its sequence of
 * requests over and over for `seconds`. A sequence is one logical operation (one GraphQL request,
 * or the REST calls a client makes itself for the same data, one after the other on its
 * connection); throughput is counted in operations, when the last request of a sequence answers.
 */
import autocannon from 'autocannon';
import type { Request as CannonRequest } from 'autocannon';
import { GRAPHQL_HEADERS, REST_HEADERS } from './clients.js';

export interface Tally {
  ops: number;
  /** Answers that were not 2xx, or GraphQL answers with errors. */
  failures: number;
}

/** The requests of one operation; the last one's `onResponse` must call `done`. */
export type Sequence = (done: (ok: boolean) => void) => CannonRequest[];

export interface LoadResult {
  ops: number;
  seconds: number;
  opsPerSecond: number;
  failures: number;
  /** Connection errors and timeouts seen by autocannon. */
  errors: number;
}

export async function runLoad(origin: string, sequence: Sequence, connections: number, seconds: number): Promise<LoadResult> {
  const tally: Tally = { ops: 0, failures: 0 };
  const requests = sequence((ok) => {
    tally.ops += 1;
    if (!ok) tally.failures += 1;
  });
  const result = await autocannon({ url: origin, connections, duration: seconds, requests, timeout: 30 });
  const failures = tally.failures + result.non2xx;
  return { ops: tally.ops, seconds: result.duration, opsPerSecond: tally.ops / result.duration, failures, errors: result.errors };
}

/**
 * One GraphQL request per operation; an answer with `errors` counts as a failure. `authorization`
 * replaces the bench key's header (e.g. `Bearer <JWT>` for a facade in jwt mode).
 */
export function graphqlSequence(query: string, variables: Record<string, unknown> = {}, authorization?: string): Sequence {
  const body = JSON.stringify({ query, variables });
  const headers = authorization === undefined ? GRAPHQL_HEADERS : { ...GRAPHQL_HEADERS, authorization };
  return (done) => [
    {
      method: 'POST',
      path: '/graphql',
      headers: { ...headers },
      body,
      onResponse: (status, text) => {
        let ok = status === 200;
        try {
          const parsed = JSON.parse(text) as { errors?: unknown[] };
          if (parsed.errors?.length) ok = false;
        } catch {
          ok = false;
        }
        done(ok);
      },
    },
  ];
}

/** One REST request per operation (the path includes `/v1`). */
export function restSequence(method: 'GET' | 'POST', path: string, body?: unknown): Sequence {
  return (done) => [
    {
      method,
      path,
      headers: { ...REST_HEADERS },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      onResponse: (status, text) => {
        let ok = status < 300;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        done(ok);
      },
    },
  ];
}

/**
 * A REST operation of two dependent steps: `first`, then the requests `next` derives from its
 * parsed answer (autocannon sends them one after the other on the connection). `count` is how many
 * `next` gives for this data set, fixed, since autocannon's sequence has a fixed length.
 */
export function restChain(first: string, next: (answer: unknown) => string[], count: number): Sequence {
  /** Per connection (autocannon keeps one context per connection, reset after each sequence). */
  interface ChainContext {
    paths?: string[];
    failed?: boolean;
  }
  return (done) => {
    const step = (index: number): CannonRequest => ({
      method: 'GET',
      headers: { ...REST_HEADERS },
      path: first,
      setupRequest: (request, context) => ({ ...request, path: (context as ChainContext).paths?.[index] ?? first }),
      onResponse: (status, text, context) => {
        const chain = context as ChainContext;
        try {
          JSON.parse(text);
        } catch {
          chain.failed = true;
        }
        if (status >= 300) chain.failed = true;
        if (index === count - 1) done(chain.failed !== true);
      },
    });
    return [
      {
        method: 'GET',
        path: first,
        headers: { ...REST_HEADERS },
        onResponse: (status, text, context) => {
          const chain = context as ChainContext;
          chain.failed = status >= 300;
          const paths = chain.failed ? [] : next(JSON.parse(text));
          if (paths.length !== count) chain.failed = true;
          chain.paths = paths;
          if (count === 0) done(!chain.failed);
        },
      },
      ...Array.from({ length: count }, (_, index) => step(index)),
    ];
  };
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A GraphQL operation of two dependent requests: `first`, then the request `next` derives from
 * its answer's data (sent after it on the connection); an answer with `errors` fails the operation.
 */
export function graphqlChain(first: GraphqlRequest, next: (data: unknown) => GraphqlRequest): Sequence {
  /** Per connection (autocannon keeps one context per connection, reset after each sequence). */
  interface ChainContext {
    body?: string;
    failed?: boolean;
  }
  const firstBody = JSON.stringify(first);
  const dataOf = (status: number, text: string): unknown => {
    if (status !== 200) return undefined;
    try {
      const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
      return parsed.errors?.length ? undefined : (parsed.data ?? undefined);
    } catch {
      return undefined;
    }
  };
  return (done) => [
    {
      method: 'POST',
      path: '/graphql',
      headers: { ...GRAPHQL_HEADERS },
      body: firstBody,
      onResponse: (status, text, context) => {
        const chain = context as ChainContext;
        const data = dataOf(status, text);
        chain.failed = data === undefined;
        chain.body = data === undefined ? firstBody : JSON.stringify(next(data));
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      headers: { ...GRAPHQL_HEADERS },
      body: firstBody,
      setupRequest: (request, context) => ({ ...request, body: (context as ChainContext).body ?? firstBody }),
      onResponse: (status, text, context) => done((context as ChainContext).failed !== true && dataOf(status, text) !== undefined),
    },
  ];
}
