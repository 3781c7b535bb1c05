/**
 * A loopback stand-in for the OpenAI API: answers each request with the next scripted reply (or a
 * route function) and logs every hit, so tests can count attempts and inspect what was sent.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeReply =
  | { status?: number; headers?: Record<string, string>; json?: unknown; text?: string }
  /** Accept the request and never answer. */
  | { hang: true }
  /** Drop the connection without answering. */
  | { reset: true }
  /** An event stream: strings and buffers are written as chunks, numbers are pauses in ms; `end: false` keeps it open. */
  | { sse: (string | Buffer | number)[]; end?: boolean; status?: number };

export interface FakeHit {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client's port: equal ports mean a reused connection. */
  clientPort: number;
  /** `performance.now()` when the request arrived. */
  at: number;
  /** Resolves with `performance.now()` when the client's socket closes. */
  socketClosed: Promise<number>;
}

export class FakeUpstream {
  readonly hits: FakeHit[] = [];
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #closed = new WeakMap<Socket, Promise<number>>();
  #queue: FakeReply[] = [];
  #route: ((hit: FakeHit) => FakeReply) | null = null;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<FakeUpstream> {
    const server = createServer();
    const fake = new FakeUpstream(server);
    server.on('connection', (socket) => {
      fake.#sockets.add(socket);
      fake.#closed.set(socket, new Promise((resolve) => socket.once('close', () => resolve(performance.now()))));
      socket.on('close', () => fake.#sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://fake');
        const { socket } = req;
        const hit: FakeHit = {
          method: req.method ?? '',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          clientPort: socket.remotePort ?? 0,
          at: performance.now(),
          socketClosed: fake.#closed.get(socket) ?? Promise.resolve(performance.now()),
        };
        fake.hits.push(hit);
        void fake.#answer(res, fake.#next(hit));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** The base URL a client should use, `/v1` included. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Queues replies, used one per request in order, before the route. */
  reply(...replies: FakeReply[]): this {
    this.#queue.push(...replies);
    return this;
  }

  /** Answers every request the queue does not. */
  route(route: (hit: FakeHit) => FakeReply): this {
    this.#route = route;
    return this;
  }

  reset(): void {
    this.hits.length = 0;
    this.#queue = [];
    this.#route = null;
  }

  /** The one hit so far, failing if there were more or none. */
  only(): FakeHit {
    if (this.hits.length !== 1) throw new Error(`expected 1 hit, got ${this.hits.length}`);
    return this.hits[0] as FakeHit;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #next(hit: FakeHit): FakeReply {
    const queued = this.#queue.shift();
    if (queued) return queued;
    if (this.#route) return this.#route(hit);
    return { status: 500, json: { error: { message: 'no scripted reply', type: 'server_error' } } };
  }

  async #answer(res: ServerResponse, reply: FakeReply): Promise<void> {
    if ('hang' in reply) return;
    if ('reset' in reply) {
      res.socket?.destroy();
      return;
    }
    if ('sse' in reply) {
      res.writeHead(reply.status ?? 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.flushHeaders();
      for (const part of reply.sse) {
        if (res.destroyed) return;
        if (typeof part === 'number') await new Promise((resolve) => setTimeout(resolve, part));
        else res.write(part);
      }
      if (reply.end !== false) res.end();
      return;
    }
    const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    const type = reply.text === undefined ? 'application/json' : 'text/plain';
    res.writeHead(reply.status ?? 200, { 'content-type': type, ...reply.headers });
    res.end(body);
  }
}

/** A port nothing listens on: bound once, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
