/**
 * Shutting down: on SIGTERM the facade stops taking connections, cuts its event streams, answers
 * the requests in progress, and exits 0; `/readyz` answers 503 while it drains. A second signal
 * exits at once.
 */
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamClient } from '../src/openai/client.js';
import { createFacade } from '../src/server.js';
import { spawnFacadeProcess } from './helpers/facade-process.js';
import type { SpawnedFacade } from './helpers/facade-process.js';
import { assistant, run } from './openai/fixtures.js';

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * An upstream whose `GET /v1/assistants/asst_slow` answers only when the test says so, and whose
 * run `run_1` of `thread_1` stays queued (a `run(id)` subscription to it stays open).
 */
async function slowUpstream(): Promise<{ url: string; asked: Promise<void>; answer: () => void }> {
  let asked!: () => void;
  const askedPromise = new Promise<void>((resolve) => (asked = resolve));
  const waiting: ServerResponse[] = [];
  const send = (response: ServerResponse): void => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ...assistant, id: 'asst_slow', name: 'Slow' }));
  };
  let answered = false;
  const server: Server = createServer((request, response) => {
    if (request.url === '/v1/threads/thread_1/runs/run_1') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(run));
      return;
    }
    if (request.url !== '/v1/assistants/asst_slow') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'No such object.', type: 'invalid_request_error' } }));
      return;
    }
    if (answered) return send(response);
    waiting.push(response);
    asked();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    asked: askedPromise,
    answer: () => {
      answered = true;
      for (const response of waiting.splice(0)) send(response);
    },
  };
}

/** `npm start`'s entry over `upstreamUrl`, killed after the test if it still runs. */
async function startFacadeProcess(upstreamUrl: string): Promise<SpawnedFacade> {
  const facade = await spawnFacadeProcess({ OPENAI_BASE_URL: upstreamUrl, OPENAI_API_KEY: 'sk-test' });
  cleanups.push(() => facade.stop('SIGKILL'));
  return facade;
}

/** Resolves once the facade at `url` refuses new connections (each try on a connection of its own). */
function refusing(url: string): Promise<void> {
  return new Promise((resolve) => {
    const attempt = (): void => {
      fetch(`${url}/healthz`, { headers: { connection: 'close' } }).then(
        () => setTimeout(attempt, 20),
        () => resolve(),
      );
    };
    attempt();
  });
}

const SLOW_QUERY = JSON.stringify({ query: '{ assistant(id: "asst_slow") { name } }' });

describe('SIGTERM', () => {
  it('answers the request in progress, takes no new connection, then exits 0', async () => {
    const upstream = await slowUpstream();
    const facade = await startFacadeProcess(upstream.url);
    const inProgress = fetch(`${facade.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SLOW_QUERY });
    await upstream.asked;
    facade.child.kill('SIGTERM');
    // Until the upstream answers, the facade waits for its request, and refuses new connections.
    await refusing(facade.url);
    expect(facade.child.exitCode).toBeNull();
    upstream.answer();
    const answer = await inProgress;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { assistant: { name: 'Slow' } } });
    expect(await facade.exited).toBe(0);
    // The log lines written just before the exit are all there (the logger writes asynchronously).
    const lines = facade.lines().map((line) => JSON.parse(line) as { msg: string; path?: string; status?: number });
    expect(lines.map((line) => line.msg)).toContain('Shutting down: answering the requests in progress');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', path: '/graphql', status: 200 }));
  });

  it('a second signal exits at once, with the request still in progress', async () => {
    const upstream = await slowUpstream();
    const facade = await startFacadeProcess(upstream.url);
    const inProgress = fetch(`${facade.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SLOW_QUERY }).catch(
      (error: unknown) => error,
    );
    await upstream.asked;
    facade.child.kill('SIGTERM');
    // Signals sent back to back can arrive as one: the second goes once the first is seen.
    await refusing(facade.url);
    facade.child.kill('SIGTERM');
    expect(await facade.exited).toBe(1);
    expect(await inProgress).toBeInstanceOf(Error);
  });
});

describe('draining', () => {
  it('/readyz answers 503 and event streams in progress are cut; other requests still answer', async () => {
    const upstream = await slowUpstream();
    upstream.answer();
    const client = new UpstreamClient({ baseUrl: upstream.url, apiKey: 'sk-test' });
    const facade = createFacade({ client, logger: pino({ level: 'silent' }) });
    const server = createServer((request, response) => void facade.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // An event stream in progress: the run stays queued, so its subscription stays open.
    const stream = await fetch(`${url}/graphql?query=${encodeURIComponent('subscription { run(id: "UnVuOnRocmVhZF8xOnJ1bl8x") { status } }')}`, {
      headers: { accept: 'text/event-stream', 'x-graphql-yoga-csrf': 'test' },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('QUEUED')) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`The stream ended before its first event: ${received}`);
      received += decoder.decode(chunk.value, { stream: true });
    }

    facade.drain();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    const lookup = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SLOW_QUERY });
    expect(await lookup.json()).toEqual({ data: { assistant: { name: 'Slow' } } });
    // The stream is cut: its client sees the connection end, not a completed stream.
    const cut = await (async (): Promise<unknown> => {
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += decoder.decode(chunk.value, { stream: true });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(cut).toBeInstanceOf(Error);
    expect(received).not.toContain('event: complete');
  });
});
