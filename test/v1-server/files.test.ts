/** The v1 Files API of the built-in server, over real HTTP: every operation, limit and rule. */
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, ListPage, Message, Thread } from '../../src/v1/schemas.js';
import { addServerFile, scopeOf } from '../../src/v1-server/index.js';
import type { FileObject } from '../../src/v1-server/index.js';
import { until } from '../helpers/kit.js';
import { errorOf, startTestV1Server, uploadFile, uploadFiles } from './helpers.js';
import type { Api, ApiResponse, TestV1Server } from './helpers.js';

const KEY = 'sk-test-a';

function upload(api: Api, parts: { purpose?: string; name?: string; content?: BlobPart }, purposeFirst = true): Promise<ApiResponse<FileObject>> {
  const form = new FormData();
  if (purposeFirst && parts.purpose !== undefined) form.append('purpose', parts.purpose);
  if (parts.name !== undefined) form.append('file', new Blob([parts.content ?? 'x']), parts.name);
  if (!purposeFirst && parts.purpose !== undefined) form.append('purpose', parts.purpose);
  return api.call<FileObject>('POST', '/files', { form });
}

function expect400(response: ApiResponse<unknown>, param: string | null, message: string | RegExp): void {
  expect(response.status).toBe(400);
  const error = errorOf(response);
  expect(error.type).toBe('invalid_request_error');
  expect(error.param).toBe(param);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

const BOUNDARY = 'test-boundary-7MA4YWxkTrZu0gW';

function multipartHead(name: string, purpose = 'assistants'): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\ncontent-disposition: form-data; name="purpose"\r\n\r\n${purpose}\r\n` +
      `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
  );
}
const MULTIPART_TAIL = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/**
 * Posts a multipart upload of `size` bytes of `fill`, written piece by piece with backpressure
 * (never whole in memory), without a Content-Length. `cutAfter`: destroy the socket after that
 * many bytes of the file, once `beforeCut` resolves.
 */
function streamUpload(
  url: string,
  options: { name: string; size: number; cutAfter?: number; beforeCut?: () => Promise<void> },
): Promise<{ status: number; body: string } | 'cut'> {
  const target = new URL(`${url}/files`);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', (error) => (options.cutAfter === undefined ? reject(error) : resolve('cut')));
    const piece = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const write = async (): Promise<void> => {
      req.write(multipartHead(options.name));
      while (sent < options.size) {
        if (options.cutAfter !== undefined && sent >= options.cutAfter) {
          await options.beforeCut?.();
          req.destroy();
          resolve('cut');
          return;
        }
        const next = piece.subarray(0, Math.min(piece.length, options.size - sent));
        sent += next.length;
        if (!req.write(next)) await new Promise((drained) => req.once('drain', drained));
      }
      req.end(MULTIPART_TAIL);
    };
    write().catch(reject);
  });
}

