/**
 * Assistant files and message files through the facade: attach, list, look up, detach, limits and
 * file ids that do not exist (404 from the v1 server; the ids the tests attach are seeded as files).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { GraphQLResponse, Harness } from '../helpers/harness.js';
import { defined, nodeOf, seedFiles } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import type { FilesAttachMutation } from './generated/graphql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 5 } });
  await seedFiles(harness, ['file-aa', 'file-abc123', 'file-bb', 'file-drop', 'file-keep', 'file-m1', 'file-m2', 'file-one', 'file-three', 'file-twentyone', 'file-two', ...Array.from({ length: 20 }, (_, i) => `file-full${i}`)]);
});
afterAll(() => harness.close());

function firstError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse['errors']>[number] {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return error;
}

async function rest(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${harness.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function createAssistant(fileIds: string[] = []): Promise<{ id: string; openaiId: string }> {
  return dataOf(
    await harness.gql(graphql(`mutation FilesCreateAssistant($f: [String!]) { createAssistant(input: {model: "gpt-4", fileIds: $f}) { assistant { id openaiId } } }`), { f: fileIds }),
  ).createAssistant.assistant;
}

const ATTACH = graphql(
  `mutation FilesAttach($a: ID!, $f: String!) { createAssistantFile(input: {assistantId: $a, fileId: $f}) { assistantFile { id openaiId createdAt assistant { id fileIds } } } }`,
);

async function attach(assistantId: string, fileId: string): Promise<FilesAttachMutation['createAssistantFile']['assistantFile']> {
  return dataOf(await harness.gql(ATTACH, { a: assistantId, f: fileId })).createAssistantFile.assistantFile;
}

const EMPTY_THREAD = graphql(`mutation FilesEmptyThread { createThread(input: {}) { thread { id openaiId } } }`);

describe('assistant files', () => {
  it('createAssistantFile attaches a file; the AssistantFile matches REST and links its assistant', async () => {
    const assistant = await createAssistant();
    const file = await attach(assistant.id, 'file-abc123');
    expect(file.openaiId).toBe('file-abc123');
    expect(file.id).not.toBe('file-abc123');
    expect(file.assistant).toEqual({ id: assistant.id, fileIds: ['file-abc123'] });
    const upstream = (await rest(`/assistants/${assistant.openaiId}/files/file-abc123`)).body as { id: string; assistant_id: string; created_at: number; object: string };
    expect(upstream).toMatchObject({ id: 'file-abc123', assistant_id: assistant.openaiId, object: 'assistant.file' });
    expect(file.createdAt).toBe(new Date(upstream.created_at * 1000).toISOString());

    const node = dataOf(
      await harness.gql(graphql(`query FilesAssistantFileNode($id: ID!) { node(id: $id) { __typename id ... on AssistantFile { openaiId assistant { id } } } }`), { id: file.id }),
    );
    expect(node.node).toEqual({ __typename: 'AssistantFile', id: file.id, openaiId: 'file-abc123', assistant: { id: assistant.id } });
  });

  it('Assistant.files lists the attachments in REST order, both ways', async () => {
    const assistant = await createAssistant(['file-one', 'file-two']);
    await attach(assistant.openaiId, 'file-three');
    const restAsc = ((await rest(`/assistants/${assistant.openaiId}/files?order=asc`)).body as { data: { id: string }[] }).data.map((f) => f.id);
    const restDesc = ((await rest(`/assistants/${assistant.openaiId}/files?order=desc`)).body as { data: { id: string }[] }).data.map((f) => f.id);
    expect(restAsc).toEqual(['file-one', 'file-two', 'file-three']);
    const data = dataOf(
      await harness.gql(
        graphql(`query FilesAssistantFiles($a: ID!) { assistant(id: $a) {
          fileIds
          asc: files(order: ASC) { nodes { openaiId } }
          desc: files { nodes { openaiId } pageInfo { hasNextPage } }
          page: files(first: 2, order: ASC) { edges { node { openaiId } } pageInfo { hasNextPage endCursor } }
        } }`),
        { a: assistant.id },
      ),
    ).assistant;
    const listed = defined(data, 'the assistant');
    expect(listed.fileIds).toEqual(['file-one', 'file-two', 'file-three']);
    expect(listed.asc.nodes.map((f) => f.openaiId)).toEqual(restAsc);
    expect(listed.desc.nodes.map((f) => f.openaiId)).toEqual(restDesc);
    expect(listed.desc.pageInfo.hasNextPage).toBe(false);
    expect(listed.page.edges.map((e) => e.node.openaiId)).toEqual(['file-one', 'file-two']);
    expect(listed.page.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(
      await harness.gql(graphql(`query FilesNextPage($a: ID!, $c: String) { assistant(id: $a) { files(first: 2, order: ASC, after: $c) { nodes { openaiId } pageInfo { hasNextPage } } } }`), {
        a: assistant.id,
        c: listed.page.pageInfo.endCursor,
      }),
    );
    expect(next.assistant?.files.nodes.map((f) => f.openaiId)).toEqual(['file-three']);
    expect(next.assistant?.files.pageInfo.hasNextPage).toBe(false);
  });

  it('deleteAssistantFile by global ID detaches the file', async () => {
    const assistant = await createAssistant(['file-keep', 'file-drop']);
    const list = dataOf(
      await harness.gql(graphql(`query FilesFileIds($a: ID!) { assistant(id: $a) { files(order: ASC) { nodes { id openaiId } } } }`), { a: assistant.id }),
    );
    const drop = list.assistant?.files.nodes.find((f) => f.openaiId === 'file-drop');
    expect(drop).toBeDefined();
    const dropId = defined(drop, 'file-drop').id;
    const deleted = dataOf(
      await harness.gql(graphql(`mutation FilesDeleteById($id: ID!) { deleteAssistantFile(input: {id: $id}) { deletedAssistantFileId assistant { fileIds } } }`), { id: dropId }),
    ).deleteAssistantFile;
    expect(deleted.deletedAssistantFileId).toBe(dropId);
    expect(deleted.assistant?.fileIds).toEqual(['file-keep']);
    expect((await rest(`/assistants/${assistant.openaiId}/files/file-drop`)).status).toBe(404);
    const after = await harness.gql(graphql(`query FilesNodeAfterDelete($id: ID!) { node(id: $id) { id } }`), { id: dropId });
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ node: null });
  });

  it('deleteAssistantFile by assistantId + fileId detaches the file; again is NOT_FOUND', async () => {
    const assistant = await createAssistant(['file-aa', 'file-bb']);
    const mutation = graphql(
      `mutation FilesDeleteByPair($a: ID!, $f: String!) { deleteAssistantFile(input: {assistantId: $a, fileId: $f}) { deletedAssistantFileId assistant { fileIds } } }`,
    );
    const deleted = dataOf(await harness.gql(mutation, { a: assistant.openaiId, f: 'file-aa' })).deleteAssistantFile;
    expect(deleted.assistant?.fileIds).toEqual(['file-bb']);
    const node = dataOf(
      await harness.gql(graphql(`query FilesDeletedNode($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId } } }`), { id: deleted.deletedAssistantFileId }),
    );
    expect(node.node).toBeNull();
    expect(((await rest(`/assistants/${assistant.openaiId}`)).body as { file_ids: string[] }).file_ids).toEqual(['file-bb']);
    const again = await harness.gql(mutation, { a: assistant.id, f: 'file-aa' });
    expect(firstError(again).extensions?.code).toBe('NOT_FOUND');
  });

  it('deleteAssistantFile needs id, or assistantId with fileId', async () => {
    harness.v1Server.stats.reset();
    const none = await harness.gql(graphql(`mutation FilesDeleteNothing { deleteAssistantFile(input: {}) { deletedAssistantFileId } }`));
    expect(firstError(none).extensions?.code).toBe('BAD_USER_INPUT');
    const half = await harness.gql(graphql(`mutation FilesDeleteHalf { deleteAssistantFile(input: {assistantId: "asst_abc"}) { deletedAssistantFileId } }`));
    expect(firstError(half).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('the 21st file is refused', async () => {
    const assistant = await createAssistant(Array.from({ length: 20 }, (_, i) => `file-full${i}`));
    const response = await harness.gql(ATTACH, { a: assistant.id, f: 'file-twentyone' });
    const error = firstError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions?.['upstream'] as { status?: number } | undefined)?.status).toBe(400);
    expect(((await rest(`/assistants/${assistant.openaiId}`)).body as { file_ids: string[] }).file_ids).toHaveLength(20);
  });

  it('a file that does not exist is NOT_FOUND', async () => {
    const assistant = await createAssistant();
    const attachMissing = await harness.gql(ATTACH, { a: assistant.id, f: 'file-missing123' });
    expect(firstError(attachMissing).extensions?.code).toBe('NOT_FOUND');
    expect((firstError(attachMissing).extensions?.['upstream'] as { status?: number } | undefined)?.status).toBe(404);
    const create = await harness.gql(graphql(`mutation FilesMissingOnCreate { createAssistant(input: {model: "gpt-4", fileIds: ["file-missing456"]}) { assistant { id } } }`));
    expect(firstError(create).extensions?.code).toBe('NOT_FOUND');
    const thread = dataOf(await harness.gql(EMPTY_THREAD)).createThread.thread;
    const message = await harness.gql(
      graphql(`mutation FilesMissingOnMessage($t: ID!) { createMessage(input: {threadId: $t, content: "x", fileIds: ["file-missing789"]}) { message { id } } }`),
      { t: thread.id },
    );
    expect(firstError(message).extensions?.code).toBe('NOT_FOUND');
  });

  it('a malformed file id is BAD_USER_INPUT before any upstream call', async () => {
    const assistant = await createAssistant();
    harness.v1Server.stats.reset();
    const response = await harness.gql(ATTACH, { a: assistant.id, f: 'not a file id' });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });
});

describe('message files', () => {
  it('message fileIds become a MessageFile connection; each MessageFile links its message', async () => {
    const thread = dataOf(await harness.gql(EMPTY_THREAD)).createThread.thread;
    const message = dataOf(
      await harness.gql(
        graphql(`mutation FilesMessageWithFiles($t: ID!) { createMessage(input: {threadId: $t, content: "with files", fileIds: ["file-m1", "file-m2"]}) { message { id openaiId fileIds } } }`),
        { t: thread.id },
      ),
    ).createMessage.message;
    expect(message.fileIds).toEqual(['file-m1', 'file-m2']);

    const data = dataOf(
      await harness.gql(graphql(`query FilesMessageFiles($id: ID!) { node(id: $id) { ... on Message { files(order: ASC) { nodes { id openaiId createdAt message { id text } } } } } }`), {
        id: message.id,
      }),
    );
    const files = nodeOf(data.node, 'the message').files.nodes;
    const restFiles = (await rest(`/threads/${thread.openaiId}/messages/${message.openaiId}/files?order=asc`)).body as {
      data: { id: string; message_id: string; object: string }[];
    };
    expect(files.map((f) => f.openaiId)).toEqual(restFiles.data.map((f) => f.id));
    expect(new Set(files.map((f) => f.openaiId))).toEqual(new Set(['file-m1', 'file-m2']));
    expect(restFiles.data[0]).toMatchObject({ message_id: message.openaiId, object: 'thread.message.file' });
    for (const file of files) expect(file.message).toEqual({ id: message.id, text: 'with files' });

    const first = defined(files[0], 'a message file');
    const node = dataOf(
      await harness.gql(graphql(`query FilesMessageFileNode($id: ID!) { node(id: $id) { __typename id ... on MessageFile { openaiId message { id } } } }`), { id: first.id }),
    );
    expect(node.node).toEqual({ __typename: 'MessageFile', id: first.id, openaiId: first.openaiId, message: { id: message.id } });
  });

  it('a message without files has an empty files connection', async () => {
    const thread = dataOf(
      await harness.gql(graphql(`mutation FilesPlainThread { createThread(input: {messages: [{content: "plain"}]}) { thread { id } } }`)),
    ).createThread.thread;
    const data = dataOf(
      await harness.gql(graphql(`query FilesNoFiles($t: ID!) { thread(id: $t) { messages { nodes { fileIds files { edges { cursor } pageInfo { hasNextPage startCursor } } } } } }`), {
        t: thread.id,
      }),
    );
    expect(data.thread?.messages.nodes[0]).toEqual({ fileIds: [], files: { edges: [], pageInfo: { hasNextPage: false, startCursor: null } } });
  });
});
