/**
 * Files of the v1 Files API through the facade, over real HTTP: uploads over the GraphQL multipart
 * request spec (streamed on to the upstream as they arrive), the File node and its links, `files`,
 * `deleteFile`, and the download route.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startFacade, startHarness } from '../helpers/harness.js';
import type { FacadeHandle, Harness } from '../helpers/harness.js';
import { WAIT_TIMEOUT_MS, defined, nodeOf } from '../helpers/kit.js';
import { postUpload } from '../helpers/multipart.js';
import { addServerFile, scopeOf } from '../../src/v1-server/index.js';
import type { Message } from '../../src/v1/schemas.js';
import { graphql } from './generated/gql.js';

const UPLOAD = graphql(`
  mutation UploadsUpload($input: UploadFileInput!) {
    uploadFile(input: $input) { file { id openaiId filename bytes purpose status statusDetails createdAt downloadUrl } }
  }
`);
const FILE_NODE = graphql(`
  query UploadsFileNode($id: ID!) { node(id: $id) { id ... on File { openaiId filename bytes purpose status downloadUrl } } }
`);
const FILES = graphql(`
  query UploadsFiles($purpose: FilePurpose, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {
    files(purpose: $purpose, first: $first, after: $after, last: $last, before: $before, order: $order) {
      edges { cursor node { openaiId filename purpose } }
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    }
  }
`);
const DELETE_FILE = graphql(`mutation UploadsDeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }`);

/** Counts the bytes of uploads (`POST …/files`) as they reach the upstream, on their way to the v1 server. */
class CountingProxy {
  received = 0;
  readonly #events = new EventEmitter();
  #server: Server | undefined;

  async start(target: string): Promise<string> {
    const upstream = new URL(target);
    this.#server = createServer((incoming, outgoing) => {
      const forwarded = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      if (incoming.method === 'POST' && incoming.url?.endsWith('/files')) {
        incoming.on('data', (chunk: Buffer) => {
          this.received += chunk.length;
          this.#events.emit('bytes');
        });
      }
      incoming.pipe(forwarded);
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}${upstream.pathname}`;
  }

  /** Resolves once the upstream received `bytes` of uploads; fails after the usual wait. */
  reached(bytes: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.received < bytes) return;
        clearTimeout(timer);
        this.#events.off('bytes', check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#events.off('bytes', check);
        reject(new Error(`The upstream received ${this.received} bytes of the upload, not ${bytes}, while the client was still sending.`));
      }, WAIT_TIMEOUT_MS);
      this.#events.on('bytes', check);
      check();
    });
  }

  async close(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }
}

let harness: Harness;
let proxy: CountingProxy;
/** The facade over the counting proxy. */
let counted: FacadeHandle;
/** A facade whose uploads may have at most 1 MiB. */
let small: FacadeHandle;
const SMALL_LIMIT = 1024 * 1024;

beforeAll(async () => {
  harness = await startHarness();
  proxy = new CountingProxy();
  counted = await startFacade(await proxy.start(harness.v1Server.url));
  small = await startFacade(harness.v1Server.url, { facade: { maxUploadBytes: SMALL_LIMIT } });
});
afterAll(async () => {
  await small.close();
  await counted.close();
  await proxy.close();
  await harness.close();
});

/** The v1 server's answer to a GET, with `key`. */
async function rest<T>(path: string, key = TEST_KEY): Promise<{ status: number; body: T }> {
  const response = await fetch(`${harness.v1Server.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  return { status: response.status, body: (await response.json()) as T };
}

async function uploadText(filename: string, text: string, options: { purpose?: string; apiKey?: string } = {}) {
  const answer = await postUpload(harness.facadeUrl, UPLOAD, {
    filename,
    content: new TextEncoder().encode(text),
    variables: { input: { file: null, purpose: options.purpose ?? 'ASSISTANTS' } },
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
  });
  return dataOf(answer).uploadFile.file;
}

/** GETs a path of the facade (the download route) with the harness key. */
async function download(path: string, apiKey: string | null = TEST_KEY) {
  const response = await request(`${harness.facadeUrl}${path}`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} });
  return { status: response.statusCode, headers: response.headers, bytes: Buffer.from(await response.body.arrayBuffer()) };
}

