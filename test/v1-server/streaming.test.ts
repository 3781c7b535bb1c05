/** `stream: true`: SSE framing, event order, deltas, the end at requires_action, aborts and shutdown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, ListPage, Message, Run } from '../../src/v1/schemas.js';
import { createRestAssistant, settled, until } from '../helpers/kit.js';
import { errorOf, readSse, startTestV1Server } from './helpers.js';
import type { Api, SseEvent, TestV1Server } from './helpers.js';

interface DeltaData {
  delta: { content: Array<{ index: number; type: string; text: { value: string; annotations?: unknown[] } }> };
}

const names = (events: SseEvent[]) => events.map((event) => event.event);
const dataOf = <T>(events: SseEvent[], name: string): T => JSON.parse(events.find((event) => event.event === name)?.data ?? 'null') as T;

/** Collapses the delta run so the order can be compared exactly. */
function collapse(events: string[]): string[] {
  return events.filter((event, index) => event !== 'thread.message.delta' || events[index - 1] !== 'thread.message.delta');
}

describe('streaming', () => {
  let t: TestV1Server;
  let api: Api;
  let assistant: Assistant;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 2 });
    api = t.api();
    assistant = await createRestAssistant(api, { model: 'gpt-4', tools: [{ type: 'function', function: { name: 'lookup' } }] });
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('streams a run from created to done, deltas adding up to the message', async () => {
    const opened = t.v1Server.stats.streamsOpened;
    const response = await api.stream('/threads/runs', {
      assistant_id: assistant.id,
      stream: true,
      thread: { messages: [{ role: 'user', content: 'stream this to me please' }] },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    const events = await readSse(response);
    expect(collapse(names(events))).toEqual([
      'thread.created',
      'thread.run.created',
      'thread.run.queued',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.message.created',
      'thread.message.in_progress',
      'thread.message.delta',
      'thread.message.completed',
      'thread.run.step.completed',
      'thread.run.completed',
      'done',
    ]);
    expect(events.at(-1)).toEqual({ event: 'done', data: '[DONE]' });
    const deltas = events.filter((event) => event.event === 'thread.message.delta').map((event) => JSON.parse(event.data) as DeltaData);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas[0]?.delta.content[0]?.text.annotations).toEqual([]);
    const streamed = deltas.map((delta) => delta.delta.content[0]?.text.value ?? '').join('');
    const completed = dataOf<Message>(events, 'thread.message.completed');
    const part = completed.content[0];
    expect(part?.type === 'text' && part.text.value).toBe(streamed);
    expect(streamed).toBe('You said: stream this to me please');
    expect(dataOf<Run>(events, 'thread.run.completed').status).toBe('completed');
    expect(t.v1Server.stats.streamsOpened).toBe(opened + 1);
  });

  it('ends the stream at requires_action and resumes with submitToolOutputs', async () => {
    const thread = (await api.post<{ id: string }>('/threads', { messages: [{ role: 'user', content: 'call lookup({"q":"x"})' }] })).body;
    const first = await readSse(await api.stream(`/threads/${thread.id}/runs`, { assistant_id: assistant.id, stream: true }));
    expect(names(first)).toEqual([
      'thread.run.created',
      'thread.run.queued',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.run.step.delta',
      'thread.run.requires_action',
      'done',
    ]);
    const delta = dataOf<{ delta: { step_details: { tool_calls: unknown[] } } }>(first, 'thread.run.step.delta');
    const run = dataOf<Run>(first, 'thread.run.requires_action');
    const call = run.required_action?.submit_tool_outputs.tool_calls[0];
    expect(delta.delta.step_details.tool_calls).toEqual([
      { index: 0, id: call?.id, type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}', output: null } },
    ]);
    const second = await readSse(
      await api.stream(`/threads/${thread.id}/runs/${run.id}/submit_tool_outputs`, {
        stream: true,
        tool_outputs: [{ tool_call_id: call?.id, output: 'found' }],
      }),
    );
    expect(collapse(names(second))).toEqual([
      'thread.run.step.completed',
      'thread.run.queued',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.message.created',
      'thread.message.in_progress',
      'thread.message.delta',
      'thread.message.completed',
      'thread.run.step.completed',
      'thread.run.completed',
      'done',
    ]);
    const message = dataOf<Message>(second, 'thread.message.completed');
    expect(message.content[0]?.type === 'text' && message.content[0].text.value).toBe('Tool results: lookup=found');
  });

  it('ends a failed run with thread.run.failed then done', async () => {
    const events = await readSse(
      await api.stream('/threads/runs', { assistant_id: assistant.id, stream: true, thread: { messages: [{ role: 'user', content: '#fail' }] } }),
    );
    expect(names(events).slice(-2)).toEqual(['thread.run.failed', 'done']);
    expect(dataOf<Run>(events, 'thread.run.failed').last_error?.code).toBe('server_error');
  });

  it('answers errors before the stream as plain JSON', async () => {
    const response = await api.stream('/threads/runs', { assistant_id: 'asst_missing', stream: true });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe("No assistant found with id 'asst_missing'.");
    const invalid = await api.stream('/threads/runs', { assistant_id: assistant.id, stream: true, temperature: 3 });
    expect(invalid.status).toBe(400);
    // A run that waits for tool outputs stays active however fast the store is.
    const busy = (await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'call lookup()' }] } })).body;
    const conflict = await api.stream(`/threads/${busy.thread_id}/runs`, { assistant_id: assistant.id, stream: true });
    expect(conflict.status).toBe(400);
    expect(errorOf({ status: 400, body: await conflict.json(), headers: conflict.headers }).message).toMatch(/already has an active run/);
    await t.events.run(busy.id, settled);
  });
});

