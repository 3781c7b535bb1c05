/** Test helpers: a started emulator with a small JSON client, SSE parsing and polling. */
import { startEmulator } from '../../src/emulator/index.js';
import { testDatabaseUrl } from '../helpers/database.js';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/index.js';
import type { ErrorEnvelope, Run } from '../../src/openai/schemas.js';

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  raw?: string;
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

export interface TestEmulator {
  emulator: RunningEmulator;
  api(key?: string): Api;
}

/** Starts an emulator and returns it once listening; the caller closes it. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ stepDelayMs: 2, recordRequests: 10_000, databaseUrl: testDatabaseUrl(), ...options });
  return { emulator, api: (key = 'sk-test-a') => client(emulator.url, key) };
}

export function client(baseUrl: string, key: string): Api {
  const defaults = { authorization: `Bearer ${key}`, 'openai-beta': 'assistants=v1' };
  const call = async <T>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...(options.bareHeaders ? {} : defaults), ...options.headers };
    let payload: string | undefined = options.raw;
    if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload });
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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls a run until `done(run)` or a deadline. */
export async function waitForRun(api: Api, threadId: string, runId: string, done: (run: Run) => boolean, timeoutMs = 3000): Promise<Run> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await api.get<Run>(`/threads/${threadId}/runs/${runId}`);
    if (done(body) || Date.now() > deadline) return body;
    await sleep(5);
  }
}

export const TERMINAL = new Set(['completed', 'failed', 'cancelled', 'expired', 'incomplete']);

export function settled(run: Run): boolean {
  return TERMINAL.has(run.status) || run.status === 'requires_action';
}
