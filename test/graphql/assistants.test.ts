/**
 * Assistants through the facade (issue 2): create/update/delete, lookups by global and raw id,
 * and input validation that fails before any upstream call.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { GraphQLResponse, Harness } from '../helpers/harness.js';
import { defined, seedFiles } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import type { AssistantsAssistantFieldsFragment, CreateAssistantInput, ToolInput } from './generated/graphql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 5 } });
  await seedFiles(harness, ['file-aaa', 'file-abc123', 'file-bbb', 'file-ccc', 'file-def456', ...Array.from({ length: 21 }, (_, i) => `file-n${i}`), ...Array.from({ length: 20 }, (_, i) => `file-ok${i}`)]);
});
afterAll(() => harness.close());

interface RestAssistant {
  id: string;
  object: string;
  created_at: number;
  name: string | null;
  description: string | null;
  model: string;
  instructions: string | null;
  tools: { type: string; function?: { name: string; description?: string; parameters?: Record<string, unknown> } }[];
  file_ids: string[];
  metadata: Record<string, string>;
}

async function rest(path: string, key = TEST_KEY): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${harness.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${key}`, 'openai-beta': 'assistants=v1' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function restAssistant(id: string): Promise<RestAssistant> {
  const { status, body } = await rest(`/assistants/${id}`);
  expect(status).toBe(200);
  return body as RestAssistant;
}

function firstError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse['errors']>[number] {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return error;
}

graphql(`
  fragment AssistantsAssistantFields on Assistant {
    id openaiId createdAt name description model instructions fileIds metadata
    tools {
      __typename type
      ... on FunctionTool { function { name description parameters } }
    }
  }
`);

type GqlAssistant = AssistantsAssistantFieldsFragment;

const CREATE = graphql(`mutation AssistantsCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }`);
const UPDATE = graphql(`mutation AssistantsUpdate($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }`);

const DELETE = graphql(`mutation AssistantsDelete($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }`);

const weatherParameters = {
  type: 'object',
  properties: { city: { type: 'string', description: 'The city' }, days: { type: 'integer', minimum: 1 } },
  required: ['city'],
};

async function createAssistant(input: CreateAssistantInput): Promise<GqlAssistant> {
  return dataOf(await harness.gql(CREATE, { input })).createAssistant.assistant;
}

describe('createAssistant', () => {
  it('creates an assistant with every field, matching the REST object', async () => {
    const created = await createAssistant({
      model: 'gpt-4-turbo',
      name: 'Weather bot',
      description: 'Answers weather questions',
      instructions: 'Be brief.',
      tools: [
        { type: 'CODE_INTERPRETER' },
        { type: 'RETRIEVAL' },
        { type: 'FUNCTION', function: { name: 'get_weather', description: 'Weather for a city', parameters: weatherParameters } },
      ],
      fileIds: ['file-abc123', 'file-def456'],
      metadata: { team: 'blue', tier: '1' },
    });
    expect(created.openaiId).toMatch(/^asst_/);
    expect(created.id).not.toBe(created.openaiId);

    const upstream = await restAssistant(created.openaiId);
    expect(upstream.object).toBe('assistant');
    expect(created).toMatchObject({
      name: upstream.name,
      description: upstream.description,
      model: upstream.model,
      instructions: upstream.instructions,
      fileIds: upstream.file_ids,
      metadata: upstream.metadata,
    });
    expect(upstream).toMatchObject({
      name: 'Weather bot',
      description: 'Answers weather questions',
      model: 'gpt-4-turbo',
      instructions: 'Be brief.',
      file_ids: ['file-abc123', 'file-def456'],
      metadata: { team: 'blue', tier: '1' },
    });
    expect(upstream.tools).toEqual([
      { type: 'code_interpreter' },
      { type: 'retrieval' },
      { type: 'function', function: { name: 'get_weather', description: 'Weather for a city', parameters: weatherParameters } },
    ]);
    expect(created.tools).toEqual([
      { __typename: 'CodeInterpreterTool', type: 'CODE_INTERPRETER' },
      { __typename: 'RetrievalTool', type: 'RETRIEVAL' },
      {
        __typename: 'FunctionTool',
        type: 'FUNCTION',
        function: { name: 'get_weather', description: 'Weather for a city', parameters: weatherParameters },
      },
    ]);
    expect(created.createdAt).toBe(new Date(upstream.created_at * 1000).toISOString());
  });

  it('serialises createdAt as ISO 8601 in UTC', async () => {
    const created = await createAssistant({ model: 'gpt-4' });
    expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    expect(Math.abs(Date.parse(created.createdAt) - Date.now())).toBeLessThan(60_000);
  });

  it('defaults: nulls, empty tools, files and metadata', async () => {
    const created = await createAssistant({ model: 'gpt-4' });
    expect(created).toMatchObject({ name: null, description: null, instructions: null, tools: [], fileIds: [], metadata: {} });
  });
});

describe('updateAssistant', () => {
  it('changes only the given fields; null clears name; fileIds replace the list', async () => {
    const created = await createAssistant({
      model: 'gpt-4',
      name: 'Before',
      description: 'Keep me',
      instructions: 'Keep these',
      tools: [{ type: 'RETRIEVAL' }],
      fileIds: ['file-aaa', 'file-bbb'],
      metadata: { a: '1' },
    });

    const renamed = dataOf(await harness.gql(UPDATE, { input: { id: created.id, model: 'gpt-4-turbo' } })).updateAssistant.assistant;
    expect(renamed).toMatchObject({
      id: created.id,
      model: 'gpt-4-turbo',
      name: 'Before',
      description: 'Keep me',
      instructions: 'Keep these',
      fileIds: ['file-aaa', 'file-bbb'],
      metadata: { a: '1' },
    });
    expect(renamed.tools).toEqual([{ __typename: 'RetrievalTool', type: 'RETRIEVAL' }]);

    const cleared = dataOf(
      await harness.gql(UPDATE, { input: { id: created.openaiId, name: null, fileIds: ['file-bbb', 'file-ccc'] } }),
    ).updateAssistant.assistant;
    expect(cleared.name).toBeNull();
    expect(cleared.description).toBe('Keep me');
    expect(cleared.fileIds).toEqual(['file-bbb', 'file-ccc']);

    const upstream = await restAssistant(created.openaiId);
    expect(upstream.name).toBeNull();
    expect(upstream.model).toBe('gpt-4-turbo');
    expect(upstream.description).toBe('Keep me');
    expect(upstream.file_ids).toEqual(['file-bbb', 'file-ccc']);
    const files = await rest(`/assistants/${created.openaiId}/files?order=asc`);
    expect((files.body as { data: { id: string }[] }).data.map((file) => file.id)).toEqual(['file-bbb', 'file-ccc']);
  });

  it('replaces tools and metadata', async () => {
    const created = await createAssistant({ model: 'gpt-4', tools: [{ type: 'RETRIEVAL' }], metadata: { a: '1', b: '2' } });
    const updated = dataOf(
      await harness.gql(UPDATE, {
        input: { id: created.id, tools: [{ type: 'FUNCTION', function: { name: 'f_1' } }], metadata: { c: '3' } },
      }),
    ).updateAssistant.assistant;
    expect(updated.metadata).toEqual({ c: '3' });
    expect(updated.tools).toEqual([{ __typename: 'FunctionTool', type: 'FUNCTION', function: { name: 'f_1', description: null, parameters: null } }]);
    const upstream = await restAssistant(created.openaiId);
    expect(upstream.metadata).toEqual({ c: '3' });
    expect(upstream.tools).toEqual([{ type: 'function', function: { name: 'f_1' } }]);
  });
});

describe('deleteAssistant and lookups', () => {
  it('looks an assistant up by global ID and by raw id', async () => {
    const created = await createAssistant({ model: 'gpt-4', name: 'Lookup' });
    const query = graphql(`query AssistantsAssistantAndNode($id: ID!) { assistant(id: $id) { id openaiId name } node(id: $id) { id } }`);
    const lookup = graphql(`query AssistantsLookup($id: ID!) { assistant(id: $id) { id openaiId name } }`);
    const byGlobal = dataOf(await harness.gql(lookup, { id: created.id }));
    expect(byGlobal.assistant).toEqual({ id: created.id, openaiId: created.openaiId, name: 'Lookup' });
    const byRaw = dataOf(await harness.gql(lookup, { id: created.openaiId }));
    expect(byRaw.assistant).toEqual({ id: created.id, openaiId: created.openaiId, name: 'Lookup' });
    const both = dataOf(await harness.gql(query, { id: created.id }));
    expect(defined(both.node, 'the node').id).toBe(created.id);
  });

  it('deletes an assistant; then assistant(id) and node(id) are null without errors', async () => {
    const created = await createAssistant({ model: 'gpt-4', name: 'Doomed' });
    const deleted = dataOf(await harness.gql(DELETE, { id: created.id }));
    expect(deleted.deleteAssistant.deletedAssistantId).toBe(created.id);
    expect((await rest(`/assistants/${created.openaiId}`)).status).toBe(404);

    const after = await harness.gql(
      graphql(`query AssistantsAfterDelete($id: ID!, $raw: ID!) { assistant(id: $id) { id } raw: assistant(id: $raw) { id } node(id: $id) { id } }`),
      { id: created.id, raw: created.openaiId },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ assistant: null, raw: null, node: null });
  });

  it('deleting it again fails with NOT_FOUND', async () => {
    const created = await createAssistant({ model: 'gpt-4' });
    dataOf(await harness.gql(DELETE, { id: created.id }));
    const again = await harness.gql(DELETE, { id: created.openaiId });
    expect(firstError(again).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('validation before any upstream call', () => {
  beforeEach(() => harness.v1Server.stats.reset());

  const metadataWith = (count: number): Record<string, string> =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v']));

  const cases: { name: string; input: CreateAssistantInput; field: string }[] = [
    { name: 'name of 257 characters', input: { model: 'gpt-4', name: 'x'.repeat(257) }, field: 'input.name' },
    { name: 'description of 513 characters', input: { model: 'gpt-4', description: 'x'.repeat(513) }, field: 'input.description' },
    { name: 'metadata with 17 keys', input: { model: 'gpt-4', metadata: metadataWith(17) }, field: 'input.metadata' },
    { name: 'metadata key of 65 characters', input: { model: 'gpt-4', metadata: { ['k'.repeat(65)]: 'v' } }, field: 'input.metadata' },
    { name: 'metadata value of 513 characters', input: { model: 'gpt-4', metadata: { long: 'v'.repeat(513) } }, field: 'input.metadata' },
    {
      name: '129 tools',
      input: { model: 'gpt-4', tools: Array.from({ length: 129 }, (): ToolInput => ({ type: 'RETRIEVAL' })) },
      field: 'input.tools',
    },
    { name: 'FUNCTION tool without function', input: { model: 'gpt-4', tools: [{ type: 'FUNCTION' }] }, field: 'input.tools[0].function' },
    {
      name: 'function on a non-FUNCTION tool',
      input: { model: 'gpt-4', tools: [{ type: 'RETRIEVAL', function: { name: 'f' } }] },
      field: 'input.tools[0].function',
    },
    {
      name: 'bad function name',
      input: { model: 'gpt-4', tools: [{ type: 'RETRIEVAL' }, { type: 'FUNCTION', function: { name: 'get weather!' } }] },
      field: 'input.tools[1].function.name',
    },
    {
      name: 'function name of 65 characters',
      input: { model: 'gpt-4', tools: [{ type: 'FUNCTION', function: { name: 'f'.repeat(65) } }] },
      field: 'input.tools[0].function.name',
    },
    {
      name: '21 fileIds',
      input: { model: 'gpt-4', fileIds: Array.from({ length: 21 }, (_, i) => `file-n${i}`) },
      field: 'input.fileIds',
    },
  ];

  for (const testCase of cases) {
    it(`createAssistant rejects ${testCase.name} with BAD_USER_INPUT and no upstream request`, async () => {
      harness.v1Server.stats.reset();
      const response = await harness.gql(CREATE, { input: testCase.input });
      const error = firstError(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(error.extensions?.['field'])).toContain(testCase.field);
      expect(error.message).toContain(testCase.field.split('[')[0] ?? testCase.field);
      expect(response.data ?? null).toBeNull();
      expect(harness.v1Server.stats.requests).toHaveLength(0);
    });
  }

  it('updateAssistant validates the same way, before any upstream call', async () => {
    const created = await createAssistant({ model: 'gpt-4' });
    harness.v1Server.stats.reset();
    const response = await harness.gql(UPDATE, { input: { id: created.id, name: 'n'.repeat(257) } });
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(response).extensions?.['field']).toBe('input.name');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
    expect((await restAssistant(created.openaiId)).name).toBeNull();
  });

  it('accepts exactly the limits (256-char name, 16 metadata pairs, 64-char key, 512-char value, 20 files, 128 tools)', async () => {
    const metadata = { ...metadataWith(14), ['k'.repeat(64)]: 'v', long: 'v'.repeat(512) };
    const created = await createAssistant({
      model: 'gpt-4',
      name: 'n'.repeat(256),
      metadata,
      fileIds: Array.from({ length: 20 }, (_, i) => `file-ok${i}`),
      tools: Array.from({ length: 128 }, (): ToolInput => ({ type: 'RETRIEVAL' })),
    });
    expect(created.name).toHaveLength(256);
    expect(Object.keys(created.metadata)).toHaveLength(16);
    expect(created.fileIds).toHaveLength(20);
    expect(created.tools).toHaveLength(128);
  });
});