describe('expiry without any read', () => {
  it('streams thread.run.expired when the run outlives a zero TTL', async () => {
    const t = await startTestV1Server({ stepDelayMs: 1, runTtlSeconds: 0 });
    try {
      const api = t.api();
      const id = (await createRestAssistant(api)).id;
      const events = await readSse(await api.stream('/threads/runs', { assistant_id: id, stream: true }));
      expect(names(events)).toEqual(['thread.created', 'thread.run.created', 'thread.run.queued', 'thread.run.expired', 'done']);
      expect(dataOf<Run>(events, 'thread.run.expired')).toMatchObject({ status: 'expired', expires_at: null });
    } finally {
      await t.v1Server.close();
    }
  });
});

describe('stream aborts and shutdown', () => {
  let t: TestV1Server;
  let api: Api;
  let assistantId: string;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 20 });
    api = t.api();
    assistantId = (await createRestAssistant(api)).id;
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('counts a client that goes away mid-stream; the run goes on', async () => {
    const controller = new AbortController();
    const response = await api.stream(
      '/threads/runs',
      { assistant_id: assistantId, stream: true, thread: { messages: [{ role: 'user', content: 'slowly #slow' }] } },
      controller.signal,
    );
    const reader = response.body?.getReader();
    const first = await reader?.read();
    const text = new TextDecoder().decode(first?.value);
    expect(text).toContain('event: thread.created');
    const thread = JSON.parse(/data: (.*)\n/.exec(text)?.[1] ?? '{}') as { id: string };
    controller.abort();
    await until(() => t.v1Server.stats.streamsAborted, (aborted) => aborted > 0, 'the v1 server to count the aborted stream', { timeoutMs: 1000 });
    expect(t.v1Server.stats.streamsAborted).toBe(1);
    const runs = (await api.get<ListPage<Run>>(`/threads/${thread.id}/runs`)).body.data;
    const run = runs[0];
    expect(run?.status).toMatch(/^(queued|in_progress)$/);
    const done = await t.events.run(run?.id ?? '', settled);
    expect(done.status).toBe('completed');
  });

  it('ends open streams on close()', async () => {
    const other = await startTestV1Server({ stepDelayMs: 50 });
    const otherApi = other.api();
    const id = (await createRestAssistant(otherApi)).id;
    const response = await otherApi.stream('/threads/runs', {
      assistant_id: id,
      stream: true,
      thread: { messages: [{ role: 'user', content: '#slow' }] },
    });
    const reader = response.body?.getReader();
    await reader?.read();
    await other.v1Server.close();
    let rest = '';
    try {
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
        rest += new TextDecoder().decode(chunk.value);
      }
    } catch {
      rest += '(connection closed)';
    }
    expect(rest).not.toContain('[DONE]');
    expect(other.v1Server.stats.streamsAborted).toBe(0);
  });
});
