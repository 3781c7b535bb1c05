import { readFileSync } from 'node:fs';
import { stitchSchemas } from '@graphql-tools/stitch';
import type { ExecutionResult } from 'graphql';
import { buildSchema, graphql, print } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Executor } from '@graphql-tools/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, startHarness } from './helpers/harness.js';
import type { Harness } from './helpers/harness.js';
import { createAssistant } from './helpers/kit.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** What a gateway does: the published SDL, executed remotely over HTTP with the caller's key. */
function remoteExecutor(url: string): Executor {
  return (async ({ document, variables }) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEY}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as ExecutionResult;
  }) as Executor;
}

describe('schema stitching', () => {
  it('stitches the printed schema into a larger graph and resolves through the facade', async () => {
    const created = await createAssistant(harness, { model: 'gpt-4-turbo', name: 'Stitched' });
    const sdl = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    const localSchema = makeExecutableSchema({
      typeDefs: 'type Query { me: User! } type User { name: String!, favouriteAssistantId: ID! }',
      resolvers: { Query: { me: () => ({ name: 'Ada', favouriteAssistantId: created.id }) } },
    });
    const gateway = stitchSchemas({
      subschemas: [{ schema: buildSchema(sdl), executor: remoteExecutor(harness.facadeUrl) }, { schema: localSchema }],
    });
    const result = await graphql({
      schema: gateway,
      source: `{ me { name favouriteAssistantId } assistants(first: 5) { nodes { id name } } }`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      me: { name: 'Ada', favouriteAssistantId: created.id },
      assistants: { nodes: expect.arrayContaining([{ id: created.id, name: 'Stitched' }]) },
    });
  });
});
