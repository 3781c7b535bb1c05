/**
 * (i) Files and retrieval, on the v1 server as `npm run v1-server` runs it (its own process, its
 * state in a SQLite file, runs answered by the instant model server `model-server.ts`):
 *
 * - Uploads: `POST /v1/files` of text files and of PDFs, each answered once its text is extracted,
 *   chunked and indexed: megabytes of file per second, `UPLOAD_CONCURRENCY` uploads at a time.
 * - Retrieval: with `FILES` files of 100 KB of varied text in the index, the `Retriever` in this
 *   process on the same database file (what a run's search does), `QUERIES` queries of a few words:
 *   p50 and p99 over a run-sized set (20 files, the most an assistant has) and over all of them
 *   (the size of a v2 vector store).
 * - Time to first token: a streamed run whose model searches first (two model calls and a search
 *   of 20 files of 100 KB) against a plain streamed run, on the same model server, sequential and
 *   interleaved: the first `thread.message.delta` with the model's first words.
 *
 * `npm run bench` runs it last; `node --import tsx bench/files.ts` (after `npm run build`) runs it
 * alone and prints its figures as JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Agent, fetch, FormData } from 'undici';
import { openStore, scopeOf } from '../src/v1-server/index.js';
import { DEFAULT_INLINE_TOKENS } from '../src/v1-server/config.js';
import { Retriever } from '../src/v1-server/retrieval/retriever.js';
import { pdfDocument } from '../test/v1-server/documents.js';
import { full, percentile } from './common.js';
import { FIRST_WORDS } from './model-server.js';
import { spawnV1Server, startModelServer } from './processes.js';

const KEY = 'sk-bench-files';
export const FILES = full(1_000, 100);
const FILE_BYTES = 100 * 1024;
const PDFS = full(10, 3);
const PDF_PAGES = 200;
const QUERIES = full(200, 40);
const RUN_FILES = 20;
const RUNS_PER_SIDE = full(40, 10);
const UPLOAD_CONCURRENCY = 2;

/**
 * The uploads' connections, then the runs' own: the searches between them leave connections idle
 * past the server's keep-alive timeout, and one reused as the server closes it fails.
 */
let dispatcher = new Agent();

export interface FilesResult {
  text: { files: number; megabytes: number; seconds: number; mbPerSecond: number };
  pdf: { files: number; megabytes: number; seconds: number; mbPerSecond: number };
  retrieval: { indexedFiles: number; queries: number; runSet: Percentiles; everyFile: Percentiles };
  firstToken: { runs: number; plain: Percentiles; retrieval: Percentiles; p50Ratio: number; p99Ratio: number };
}

interface Percentiles {
  p50Ms: number;
  p99Ms: number;
}

/** A small seeded generator (mulberry32): the same files and queries in every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'du', 'sel', 'han', 'bri', 'nu', 'per', 'gal', 'tho', 'wen', 'fi', 'mar', 'ost'];

/** A vocabulary of made-up words, so that BM25 has rare and common terms as real text does. */
function vocabulary(next: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** Picks words with a Zipf-like skew: a few are everywhere, most are rare. */
function pick(words: readonly string[], next: () => number): string {
  return words[Math.floor(words.length * next() ** 3)] ?? 'ka';
}

function paragraphText(words: readonly string[], next: () => number, bytes: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < bytes) {
    const length = 6 + Math.floor(next() * 14);
    const sentence = Array.from({ length }, () => pick(words, next)).join(' ');
    const text = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
    sentences.push(text);
    size += text.length + 1;
    if (next() < 0.15) sentences.push('\n\n');
  }
  return sentences.join(' ').slice(0, bytes);
}

