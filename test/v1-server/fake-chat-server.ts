/**
 * A scripted fake Chat Completions server (node:http on 127.0.0.1) for tests and benchmarks.
 *
 * Each `POST /v1/chat/completions` takes the next scripted reply from a queue (or the default
 * reply when the queue is empty) and is recorded with its body and headers. A reply streams SSE
 * chunks, answers an HTTP error, hangs, or cuts the connection mid-stream. Free of test-framework
 * imports so any test or script can use it.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type FakeReply =
  /**
   * 200 `text/event-stream`: each chunk as `data: <json>\n\n` (`delayMs` before each), then
   * `data: [DONE]\n\n` unless `done` is false. `cut`: the socket is destroyed instead of ending.
   * `hold`: the reply stays open after the chunks (no `[DONE]`, no end) until the client goes or the server closes.
   * `gate`: awaited before each part (`[DONE]` included) is written, with its index, so a test
   * releases the chunks itself.
   */
  | { kind: 'sse'; chunks: unknown[]; delayMs?: number; done?: boolean; cut?: boolean; hold?: boolean; gate?: (index: number) => Promise<void> }
  /** 200 `text/event-stream` written exactly as these pieces, one write each (`delayMs` before each). */
  | { kind: 'raw'; parts: string[]; delayMs?: number }
  /** An HTTP error with these headers (e.g. `retry-after`): `body` as JSON, or as-is when a string. */
  | { kind: 'error'; status: number; body: unknown; headers?: Record<string, string> }
  /** Never answers; with `afterHeaders`, sends 200 SSE headers and then nothing. */
  | { kind: 'hang'; afterHeaders?: boolean };

export type ScriptedReply = FakeReply | ((request: FakeRequest) => FakeReply);

export interface FakeRequest {
  method: string;
  /** The path with its query, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The JSON body, or the raw text when it is not JSON. */
  body: unknown;
  /** The client's port: equal on two requests when the connection was kept alive. */
  remotePort: number | undefined;
  /** `finished` when the whole reply was sent; `closed` when the connection closed first (client gave up, or a cut). */
  outcome: Promise<'finished' | 'closed'>;
}

export interface FakeChatServer {
  /** The API root, ending in `/v1` (no trailing slash). */
  url: string;
  /** Every request received, oldest first. */
  requests: FakeRequest[];
  enqueue(...replies: ScriptedReply[]): void;
  /** Destroys open connections (hanging replies included) and stops listening. */
  close(): Promise<void>;
}

export interface FakeChatServerOptions {
  /** Default 0 (any free port). */
  port?: number;
  /** The reply when the queue is empty; without one such a request gets a 500 saying so. */
  defaultReply?: ScriptedReply;
}

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

export interface FakeToolCall {
  /** Omitted from the chunk when undefined. */
  id?: string;
  name: string;
  arguments: string;
}

const MODEL = 'fake-model';

/** One `chat.completion.chunk` with a single choice. */
export function chunk(delta: Record<string, unknown>, finishReason: string | null = null): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: MODEL,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

/** The final usage chunk of `stream_options.include_usage`; `choices` is `[]` on OpenAI, null or absent elsewhere. */
export function usageChunk(usage: FakeUsage, choices: [] | null | undefined = []): Record<string, unknown> {
  const total = usage.prompt_tokens + usage.completion_tokens;
  return { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model: MODEL, choices, usage: { ...usage, total_tokens: total } };
}

/** `text` cut into `parts` pieces of about equal length (fewer when the text is shorter). */
export function splitText(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}

interface ReplyOptions {
  usage?: FakeUsage;
  /** null: no chunk carries a finish_reason. */
  finishReason?: string | null;
  delayMs?: number;
}

/** A streamed text answer: a role chunk, `splitInto` content chunks, a finish chunk, then usage if given. */
export function textReply(text: string, options: ReplyOptions & { splitInto?: number } = {}): FakeReply {
  const { usage, finishReason = 'stop', delayMs, splitInto = 1 } = options;
  const chunks = [chunk({ role: 'assistant', content: '' }), ...splitText(text, splitInto).map((piece) => chunk({ content: piece }))];
  return { kind: 'sse', chunks: finish(chunks, finishReason, usage), delayMs };
}

