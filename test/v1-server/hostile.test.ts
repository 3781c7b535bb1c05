/**
 * Hostile clients against the built-in server, over raw sockets: requests are refused before their
 * body is read (route, key, declared size), an oversized body is cut while it arrives, slow senders
 * are cut by the header and request timeouts, and none of it costs the server its memory.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES } from '../../src/v1-server/index.js';
import type { Assistant, Thread } from '../../src/v1/schemas.js';
import { errorOf, readSse, startTestV1Server } from './helpers.js';
import type { TestV1Server } from './helpers.js';

const KEY = 'sk-hostile';
const TIMEOUT_MS = 300;

interface RawResponse {
  /** Whether a `100 Continue` came first. */
  continued: boolean;
  status: number;
  head: string;
  body: string;
}

interface RawConnection {
  socket: Socket;
  /** The first answer, once its whole body arrived; rejects when the connection closes first. */
  response: Promise<RawResponse>;
  /** Resolves when the server closed the connection. */
  closed: Promise<void>;
}

function open(port: number): RawConnection {
  const socket = connect(port, '127.0.0.1');
  // The server may reset a connection it stopped reading: that is the point of these tests.
  socket.on('error', () => undefined);
  let received = '';
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const response = new Promise<RawResponse>((resolve, reject) => {
    /** The first answer once complete: by its content-length, else (connection: close) at the close. */
    const complete = (atClose: boolean): RawResponse | undefined => {
      const interim = 'HTTP/1.1 100 Continue\r\n\r\n';
      const continued = received.startsWith(interim);
      const answer = continued ? received.slice(interim.length) : received;
      const end = answer.indexOf('\r\n\r\n');
      if (end < 0) return undefined;
      const head = answer.slice(0, end);
      const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
      const body = answer.slice(end + 4);
      if (length === undefined ? !atClose : body.length < Number(length)) return undefined;
      const status = Number(head.split(' ')[1]);
      return { continued, status, head, body: length === undefined ? body : body.slice(0, Number(length)) };
    };
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const answer = complete(false);
      if (answer) resolve(answer);
    });
    void closed.then(() => {
      const answer = complete(true);
      if (answer) resolve(answer);
      else reject(new Error(`Closed before an answer; received: ${JSON.stringify(received)}`));
    });
  });
  response.catch(() => undefined);
  return { socket, response, closed };
}

