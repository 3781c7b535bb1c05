/**
 * Files in `jwt` mode, over real HTTP with real signed tokens: a file is its uploader's alone (an
 * owner tag at the start of its upstream filename, never shown), another user's file is exactly like
 * one that does not exist, and a file attached to an assistant is readable through the assistant.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtAuthenticator } from '../../src/auth/authenticate.js';
import { scopeOf } from '../../src/v1-server/index.js';
import type { Message } from '../../src/v1/schemas.js';
import { dataOf, startHarness } from '../helpers/harness.js';
import type { Harness } from '../helpers/harness.js';
import { defined } from '../helpers/kit.js';
import { postUpload } from '../helpers/multipart.js';
import { graphql } from '../graphql/generated/gql.js';
import { ADMIN_ROLE, AUDIENCE, ISSUER, startIdentityProvider } from './identity-provider.js';
import type { IdentityProvider } from './identity-provider.js';

const SERVER_KEY = 'sk-server-FILES';
const UPLOAD = graphql(`mutation OwnFilesUpload($input: UploadFileInput!) { uploadFile(input: $input) { file { id openaiId filename downloadUrl } } }`);
const LOOKUPS = graphql(`
  query OwnFilesLookups($id: ID!) {
    node(id: $id) { id ... on File { filename } }
    nodes(ids: [$id]) { id }
    files(first: 100) { nodes { id filename } }
  }
`);
const DELETE_FILE = graphql(`mutation OwnFilesDelete($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }`);
const CREATE_THREAD = graphql(`mutation OwnFilesThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId } } }`);
const CITATIONS = graphql(`
  query OwnFilesCitations($id: ID!) {
    thread(id: $id) { messages { nodes { content { ... on TextContent { annotations { ... on FileCitationAnnotation { fileId file { id filename } } } } } } } }
  }
`);
const CREATE_MESSAGE = graphql(`mutation OwnFilesMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id files { nodes { file { filename } } } } } }`);
const CREATE_ASSISTANT = graphql(`mutation OwnFilesAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }`);
const ATTACH = graphql(`mutation OwnFilesAttach($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }`);
const ASSISTANT_FILES = graphql(`query OwnFilesAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { file { id filename downloadUrl } } } } }`);

let idp: IdentityProvider;
let harness: Harness;
const tokens: Record<'alice' | 'bob' | 'admin', string> = { alice: '', bob: '', admin: '' };

beforeAll(async () => {
  idp = await startIdentityProvider();
  harness = await startHarness({
    client: { apiKey: SERVER_KEY },
    facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE, ownerSecret: 'owner-secret' }) },
  });
  tokens.alice = await idp.token('alice');
  tokens.bob = await idp.token('bob');
  tokens.admin = await idp.token('admin', { claims: { roles: [ADMIN_ROLE] } });
});
afterAll(async () => {
  await harness.close();
  await idp.close();
});

async function upload(user: keyof typeof tokens, filename: string, text: string, purpose = 'ASSISTANTS') {
  const answer = await postUpload(harness.facadeUrl, UPLOAD, {
    filename,
    content: new TextEncoder().encode(text),
    variables: { input: { file: null, purpose } },
    apiKey: tokens[user],
  });
  return dataOf(answer).uploadFile.file;
}

/** The file as the upstream stores it, with the server's key. */
async function upstreamFile(openaiId: string): Promise<{ filename: string }> {
  const response = await fetch(`${harness.v1Server.url}/files/${openaiId}`, { headers: { authorization: `Bearer ${SERVER_KEY}` } });
  return (await response.json()) as { filename: string };
}

async function download(path: string, user: keyof typeof tokens) {
  const response = await request(`${harness.facadeUrl}${path}`, { headers: { authorization: `Bearer ${tokens[user]}` } });
  return { status: response.statusCode, text: await response.body.text() };
}

