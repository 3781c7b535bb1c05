/**
 * Per-user ownership in `jwt` mode, over real HTTP and WebSocket with real signed tokens: a thread
 * (with its messages, runs and steps) is its creator's alone, and another user's thread is exactly
 * like one that does not exist, on every operation and every transport; assistants are shared,
 * and only an admin changes them; the owner tag is hidden from answers and reserved in inputs.
 */
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtAuthenticator } from '../../src/auth/authenticate.js';
import { dataOf, startFacade, startHarness } from '../helpers/harness.js';
import type { Harness } from '../helpers/harness.js';
import { defined, runReaches } from '../helpers/kit.js';
import { subscribe } from '../helpers/sse-client.js';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { graphql } from '../graphql/generated/gql.js';
import { ADMIN_ROLE, AUDIENCE, ISSUER, startIdentityProvider } from './identity-provider.js';
import type { IdentityProvider } from './identity-provider.js';

const CREATE_ASSISTANT = graphql(`mutation OwnCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }`);
const UPDATE_ASSISTANT = graphql(`mutation OwnUpdateAssistant($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { id name } } }`);
const DELETE_ASSISTANT = graphql(`mutation OwnDeleteAssistant($input: DeleteAssistantInput!) { deleteAssistant(input: $input) { deletedAssistantId } }`);
const CREATE_ASSISTANT_FILE = graphql(`mutation OwnCreateAssistantFile($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }`);
const DELETE_ASSISTANT_FILE = graphql(`mutation OwnDeleteAssistantFile($input: DeleteAssistantFileInput!) { deleteAssistantFile(input: $input) { deletedAssistantFileId } }`);
const ASSISTANT = graphql(`query OwnAssistant($id: ID!) { assistant(id: $id) { id } }`);
const CREATE_THREAD = graphql(`
  mutation OwnCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) { thread { id openaiId metadata messages { nodes { id } } } }
  }
`);
const UPDATE_THREAD = graphql(`mutation OwnUpdateThread($input: UpdateThreadInput!) { updateThread(input: $input) { thread { id metadata } } }`);
const DELETE_THREAD = graphql(`mutation OwnDeleteThread($input: DeleteThreadInput!) { deleteThread(input: $input) { deletedThreadId } }`);
const CREATE_MESSAGE = graphql(`mutation OwnCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id } } }`);
const UPDATE_MESSAGE = graphql(`mutation OwnUpdateMessage($input: UpdateMessageInput!) { updateMessage(input: $input) { message { id } } }`);
const CREATE_RUN = graphql(`mutation OwnCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }`);
const UPDATE_RUN = graphql(`mutation OwnUpdateRun($input: UpdateRunInput!) { updateRun(input: $input) { run { id } } }`);
const CANCEL_RUN = graphql(`mutation OwnCancelRun($input: CancelRunInput!) { cancelRun(input: $input) { run { id } } }`);
const SUBMIT_OUTPUTS = graphql(`mutation OwnSubmitOutputs($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { id } } }`);
const LOOKUPS = graphql(`
  query OwnLookups($thread: ID!, $raw: ID!, $message: ID!, $run: ID!) {
    node(id: $thread) { id }
    nodes(ids: [$thread, $message, $run]) { id }
    thread(id: $raw) { id activeRun { id } runs { nodes { id } } }
  }
`);
const FOLLOW_RUN = graphql(`subscription OwnFollowRun($id: ID!) { run(id: $id) { id status } }`);
const RUN_EVENTS = graphql(`subscription OwnRunEvents($input: CreateRunInput!) { runEvents(input: $input) { event } }`);
const THREAD_AND_RUN_EVENTS = graphql(`
  subscription OwnThreadAndRunEvents($input: CreateThreadAndRunInput!) {
    threadAndRunEvents(input: $input) { event ... on ThreadCreatedEvent { thread { metadata } } }
  }
`);
const VIEWER_THREADS = graphql(`query OwnViewerThreads { viewer { subject threads(first: 50) { nodes { id } } } }`);
const NODE = graphql(`query OwnNode($id: ID!) { node(id: $id) { id } }`);