describe('uploadFile', () => {
  it('uploads a text file over the multipart spec; the File node has the upstream file’s fields', async () => {
    const file = await uploadText('notes.txt', 'Refunds within 30 days.');
    const upstream = await rest<{ id: string; bytes: number; filename: string; purpose: string; status: string; created_at: number }>(`/files/${file.openaiId}`);
    expect(upstream.body).toMatchObject({ filename: 'notes.txt', bytes: 23, purpose: 'assistants', status: 'processed' });
    expect(file).toEqual({
      id: expect.any(String),
      openaiId: upstream.body.id,
      filename: 'notes.txt',
      bytes: 23,
      purpose: 'ASSISTANTS',
      status: 'PROCESSED',
      statusDetails: null,
      createdAt: new Date(upstream.body.created_at * 1000).toISOString(),
      downloadUrl: null,
    });
    expect(file.id).not.toBe(file.openaiId);
    const node = nodeOf(dataOf(await harness.gql(FILE_NODE, { id: file.id })).node, 'the file');
    expect(node).toEqual({ id: file.id, openaiId: file.openaiId, filename: 'notes.txt', bytes: 23, purpose: 'ASSISTANTS', status: 'PROCESSED', downloadUrl: null });
  });

  it('streams a large file to the upstream while it arrives, byte for byte', async () => {
    const line = new TextEncoder().encode(`${JSON.stringify({ prompt: 'p'.repeat(80), completion: 'c'.repeat(80) })}\n`);
    const chunk = new Uint8Array(line.length * 1000);
    for (let i = 0; i < 1000; i += 1) chunk.set(line, i * line.length);
    const chunks = Math.ceil((40 * 1024 * 1024) / chunk.length);
    const sent = createHash('sha256');
    const before = proxy.received;
    async function* content(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < chunks; i += 1) {
        // Half-way, the upstream must already have most of the first half: nothing holds the file back.
        if (i === chunks / 2 || i === Math.floor(chunks / 2)) await proxy.reached(before + (chunks / 4) * chunk.length);
        sent.update(chunk);
        yield chunk;
      }
    }
    const answer = await postUpload(counted.facadeUrl, UPLOAD, {
      filename: 'big.jsonl',
      content: content(),
      variables: { input: { file: null, purpose: 'FINE_TUNE' } },
    });
    const file = dataOf(answer).uploadFile.file;
    expect(file).toMatchObject({ filename: 'big.jsonl', bytes: chunks * chunk.length, purpose: 'FINE_TUNE', status: 'PROCESSED' });
    const url = defined(file.downloadUrl, 'a download URL');
    const response = await request(`${counted.facadeUrl}${url}`, { headers: { authorization: `Bearer ${TEST_KEY}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe(String(chunks * chunk.length));
    const received = createHash('sha256');
    for await (const piece of response.body) received.update(piece as Buffer);
    expect(received.digest('hex')).toBe(sent.digest('hex'));
  });

  it('refuses a file over the limit by its Content-Length before the upstream sees it', async () => {
    harness.v1Server.stats.reset();
    const answer = await postUpload(small.facadeUrl, UPLOAD, {
      filename: 'big.txt',
      content: new Uint8Array(SMALL_LIMIT * 3).fill(97),
      variables: { input: { file: null, purpose: 'ASSISTANTS' } },
      contentLength: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('1,048,576 bytes');
    expect(harness.upstreamRequests()).toHaveLength(0);
  });

  it('cuts off a file that grows over the limit while it streams: the upstream keeps nothing', async () => {
    const key = 'sk-test-uploads-limit';
    const piece = new TextEncoder().encode('word '.repeat((64 * 1024) / 5));
    async function* content(): AsyncGenerator<Uint8Array> {
      for (let sent = 0; sent <= SMALL_LIMIT * 2; sent += piece.length) yield piece;
    }
    const answer = await postUpload(small.facadeUrl, UPLOAD, {
      filename: 'growing.txt',
      content: content(),
      variables: { input: { file: null, purpose: 'ASSISTANTS' } },
      apiKey: key,
    });
    expect(answer.status).toBe(413);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(answer.errors?.[0]?.message).toContain('1,048,576 bytes');
    expect((await rest<{ data: unknown[] }>('/files', key)).body.data).toEqual([]);
  });

  it('needs a CSRF header (or Authorization) like any request a browser sends without a preflight', async () => {
    const send = (headers: Record<string, string>) =>
      postUpload(harness.facadeUrl, UPLOAD, { filename: 'a.txt', content: new Uint8Array([97]), variables: { input: { file: null, purpose: 'ASSISTANTS' } }, apiKey: null, headers });
    const refused = await send({});
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.message).toBe('Required CSRF header(s) not present');
    // Past the check, the operation runs: this facade has no server key, so the upstream refuses it.
    const allowed = await send({ 'x-graphql-yoga-csrf': 'upload' });
    expect(allowed.status).toBe(200);
    expect(allowed.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { status: 401 } });
    const withKey = await send({ authorization: `Bearer ${TEST_KEY}` });
    expect(dataOf(withKey).uploadFile.file.filename).toBe('a.txt');
  });

  it('takes one file per request, and refuses what the upstream would refuse before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const two = await postUpload(harness.facadeUrl, UPLOAD, {
      filename: 'a.txt',
      content: new Uint8Array([97]),
      variables: { input: { file: null, purpose: 'ASSISTANTS' } },
      map: { 0: ['variables.input.file'], 1: ['variables.other'] },
    });
    expect(two.status).toBe(400);
    expect(two.errors?.[0]?.message).toBe('A request may upload one file, but `map` names 2.');
    const output = await postUpload(harness.facadeUrl, UPLOAD, { filename: 'a.txt', content: new Uint8Array([97]), variables: { input: { file: null, purpose: 'ASSISTANTS_OUTPUT' } } });
    expect(output.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.purpose' } });
    const tagged = await postUpload(harness.facadeUrl, UPLOAD, {
      filename: `_owner-${'a'.repeat(64)}_x.txt`,
      content: new Uint8Array([97]),
      variables: { input: { file: null, purpose: 'ASSISTANTS' } },
    });
    expect(tagged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.file' } });
    expect(harness.upstreamRequests()).toHaveLength(0);
    const wrongType = await postUpload(harness.facadeUrl, UPLOAD, { filename: 'a.exe', content: new Uint8Array([97]), variables: { input: { file: null, purpose: 'ASSISTANTS' } } });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, param: 'file' } });
  });
});

describe('files and deleteFile', () => {
  it('files pages exactly like the upstream list, both ways, and keeps to a purpose', async () => {
    const apiKey = 'sk-test-uploads-list';
    const names = ['one.txt', 'two.txt', 'three.jsonl', 'four.txt'];
    for (const name of names) await uploadText(name, name.endsWith('.jsonl') ? '{"a":1}\n' : name, { apiKey, purpose: name.endsWith('.jsonl') ? 'FINE_TUNE' : 'ASSISTANTS' });
    const upstream = (await rest<{ data: { id: string; filename: string }[] }>('/files?order=asc', apiKey)).body.data.map((file) => file.filename);
    expect(upstream).toEqual(names);
    const page = async (variables: Parameters<typeof harness.gql<unknown, Record<string, unknown>>>[1]) =>
      dataOf(await harness.gql(FILES, variables as never, { apiKey })).files;
    const first = await page({ first: 2, order: 'ASC' });
    expect(first.edges.map((edge) => edge.node.filename)).toEqual(['one.txt', 'two.txt']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await page({ first: 2, order: 'ASC', after: first.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.filename)).toEqual(['three.jsonl', 'four.txt']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const last = await page({ last: 3, order: 'ASC' });
    expect(last.edges.map((edge) => edge.node.filename)).toEqual(['two.txt', 'three.jsonl', 'four.txt']);
    const newest = await page({});
    expect(newest.edges.map((edge) => edge.node.filename)).toEqual([...names].reverse());
    const assistants = await page({ purpose: 'ASSISTANTS', order: 'ASC' });
    expect(assistants.edges.map((edge) => edge.node.filename)).toEqual(['one.txt', 'two.txt', 'four.txt']);
    const fineTune = await page({ purpose: 'FINE_TUNE' });
    expect(fineTune.edges.map((edge) => [edge.node.filename, edge.node.purpose])).toEqual([['three.jsonl', 'FINE_TUNE']]);
    const crossed = await harness.gql(FILES, { purpose: 'FINE_TUNE', after: first.pageInfo.endCursor, order: 'ASC' }, { apiKey });
    expect(crossed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deleteFile deletes a file: its node is null after, and again is NOT_FOUND', async () => {
    const file = await uploadText('gone.txt', 'bye');
    const deleted = dataOf(await harness.gql(DELETE_FILE, { input: { id: file.id } })).deleteFile;
    expect(deleted.deletedFileId).toBe(file.id);
    expect((await rest(`/files/${file.openaiId}`)).status).toBe(404);
    expect(dataOf(await harness.gql(FILE_NODE, { id: file.id })).node).toBeNull();
    const again = await harness.gql(DELETE_FILE, { input: { id: file.openaiId } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
  });
});

describe('links to files', () => {
  it('AssistantFile.file and MessageFile.file are the files; a missing one is null', async () => {
    const file = await uploadText('manual.md', '# Manual');
    const assistant = dataOf(
      await harness.gql(graphql(`mutation UploadsAssistant($f: [String!]) { createAssistant(input: {model: "gpt-4", fileIds: $f}) { assistant { id files { nodes { file { id filename } } } } } }`), {
        f: [file.openaiId],
      }),
    ).createAssistant.assistant;
    expect(assistant.files.nodes).toEqual([{ file: { id: file.id, filename: 'manual.md' } }]);
    const thread = dataOf(
      await harness.gql(
        graphql(`mutation UploadsThread($f: [String!]) { createThread(input: {messages: [{content: "see file", fileIds: $f}]}) { thread { messages { nodes { files { nodes { file { id filename bytes } } } } } } } }`),
        { f: [file.openaiId] },
      ),
    ).createThread.thread;
    expect(thread.messages.nodes[0]?.files.nodes).toEqual([{ file: { id: file.id, filename: 'manual.md', bytes: 8 } }]);
    await harness.gql(DELETE_FILE, { input: { id: file.id } });
    const after = await harness.gql(graphql(`query UploadsAfterDelete($a: ID!) { assistant(id: $a) { fileIds } }`), { a: assistant.id });
    expect(dataOf(after).assistant?.fileIds).toEqual([]);
  });

  it('annotations and image content link their files; an assistants_output file downloads byte for byte', async () => {
    const cited = await uploadText('policy.txt', 'refunds within 30 days of purchase');
    const scope = scopeOf(TEST_KEY);
    const chart = await addServerFile(harness.events.store, scope, {
      filename: '/mnt/data/chart.png',
      purpose: 'assistants_output',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]),
      now: 1_700_000_000,
    });
    const csv = await addServerFile(harness.events.store, scope, { filename: 'résumé "final".csv', purpose: 'assistants_output', bytes: new TextEncoder().encode('a,b\n1,2\n'), now: 1_700_000_000 });
    const thread = dataOf(await harness.gql(graphql(`mutation UploadsEmptyThread { createThread(input: {}) { thread { openaiId } } }`))).createThread.thread;
    const message: Message = {
      id: 'msg_annotated1',
      object: 'thread.message',
      created_at: 1_700_000_000,
      thread_id: thread.openaiId,
      status: 'completed',
      incomplete_details: null,
      completed_at: 1_700_000_000,
      incomplete_at: null,
      role: 'assistant',
      content: [
        {
          type: 'text',
          text: {
            value: 'Refunds within 30 days【1†source】; data: sandbox:/mnt/data/x.csv',
            annotations: [
              { type: 'file_citation', text: '【1†source】', start_index: 23, end_index: 34, file_citation: { file_id: cited.openaiId, quote: 'refunds within 30 days' } },
              { type: 'file_path', text: 'sandbox:/mnt/data/x.csv', start_index: 42, end_index: 65, file_path: { file_id: csv.id } },
            ],
          },
        },
        { type: 'image_file', image_file: { file_id: chart.id } },
        { type: 'image_file', image_file: { file_id: 'file-missing123' } },
      ],
      assistant_id: null,
      run_id: null,
      file_ids: [],
      metadata: {},
    };
    await harness.events.store.messages.put(scope, thread.openaiId, message.id, message);
    const data = dataOf(
      await harness.gql(
        graphql(`query UploadsAnnotated($t: ID!) { thread(id: $t) { messages { nodes { content {
          __typename
          ... on TextContent { annotations { __typename ... on FileCitationAnnotation { file { id filename downloadUrl } } ... on FilePathAnnotation { file { filename purpose downloadUrl } } } }
          ... on ImageFileContent { fileId file { filename purpose bytes downloadUrl } }
        } } } } }`),
        { t: thread.openaiId },
      ),
    );
    const content = defined(data.thread?.messages.nodes[0], 'the message').content;
    expect(content[0]).toEqual({
      __typename: 'TextContent',
      annotations: [
        { __typename: 'FileCitationAnnotation', file: { id: cited.id, filename: 'policy.txt', downloadUrl: null } },
        { __typename: 'FilePathAnnotation', file: { filename: 'résumé "final".csv', purpose: 'ASSISTANTS_OUTPUT', downloadUrl: expect.stringMatching(/^\/files\/.+\/content/) } },
      ],
    });
    expect(content[1]).toMatchObject({ __typename: 'ImageFileContent', file: { filename: '/mnt/data/chart.png', purpose: 'ASSISTANTS_OUTPUT', bytes: 8 } });
    expect(content[2]).toEqual({ __typename: 'ImageFileContent', fileId: 'file-missing123', file: null });

    const image = content[1]?.__typename === 'ImageFileContent' ? content[1].file : null;
    const got = await download(defined(image?.downloadUrl, 'the image’s download URL'));
    expect(got.status).toBe(200);
    expect([...got.bytes]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    expect(got.headers['content-length']).toBe('8');
    const text = content[0]?.__typename === 'TextContent' ? content[0].annotations[1] : null;
    const csvUrl = text?.__typename === 'FilePathAnnotation' ? text.file?.downloadUrl : null;
    const gotCsv = await download(defined(csvUrl, 'the csv’s download URL'));
    expect(gotCsv.bytes.toString()).toBe('a,b\n1,2\n');
    expect(gotCsv.headers['content-disposition']).toBe(`attachment; filename="r_sum_ _final_.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.csv`);
    // A tool's file is named by its sandbox path; the download is named by its last segment.
    expect(got.headers['content-disposition']).toBe(`attachment; filename="chart.png"; filename*=UTF-8''chart.png`);
  });
});

describe('the download route', () => {
  it('serves a fine-tune file by raw id; refuses an assistants file with the upstream’s 400, a missing one with 404', async () => {
    const data = await uploadText('train.jsonl', '{"prompt":"a","completion":"b"}\n', { purpose: 'FINE_TUNE' });
    expect(data.downloadUrl).toBe(`/files/${encodeURIComponent(data.id)}/content`);
    const byRaw = await download(`/files/${data.openaiId}/content`);
    expect(byRaw.status).toBe(200);
    expect(byRaw.bytes.toString()).toBe('{"prompt":"a","completion":"b"}\n');
    expect(byRaw.headers['content-disposition']).toBe(`attachment; filename="train.jsonl"; filename*=UTF-8''train.jsonl`);

    const assistants = await uploadText('secret.txt', 'no');
    const refused = await download(`/files/${assistants.id}/content`);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.bytes.toString())).toMatchObject({
      errors: [{ message: 'Not allowed to download files of purpose: assistants', extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400 } } }],
    });
    const missing = await download('/files/file-missing999/content');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.bytes.toString())).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const malformed = await download('/files/not-an-id/content');
    expect(malformed.status).toBe(400);
  });
});
