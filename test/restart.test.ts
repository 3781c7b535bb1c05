/**
 * Crash safety of `npm run v1-server` on a SQLite file: the process is killed with SIGKILL in the
 * middle of a streamed answer (or while a run waits for tool outputs) and started again on the
 * same file. Every write the API acknowledged is still there as it was; the half-written answer is
 * dropped and asked for again, not duplicated; a run waiting for tool outputs keeps waiting. The
 * file never holds the API key, only its SHA-256.
 *
 * A run killed while `cancelling` cannot be reached through the API reliably: with a real model the
 * step delay is 0, so a cancelled run ends `cancelled` one timer tick after the cancel is committed.
 * That case writes the state `cancel` commits (the run `cancelling`, its answer half-written)
 * with the store API into the dead process's file instead, then restarts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore, scopeOf } from '../src/v1-server/index.js';
import type { Assistant, AssistantFile, ListPage, Message, Run, RunStep, Thread } from '../src/v1/schemas.js';
import { errorReply, splitText, startFakeChatServer, textReply, toolCallReply } from './v1-server/fake-chat-server.js';
import { spawnV1Server as spawnV1ServerProcess } from './helpers/v1-server-process.js';
import type { SpawnedV1Server } from './helpers/v1-server-process.js';
import { until, uploadFile } from './helpers/kit.js';
import type { FakeChatServer, FakeReply, FakeRequest } from './v1-server/fake-chat-server.js';

const API_KEY = 'sk-restart-Secret0123456789abcdefXYZ';
const MODEL_API_KEY = 'model-key-Restart9876543210';

const children = new Set<SpawnedV1Server>();
const cleanups: Array<() => Promise<void> | void> = [];

/** The v1 server with this test's model key; killed after each test if still running. */
async function spawnV1Server(env: Record<string, string>): Promise<SpawnedV1Server> {
  const spawned = await spawnV1ServerProcess({ MODEL_API_KEY, ...env });
  children.add(spawned);
  return spawned;
}

interface Reply<T> {
  status: number;
  body: T;
}

/** Plain fetch with the headers a v1 client sends. */
function api(baseUrl: string) {
  const call = async <T>(method: string, route: string, body?: unknown): Promise<Reply<T>> => {
    const headers: Record<string, string> = { authorization: `Bearer ${API_KEY}`, 'openai-beta': 'assistants=v1' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as T };
  };
  /** A write the API acknowledged: it must have answered 200. */
  const post = async <T>(route: string, body: unknown = {}): Promise<T> => {
    const reply = await call<T>('POST', route, body);
    expect(reply.status, `POST ${route}: ${JSON.stringify(reply.body)}`).toBe(200);
    return reply.body;
  };
  const get = async <T>(route: string): Promise<T> => {
    const reply = await call<T>('GET', route);
    expect(reply.status, `GET ${route}: ${JSON.stringify(reply.body)}`).toBe(200);
    return reply.body;
  };
  return { call, post, get };
}

/** How the kit's `until` polls the v1 server process: every 20 ms, for at most 4 s. */
const PROCESS_WAIT = { timeoutMs: 4_000, intervalMs: 20 };

const textOf = (message: Message | undefined): string =>
  (message?.content ?? []).map((part) => (part.type === 'text' ? part.text.value : '')).join('');

interface ChatBody {
  messages: Array<{ role: string; content?: string | null }>;
}

function lastUserText(request: FakeRequest): string {
  const messages = (request.body as ChatBody).messages.filter((message) => message.role === 'user');
  return messages.at(-1)?.content ?? '';
}

/** The database file, its `-wal` and `-shm` when present (as left by the kill), end to end. */
function databaseBytes(file: string): Buffer {
  expect(existsSync(`${file}-wal`)).toBe(true);
  const names = readdirSync(path.dirname(file)).filter((name) => name.startsWith(path.basename(file)));
  return Buffer.concat(names.map((name) => readFileSync(path.join(path.dirname(file), name))));
}

function tempDatabase(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'v1-server-restart-'));
  cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
  return path.join(directory, 'state.sqlite');
}

