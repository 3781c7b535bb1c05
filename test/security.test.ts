import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../src/v1-server/index.js';
import { TEST_KEY, startHarness } from './helpers/harness.js';
import type { Harness } from './helpers/harness.js';
import { graphql } from './graphql/generated/gql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ client: { apiKey: 'sk-server-CANARY' } });
});
afterAll(() => harness.close());

describe('cross-site requests cannot use the server key', () => {
  it('refuses a form POST without a preflight header, before any upstream call', async () => {
    harness.v1Server.stats.reset();
    const response = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: 'mutation { createThread(input: {}) { thread { id } } }' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('refuses a plain GET, and serves one that carries the caller’s own key', async () => {
    const query = encodeURIComponent('{ assistants(first: 1) { nodes { id } } }');
    expect((await fetch(`${harness.facadeUrl}/graphql?query=${query}`)).status).toBe(403);
    const withKey = await fetch(`${harness.facadeUrl}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/json' },
    });
    expect(withKey.status).toBe(200);
    expect(await withKey.json()).toEqual({ data: { assistants: { nodes: [] } } });
  });

  it('uses the server key for JSON requests without their own, and never shows it', async () => {
    harness.v1Server.stats.reset();
    const response = await harness.gql(graphql(`query SecurityMissingAssistant { assistant(id: "asst_nope") { id } }`), {}, { apiKey: null });
    expect(response.data).toEqual({ assistant: null });
    expect(harness.v1Server.stats.requests[0]?.keyHash).toBe(scopeOf('sk-server-CANARY'));
    const failing = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { deleteThread(input: {id: "thread_nope"}) { deletedThreadId } }' }),
    });
    const text = await failing.text();
    expect(text).toContain('NOT_FOUND');
    expect(text).not.toContain('CANARY');
  });
});

describe('production mode', () => {
  let production: Harness;
  beforeAll(async () => {
    production = await startHarness({ facade: { production: true } });
  });
  afterAll(() => production.close());

  it('serves no GraphiQL and refuses introspection, but runs ordinary queries', async () => {
    const page = await fetch(`${production.facadeUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    // Introspection is refused in production, so it is sent as text.
    const introspection = await production.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await production.gql(graphql(`query SecurityOrdinary { assistants(first: 1) { nodes { id } } }`))).toMatchObject({ data: { assistants: { nodes: [] } } });
  });
});
