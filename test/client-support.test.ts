/**
 * The client support files codegen writes into `schema/` (codegen.ts; `test/schema.test.ts` keeps
 * them current), used as README's Frontends section shows:
 * - `possible-types.json`, Apollo Client's `possibleTypes`: checked against the schema (Apollo
 *   Client itself is not a dependency here);
 * - `graphcache-schema.json`, urql graphcache's `schema`: used by a real urql client over HTTP,
 *   with `relayPagination`, and with the CSRF rule for GET queries.
 */
import { Client, CombinedError, fetchExchange, gql } from '@urql/core';
import type { AnyVariables, ClientOptions, TypedDocumentNode } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { isAbstractType } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import graphcacheSchema from '../schema/graphcache-schema.json' with { type: 'json' };
import possibleTypes from '../schema/possible-types.json' with { type: 'json' };
import { schema } from '../src/graphql/schema.js';
import { gqlClient, startFacade, startHarness } from './helpers/harness.js';
import type { FacadeHandle, Harness } from './helpers/harness.js';
import { createAssistant } from './helpers/kit.js';
import { graphql } from './graphql/generated/gql.js';
import type { TypedDocumentString } from './graphql/generated/graphql.js';

describe('schema/possible-types.json (Apollo Client possibleTypes)', () => {
  const listed: Record<string, string[]> = possibleTypes.possibleTypes;

  it('lists every interface and union of the schema with exactly its implementations', () => {
    const expected = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isAbstractType)
        .filter((type) => !type.name.startsWith('__'))
        .map((type) => [type.name, schema.getPossibleTypes(type).map((possible) => possible.name).sort()]),
    );
    expect(listed).toEqual(expected);
  });

  it('covers the abstract types clients select fragments on', () => {
    expect(listed['Tool']).toEqual(['CodeInterpreterTool', 'FunctionTool', 'RetrievalTool']);
    expect(listed['Node']).toEqual(['Assistant', 'AssistantFile', 'File', 'Message', 'MessageFile', 'Run', 'RunStep', 'Thread']);
    expect(listed['RunEvent']).toEqual([
      'DoneEvent',
      'MessageDeltaEvent',
      'MessageEvent',
      'RunStatusEvent',
      'RunStepDeltaEvent',
      'RunStepEvent',
      'StreamErrorEvent',
      'ThreadCreatedEvent',
      'UnknownRunEvent',
    ]);
    expect(listed['MessageContent']).toEqual(['ImageFileContent', 'TextContent']);
    expect(listed['StepDetails']).toEqual(['MessageCreationStepDetails', 'ToolCallsStepDetails']);
  });
});

/** Object types without an `id` are embedded in their parent: said once here, graphcache does not warn about each. */
const roots = [graphcacheSchema.__schema.queryType.name, graphcacheSchema.__schema.mutationType.name, graphcacheSchema.__schema.subscriptionType.name];
const embedded: KeyingConfig = Object.fromEntries(
  graphcacheSchema.__schema.types
    .filter((type) => type.kind === 'OBJECT' && !roots.includes(type.name) && !type.fields?.some((field) => field.name === 'id'))
    .map((type) => [type.name, () => null]),
);

/** A test's typed document (string mode) as the DocumentNode urql takes. */
const urqlDocument = <Result, Variables extends AnyVariables>(document: TypedDocumentString<Result, Variables>): TypedDocumentNode<Result, Variables> =>
  gql<Result, Variables>(document.toString());

const ASSISTANT_TOOLS = urqlDocument(
  graphql(`
    query ClientsAssistantTools($id: ID!) {
      assistant(id: $id) {
        id
        tools {
          ... on FunctionTool { function { name } }
          ... on Tool { type }
        }
      }
    }
  `),
);

const ASSISTANTS_PAGE = urqlDocument(
  graphql(`
    query ClientsAssistantsPage($first: Int!, $after: String) {
      assistants(first: $first, after: $after, order: ASC) {
        edges { cursor node { id name } }
        nodes { id name }
        pageInfo { hasNextPage endCursor }
      }
    }
  `),
);

/** Each scenario in its own key's scope, so the lists hold exactly what it created. */
const KEY = 'sk-test-clients-graphcache';