describe('a user’s file', () => {
  it('carries the owner tag upstream and never shows it: the filename is exact everywhere', async () => {
    const file = await upload('alice', 'notes.txt', 'mine');
    expect(file.filename).toBe('notes.txt');
    expect((await upstreamFile(file.openaiId)).filename).toMatch(/^_owner-[0-9a-f]{64}_notes\.txt$/);
    const seen = dataOf(await harness.gql(LOOKUPS, { id: file.id }, { apiKey: tokens.alice }));
    expect(seen.node).toEqual({ id: file.id, filename: 'notes.txt' });
    expect(seen.nodes).toEqual([{ id: file.id }]);
    expect(seen.files.nodes).toContainEqual({ id: file.id, filename: 'notes.txt' });
    const data = await upload('alice', 'data.jsonl', '{"a":1}\n', 'FINE_TUNE');
    const got = await download(defined(data.downloadUrl, 'a download URL'), 'alice');
    expect(got).toEqual({ status: 200, text: '{"a":1}\n' });
    const headers = (await request(`${harness.facadeUrl}${data.downloadUrl ?? ''}`, { headers: { authorization: `Bearer ${tokens.alice}` } })).headers;
    expect(headers['content-disposition']).toBe(`attachment; filename="data.jsonl"; filename*=UTF-8''data.jsonl`);
  });

  it('is like a file that does not exist to another user: lookups, files, deleteFile, download, inputs', async () => {
    const file = await upload('alice', 'private.txt', 'secret');
    const data = await upload('alice', 'private.jsonl', '{"b":2}\n', 'FINE_TUNE');
    const asBob = { apiKey: tokens.bob };
    const seen = dataOf(await harness.gql(LOOKUPS, { id: file.id }, asBob));
    expect(seen.node).toBeNull();
    expect(seen.nodes).toEqual([null]);
    expect(seen.files.nodes.map((listed) => listed.id)).not.toContain(file.id);
    const deleted = await harness.gql(DELETE_FILE, { input: { id: file.id } }, asBob);
    expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
    const missing = await harness.gql(DELETE_FILE, { input: { id: 'file-neverexisted1' } }, asBob);
    expect(deleted.errors?.[0]?.message).toBe(`No such File object: ${file.openaiId}`);
    expect(missing.errors?.[0]?.message).toBe('No such File object: file-neverexisted1');
    expect((await download(defined(data.downloadUrl, 'a download URL'), 'bob')).status).toBe(404);
    expect((await download(`/files/${data.openaiId}/content`, 'bob')).status).toBe(404);

    const thread = dataOf(await harness.gql(CREATE_THREAD, { input: {} }, asBob)).createThread.thread;
    const message = await harness.gql(CREATE_MESSAGE, { input: { threadId: thread.id, content: 'hi', fileIds: [file.openaiId] } }, asBob);
    expect(message.errors?.[0]).toMatchObject({ message: `No file found with id '${file.openaiId}'.`, extensions: { code: 'NOT_FOUND' } });
    const inThread = await harness.gql(CREATE_THREAD, { input: { messages: [{ content: 'hi', fileIds: [file.openaiId] }] } }, asBob);
    expect(inThread.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const attach = await harness.gql(ATTACH, { input: { assistantId: await assistantId(), fileId: file.openaiId } }, { apiKey: tokens.admin });
    expect(attach.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const onCreate = await harness.gql(CREATE_ASSISTANT, { input: { model: 'gpt-4', fileIds: [file.openaiId] } }, { apiKey: tokens.admin });
    expect(onCreate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Still there for its owner, who may attach it.
    expect(dataOf(await harness.gql(LOOKUPS, { id: file.id }, { apiKey: tokens.alice })).node).toEqual({ id: file.id, filename: 'private.txt' });
    const aliceThread = dataOf(await harness.gql(CREATE_THREAD, { input: {} }, { apiKey: tokens.alice })).createThread.thread;
    const own = await harness.gql(CREATE_MESSAGE, { input: { threadId: aliceThread.id, content: 'hi', fileIds: [file.openaiId] } }, { apiKey: tokens.alice });
    expect(dataOf(own).createMessage.message.files.nodes).toEqual([{ file: { filename: 'private.txt' } }]);
  });

  it('attached to an assistant, is readable by every user through the assistant, and only so', async () => {
    const file = await upload('admin', 'handbook.txt', 'the rules');
    const assistant = await assistantId();
    dataOf(await harness.gql(ATTACH, { input: { assistantId: assistant, fileId: file.openaiId } }, { apiKey: tokens.admin }));
    const throughAssistant = dataOf(await harness.gql(ASSISTANT_FILES, { id: assistant }, { apiKey: tokens.bob })).assistant?.files.nodes;
    expect(throughAssistant).toContainEqual({ file: { id: file.id, filename: 'handbook.txt', downloadUrl: null } });
    expect(dataOf(await harness.gql(LOOKUPS, { id: file.id }, { apiKey: tokens.bob })).node).toBeNull();
    // Bob's thread may not name it: the assistant's files are the assistant's to use.
    const thread = dataOf(await harness.gql(CREATE_THREAD, { input: {} }, { apiKey: tokens.bob })).createThread.thread;
    const message = await harness.gql(CREATE_MESSAGE, { input: { threadId: thread.id, content: 'hi', fileIds: [file.openaiId] } }, { apiKey: tokens.bob });
    expect(message.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A run of the assistant cites it in Bob's thread: Bob reads it there (a missing file stays null).
    const cited: Message = {
      id: 'msg_citing1',
      object: 'thread.message',
      created_at: 1_700_000_000,
      thread_id: thread.openaiId,
      status: 'completed',
      role: 'assistant',
      content: [
        {
          type: 'text',
          text: {
            value: 'The rules【1†source】【2†source】',
            annotations: [
              { type: 'file_citation', text: '【1†source】', start_index: 9, end_index: 20, file_citation: { file_id: file.openaiId, quote: 'the rules' } },
              { type: 'file_citation', text: '【2†source】', start_index: 20, end_index: 31, file_citation: { file_id: 'file-notnamedhere1', quote: 'x' } },
            ],
          },
        },
      ],
      assistant_id: null,
      run_id: null,
      file_ids: [],
      metadata: {},
    };
    await harness.events.store.messages.put(scopeOf(SERVER_KEY), thread.openaiId, cited.id, cited);
    const content = dataOf(await harness.gql(CITATIONS, { id: thread.id }, { apiKey: tokens.bob })).thread?.messages.nodes[0]?.content[0];
    expect(content).toEqual({
      annotations: [
        { fileId: file.openaiId, file: { id: file.id, filename: 'handbook.txt' } },
        { fileId: 'file-notnamedhere1', file: null },
      ],
    });
  });
});

let sharedAssistant: string | undefined;

/** One assistant the admin made for these tests. */
async function assistantId(): Promise<string> {
  sharedAssistant ??= dataOf(await harness.gql(CREATE_ASSISTANT, { input: { model: 'gpt-4', name: 'Files' } }, { apiKey: tokens.admin })).createAssistant.assistant.id;
  return sharedAssistant;
}