/**
 * Streamed tool calls, one after another: per call a chunk with its id, name and empty arguments,
 * then its arguments in `argumentPieces` chunks.
 */
export function toolCallReply(calls: FakeToolCall[], options: ReplyOptions & { argumentPieces?: number } = {}): FakeReply {
  const { usage, finishReason = 'tool_calls', delayMs, argumentPieces = 1 } = options;
  const chunks = [chunk({ role: 'assistant', content: null })];
  calls.forEach((call, index) => {
    chunks.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of splitText(call.arguments, argumentPieces)) chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  return { kind: 'sse', chunks: finish(chunks, finishReason, usage), delayMs };
}

function finish(chunks: unknown[], finishReason: string | null, usage: FakeUsage | undefined): unknown[] {
  if (finishReason !== null) chunks.push(chunk({}, finishReason));
  if (usage) chunks.push(usageChunk(usage));
  return chunks;
}

/** An OpenAI-style error: `{error: {message, type, code}}`. */
export function errorReply(status: number, message: string, headers?: Record<string, string>, code: string | null = null): FakeReply {
  return { kind: 'error', status, body: { error: { message, type: status === 429 ? 'rate_limit_error' : 'invalid_request_error', code } }, headers };
}

export function hangReply(afterHeaders = false): FakeReply {
  return { kind: 'hang', afterHeaders };
}

/** Sends these chunks, then destroys the socket (no `[DONE]`, no end of the chunked body). */
export function cutReply(chunks: unknown[], delayMs?: number): FakeReply {
  return { kind: 'sse', chunks, delayMs, cut: true };
}

export async function startFakeChatServer(options: FakeChatServerOptions = {}): Promise<FakeChatServer> {
  const requests: FakeRequest[] = [];
  const queue: ScriptedReply[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = '';
    for await (const piece of req.setEncoding('utf8')) text += String(piece);
    const outcome = new Promise<'finished' | 'closed'>((resolve) => {
      res.on('close', () => resolve(res.writableFinished ? 'finished' : 'closed'));
    });
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: parseBody(text),
      remotePort: req.socket.remotePort,
      outcome,
    };
    requests.push(request);
    if (request.method !== 'POST' || request.path.split('?')[0] !== '/v1/chat/completions') {
      send(res, { kind: 'error', status: 404, body: { error: { message: `No route ${request.method} ${request.path}.` } } });
      return;
    }
    const scripted = queue.shift() ?? options.defaultReply;
    const reply = typeof scripted === 'function' ? scripted(request) : scripted;
    await send(res, reply ?? { kind: 'error', status: 500, body: { error: { message: 'The fake chat server has no scripted reply left.' } } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(res: ServerResponse, reply: FakeReply): Promise<void> {
  if (reply.kind === 'error') {
    const raw = typeof reply.body === 'string';
    res.writeHead(reply.status, { 'content-type': raw ? 'text/html' : 'application/json', ...reply.headers });
    res.end(raw ? reply.body : JSON.stringify(reply.body));
    return;
  }
  if (reply.kind === 'hang' && !reply.afterHeaders) return; // the client's timeout or the server's close ends it
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
  if (reply.kind === 'hang') return;
  const parts = reply.kind === 'raw' ? reply.parts : reply.chunks.map((data) => `data: ${JSON.stringify(data)}\n\n`);
  if (reply.kind === 'sse' && !reply.cut && !reply.hold && reply.done !== false) parts.push('data: [DONE]\n\n');
  // Stops waiting as soon as the client goes away.
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  for (const [index, part] of parts.entries()) {
    if (reply.kind === 'sse' && reply.gate) await reply.gate(index);
    if (reply.delayMs) await sleep(reply.delayMs, undefined, { signal: gone.signal }).catch(() => undefined);
    if (res.destroyed) return;
    res.write(part);
  }
  if (reply.kind === 'sse' && reply.hold) return;
  if (reply.kind === 'sse' && reply.cut) {
    // Let the chunks leave before the socket goes, so the client sees them and then the break.
    await new Promise<void>((resolve) => res.write('', () => resolve()));
    res.socket?.destroy();
    return;
  }
  res.end();
}
