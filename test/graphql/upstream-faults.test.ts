/**
 * The facade over a scripted upstream that misbehaves as real servers do: values the v1 spec does
 * not list, its known defects, malformed bodies, rate limits, outages and silence.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { list, message, run, runStep, thread } from '../openai/fixtures.js';
import { dataOf, startFacade } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';
import { defined } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import { THREAD } from '../../src/graphql/identity.js';

let upstream: FakeUpstream;
let facade: FacadeHandle;

beforeAll(async () => {
  upstream = await FakeUpstream.start();
  facade = await startFacade(upstream.url, { facade: { requestDeadlineMs: 1_500 } });
});
afterAll(async () => {
  await facade.close();
  await upstream.close();
});
beforeEach(() => upstream.reset());

const threadId = THREAD.globalId({ id: thread.id });

const ASSISTANT = graphql(`query FaultsAssistant { assistant(id: "asst_1") { id } }`);
const CREATE_THREAD = graphql(`mutation FaultsCreateThread { createThread(input: {}) { thread { id } } }`);

describe('values and shapes the v1 spec does not promise', () => {
  it('keeps a page whole when runs carry statuses the spec does not list', async () => {
    upstream.route((hit) => {
      if (hit.path === '/v1/threads/thread_1') return { json: thread };
      return {
        json: list([
          { ...run, id: 'run_3', status: 'incomplete', incomplete_details: { reason: 'max_completion_tokens' } },
          { ...run, id: 'run_2', status: 'paused_for_review', temperature: undefined, truncation_strategy: undefined },
          { ...run, id: 'run_1', status: 'completed', tool_choice: { type: 'file_search' } },
        ]),
      };
    });
    const data = dataOf(
      await facade.gql(
        graphql(`query FaultsRuns($id: ID!) { thread(id: $id) { runs(first: 3) { nodes { openaiId status incompleteDetails { reason } temperature toolChoice { type } } } } }`),
        { id: threadId },
      ),
    );
    expect(data.thread?.runs.nodes).toEqual([
      { openaiId: 'run_3', status: 'INCOMPLETE', incompleteDetails: { reason: 'max_completion_tokens' }, temperature: null, toolChoice: null },
      { openaiId: 'run_2', status: 'UNKNOWN', incompleteDetails: null, temperature: null, toolChoice: null },
      { openaiId: 'run_1', status: 'COMPLETED', incompleteDetails: null, temperature: null, toolChoice: null },
    ]);
  });

  it('reads null first_id/last_id on an empty list, and unknown message and step values', async () => {
    upstream.route((hit) => {
      if (hit.path === '/v1/threads/thread_1') return { json: thread };
      if (hit.path.endsWith('/steps')) {
        return { json: list([{ ...runStep, status: 'paused', type: 'web_search', expires_at: 1_700_000_600 }]) };
      }
      if (hit.path === '/v1/threads/thread_1/runs/run_1') return { json: run };
      if (hit.path.endsWith('/messages')) return { json: list([{ ...message, status: 'queued_for_review' }]) };
      return { json: { object: 'list', data: [], first_id: null, last_id: null, has_more: false } };
    });
    const data = dataOf(
      await facade.gql(
        graphql(`query FaultsUnknownValues($id: ID!) { thread(id: $id) {
          messages(first: 5) { nodes { status } }
          run(id: "run_1") { steps(first: 5) { nodes { status type } } }
        } }`),
        { id: threadId },
      ),
    );
    const read = defined(data.thread, 'the thread');
    expect(read.messages.nodes).toEqual([{ status: 'UNKNOWN' }]);
    expect(read.run?.steps.nodes).toEqual([{ status: 'UNKNOWN', type: 'UNKNOWN' }]);

    const empty = dataOf(await facade.gql(graphql(`query FaultsEmptyList { assistants(first: 5) { nodes { id } pageInfo { startCursor endCursor hasNextPage } } }`)));
    expect(empty).toEqual({ assistants: { nodes: [], pageInfo: { startCursor: null, endCursor: null, hasNextPage: false } } });
  });
});

describe('upstream failures map to the contract codes', () => {
  it('a wrong-shaped 2xx body is UPSTREAM_ERROR naming the operation, not a crash', async () => {
    upstream.route(() => ({ json: { id: 'asst_1', object: 'assistant' } }));
    const response = await facade.gql(graphql(`query FaultsAssistantName { assistant(id: "asst_1") { id name } }`));
    expect(response.data).toEqual({ assistant: null });
    expect(response.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(response.errors?.[0]?.message).toContain('getAssistant');
  });

  it('a 429 is RATE_LIMITED with retryAfter, after the retries the upstream allowed', async () => {
    upstream.route(() => ({
      status: 429,
      headers: { 'retry-after-ms': '20', 'x-request-id': 'req_429' },
      json: { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    }));
    const response = await facade.gql(ASSISTANT);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 0.02,
      upstream: { status: 429, code: 'rate_limit_exceeded', requestId: 'req_429' },
    });
    expect(upstream.hits).toHaveLength(3);
  });

  it('a 503 that persists is UPSTREAM_UNAVAILABLE after exactly 3 attempts; a POST is not retried', async () => {
    upstream.route(() => ({ status: 503, json: { error: { message: 'engine overloaded', type: 'server_error' } } }));
    const read = await facade.gql(ASSISTANT);
    expect(read.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(upstream.hits).toHaveLength(3);

    upstream.hits.length = 0;
    const write = await facade.gql(CREATE_THREAD);
    expect(write.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(upstream.hits).toHaveLength(1);
  });

  it('an upstream that never answers is UPSTREAM_TIMEOUT at the request deadline', async () => {
    upstream.route(() => ({ hang: true }));
    const response = await facade.gql(CREATE_THREAD);
    expect(response.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('a 401 is UNAUTHENTICATED and a 403 is FORBIDDEN, with the upstream detail', async () => {
    upstream.reply(
      { status: 401, json: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } } },
      { status: 403, json: { error: { message: 'Country not supported', type: 'invalid_request_error', code: 'unsupported_country_region_territory' } } },
    );
    const unauthenticated = await facade.gql(CREATE_THREAD);
    expect(unauthenticated.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { code: 'invalid_api_key' } });
    const forbidden = await facade.gql(CREATE_THREAD);
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', upstream: { status: 403 } });
  });
});

describe('secrets stay out of answers and logs', () => {
  it('never shows the caller’s key, even when the upstream echoes it', async () => {
    const lines: string[] = [];
    const logged = await startFacade(upstream.url, {
      facade: { logger: pino({ level: 'trace' }, { write: (line: string) => lines.push(line) }), requestDeadlineMs: 1_000 },
    });
    const key = 'sk-test-CANARY-123';
    upstream.reply(
      { status: 401, json: { error: { message: `Incorrect API key provided: ${key}.`, type: 'invalid_request_error', code: 'invalid_api_key' } } },
      { status: 500, json: { error: { message: `server exploded near ${key}`, type: 'server_error' } } },
      { status: 500, json: { error: { message: `server exploded near ${key}`, type: 'server_error' } } },
      { status: 500, json: { error: { message: `server exploded near ${key}`, type: 'server_error' } } },
      { hang: true },
    );
    const bodies = [
      await logged.gql(ASSISTANT, {}, { apiKey: key }),
      await logged.gql(ASSISTANT, {}, { apiKey: key }),
      await logged.gql(ASSISTANT, {}, { apiKey: key }),
    ];
    await logged.close();
    expect(bodies.map((body) => body.errors?.[0]?.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT']);
    expect(JSON.stringify(bodies)).not.toContain('CANARY');
    const requestLines = lines.map((line) => JSON.parse(line) as { msg: string; path?: string; status?: number }).filter((line) => line.msg === 'request');
    expect(requestLines).toEqual(Array.from({ length: 3 }, () => expect.objectContaining({ path: '/graphql', status: 200 })));
    expect(lines.join('\n')).not.toContain('CANARY');
    expect(upstream.hits.every((hit) => hit.headers.authorization === `Bearer ${key}`)).toBe(true);
  });
});
