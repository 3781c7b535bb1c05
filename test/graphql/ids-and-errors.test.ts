/**
 * Global IDs, Relay lookups, the error contract, credentials, per-request DataLoaders and the
 * HTTP surface (GraphiQL, health, limits, CORS).
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/v1-server/index.js';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { GraphQLResponse, Harness } from '../helpers/harness.js';
import { defined, ofType, waitForRunStatus, seedFiles } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import type { RunStatus } from './generated/graphql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 3 } });
  await seedFiles(harness, ['file-fixture1', 'file-msgfile1']);
});
afterAll(() => harness.close());

function firstError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse['errors']>[number] {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return error;
}

async function rest(path: string, key = TEST_KEY): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${harness.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${key}`, 'openai-beta': 'assistants=v1' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Posts a query and returns the raw response text, for checks that must see every byte. */
async function rawPost(query: string | DocumentTypeDecoration<unknown, never>, variables: Record<string, unknown>, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${harness.facadeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return response.text();
}

const SETTLED: RunStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED', 'REQUIRES_ACTION'];

/** The run's status once it settles (on the v1 server's store events), read through GraphQL. */
async function waitForRun(run: { id: string; openaiId: string }): Promise<RunStatus | undefined> {
  return waitForRunStatus(harness, run, SETTLED);
}

const DELETE_ASSISTANT = graphql(`mutation IdsDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }`);
const UPDATE_ASSISTANT_NAME = graphql(`mutation IdsUpdateAssistantName($id: ID!) { updateAssistant(input: {id: $id, name: "x"}) { assistant { id } } }`);
const UPDATE_RUN = graphql(`mutation IdsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {}}) { run { id } } }`);
const FIRST_CURSOR = graphql(`query IdsFirstCursor { assistants(first: 1) { edges { cursor } } }`);

interface Fixture {
  assistant: string;
  assistantRaw: string;
  thread: string;
  threadRaw: string;
  message: string;
  messageRaw: string;
  run: string;
  runRaw: string;
  step: string;
  stepRaw: string;
  assistantFile: string;
  messageFile: string;
}

/** One object of every node type, with its global ID and raw id. */
async function makeFixture(): Promise<Fixture> {
  const assistant = dataOf(
    await harness.gql(graphql(`mutation IdsFixtureAssistant { createAssistant(input: {model: "gpt-4", name: "Fixture", fileIds: ["file-fixture1"]}) { assistant { id openaiId } } }`)),
  ).createAssistant.assistant;
  const created = dataOf(
    await harness.gql(
      graphql(`mutation IdsFixtureRun($a: ID!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: "hi", fileIds: ["file-msgfile1"]}]}) { run { id openaiId thread { id openaiId } } } }`),
      { a: assistant.id },
    ),
  ).createThreadAndRun.run;
  const run = { ...created, thread: defined(created.thread, 'the run\'s thread') };
  expect(await waitForRun(run)).toBe('COMPLETED');
  const data = dataOf(
    await harness.gql(
      graphql(`query IdsFixtureObjects($a: ID!, $t: ID!, $r: ID!) {
        assistant(id: $a) { files { nodes { id } } }
        thread(id: $t) {
          messages(order: ASC) { nodes { id openaiId role files { nodes { id } } } }
          run(id: $r) { steps { nodes { id openaiId } } }
        }
      }`),
      { a: assistant.id, t: run.thread.id, r: run.id },
    ),
  );
  const userMessage = data.thread?.messages.nodes.find((m) => m.role === 'USER');
  const step = data.thread?.run?.steps.nodes[0];
  const assistantFile = data.assistant?.files.nodes[0];
  const messageFile = userMessage?.files.nodes[0];
  if (!userMessage || !step || !assistantFile || !messageFile) throw new Error('fixture incomplete');
  return {
    assistant: assistant.id,
    assistantRaw: assistant.openaiId,
    thread: run.thread.id,
    threadRaw: run.thread.openaiId,
    message: userMessage.id,
    messageRaw: userMessage.openaiId,
    run: run.id,
    runRaw: run.openaiId,
    step: step.id,
    stepRaw: step.openaiId,
    assistantFile: assistantFile.id,
    messageFile: messageFile.id,
  };
}

let live: Fixture;
/** The same shapes, but every object deleted upstream: well-formed ids that name nothing. */
let gone: Fixture;
beforeAll(async () => {
  live = await makeFixture();
  gone = await makeFixture();
  dataOf(await harness.gql(graphql(`mutation IdsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }`), { id: gone.thread }));
  dataOf(await harness.gql(DELETE_ASSISTANT, { id: gone.assistant }));
});

graphql(`
  fragment IdsNodeFields on Node {
    __typename id
    ... on Assistant { openaiId name }
    ... on Thread { openaiId }
    ... on Message { openaiId text }
    ... on Run { openaiId status }
    ... on RunStep { openaiId type }
    ... on AssistantFile { openaiId assistant { id } }
    ... on MessageFile { openaiId message { id } }
  }
`);

const NODE_BY_ID = graphql(`query IdsNodeById($id: ID!) { node(id: $id) { id } }`);
const ASSISTANT_NAME = graphql(`query IdsAssistantName($id: ID!) { assistant(id: $id) { name } }`);
const CREATE_THREAD = graphql(`mutation IdsCreateThread { createThread(input: {}) { thread { id } } }`);

const TYPES: { type: string; key: keyof Fixture; raw: (f: Fixture) => string }[] = [
  { type: 'Assistant', key: 'assistant', raw: (f) => f.assistantRaw },
  { type: 'Thread', key: 'thread', raw: (f) => f.threadRaw },
  { type: 'Message', key: 'message', raw: (f) => f.messageRaw },
  { type: 'Run', key: 'run', raw: (f) => f.runRaw },
  { type: 'RunStep', key: 'step', raw: (f) => f.stepRaw },
  { type: 'AssistantFile', key: 'assistantFile', raw: () => 'file-fixture1' },
  { type: 'MessageFile', key: 'messageFile', raw: () => 'file-msgfile1' },
];

describe('node and nodes', () => {
  for (const { type, key, raw } of TYPES) {
    it(`node(id) refetches a ${type}`, async () => {
      const data = dataOf(await harness.gql(graphql(`query IdsNode($id: ID!) { node(id: $id) { ...IdsNodeFields } }`), { id: live[key] }));
      expect(data.node).toMatchObject({ __typename: type, id: live[key], openaiId: raw(live) });
    });
  }

  it('links carry the right objects', async () => {
    const data = dataOf(
      await harness.gql(graphql(`query IdsLinks($af: ID!, $mf: ID!) { af: node(id: $af) { ...IdsNodeFields } mf: node(id: $mf) { ...IdsNodeFields } }`), {
        af: live.assistantFile,
        mf: live.messageFile,
      }),
    );
    expect(ofType(data.af, 'AssistantFile').assistant?.id).toBe(live.assistant);
    expect(ofType(data.mf, 'MessageFile').message?.id).toBe(live.message);
  });

  it('nodes(ids) refetches every type in order, with null in place for ids that name nothing', async () => {
    const ids = TYPES.flatMap(({ key }) => [live[key], gone[key]]);
    const response = await harness.gql(graphql(`query IdsNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IdsNodeFields } }`), { ids });
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.nodes ?? [];
    expect(nodes).toHaveLength(ids.length);
    TYPES.forEach(({ type, key, raw }, index) => {
      expect(nodes[index * 2]).toMatchObject({ __typename: type, id: live[key], openaiId: raw(live) });
      expect(nodes[index * 2 + 1]).toBeNull();
    });
  });

  it('the deleted fixture is gone upstream, the live one is there', async () => {
    expect((await rest(`/assistants/${gone.assistantRaw}`)).status).toBe(404);
    expect((await rest(`/threads/${gone.threadRaw}`)).status).toBe(404);
    expect((await rest(`/threads/${live.threadRaw}/runs/${live.runRaw}/steps/${live.stepRaw}`)).body).toMatchObject({
      id: live.stepRaw,
      run_id: live.runRaw,
      thread_id: live.threadRaw,
    });
  });

  for (const { type, key } of TYPES) {
    it(`node(id) of a deleted ${type} is null, with no error`, async () => {
      const response = await harness.gql(NODE_BY_ID, { id: gone[key] });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
    });
  }

  it('global IDs are opaque: not the raw id', () => {
    for (const { key, raw } of TYPES) expect(live[key]).not.toBe(raw(live));
  });
});

describe('malformed and wrong-type ids', () => {
  const encoded = (text: string): string => Buffer.from(text).toString('base64');
  const malformed = [
    'garbage!!',
    'YWJj',
    encoded('Assistant:nope'),
    encoded('Bogus:asst_1'),
    '',
    encoded('Run:thread_1'),
    encoded('Assistant:asst_1:asst_2'),
    encoded('Assistant:asst_a/b'),
    encoded(`Assistant:asst_${'x'.repeat(200)}`),
    encoded('Run:run_1:thread_1'),
  ];
  for (const bad of malformed) {
    it(`node(id: ${JSON.stringify(bad)}) fails with BAD_USER_INPUT`, async () => {
      harness.v1Server.stats.reset();
      const response = await harness.gql(NODE_BY_ID, { id: bad });
      expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(harness.v1Server.stats.requests).toHaveLength(0);
    });
  }

  it('a malformed id in nodes() fails with BAD_USER_INPUT', async () => {
    const response = await harness.gql(graphql(`query IdsNodesIds($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: [live.assistant, 'garbage!!'] });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a Thread ID given to assistant(id:) fails with BAD_USER_INPUT, and vice versa', async () => {
    harness.v1Server.stats.reset();
    const assistantById = graphql(`query IdsAssistantById($id: ID!) { assistant(id: $id) { id } }`);
    const asAssistant = await harness.gql(assistantById, { id: live.thread });
    expect(firstError(asAssistant).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(asAssistant).message).toBe(`\`id\` must be an Assistant ID, but ${JSON.stringify(live.thread)} is a Thread ID.`);
    const asThread = await harness.gql(graphql(`query IdsThreadById($id: ID!) { thread(id: $id) { id } }`), { id: live.assistant });
    expect(firstError(asThread).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(asThread).message).toBe(`\`id\` must be a Thread ID, but ${JSON.stringify(live.assistant)} is an Assistant ID.`);
    const rawWrong = await harness.gql(assistantById, { id: live.threadRaw });
    expect(firstError(rawWrong).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(rawWrong).message).toBe(`Invalid Assistant ID for \`id\`: ${JSON.stringify(live.threadRaw)}. Expected an Assistant ID or a raw \`asst_…\` id.`);
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('a Message ID given to Thread.run(id:) and a Run ID to Thread.message(id:) fail with BAD_USER_INPUT', async () => {
    const response = await harness.gql(graphql(`query IdsRunOfMessageId($t: ID!, $m: ID!) { thread(id: $t) { run(id: $m) { id } } }`), { t: live.thread, m: live.message });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    const other = await harness.gql(graphql(`query IdsMessageOfRunId($t: ID!, $r: ID!) { thread(id: $t) { message(id: $r) { id } } }`), { t: live.thread, r: live.run });
    expect(firstError(other).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a mutation given another type of ID fails with BAD_USER_INPUT before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const response = await harness.gql(UPDATE_RUN, { id: live.message });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });
});

describe('lookups of ids that do not exist give null without errors', () => {
  it('assistant, thread, Thread.message and Thread.run', async () => {
    const response = await harness.gql(
      graphql(`query IdsMissingLookups($t: ID!, $ga: ID!, $gt: ID!, $gm: ID!, $gr: ID!) {
        rawAssistant: assistant(id: "asst_doesnotexist000000000") { id }
        globalAssistant: assistant(id: $ga) { id }
        rawThread: thread(id: "thread_doesnotexist00000000") { id }
        globalThread: thread(id: $gt) { id }
        thread(id: $t) {
          rawMessage: message(id: "msg_doesnotexist0000000000") { id }
          rawRun: run(id: "run_doesnotexist0000000000") { id }
        }
        deletedMessage: node(id: $gm) { id }
        deletedRun: node(id: $gr) { id }
      }`),
      { t: live.thread, ga: gone.assistant, gt: gone.thread, gm: gone.message, gr: gone.run },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      rawAssistant: null,
      globalAssistant: null,
      rawThread: null,
      globalThread: null,
      thread: { rawMessage: null, rawRun: null },
      deletedMessage: null,
      deletedRun: null,
    });
  });
});

describe('mutations on ids that do not exist', () => {
  const cases: { name: string; query: DocumentTypeDecoration<unknown, { id: string | number }>; id: (f: Fixture) => string }[] = [
    { name: 'updateAssistant', query: UPDATE_ASSISTANT_NAME, id: (f) => f.assistant },
    { name: 'deleteAssistant', query: DELETE_ASSISTANT, id: (f) => f.assistant },
    { name: 'updateThread', query: graphql(`mutation IdsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {}}) { thread { id } } }`), id: (f) => f.thread },
    { name: 'updateMessage', query: graphql(`mutation IdsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {}}) { message { id } } }`), id: (f) => f.message },
    { name: 'updateRun', query: UPDATE_RUN, id: (f) => f.run },
  ];
  for (const testCase of cases) {
    it(`${testCase.name} fails with NOT_FOUND carrying the upstream 404 and its request id`, async () => {
      const response = await harness.gql(testCase.query, { id: testCase.id(gone) });
      const error = firstError(response);
      expect(error.extensions?.code).toBe('NOT_FOUND');
      const upstream = error.extensions?.['upstream'] as { status?: number; requestId?: string; type?: string } | undefined;
      expect(upstream?.status).toBe(404);
      // The facade sends its request id upstream, and the upstream answers with it.
      expect(upstream?.requestId).toEqual(expect.any(String));
      expect(upstream?.requestId).toBe(error.extensions?.['requestId']);
      expect(upstream?.type).toBe('invalid_request_error');
    });
  }

  it('cancelRun and submitToolOutputs on a deleted run fail with NOT_FOUND', async () => {
    const cancel = await harness.gql(graphql(`mutation IdsCancelGone($id: ID!) { cancelRun(input: {id: $id}) { run { id } } }`), { id: gone.run });
    expect(firstError(cancel).extensions?.code).toBe('NOT_FOUND');
    const submit = await harness.gql(graphql(`mutation IdsSubmitGone($id: ID!) { submitToolOutputs(input: {runId: $id, toolOutputs: []}) { run { id } } }`), { id: gone.run });
    expect(firstError(submit).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('credentials', () => {
  it('no Authorization and no server key: UNAUTHENTICATED from the upstream 401', async () => {
    harness.v1Server.stats.reset();
    const response = await harness.gql(FIRST_CURSOR, {}, { apiKey: null });
    const error = firstError(response);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect((error.extensions?.['upstream'] as { status?: number } | undefined)?.status).toBe(401);
    expect(harness.v1Server.stats.requests).toHaveLength(1);
    expect(harness.v1Server.stats.requests[0]?.keyHash).toBeUndefined();
  });

  it('an invalid key: UNAUTHENTICATED, and the key never appears in the response', async () => {
    const key = 'sk-invalid-CANARY-123456';
    const text = await rawPost(FIRST_CURSOR, {}, { authorization: `Bearer ${key}` });
    const body = JSON.parse(text) as Omit<GraphQLResponse, 'status'>;
    expect(firstError({ ...body, status: 200 }).extensions?.code).toBe('UNAUTHENTICATED');
    expect(text).not.toContain(key);
    expect(text).not.toContain('CANARY');
  });

  it('a canary key never appears in any failing response body', async () => {
    const key = 'sk-test-CANARY-123';
    const bodies = await Promise.all([
      rawPost(UPDATE_ASSISTANT_NAME, { id: gone.assistant }, { authorization: `Bearer ${key}` }),
      rawPost(`mutation { createAssistant(input: {model: "gpt-4", name: "${'x'.repeat(300)}"}) { assistant { id } } }`, {}, { authorization: `Bearer ${key}` }),
      rawPost(graphql(`mutation IdsCanaryMessage { createMessage(input: {threadId: "thread_nope00000000", content: "x"}) { message { id } } }`), {}, { authorization: `Bearer ${key}` }),
      rawPost(graphql(`query IdsCanaryNode { node(id: "garbage!!") { id } }`), {}, { authorization: `Bearer ${key}` }),
      rawPost(`query { nope }`, {}, { authorization: `Bearer ${key}` }),
      rawPost(graphql(`mutation IdsCanaryFile { createAssistantFile(input: {assistantId: "asst_nope0000", fileId: "file-missing1"}) { assistantFile { id } } }`), {}, {
        authorization: `Bearer ${key}`,
      }),
    ]);
    for (const text of bodies) {
      expect(text).toContain('"errors"');
      expect(text).not.toContain(key);
      expect(text).not.toContain('CANARY');
    }
  });

  it("scopes data by key: key A's assistant is null for key B", async () => {
    const created = dataOf(
      await harness.gql(graphql(`mutation IdsKeyAAssistant { createAssistant(input: {model: "gpt-4", name: "A only"}) { assistant { id openaiId } } }`), {}, { apiKey: 'sk-test-key-A' }),
    ).createAssistant.assistant;
    const asA = dataOf(await harness.gql(ASSISTANT_NAME, { id: created.id }, { apiKey: 'sk-test-key-A' }));
    expect(asA.assistant?.name).toBe('A only');
    const asB = await harness.gql(graphql(`query IdsKeyBLookups($id: ID!, $raw: ID!) { assistant(id: $id) { name } raw: assistant(id: $raw) { name } node(id: $id) { id } }`), {
      id: created.id,
      raw: created.openaiId,
    }, { apiKey: 'sk-test-key-B' });
    expect(asB.errors).toBeUndefined();
    expect(asB.data).toEqual({ assistant: null, raw: null, node: null });
    const listB = dataOf(await harness.gql(graphql(`query IdsKeyBList { assistants(first: 100) { nodes { openaiId } } }`), {}, { apiKey: 'sk-test-key-B' }));
    expect(listB.assistants.nodes.map((a) => a.openaiId)).not.toContain(created.openaiId);
  });

  it("forwards the caller's key upstream", async () => {
    harness.v1Server.stats.reset();
    dataOf(await harness.gql(graphql(`query IdsForwarded { assistants(first: 1) { nodes { id } } }`), {}, { apiKey: 'sk-test-forwarded' }));
    expect(harness.v1Server.stats.requests[0]).toMatchObject({ keyHash: scopeOf('sk-test-forwarded'), beta: 'assistants=v1' });
  });
});

describe('per-request DataLoaders', () => {
  function assistantGets(raw: string): number {
    return harness.v1Server.stats.requests.filter((request) => request.method === 'GET' && request.path === `/v1/assistants/${raw}`).length;
  }

  it('the same assistant asked for 3 times through aliases costs one upstream GET', async () => {
    harness.v1Server.stats.reset();
    const data = dataOf(
      await harness.gql(
        graphql(`query IdsThreeTimes($g: ID!, $r: ID!) { a: assistant(id: $g) { openaiId } b: assistant(id: $r) { openaiId name } c: node(id: $g) { ... on Assistant { openaiId } } }`),
        { g: live.assistant, r: live.assistantRaw },
      ),
    );
    expect(data.a?.openaiId).toBe(live.assistantRaw);
    expect(data.b?.openaiId).toBe(live.assistantRaw);
    expect(data.c?.openaiId).toBe(live.assistantRaw);
    expect(assistantGets(live.assistantRaw)).toBe(1);
    expect(harness.v1Server.stats.requests).toHaveLength(1);
  });

  it('Message.assistant on many messages of one assistant costs one upstream GET', async () => {
    const thread = dataOf(await harness.gql(CREATE_THREAD)).createThread.thread;
    for (let i = 0; i < 3; i += 1) {
      dataOf(
        await harness.gql(graphql(`mutation IdsAddMessage($t: ID!, $c: String!) { createMessage(input: {threadId: $t, content: $c}) { message { id } } }`), {
          t: thread.id,
          c: `q${i}`,
        }),
      );
      const run = dataOf(
        await harness.gql(graphql(`mutation IdsRunAgain($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }`), {
          t: thread.id,
          a: live.assistant,
        }),
      ).createRun.run;
      expect(await waitForRun(run)).toBe('COMPLETED');
    }
    harness.v1Server.stats.reset();
    const data = dataOf(
      await harness.gql(graphql(`query IdsReplyAssistants($t: ID!) { thread(id: $t) { messages { nodes { role assistant { openaiId name } } } } }`), { t: thread.id }),
    );
    const replies = defined(data.thread, 'the thread').messages.nodes.filter((m) => m.role === 'ASSISTANT');
    expect(replies).toHaveLength(3);
    for (const reply of replies) expect(reply.assistant).toEqual({ openaiId: live.assistantRaw, name: 'Fixture' });
    expect(assistantGets(live.assistantRaw)).toBe(1);
  });

  it('two separate requests each make their own GET (no cross-request cache)', async () => {
    harness.v1Server.stats.reset();
    dataOf(await harness.gql(ASSISTANT_NAME, { id: live.assistant }));
    dataOf(await harness.gql(ASSISTANT_NAME, { id: live.assistant }));
    expect(assistantGets(live.assistantRaw)).toBe(2);
  });

  it('a change made by one request is seen by the next', async () => {
    const created = dataOf(
      await harness.gql(graphql(`mutation IdsOldAssistant { createAssistant(input: {model: "gpt-4", name: "old"}) { assistant { id } } }`)),
    ).createAssistant.assistant;
    dataOf(await harness.gql(ASSISTANT_NAME, { id: created.id }));
    dataOf(await harness.gql(graphql(`mutation IdsRenameNew($id: ID!) { updateAssistant(input: {id: $id, name: "new"}) { assistant { id } } }`), { id: created.id }));
    const after = dataOf(await harness.gql(ASSISTANT_NAME, { id: created.id }));
    expect(after.assistant?.name).toBe('new');
  });
});

describe('HTTP surface', () => {
  it('GET /graphql from a browser serves GraphiQL that loads nothing from another host', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html.toLowerCase()).toContain('graphiql');
    const sources = [
      ...[...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1] ?? ''),
      ...[...html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1] ?? ''),
      ...[...html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1] ?? ''),
      ...[...html.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi)].map((m) => m[1] ?? ''),
      ...[...html.matchAll(/\bimport\s*\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? ''),
      ...[...html.matchAll(/\bfrom\s*["'](https?:\/\/[^"']+)["']/g)].map((m) => m[1] ?? ''),
    ];
    const outside = sources.filter((source) => /^(https?:)?\/\//i.test(source.trim()));
    expect(outside).toEqual([]);
  });

  it('GET /healthz and GET /readyz answer 200', async () => {
    const health = await fetch(`${harness.facadeUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${harness.facadeUrl}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('GET /graphql runs a query over GraphQL-over-HTTP', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql?query=${encodeURIComponent('{ assistants(first: 1) { pageInfo { hasNextPage } } }')}`, {
      headers: { accept: 'application/graphql-response+json', authorization: `Bearer ${TEST_KEY}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors).toBeUndefined();
  });

  it('15 aliases pass; 16 aliases are refused before any upstream call', async () => {
    const aliases = (n: number): string => Array.from({ length: n }, (_, i) => `a${i}: assistant(id: "${live.assistantRaw}") { id }`).join(' ');
    dataOf(await harness.gql(`query { ${aliases(15)} }`));
    harness.v1Server.stats.reset();
    const response = await harness.gql(`query { ${aliases(16)} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ['Syntax Error: Aliases limit of 15 exceeded, found 16.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    expect(response.data ?? null).toBeNull();
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('a query costing more than 20,000 is refused before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const response = await harness.gql(`query($t: ID!) { thread(id: $t) { runs(first: 100) { nodes { steps(first: 100) { nodes { id } } } } } }`, { t: live.thread });
    expect(response.status).toBe(400);
    expect(response.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ['Syntax Error: Query Cost limit of 20000 exceeded, found 245439.5.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('the cost limit is 20,000: a query just under it runs, the next size up is refused', async () => {
    const steps = (first: number): string => `query($t: ID!) { thread(id: $t) { runs(first: 100) { nodes { steps(first: ${first}) { nodes { id } } } } } }`;
    dataOf(await harness.gql(steps(7), { t: live.thread }));
    harness.v1Server.stats.reset();
    const response = await harness.gql(steps(8), { t: live.thread });
    expect(response.status).toBe(400);
    expect(response.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ['Syntax Error: Query Cost limit of 20000 exceeded, found 20327.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('2,000 tokens pass; 2,001 are refused while parsing, before any upstream call', async () => {
    // 12 tokens around the list: `{ nodes ( ids : [` … `] ) { id } }`.
    const tokens = (count: number): string => `{ nodes(ids: [${Array.from({ length: count - 12 }, (_, i) => `"x${i}"`).join(' ')}]) { id } }`;
    const within = await harness.gql(tokens(2_000));
    // Parsed and run: each made-up id is the caller's mistake, named in its own error.
    expect(within.status).toBe(200);
    expect(within.errors?.[0]).toMatchObject({ message: 'Invalid global ID for `id`: "x0".', extensions: { code: 'BAD_USER_INPUT' } });
    harness.v1Server.stats.reset();
    const over = await harness.gql(tokens(2_001));
    expect(over.status).toBe(400);
    expect(over.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ['Syntax Error: Token limit of 2000 exceeded.', 'GRAPHQL_PARSE_FAILED'],
    ]);
    expect(over.data ?? null).toBeNull();
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('an over-deep query is refused before any upstream call', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i += 1) selection = `thread { messages(first: 1) { nodes { ${selection} } } }`;
    harness.v1Server.stats.reset();
    const response = await harness.gql(`query($t: ID!) { thread(id: $t) { messages(first: 1) { nodes { ${selection} } } } }`, { t: live.thread });
    expect(response.status).toBe(400);
    // It costs too much as well; the depth error is the one this test is about.
    expect(response.errors?.map(({ message, extensions }) => [message, extensions?.code])).toContainEqual([
      'Syntax Error: Query depth limit of 14 exceeded, found 22.',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(response.data ?? null).toBeNull();
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('a CORS preflight from an unknown origin gets no access-control-allow-origin for it', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    const allowed = response.headers.get('access-control-allow-origin');
    expect(allowed === null || allowed === 'null').toBe(true);
    expect(response.headers.get('access-control-allow-credentials')).not.toBe('true');
  });

  it('a listed origin gets CORS headers for itself only', async () => {
    const withCors = await startHarness({ facade: { corsOrigins: ['https://app.example'] } });
    try {
      const preflight = (origin: string): Promise<Response> =>
        fetch(`${withCors.facadeUrl}/graphql`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      const listed = await preflight('https://app.example');
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const other = await preflight('https://evil.example');
      expect(other.headers.get('access-control-allow-origin') ?? 'null').toBe('null');
    } finally {
      await withCors.close();
    }
  });

  it('a cross-origin POST from an unknown origin gets no access-control-allow-origin for it', async () => {
    const response = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', authorization: `Bearer ${TEST_KEY}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const allowed = response.headers.get('access-control-allow-origin');
    expect(allowed === null || allowed === 'null').toBe(true);
  });
});
