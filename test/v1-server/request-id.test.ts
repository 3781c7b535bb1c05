/** Request ids: a caller's valid `x-request-id` is kept, and reaches the model server with the run it starts or resumes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import type { Assistant, Run, Thread } from '../../src/v1/schemas.js';
import { settled } from '../helpers/kit.js';
import type { FakeChatServer } from './fake-chat-server.js';
import { startFakeChatServer, textReply, toolCallReply } from './fake-chat-server.js';
import type { Api, TestV1Server } from './helpers.js';
import { startTestV1Server } from './helpers.js';

let fake: FakeChatServer;
let t: TestV1Server;
let api: Api;
let assistant: Assistant;

beforeAll(async () => {
  fake = await startFakeChatServer();
  t = await startTestV1Server({ model: new ChatCompletionsModel({ baseUrl: fake.url }), stepDelayMs: 0 });
  api = t.api();
  const tool = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };
  assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4o-mini', tools: [tool] })).body;
});

afterAll(async () => {
  await t.v1Server.close();
  await fake.close();
});

const withId = (requestId: string) => ({ headers: { 'x-request-id': requestId } });

describe('x-request-id', () => {
  it('keeps a valid incoming id and makes a new one for a missing or invalid one', async () => {
    const kept = await api.call('GET', '/assistants', withId('trace-7f3a:01.b_c'));
    expect(kept.headers.get('x-request-id')).toBe('trace-7f3a:01.b_c');
    for (const invalid of ['has space', 'x'.repeat(201), 'semi;colon']) {
      const replaced = await api.call('GET', '/assistants', withId(invalid));
      expect(replaced.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    }
    expect((await api.get('/assistants')).headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    // Errors carry it too.
    const missing = await api.call('GET', '/threads/thread_missing', withId('trace-404'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBe('trace-404');
  });

  it('sends the id of the request that created a run with its model call', async () => {
    fake.enqueue(textReply('Hello.'));
    const thread = (await api.post<Thread>('/threads', { messages: [{ role: 'user', content: 'Hi' }] })).body;
    const created = await api.call<Run>('POST', `/threads/${thread.id}/runs`, { body: { assistant_id: assistant.id }, ...withId('create-run-1') });
    expect(created.headers.get('x-request-id')).toBe('create-run-1');
    expect((await t.events.run(created.body.id, settled)).status).toBe('completed');
    expect(fake.requests.at(-1)?.headers['x-request-id']).toBe('create-run-1');
  });

  it('sends the id of the request that resumed a run after its tool outputs', async () => {
    fake.enqueue(toolCallReply([{ id: 'call_1', name: 'lookup', arguments: '{}' }]), textReply('Found it.'));
    const created = await api.call<Run>('POST', '/threads/runs', {
      body: { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'Look it up' }] } },
      ...withId('start-2'),
    });
    const waiting = await t.events.run(created.body.id, settled);
    expect(waiting.status).toBe('requires_action');
    expect(fake.requests.at(-1)?.headers['x-request-id']).toBe('start-2');
    const callId = waiting.required_action?.submit_tool_outputs.tool_calls[0]?.id ?? '';
    await api.call('POST', `/threads/${waiting.thread_id}/runs/${waiting.id}/submit_tool_outputs`, {
      body: { tool_outputs: [{ tool_call_id: callId, output: 'found' }] },
      ...withId('resume-3'),
    });
    expect((await t.events.run(waiting.id, (run) => run.status === 'completed')).status).toBe('completed');
    expect(fake.requests.at(-1)?.headers['x-request-id']).toBe('resume-3');
  });
});
