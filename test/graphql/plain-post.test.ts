/**
 * A plain `POST` of JSON without an `Origin` is answered by `src/plain-post.ts` instead of yoga's
 * Fetch API layer; with an `Origin` (here one that is not allowed, so no CORS headers either way)
 * the same request goes through yoga. Every answer must be the same both ways: the GraphQL over
 * HTTP audits of graphql-http, and status, media type and body for requests of every kind,
 * mistakes included. Yoga's debug log ("Parsing request…", written only on its own path) shows
 * which path answered.
 */
import { Writable } from 'node:stream';
import { auditServer } from 'graphql-http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../helpers/harness.js';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import { createAssistant, until, waitForRunStatus } from '../helpers/kit.js';
import { RunFollowers } from '../../src/graphql/subscriptions/run-followers.js';
import { graphql } from './generated/gql.js';

/** An origin that is not allowed: yoga answers it without CORS headers, like a request with none. */
const ELSEWHERE = 'http://elsewhere.example';
const YOGA_PARSING = 'Parsing request to extract GraphQL parameters';

let harness: Harness;
const logLines: string[] = [];
const followers = new RunFollowers();

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  harness = await startHarness({ facade: { logger: pino({ level: 'debug' }, sink), followers } });
});
afterAll(() => harness.close());

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
  /** Whether yoga's request parsing ran for it. */
  viaYoga: boolean;
}

