/**
 * The recording proxy in front of the bench's v1 server, in its own process (`node --import tsx
 * bench/proxy.ts`, forwarding to `BENCH_TARGET`, the v1 server's URL): it only forwards, so its
 * timestamps are not delayed by the v1 server's work. It sees each request's path, arrival and
 * finish (for the request counts and the waves). Only counting passes use it: a facade process of
 * their own pointed at it, and the direct REST counts; nothing timed goes through it.
 *
 * Control endpoints on the proxy (not forwarded):
 * - `POST /__bench/reset`: forgets what was recorded;
 * - `GET /__bench/take`: the records and count since the last reset or take, then forgets them.
 *
 * Prints one line `BENCH_PROXY {"url": …}` (with `/v1`) once it listens.
 */
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { UpstreamRecord, UpstreamTake } from './common.js';

const target = new URL(process.env.BENCH_TARGET ?? 'http://127.0.0.1:4010/v1');
const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

let records: UpstreamRecord[] = [];
let count = 0;
let since = performance.now();

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function control(req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (url.pathname === '/__bench/reset') {
    records = [];
    count = 0;
    since = performance.now();
    return sendJson(res, { now: since });
  }
  if (url.pathname === '/__bench/take') {
    const now = performance.now();
    const take: UpstreamTake = { since, now, count, records };
    records = [];
    count = 0;
    since = now;
    return sendJson(res, take);
  }
  res.writeHead(404).end();
}

/** Requests received so far on each client connection (1: the request opened it). */
const served = new WeakMap<object, number>();

function forward(req: IncomingMessage, res: ServerResponse): void {
  const start = performance.now();
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  const onConnection = (served.get(req.socket) ?? 0) + 1;
  served.set(req.socket, onConnection);
  const port = req.socket.remotePort ?? 0;
  count += 1;
  let status = 0;
  res.once('close', () => {
    records.push({ method, path, status, start, end: performance.now(), aborted: !res.writableFinished, port, onConnection });
  });
  const upstream = httpRequest(
    { host: target.hostname, port: target.port, method, path, headers: req.headers, agent },
    (answer) => {
      status = answer.statusCode ?? 502;
      res.writeHead(status, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  // A client going away (an aborted stream) ends the upstream request too.
  res.once('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

const proxy = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://proxy.local');
  if (url.pathname.startsWith('/__bench/')) return control(req, res, url);
  forward(req, res);
});
proxy.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const { port } = proxy.address() as AddressInfo;

const shutdown = (): void => {
  proxy.closeAllConnections();
  proxy.close(() => process.exit(0));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
process.stdout.write(`BENCH_PROXY ${JSON.stringify({ url: `http://127.0.0.1:${port}/v1` })}\n`);