describe('schema/graphcache-schema.json with urql graphcache, over HTTP', () => {
  let harness: Harness;
  /** A facade with a server key of its own, so a request without `Authorization` is served as it. */
  let keyed: FacadeHandle;
  const names = ['Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5'];

  beforeAll(async () => {
    harness = await startHarness();
    keyed = await startFacade(harness.v1Server.url, { client: { apiKey: KEY } });
    const gqlAsKey = gqlClient(harness.facadeUrl, KEY);
    for (const name of names) await createAssistant({ gql: gqlAsKey }, { name, tools: [{ type: 'FUNCTION', function: { name: 'get_weather' } }] });
  });

  afterAll(async () => {
    await keyed?.close();
    await harness?.close();
  });

  // Graphcache warns in development when it has to guess: a fragment on an interface it cannot
  // check without the schema ("Heuristic Fragment Matching"), an object without a key.
  let warnings: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warnings = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    expect(warnings.mock.calls).toEqual([]);
    warnings.mockRestore();
  });

  /** urql with graphcache as README shows it: the generated schema, relayPagination on `assistants`. */
  function urqlClient(url: string, options: Partial<ClientOptions> = {}): Client {
    return new Client({
      url: `${url}/graphql`,
      exchanges: [
        cacheExchange({
          schema: graphcacheSchema,
          keys: embedded,
          resolvers: { Query: { assistants: relayPagination() } },
        }),
        fetchExchange,
      ],
      ...options,
    });
  }

  const withKey = { fetchOptions: { headers: { authorization: `Bearer ${KEY}` } } };

  it('keeps `type` selected through `... on Tool` on a FunctionTool, from the network and from the cache, without guessing', async () => {
    const client = urqlClient(harness.facadeUrl, withKey);
    const page = await client.query(ASSISTANTS_PAGE, { first: 1 }).toPromise();
    const id = page.data?.assistants.nodes[0]?.id ?? '';

    const fetched = await client.query(ASSISTANT_TOOLS, { id }).toPromise();
    expect(fetched.error).toBeUndefined();
    const expected = [{ function: { name: 'get_weather' }, type: 'FUNCTION' }];
    expect(fetched.data?.assistant?.tools).toEqual(expected);

    const cached = await client.query(ASSISTANT_TOOLS, { id }, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data?.assistant?.tools).toEqual(expected);
  });

  it('merges the pages of `assistants(first:, after:)` into one list with relayPagination', async () => {
    const client = urqlClient(harness.facadeUrl, withKey);
    const first = await client.query(ASSISTANTS_PAGE, { first: 2 }).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data?.assistants.nodes.map((node) => node.name)).toEqual(['Page 1', 'Page 2']);

    const second = await client.query(ASSISTANTS_PAGE, { first: 2, after: first.data?.assistants.pageInfo.endCursor }).toPromise();
    expect(second.data?.assistants.nodes.map((node) => node.name)).toEqual(['Page 1', 'Page 2', 'Page 3', 'Page 4']);
    expect(second.data?.assistants.edges.map((edge) => edge.node.name)).toEqual(['Page 1', 'Page 2', 'Page 3', 'Page 4']);

    const third = await client.query(ASSISTANTS_PAGE, { first: 2, after: second.data?.assistants.pageInfo.endCursor }).toPromise();
    expect(third.data?.assistants.nodes.map((node) => node.name)).toEqual(names);
    expect(third.data?.assistants.pageInfo.hasNextPage).toBe(false);
  });

  it('sends queries as GET by default, which CSRF prevention refuses without Authorization or x-graphql-yoga-csrf', async () => {
    const refused = await urqlClient(keyed.facadeUrl).query(ASSISTANTS_PAGE, { first: 1 }).toPromise();
    expect(refused.error).toBeInstanceOf(CombinedError);
    expect(refused.error?.response).toEqual(expect.objectContaining({ status: 403 }));
    expect(refused.error?.message).toMatch(/CSRF/);

    // Either POST the queries...
    const posted = await urqlClient(keyed.facadeUrl, { preferGetMethod: false }).query(ASSISTANTS_PAGE, { first: 1 }).toPromise();
    expect(posted.error).toBeUndefined();
    expect(posted.data?.assistants.nodes.map((node) => node.name)).toEqual(['Page 1']);

    // ...or send the header with every request (a browser then sends a CORS preflight cross-origin).
    const header = { fetchOptions: { headers: { 'x-graphql-yoga-csrf': '1' } } };
    const got = await urqlClient(keyed.facadeUrl, header).query(ASSISTANTS_PAGE, { first: 1 }).toPromise();
    expect(got.error).toBeUndefined();
    expect(got.data?.assistants.nodes.map((node) => node.name)).toEqual(['Page 1']);
  });
});
