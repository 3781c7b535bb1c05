/**
 * Variables that do not fit their declared types are the caller's mistake: HTTP 400 with the
 * graphql-js message naming the variable and the path, under both response media types, never a
 * masked internal error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../helpers/harness.js';
import { TEST_KEY, startHarness } from '../helpers/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

async function post(query: string, variables: Record<string, unknown>, accept: string): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${harness.facadeUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${TEST_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

const CASES: Array<{ name: string; query: string; variables: Record<string, unknown>; message: string }> = [
  {
    name: 'a value of the wrong type',
    query: 'query($first: Int) { assistants(first: $first) { nodes { id } } }',
    variables: { first: 'abc' },
    message: 'Variable "$first" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
  },
  {
    name: 'an unknown enum value',
    query: 'query($order: SortOrder) { assistants(order: $order) { nodes { id } } }',
    variables: { order: 'SIDEWAYS' },
    message: 'Variable "$order" got invalid value "SIDEWAYS"; Value "SIDEWAYS" does not exist in "SortOrder" enum.',
  },
  {
    name: "a custom scalar's own message",
    query: 'mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }',
    variables: { input: { metadata: 5 } },
    message: 'Variable "$input" got invalid value 5 at "input.metadata"; Expected type "Metadata". Metadata must be an object whose values are strings.',
  },
  {
    name: 'a misnamed input field (without the suggestion)',
    query: 'mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }',
    variables: { input: { metdata: {} } },
    message: 'Variable "$input" got invalid value { metdata: {} }; Field "metdata" is not defined by type "CreateThreadInput".',
  },
  {
    name: 'a missing required input field',
    query: 'mutation($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }',
    variables: { input: { name: 'x' } },
    message: 'Variable "$input" got invalid value { name: "x" }; Field "model" of required type "String!" was not provided.',
  },
];

describe('variables that do not fit their types', () => {
  for (const { name, query, variables, message } of CASES) {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      it(`${name}: 400 BAD_USER_INPUT naming the variable (${accept})`, async () => {
        harness.v1Server.stats.reset();
        const { status, body } = await post(query, variables, accept);
        expect(status).toBe(400);
        expect(body.data).toBeUndefined();
        expect(body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } })]);
        expect(harness.v1Server.stats.requests).toHaveLength(0);
      });
    }
  }
});
