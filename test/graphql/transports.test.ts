/**
 * The subscription transports, each with its official client library over real HTTP and WebSocket
 * on 127.0.0.1: graphql-sse in distinct-connections mode (yoga's own SSE) and in single-connection
 * mode, and graphql-ws over a WebSocket, all on `/graphql`, with the same credentials, limits and
 * deadline as a request over HTTP.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ClientOptions as WebSocketOptions } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/v1-server/index.js';
import { RunFollowers } from '../../src/graphql/subscriptions/run-followers.js';
import { TEST_KEY, dataOf, startFacade, startHarness } from '../helpers/harness.js';
import type { FacadeHandle, Harness } from '../helpers/harness.js';
import { createAssistant, until } from '../helpers/kit.js';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { graphql } from './generated/gql.js';
import type { TransportsThreadAndRunSubscription } from './generated/graphql.js';

const THREAD_AND_RUN = graphql(`
  subscription TransportsThreadAndRun($input: CreateThreadAndRunInput!) {
    threadAndRunEvents(input: $input) {
      __typename
      event
      ... on MessageEvent { message { text } }
      ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }
      ... on RunStatusEvent { run { id status } }
    }
  }
`);
const FOLLOW_RUN = graphql(`subscription TransportsFollowRun($id: ID!) { run(id: $id) { id status } }`);
const CREATE_THREAD_AND_RUN = graphql(
  `mutation TransportsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }`,
);
const ASSISTANTS = graphql(`query TransportsAssistants { assistants(first: 1) { nodes { id } } }`);
const MISSING_ASSISTANT = graphql(`query TransportsMissingAssistant { assistant(id: "asst_1") { id } }`);

const SERVER_KEY = 'sk-server-TRANSPORTS';
const ALLOWED_ORIGIN = 'https://app.example';

/** A result as the client libraries hand it over (errors as plain objects). */
interface Result<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

interface Sink<T> {
  next(value: T): void;
  error(error: unknown): void;
  complete(): void;
}

/** What the tests use of a client library: `subscribe(payload, sink)`, which both offer for every operation. */
interface Transport {
  subscribe(payload: { query: string; variables?: Record<string, unknown> }, sink: Sink<Result<unknown>>): () => void;
  dispose(): void | Promise<void>;
}

/** One operation through a client: its results so far, and how it ended. */
interface Operation<T> {
  readonly results: Result<T>[];
  /** Settles when the client reports the end: completed, or failed with `error`. */
  readonly ended: Promise<{ results: Result<T>[]; error?: unknown }>;
  /** Resolves once `count` results have arrived (rejects if the operation ends first). */
  received(count: number): Promise<void>;
}

/** Runs a typed operation, or one as text (sent deliberately invalid). */
function run<T, V>(transport: Transport, document: DocumentTypeDecoration<T, V> | string, variables: V): Operation<T> {
  const results: Result<T>[] = [];
  const waiters = new Set<() => void>();
  let finished = false;
  let settle: (outcome: { results: Result<T>[]; error?: unknown }) => void = () => undefined;
  const ended = new Promise<{ results: Result<T>[]; error?: unknown }>((resolve) => (settle = resolve));
  const finish = (error?: unknown): void => {
    finished = true;
    settle(error === undefined ? { results } : { results, error });
    for (const wake of waiters) wake();
  };
  transport.subscribe(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        results.push(value as Result<T>);
        for (const wake of waiters) wake();
      },
      error: (error) => finish(error),
      complete: () => finish(),
    },
  );
  return {
    results,
    ended,
    received: (count) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (results.length >= count) resolve();
          else if (finished) reject(new Error(`The operation ended after ${results.length} results, before ${count}.`));
          else return;
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
}

/** Every result of an operation, failing on a transport error. */
async function collect<T, V>(transport: Transport, document: DocumentTypeDecoration<T, V> | string, variables: V): Promise<Result<T>[]> {
  const { results, error } = await run(transport, document, variables).ended;
  if (error !== undefined) throw new Error(`The operation failed: ${describeError(error)}`);
  return results;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}

/** graphql-sse's client; `methods` lists the HTTP methods it used, in order. */
function sseClient(facadeUrl: string, singleConnection: boolean, apiKey: string | null = TEST_KEY): Transport & { methods: string[] } {
  const methods: string[] = [];
  const client = createSseClient({
    url: `${facadeUrl}/graphql`,
    singleConnection,
    headers: apiKey === null ? {} : { authorization: `Bearer ${apiKey}` },
    retryAttempts: 0,
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    },
  });
  return { methods, subscribe: (payload, sink) => client.subscribe(payload, sink), dispose: () => client.dispose() };
}

