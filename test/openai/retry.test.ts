import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { UpstreamClient } from '../../src/openai/client.js';
import { UpstreamError } from '../../src/openai/errors.js';
import { retryAfterMs } from '../../src/http/retry.js';
import { isRetryable, retryDelayMs } from '../../src/openai/retry.js';
import { FakeUpstream, closedPort } from './fake-upstream.js';
import { assistant, message, run, thread } from './fixtures.js';

let fake: FakeUpstream;
let client: UpstreamClient;

const error503 = { status: 503, json: { error: { message: 'The engine is currently overloaded', type: 'server_error' } } };
const error429 = { status: 429, json: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } } };

beforeAll(async () => {
  fake = await FakeUpstream.start();
  client = new UpstreamClient({ baseUrl: fake.url, retryBaseDelayMs: 5, timeouts: { headersMs: 300 } });
});

afterAll(async () => {
  await client.close();
  await fake.close();
});

beforeEach(() => fake.reset());

const api = (signal?: AbortSignal) => client.forRequest({ apiKey: 'sk-a' }, signal);

/** Resolves once `done()` holds, checking at every turn of the event loop. */
async function waitFor(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setImmediate(resolve));
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

describe('retries', () => {
  it('tries a GET that stays 503 exactly 3 times, then fails with the status', async () => {
    fake.route(() => error503);
    const err = await failure(api().getAssistant('asst_1'));
    expect(err).toMatchObject({ kind: 'http', status: 503, type: 'server_error' });
    expect(fake.hits).toHaveLength(3);
  });

  it('retries GET on 408, 409, 500 and connection resets, and DELETE on 502', async () => {
    fake.reply({ status: 408 }, { status: 409 }, { json: assistant });
    await expect(api().getAssistant('asst_1')).resolves.toMatchObject({ id: 'asst_1' });
    fake.reply({ status: 500 }, { reset: true }, { json: thread });
    await expect(api().getThread('thread_1')).resolves.toMatchObject({ id: 'thread_1' });
    fake.reply({ status: 502 }, { json: { id: 'thread_1', object: 'thread.deleted', deleted: true } });
    await expect(api().deleteThread('thread_1')).resolves.toMatchObject({ deleted: true });
    expect(fake.hits).toHaveLength(8);
  });

  it('waits for retry-after-ms on a GET 429 and succeeds on the second attempt', async () => {
    fake.reply({ ...error429, headers: { 'retry-after-ms': '50' } }, { json: assistant });
    await expect(api().getAssistant('asst_1')).resolves.toMatchObject({ id: 'asst_1' });
    expect(fake.hits).toHaveLength(2);
    const [first, second] = fake.hits;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(48);
  });

  it('honours retry-after in seconds', async () => {
    fake.reply({ ...error429, headers: { 'retry-after': '0.1' } }, { json: assistant });
    await api().getAssistant('asst_1');
    const [first, second] = fake.hits;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(98);
  });

  it('never retries a POST that got a 5xx (it may have created something)', async () => {
    fake.route(() => ({ status: 500, json: { error: { message: 'boom', type: 'server_error' } } }));
    await expect(failure(api().createRun('thread_1', { assistant_id: 'asst_1' }))).resolves.toMatchObject({ status: 500 });
    expect(fake.hits).toHaveLength(1);
  });

  it('retries a POST on 429', async () => {
    fake.reply(error429, error429, { json: message });
    await expect(api().createMessage('thread_1', { role: 'user', content: 'hi' })).resolves.toMatchObject({ id: 'msg_1' });
    expect(fake.hits).toHaveLength(3);
    expect(new Set(fake.hits.map((h) => h.body)).size).toBe(1);
  });

  it('does not retry an exhausted quota', async () => {
    fake.route(() => ({ status: 429, json: { error: { message: 'quota', type: 'insufficient_quota', code: 'insufficient_quota' } } }));
    await expect(failure(api().listAssistants())).resolves.toMatchObject({ status: 429, code: 'insufficient_quota' });
    expect(fake.hits).toHaveLength(1);
  });

  it('obeys x-should-retry both ways', async () => {
    fake.reply({ ...error503, headers: { 'x-should-retry': 'false' } });
    await expect(failure(api().getAssistant('asst_1'))).resolves.toMatchObject({ status: 503 });
    expect(fake.hits).toHaveLength(1);
    fake.reset();
    fake.reply({ status: 500, headers: { 'x-should-retry': 'true' } }, { json: run });
    await expect(api().createRun('thread_1', { assistant_id: 'asst_1' })).resolves.toMatchObject({ id: 'run_1' });
    expect(fake.hits).toHaveLength(2);
  });

  it('does not wait for a retry-after of 60 s or more', async () => {
    fake.reply({ ...error429, headers: { 'retry-after-ms': '60000' } });
    await expect(failure(api().listAssistants())).resolves.toMatchObject({ status: 429, retryAfterSeconds: 60 });
    expect(fake.hits).toHaveLength(1);
  });

  it('maps connection refused to unavailable after retrying, for POST too', async () => {
    const port = await closedPort();
    const refused = new UpstreamClient({ baseUrl: `http://127.0.0.1:${port}/v1`, retryBaseDelayMs: 1 });
    try {
      await expect(failure(refused.forRequest({ apiKey: 'sk-a' }).getAssistant('a'))).resolves.toMatchObject({
        kind: 'unavailable',
      });
      const err = await failure(refused.forRequest({ apiKey: 'sk-a' }).createThread());
      expect(err).toBeInstanceOf(UpstreamError);
      expect(err).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('ECONNREFUSED') });
    } finally {
      await refused.close();
    }
  });

  it('retries a POST refused before it was sent, counting attempts on an injected dispatcher', async () => {
    const port = await closedPort();
    const agent = new Agent();
    let dispatched = 0;
    const counting = agent.compose((dispatch) => (opts, handler) => {
      dispatched += 1;
      return dispatch(opts, handler);
    });
    const refused = new UpstreamClient({ baseUrl: `http://127.0.0.1:${port}/v1`, dispatcher: counting, retryBaseDelayMs: 1 });
    await expect(failure(refused.forRequest({}).createThread())).resolves.toMatchObject({ kind: 'unavailable' });
    expect(dispatched).toBe(3);
    await refused.close();
    expect(agent.closed).toBe(false);
    await agent.close();
  });
});

