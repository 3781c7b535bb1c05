/**
 * Per-caller budgets over real HTTP and WebSocket, with the budgets' clock moved by hand: the
 * operations and runs per minute, the open subscriptions per caller, and `0` for none.
 */
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startHarness } from './helpers/harness.js';
import type { Harness } from './helpers/harness.js';
import { createAssistant, until } from './helpers/kit.js';
import { subscribe } from './helpers/sse-client.js';
import type { BudgetLimits } from '../src/budgets.js';
import { graphql } from './graphql/generated/gql.js';
import type { CreateThreadAndRunInput } from './graphql/generated/graphql.js';

const ASSISTANTS = graphql(`query BudgetAssistants { assistants(first: 1) { nodes { id } } }`);
const THREAD_THEN_RUN = graphql(`
  mutation BudgetThreadThenRun($run: CreateThreadAndRunInput!) {
    createThread(input: {}) { thread { id } }
    createThreadAndRun(input: $run) { run { id } }
  }
`);
const THREAD_AND_RUN_EVENTS = graphql(`
  subscription BudgetThreadAndRunEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }
`);

const OTHER_KEY = 'sk-test-other-caller';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A harness whose budgets' clock stands still until the test moves it. */
async function budgeted(budgets: Partial<BudgetLimits>, v1Server: { stepDelayMs?: number } = {}): Promise<Harness & { advance(ms: number): void }> {
  let now = 1_000_000;
  const started = await startHarness({ v1Server, facade: { budgets, budgetClock: () => now } });
  harness = started;
  return Object.assign(started, { advance: (ms: number) => (now += ms) });
}

