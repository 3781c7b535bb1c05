/** Transport rules: API key, beta header, routing, JSON bodies, headers, key scoping, stats. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, ListPage } from '../../src/v1/schemas.js';
import { scopeOf } from '../../src/v1-server/index.js';
import { client, errorOf, startTestV1Server } from './helpers.js';
import type { TestV1Server } from './helpers.js';

describe('protocol', () => {
  let t: TestV1Server;
  beforeAll(async () => {
    t = await startTestV1Server();
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('serves under /v1 on 127.0.0.1', () => {
    expect(t.v1Server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it('requires an API key', async () => {
    const response = await t.api().call('GET', '/assistants', { bareHeaders: true, headers: { 'openai-beta': 'assistants=v1' } });
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({ type: 'invalid_request_error', param: null, code: null });
    expect(errorOf(response).message).toMatch(/^You didn't provide an API key\. /);
  });

  it('rejects an Authorization header that is not a Bearer key', async () => {
    const response = await t.api().call('GET', '/assistants', { headers: { authorization: 'Basic abc' } });
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('invalid_api_key');
    expect(errorOf(response).message).toMatch(/^Incorrect API key provided/);
  });

  it('rejects keys starting with sk-invalid, masking them', async () => {
    const response = await t.api('sk-invalid-0123456789abcdef').get('/assistants');
    expect(response.status).toBe(401);
    expect(errorOf(response)).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key', param: null });
    expect(errorOf(response).message).not.toContain('0123456789ab');
  });

  // assistants=v2 is served too (issue 16): see v2-protocol.test.ts.
  it('requires OpenAI-Beta: assistants=v1 (or v2)', async () => {
    for (const beta of [undefined, 'assistants=v3', 'assistants']) {
      const headers: Record<string, string> = { authorization: 'Bearer sk-a' };
      if (beta) headers['openai-beta'] = beta;
      const response = await t.api().call('GET', '/assistants', { bareHeaders: true, headers });
      expect(response.status).toBe(400);
      expect(errorOf(response)).toEqual({
        message:
          "You must provide the 'OpenAI-Beta' header to access the Assistants API. Please try again by setting the header 'OpenAI-Beta: assistants=v1'.",
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_beta',
      });
    }
  });

  it('answers unknown paths 404 and wrong methods 405, in the envelope', async () => {
    const unknown = await t.api().get('/nope');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toMatchObject({ type: 'invalid_request_error', message: 'Invalid URL (GET /v1/nope)' });
    const outside = await fetch(t.v1Server.url.replace('/v1', '/other'));
    expect(outside.status).toBe(404);
    const wrong = await t.api().call('PUT', '/assistants');
    expect(wrong.status).toBe(405);
    expect(errorOf(wrong).type).toBe('invalid_request_error');
  });

  it('answers bad JSON and non-object bodies with 400', async () => {
    const bad = await t.api().call('POST', '/assistants', { raw: '{"model":' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toMatch(/^We could not parse the JSON body of your request/);
    const array = await t.api().call('POST', '/assistants', { raw: '[1]' });
    expect(array.status).toBe(400);
    expect(errorOf(array).code).toBe('invalid_type');
  });

  it('rejects unknown body parameters', async () => {
    const response = await t.api().post('/assistants', { model: 'gpt-4', foo: 1 });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toEqual({
      message: 'Unrecognized request argument supplied: foo',
      type: 'invalid_request_error',
      param: 'foo',
      code: 'unknown_parameter',
    });
    const nested = await t.api().post('/assistants', { model: 'gpt-4', tools: [{ type: 'retrieval', extra: true }] });
    expect(errorOf(nested)).toMatchObject({ param: 'tools[0].extra', code: 'unknown_parameter' });
  });

  it('sets x-request-id and openai-processing-ms on every answer', async () => {
    for (const response of [await t.api().get('/assistants'), await t.api().get('/assistants/asst_x'), await t.api('').get('/x')]) {
      expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
      expect(response.headers.get('openai-processing-ms')).toMatch(/^\d+$/);
    }
  });

  it('scopes data by API key', async () => {
    const a = t.api('sk-scope-a');
    const b = t.api('sk-scope-b');
    const created = await a.post<Assistant>('/assistants', { model: 'gpt-4' });
    const id = created.body.id;
    expect((await a.get(`/assistants/${id}`)).status).toBe(200);
    const foreign = await b.get(`/assistants/${id}`);
    expect(foreign.status).toBe(404);
    expect(errorOf(foreign)).toEqual({
      message: `No assistant found with id '${id}'.`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
    const list = await b.get<ListPage<Assistant>>('/assistants');
    expect(list.body.data.map((assistant) => assistant.id)).not.toContain(id);
    expect((await b.del(`/assistants/${id}`)).status).toBe(404);
  });

  it('records requests in stats only when asked, bounded, without keys; reset() clears them', async () => {
    t.v1Server.stats.reset();
    await t.api('sk-stats').get('/assistants?limit=2');
    await t.api('sk-stats').call('POST', '/threads', { headers: { 'openai-organization': 'org-1' } });
    await t.api().call('GET', '/assistants', { bareHeaders: true });
    expect(t.v1Server.stats.requests).toEqual([
      { method: 'GET', path: '/v1/assistants', query: 'limit=2', keyHash: scopeOf('sk-stats'), organization: undefined, beta: 'assistants=v1' },
      { method: 'POST', path: '/v1/threads', query: '', keyHash: scopeOf('sk-stats'), organization: 'org-1', beta: 'assistants=v1' },
      { method: 'GET', path: '/v1/assistants', query: '', keyHash: undefined, organization: undefined, beta: undefined },
    ]);
    expect(JSON.stringify(t.v1Server.stats.requests)).not.toContain('sk-stats');
    t.v1Server.stats.reset();
    expect(t.v1Server.stats.requests).toEqual([]);
    expect(t.v1Server.stats.streamsOpened).toBe(0);
    const bounded = await startTestV1Server({ recordRequests: 2 });
    const off = await startTestV1Server({ recordRequests: 0 });
    try {
      for (const path of ['/assistants?limit=1', '/assistants?limit=2', '/assistants?limit=3']) {
        await client(bounded.v1Server.url, 'sk-a').get(path);
        await client(off.v1Server.url, 'sk-a').get(path);
      }
      expect(bounded.v1Server.stats.requests.map((request) => request.query)).toEqual(['limit=2', 'limit=3']);
      expect(off.v1Server.stats.requests).toEqual([]);
    } finally {
      await bounded.v1Server.close();
      await off.v1Server.close();
    }
  });
});

describe('lifecycle of the server', () => {
  it('closes cleanly and frees its port', async () => {
    const t = await startTestV1Server();
    const url = t.v1Server.url;
    await t.v1Server.close();
    await expect(fetch(`${url}/assistants`)).rejects.toThrow();
  });
});
