/**
 * Restart recovery on every store the suite runs on: a v1 server is closed with runs in flight and
 * another one starts on the same store, its clock injected. A run still `queued` starts; a run
 * already past `expires_at` expires before the new server answers; a run waiting for tool outputs
 * keeps waiting, and expires when the clock reaches its `expires_at`, with nobody asking.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant, ListPage, Message, Run, Thread } from '../../src/v1/schemas.js';
import { openStore, scopeOf } from '../../src/v1-server/index.js';
import type { Store } from '../../src/v1-server/index.js';
import { createRestAssistant, settled } from '../helpers/kit.js';
import { testDatabaseUrl } from '../helpers/database.js';
import { startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

const weatherTool = { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } };
/** Where the runs of the helpers' default key (`sk-test-a`) are stored. */
const SCOPE = scopeOf('sk-test-a');
/** A step delay no test waits out: a run created under it stays `queued` until its server closes. */
const NEVER_MS = 3_600_000;

const servers: TestV1Server[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.v1Server.close();
  for (const store of stores.splice(0)) await store.close();
});

async function sharedStore(): Promise<Store> {
  const store = await openStore(await testDatabaseUrl());
  stores.push(store);
  return store;
}

async function start(store: Store, options: { stepDelayMs: number; clock?: () => number }): Promise<TestV1Server> {
  const server = await startTestV1Server({ store, ...options });
  servers.push(server);
  return server;
}

/** Closes the first server (its store stays open, as the process's file or database would stay). */
async function stop(server: TestV1Server): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.v1Server.close();
}

async function startRun(api: Api, assistant: Assistant, content: string): Promise<Run> {
  const thread = (await api.post<Thread>('/threads', { messages: [{ role: 'user', content }] })).body;
  const response = await api.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistant.id });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const expiresAtMs = (run: Run): number => {
  if (run.expires_at == null) throw new Error(`Run ${run.id} has no expires_at.`);
  return run.expires_at * 1000;
};

describe('restart recovery', () => {
  it('starts a run that was still queued when the server stopped, once', async () => {
    const store = await sharedStore();
    const before = await start(store, { stepDelayMs: NEVER_MS });
    const assistant = await createRestAssistant(before.api(), { model: 'gpt-4' });
    const queued = await startRun(before.api(), assistant, 'still there?');
    expect(queued.status).toBe('queued');
    await stop(before);
    expect((await store.runs.get(SCOPE, queued.thread_id, queued.id))?.status).toBe('queued');

    const after = await start(store, { stepDelayMs: 2 });
    const completed = await after.events.run(queued.id, (run) => run.status === 'completed');
    expect(completed.started_at).toEqual(expect.any(Number));
    const messages = (await after.api().get<ListPage<Message>>(`/threads/${queued.thread_id}/messages?order=asc`)).body.data;
    expect(messages.map((message) => [message.role, message.content[0]?.type === 'text' ? message.content[0].text.value : ''])).toEqual([
      ['user', 'still there?'],
      ['assistant', 'You said: still there?'],
    ]);
  });

  it('expires the runs already past expires_at before the new server answers', async () => {
    const store = await sharedStore();
    const before = await start(store, { stepDelayMs: 2 });
    const assistant = await createRestAssistant(before.api(), { model: 'gpt-4', tools: [weatherTool] });
    const waiting = await before.events.run((await startRun(before.api(), assistant, 'call get_weather({})')).id, settled);
    expect(waiting.status).toBe('requires_action');
    await stop(before);
    const queuedServer = await start(store, { stepDelayMs: NEVER_MS });
    const queued = await startRun(queuedServer.api(), assistant, 'hello');
    await stop(queuedServer);

    const late = Math.max(expiresAtMs(waiting), expiresAtMs(queued));
    const after = await start(store, { stepDelayMs: 2, clock: () => late });
    // Read from the store, not the API (whose reads expire overdue runs themselves): recovery did it.
    for (const run of [waiting, queued]) {
      expect(await store.runs.get(SCOPE, run.thread_id, run.id), run.id).toMatchObject({ status: 'expired', expires_at: null, required_action: null });
    }
    const [toolCalls] = await store.steps.list(SCOPE, waiting.id);
    expect(toolCalls).toMatchObject({ type: 'tool_calls', status: 'expired', expired_at: Math.floor(late / 1000) });
    const messages = (await after.api().get<ListPage<Message>>(`/threads/${queued.thread_id}/messages`)).body.data;
    expect(messages.map((message) => message.role)).toEqual(['user']);
  });

  it('keeps a run waiting for tool outputs across a restart, and expires it when the clock reaches its expires_at', async () => {
    const store = await sharedStore();
    const before = await start(store, { stepDelayMs: 2 });
    const assistant = await createRestAssistant(before.api(), { model: 'gpt-4', tools: [weatherTool] });
    const waiting = await before.events.run((await startRun(before.api(), assistant, 'call get_weather({})')).id, settled);
    expect(waiting.status).toBe('requires_action');
    await stop(before);

    let now = expiresAtMs(waiting) - 200;
    const after = await start(store, { stepDelayMs: 2, clock: () => now });
    const read = await after.api().get<Run>(`/threads/${waiting.thread_id}/runs/${waiting.id}`);
    expect(read.body).toMatchObject({ status: 'requires_action', expires_at: waiting.expires_at });
    now = expiresAtMs(waiting);
    // No request from here on: the restarted server's own watch ends the run.
    const expired = await after.events.run(waiting.id, (run) => run.status === 'expired');
    expect(expired).toMatchObject({ expires_at: null, required_action: null });
    // Ended at its time: the step it waited in expired at the run's expires_at.
    const [toolCalls] = await store.steps.list(SCOPE, waiting.id);
    expect(toolCalls).toMatchObject({ type: 'tool_calls', status: 'expired', expired_at: waiting.expires_at });
  });
});