/** A POST of `query` as any client sends it; the whole response, headers included. */
function post(h: Harness, query: string, variables: object = {}, apiKey = TEST_KEY, accept = 'application/json'): Promise<Response> {
  return fetch(`${h.facadeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
}

interface ErrorsBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The first GraphQL error of an event stream's first `next` event. */
function firstStreamError(text: string): Record<string, unknown> | undefined {
  const data = /^data: (.*)$/m.exec(text)?.[1];
  return data === undefined ? undefined : (JSON.parse(data) as ErrorsBody).errors?.[0]?.extensions;
}

function runInput(assistantId: string): CreateThreadAndRunInput {
  return { assistantId, messages: [{ content: 'hello' }] };
}

describe('operations per minute', () => {
  it('refuses the caller’s operation over its budget with 429, Retry-After and RATE_LIMITED, before any upstream call; others go on; the budget refills with time', async () => {
    const h = await budgeted({ operationsPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) expect((await post(h, ASSISTANTS.toString())).status).toBe(200);
    h.v1Server.stats.reset();

    const refused = await post(h, ASSISTANTS.toString());
    expect(refused.status).toBe(429);
    // 3 a minute: one more every 20 s.
    expect(refused.headers.get('retry-after')).toBe('20');
    const body = (await refused.json()) as ErrorsBody;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 20 });
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('http');
    expect(h.upstreamRequests()).toEqual([]);

    // Another caller has a budget of its own.
    expect((await post(h, ASSISTANTS.toString(), {}, OTHER_KEY)).status).toBe(200);

    h.advance(19_000);
    expect((await post(h, ASSISTANTS.toString())).status).toBe(429);
    h.advance(1_000);
    expect((await post(h, ASSISTANTS.toString())).status).toBe(200);
    expect((await post(h, ASSISTANTS.toString())).status).toBe(429);
  });

  it('counts a subscription start, refused over SSE with 429 and Retry-After', async () => {
    const h = await budgeted({ operationsPerMinute: 1 });
    expect((await post(h, ASSISTANTS.toString())).status).toBe(200);
    h.v1Server.stats.reset();
    const refused = await post(h, THREAD_AND_RUN_EVENTS.toString(), { input: runInput('asst_x') }, TEST_KEY, 'text/event-stream');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(firstStreamError(await refused.text())).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 60 });
    expect(h.upstreamRequests()).toEqual([]);
  });

  it('0 means no limit', async () => {
    const h = await budgeted({ operationsPerMinute: 0 });
    for (let i = 0; i < 20; i += 1) expect((await post(h, ASSISTANTS.toString())).status).toBe(200);
  });
});

describe('runs per minute', () => {
  it('fails the run’s field alone in a mutation, without creating the run; refuses a run subscription with 429; refills with time', async () => {
    const h = await budgeted({ runsPerMinute: 1 });
    const assistantId = (await createAssistant(h)).id;
    dataOf(await h.gql(THREAD_THEN_RUN, { run: runInput(assistantId) }));
    h.v1Server.stats.reset();

    const partial = await h.gql(THREAD_THEN_RUN, { run: runInput(assistantId) });
    // The thread was created; the payload is non-null, so the failed run field nulls `data`.
    expect(partial.status).toBe(200);
    expect(partial.data).toBeNull();
    expect(partial.errors).toEqual([
      expect.objectContaining({ path: ['createThreadAndRun'], extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfter: 60 }) }),
    ]);
    expect(h.upstreamRequests().map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1/threads']);

    h.v1Server.stats.reset();
    const refused = await post(h, THREAD_AND_RUN_EVENTS.toString(), { input: runInput(assistantId) }, TEST_KEY, 'text/event-stream');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(firstStreamError(await refused.text())).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 60 });
    expect(h.upstreamRequests()).toEqual([]);

    h.advance(60_000);
    const events = await subscribe(h.facadeUrl, THREAD_AND_RUN_EVENTS, { input: runInput(assistantId) }, { apiKey: TEST_KEY }).collect();
    expect(events.at(-1)?.data?.threadAndRunEvents.event).toBe('done');
  });
});

describe('open subscriptions per caller', () => {
  // Every run stays in its first step for a minute: its event stream stays open until the client leaves.
  const SLOW = { stepDelayMs: 60_000 };

  it('refuses the next subscription over SSE with 429 while the caller has its cap open, and allows one again once one ends', async () => {
    const h = await budgeted({ subscriptionsPerCaller: 1 }, SLOW);
    const assistantId = (await createAssistant(h)).id;
    const open = subscribe(h.facadeUrl, THREAD_AND_RUN_EVENTS, { input: runInput(assistantId) }, { apiKey: TEST_KEY });
    expect(await open.status()).toBe(200);

    h.v1Server.stats.reset();
    const refused = await post(h, THREAD_AND_RUN_EVENTS.toString(), { input: runInput(assistantId) }, TEST_KEY, 'text/event-stream');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(firstStreamError(await refused.text())).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 5 });
    expect(h.upstreamRequests()).toEqual([]);
    // Another caller is not counted with this one.
    const others = subscribe(h.facadeUrl, THREAD_AND_RUN_EVENTS, { input: runInput(assistantId) }, { apiKey: OTHER_KEY });
    expect(await others.status()).toBe(200);
    others.abort();

    open.abort();
    const again = await until(
      async () => {
        const attempt = subscribe(h.facadeUrl, THREAD_AND_RUN_EVENTS, { input: runInput(assistantId) }, { apiKey: TEST_KEY });
        const status = await attempt.status();
        attempt.abort();
        return status;
      },
      (status) => status === 200,
      'a subscription accepted after the open one ended',
    );
    expect(again).toBe(200);
  });

  it('refuses the next subscription over graphql-ws as that operation’s error, and allows one again once one ends', async () => {
    const h = await budgeted({ subscriptionsPerCaller: 1 }, SLOW);
    const assistantId = (await createAssistant(h)).id;
    const client = createWsClient({
      url: `${h.facadeUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${TEST_KEY}` },
      retryAttempts: 0,
      // One connection throughout: a lazy client closes it whenever no operation is left.
      lazy: false,
    });
    try {
      const payload = { query: THREAD_AND_RUN_EVENTS.toString(), variables: { input: runInput(assistantId) } };
      h.v1Server.stats.reset();
      const stopFirst = client.subscribe(payload, { next: () => undefined, error: () => undefined, complete: () => undefined });
      // Started once its run's stream is asked for upstream.
      await until(() => h.upstreamRequests().length, (count) => count > 0, 'the first subscription’s upstream stream');

      const second = await firstResult(client, payload);
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 5 });
      expect(second.errors?.[0]?.extensions).not.toHaveProperty('http');

      stopFirst();
      const again = await until(() => startsUpstream(h, client, payload), (started) => started, 'a subscription accepted after the open one ended');
      expect(again).toBe(true);
    } finally {
      await client.dispose();
    }
  });
});

/** The first result of a subscription over graphql-ws; the subscription is then stopped. */
function firstResult(client: ReturnType<typeof createWsClient>, payload: { query: string; variables: { input: CreateThreadAndRunInput } }): Promise<ErrorsBody> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe(payload, {
      next: (value) => {
        stop();
        resolve(value as ErrorsBody);
      },
      error: reject,
      complete: () => undefined,
    });
  });
}

/**
 * Starts a subscription over graphql-ws and stops it again: false when it is refused (an error
 * result), true once its run's stream is asked for upstream (a slow run yields nothing for long).
 */
async function startsUpstream(h: Harness, client: ReturnType<typeof createWsClient>, payload: { query: string; variables: { input: CreateThreadAndRunInput } }): Promise<boolean> {
  h.v1Server.stats.reset();
  let refused = false;
  const refuse = (): void => {
    refused = true;
  };
  const stop = client.subscribe(payload, { next: (value) => (value.errors ? refuse() : undefined), error: refuse, complete: () => undefined });
  try {
    await until(() => refused || h.upstreamRequests().length > 0, Boolean, 'the subscription refused or started upstream');
    return !refused;
  } finally {
    stop();
  }
}
