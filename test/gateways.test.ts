/**
 * The gateway recipes of examples/gateways, over real HTTP: the facade as an Apollo Federation v2
 * subgraph composed with the reviews subgraph and served by Hive Gateway, and the facade stitched
 * with the reviews service by `@graphql-tools/stitch` over `buildHTTPExecutor`. Both gateways
 * forward the caller's `Authorization`, so the facade answers as the caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../examples/gateways/demo.js';
import { startFederationGateway } from '../examples/gateways/federation.js';
import { postGraphQL } from '../examples/gateways/http.js';
import type { Served } from '../examples/gateways/http.js';
import { startReviews } from '../examples/gateways/reviews.js';
import { startStitchingGateway } from '../examples/gateways/stitching.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { NODE_TYPES } from '../src/graphql/identity.js';
import { TEST_KEY, dataOf, startFacade, startHarness } from './helpers/harness.js';
import type { Harness } from './helpers/harness.js';
import { createAssistant } from './helpers/kit.js';
import { graphql } from './graphql/generated/gql.js';

const AS_CALLER = `Bearer ${TEST_KEY}`;
/** A key with no objects of its own: the facade gives it empty lists. */
const AS_STRANGER = 'Bearer sk-test-someone-else';

let harness: Harness;
let reviews: Served;
let facadeEndpoint: string;
let assistant: { id: string; name: string | null; model: string };

beforeAll(async () => {
  harness = await startHarness();
  facadeEndpoint = `${harness.facadeUrl}/graphql`;
  reviews = await startReviews();
  assistant = await createAssistant(harness, { model: 'gpt-4-turbo', name: 'Across' });
});
afterAll(async () => {
  await reviews?.close();
  await harness?.close();
});

describe('the facade as a federation subgraph', () => {
  it('serves its SDL at _service with every node type an entity keyed by id', async () => {
    const result = await postGraphQL<{ _service: { sdl: string } }>(facadeEndpoint, '{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    const sdl = result.data?._service.sdl ?? '';
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])');
    for (const node of NODE_TYPES) {
      expect(sdl, node.typename).toMatch(new RegExp(`type ${node.typename} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it('serves _service in production too, where introspection is off', async () => {
    const production = await startFacade(harness.v1Server.url, { facade: { production: true } });
    try {
      const sdl = await postGraphQL<{ _service: { sdl: string } }>(`${production.facadeUrl}/graphql`, '{ _service { sdl } }');
      expect(sdl.data?._service.sdl).toContain('type Assistant implements Node');
      const introspection = await postGraphQL(`${production.facadeUrl}/graphql`, '{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });

  it('resolves _entities by global ID as the caller: null for an id that does not exist or is not theirs', async () => {
    const thread = await harness.gql<{ createThread: { thread: { id: string } } }>('mutation { createThread(input: {}) { thread { id } } }');
    const threadId = thread.data?.createThread.thread.id ?? '';
    const query = `query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) { __typename ... on Assistant { name } ... on Thread { id } }
    }`;
    const representations = [
      { __typename: 'Assistant', id: assistant.id },
      { __typename: 'Thread', id: threadId },
      { __typename: 'Assistant', id: encodeGlobalId('Assistant', ['asst_doesnotexist']) },
    ];
    const mine = await harness.gql(query, { representations });
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual({
      _entities: [{ __typename: 'Assistant', name: 'Across' }, { __typename: 'Thread', id: threadId }, null],
    });
    const theirs = await harness.gql(query, { representations }, { apiKey: 'sk-test-someone-else' });
    expect(theirs.data).toEqual({ _entities: [null, null, null] });
  });

  it('says which argument is wrong for an ID of another type', async () => {
    const result = await harness.gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [{ __typename: 'Thread', id: assistant.id }] },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('`representations` must be a Thread ID');
  });
});

describe.each([
  ['Hive Gateway over the composed supergraph', (urls: { facadeUrl: string; reviewsUrl: string }) =>
    startFederationGateway([{ name: 'facade', url: urls.facadeUrl }, { name: 'reviews', url: urls.reviewsUrl }])],
  ['a stitched gateway over buildHTTPExecutor', (urls: { facadeUrl: string; reviewsUrl: string }) => startStitchingGateway(urls)],
])('%s', (_name, start) => {
  let gateway: Served;
  beforeAll(async () => {
    gateway = await start({ facadeUrl: facadeEndpoint, reviewsUrl: reviews.url });
  });
  afterAll(() => gateway?.close());

  it('answers queries that cross both services, as the caller', async () => {
    const result = await demo(gateway.url, AS_CALLER);
    const across = { id: assistant.id, name: 'Across', rating: 5 };
    expect(result.rated).toEqual(across);
    expect(result.assistants).toEqual([{ ...across, model: 'gpt-4-turbo' }]);
    expect(result.topRated).toContainEqual(across);
  });

  it('forwards each caller’s Authorization: another key sees none of these assistants', async () => {
    const result = await postGraphQL<{ assistants: { nodes: unknown[] } }>(
      gateway.url,
      '{ assistants(first: 5) { nodes { id name rating } } }',
      {},
      AS_STRANGER,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.assistants.nodes).toEqual([]);
  });

  it('streams a run(id) subscription through to its end, with fields of both services, as the caller', async () => {
    const run = dataOf(
      await harness.gql(graphql(`mutation GatewaysRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }`), {
        input: { assistantId: assistant.id, messages: [{ content: 'hello through the gateway' }] },
      }),
    ).createThreadAndRun.run;
    const subscription = `subscription GatewaysFollow($id: ID!) { run(id: $id) { status assistant { name rating } } }`;
    const events = await subscribeThrough(gateway.url, subscription, { id: run.id }, AS_CALLER);
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toEqual({ data: { run: { status: 'COMPLETED', assistant: { name: 'Across', rating: 5 } } } });
    const stranger = await subscribeThrough(gateway.url, subscription, { id: run.id }, AS_STRANGER);
    expect(stranger).toHaveLength(1);
    expect(stranger[0]?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

interface StreamedResult {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A subscription over GraphQL over SSE (distinct connections): its results, once the stream completes. */
async function subscribeThrough(url: string, query: string, variables: Record<string, unknown>, authorization: string): Promise<StreamedResult[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await response.text();
  expect(text).toMatch(/event: complete\n/);
  return [...text.matchAll(/event: next\ndata: (.*)\n/g)].map((match) => JSON.parse(match[1] ?? 'null') as StreamedResult);
}
