/**
 * Batching by parent: two or more objects of one parent needed in one execution wave come from one
 * list call of that parent, the rest by GET; the answers must equal the individual GETs', misses,
 * 404s and per-key errors included, and never cost more upstream calls than one GET per key.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RUN, THREAD } from '../../src/graphql/identity.js';
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

describe('over the built-in server', () => {
  let harness: Harness;
  let threadId: string;
  let runIds: string[];

  beforeAll(async () => {
    harness = await startHarness();
    const assistant = (await createAssistant(harness, { model: 'gpt-4o', name: 'Batch' })).id;
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

  it('answers null for every run of a thread that does not exist, with one call', async () => {
    const ids = ['run_a00000000000000000000000', 'run_b00000000000000000000000'].map((id) => RUN.globalId({ threadId: 'thread_gone0000000000000000000', id }));
    const batched = dataOf(await harness.gql(graphql(`query BatchingRunIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { id } } }`), { ids }));
    expect(batched.nodes).toEqual([null, null]);
    expect(harness.v1Server.stats.requests).toHaveLength(1);
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

  it('gives each key the error of a failed list, with the code its GET would give, and no extra calls', async () => {
    const overloaded = { status: 503, json: { error: { message: 'Overloaded', type: 'server_error', param: null, code: null } } };
    upstream.route((hit) => (hit.path === '/v1/threads/thread_1' ? { json: thread } : overloaded));
    const query = graphql(`query BatchingTwoRuns($id: ID!) { thread(id: $id) { a: run(id: "run_1") { id } b: run(id: "run_2") { id } } }`);
    const batched = await facade.gql(query, { id: THREAD.globalId({ id: 'thread_1' }) });
    expect(upstream.hits.map((hit) => hit.path)).toEqual(['/v1/threads/thread_1', '/v1/threads/thread_1/runs']);
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
