/**
 * The retrieval index against a real store, files uploaded over HTTP: ranking by BM25 (and by
 * embeddings from a fake server, fused by RRF), whole files under the inline budget, free-text
 * queries that FTS5 syntax cannot break, deletion, crash leftovers, and migration from the schema
 * before the index.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/v1-server/store/index.js';
import { scopeOf } from '../../src/v1-server/index.js';
import type { FileObject, Store } from '../../src/v1-server/index.js';
import { ModelError } from '../../src/v1-server/model/model.js';
import { Embeddings } from '../../src/v1-server/retrieval/embeddings.js';
import { Retriever } from '../../src/v1-server/retrieval/retriever.js';
import type { Passage } from '../../src/v1-server/retrieval/retriever.js';
import { startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

const KEY = 'sk-test-retrieval';
const SCOPE = scopeOf(KEY);

async function upload(api: Api, name: string, content: BlobPart): Promise<FileObject> {
  const form = new FormData();
  form.append('purpose', 'assistants');
  form.append('file', new Blob([content]), name);
  const response = await api.call<FileObject>('POST', '/files', { form });
  expect(response.status).toBe(200);
  return response.body;
}

/** Filler prose from a fixed vocabulary (a seed per file): files alike, none about lanterns or cats. */
function filler(sentences: number, seed: number): string {
  const words = ['harbour', 'quiet', 'river', 'stone', 'window', 'orchard', 'bridge', 'winter', 'meadow', 'signal',
    'garden', 'morning', 'thread', 'market', 'valley', 'letter', 'engine', 'basket', 'ladder', 'pebble'];
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat after a few steps.
    return Math.floor(state / 65536);
  };
  const out: string[] = [];
  for (let sentence = 0; sentence < sentences; sentence += 1) {
    const text = Array.from({ length: 8 + (next() % 8) }, () => words[next() % words.length]).join(' ');
    out.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.${sentence % 6 === 5 ? '\n\n' : ' '}`);
  }
  return out.join('').trim();
}

const NEEDLE = 'The keeper stores the spare lantern wicks in the copper chest beneath the spiral stairs.';

describe('ranked passages (BM25)', () => {
  let t: TestV1Server;
  let api: Api;
  let store: Store;
  let distractors: FileObject[];
  let needleFile: FileObject;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestV1Server();
    api = t.api(KEY);
    store = t.events.store;
    distractors = [];
    for (let seed = 1; seed <= 4; seed += 1) distractors.push(await upload(api, `notes-${seed}.txt`, filler(150, seed)));
    const text = filler(150, 9);
    needleFile = await upload(api, 'keeper.md', `${text.slice(0, 3000)}\n\n${NEEDLE}\n\n${text.slice(3000)}`);
    ids = [...distractors.map((file) => file.id), needleFile.id];
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('finds a passage by its words among files of similar filler, best first, at most the limit', async () => {
    const retriever = new Retriever({ store, inlineTokens: 1000 });
    const passages = await retriever.retrieve(SCOPE, ids, 'Where are the spare lantern wicks kept?');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(8);
    expect(passages[0]).toMatchObject({ fileId: needleFile.id, filename: 'keeper.md' });
    expect(passages[0]?.text).toContain(NEEDLE);
    expect(await retriever.retrieve(SCOPE, ids, 'harbour river stone', undefined, 3)).toHaveLength(3);
  });

  it('gives the files whole when they fit the inline budget together, else chunks', async () => {
    const texts = ['Opening hours: nine to five.', 'Refunds within 30 days.'];
    const small = [await upload(api, 'hours.txt', texts[0] ?? ''), await upload(api, 'refunds.txt', texts[1] ?? '')];
    const smallIds = small.map((file) => file.id);
    const whole = await new Retriever({ store, inlineTokens: 1000 }).retrieve(SCOPE, smallIds, 'refunds');
    // Whole, the file that matches the query first.
    expect(whole).toEqual([
      { fileId: small[1]?.id, filename: 'refunds.txt', text: texts[1] },
      { fileId: small[0]?.id, filename: 'hours.txt', text: texts[0] },
    ]);
    // 8 + 7 tokens: over a budget of 10, so searched: the matching chunk only.
    const searched = await new Retriever({ store, inlineTokens: 10 }).retrieve(SCOPE, smallIds, 'refunds');
    expect(searched).toEqual([{ fileId: small[1]?.id, filename: 'refunds.txt', text: texts[1] }]);
    // The big files are far over the default budget: chunks, none of them a whole file.
    const chunks = await new Retriever({ store, inlineTokens: 6000 }).retrieve(SCOPE, ids, 'lantern');
    expect(chunks.every((passage) => passage.text.length < 4000)).toBe(true);
  });

  it('takes any query as free text: FTS5 syntax in it is never syntax, and never an error', async () => {
    const retriever = new Retriever({ store, inlineTokens: 1000 });
    for (const query of ['"lantern* wicks', 'lantern: (wicks', 'NEAR(lantern wicks) -harbour', 'wicks AND OR NOT ^lantern {text}: "', "lantern's wicks?"]) {
      const passages = await retriever.retrieve(SCOPE, ids, query);
      expect(passages[0]?.text, query).toContain(NEEDLE);
    }
  });

  it('gives the files\' first chunks when no word of the query is in them, a file\'s first before any file\'s second', async () => {
    const retriever = new Retriever({ store, inlineTokens: 1000 });
    const pair = [distractors[0]?.id ?? '', needleFile.id];
    const [a, b] = await Promise.all(pair.map((fileId) => store.fileChunks.list(SCOPE, fileId, 4)));
    const expected = [0, 1, 2, 3].flatMap((index) => [a?.[index]?.text, b?.[index]?.text]);
    for (const query of ['*:()"-', 'zeppelin aardvark', '']) {
      const passages = await retriever.retrieve(SCOPE, pair, query);
      expect(passages.map((passage) => passage.text), query).toEqual(expected);
      expect(passages.map((passage) => passage.fileId)).toEqual([...pair, ...pair, ...pair, ...pair]);
    }
  });

  it('reads only processed files of retrieval types in the scope: others and unknown ids are skipped', async () => {
    const retriever = new Retriever({ store, inlineTokens: 1000 });
    const broken = await upload(api, 'broken.pdf', 'not a pdf: lantern wicks');
    const code = await upload(api, 'lamp.js', '// lantern wicks');
    const otherKey = await upload(t.api('sk-test-other'), 'other.txt', 'lantern wicks in the other scope');
    const passages = await retriever.retrieve(SCOPE, [broken.id, code.id, otherKey.id, 'file-unknown', needleFile.id, needleFile.id], 'lantern wicks');
    expect(new Set(passages.map((passage) => passage.fileId))).toEqual(new Set([needleFile.id]));
    expect(await retriever.retrieve(SCOPE, [broken.id, 'file-unknown'], 'lantern')).toEqual([]);
  });

  it('forgets a deleted file: its chunks go with it', async () => {
    const retriever = new Retriever({ store, inlineTokens: 1000 });
    const copy = await upload(api, 'copy.txt', `${filler(60, 21)}\n\n${NEEDLE}`);
    expect((await retriever.retrieve(SCOPE, [copy.id], 'lantern wicks'))[0]?.fileId).toBe(copy.id);
    expect((await api.del(`/files/${copy.id}`)).status).toBe(200);
    expect(await retriever.retrieve(SCOPE, [copy.id], 'lantern wicks')).toEqual([]);
    expect(await store.fileChunks.list(SCOPE, copy.id)).toEqual([]);
    expect(await store.fileChunks.tokens(SCOPE, copy.id)).toBeUndefined();
    expect(await store.fileChunks.search(SCOPE, [copy.id], 'lantern', 10)).toEqual([]);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('run cancelled'));
    await expect(new Retriever({ store, inlineTokens: 1000 }).retrieve(SCOPE, ids, 'lantern', controller.signal)).rejects.toThrow('run cancelled');
  });
});

/** A fake `/v1/embeddings`: a vector per text that counts its cat words, dog words, and 1; or the scripted failure. */
interface FakeEmbeddings {
  url: string;
  requests: Array<{ authorization: string | undefined; model: unknown; inputs: number }>;
  /** While set, every request is answered with this status and an error body that echoes the key. */
  failWith: number | undefined;
  close(): Promise<void>;
}

function embeddingOf(text: string): number[] {
  const count = (pattern: RegExp): number => (text.toLowerCase().match(pattern) ?? []).length;
  return [count(/\b(cat|cats|feline|felines|kitten|kittens)\b/g), count(/\b(dog|dogs|canine|canines|puppy)\b/g), 0.5];
}

async function startFakeEmbeddings(): Promise<FakeEmbeddings> {
  const fake: Omit<FakeEmbeddings, 'url' | 'close'> = { requests: [], failWith: undefined };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(parts).toString()) as { model: unknown; input: string[] };
      fake.requests.push({ authorization: req.headers.authorization, model: body.model, inputs: body.input.length });
      if (req.url !== '/v1/embeddings') res.writeHead(404).end();
      else if (fake.failWith !== undefined) {
        res.writeHead(fake.failWith, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `boom for key ${req.headers.authorization ?? ''}` } }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: body.input.map((text, index) => ({ index, embedding: embeddingOf(text) })).reverse() }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Reciprocal rank fusion of the rankings with constant `k` (the Retriever's is 60). */
function fused(rankings: ReadonlyArray<ReadonlyArray<{ fileId: string; index: number }>>, k = 60): string[] {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((hit, position) => {
      const key = `${hit.fileId}/${hit.index}`;
      scores.set(key, (scores.get(key) ?? 0) + 1 / (k + position + 1));
    });
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

describe('ranked passages with embeddings (RRF of BM25 and cosine)', () => {
  const API_KEY = 'sk-embeddings-secret';
  let fake: FakeEmbeddings;
  let embeddings: Embeddings;
  let t: TestV1Server;
  let api: Api;
  let store: Store;

  beforeAll(async () => {
    fake = await startFakeEmbeddings();
    embeddings = new Embeddings({ baseUrl: fake.url, apiKey: API_KEY, model: 'fake-embed', batchSize: 4, maxRetries: 1, retryBaseDelayMs: 1 });
    t = await startTestV1Server({ embeddings });
    api = t.api(KEY);
    store = t.events.store;
  });
  afterAll(async () => {
    await t.v1Server.close();
    await fake.close();
  });

  it('embeds every chunk at upload, in batches, with the key and the model', async () => {
    fake.requests.length = 0;
    const file = await upload(api, 'long.txt', filler(200, 3));
    const chunks = await store.fileChunks.list(SCOPE, file.id);
    expect(file.status).toBe('processed');
    expect(chunks.length).toBeGreaterThan(4);
    expect(fake.requests.reduce((sum, request) => sum + request.inputs, 0)).toBe(chunks.length);
    expect(Math.max(...fake.requests.map((request) => request.inputs))).toBe(4);
    expect(fake.requests.every((request) => request.authorization === `Bearer ${API_KEY}` && request.model === 'fake-embed')).toBe(true);
    const nearest = await store.fileChunks.nearest(SCOPE, [file.id], 'fake-embed', new Float32Array([0, 0, 1]), 3);
    expect(nearest).toHaveLength(3);
    expect(await store.fileChunks.nearest(SCOPE, [file.id], 'another-model', new Float32Array([0, 0, 1]), 3)).toEqual([]);
  });

  it('finds by meaning what no word of the query matches, and fuses both rankings by RRF', async () => {
    const files: FileObject[] = [];
    for (let seed = 30; seed < 33; seed += 1) files.push(await upload(api, `filler-${seed}.txt`, filler(80, seed)));
    const felines = 'Felines groom themselves for hours and a kitten sleeps most of the day.';
    const dogs = 'A cat door lets pets in, but our dogs and the canine club use the gate; no cat for now.';
    files.push(await upload(api, 'animals.txt', `${filler(40, 40)}\n\n${felines}\n\n${filler(40, 41)}\n\n${dogs}\n\n${filler(40, 42)}`));
    const fileIds = files.map((file) => file.id);
    const withEmbeddings = new Retriever({ store, inlineTokens: 100, embeddings });
    const bm25Only = new Retriever({ store, inlineTokens: 100 });

    // "cat" is a word of the dogs' passage only (in one chunk, or two that overlap): BM25 finds
    // that alone. The felines' passage has the nearest vector, but the dogs' chunks are in both
    // rankings, so come first.
    const lexical = await bm25Only.retrieve(SCOPE, fileIds, 'cat');
    expect(lexical.length).toBeGreaterThan(0);
    expect(lexical.every((passage) => passage.text.includes(dogs) && !passage.text.includes(felines))).toBe(true);
    const meaning = await withEmbeddings.retrieve(SCOPE, fileIds, 'cat');
    expect(meaning.slice(0, lexical.length)).toEqual(lexical);
    expect(meaning[lexical.length]?.text).toContain(felines);

    // The order is the RRF of the two rankings the store gives.
    const query = 'cat garden';
    const bm25 = await store.fileChunks.search(SCOPE, fileIds, query, 32);
    const [vector] = await embeddings.embed([query]);
    const cosine = await store.fileChunks.nearest(SCOPE, fileIds, 'fake-embed', vector ?? new Float32Array(), 32);
    const passages = await withEmbeddings.retrieve(SCOPE, fileIds, query);
    const key = (passage: Passage): string => {
      const hit = [...bm25, ...cosine].find((candidate) => candidate.fileId === passage.fileId && candidate.text === passage.text);
      return `${hit?.fileId}/${hit?.index}`;
    };
    expect(passages.map(key)).toEqual(fused([bm25, cosine]).slice(0, 8));
    // With these rankings the constant matters: another k would give another order.
    expect(fused([bm25, cosine], 1).slice(0, 8)).not.toEqual(fused([bm25, cosine]).slice(0, 8));
    // Embeddings change the ranking: BM25 alone puts another chunk first.
    expect((await bm25Only.retrieve(SCOPE, fileIds, query)).map((passage) => passage.text)).not.toEqual(passages.map((passage) => passage.text));
  });

  it('ends an upload error when the embeddings server fails, with its reason and without the key, and keeps no chunks', async () => {
    fake.failWith = 500;
    try {
      const file = await upload(api, 'notes.txt', 'Cats and dogs.');
      expect(file.status).toBe('error');
      expect(file.status_details).toBe('The file could not be indexed: The embeddings server answered 500: boom for key Bearer [REDACTED] (2 attempts)');
      expect(await store.fileChunks.tokens(SCOPE, file.id)).toBeUndefined();
      expect((await api.get<FileObject>(`/files/${file.id}`)).body).toEqual(file);
      // A query that cannot be embedded fails the retrieval with the server's reason.
      const big = (await api.get<{ data: FileObject[] }>('/files')).body.data.filter((listed) => listed.status === 'processed').map((listed) => listed.id);
      const failed = new Retriever({ store, inlineTokens: 10, embeddings }).retrieve(SCOPE, big, 'cat');
      await expect(failed).rejects.toBeInstanceOf(ModelError);
      await expect(failed).rejects.toThrow('The embeddings server answered 500');
    } finally {
      fake.failWith = undefined;
    }
  });
});

describe('the index across restarts', () => {
  it('drops chunks no file owns (an upload cut off by a crash) when the server starts', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'retrieval-test-'));
    const file = path.join(directory, 'store.sqlite');
    const store = openSqliteStore(file);
    const t = await startTestV1Server({ store });
    const kept = await upload(t.api(KEY), 'kept.txt', 'Refunds within 30 days.');
    await t.v1Server.close();
    // What a crash between the chunks' and the file object's writes would leave (they share a transaction, so only a fault could).
    await store.fileChunks.add(SCOPE, 'file-never-committed', { tokens: 2, chunks: [{ index: 0, start: 0, text: 'Orphan refunds', tokens: 2 }] });
    await store.fileContents.append(SCOPE, 'file-never-committed', 0, Buffer.from('Orphan refunds'));
    const restarted = await startTestV1Server({ store });
    try {
      expect(await store.fileChunks.list(SCOPE, 'file-never-committed')).toEqual([]);
      expect(await store.fileChunks.tokens(SCOPE, 'file-never-committed')).toBeUndefined();
      expect(await store.fileContents.piece(SCOPE, 'file-never-committed', 0)).toBeUndefined();
      expect(await store.fileChunks.search(SCOPE, [kept.id, 'file-never-committed'], 'refunds', 10)).toMatchObject([{ fileId: kept.id }]);
    } finally {
      await restarted.v1Server.close();
      await store.close();
    }
  });

  it('migrates a database of the schema before the index, and indexes its files when first retrieved', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'retrieval-test-'));
    const file = path.join(directory, 'store.sqlite');
    const first = openSqliteStore(file);
    const t = await startTestV1Server({ store: first });
    const old = await upload(t.api(KEY), 'old.txt', `${filler(80, 50)}\n\n${NEEDLE}`);
    await t.v1Server.close();
    await first.close();
    // Back to schema version 3: no index tables, the file's object and bytes only.
    const raw = new DatabaseSync(file);
    raw.exec(`DROP TABLE file_chunks_fts; DROP TABLE file_chunks; DROP TABLE file_indexes; PRAGMA user_version = 3;`);
    raw.close();

    // The version a new database is created at: the migration brings the old one all the way up.
    const fresh = path.join(directory, 'fresh.sqlite');
    await openSqliteStore(fresh).close();
    const created = new DatabaseSync(fresh, { readOnly: true });
    const currentVersion = created.prepare('PRAGMA user_version').get()?.['user_version'];
    created.close();
    expect(currentVersion).toBeGreaterThan(3);
    const reopened = openSqliteStore(file);
    try {
      const check = new DatabaseSync(file, { readOnly: true });
      expect(check.prepare('PRAGMA user_version').get()?.['user_version']).toBe(currentVersion);
      expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('file_chunks', 'file_chunks_fts', 'file_indexes')").get()?.['n']).toBe(3);
      check.close();
      expect(await reopened.fileChunks.tokens(SCOPE, old.id)).toBeUndefined();
      const passages = await new Retriever({ store: reopened, inlineTokens: 100 }).retrieve(SCOPE, [old.id], 'lantern wicks');
      expect(passages[0]).toMatchObject({ fileId: old.id, filename: 'old.txt' });
      expect(passages[0]?.text).toContain(NEEDLE);
      expect(await reopened.fileChunks.tokens(SCOPE, old.id)).toBeGreaterThan(100);
    } finally {
      await reopened.close();
    }
  });
});