describe('timeouts', () => {
  it('turns an upstream that never answers into a timeout, after 3 GET attempts', async () => {
    fake.route(() => ({ hang: true }));
    const err = await failure(api().getAssistant('asst_1'));
    expect(err).toMatchObject({ kind: 'timeout' });
    expect(fake.hits).toHaveLength(3);
  });

  it('does not retry a POST whose answer timed out', async () => {
    fake.route(() => ({ hang: true }));
    await expect(failure(api().createThread())).resolves.toMatchObject({ kind: 'timeout' });
    expect(fake.hits).toHaveLength(1);
  });

  it('maps a request deadline (AbortSignal.timeout) to a timeout, not retried', async () => {
    const slow = new UpstreamClient({ baseUrl: fake.url, retryBaseDelayMs: 1 });
    fake.route(() => ({ hang: true }));
    await expect(failure(slow.forRequest({}, AbortSignal.timeout(150)).listAssistants())).resolves.toMatchObject({
      kind: 'timeout',
    });
    expect(fake.hits).toHaveLength(1);
    await slow.close();
  });
});

describe('caller abort', () => {
  it('rejects with the abort reason, not the headers timeout, and does not retry', async () => {
    fake.route(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = failure(api(controller.signal).getAssistant('asst_1'));
    await waitFor(() => fake.hits.length === 1);
    controller.abort();
    const err = await pending;
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('AbortError');
    expect(fake.hits).toHaveLength(1);
    await fake.hits[0]!.socketClosed;
  });

  it('ends the wait between retries at the abort, before the retry is due', async () => {
    const RETRY_DUE_MS = 4_000;
    fake.route(() => ({ ...error429, headers: { 'retry-after-ms': String(RETRY_DUE_MS) } }));
    const controller = new AbortController();
    const pending = failure(api(controller.signal).listAssistants());
    await waitFor(() => fake.hits.length === 1);
    // Set when the 429 was asked for, so it comes due before the client's wait (started on reading
    // the answer) would end by itself: a wait that ignores the abort settles only after it.
    const retryDue = new Promise<'retry due'>((resolve) => setTimeout(() => resolve('retry due'), RETRY_DUE_MS));
    // The answer is written as the hit is logged; the client reads it and starts waiting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reason = new Error('caller went away');
    controller.abort(reason);
    const first = await Promise.race([pending.then(() => 'settled' as const), retryDue]);
    expect(first).toBe('settled');
    await expect(pending).resolves.toBe(reason);
    expect(fake.hits).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(failure(api(controller.signal).listAssistants())).resolves.toMatchObject({ name: 'AbortError' });
    expect(fake.hits).toHaveLength(0);
  });
});

describe('retry policy', () => {
  const none = {};

  it('retries GET and DELETE on 408, 409, 429 and 5xx, and POST only on 429', () => {
    for (const status of [408, 409, 429, 500, 503]) {
      expect(isRetryable('GET', false, { type: 'status', status, headers: none })).toBe(true);
      expect(isRetryable('DELETE', false, { type: 'status', status, headers: none })).toBe(true);
      expect(isRetryable('POST', false, { type: 'status', status, headers: none })).toBe(status === 429);
    }
    for (const status of [400, 401, 403, 404, 422]) {
      expect(isRetryable('GET', false, { type: 'status', status, headers: none })).toBe(false);
    }
  });

  it('retries POST only on failures before sending, and streams only then', () => {
    expect(isRetryable('POST', false, { type: 'error', phase: 'connect' })).toBe(true);
    expect(isRetryable('POST', false, { type: 'error', phase: 'sent' })).toBe(false);
    expect(isRetryable('GET', false, { type: 'error', phase: 'sent' })).toBe(true);
    expect(isRetryable('POST', true, { type: 'error', phase: 'connect' })).toBe(true);
    expect(isRetryable('POST', true, { type: 'status', status: 429, headers: none })).toBe(false);
  });

  it('reads retry-after-ms, retry-after seconds and dates', () => {
    const now = Date.parse('2024-04-12T00:00:00Z');
    expect(retryAfterMs({ 'retry-after-ms': '150', 'retry-after': '9' }, now)).toBe(150);
    expect(retryAfterMs({ 'retry-after': '2' }, now)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': 'Fri, 12 Apr 2024 00:00:03 GMT' }, now)).toBe(3000);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeNull();
    expect(retryAfterMs({}, now)).toBeNull();
  });

  it('backs off exponentially with up to 25 % jitter, capped at 8 s', () => {
    expect(retryDelayMs(0, 500, {}, () => 0)).toBe(500);
    expect(retryDelayMs(1, 500, {}, () => 0)).toBe(1000);
    expect(retryDelayMs(1, 500, {}, () => 1)).toBe(750);
    expect(retryDelayMs(10, 500, {}, () => 0)).toBe(8000);
    expect(retryDelayMs(0, 500, { 'retry-after': '-5' }, () => 0)).toBe(500);
    expect(retryDelayMs(0, 500, { 'retry-after': '59' })).toBe(59_000);
    expect(retryDelayMs(0, 500, { 'retry-after': '60' })).toBeNull();
  });
});
