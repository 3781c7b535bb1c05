/**
 * `npm start`'s wiring of its settings (src/index.ts, src/config.ts), checked on the real entry as a
 * child process over HTTP: `CORS_ORIGINS`, `UPSTREAM_CONCURRENCY`, `OPENAI_ORGANIZATION` and
 * `NODE_ENV=production`, each by its effect. Its upstream is a loopback stand-in that records what
 * it is sent.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnFacadeProcess } from './helpers/facade-process.js';
import type { SpawnedFacade } from './helpers/facade-process.js';
import { assistant } from './openai/fixtures.js';

const CONCURRENCY = 2;
const ALLOWED_ORIGIN = 'https://app.example';

/**
 * Holds an assistant lookup once `CONCURRENCY` of them are waiting, until no other has come for
 * `QUIET_MS`: a facade that sends more at once shows more than `CONCURRENCY` waiting. With fewer
 * waiting nothing is answered, so the facade must fill all its slots.
 */
const QUIET_MS = 20;

let upstream: Server;
let facade: SpawnedFacade;
/** The headers of every request the upstream got. */
const received: IncomingHttpHeaders[] = [];
/** Assistant lookups waiting for their answer, and the most that waited at once. */
let held: { id: string; res: ServerResponse }[] = [];
let mostHeld = 0;
let quiet: NodeJS.Timeout | undefined;

function answer(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function answerHeld(): void {
  for (const lookup of held) answer(lookup.res, { ...assistant, id: lookup.id });
  held = [];
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    received.push(req.headers);
    req.resume();
    const id = /^\/v1\/assistants\/([^/?]+)$/.exec(req.url ?? '')?.[1];
    if (!id) {
      // The list a batch of lookups tries first: empty, so each assistant is then read on its own.
      answer(res, { object: 'list', data: [], first_id: null, last_id: null, has_more: false });
      return;
    }
    held.push({ id, res });
    mostHeld = Math.max(mostHeld, held.length);
    clearTimeout(quiet);
    if (held.length >= CONCURRENCY) quiet = setTimeout(answerHeld, QUIET_MS);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  facade = await spawnFacadeProcess({
    OPENAI_BASE_URL: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`,
    OPENAI_API_KEY: 'sk-server',
    OPENAI_ORGANIZATION: 'org-server',
    CORS_ORIGINS: `${ALLOWED_ORIGIN}, https://other.example`,
    UPSTREAM_CONCURRENCY: String(CONCURRENCY),
    NODE_ENV: 'production',
  });
});

afterAll(async () => {
  await facade.stop('SIGTERM');
  upstream.closeAllConnections();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
});

async function post(query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const response = await fetch(`${facade.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

function preflight(origin: string): Promise<Response> {
  return fetch(`${facade.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });
}

describe('npm start with its settings in the environment', () => {
  it('CORS_ORIGINS: a listed origin’s preflight is allowed, for that origin only; another’s is not', async () => {
    const listed = await preflight(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-methods')).toContain('POST');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin') ?? 'null').toBe('null');
  });

  it('UPSTREAM_CONCURRENCY: one request never has more calls in flight upstream than the setting', async () => {
    const ids = Array.from({ length: 3 * CONCURRENCY }, (_, index) => `asst_${index}`);
    mostHeld = 0;
    const { status, body } = await post(`{ ${ids.map((id, index) => `a${index}: assistant(id: "${id}") { name }`).join(' ')} }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data as object)).toHaveLength(ids.length);
    // The list the lookups are batched into, then each lookup.
    expect(received).toHaveLength(1 + ids.length);
    expect(mostHeld).toBe(CONCURRENCY);
  });

  it('OPENAI_ORGANIZATION: sent upstream with the server’s key', async () => {
    const { status } = await post('{ assistants(first: 1) { nodes { id } } }');
    expect(status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]?.authorization).toBe('Bearer sk-server');
    expect(received[0]?.['openai-organization']).toBe('org-server');
  });

  it('NODE_ENV=production: no GraphiQL page and no introspection', async () => {
    const page = await fetch(`${facade.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await page.text()).toLowerCase()).not.toContain('graphiql');
    const { status, body } = await post('{ __schema { queryType { name } } }');
    expect(status).toBe(400);
    expect(body.errors?.map(({ message, extensions }) => [message, extensions?.['code']])).toEqual([
      ['GraphQL introspection has been disabled, but the requested query contained the field "__schema".', 'GRAPHQL_VALIDATION_FAILED'],
      ['GraphQL introspection has been disabled, but the requested query contained the field "queryType".', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    expect(received).toHaveLength(0);
  });
});
