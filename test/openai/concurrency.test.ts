/**
 * The per-request bound on upstream calls in flight, over real HTTP: a slow loopback upstream
 * counts how many requests it holds at once.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamClient } from '../../src/openai/client.js';
import { UpstreamError } from '../../src/openai/errors.js';
import { startFacade } from '../helpers/harness.js';
import { assistant } from './fixtures.js';

let server: Server;
let baseUrl: string;
let inFlight = 0;
let mostInFlight = 0;
let received = 0;
const delayMs = 30;

beforeAll(async () => {
  server = createServer((req, res) => {
    received += 1;
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const id = /\/assistants\/([^/?]+)/.exec(req.url ?? '')?.[1];
    // A list answers with nothing, so every assistant is then fetched on its own.
    const body = id ? { ...assistant, id } : { object: 'list', data: [], first_id: null, last_id: null, has_more: false };
    setTimeout(() => {
      inFlight -= 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  mostInFlight = 0;
  received = 0;
});

describe('the REST client view', () => {
  it('holds at most maxConcurrent calls in flight and runs them all', async () => {
    const client = new UpstreamClient({ baseUrl });
    try {
      const api = client.forRequest({ apiKey: 'sk-a' }, undefined, 4);
      const ids = Array.from({ length: 20 }, (_, index) => `asst_${index}`);
      const answers = await Promise.all(ids.map((id) => api.getAssistant(id)));
      expect(answers.map((answer) => answer.id)).toEqual(ids);
      expect(received).toBe(20);
      expect(mostInFlight).toBe(4);
    } finally {
      await client.close();
    }
  });

  it('lets a queued call give up at the deadline, without it ever reaching the upstream', async () => {
    const client = new UpstreamClient({ baseUrl });
    try {
      const controller = new AbortController();
      const api = client.forRequest({ apiKey: 'sk-a' }, controller.signal, 1);
      const first = api.getAssistant('asst_first');
      const queued = api.getAssistant('asst_queued');
      for (let attempt = 0; attempt < 200 && received === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 1));
      expect(received).toBe(1);
      controller.abort(new DOMException('The deadline passed.', 'TimeoutError'));
      const [firstOutcome, queuedOutcome] = await Promise.allSettled([first, queued]);
      expect(firstOutcome.status).toBe('rejected');
      expect(queuedOutcome.status).toBe('rejected');
      const reason = queuedOutcome.status === 'rejected' ? (queuedOutcome.reason as unknown) : undefined;
      expect(reason).toBeInstanceOf(UpstreamError);
      expect((reason as UpstreamError).kind).toBe('timeout');
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2));
      expect(received).toBe(1);
    } finally {
      await client.close();
    }
  });
});

describe('a GraphQL request', () => {
  it('spends at most upstreamConcurrency upstream calls at once', async () => {
    const facade = await startFacade(baseUrl, { facade: { upstreamConcurrency: 2, logger: pino({ level: 'silent' }) } });
    try {
      const fields = Array.from({ length: 6 }, (_, index) => `a${index}: assistant(id: "asst_${index}") { openaiId }`).join(' ');
      const response = await facade.gql(`{ ${fields} }`);
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {}).map((value) => (value as { openaiId: string }).openaiId)).toEqual(
        Array.from({ length: 6 }, (_, index) => `asst_${index}`),
      );
      expect(mostInFlight).toBe(2);
    } finally {
      await facade.close();
    }
  });
});