describe('the Files API', () => {
  let t: TestV1Server;
  let api: Api;

  beforeAll(async () => {
    t = await startTestV1Server();
    api = t.api(KEY);
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('uploads, gets, lists, deletes, without the beta header', async () => {
    const created = await upload(api, { purpose: 'assistants', name: 'notes.md', content: '# Notes\nRefunds within 30 days.' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^file-[A-Za-z0-9]{24}$/),
      object: 'file',
      bytes: 31,
      created_at: expect.any(Number),
      filename: 'notes.md',
      purpose: 'assistants',
      status: 'processed',
      status_details: null,
    });
    const noBeta = { bareHeaders: true, headers: { authorization: `Bearer ${KEY}` } };
    const id = created.body.id;
    expect((await api.call<FileObject>('GET', `/files/${id}`, noBeta)).body).toEqual(created.body);
    const listed = await api.call<ListPage<FileObject>>('GET', '/files', noBeta);
    expect(listed.body).toMatchObject({ object: 'list', first_id: id, last_id: id, has_more: false });
    expect(listed.body.data.map((file) => file.id)).toContain(id);
    expect((await api.call('DELETE', `/files/${id}`, noBeta)).body).toEqual({ id, object: 'file', deleted: true });
    const gone = await api.get(`/files/${id}`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone)).toEqual({ message: `No such File object: ${id}`, type: 'invalid_request_error', param: 'id', code: null });
    expect((await api.del(`/files/${id}`)).status).toBe(404);
    expect((await api.get(`/files/${id}/content`)).status).toBe(404);
  });

  it('lists by purpose, in pages, either order', async () => {
    const t2 = await startTestV1Server();
    try {
      const other = t2.api(KEY);
      const ids = await uploadFiles(other, ['a.txt', 'b.txt', 'c.txt']);
      const tune = await uploadFile(other, 'train.jsonl', '{"prompt":"p"}\n', 'fine-tune');
      const all = await other.get<ListPage<FileObject>>('/files?order=asc');
      expect(all.body.data.map((file) => file.id)).toEqual([...ids, tune.id]);
      const assistants = await other.get<ListPage<FileObject>>('/files?purpose=assistants&order=asc');
      expect(assistants.body.data.map((file) => file.id)).toEqual(ids);
      expect((await other.get<ListPage<FileObject>>('/files?purpose=fine-tune')).body.data.map((file) => file.id)).toEqual([tune.id]);
      const first = await other.get<ListPage<FileObject>>('/files?purpose=assistants&order=asc&limit=2');
      expect(first.body).toMatchObject({ first_id: ids[0], last_id: ids[1], has_more: true });
      const second = await other.get<ListPage<FileObject>>(`/files?purpose=assistants&order=asc&limit=2&after=${ids[1]}`);
      expect(second.body.data.map((file) => file.id)).toEqual([ids[2]]);
      expect(second.body.has_more).toBe(false);
      const newest = await other.get<ListPage<FileObject>>('/files?limit=1');
      expect(newest.body.data.map((file) => file.id)).toEqual([tune.id]);
    } finally {
      await t2.v1Server.close();
    }
  });

  it('refuses other purposes, unsupported types and incomplete forms', async () => {
    const choices = "'assistants', 'fine-tune'";
    expect400(await upload(api, { purpose: 'vision', name: 'a.txt' }), 'purpose', `'vision' is not one of [${choices}] - 'purpose'`);
    expect400(await upload(api, { purpose: 'vision', name: 'a.txt' }, false), 'purpose', `'vision' is not one of [${choices}] - 'purpose'`);
    expect400(await upload(api, { purpose: 'assistants_output', name: 'a.txt' }), 'purpose', /is not one of/);
    expect400(await upload(api, { purpose: 'assistants', name: 'tool.exe' }), 'file', /^Invalid extension exe\. Supported formats: "c", "cpp", /);
    expect400(await upload(api, { purpose: 'assistants', name: 'tool.exe' }, false), 'file', /^Invalid extension exe\./);
    expect400(await upload(api, { purpose: 'assistants', name: 'data.jsonl' }), 'file', /^Invalid extension jsonl\./);
    expect400(await upload(api, { purpose: 'fine-tune', name: 'notes.txt' }), 'file', 'Invalid file format for Fine-Tuning API. Must be .jsonl');
    expect400(await upload(api, { purpose: 'assistants' }), 'file', "Missing required parameter: 'file'.");
    expect400(await upload(api, { name: 'a.txt' }), 'purpose', "Missing required parameter: 'purpose'.");
    expect400(await api.post('/files', { purpose: 'assistants' }), null, /expected multipart\/form-data/);
    // Every supported type is accepted for assistants, the code interpreter's too.
    for (const extension of ['c', 'cpp', 'csv', 'docx', 'html', 'java', 'json', 'md', 'pdf', 'php', 'pptx', 'py', 'rb', 'tex', 'txt',
      'css', 'js', 'ts', 'xml', 'jpeg', 'jpg', 'gif', 'png', 'xlsx', 'tar', 'zip']) {
      expect((await upload(api, { purpose: 'assistants', name: `file.${extension}`, content: 'x' })).status, extension).toBe(200);
    }
  });

  it('checks the encoding of text types: utf-8, utf-16 or ascii, else status error', async () => {
    const latin1 = await upload(api, { purpose: 'assistants', name: 'old.txt', content: Buffer.from([0x63, 0x61, 0x66, 0xe9]) });
    expect(latin1.body).toMatchObject({ status: 'error', status_details: 'The file is not valid utf-8, utf-16 or ascii text.' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('café ☕', 'utf16le')]);
    expect((await upload(api, { purpose: 'assistants', name: 'wide.txt', content: utf16 })).body.status).toBe('processed');
    expect((await upload(api, { purpose: 'assistants', name: 'plain.txt', content: 'café ☕' })).body.status).toBe('processed');
    // Binary types are not text: any bytes.
    expect((await upload(api, { purpose: 'assistants', name: 'image.png', content: Buffer.from([0x89, 0xff, 0xfe, 0xe9]) })).body.status).toBe(
      'processed',
    );
  });

  it('marks a retrieved text type over 2,000,000 tokens as error', async () => {
    // 'a\n' is two tokens: 2,000,000 tokens exactly fit, two more do not.
    const fits = await upload(api, { purpose: 'assistants', name: 'fits.txt', content: 'a\n'.repeat(1_000_000) });
    expect(fits.body).toMatchObject({ status: 'processed', bytes: 2_000_000 });
    const over = await upload(api, { purpose: 'assistants', name: 'over.txt', content: 'a\n'.repeat(1_000_001) });
    expect(over.body).toMatchObject({
      status: 'error',
      status_details: 'File contains too many tokens. Max allowed tokens per file is 2000000.',
    });
    // Code interpreter's types are not retrieved: no token limit.
    expect((await upload(api, { purpose: 'assistants', name: 'big.js', content: 'a\n'.repeat(1_000_001) })).body.status).toBe('processed');
  });

  it('reads text with no whitespace at all in time linear in its size', async () => {
    // Tokenizing a megabyte as one word takes minutes; this upload would time the test out.
    for (const character of ['a', '.', ' ']) {
      const uploaded = await upload(api, { purpose: 'assistants', name: 'run.txt', content: character.repeat(2 * 1024 * 1024) });
      expect(uploaded.body.status).toBe('processed');
    }
  });

  it('downloads files of other purposes, never those of purpose assistants', async () => {
    const text = 'a,b\n1,2\n'.repeat(300_000);
    const uploaded = await uploadFile(api, 'table.csv', text);
    const refused = await api.get(`/files/${uploaded.id}/content`);
    expect400(refused, null, 'Not allowed to download files of purpose: assistants');
    const output = await addServerFile(t.events.store, scopeOf(KEY), {
      filename: '/mnt/data/table.csv',
      purpose: 'assistants_output',
      bytes: Buffer.from(text),
      now: 1_700_000_000,
    });
    expect(output).toMatchObject({ object: 'file', purpose: 'assistants_output', status: 'processed', bytes: text.length });
    const response = await fetch(`${t.v1Server.url}/files/${output.id}/content`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-length')).toBe(String(text.length));
    expect(await response.text()).toBe(text);
    const tune = await uploadFile(api, 'train.jsonl', '{"a":1}\n', 'fine-tune');
    expect(await (await fetch(`${t.v1Server.url}/files/${tune.id}/content`, { headers: { authorization: `Bearer ${KEY}` } })).text()).toBe(
      '{"a":1}\n',
    );
  });

  it('scopes files by key: another key\'s file is missing', async () => {
    const mine = await uploadFile(api, 'mine.txt');
    const other = t.api('sk-test-other');
    const hidden = await other.get(`/files/${mine.id}`);
    expect(hidden.status).toBe(404);
    expect(errorOf(hidden).message).toBe(`No such File object: ${mine.id}`);
    expect((await other.del(`/files/${mine.id}`)).status).toBe(404);
    expect((await other.get<ListPage<FileObject>>('/files')).body.data).toEqual([]);
    const attach = await other.post('/assistants', { model: 'm', file_ids: [mine.id] });
    expect(attach.status).toBe(404);
    expect(errorOf(attach).message).toBe(`No file found with id '${mine.id}'.`);
  });

  it('checks file ids on assistants, assistant files, messages, threads and runs before writing', async () => {
    const [fileA, fileB] = await uploadFiles(api, ['a.txt', 'b.txt']);
    const missing = 'file-doesnotexist';
    const notFound = (response: ApiResponse<unknown>): void => {
      expect(response.status).toBe(404);
      expect(errorOf(response).message).toBe(`No file found with id '${missing}'.`);
    };
    const assistantsBefore = (await api.get<ListPage<Assistant>>('/assistants?limit=100')).body.data.length;
    notFound(await api.post('/assistants', { model: 'm', file_ids: [fileA, missing] }));
    expect((await api.get<ListPage<Assistant>>('/assistants?limit=100')).body.data).toHaveLength(assistantsBefore);
    const assistant = (await api.post<Assistant>('/assistants', { model: 'm', file_ids: [fileA] })).body;
    notFound(await api.post(`/assistants/${assistant.id}`, { file_ids: [fileB, missing] }));
    notFound(await api.post(`/assistants/${assistant.id}/files`, { file_id: missing }));
    expect((await api.get<Assistant>(`/assistants/${assistant.id}`)).body.file_ids).toEqual([fileA]);

    const threadsBefore = (await api.get<ListPage<Thread>>('/threads?limit=100')).body.data.length;
    notFound(await api.post('/threads', { messages: [{ role: 'user', content: 'x', file_ids: [missing] }] }));
    notFound(await api.post('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'x', file_ids: [missing] }] } }));
    expect((await api.get<ListPage<Thread>>('/threads?limit=100')).body.data).toHaveLength(threadsBefore);
    const thread = (await api.post<Thread>('/threads')).body;
    notFound(await api.post(`/threads/${thread.id}/messages`, { role: 'user', content: 'x', file_ids: [missing] }));
    notFound(await api.post(`/threads/${thread.id}/runs`, { assistant_id: assistant.id, additional_messages: [{ role: 'user', content: 'x', file_ids: [missing] }] }));
    expect((await api.get<ListPage<Message>>(`/threads/${thread.id}/messages`)).body.data).toEqual([]);
    expect((await api.get<ListPage<unknown>>(`/threads/${thread.id}/runs`)).body.data).toEqual([]);
    expect((await api.post(`/threads/${thread.id}/messages`, { role: 'user', content: 'x', file_ids: [fileA, fileB] })).status).toBe(200);
  });

  it('detaches a deleted file from assistants; messages keep their file_ids', async () => {
    const [kept, deleted] = await uploadFiles(api, ['kept.txt', 'deleted.txt']);
    const first = (await api.post<Assistant>('/assistants', { model: 'm', file_ids: [kept, deleted] })).body;
    const second = (await api.post<Assistant>('/assistants', { model: 'm' })).body;
    expect((await api.post(`/assistants/${second.id}/files`, { file_id: deleted })).status).toBe(200);
    const thread = (await api.post<Thread>('/threads', { messages: [{ role: 'user', content: 'x', file_ids: [deleted] }] })).body;
    expect((await api.del(`/files/${deleted}`)).status).toBe(200);
    expect((await api.get<Assistant>(`/assistants/${first.id}`)).body.file_ids).toEqual([kept]);
    expect((await api.get<Assistant>(`/assistants/${second.id}`)).body.file_ids).toEqual([]);
    expect((await api.get(`/assistants/${second.id}/files/${deleted}`)).status).toBe(404);
    expect((await api.get<ListPage<Message>>(`/threads/${thread.id}/messages`)).body.data[0]?.file_ids).toEqual([deleted]);
  });

  it('works with the openai SDK 4.35: files.create, waitForProcessing, retrieve, list, content, del', async () => {
    const client = new OpenAI({ apiKey: KEY, baseURL: t.v1Server.url, maxRetries: 0 });
    const created = await client.files.create({ file: await toFile(Buffer.from('Hello from the SDK.'), 'hello.txt'), purpose: 'assistants' });
    expect(created).toMatchObject({ object: 'file', filename: 'hello.txt', purpose: 'assistants', bytes: 19 });
    const processed = await client.files.waitForProcessing(created.id, { pollInterval: 10, maxWait: 5_000 });
    expect(processed.status).toBe('processed');
    expect((await client.files.retrieve(created.id)).id).toBe(created.id);
    expect((await client.files.list({ purpose: 'assistants' })).data.map((file) => file.id)).toContain(created.id);
    await expect(client.files.content(created.id)).rejects.toMatchObject({ status: 400 });
    const output = await addServerFile(t.events.store, scopeOf(KEY), {
      filename: '/mnt/data/out.txt',
      purpose: 'assistants_output',
      bytes: Buffer.from('chart data'),
      now: 1_700_000_000,
    });
    expect(await (await client.files.content(output.id)).text()).toBe('chart data');
    expect(await client.files.del(created.id)).toEqual({ id: created.id, object: 'file', deleted: true });
    const assistant = await client.beta.assistants.create({ model: 'm', file_ids: [output.id] });
    expect(assistant.file_ids).toEqual([output.id]);
  });
});

describe('uploads are streamed, bounded and atomic', () => {
  let directory: string;
  let t: TestV1Server;
  let db: DatabaseSync;
  const pieces = (): number => Number(db.prepare('SELECT count(*) AS n FROM file_contents').get()?.['n']);

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'files-test-'));
    const file = path.join(directory, 'store.sqlite');
    t = await startTestV1Server({ databaseUrl: `file:${file}`, maxFileBytes: 64 * 1024 + 5 * 1024 * 1024 });
    db = new DatabaseSync(file, { readOnly: true });
  });
  afterAll(async () => {
    db.close();
    await t.v1Server.close();
  });

  it('refuses a file over the bound with 413 while reading it, leaving nothing behind', async () => {
    const bound = 64 * 1024 + 5 * 1024 * 1024;
    const api = t.api(KEY);
    const fits = await streamUpload(t.v1Server.url, { name: 'fits.zip', size: bound });
    expect(fits).toMatchObject({ status: 200 });
    const over = await streamUpload(t.v1Server.url, { name: 'over.zip', size: bound + 1 });
    expect(over).not.toBe('cut');
    if (over === 'cut') return;
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body)).toEqual({
      error: { message: `The file is too large: a file may have at most ${bound} bytes.`, type: 'invalid_request_error', param: 'file', code: 'file_too_large' },
    });
    // Declared too large: refused before the body is read.
    const declared = await fetch(`${t.v1Server.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(bound * 2) },
      body: Buffer.alloc(10),
    }).catch(() => undefined);
    expect(declared === undefined || declared.status === 413).toBe(true);
    const listed = await api.get<ListPage<FileObject>>('/files');
    expect(listed.body.data.map((file) => file.filename)).toEqual(['fits.zip']);
    await until(async () => pieces(), (count) => count === Math.ceil(bound / (1024 * 1024)), 'only the fitting file\'s pieces');
    expect((await api.del(`/files/${listed.body.data[0]?.id ?? ''}`)).status).toBe(200);
    expect(pieces()).toBe(0);
  });

  it('leaves nothing behind when an upload is cut off mid-body', async () => {
    const api = t.api(KEY);
    const result = await streamUpload(t.v1Server.url, {
      name: 'cut.zip',
      size: 4 * 1024 * 1024,
      cutAfter: 3 * 1024 * 1024,
      // Pieces are in the store before the cut: the upload is streamed, not buffered.
      beforeCut: () => until(async () => pieces(), (count) => count >= 2, 'pieces written during the upload').then(() => undefined),
    });
    expect(result).toBe('cut');
    await until(async () => pieces(), (count) => count === 0, 'the cut-off upload\'s pieces to be deleted');
    expect((await api.get<ListPage<FileObject>>('/files')).body.data).toEqual([]);
  });

  it('keeps memory flat while a 50 MB file streams in', async () => {
    const big = await startTestV1Server({ databaseUrl: `file:${path.join(directory, 'big.sqlite')}` });
    try {
      // A first upload grows the heap to its working size (the allocator keeps what it got).
      await streamUpload(big.v1Server.url, { name: 'warm-up.zip', size: 10 * 1024 * 1024 });
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 5);
      const result = await streamUpload(big.v1Server.url, { name: 'big.zip', size: 50 * 1024 * 1024 });
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      expect(result).toMatchObject({ status: 200 });
      if (result !== 'cut') expect(JSON.parse(result.body)).toMatchObject({ bytes: 50 * 1024 * 1024, status: 'processed' });
      // Held whole, the file alone would add 50 MB.
      expect(peak - before).toBeLessThan(25 * 1024 * 1024);
    } finally {
      await big.v1Server.close();
    }
  });
});