async function upload(baseUrl: string, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const form = new FormData();
  form.append('purpose', 'assistants');
  form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${KEY}` }, body: form, dispatcher });
  const file = (await response.json()) as { id?: string; status?: string; status_details?: string | null };
  if (response.status !== 200 || file.status !== 'processed' || file.id === undefined) {
    throw new Error(`Upload of ${name} answered ${response.status}: ${JSON.stringify(file)}`);
  }
  return file.id;
}

/** Uploads every file, `UPLOAD_CONCURRENCY` at a time; the ids in order, and the seconds it took. */
async function uploadAll(baseUrl: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array<ArrayBuffer> }>): Promise<{ ids: string[]; seconds: number }> {
  const ids: string[] = [];
  let nextIndex = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (let index = nextIndex++; index < files.length; index = nextIndex++) {
      const file = files[index];
      if (file) ids[index] = await upload(baseUrl, file.name, file.bytes);
    }
  };
  await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, worker));
  return { ids, seconds: (performance.now() - started) / 1_000 };
}

function percentiles(values: readonly number[]): Percentiles {
  return { p50Ms: percentile(values, 50), p99Ms: percentile(values, 99) };
}

async function post<T>(baseUrl: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' },
    body: JSON.stringify(body),
    dispatcher,
  });
  if (response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Milliseconds from sending a streamed run to its first delta holding the model's first words. */
async function firstToken(baseUrl: string, assistantId: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/threads/runs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' },
    body: JSON.stringify({ assistant_id: assistantId, stream: true, thread: { messages: [{ role: 'user', content: 'Where is the lantern?' }] } }),
    dispatcher,
  });
  if (!response.body) throw new Error(`A streamed run answered ${response.status} without a body`);
  let first = Number.NaN;
  let tail = '';
  const decoder = new TextDecoder();
  for await (const bytes of response.body) {
    const window = tail + decoder.decode(bytes, { stream: true });
    if (Number.isNaN(first) && window.includes(FIRST_WORDS)) first = performance.now() - started;
    tail = window.slice(-64);
  }
  if (Number.isNaN(first) || !tail.includes('[DONE]')) throw new Error('A streamed run ended without its answer');
  return first;
}

export async function filesPhase(progress: (message: string) => void): Promise<FilesResult> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-files-'));
  const databaseUrl = `file:${join(directory, 'files.sqlite')}`;
  const model = await startModelServer();
  const server = await spawnV1Server({ MODEL_BASE_URL: model.url, DATABASE_URL: databaseUrl });
  const store = await openStore(databaseUrl);
  try {
    const next = random(42);
    const words = vocabulary(next, 20_000);
    progress(`(i) uploading ${FILES} text files of 100 KB`);
    const texts = Array.from({ length: FILES }, (_, index) => ({
      name: `notes-${index}.txt`,
      bytes: Buffer.from(paragraphText(words, next, FILE_BYTES)) as Uint8Array<ArrayBuffer>,
    }));
    const textUpload = await uploadAll(server.url, texts);
    const textMb = (FILES * FILE_BYTES) / 1024 / 1024;

    progress(`(i) uploading ${PDFS} PDFs of ${PDF_PAGES} pages`);
    const pdfs = Array.from({ length: PDFS }, (_, index) => {
      const pages = Array.from({ length: PDF_PAGES }, () => paragraphText(words, next, 3_000).replace(/\n+/g, ' ').match(/.{1,90}(\s|$)/g) ?? []);
      return { name: `report-${index}.pdf`, bytes: pdfDocument(pages) };
    });
    const pdfUpload = await uploadAll(server.url, pdfs);
    const pdfMb = pdfs.reduce((sum, pdf) => sum + pdf.bytes.length, 0) / 1024 / 1024;

    progress(`(i) ${QUERIES} searches over ${RUN_FILES} and over ${FILES} files`);
    const retriever = new Retriever({ store, inlineTokens: DEFAULT_INLINE_TOKENS });
    const scope = scopeOf(KEY);
    const runSet: number[] = [];
    const everyFile: number[] = [];
    for (let query = 0; query < QUERIES; query += 1) {
      const text = Array.from({ length: 3 }, () => words[Math.floor(next() * words.length)]).join(' ');
      const chosen = Array.from({ length: RUN_FILES }, () => textUpload.ids[Math.floor(next() * textUpload.ids.length)] ?? '');
      let started = performance.now();
      await retriever.retrieve(scope, chosen, text);
      runSet.push(performance.now() - started);
      started = performance.now();
      await retriever.retrieve(scope, textUpload.ids, text);
      everyFile.push(performance.now() - started);
    }

    progress(`(i) time to first token: ${RUNS_PER_SIDE} retrieval runs and ${RUNS_PER_SIDE} plain runs, interleaved`);
    await dispatcher.close();
    dispatcher = new Agent();
    const plainAssistant = await post<{ id: string }>(server.url, '/assistants', { model: 'bench-model' });
    const searchingAssistant = await post<{ id: string }>(server.url, '/assistants', {
      model: 'bench-model',
      tools: [{ type: 'retrieval' }],
      file_ids: textUpload.ids.slice(0, RUN_FILES),
    });
    const plain: number[] = [];
    const retrieval: number[] = [];
    await firstToken(server.url, plainAssistant.id);
    await firstToken(server.url, searchingAssistant.id);
    for (let run = 0; run < RUNS_PER_SIDE; run += 1) {
      plain.push(await firstToken(server.url, plainAssistant.id));
      retrieval.push(await firstToken(server.url, searchingAssistant.id));
    }
    const plainFigures = percentiles(plain);
    const retrievalFigures = percentiles(retrieval);
    return {
      text: { files: FILES, megabytes: textMb, seconds: textUpload.seconds, mbPerSecond: textMb / textUpload.seconds },
      pdf: { files: PDFS, megabytes: pdfMb, seconds: pdfUpload.seconds, mbPerSecond: pdfMb / pdfUpload.seconds },
      retrieval: { indexedFiles: FILES + PDFS, queries: QUERIES, runSet: percentiles(runSet), everyFile: percentiles(everyFile) },
      firstToken: {
        runs: RUNS_PER_SIDE,
        plain: plainFigures,
        retrieval: retrievalFigures,
        p50Ratio: retrievalFigures.p50Ms / plainFigures.p50Ms,
        p99Ratio: retrievalFigures.p99Ms / plainFigures.p99Ms,
      },
    };
  } finally {
    await store.close();
    await server.close();
    await model.close();
    await dispatcher.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await filesPhase((message) => process.stderr.write(`${message}\n`));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