async function send(body: string, headers: Record<string, string>): Promise<Answer> {
  logLines.length = 0;
  const response = await fetch(`${harness.facadeUrl}/graphql`, {
    method: 'POST',
    // One request id for both paths, so that their answers can be compared byte for byte.
    headers: { authorization: `Bearer ${TEST_KEY}`, 'x-request-id': 'plain-post-test', ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: text,
    viaYoga: logLines.some((line) => line.includes(YOGA_PARSING)),
  };
}

const JSON_BODY = { 'content-type': 'application/json' };
const query = (text: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ query: text, ...extra });

const CASES: Array<{ name: string; body: string; headers?: Record<string, string>; plain: boolean }> = [
  { name: 'a query', body: query('{ assistants(first: 2) { nodes { id name } } }'), plain: true },
  { name: 'a query with variables and an operation name', body: query('query Q($n: Int) { assistants(first: $n) { totalCount: __typename } }', { variables: { n: 1 }, operationName: 'Q' }), plain: true },
  { name: 'a field error (a malformed id)', body: query('{ assistant(id: "x") { id } }'), plain: true },
  { name: 'a field error, graphql-response+json', body: query('{ assistant(id: "x") { id } }'), headers: { accept: 'application/graphql-response+json' }, plain: true },
  { name: 'a validation error', body: query('{ nope }'), plain: true },
  { name: 'a validation error, graphql-response+json', body: query('{ nope }'), headers: { accept: 'application/graphql-response+json' }, plain: true },
  { name: 'a variable of the wrong type', body: query('query($n: Int) { assistants(first: $n) { nodes { id } } }', { variables: { n: 'many' } }), plain: true },
  { name: 'too many aliases', body: query(`{ ${Array.from({ length: 20 }, (_, index) => `a${index}: __typename`).join(' ')} }`), plain: true },
  { name: 'a mutation that fails upstream', body: query('mutation { deleteThread(input: { id: "thread_missing" }) { deletedId } }'), plain: true },
  { name: 'a null operation name and variables', body: query('{ __typename }', { operationName: null, variables: null, extensions: null }), plain: true },
  { name: 'the first listed JSON type', body: query('{ __typename }'), headers: { accept: 'application/json, application/graphql-response+json' }, plain: true },
  { name: 'JSON after an event stream', body: query('{ __typename }'), headers: { accept: 'text/event-stream, application/json;q=0.9' }, plain: true },
  { name: 'any type', body: query('{ __typename }'), headers: { accept: '*/*' }, plain: true },
  { name: 'a charset parameter on the body', body: query('{ __typename }'), headers: { 'content-type': 'application/json; charset=utf-8' }, plain: true },
  { name: 'JSON that does not parse', body: '{"query": ', plain: false },
  { name: 'a body that is not an object', body: '[{"query": "{ __typename }"}]', plain: false },
  { name: 'no query', body: '{}', plain: false },
  { name: 'a query that is not a string', body: '{"query": 1}', plain: false },
  { name: 'variables that are a list', body: query('{ __typename }', { variables: [] }), plain: false },
  { name: 'an unknown parameter', body: query('{ __typename }', { queryId: 'abc' }), plain: false },
  { name: 'a document that does not parse', body: query('{ assistants('), plain: false },
  { name: 'two operations and no name (refused by yoga while parsing)', body: query('query A { __typename } query B { __typename }'), plain: false },
  { name: 'a subscription', body: query('subscription { run(id: "UnVuOnRocmVhZF94L3J1bl94") { id } }'), plain: false },
  { name: 'a charset other than UTF-8 asked', body: query('{ __typename }'), headers: { accept: 'application/json; charset=iso-8859-1' }, plain: false },
  { name: 'an event stream asked', body: query('{ __typename }'), headers: { accept: 'text/event-stream' }, plain: false },
];

describe('the plain POST path answers exactly as yoga does', () => {
  for (const { name, body, headers, plain } of CASES) {
    it(`${name}: ${plain ? 'answered on the plain path' : 'handed to yoga'}, the same answer as yoga's`, async () => {
      const direct = await send(body, { ...JSON_BODY, ...headers });
      const throughYoga = await send(body, { ...JSON_BODY, ...headers, origin: ELSEWHERE });
      expect(throughYoga.viaYoga).toBe(true);
      expect(direct.viaYoga).toBe(!plain);
      const { viaYoga: _direct, ...directAnswer } = direct;
      const { viaYoga: _yoga, ...yogaAnswer } = throughYoga;
      expect(directAnswer).toEqual(yogaAnswer);
    });
  }

  it('a plain query of the store answers its data', async () => {
    const answer = await send(query('{ assistants(first: 1) { nodes { id } } }'), JSON_BODY);
    expect(answer).toMatchObject({ status: 200, contentType: 'application/json; charset=utf-8', viaYoga: false });
    expect(JSON.parse(answer.body)).toEqual({ data: { assistants: { nodes: expect.any(Array) } } });
  });
});

describe('a subscription sent as a plain POST', () => {
  /** The first chunk of an answer's body that holds a whole `next` event, then the request is dropped. */
  async function firstEvent(accept: string | undefined, origin: string | undefined): Promise<{ status: number; contentType: string | null; event: string }> {
    logLines.length = 0;
    const controller = new AbortController();
    const response = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { ...JSON_BODY, authorization: `Bearer ${TEST_KEY}`, ...(accept ? { accept } : {}), ...(origin ? { origin } : {}) },
      body: query('subscription($id: ID!) { run(id: $id) { status } }', { variables: { id: waitingRunId } }),
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!/event: next\ndata: .*\n\n/.test(text)) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    controller.abort();
    return { status: response.status, contentType: response.headers.get('content-type'), event: /event: next\ndata: (.*)\n\n/.exec(text)?.[1] ?? text };
  }

  let waitingRunId: string;
  beforeAll(async () => {
    const assistant = await createAssistant(harness, {
      tools: [{ type: 'FUNCTION', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
    });
    const started = dataOf(
      await harness.gql(graphql(`mutation PlainPostWaitingRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }`), {
        input: { assistantId: assistant.id, messages: [{ content: 'call get_weather({"city":"Paris"})' }] },
      }),
    ).createThreadAndRun.run;
    await waitForRunStatus(harness, started, ['REQUIRES_ACTION']);
    waitingRunId = started.id;
  });

  // A run waiting for tool outputs keeps its subscription open: an answer that waited for the end
  // of the stream would never come.
  for (const accept of [undefined, '*/*', 'text/event-stream, application/json']) {
    it(`with ${accept === undefined ? 'no Accept' : `Accept: ${accept}`}: an event stream, its first event sent while the run still waits, as yoga sends it`, async () => {
      const plain = await firstEvent(accept, undefined);
      const throughYoga = await firstEvent(accept, ELSEWHERE);
      expect(plain).toEqual(throughYoga);
      expect(plain.status).toBe(200);
      expect(plain.contentType).toMatch(/^text\/event-stream/);
      expect(JSON.parse(plain.event)).toEqual({ data: { run: { status: 'REQUIRES_ACTION' } } });
      // Both clients left: the run's poller stops, and nothing was logged as an error.
      await until(() => followers.activePollerCount(), (count) => count === 0, 'the run poller to stop');
      expect(logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
    });
  }
});

describe('GraphQL over HTTP audits (graphql-http)', () => {
  it('give the same results on both paths, with no failed MUST', async () => {
    const url = `${harness.facadeUrl}/graphql`;
    const withOrigin: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), origin: ELSEWHERE } });
    const summary = (results: Awaited<ReturnType<typeof auditServer>>): string[] => results.map((result) => `${result.id} ${result.status}`);
    const plain = await auditServer({ url });
    const yoga = await auditServer({ url, fetchFn: withOrigin });
    expect(plain.length).toBeGreaterThan(30);
    expect(summary(plain)).toEqual(summary(yoga));
    const failedMusts = plain.filter((result) => result.status === 'error' && result.name.startsWith('MUST'));
    expect(failedMusts.map((result) => result.name)).toEqual([]);
  });
});
