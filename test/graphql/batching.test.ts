/**
 * Batching by parent: two or more objects of one parent needed in one execution wave come from one
 * list call of that parent, the rest by GET; the answers must equal the individual GETs', misses,
 * 404s and per-key errors included, and never cost more upstream calls than one GET per key.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ASSISTANT, RUN, THREAD } from '../../src/graphql/identity.js';
import type { Harness } from '../helpers/harness.js';
import { dataOf, startFacade, startHarness } from '../helpers/harness.js';
import type { FacadeHandle } from '../helpers/harness.js';
import { createAssistant, runReaches } from '../helpers/kit.js';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { list, run, thread } from '../openai/fixtures.js';
import { graphql } from './generated/gql.js';

graphql(`fragment BatchingRunFields on Run { id openaiId status createdAt metadata assistant { id } thread { id } }`);

const RUN_NODE = graphql(`query BatchingRun($id: ID!) { node(id: $id) { ... on Run { ...BatchingRunFields } } }`);
const RUN_NODES = graphql(`query BatchingRuns($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { ...BatchingRunFields } } }`);

const NODE_ANY = graphql(
  `query BatchingAnyNode($id: ID!) { node(id: $id) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }`,
);
const NODES_ANY = graphql(
  `query BatchingAnyNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }`,
);

const THREAD_PAGE = graphql(
  `query BatchingThreadPage($id: ID!) { thread(id: $id) { id messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }`,
);
const THREAD_PAGE_WITH_DATE = graphql(
  `query BatchingThreadPageWithDate($id: ID!) { thread(id: $id) { id createdAt messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }`,
);

describe('over the built-in server', () => {
  let harness: Harness;
  let threadId: string;
  let runIds: string[];
  let assistantOpenaiId: string;

  beforeAll(async () => {
    harness = await startHarness();
    const created = await createAssistant(harness, { model: 'gpt-4o', name: 'Batch' });
    const assistant = created.id;
    assistantOpenaiId = created.openaiId;
    const thread = dataOf(await harness.gql(graphql(`mutation BatchingCreateThread { createThread(input: {}) { thread { id openaiId } } }`))).createThread.thread;
    threadId = thread.id;
    runIds = [];
    for (let index = 0; index < 4; index += 1) {
      const created = dataOf(
        await harness.gql(graphql(`mutation BatchingCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }`), {
          input: { threadId, assistantId: assistant, additionalMessages: [{ content: `message ${index}` }] },
        }),
      ).createRun.run;
      runIds.push(created.id);
      // No longer active (seen on the v1 server's store events), so the next run may start.
      await runReaches(harness, created.openaiId, ['COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED', 'INCOMPLETE']);
    }
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.v1Server.stats.reset());

  async function individually(ids: string[]): Promise<unknown[]> {
    const answers: unknown[] = [];
    for (const id of ids) {
      answers.push(dataOf(await harness.gql(RUN_NODE, { id })).node);
    }
    return answers;
  }

  it('answers several runs of a thread from one list call, equal to their individual GETs', async () => {
    const single = await individually(runIds);
    const gets = harness.v1Server.stats.requests.filter((request) => /\/runs\/run_/.test(request.path));
    expect(gets).toHaveLength(runIds.length);
    harness.v1Server.stats.reset();
    const batched = dataOf(await harness.gql(RUN_NODES, { ids: runIds }));
    expect(batched.nodes).toEqual(single);
    const runCalls = harness.v1Server.stats.requests.filter((request) => request.path.includes('/runs'));
    expect(runCalls.map((request) => `${request.method} ${request.path}?${request.query}`)).toEqual([
      `GET /v1/threads/${threadOpenaiId(single[0])}/runs?limit=100&order=desc`,
    ]);
  });

  it('keeps a single key a plain GET', async () => {
    await individually([runIds[0] ?? '']);
    expect(harness.v1Server.stats.requests.filter((request) => request.path.includes('/runs')).map((request) => request.path)).toEqual([
      expect.stringMatching(/\/runs\/run_/),
    ]);
  });

  it('fetches only the misses one by one: a missing run answers null, as its GET does', async () => {
    const threadOpenaiId = THREAD.decode(threadId, 'id').id;
    const missing = RUN.globalId({ threadId: threadOpenaiId, id: 'run_doesnotexist000000000000' });
    const ids = [runIds[1] ?? '', missing, runIds[2] ?? ''];
    const single = await individually(ids);
    expect(single[1]).toBeNull();
    harness.v1Server.stats.reset();
    const batched = dataOf(await harness.gql(RUN_NODES, { ids }));
    expect(batched.nodes).toEqual(single);
    const runCalls = harness.v1Server.stats.requests.filter((request) => request.path.includes('/runs'));
    expect(runCalls.map((request) => request.path)).toEqual([`/v1/threads/${threadOpenaiId}/runs`, `/v1/threads/${threadOpenaiId}/runs/run_doesnotexist000000000000`]);
  });

  it('answers null for every run of a thread that does not exist, from their own GETs after the list fails', async () => {
    const gone = 'thread_gone0000000000000000000';
    const ids = ['run_a00000000000000000000000', 'run_b00000000000000000000000'].map((id) => RUN.globalId({ threadId: gone, id }));
    const batched = await harness.gql(graphql(`query BatchingRunIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { id } } }`), { ids });
    expect(batched).toEqual({ status: 200, data: { nodes: [null, null] } });
    const paths = harness.v1Server.stats.requests.map((request) => request.path);
    expect(paths[0]).toBe(`/v1/threads/${gone}/runs`);
    expect(paths.slice(1).sort()).toEqual([`/v1/threads/${gone}/runs/run_a00000000000000000000000`, `/v1/threads/${gone}/runs/run_b00000000000000000000000`]);
  });

  it('loads a thread page in 3 upstream calls and 2 waves: its messages, then their runs and assistant', async () => {
    const page = dataOf(await harness.gql(THREAD_PAGE, { id: threadId }));
    const nodes = page.thread?.messages.nodes ?? [];
    expect(nodes.filter((node) => node.run !== null)).toHaveLength(4);
    expect(nodes.filter((node) => node.assistant !== null).length).toBeGreaterThan(0);
    const calls = harness.v1Server.stats.requests.map((request) => `${request.method} ${request.path}`);
    const threadPath = `/v1/threads/${THREAD.decode(threadId, 'id').id}`;
    expect(calls[0]).toBe(`GET ${threadPath}/messages`);
    expect(calls.slice(1).sort()).toEqual([`GET /v1/assistants/${assistantOpenaiId}`, `GET ${threadPath}/runs`]);
  });

  it('answers the same thread page with or without the thread’s own GET', async () => {
    const shortcut = dataOf(await harness.gql(THREAD_PAGE, { id: threadId }));
    const withGet = dataOf(await harness.gql(THREAD_PAGE_WITH_DATE, { id: threadId }));
    expect(withGet.thread?.createdAt).toEqual(expect.any(String));
    expect(shortcut.thread?.messages).toEqual(withGet.thread?.messages);
  });

  it('answers null for the page of a thread that does not exist, with no error', async () => {
    const gone = THREAD.globalId({ id: 'thread_gone0000000000000000000' });
    expect(await harness.gql(THREAD_PAGE, { id: gone })).toEqual({ status: 200, data: { thread: null } });
    expect(await harness.gql(THREAD_PAGE_WITH_DATE, { id: gone })).toEqual({ status: 200, data: { thread: null } });
  });

  describe('over an upstream that lacks a list route', () => {
    let proxy: Awaited<ReturnType<typeof startProxy>>;
    let facade: FacadeHandle;
    beforeAll(async () => {
      proxy = await startProxy(harness.v1Server.url);
      facade = await startFacade(proxy.url, { client: { maxRetries: 0 } });
    });
    afterAll(async () => {
      await facade.close();
      await proxy.close();
    });
    beforeEach(() => {
      proxy.paths.length = 0;
    });

    /** `ids` batched through the proxy lacking `route`: each answer equals its GET's through the real server. */
    async function expectGetsAnswers(route: RegExp, ids: string[]): Promise<void> {
      const single = await Promise.all(ids.map(async (id) => dataOf(await harness.gql(NODE_ANY, { id })).node));
      expect(single.every((node) => node !== null)).toBe(true);
      proxy.lacking.route = route;
      const batched = await facade.gql(NODES_ANY, { ids });
      expect(batched).toEqual({ status: 200, data: { nodes: single } });
      expect(proxy.paths.filter((path) => route.test(path))).toHaveLength(1);
    }

    it('answers runs from their GETs when the runs list is missing', async () => {
      await expectGetsAnswers(/^\/v1\/threads\/[^/]+\/runs$/, runIds);
    });

    it('answers messages from their GETs when the messages list is missing', async () => {
      proxy.lacking.route = null;
      const messages = dataOf(await harness.gql(THREAD_PAGE, { id: threadId })).thread?.messages.nodes ?? [];
      expect(messages.length).toBeGreaterThan(1);
      await expectGetsAnswers(/^\/v1\/threads\/[^/]+\/messages$/, messages.map((message) => message.id));
    });

    it('answers assistants from their GETs when the assistants list is missing', async () => {
      const other = await createAssistant(harness, { model: 'gpt-4o', name: 'Batch too' });
      await expectGetsAnswers(/^\/v1\/assistants$/, [other.id, ASSISTANT.globalId({ id: assistantOpenaiId })]);
    });

    it('links every message of a thread page to its run when the runs list is missing', async () => {
      proxy.lacking.route = null;
      const direct = dataOf(await harness.gql(THREAD_PAGE, { id: threadId }));
      proxy.lacking.route = /^\/v1\/threads\/[^/]+\/runs$/;
      const proxied = await facade.gql(THREAD_PAGE, { id: threadId });
      expect(proxied).toEqual({ status: 200, data: direct });
      expect(direct.thread?.messages.nodes.filter((node) => node.run !== null)).toHaveLength(4);
    });
  });

  it('links a page of messages to their runs with one runs list instead of one GET per run', async () => {
    const page = dataOf(
      await harness.gql(graphql(`query BatchingMessageRuns($id: ID!) { thread(id: $id) { messages(first: 20) { nodes { run { openaiId } } } } }`), { id: threadId }),
    );
    const linked = new Set((page.thread?.messages.nodes ?? []).flatMap((node) => (node.run ? [node.run.openaiId] : [])));
    expect(linked.size).toBe(4);
    const paths = harness.v1Server.stats.requests.map((request) => request.path);
    expect(paths.filter((path) => /\/runs\/run_/.test(path))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('/runs'))).toHaveLength(1);
  });
});