function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries({ host: '127.0.0.1', 'openai-beta': 'assistants=v1', ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

describe('hostile clients', () => {
  let t: TestV1Server;
  let port: number;
  let rssBefore: number;

  beforeAll(async () => {
    t = await startTestV1Server({ headersTimeoutMs: TIMEOUT_MS, requestTimeoutMs: TIMEOUT_MS, stepDelayMs: 100 });
    port = Number(new URL(t.v1Server.url).port);
    rssBefore = process.memoryUsage().rss;
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('refuses a declared oversized body with 413 at once, without waiting for it', async () => {
    const connection = open(port);
    // Due when the server's own timeout would end a wait for the body: the answer must come first.
    const timeoutDue = new Promise<'timeout due'>((resolve) => setTimeout(() => resolve('timeout due'), TIMEOUT_MS));
    connection.socket.write(requestHead('POST', '/v1/threads', { ...auth, 'content-length': MAX_JSON_BODY_BYTES + 1 }));
    expect(await Promise.race([connection.response.then(() => 'answered' as const), timeoutDue])).toBe('answered');
    const response = await connection.response;
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'invalid_request_error', code: 'request_too_large' } });
    expect(response.head).toMatch(/\r\nconnection: close/i);
    await connection.closed;
  });

  it('cuts a chunked body with 413 once it passes the bound, not at its end', async () => {
    const connection = open(port);
    connection.socket.write(requestHead('POST', '/v1/threads', { ...auth, 'transfer-encoding': 'chunked' }));
    const piece = `10000\r\n${'x'.repeat(0x10000)}\r\n`;
    let sent = 0;
    let answered = false;
    void connection.response.finally(() => {
      answered = true;
    });
    // Would send 1 GB: the answer must stop it long before.
    while (!answered && sent < 1024 * 1024 * 1024) {
      sent += 0x10000;
      if (!connection.socket.write(piece)) {
        const drained = once(connection.socket, 'drain').catch(() => undefined);
        await Promise.race([drained, connection.response.catch(() => undefined), connection.closed]);
      }
    }
    const response = await connection.response;
    expect(response.status).toBe(413);
    expect(sent).toBeGreaterThan(MAX_JSON_BODY_BYTES);
    // What is sent past the bound is what socket buffers held while the answer was on its way.
    expect(sent).toBeLessThan(MAX_JSON_BODY_BYTES + 16 * 1024 * 1024);
    await connection.closed;
  });

  it('answers 401 to a request without a valid key before its body arrives', async () => {
    for (const authorization of [undefined, 'Bearer sk-invalid-123456789']) {
      const connection = open(port);
      const headers = { 'content-type': 'application/json', 'content-length': 50 * 1024 * 1024, ...(authorization ? { authorization } : {}) };
      connection.socket.write(requestHead('POST', '/v1/threads', headers));
      connection.socket.write('{"metadata":{"a":"');
      const response = await connection.response;
      expect(response.status).toBe(401);
      expect(response.head).toMatch(/\r\nconnection: close/i);
      await connection.closed;
    }
  });

  it('answers 404 and 405 before the body arrives', async () => {
    for (const [method, path, status] of [['POST', '/v1/nowhere', 404], ['PUT', '/v1/threads', 405]] as const) {
      const connection = open(port);
      connection.socket.write(requestHead(method, path, { ...auth, 'content-length': 50 * 1024 * 1024 }));
      connection.socket.write('{');
      expect((await connection.response).status).toBe(status);
      await connection.closed;
    }
  });

  it('refuses a request that expects 100-continue without a go-ahead, when its key is missing', async () => {
    const connection = open(port);
    connection.socket.write(requestHead('POST', '/v1/threads', { 'content-length': 1000, expect: '100-continue' }));
    const response = await connection.response;
    expect(response).toMatchObject({ continued: false, status: 401 });
  });

  it('gives a valid request that expects 100-continue its go-ahead, then answers it', async () => {
    const connection = open(port);
    const body = JSON.stringify({ metadata: { via: 'continue' } });
    connection.socket.write(requestHead('POST', '/v1/threads', { ...auth, 'content-length': body.length, expect: '100-continue' }));
    await once(connection.socket, 'data');
    connection.socket.write(body);
    const response = await connection.response;
    expect(response).toMatchObject({ continued: true, status: 200 });
    expect(JSON.parse(response.body)).toMatchObject({ object: 'thread', metadata: { via: 'continue' } });
    connection.socket.end();
  });

  it('closes a connection whose request headers do not arrive in time', async () => {
    const connection = open(port);
    const started = Date.now();
    connection.socket.write('GET /v1/assist');
    await connection.closed;
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  });

  it('cuts a request whose body does not arrive in time', async () => {
    const connection = open(port);
    const started = Date.now();
    connection.socket.write(requestHead('POST', '/v1/threads', { ...auth, 'content-length': 100 }));
    connection.socket.write('{"metadata":');
    await connection.closed;
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    // The server is none the worse for it.
    expect((await t.api(KEY).post<Thread>('/threads')).status).toBe(200);
  });

  it('still answers bad JSON with 400 and keeps the connection', async () => {
    const bad = await t.api(KEY).call('POST', '/threads', { raw: '{"metadata":' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toMatch(/could not parse the JSON body/);
    expect(bad.headers.get('connection')).not.toBe('close');
  });

  it('does not cut event streams that last longer than the request timeout', async () => {
    const api = t.api(KEY);
    const assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4', instructions: 'Echo' })).body;
    const started = Date.now();
    const response = await api.stream('/threads/runs', {
      assistant_id: assistant.id,
      stream: true,
      // `#slow`: the built-in model starts its answer 20 step delays late.
      thread: { messages: [{ role: 'user', content: '#slow reply' }] },
    });
    const events = await readSse(response);
    expect(Date.now() - started).toBeGreaterThan(3 * TIMEOUT_MS);
    expect(events.map((event) => event.event)).toContain('thread.run.completed');
    expect(events.at(-1)?.event).toBe('done');
  });

  it('keeps its memory through all of the above', () => {
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });
});
