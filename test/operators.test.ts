/**
 * What operators rely on, over real HTTP: every request's id (kept when valid, made otherwise) on
 * the answer, in its errors, upstream and in its log lines; and who may read `/metrics`.
 */
import { Writable } from 'node:stream';
import { createClient as createWsClient } from 'graphql-ws';
import { pino } from 'pino';
import WebSocket from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY, startFacade } from './helpers/harness.js';
import type { FacadeHandle } from './helpers/harness.js';
import { FakeUpstream } from './openai/fake-upstream.js';

const LOOKUP = '{ assistant(id: "asst_1") { id } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Answer {
  status: number;
  requestId: string | null;
  errors: { extensions?: Record<string, unknown> }[];
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  const body = text.startsWith('{') ? (JSON.parse(text) as { errors?: Answer['errors'] }) : {};
  return { status: response.status, requestId: response.headers.get('x-request-id'), errors: body.errors ?? [] };
}

describe('request ids', () => {
  let fake: FakeUpstream;
  let facade: FacadeHandle;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    fake = await FakeUpstream.start();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    facade = await startFacade(fake.url, {
      client: { maxRetries: 0 },
      facade: { logger: pino({ level: 'info' }, sink), budgets: { operationsPerMinute: 2 } },
    });
  });
  afterAll(async () => {
    await facade.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.hits.length = 0;
    logLines.length = 0;
    // Every upstream call fails, so every answer has an error.
    fake.route(() => ({ status: 500, json: { error: { message: 'boom', type: 'server_error' } } }));
  });

  const post = (requestId: string | undefined, body: string = JSON.stringify({ query: LOOKUP }), apiKey = TEST_KEY): Promise<Answer> =>
    fetch(`${facade.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${apiKey}`, ...(requestId === undefined ? {} : { 'x-request-id': requestId }) },
      body,
    }).then(answerOf);

  it('keeps a valid incoming id: on the answer, in its errors, upstream, and on its log lines', async () => {
    const answer = await post('req-1.a:b_C', undefined, 'sk-test-ids-1');
    expect(answer).toMatchObject({ status: 200, requestId: 'req-1.a:b_C' });
    expect(answer.errors[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', requestId: 'req-1.a:b_C' });
    expect(fake.hits.map((hit) => hit.headers['x-request-id'])).toEqual(['req-1.a:b_C']);
    await expect.poll(() => logLines.find((line) => line['msg'] === 'request')).toMatchObject({ requestId: 'req-1.a:b_C', path: '/graphql', status: 200 });

    // The same caller over its budget: the refusal's log line, from the request's own logger, has its id too.
    await post('req-2', undefined, 'sk-test-ids-1');
    const refused = await post('req-3', undefined, 'sk-test-ids-1');
    expect(refused).toMatchObject({ status: 429, requestId: 'req-3' });
    expect(refused.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: 'req-3' });
    expect(logLines.find((line) => line['budget'] === 'operations')).toMatchObject({ requestId: 'req-3' });
  });

  it.each([
    ['too long', 'a'.repeat(201)],
    ['with a space', 'bad id'],
    ['with other characters', 'id/<script>'],
    ['empty', ''],
  ])('replaces an id %s with a new one, used everywhere', async (_what, incoming) => {
    const answer = await post(incoming, undefined, `sk-test-ids-${incoming.length}`);
    expect(answer.requestId).toMatch(UUID);
    expect(answer.errors[0]?.extensions?.['requestId']).toBe(answer.requestId);
    expect(fake.hits.map((hit) => hit.headers['x-request-id'])).toEqual([answer.requestId]);
  });

  it('makes an id when none comes, and gives one to every answer: health, metrics, refusals before execution, GET', async () => {
    const fresh = await post(undefined, undefined, 'sk-test-ids-fresh');
    expect(fresh.requestId).toMatch(UUID);

    for (const path of ['/healthz', '/metrics']) {
      const answer = await fetch(`${facade.facadeUrl}${path}`, { headers: { 'x-request-id': `probe-${path.slice(1)}` } });
      expect(answer.headers.get('x-request-id')).toBe(`probe-${path.slice(1)}`);
    }

    const unparsable = await post('syntax', JSON.stringify({ query: '{ assistant(' }), 'sk-test-ids-2');
    expect(unparsable).toMatchObject({ status: 400, requestId: 'syntax' });
    expect(unparsable.errors[0]?.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', requestId: 'syntax' });

    const invalid = await post('invalid', JSON.stringify({ query: '{ nope }' }), 'sk-test-ids-2');
    expect(invalid).toMatchObject({ status: 400, requestId: 'invalid' });
    expect(invalid.errors[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'invalid' });

    const get = await fetch(`${facade.facadeUrl}/graphql?query=${encodeURIComponent(LOOKUP)}`, {
      headers: { accept: 'application/json', 'x-request-id': 'over-get', authorization: 'Bearer sk-test-ids-3' },
    }).then(answerOf);
    expect(get).toMatchObject({ status: 200, requestId: 'over-get' });
    expect(get.errors[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', requestId: 'over-get' });

    const tooLarge = await fetch(`${facade.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'too-large' },
      body: 'x'.repeat(1_000_001),
    }).then(answerOf);
    expect(tooLarge).toMatchObject({ status: 413, requestId: 'too-large' });
    expect(tooLarge.errors[0]?.extensions).toMatchObject({ requestId: 'too-large' });
  });

  it('gives a WebSocket connection’s operations the upgrade request’s id, upstream and in their errors', async () => {
    const client = createWsClient({
      url: `${facade.facadeUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: { 'x-request-id': 'over-ws' } });
        }
      },
      connectionParams: { authorization: 'Bearer sk-test-ids-ws' },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        client.subscribe({ query: LOOKUP }, { next: resolve, error: reject, complete: () => undefined });
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', requestId: 'over-ws' });
      expect(fake.hits.map((hit) => hit.headers['x-request-id'])).toEqual(['over-ws']);
    } finally {
      await client.dispose();
    }
  });
});

describe('/metrics', () => {
  /** The status of a `/metrics` request to a facade started with `options`. */
  const metrics = async (options: { host?: string; metricsToken?: string }, authorization?: string): Promise<number> => {
    const facade = await startFacade('http://127.0.0.1:9/v1', { facade: options });
    try {
      const answer = await fetch(`${facade.facadeUrl}/metrics`, authorization === undefined ? {} : { headers: { authorization } });
      const text = await answer.text();
      if (answer.status === 200) expect(text).toContain('# TYPE');
      return answer.status;
    } finally {
      await facade.close();
    }
  };

  it('with a token, answers only a request bearing it', async () => {
    expect(await metrics({ metricsToken: 'metrics-secret' })).toBe(401);
    expect(await metrics({ metricsToken: 'metrics-secret' }, 'Bearer metrics-wrong')).toBe(401);
    expect(await metrics({ metricsToken: 'metrics-secret' }, 'Bearer metrics-secret-longer')).toBe(401);
    expect(await metrics({ metricsToken: 'metrics-secret', host: '0.0.0.0' }, 'Bearer metrics-secret')).toBe(200);
  });

  it('without a token, answers on loopback only', async () => {
    expect(await metrics({ host: '127.0.0.1' })).toBe(200);
    expect(await metrics({ host: '::1' })).toBe(200);
    expect(await metrics({ host: '0.0.0.0' })).toBe(404);
    expect(await metrics({ host: 'api.internal.example' })).toBe(404);
  });
});