let idp: IdentityProvider;
let harness: Harness;
let assistantId: string;
const tokens: Record<'alice' | 'bob' | 'dave' | 'admin', string> = { alice: '', bob: '', dave: '', admin: '' };

beforeAll(async () => {
  idp = await startIdentityProvider();
  harness = await startHarness({
    client: { apiKey: 'sk-server-OWNERSHIP' },
    facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE, ownerSecret: 'owner-secret' }) },
  });
  tokens.alice = await idp.token('alice');
  tokens.bob = await idp.token('bob');
  tokens.dave = await idp.token('dave');
  tokens.admin = await idp.token('admin', { claims: { roles: [ADMIN_ROLE] } });
  assistantId = dataOf(await harness.gql(CREATE_ASSISTANT, { input: { model: 'gpt-4-turbo', name: 'Shared' } }, { apiKey: tokens.admin })).createAssistant.assistant.id;
});
afterAll(async () => {
  await harness.close();
  await idp.close();
});

/** The thread as the upstream stores it (the facade's own view hides the owner tag). */
async function upstreamThread(openaiId: string): Promise<{ metadata: Record<string, string> }> {
  const response = await fetch(`${harness.v1Server.url}/threads/${openaiId}`, { headers: { authorization: 'Bearer sk-server-OWNERSHIP', 'openai-beta': 'assistants=v1' } });
  return (await response.json()) as { metadata: Record<string, string> };
}

/** A user's thread with a message and a completed run. */
async function threadOf(user: keyof typeof tokens): Promise<{ id: string; openaiId: string; messageId: string; runId: string }> {
  const thread = dataOf(await harness.gql(CREATE_THREAD, { input: { messages: [{ content: `${user} says hi` }] } }, { apiKey: tokens[user] })).createThread.thread;
  const run = dataOf(await harness.gql(CREATE_RUN, { input: { threadId: thread.id, assistantId } }, { apiKey: tokens[user] })).createRun.run;
  await runReaches(harness, run.openaiId, ['COMPLETED']);
  return { id: thread.id, openaiId: thread.openaiId, messageId: defined(thread.messages.nodes[0], 'the first message').id, runId: run.id };
}

describe('assistants', () => {
  it('are read by every user and changed only by an admin (FORBIDDEN otherwise)', async () => {
    const asBob = { apiKey: tokens.bob };
    expect(dataOf(await harness.gql(ASSISTANT, { id: assistantId }, asBob)).assistant?.id).toBe(assistantId);
    harness.v1Server.stats.reset();
    const refusals = await Promise.all([
      harness.gql(CREATE_ASSISTANT, { input: { model: 'gpt-4-turbo' } }, asBob),
      harness.gql(UPDATE_ASSISTANT, { input: { id: assistantId, name: 'Mine now' } }, asBob),
      harness.gql(DELETE_ASSISTANT, { input: { id: assistantId } }, asBob),
      harness.gql(CREATE_ASSISTANT_FILE, { input: { assistantId, fileId: 'file-abc123' } }, asBob),
      harness.gql(DELETE_ASSISTANT_FILE, { input: { assistantId, fileId: 'file-abc123' } }, asBob),
    ]);
    expect(refusals.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(harness.upstreamRequests().filter((request) => request.method !== 'GET')).toHaveLength(0);
    const renamed = await harness.gql(UPDATE_ASSISTANT, { input: { id: assistantId, name: 'Shared' } }, { apiKey: tokens.admin });
    expect(dataOf(renamed).updateAssistant.assistant.name).toBe('Shared');
  });
});

describe('the owner tag', () => {
  it('is kept upstream, hidden from answers, and survives metadata updates', async () => {
    const created = dataOf(await harness.gql(CREATE_THREAD, { input: { metadata: { topic: 'a' } } }, { apiKey: tokens.alice })).createThread.thread;
    expect(created.metadata).toEqual({ topic: 'a' });
    const owner = (await upstreamThread(created.openaiId)).metadata['_owner'];
    expect(owner).toMatch(/^[0-9a-f]{64}$/);
    const updated = dataOf(await harness.gql(UPDATE_THREAD, { input: { id: created.id, metadata: { topic: 'b' } } }, { apiKey: tokens.alice }));
    expect(updated.updateThread.thread.metadata).toEqual({ topic: 'b' });
    expect((await upstreamThread(created.openaiId)).metadata).toEqual({ topic: 'b', _owner: owner });
  });

  it('is reserved in inputs, and a user’s thread metadata has 15 pairs at most', async () => {
    const reserved = await harness.gql(CREATE_THREAD, { input: { metadata: { _owner: 'me' } } }, { apiKey: tokens.alice });
    expect(reserved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metadata' });
    const many = Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`k${index}`, 'v']));
    const tooMany = await harness.gql(CREATE_THREAD, { input: { metadata: many } }, { apiKey: tokens.alice });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metadata' });
    expect(tooMany.errors?.[0]?.message).toContain('the limit is 15');
  });

  it('is left out of the thread a stream carries (thread.created)', async () => {
    const stream = subscribe(harness.facadeUrl, THREAD_AND_RUN_EVENTS, { input: { assistantId, threadMetadata: { topic: 'streamed' }, messages: [{ content: 'hi' }] } }, { apiKey: tokens.alice });
    const results = await stream.collect();
    const created = results.map((result) => result.data?.threadAndRunEvents).find((event) => event?.event === 'thread.created');
    expect(created && 'thread' in created ? created.thread.metadata : null).toEqual({ topic: 'streamed' });
  });
});