/** The `ws` WebSocket with options of its own (headers, origin) for every connection. */
function webSocketWith(options: WebSocketOptions) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, options);
    }
  };
}

/** graphql-ws's client over `ws`; `connectionParams` as Apollo Client or urql would send them. */
function wsClient(
  facadeUrl: string,
  options: { connectionParams?: Record<string, unknown>; socket?: WebSocketOptions } = { connectionParams: { authorization: `Bearer ${TEST_KEY}` } },
): Transport {
  const client = createWsClient({
    url: `${facadeUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: options.socket ? webSocketWith(options.socket) : WebSocket,
    ...(options.connectionParams ? { connectionParams: options.connectionParams } : {}),
    retryAttempts: 0,
  });
  return { subscribe: (payload, sink) => client.subscribe(payload, sink), dispose: () => client.dispose() };
}

type EventShape = TransportsThreadAndRunSubscription['threadAndRunEvents'];

function eventsOf(results: Result<TransportsThreadAndRunSubscription>[]): EventShape[] {
  return results.map((result) => {
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    if (!result.data) throw new Error(`No data in ${JSON.stringify(result)}`);
    return result.data.threadAndRunEvents;
  });
}

function deltaText(events: EventShape[]): string {
  return events
    .flatMap((event) => (event.__typename === 'MessageDeltaEvent' ? (event.content ?? []) : []))
    .map((part) => ('value' in part ? part.value : null) ?? '')
    .join('');
}

let harness: Harness;
let assistantId: string;
const followers = new RunFollowers();

beforeAll(async () => {
  // A `#slow` run stays in progress for 20 step delays: 600 ms here.
  harness = await startHarness({
    v1Server: { stepDelayMs: 30 },
    client: { apiKey: SERVER_KEY },
    facade: { followers, corsOrigins: [ALLOWED_ORIGIN] },
  });
  assistantId = (await createAssistant(harness, { name: 'Transports' })).id;
});
afterAll(() => harness.close());

const clients: Transport[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
function using<T extends Transport>(client: T): T {
  clients.push(client);
  return client;
}

const TRANSPORTS: [string, (facadeUrl: string) => Transport][] = [
  ['graphql-sse, distinct connections', (url) => sseClient(url, false)],
  ['graphql-sse, single connection', (url) => sseClient(url, true)],
  ['graphql-ws', (url) => wsClient(url)],
];

describe.each(TRANSPORTS)('%s', (_name, connect) => {
  it('streams a threadAndRunEvents run to its end, the deltas adding up to the message', async () => {
    const client = using(connect(harness.facadeUrl));
    const events = eventsOf(await collect(client, THREAD_AND_RUN, { input: { assistantId, messages: [{ content: 'Hello over every transport' }] } }));
    expect(events[0]?.event).toBe('thread.created');
    expect(events.at(-1)?.__typename).toBe('DoneEvent');
    const completed = events.find((event) => event.event === 'thread.message.completed');
    const text = completed?.__typename === 'MessageEvent' ? completed.message.text : null;
    expect(text).toBe('You said: Hello over every transport');
    expect(deltaText(events)).toBe(text);
    const runCompleted = events.find((event) => event.event === 'thread.run.completed');
    expect(runCompleted?.__typename === 'RunStatusEvent' ? runCompleted.run.status : null).toBe('COMPLETED');
  });

  it('follows a run with run(id) through its statuses until it completes', async () => {
    const created = dataOf(await harness.gql(CREATE_THREAD_AND_RUN, { input: { assistantId, messages: [{ content: 'take your time #slow' }] } }));
    const runId = created.createThreadAndRun.run.id;
    const client = using(connect(harness.facadeUrl));
    const results = await collect(client, FOLLOW_RUN, { id: runId });
    const statuses = results.map((result) => result.data?.run.status);
    expect(results.every((result) => !result.errors && result.data?.run.id === runId)).toBe(true);
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(statuses.at(-1)).toBe('COMPLETED');
    await until(() => followers.activePollerCount(), (count) => count === 0, 'the run poller to stop');
  });

  it('fails a subscription before it starts with an ordinary GraphQL error (BAD_USER_INPUT)', async () => {
    const client = using(connect(harness.facadeUrl));
    const results = await collect(client, FOLLOW_RUN, { id: 'nonsense' });
    expect(results).toHaveLength(1);
    expect(results[0]?.data ?? null).toBeNull();
    expect(results[0]?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('graphql-sse', () => {
  it('the single-connection client reserves a stream with PUT and runs operations over it', async () => {
    const client = using(sseClient(harness.facadeUrl, true));
    const [result] = await collect(client, ASSISTANTS, {});
    expect(result?.errors).toBeUndefined();
    expect(result?.data?.assistants.nodes).toHaveLength(1);
    expect(client.methods.slice(0, 3)).toEqual(['PUT', 'GET', 'POST']);
  });

  it('the distinct-connections client gets yoga’s own event stream (no PUT)', async () => {
    const client = using(sseClient(harness.facadeUrl, false));
    const [result] = await collect(client, ASSISTANTS, {});
    expect(result?.errors).toBeUndefined();
    expect(result?.data?.assistants.nodes).toHaveLength(1);
    expect(client.methods).toEqual(['POST']);
  });

  it('single connection: a document that fails validation or parsing gets the same errors as over HTTP, on the stream', async () => {
    const client = using(sseClient(harness.facadeUrl, true));
    const deep = tooDeepQuery();
    const overHttp = await harness.gql(deep);
    const [overSse] = await collect(client, deep, {});
    expect(overSse?.data ?? null).toBeNull();
    expect(withoutRequestIds(overSse?.errors)).toEqual(withoutRequestIds(overHttp.errors));
    expect(overSse?.errors?.map((error) => error.extensions?.['code'])).toContain('GRAPHQL_VALIDATION_FAILED');

    const broken = '{ assistants(first: 1) { nodes { id } }';
    const [brokenOverSse] = await collect(client, broken, {});
    expect(withoutRequestIds(brokenOverSse?.errors)).toEqual(withoutRequestIds((await harness.gql(broken)).errors));
    expect(brokenOverSse?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('single connection without credentials uses the server key, like HTTP', async () => {
    const client = using(sseClient(harness.facadeUrl, true, null));
    harness.v1Server.stats.reset();
    expect((await collect(client, ASSISTANTS, {}))[0]?.data).toEqual({ assistants: { nodes: [] } });
    expect(harness.v1Server.stats.requests.map((request) => request.keyHash)).toEqual([scopeOf(SERVER_KEY)]);
  });
});

/** Errors without their request ids, which differ from request to request (each error must have one). */
function withoutRequestIds(errors: Result<unknown>['errors']): Result<unknown>['errors'] {
  return errors?.map(({ extensions, ...error }) => {
    const { requestId, ...rest } = extensions ?? {};
    expect(requestId).toEqual(expect.any(String));
    return { ...error, extensions: rest };
  });
}

/** A query nested past the depth limit (14), as text: it is sent deliberately invalid. */
function tooDeepQuery(): string {
  let selection = 'id';
  for (let i = 0; i < 6; i += 1) selection = `thread { messages(first: 1) { nodes { ${selection} } } }`;
  return `query { thread(id: "thread_x") { messages(first: 1) { nodes { ${selection} } } } }`;
}

describe('graphql-ws', () => {
  it('without credentials uses the server key, like HTTP; connection params or the upgrade header bring the caller’s', async () => {
    harness.v1Server.stats.reset();
    const anonymous = using(wsClient(harness.facadeUrl, {}));
    expect((await collect(anonymous, ASSISTANTS, {}))[0]?.data).toEqual({ assistants: { nodes: [] } });
    const overHttp = await harness.gql(ASSISTANTS, {}, { apiKey: null });
    expect(overHttp.data).toEqual({ assistants: { nodes: [] } });

    const withParams = using(wsClient(harness.facadeUrl, { connectionParams: { Authorization: `Bearer ${TEST_KEY}` } }));
    const ownKey = (await collect(withParams, ASSISTANTS, {}))[0]?.data?.assistants.nodes;
    expect(ownKey).toHaveLength(1);

    const nested = using(wsClient(harness.facadeUrl, { connectionParams: { headers: { Authorization: `Bearer ${TEST_KEY}` } } }));
    expect((await collect(nested, ASSISTANTS, {}))[0]?.data?.assistants.nodes).toEqual(ownKey);

    const withHeader = using(wsClient(harness.facadeUrl, { socket: { headers: { authorization: `Bearer ${TEST_KEY}` } } }));
    expect((await collect(withHeader, ASSISTANTS, {}))[0]?.data?.assistants.nodes).toEqual(ownKey);

    expect(harness.v1Server.stats.requests.map((request) => request.keyHash)).toEqual([
      scopeOf(SERVER_KEY),
      scopeOf(SERVER_KEY),
      scopeOf(TEST_KEY),
      scopeOf(TEST_KEY),
      scopeOf(TEST_KEY),
    ]);
  });

  it('refuses a browser origin outside the allow-list that brings no key of its own (4403), before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const crossSite = using(wsClient(harness.facadeUrl, { socket: { origin: 'https://evil.example' } }));
    const { results, error } = await run(crossSite, ASSISTANTS, {}).ended;
    expect(results).toEqual([]);
    expect(error).toMatchObject({ code: 4403 });
    expect(harness.v1Server.stats.requests).toHaveLength(0);

    const crossSiteWithKey = using(
      wsClient(harness.facadeUrl, { socket: { origin: 'https://evil.example' }, connectionParams: { authorization: `Bearer ${TEST_KEY}` } }),
    );
    expect((await collect(crossSiteWithKey, ASSISTANTS, {}))[0]?.data?.assistants.nodes).toHaveLength(1);
    const allowed = using(wsClient(harness.facadeUrl, { socket: { origin: ALLOWED_ORIGIN } }));
    expect((await collect(allowed, ASSISTANTS, {}))[0]?.data).toEqual({ assistants: { nodes: [] } });
  });

  it('refuses a too-deep query with the same limit and errors as HTTP, before any upstream call', async () => {
    const client = using(wsClient(harness.facadeUrl));
    const deep = tooDeepQuery();
    const overHttp = await harness.gql(deep);
    expect(overHttp.status).toBe(400);
    harness.v1Server.stats.reset();
    const { results, error } = await run(client, deep, {}).ended;
    expect(results).toEqual([]);
    expect(withoutRequestIds(error as Result<unknown>['errors'])).toEqual(withoutRequestIds(overHttp.errors));
    expect(JSON.stringify(error)).toContain('Query depth limit of 14 exceeded');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('closing the WebSocket aborts the upstream stream', async () => {
    harness.v1Server.stats.reset();
    const client = wsClient(harness.facadeUrl);
    const operation = run(client, THREAD_AND_RUN, { input: { assistantId, messages: [{ content: 'a long one #slow' }] } });
    await operation.received(1);
    expect(operation.results[0]?.data?.threadAndRunEvents.event).toBe('thread.created');
    expect(harness.v1Server.stats.streamsOpened).toBe(1);
    await client.dispose();
    // Counted only for a stream whose client went away: one left to run ends as done and never counts.
    await until(() => harness.v1Server.stats.streamsAborted, (aborted) => aborted === 1, 'the upstream stream to be aborted');
  });
});

describe('graphql-ws against an upstream that never answers', () => {
  let fake: FakeUpstream;
  let facade: FacadeHandle;

  beforeAll(async () => {
    fake = await FakeUpstream.start();
    facade = await startFacade(fake.url, { client: { maxRetries: 0 }, facade: { requestDeadlineMs: 500 } });
  });
  afterAll(async () => {
    await facade.close();
    await fake.close();
  });

  it('a query gets UPSTREAM_TIMEOUT at the request deadline', async () => {
    fake.route(() => ({ hang: true }));
    const client = using(wsClient(facade.facadeUrl));
    const started = performance.now();
    const [result] = await collect(client, MISSING_ASSISTANT, {});
    const elapsed = performance.now() - started;
    expect(result?.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_TIMEOUT');
    expect(elapsed).toBeGreaterThanOrEqual(450);
  });
});

describe('graphql-sse reservations', () => {
  it('refuses new reservations while too many are not connected, and frees one when it connects', async () => {
    const facade = await startFacade(harness.v1Server.url, { facade: { maxUnconnectedStreams: 2 } });
    const reserve = () =>
      fetch(`${facade.facadeUrl}/graphql`, { method: 'PUT', headers: { authorization: `Bearer ${TEST_KEY}` } });
    try {
      const first = await reserve();
      const token = await first.text();
      expect(first.status).toBe(201);
      expect((await reserve()).status).toBe(201);
      const refused = await reserve();
      expect(refused.status).toBe(503);
      expect(await refused.text()).toContain('Too many event streams are reserved');
      const listening = new AbortController();
      const connected = await fetch(`${facade.facadeUrl}/graphql`, {
        headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token, authorization: `Bearer ${TEST_KEY}` },
        signal: listening.signal,
      });
      expect(connected.status).toBe(200);
      expect((await reserve()).status).toBe(201);
      listening.abort();
    } finally {
      await facade.close();
    }
  });
});
