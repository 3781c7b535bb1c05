/** Test helpers: a started v1 server with a small JSON client, its store events, and SSE parsing. */
import { openStore, startV1Server } from '../../src/v1-server/index.js';
import { testDatabaseUrl } from '../helpers/database.js';
import { StoreEvents } from '../helpers/store-events.js';
import type { FileObject, V1ServerOptions, RunningV1Server } from '../../src/v1-server/index.js';
import type { ErrorEnvelope } from '../../src/v1/schemas.js';

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  raw?: string;
  /** Sent as multipart/form-data instead of JSON. */
  form?: FormData;
  headers?: Record<string, string>;
  /** Replace the default auth/beta headers entirely. */
  bareHeaders?: boolean;
}

export interface Api {
  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  get<T = unknown>(path: string): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  del<T = unknown>(path: string): Promise<ApiResponse<T>>;
  /** A streaming POST: the raw fetch response. */
  stream(path: string, body: unknown, signal?: AbortSignal): Promise<Response>;
}

export interface TestV1Server {
  /** Its `close()` closes the store too, unless the options gave one. */
  v1Server: RunningV1Server;
  /** Committed run and message writes, for waiting on runs (see test/helpers/kit.ts). */
  events: StoreEvents;
  /** A client of the key (default `sk-test-a`) speaking Assistants `version` (default v1). */
  api(key?: string, version?: 'v1' | 'v2'): Api;
}

/** Starts a v1 server on a watched store and returns it once listening; the caller closes it. */
export async function startTestV1Server(options: V1ServerOptions = {}): Promise<TestV1Server> {
  const { store, databaseUrl, ...v1ServerOptions } = options;
  const events = new StoreEvents(store ?? (await openStore(databaseUrl ?? (await testDatabaseUrl()))));
  const running = await startV1Server({ stepDelayMs: 2, recordRequests: 10_000, ...v1ServerOptions, store: events.store });
  const v1Server: RunningV1Server = {
    ...running,
    async close() {
      await running.close();
      if (!store) await events.store.close();
    },
  };
  return { v1Server, events, api: (key = 'sk-test-a', version = 'v1') => client(v1Server.url, key, version) };
}

export function client(baseUrl: string, key: string, version: 'v1' | 'v2' = 'v1'): Api {
  const defaults = { authorization: `Bearer ${key}`, 'openai-beta': `assistants=${version}` };
  const call = async <T>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...(options.bareHeaders ? {} : defaults), ...options.headers };
    let payload: string | undefined = options.raw;
    if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: options.form ?? payload });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T, headers: response.headers };
  };
  return {
    call,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, { body: body ?? {} }),
    del: (path) => call('DELETE', path),
    stream: (path, body, signal) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { ...defaults, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      }),
  };
}

/** Uploads `text` as a file named `name`; fails unless it was stored. */
export async function uploadFile(api: Api, name: string, text = 'Some text.', purpose = 'assistants'): Promise<FileObject> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', new Blob([text]), name);
  const response = await api.call<FileObject>('POST', '/files', { form });
  if (response.status !== 200) throw new Error(`POST /files answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Uploads one small text file per name, in order, and returns their ids. */
export async function uploadFiles(api: Api, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await uploadFile(api, name)).id);
  return ids;
}

export function errorOf(response: ApiResponse<unknown>): ErrorEnvelope['error'] {
  return (response.body as ErrorEnvelope).error;
}

export interface SseEvent {
  event: string;
  data: string;
}

/** Splits an SSE text into `{event, data}` frames. */
export function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of text.split('\n\n')) {
    if (block.trim() === '') continue;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    events.push({ event, data: data.join('\n') });
  }
  return events;
}

export async function readSse(response: Response): Promise<SseEvent[]> {
  return parseSse(await response.text());
}
