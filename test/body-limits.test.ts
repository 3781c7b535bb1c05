/**
 * The request body limit, checked from the headers before anything reads the body: too long a
 * body is refused with 413, a body without a length with 411, a malformed length with 400.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './helpers/harness.js';
import { TEST_KEY, startHarness } from './helpers/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** A raw POST, so the test chooses exactly which length headers go out. */
function post(headers: Record<string, string>, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/graphql', harness.facadeUrl);
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEY}`, ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const query = JSON.stringify({ query: '{ assistants(first: 1) { nodes { id } } }' });

describe('request body limits', () => {
  it('answers a body with its length', async () => {
    const answer = await post({ 'content-length': String(Buffer.byteLength(query)) }, [query]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { assistants: { nodes: [] } } });
  });

  it('refuses a body announced over 1 MB with 413, before reading it', async () => {
    harness.v1Server.stats.reset();
    const answer = await post({ 'content-length': '1000001' }, []).catch((error: unknown) => ({ status: -1, body: String(error) }));
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('Request body over 1000000 bytes.');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('refuses a chunked body without a length with 411', async () => {
    const answer = await post({ 'transfer-encoding': 'chunked' }, [query.slice(0, 10), query.slice(10)]);
    expect(answer.status).toBe(411);
    expect(answer.body).toContain('Content-Length');
  });
});