/**
 * The v1 server behind a proxy that answers 404, as an upstream without that route would, for the
 * GETs of one list route (`lacking`), and forwards everything else.
 */
async function startProxy(target: string): Promise<{ url: string; lacking: { route: RegExp | null }; paths: string[]; close(): Promise<void> }> {
  const lacking: { route: RegExp | null } = { route: null };
  const paths: string[] = [];
  const origin = new URL(target).origin;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', origin).pathname;
      paths.push(path);
      if (request.method === 'GET' && lacking.route?.test(path)) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: `Invalid URL (GET ${path})`, type: 'invalid_request_error', param: null, code: null } }));
        return;
      }
      const headers = Object.entries(request.headers).flatMap(([name, value]) =>
        typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name) ? [[name, value] as [string, string]] : [],
      );
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.concat(chunks);
      void fetch(`${origin}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers, body }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(target).pathname}`,
    lacking,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function threadOpenaiId(node: unknown): string {
  return THREAD.decode((node as { thread: { id: string } }).thread.id, 'thread').id;
}

describe('over a scripted upstream', () => {
  let upstream: FakeUpstream;
  let facade: FacadeHandle;
  const ids = ['run_1', 'run_2'].map((id) => RUN.globalId({ threadId: 'thread_1', id }));

  beforeAll(async () => {
    upstream = await FakeUpstream.start();
    facade = await startFacade(upstream.url, { client: { maxRetries: 0 } });
  });
  afterAll(async () => {
    await facade.close();
    await upstream.close();
  });
  beforeEach(() => upstream.reset());

  it('gives each key its own GET’s answer when the list fails', async () => {
    const overloaded = { status: 503, json: { error: { message: 'Overloaded', type: 'server_error', param: null, code: null } } };
    upstream.route((hit) => (hit.path === '/v1/threads/thread_1' ? { json: thread } : overloaded));
    const query = graphql(`query BatchingTwoRuns($id: ID!) { thread(id: $id) { a: run(id: "run_1") { id } b: run(id: "run_2") { id } } }`);
    const batched = await facade.gql(query, { id: THREAD.globalId({ id: 'thread_1' }) });
    const paths = upstream.hits.map((hit) => hit.path);
    expect(paths.slice(0, 2)).toEqual(['/v1/threads/thread_1', '/v1/threads/thread_1/runs']);
    expect(paths.slice(2).sort()).toEqual(['/v1/threads/thread_1/runs/run_1', '/v1/threads/thread_1/runs/run_2']);
    expect(batched.data).toEqual({ thread: { a: null, b: null } });
    expect(batched.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['thread', 'a'], 'UPSTREAM_UNAVAILABLE'],
      [['thread', 'b'], 'UPSTREAM_UNAVAILABLE'],
    ]);
    upstream.reset();
    upstream.route(() => overloaded);
    const single = await facade.gql(graphql(`query BatchingNodeId($id: ID!) { node(id: $id) { id } }`), { id: ids[0] ?? '' });
    expect(single.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('answers each key from its GET when the list fails but the GETs do not', async () => {
    upstream.route((hit) => {
      if (hit.path === '/v1/threads/thread_1/runs') return { status: 500, json: { error: { message: 'Broken', type: 'server_error', param: null, code: null } } };
      return { json: { ...run, id: hit.path.split('/').at(-1) } };
    });
    const batched = await facade.gql(graphql(`query BatchingRunsFromGets($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId } } }`), { ids });
    expect(batched).toEqual({ status: 200, data: { nodes: [{ openaiId: 'run_1' }, { openaiId: 'run_2' }] } });
  });

  const THREAD_MESSAGES = graphql(`query BatchingThreadMessages($id: ID!) { thread(id: $id) { id messages(first: 5) { nodes { id } } } }`);
  const broken = { status: 503, json: { error: { message: 'Overloaded', type: 'server_error', param: null, code: null } } };

  it('asks the thread’s GET when its list fails, and gives the list’s error at the list without listing again', async () => {
    upstream.route((hit) => (hit.path === '/v1/threads/thread_1' ? { json: thread } : broken));
    const page = await facade.gql(THREAD_MESSAGES, { id: THREAD.globalId({ id: 'thread_1' }) });
    expect(upstream.hits.map((hit) => hit.path)).toEqual(['/v1/threads/thread_1/messages', '/v1/threads/thread_1']);
    expect(page.data).toEqual({ thread: null });
    expect(page.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['thread', 'messages'], 'UPSTREAM_UNAVAILABLE']]);
  });

  it('answers null, with no error, when the list and the thread’s GET both say it does not exist', async () => {
    upstream.route(() => ({ status: 404, json: { error: { message: 'No thread found', type: 'invalid_request_error', param: null, code: null } } }));
    const page = await facade.gql(THREAD_MESSAGES, { id: THREAD.globalId({ id: 'thread_1' }) });
    expect(page).toEqual({ status: 200, data: { thread: null } });
    expect(upstream.hits.map((hit) => hit.path)).toEqual(['/v1/threads/thread_1/messages', '/v1/threads/thread_1']);
  });

  it('keeps the thread when its GET finds it though its list answers 404', async () => {
    upstream.route((hit) =>
      hit.path === '/v1/threads/thread_1' ? { json: thread } : { status: 404, json: { error: { message: 'Invalid URL', type: 'invalid_request_error', param: null, code: null } } },
    );
    const page = await facade.gql(THREAD_MESSAGES, { id: THREAD.globalId({ id: 'thread_1' }) });
    expect(page.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['thread', 'messages'], 'NOT_FOUND']]);
    expect(upstream.hits).toHaveLength(2);
  });

  it('answers from the list objects exactly as the GETs return them', async () => {
    upstream.route((hit) => {
      if (hit.path === '/v1/threads/thread_1/runs') return { json: list([{ ...run, id: 'run_2' }, { ...run, id: 'run_1' }]) };
      return { status: 404, json: { error: { message: 'nope', type: 'invalid_request_error', param: null, code: null } } };
    });
    const batched = dataOf(await facade.gql(graphql(`query BatchingRunStatuses($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId status } } }`), { ids }));
    expect(batched.nodes).toEqual([
      { openaiId: 'run_1', status: 'QUEUED' },
      { openaiId: 'run_2', status: 'QUEUED' },
    ]);
    expect(upstream.hits.map((hit) => `${hit.path}?${new URLSearchParams(hit.query).toString()}`)).toEqual(['/v1/threads/thread_1/runs?limit=100&order=desc']);
  });
});
