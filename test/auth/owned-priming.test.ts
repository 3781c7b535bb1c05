/**
 * The loaders of a `jwt` user are primed with what the user's view answers, never with the other
 * users' threads that the owner check reads through the same upstream view: a thread refused once
 * stays refused when a later link would find it in the loader cache.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userCaller } from '../../src/auth/caller.js';
import { openOwnedApi } from '../../src/auth/owned-api.js';
import { createContext } from '../../src/graphql/context.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { MESSAGE, THREAD } from '../../src/graphql/identity.js';
import { RunFollowers } from '../../src/graphql/subscriptions/run-followers.js';
import { UpstreamClient } from '../../src/openai/client.js';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { list, message, thread } from '../openai/fixtures.js';

const alice = userCaller('https://idp.example', 'alice', false, 'secret');
const bob = userCaller('https://idp.example', 'bob', false, 'secret');
const alicesThread = { ...thread, id: 'thread_alice', metadata: { _owner: alice.owner } };
const bobsThread = { ...thread, id: 'thread_bob', metadata: { _owner: bob.owner } };
const bobsMessage = { ...message, id: 'msg_bob', thread_id: 'thread_bob' };
const alicesMessage = { ...message, id: 'msg_alice', thread_id: 'thread_alice' };

let fake: FakeUpstream;
let client: UpstreamClient;

beforeAll(async () => {
  fake = await FakeUpstream.start();
  client = new UpstreamClient({ baseUrl: fake.url, maxRetries: 0 });
});
afterAll(async () => {
  await client.close();
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.route((hit) => {
    if (hit.path === '/v1/threads/thread_alice') return { json: alicesThread };
    if (hit.path === '/v1/threads/thread_bob') return { json: bobsThread };
    if (hit.path === '/v1/threads/thread_bob/messages') return { json: list([bobsMessage]) };
    if (hit.path === '/v1/threads/thread_alice/messages') return { json: list([alicesMessage]) };
    return { status: 404, json: { error: { message: 'Not found.', type: 'invalid_request_error' } } };
  });
});

/** Bob's request context, its views made as the server makes them in `jwt` mode. */
function bobsContext(): GraphQLContext {
  const signal = new AbortController().signal;
  return createContext({
    caller: bob,
    openUpstream: (viewSignal, onAnswer) => openOwnedApi((observer) => client.forRequest({}, viewSignal, 4, undefined, observer), bob, onAnswer),
    deadline: signal,
    signal,
    followers: new RunFollowers(),
    logger: pino({ level: 'silent' }),
  });
}

describe('a jwt user’s loaders', () => {
  it('never serve another user’s thread, however it was read', async () => {
    const ctx = bobsContext();
    expect(await ctx.loaders.load(THREAD, { id: 'thread_alice' })).toBeNull();
    // The owner check read Alice's thread; the next lookup must not find it in the cache.
    expect(await ctx.loaders.load(THREAD, { id: 'thread_alice' })).toBeNull();
    await expect(ctx.api.listMessages('thread_alice')).rejects.toMatchObject({ status: 404 });
    expect(await ctx.loaders.load(THREAD, { id: 'thread_alice' })).toBeNull();
    expect(fake.hits.filter((hit) => hit.path !== '/v1/threads/thread_alice')).toEqual([]);
  });

  it('never serve another user’s messages read alongside the owner check', async () => {
    const ctx = bobsContext();
    // The thread is new to this request: its messages are read while its owner is checked.
    await expect(ctx.api.listMessages('thread_alice')).rejects.toMatchObject({ status: 404 });
    expect(fake.hits.map((hit) => hit.path).sort()).toEqual(['/v1/threads/thread_alice', '/v1/threads/thread_alice/messages']);
    expect(await ctx.loaders.load(MESSAGE, { threadId: 'thread_alice', id: 'msg_alice' })).toBeNull();
    expect(await ctx.loaders.load(THREAD, { id: 'thread_alice' })).toBeNull();
  });

  it('are primed with what the user’s view answers', async () => {
    const ctx = bobsContext();
    await ctx.api.listMessages('thread_bob');
    const hits = fake.hits.length;
    expect(await ctx.loaders.load(THREAD, { id: 'thread_bob' })).toMatchObject({ id: 'thread_bob' });
    expect(await ctx.loaders.load(MESSAGE, { threadId: 'thread_bob', id: 'msg_bob' })).toMatchObject({ id: 'msg_bob' });
    expect(fake.hits.length).toBe(hits);
  });
});