async function fakeModel(reply: (request: FakeRequest) => FakeReply): Promise<FakeChatServer> {
  const fake = await startFakeChatServer({ defaultReply: reply });
  cleanups.push(() => fake.close());
  return fake;
}

afterEach(async () => {
  for (const child of [...children]) {
    await child.kill();
    children.delete(child);
  }
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('kill -9 and restart on the same database file', () => {
  it('keeps every acknowledged write and redoes the half-written answer once', async () => {
    const file = tempDatabase();
    const answer = Array.from({ length: 20 }, (_, index) => `Piece ${String(index + 1).padStart(2, '0')} of the answer. `).join('');
    const pieces = splitText(answer, 20);
    expect(pieces).toHaveLength(20);
    let slow = true;
    const usage = { prompt_tokens: 31, completion_tokens: 20 };
    const fake = await fakeModel(() => textReply(answer, { splitInto: 20, delayMs: slow ? 100 : 0, usage }));
    const env = { DATABASE_URL: `file:${file}`, MODEL_BASE_URL: fake.url };

    const first = await spawnV1Server(env);
    const before = api(first.url);

    // Acknowledged writes of every kind.
    const helper = await before.post<Assistant>('/assistants', { model: 'gpt-4', name: 'Helper', metadata: { team: 'a' } });
    const writer = await before.post<Assistant>('/assistants', { model: 'gpt-4', name: 'Writer', instructions: 'Write well.' });
    const helperUpdated = await before.post<Assistant>(`/assistants/${helper.id}`, { metadata: { team: 'b', rev: '2' }, description: 'Helps.' });
    expect(helperUpdated.metadata).toEqual({ team: 'b', rev: '2' });
    const fileId = (await uploadFile(first.url, 'notes.txt', 'Some notes.', API_KEY)).id;
    const attached = await before.post<AssistantFile>(`/assistants/${writer.id}/files`, { file_id: fileId });
    expect(attached).toMatchObject({ id: fileId, object: 'assistant.file', assistant_id: writer.id });
    const thread = await before.post<Thread>('/threads', {
      messages: [
        { role: 'user', content: 'First question.' },
        { role: 'user', content: 'With a file.', file_ids: [fileId] },
      ],
      metadata: { topic: 'fox' },
    });
    const added = await before.post<Message>(`/threads/${thread.id}/messages`, { role: 'user', content: 'Please write about the fox.' });
    const addedUpdated = await before.post<Message>(`/threads/${thread.id}/messages/${added.id}`, { metadata: { edited: 'yes' } });
    const other = await before.post<Thread>('/threads', { messages: [{ role: 'user', content: 'Another thread.' }] });
    const otherUpdated = await before.post<Thread>(`/threads/${other.id}`, { metadata: { kept: 'true' } });

    // What the API answers for each object: the run does not change these, so read them before it starts.
    const routes = [
      `/assistants/${helper.id}`,
      `/assistants/${writer.id}`,
      '/assistants',
      '/assistants?order=asc',
      `/assistants/${writer.id}/files`,
      `/assistants/${writer.id}/files/${fileId}`,
      `/threads/${thread.id}`,
      `/threads/${other.id}`,
      `/threads/${other.id}/messages`,
      `/threads/${other.id}/messages?order=asc`,
    ];
    const userMessages = (await before.get<ListPage<Message>>(`/threads/${thread.id}/messages?order=asc`)).data.filter(
      (message) => message.role === 'user',
    );
    expect(userMessages.map(textOf)).toEqual(['First question.', 'With a file.', 'Please write about the fox.']);
    for (const message of userMessages) {
      routes.push(`/threads/${thread.id}/messages/${message.id}`, `/threads/${thread.id}/messages/${message.id}/files`);
    }
    const snapshot = new Map<string, unknown>();
    for (const route of routes) snapshot.set(route, await before.get(route));

    // The acknowledged answers are what the GETs show.
    expect(snapshot.get(`/assistants/${helper.id}`)).toEqual(helperUpdated);
    expect(snapshot.get(`/assistants/${writer.id}/files/${fileId}`)).toEqual(attached);
    expect(snapshot.get(`/assistants/${writer.id}`)).toEqual({ ...writer, file_ids: [fileId] });
    expect(snapshot.get(`/threads/${other.id}`)).toEqual(otherUpdated);
    expect(snapshot.get(`/threads/${thread.id}/messages/${added.id}`)).toEqual(addedUpdated);

    const run = await before.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: writer.id, metadata: { attempt: '1' } });
    const runUpdated = await before.post<Run>(`/threads/${thread.id}/runs/${run.id}`, { metadata: { attempt: '1', tagged: 'yes' } });
    expect(runUpdated.metadata).toEqual({ attempt: '1', tagged: 'yes' });

    // Wait until the answer is being written, then kill the process mid-stream.
    const partial = await until(
      () => before.get<ListPage<Message>>(`/threads/${thread.id}/messages?run_id=${run.id}`),
      (page) => textOf(page.data[0]) !== '',
      'the first streamed text',
      PROCESS_WAIT,
    );
    const halfWritten = partial.data[0];
    expect(halfWritten?.status).toBe('in_progress');
    expect(answer.startsWith(textOf(halfWritten))).toBe(true);
    expect(textOf(halfWritten).length).toBeLessThan(answer.length);

    // The run as the API shows it just before the kill.
    const runBefore = await before.get<Run>(`/threads/${thread.id}/runs/${run.id}`);
    expect(runBefore.status).toBe('in_progress');
    const stepsBefore = await before.get<ListPage<RunStep>>(`/threads/${thread.id}/runs/${run.id}/steps`);
    expect(stepsBefore.data.map((step) => [step.type, step.status])).toEqual([['message_creation', 'in_progress']]);
    expect(runBefore.metadata).toEqual(runUpdated.metadata);

    const requestsBefore = fake.requests.length;
    expect(requestsBefore).toBe(1);
    await first.kill();
    children.delete(first);
    expect(first.child.signalCode).toBe('SIGKILL');

    // The file holds the key's SHA-256 (the scope of every object), never the key itself.
    const bytes = databaseBytes(file);
    expect(bytes.includes(createHash('sha256').update(API_KEY).digest('hex'))).toBe(true);
    expect(bytes.includes(API_KEY)).toBe(false);
    expect(bytes.includes(API_KEY.slice(3))).toBe(false);
    expect(bytes.includes(MODEL_API_KEY)).toBe(false);

    slow = false;
    const second = await spawnV1Server(env);
    const after = api(second.url);

    // Every acknowledged object is there, as it was.
    for (const route of routes) expect(await after.get(route), route).toEqual(snapshot.get(route));

    // The run is answered again from the start, and completes with the whole text.
    const finished = await until(
      () => after.get<Run>(`/threads/${thread.id}/runs/${run.id}`),
      (current) => current.status !== 'in_progress' && current.status !== 'queued',
      'the recovered run to finish',
      PROCESS_WAIT,
    );
    expect(finished.status).toBe('completed');
    expect(finished.last_error).toBeNull();
    expect(finished.usage).toEqual({ ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens });
    // Unchanged by the restart except what completing changes (a finished run has no expires_at).
    const { status: _status, completed_at: _completedAt, usage: _usage, expires_at: _expiresAt, ...stable } = runBefore;
    expect(finished).toMatchObject(stable);
    expect(finished.expires_at).toBeNull();
    expect(finished.completed_at).toEqual(expect.any(Number));

    // The model was asked once more, with the same prompt.
    expect(fake.requests).toHaveLength(requestsBefore + 1);
    expect(fake.requests[requestsBefore]?.body).toEqual(fake.requests[0]?.body);

    // Exactly one assistant message: the half-written one is gone, its redo holds the full text.
    const messages = await after.get<ListPage<Message>>(`/threads/${thread.id}/messages?order=asc`);
    expect(messages.data.map((message) => message.role)).toEqual(['user', 'user', 'user', 'assistant']);
    expect(messages.data.slice(0, 3)).toEqual(userMessages);
    const redone = messages.data[3];
    expect(redone).toMatchObject({ status: 'completed', run_id: run.id, assistant_id: writer.id });
    expect(textOf(redone)).toBe(answer);
    expect(redone?.id).not.toBe(halfWritten?.id);
    expect((await after.call('GET', `/threads/${thread.id}/messages/${halfWritten?.id ?? ''}`)).status).toBe(404);
    const newestFirst = await after.get<ListPage<Message>>(`/threads/${thread.id}/messages`);
    expect(newestFirst.data.map((message) => message.id)).toEqual(messages.data.map((message) => message.id).reverse());

    const steps = await after.get<ListPage<RunStep>>(`/threads/${thread.id}/runs/${run.id}/steps`);
    expect(steps.data).toHaveLength(1);
    expect(steps.data[0]).toMatchObject({
      type: 'message_creation',
      status: 'completed',
      step_details: { type: 'message_creation', message_creation: { message_id: redone?.id } },
    });
    expect((await after.get<ListPage<Run>>(`/threads/${thread.id}/runs`)).data.map((item) => item.id)).toEqual([run.id]);
    expect(pieces.join('')).toBe(answer);
  });

  it('keeps a run waiting for tool outputs, which it then accepts', async () => {
    const file = tempDatabase();
    const finalText = 'It is 21°C in Lisbon.';
    const fake = await fakeModel((request) => {
      const body = request.body as ChatBody;
      if (body.messages.some((message) => message.role === 'tool')) {
        return textReply(finalText, { splitInto: 3, usage: { prompt_tokens: 60, completion_tokens: 8 } });
      }
      if (lastUserText(request) !== 'Weather in Lisbon?') return errorReply(400, `Unexpected prompt: ${lastUserText(request)}`);
      return toolCallReply([{ id: 'call_lisbon1', name: 'get_weather', arguments: '{"city":"Lisbon"}' }], {
        usage: { prompt_tokens: 40, completion_tokens: 11 },
      });
    });
    const env = { DATABASE_URL: `file:${file}`, MODEL_BASE_URL: fake.url };

    const first = await spawnV1Server(env);
    const before = api(first.url);
    const assistant = await before.post<Assistant>('/assistants', {
      model: 'gpt-4',
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
    });
    const thread = await before.post<Thread>('/threads', { messages: [{ role: 'user', content: 'Weather in Lisbon?' }] });
    const run = await before.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistant.id });
    const waiting = await until(
      () => before.get<Run>(`/threads/${thread.id}/runs/${run.id}`),
      (current) => current.status !== 'queued' && current.status !== 'in_progress',
      'requires_action',
      PROCESS_WAIT,
    );
    expect(waiting.status).toBe('requires_action');
    expect(waiting.required_action?.submit_tool_outputs.tool_calls).toEqual([
      { id: 'call_lisbon1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } },
    ]);
    const stepsBefore = await before.get<ListPage<RunStep>>(`/threads/${thread.id}/runs/${run.id}/steps`);
    const messagesBefore = await before.get<ListPage<Message>>(`/threads/${thread.id}/messages`);

    await first.kill();
    children.delete(first);
    const bytes = databaseBytes(file);
    expect(bytes.includes(API_KEY)).toBe(false);
    expect(bytes.includes(MODEL_API_KEY)).toBe(false);

    const second = await spawnV1Server(env);
    const after = api(second.url);
    expect(await after.get(`/threads/${thread.id}/runs/${run.id}`)).toEqual(waiting);
    expect(await after.get(`/threads/${thread.id}/runs/${run.id}/steps`)).toEqual(stepsBefore);
    expect(await after.get(`/threads/${thread.id}/messages`)).toEqual(messagesBefore);
    // Still waiting a moment later: recovery did not touch it.
    await sleep(100);
    expect((await after.get<Run>(`/threads/${thread.id}/runs/${run.id}`)).status).toBe('requires_action');
    expect(fake.requests).toHaveLength(1);

    const submitted = await after.post<Run>(`/threads/${thread.id}/runs/${run.id}/submit_tool_outputs`, {
      tool_outputs: [{ tool_call_id: 'call_lisbon1', output: '{"temp_c":21}' }],
    });
    expect(submitted.status).toBe('queued');
    const finished = await until(
      () => after.get<Run>(`/threads/${thread.id}/runs/${run.id}`),
      (current) => current.status !== 'queued' && current.status !== 'in_progress',
      'the run to complete',
      PROCESS_WAIT,
    );
    expect(finished.status).toBe('completed');
    // The usage of the step answered before the kill counts too.
    expect(finished.usage).toEqual({ prompt_tokens: 100, completion_tokens: 19, total_tokens: 119 });
    const messages = await after.get<ListPage<Message>>(`/threads/${thread.id}/messages`);
    expect(messages.data.map((message) => message.role)).toEqual(['assistant', 'user']);
    expect(textOf(messages.data[0])).toBe(finalText);
    const steps = await after.get<ListPage<RunStep>>(`/threads/${thread.id}/runs/${run.id}/steps`);
    expect(steps.data.map((step) => [step.type, step.status])).toEqual([
      ['message_creation', 'completed'],
      ['tool_calls', 'completed'],
    ]);
    expect(steps.data[1]?.step_details).toEqual({
      type: 'tool_calls',
      tool_calls: [{ id: 'call_lisbon1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}', output: '{"temp_c":21}' } }],
    });
    const replayed = fake.requests[1]?.body as ChatBody;
    expect(replayed.messages.at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_lisbon1', content: '{"temp_c":21}' });
  });

  it('ends a run killed while cancelling as cancelled, keeping its text so far, without asking the model again', async () => {
    const file = tempDatabase();
    const answer = Array.from({ length: 20 }, (_, index) => `Word${index + 1} `).join('');
    const fake = await fakeModel(() => textReply(answer, { splitInto: 20, delayMs: 100 }));
    const env = { DATABASE_URL: `file:${file}`, MODEL_BASE_URL: fake.url };

    const first = await spawnV1Server(env);
    const before = api(first.url);
    const assistant = await before.post<Assistant>('/assistants', { model: 'gpt-4' });
    const thread = await before.post<Thread>('/threads', { messages: [{ role: 'user', content: 'Count.' }] });
    const run = await before.post<Run>(`/threads/${thread.id}/runs`, { assistant_id: assistant.id });
    await until(
      () => before.get<ListPage<Message>>(`/threads/${thread.id}/messages?run_id=${run.id}`),
      (page) => textOf(page.data[0]) !== '',
      'the first streamed text',
      PROCESS_WAIT,
    );
    await first.kill();
    children.delete(first);

    // What `cancel` commits, as if the process died before the cancelling run ended.
    const store = await openStore(`file:${file}`);
    let partial: Message | undefined;
    try {
      const scope = scopeOf(API_KEY);
      await store.transaction(async (tx) => {
        const current = await tx.runs.get(scope, thread.id, run.id);
        expect(current?.status).toBe('in_progress');
        if (current) await tx.runs.put(scope, thread.id, run.id, { ...current, status: 'cancelling' });
      });
      [partial] = await store.messages.listByRun(scope, thread.id, run.id);
    } finally {
      await store.close();
    }
    expect(partial?.status).toBe('in_progress');
    const partialText = textOf(partial);
    expect(partialText).not.toBe('');
    expect(answer.startsWith(partialText)).toBe(true);

    const second = await spawnV1Server(env);
    const after = api(second.url);
    const ended = await until(
      () => after.get<Run>(`/threads/${thread.id}/runs/${run.id}`),
      (current) => current.status !== 'cancelling',
      'the cancelling run to end',
      PROCESS_WAIT,
    );
    expect(ended.status).toBe('cancelled');
    expect(ended.cancelled_at).toEqual(expect.any(Number));
    expect(ended.expires_at).toBeNull();
    const messages = await after.get<ListPage<Message>>(`/threads/${thread.id}/messages`);
    expect(messages.data.map((message) => [message.role, message.status])).toEqual([
      ['assistant', 'incomplete'],
      ['user', 'completed'],
    ]);
    expect(messages.data[0]).toMatchObject({ id: partial?.id, incomplete_details: { reason: 'run_cancelled' } });
    expect(textOf(messages.data[0])).toBe(partialText);
    const steps = await after.get<ListPage<RunStep>>(`/threads/${thread.id}/runs/${run.id}/steps`);
    expect(steps.data.map((step) => [step.type, step.status])).toEqual([['message_creation', 'cancelled']]);
    await sleep(100);
    expect(fake.requests).toHaveLength(1);
  });
});
