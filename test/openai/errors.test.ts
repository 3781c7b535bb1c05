import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamClient } from '../../src/openai/client.js';
import { UpstreamError } from '../../src/openai/errors.js';
import { FakeUpstream } from './fake-upstream.js';
import { assistant, list } from './fixtures.js';

let fake: FakeUpstream;
let client: UpstreamClient;

beforeAll(async () => {
  fake = await FakeUpstream.start();
  client = new UpstreamClient({ baseUrl: fake.url, retryBaseDelayMs: 1 });
});

afterAll(async () => {
  await client.close();
  await fake.close();
});

beforeEach(() => fake.reset());

const api = () => client.forRequest({ apiKey: 'sk-test-CANARY' });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(err)}`);
  return err;
}

describe('error statuses', () => {
  it.each([
    [
      400,
      {
        message: "Invalid 'limit': integer above maximum value.",
        type: 'invalid_request_error',
        param: 'limit',
        code: 'integer_above_max_value',
      },
    ],
    [401, { message: 'Incorrect API key provided: sk-test-***ARY.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' }],
    [404, { message: "No assistant found with id 'asst_x'.", type: 'invalid_request_error', param: null, code: null }],
  ])('maps %i with the OpenAI envelope, in one attempt', async (status, error) => {
    fake.reply({ status, json: { error }, headers: { 'x-request-id': 'req_123' } });
    const err = await failure(api().getAssistant('asst_x'));
    expect(err).toMatchObject({ kind: 'http', status, requestId: 'req_123', retryAfterSeconds: null, ...error });
    expect(fake.hits).toHaveLength(1);
  });

  it('falls back to the body prefix for a non-JSON error body', async () => {
    fake.reply({ status: 400, text: `<html>Bad gateway config ${'x'.repeat(500)}</html>` });
    const err = await failure(api().listAssistants());
    expect(err.kind).toBe('http');
    expect(err.status).toBe(400);
    expect(err.message.startsWith('<html>Bad gateway config')).toBe(true);
    expect(err.message.length).toBe(200);
    expect(err.type).toBeNull();
    expect(fake.hits).toHaveLength(1);
  });

  it('falls back to the status text for an empty error body', async () => {
    fake.reply({ status: 403, text: '' });
    const err = await failure(api().listAssistants());
    expect(err).toMatchObject({ kind: 'http', status: 403, message: 'Forbidden' });
  });

  it('reads FastAPI `detail` and bare `message` error shapes', async () => {
    fake.reply(
      { status: 422, json: { detail: [{ loc: ['body', 'model'], msg: 'field required', type: 'value_error.missing' }] } },
      { status: 404, json: { detail: 'Not Found' } },
      { status: 400, json: { message: "You must provide the 'OpenAI-Beta' header.", type: 'invalid_request_error', code: 'invalid_beta' } },
      { status: 400, json: { error: 'plain string error' } },
    );
    await expect(failure(api().createAssistant({ model: '' }))).resolves.toMatchObject({ status: 422, message: 'field required' });
    await expect(failure(api().getAssistant('a'))).resolves.toMatchObject({ status: 404, message: 'Not Found' });
    await expect(failure(api().getAssistant('a'))).resolves.toMatchObject({
      status: 400,
      code: 'invalid_beta',
      type: 'invalid_request_error',
      message: "You must provide the 'OpenAI-Beta' header.",
    });
    await expect(failure(api().getAssistant('a'))).resolves.toMatchObject({ status: 400, message: 'plain string error' });
  });

  it('never repeats the API key in an error', async () => {
    fake.reply(
      { status: 401, json: { error: { message: 'Incorrect API key provided: sk-test-CANARY', type: 'x', param: 'sk-test-CANARY', code: null } } },
      { status: 500, text: 'key sk-test-CANARY rejected' },
    );
    const first = await failure(api().createAssistant({ model: 'm' }));
    const second = await failure(api().createAssistant({ model: 'm' }));
    for (const err of [first, second]) {
      expect(JSON.stringify({ ...err, message: err.message })).not.toContain('CANARY');
    }
    expect(first.message).toBe('Incorrect API key provided: [REDACTED]');
  });

  it('keeps retry-after as seconds on the error', async () => {
    fake.reply({ status: 429, json: { error: { message: 'Slow down', code: 'rate_limit_exceeded' } }, headers: { 'retry-after': '120' } });
    const err = await failure(api().getAssistant('a'));
    expect(err).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 120, code: 'rate_limit_exceeded' });
    expect(fake.hits).toHaveLength(1);
  });
});

describe('malformed 2xx answers', () => {
  it('rejects a body that is not JSON, naming the operation', async () => {
    fake.reply({ status: 200, text: 'hello' });
    const err = await failure(api().getAssistant('asst_1'));
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(/^getAssistant: .*not JSON/);
    expect(fake.hits).toHaveLength(1);
  });

  it('rejects a wrong shape, naming the operation and the first issue path', async () => {
    fake.reply({ json: list([assistant, { ...assistant, object: 'thread' }]) }, { json: { ...assistant, created_at: 'soon' } });
    const first = await failure(api().listAssistants());
    expect(first.kind).toBe('malformed');
    expect(first.message).toContain('listAssistants');
    expect(first.message).toContain('data.1.object');
    const second = await failure(api().getAssistant('asst_1'));
    expect(second.message).toContain('created_at');
  });

  it('rejects an empty 200 body and JSON null', async () => {
    fake.reply({ status: 200, text: '' }, { json: null });
    await expect(failure(api().getThread('t'))).resolves.toMatchObject({ kind: 'malformed' });
    await expect(failure(api().getThread('t'))).resolves.toMatchObject({ kind: 'malformed', message: expect.stringContaining('(root)') });
  });
});
