import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startHarness } from '../helpers/harness.js';
import type { Harness } from '../helpers/harness.js';
import { graphql } from './generated/gql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('smoke', () => {
  it('creates and reads an assistant', async () => {
    const created = dataOf(
      await harness.gql(graphql(`mutation SmokeCreateAssistant { createAssistant(input: {model: "gpt-4-turbo", name: "A"}) { assistant { id name } } }`)),
    );
    const read = dataOf(
      await harness.gql(graphql(`query SmokeReadAssistant($id: ID!) { node(id: $id) { id ... on Assistant { name model createdAt tools { type } } } }`), {
        id: created.createAssistant.assistant.id,
      }),
    );
    expect(read).toMatchObject({ node: { name: 'A', model: 'gpt-4-turbo' } });
  });
});