describe('two users at once', () => {
  it('each sees their own thread, and the other’s is null in lookups and NOT_FOUND in every mutation and subscription', async () => {
    const [alices, bobs] = await Promise.all([threadOf('alice'), threadOf('bob')]);
    const check = async (user: 'alice' | 'bob', own: typeof alices, other: typeof alices): Promise<void> => {
      const as = { apiKey: tokens[user] };
      const mine = dataOf(await harness.gql(LOOKUPS, { thread: own.id, raw: own.openaiId, message: own.messageId, run: own.runId }, as));
      expect(mine.node?.id).toBe(own.id);
      expect(mine.nodes.map((node) => node?.id)).toEqual([own.id, own.messageId, own.runId]);
      expect(mine.thread?.runs.nodes.map((run) => run.id)).toEqual([own.runId]);
      const theirs = dataOf(await harness.gql(LOOKUPS, { thread: other.id, raw: other.openaiId, message: other.messageId, run: other.runId }, as));
      expect(theirs).toEqual({ node: null, nodes: [null, null, null], thread: null });

      const mutations = await Promise.all([
        harness.gql(UPDATE_THREAD, { input: { id: other.id, metadata: { taken: 'yes' } } }, as),
        harness.gql(DELETE_THREAD, { input: { id: other.id } }, as),
        harness.gql(CREATE_MESSAGE, { input: { threadId: other.id, content: 'intrusion' } }, as),
        harness.gql(UPDATE_MESSAGE, { input: { id: other.messageId, metadata: { taken: 'yes' } } }, as),
        harness.gql(CREATE_RUN, { input: { threadId: other.id, assistantId } }, as),
        harness.gql(UPDATE_RUN, { input: { id: other.runId, metadata: { taken: 'yes' } } }, as),
        harness.gql(CANCEL_RUN, { input: { id: other.runId } }, as),
        harness.gql(SUBMIT_OUTPUTS, { input: { runId: other.runId, toolOutputs: [{ toolCallId: 'call_1', output: 'x' }] } }, as),
      ]);
      expect(mutations.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(Array(8).fill('NOT_FOUND'));

      const followed = await subscribe(harness.facadeUrl, FOLLOW_RUN, { id: other.runId }, as).collect();
      expect(followed[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const streamed = await subscribe(harness.facadeUrl, RUN_EVENTS, { input: { threadId: other.id, assistantId } }, as).collect();
      expect(streamed[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    };
    await Promise.all([check('alice', alices, bobs), check('bob', bobs, alices)]);
    // Nothing the other tried changed either thread.
    expect((await upstreamThread(alices.openaiId)).metadata['taken']).toBeUndefined();
    expect(dataOf(await harness.gql(NODE, { id: alices.id }, { apiKey: tokens.alice })).node?.id).toBe(alices.id);
  });

  it('on every transport: POST, GET, SSE and graphql-ws', async () => {
    const alices = await threadOf('alice');
    const query = NODE.toString();
    const viaPost = async (token: string) => (await harness.gql(NODE, { id: alices.id }, { apiKey: token })).data?.node ?? null;
    const viaGet = async (token: string) => {
      const url = `${harness.facadeUrl}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id: alices.id }))}`;
      const body = (await (await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } })).json()) as { data?: { node: unknown } };
      return body.data?.node ?? null;
    };
    const viaSse = async (token: string) => (await subscribe(harness.facadeUrl, NODE, { id: alices.id }, { apiKey: token }).collect())[0]?.data?.node ?? null;
    const viaWs = async (token: string) => {
      const client = createWsClient({ url: `${harness.facadeUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      try {
        const results: { data?: { node: unknown } | null; errors?: readonly { extensions?: Record<string, unknown> }[] }[] = [];
        for await (const result of client.iterate({ query, variables: { id: alices.id } })) results.push(result as never);
        const followed: typeof results = [];
        for await (const result of client.iterate({ query: FOLLOW_RUN.toString(), variables: { id: alices.runId } })) followed.push(result as never);
        return { node: results[0]?.data?.node ?? null, follow: followed[0]?.errors?.[0]?.extensions?.['code'] ?? 'followed' };
      } finally {
        await client.dispose();
      }
    };
    for (const via of [viaPost, viaGet, viaSse]) {
      expect(await via(tokens.alice)).toEqual({ id: alices.id });
      expect(await via(tokens.bob)).toBeNull();
    }
    expect(await viaWs(tokens.alice)).toEqual({ node: { id: alices.id }, follow: 'followed' });
    expect(await viaWs(tokens.bob)).toEqual({ node: null, follow: 'NOT_FOUND' });
  });
});

describe('viewer.threads (needs the built-in server’s GET /v1/threads)', () => {
  it('lists only the caller’s own threads, newest first; a user without threads gets none', async () => {
    const first = await threadOf('alice');
    const second = await threadOf('alice');
    const bobs = await threadOf('bob');
    const alice = dataOf(await harness.gql(VIEWER_THREADS, {}, { apiKey: tokens.alice })).viewer;
    const ids = alice.threads.nodes.map((thread) => thread.id);
    expect(alice.subject).toBe('alice');
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids).toContain(first.id);
    expect(ids).not.toContain(bobs.id);
    expect(dataOf(await harness.gql(VIEWER_THREADS, {}, { apiKey: tokens.dave })).viewer.threads.nodes).toEqual([]);
  });
});

describe('viewer.threads over an upstream without a list of threads (as OpenAI’s v1)', () => {
  it('asks for the user’s own threads only, and says plainly that the upstream cannot list them', async () => {
    const upstream = await FakeUpstream.start();
    const facade = await startFacade(upstream.url, {
      client: { apiKey: 'sk-server-FAKE' },
      facade: { auth: jwtAuthenticator({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', adminRole: ADMIN_ROLE }) },
    });
    try {
      upstream.reply({ status: 404, json: { error: { message: 'Invalid URL (GET /v1/threads)', type: 'invalid_request_error' } } });
      const answer = await facade.gql(VIEWER_THREADS, {}, { apiKey: tokens.alice });
      expect(answer.errors?.[0]).toMatchObject({ path: ['viewer', 'threads'], extensions: { code: 'UPSTREAM_ERROR' } });
      expect(answer.errors?.[0]?.message).toContain('no list of threads');
      expect(upstream.only()).toMatchObject({ method: 'GET', query: { order: 'desc', 'metadata[_owner]': expect.stringMatching(/^[0-9a-f]{64}$/) } });
    } finally {
      await facade.close();
      await upstream.close();
    }
  });
});
