/**
 * Threads and messages through the facade (issue 2): create/update/delete threads, create/update
 * messages, message lookups by global and raw id, content and links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { GraphQLResponse, Harness } from '../helpers/harness.js';
import { createAssistant, defined, waitForRunStatus, seedFiles } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import type { CreateMessageInput, CreateThreadInput, ThreadsMessageFieldsFragment } from './generated/graphql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 3 } });
  await seedFiles(harness, Array.from({ length: 11 }, (_, i) => `file-m${i}`));
});
afterAll(() => harness.close());

async function rest(path: string, key = TEST_KEY): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${harness.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${key}`, 'openai-beta': 'assistants=v1' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

function firstError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse['errors']>[number] {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return error;
}

interface RestMessage {
  id: string;
  thread_id: string;
  role: string;
  created_at: number;
  content: { type: string; text: { value: string; annotations: unknown[] } }[];
  metadata: Record<string, string>;
  run_id: string | null;
  assistant_id: string | null;
  file_ids: string[];
}

graphql(`
  fragment ThreadsMessageFields on Message {
    id openaiId role text status metadata createdAt fileIds
    content { __typename ... on TextContent { value annotations { __typename } } ... on ImageFileContent { fileId } }
    thread { id openaiId }
    assistant { id }
    run { id }
  }
`);

type GqlMessage = ThreadsMessageFieldsFragment;

async function createThread(input: CreateThreadInput = {}): Promise<{ id: string; openaiId: string; createdAt: string; metadata: Record<string, string> }> {
  return dataOf(
    await harness.gql(graphql(`mutation ThreadsCreateThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId createdAt metadata } } }`), {
      input,
    }),
  ).createThread.thread;
}

async function createMessage(input: CreateMessageInput): Promise<GqlMessage> {
  return dataOf(
    await harness.gql(graphql(`mutation ThreadsCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { ...ThreadsMessageFields } } }`), {
      input,
    }),
  ).createMessage.message;
}

describe('threads', () => {
  it('creates a thread with initial messages in order, and metadata', async () => {
    const thread = await createThread({
      metadata: { topic: 'weather' },
      messages: [{ content: 'first' }, { content: 'second', role: 'ASSISTANT' }, { content: 'third', metadata: { n: '3' } }],
    });
    expect(thread.openaiId).toMatch(/^thread_/);
    expect(thread.metadata).toEqual({ topic: 'weather' });

    const upstream = await rest(`/threads/${thread.openaiId}/messages?order=asc`);
    const restMessages = (upstream.body as { data: RestMessage[] }).data;
    expect(restMessages.map((m) => m.content[0]?.text.value)).toEqual(['first', 'second', 'third']);
    expect(restMessages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);

    const data = dataOf(
      await harness.gql(graphql(`query ThreadsMessagesAsc($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { ...ThreadsMessageFields } } } }`), { id: thread.id }),
    );
    const nodes = defined(data.thread, 'the thread').messages.nodes;
    expect(nodes.map((m) => m.text)).toEqual(['first', 'second', 'third']);
    expect(nodes.map((m) => m.role)).toEqual(['USER', 'ASSISTANT', 'USER']);
    expect(nodes.map((m) => m.openaiId)).toEqual(restMessages.map((m) => m.id));
    expect(nodes[2]?.metadata).toEqual({ n: '3' });
    for (const node of nodes) expect(node.thread).toEqual({ id: thread.id, openaiId: thread.openaiId });

    // DESC (the default) is the exact reverse.
    const desc = dataOf(await harness.gql(graphql(`query ThreadsMessagesDesc($id: ID!) { thread(id: $id) { messages { nodes { text } } } }`), { id: thread.id }));
    expect(desc.thread?.messages.nodes.map((m) => m.text)).toEqual(['third', 'second', 'first']);
  });

  it('creates an empty thread', async () => {
    const thread = await createThread();
    expect(thread.metadata).toEqual({});
    const upstream = await rest(`/threads/${thread.openaiId}`);
    expect(upstream.status).toBe(200);
    expect(thread.createdAt).toBe(new Date((upstream.body as { created_at: number }).created_at * 1000).toISOString());
  });

  it('thread(id) accepts a global ID and a raw id', async () => {
    const thread = await createThread({ metadata: { k: 'v' } });
    const query = graphql(`query ThreadsThreadById($id: ID!) { thread(id: $id) { id openaiId metadata } }`);
    expect(dataOf(await harness.gql(query, { id: thread.id }))).toEqual({ thread: { id: thread.id, openaiId: thread.openaiId, metadata: { k: 'v' } } });
    expect(dataOf(await harness.gql(query, { id: thread.openaiId }))).toEqual({
      thread: { id: thread.id, openaiId: thread.openaiId, metadata: { k: 'v' } },
    });
  });

  it('updates thread metadata', async () => {
    const thread = await createThread({ metadata: { a: '1' } });
    const updated = dataOf(
      await harness.gql(graphql(`mutation ThreadsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {b: "2"}}) { thread { id metadata } } }`), {
        id: thread.id,
      }),
    ).updateThread.thread;
    expect(updated).toEqual({ id: thread.id, metadata: { b: '2' } });
    expect((await rest(`/threads/${thread.openaiId}`)).body).toMatchObject({ id: thread.openaiId, metadata: { b: '2' } });
  });

  it('deletes a thread; then it is null, and updateThread of it fails with NOT_FOUND', async () => {
    const thread = await createThread({ messages: [{ content: 'bye' }] });
    const deleteThread = graphql(`mutation ThreadsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }`);
    const deleted = dataOf(await harness.gql(deleteThread, { id: thread.openaiId }));
    expect(deleted.deleteThread.deletedThreadId).toBe(thread.id);
    expect((await rest(`/threads/${thread.openaiId}`)).status).toBe(404);

    const lookup = await harness.gql(graphql(`query ThreadsDeletedLookup($id: ID!) { thread(id: $id) { id } node(id: $id) { id } }`), { id: thread.id });
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data).toEqual({ thread: null, node: null });

    const update = await harness.gql(graphql(`mutation ThreadsUpdateDeleted($id: ID!) { updateThread(input: {id: $id, metadata: {a: "1"}}) { thread { id } } }`), {
      id: thread.id,
    });
    const error = firstError(update);
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect((error.extensions?.['upstream'] as { status?: number } | undefined)?.status).toBe(404);

    const again = await harness.gql(deleteThread, { id: thread.id });
    expect(firstError(again).extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects thread metadata over the limit before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const metadata = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    const response = await harness.gql(graphql(`mutation ThreadsBigMetadata($m: Metadata) { createThread(input: {metadata: $m}) { thread { id } } }`), { m: metadata });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(response).extensions?.['field']).toBe('input.metadata');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });
});

describe('messages', () => {
  it('creates a message: role, text, content union, thread link; matches REST', async () => {
    const thread = await createThread();
    const message = await createMessage({ threadId: thread.id, content: 'Hello there', metadata: { tag: 'x' } });
    expect(message.openaiId).toMatch(/^msg_/);
    expect(message).toMatchObject({
      role: 'USER',
      text: 'Hello there',
      status: 'COMPLETED',
      metadata: { tag: 'x' },
      content: [{ __typename: 'TextContent', value: 'Hello there', annotations: [] }],
      thread: { id: thread.id, openaiId: thread.openaiId },
      assistant: null,
      run: null,
      fileIds: [],
    });
    const upstream = (await rest(`/threads/${thread.openaiId}/messages/${message.openaiId}`)).body as RestMessage;
    expect(upstream).toMatchObject({ id: message.openaiId, thread_id: thread.openaiId, role: 'user', metadata: { tag: 'x' } });
    expect(upstream.content).toEqual([{ type: 'text', text: { value: 'Hello there', annotations: [] } }]);
    expect(message.createdAt).toBe(new Date(upstream.created_at * 1000).toISOString());
  });

  it('creates an ASSISTANT message with a raw thread id', async () => {
    const thread = await createThread();
    const message = await createMessage({ threadId: thread.openaiId, content: 'I am the assistant', role: 'ASSISTANT' });
    expect(message.role).toBe('ASSISTANT');
    expect(((await rest(`/threads/${thread.openaiId}/messages/${message.openaiId}`)).body as RestMessage).role).toBe('assistant');
  });

  it('updates message metadata', async () => {
    const thread = await createThread();
    const message = await createMessage({ threadId: thread.id, content: 'meta', metadata: { a: '1' } });
    const updated = dataOf(
      await harness.gql(graphql(`mutation ThreadsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {b: "2"}}) { message { id metadata text } } }`), {
        id: message.id,
      }),
    ).updateMessage.message;
    expect(updated).toEqual({ id: message.id, metadata: { b: '2' }, text: 'meta' });
    expect(((await rest(`/threads/${thread.openaiId}/messages/${message.openaiId}`)).body as RestMessage).metadata).toEqual({ b: '2' });
  });

  it('Thread.message accepts a global ID and a raw id; null for a missing message', async () => {
    const thread = await createThread();
    const message = await createMessage({ threadId: thread.id, content: 'find me' });
    const query = graphql(`query ThreadsMessageLookups($t: ID!, $m: ID!, $raw: ID!, $missing: ID!) {
      thread(id: $t) { byGlobal: message(id: $m) { id text } byRaw: message(id: $raw) { id text } missing: message(id: $missing) { id } }
    }`);
    const response = await harness.gql(query, {
      t: thread.id,
      m: message.id,
      raw: message.openaiId,
      missing: 'msg_doesnotexist000',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.thread).toEqual({
      byGlobal: { id: message.id, text: 'find me' },
      byRaw: { id: message.id, text: 'find me' },
      missing: null,
    });
  });

  it('Thread.message rejects a Message ID of another thread', async () => {
    const a = await createThread();
    const b = await createThread();
    const message = await createMessage({ threadId: a.id, content: 'in a' });
    const response = await harness.gql(graphql(`query ThreadsMessageOfOther($t: ID!, $m: ID!) { thread(id: $t) { message(id: $m) { id } } }`), { t: b.id, m: message.id });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an empty message and too many files before any upstream call', async () => {
    const thread = await createThread();
    harness.v1Server.stats.reset();
    const empty = await harness.gql(graphql(`mutation ThreadsEmptyMessage($t: ID!) { createMessage(input: {threadId: $t, content: ""}) { message { id } } }`), { t: thread.id });
    expect(firstError(empty).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(empty).extensions?.['field']).toBe('input.content');
    const files = Array.from({ length: 11 }, (_, i) => `file-m${i}`);
    const tooMany = await harness.gql(graphql(`mutation ThreadsTooManyFiles($t: ID!, $f: [String!]) { createMessage(input: {threadId: $t, content: "x", fileIds: $f}) { message { id } } }`), {
      t: thread.id,
      f: files,
    });
    expect(firstError(tooMany).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(tooMany).extensions?.['field']).toBe('input.fileIds');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('createMessage on a missing thread fails with NOT_FOUND', async () => {
    const response = await harness.gql(graphql(`mutation ThreadsMessageOnMissing { createMessage(input: {threadId: "thread_nope0000", content: "x"}) { message { id } } }`));
    expect(firstError(response).extensions?.code).toBe('NOT_FOUND');
  });

  it('Thread.messages(runId:) lists only the messages the run created, with run and assistant links', async () => {
    const assistant = await createAssistant(harness, { model: 'gpt-4' });
    const thread = await createThread({ messages: [{ content: 'ping' }] });
    const run = dataOf(
      await harness.gql(graphql(`mutation ThreadsCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }`), {
        t: thread.id,
        a: assistant.id,
      }),
    ).createRun.run;
    expect(await waitForRunStatus(harness, run, ['COMPLETED', 'FAILED'])).toBe('COMPLETED');

    const query = graphql(`query ThreadsMessagesOfRun($t: ID!, $r: ID!, $raw: ID!) { thread(id: $t) {
      all: messages { nodes { openaiId role } }
      byGlobal: messages(runId: $r) { nodes { ...ThreadsMessageFields } }
      byRaw: messages(runId: $raw) { nodes { openaiId } }
    } }`);
    const data = defined(dataOf(await harness.gql(query, { t: thread.id, r: run.id, raw: run.openaiId })).thread, 'the thread');
    expect(data.all.nodes).toHaveLength(2);
    expect(data.byGlobal.nodes).toHaveLength(1);
    const reply = data.byGlobal.nodes[0];
    expect(reply).toMatchObject({
      role: 'ASSISTANT',
      text: 'You said: ping',
      run: { id: run.id },
      assistant: { id: assistant.id },
      thread: { id: thread.id },
    });
    expect(data.byRaw.nodes.map((m) => m.openaiId)).toEqual([reply?.openaiId]);

    const upstream = (await rest(`/threads/${thread.openaiId}/messages?run_id=${run.openaiId}`)).body as { data: RestMessage[] };
    expect(upstream.data.map((m) => m.id)).toEqual([reply?.openaiId]);
    expect(upstream.data[0]).toMatchObject({ run_id: run.openaiId, assistant_id: assistant.openaiId });
  });
});
