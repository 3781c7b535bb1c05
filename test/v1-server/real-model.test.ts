/**
 * The v1 server with a Chat Completions model behind it, over real HTTP: the scripted fake model
 * server answers, and the runs, steps, messages and stream events must follow its chunks.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import type { Assistant, ListPage, Message, Run, RunStep } from '../../src/v1/schemas.js';
import type { FakeChatServer } from './fake-chat-server.js';
import { chunk, cutReply, errorReply, startFakeChatServer, textReply, toolCallReply, usageChunk } from './fake-chat-server.js';
import type { Api, SseEvent, TestV1Server } from './helpers.js';
import { settled, until } from '../helpers/kit.js';
import { readSse, startTestV1Server } from './helpers.js';

let fake: FakeChatServer;
let t: TestV1Server;
let api: Api;
let assistant: Assistant;

const weatherTool = {
  type: 'function',
  function: { name: 'get_weather', description: 'The weather in a city.', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
};

beforeAll(async () => {
  fake = await startFakeChatServer();
  const model = new ChatCompletionsModel({ baseUrl: fake.url, apiKey: 'sk-model-SECRET', retryBaseDelayMs: 1, maxRetries: 2 });
  t = await startTestV1Server({ model, stepDelayMs: 0 });
  api = t.api();
  assistant = (
    await api.post<Assistant>('/assistants', { model: 'gpt-4o-mini', instructions: 'Be brief.', tools: [weatherTool, { type: 'retrieval' }] })
  ).body;
});

afterAll(async () => {
  await t.v1Server.close();
  await fake.close();
});

afterEach(() => {
  fake.requests.length = 0;
});

function textOf(message: Message | undefined): string {
  return message?.content.map((part) => (part.type === 'text' ? part.text.value : '')).join('') ?? '';
}

function dataOf<T>(events: SseEvent[], name: string): T {
  const event = events.find((candidate) => candidate.event === name);
  if (!event) throw new Error(`no ${name} in ${events.map((e) => e.event).join(', ')}`);
  return JSON.parse(event.data) as T;
}

async function threadWith(content: string): Promise<string> {
  return (await api.post<{ id: string }>('/threads', { messages: [{ role: 'user', content }] })).body.id;
}

async function finished(run: Run): Promise<Run> {
  return t.events.run(run.id, settled, { timeoutMs: 5_000 });
}

describe('a streamed run answered by the model server', () => {
  it('sends one delta per model chunk, and the deltas add up to the final text', async () => {
    fake.enqueue(textReply('The weather is fine today.', { splitInto: 4, usage: { prompt_tokens: 12, completion_tokens: 6 } }));
    const threadId = await threadWith('How is the weather?');
    const events = await readSse(await api.stream(`/threads/${threadId}/runs`, { assistant_id: assistant.id, stream: true }));
    const deltas = events
      .filter((event) => event.event === 'thread.message.delta')
      .map((event) => (JSON.parse(event.data) as { delta: { content: { text: { value: string } }[] } }).delta.content[0]?.text.value);
    expect(deltas).toHaveLength(4);
    expect(deltas.join('')).toBe('The weather is fine today.');
    expect(textOf(dataOf<Message>(events, 'thread.message.completed'))).toBe('The weather is fine today.');
    const run = dataOf<Run>(events, 'thread.run.completed');
    expect(run.usage).toEqual({ prompt_tokens: 12, completion_tokens: 6, total_tokens: 18 });

    const request = fake.requests[0];
    expect(request?.headers.authorization).toBe('Bearer sk-model-SECRET');
    expect(request?.body).toMatchObject({
      model: 'gpt-4o-mini',
      stream: true,
      stream_options: { include_usage: true },
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'How is the weather?' },
      ],
      tools: [{ type: 'function', function: { name: 'get_weather' } }],
    });
  });
});

describe('function calling', () => {
  it('makes one tool_calls step from parallel, fragmented calls (ids kept or made), then answers with the outputs', async () => {
    fake.enqueue(
      toolCallReply(
        [
          { id: 'call_server1', name: 'get_weather', arguments: '{"city":"Paris"}' },
          { id: '', name: 'get_weather', arguments: '{"city":"Oslo"}' },
        ],
        { argumentPieces: 3, finishReason: 'stop', usage: { prompt_tokens: 20, completion_tokens: 10 } },
      ),
      textReply('Paris is sunny, Oslo is cold.', { splitInto: 3, usage: { prompt_tokens: 40, completion_tokens: 8 } }),
    );
    const threadId = await threadWith('Weather in Paris and Oslo?');
    const created = (await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id })).body;
    const waiting = await finished(created);
    expect(waiting.status).toBe('requires_action');
    const calls = waiting.required_action?.submit_tool_outputs.tool_calls ?? [];
    expect(calls.map((call) => call.function)).toEqual([
      { name: 'get_weather', arguments: '{"city":"Paris"}' },
      { name: 'get_weather', arguments: '{"city":"Oslo"}' },
    ]);
    expect(calls[0]?.id).toBe('call_server1');
    expect(calls[1]?.id).toMatch(/^call_[A-Za-z0-9]{24}$/);

    const outputs = [
      { tool_call_id: calls[0]?.id, output: 'sunny' },
      { tool_call_id: calls[1]?.id, output: 'cold' },
    ];
    await api.post(`/threads/${threadId}/runs/${created.id}/submit_tool_outputs`, { tool_outputs: outputs });
    const done = await finished(created);
    expect(done.status).toBe('completed');
    expect(done.usage).toEqual({ prompt_tokens: 60, completion_tokens: 18, total_tokens: 78 });

    // The second call replays the tool turn as the model's own tool_calls and one tool message per call.
    expect((fake.requests[1]?.body as { messages: unknown[] }).messages.slice(1)).toEqual([
      { role: 'user', content: 'Weather in Paris and Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: call.function })),
      },
      { role: 'tool', tool_call_id: calls[0]?.id, content: 'sunny' },
      { role: 'tool', tool_call_id: calls[1]?.id, content: 'cold' },
    ]);
    const steps = (await api.get<ListPage<RunStep>>(`/threads/${threadId}/runs/${created.id}/steps?order=asc`)).body.data;
    expect(steps.map((step) => [step.type, step.status])).toEqual([
      ['tool_calls', 'completed'],
      ['message_creation', 'completed'],
    ]);
    expect(steps[0]?.usage).toEqual({ prompt_tokens: 20, completion_tokens: 10, total_tokens: 30 });
    const messages = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data;
    expect(textOf(messages[0])).toBe('Paris is sunny, Oslo is cold.');
  });

  it('streams tool-call fragments as step deltas, with the call id on the first', async () => {
    fake.enqueue(toolCallReply([{ name: 'get_weather', arguments: '{"city":"Rome"}' }], { argumentPieces: 2 }));
    const threadId = await threadWith('Rome?');
    const events = await readSse(await api.stream(`/threads/${threadId}/runs`, { assistant_id: assistant.id, stream: true }));
    const deltas = events
      .filter((event) => event.event === 'thread.run.step.delta')
      .map((event) => (JSON.parse(event.data) as { delta: { step_details: { tool_calls: Record<string, unknown>[] } } }).delta.step_details.tool_calls[0]);
    const run = dataOf<Run>(events, 'thread.run.requires_action');
    const id = run.required_action?.submit_tool_outputs.tool_calls[0]?.id;
    expect(deltas[0]).toEqual({ index: 0, id, type: 'function', function: { name: 'get_weather', arguments: '', output: null } });
    expect(deltas.slice(1).map((delta) => (delta?.['function'] as { arguments: string }).arguments).join('')).toBe('{"city":"Rome"}');
    await api.post(`/threads/${threadId}/runs/${run.id}/cancel`);
    await finished(run);
  });
});

describe('limits and failures', () => {
  it('sends what is left of max_completion_tokens, and a length finish ends the run incomplete', async () => {
    fake.enqueue(textReply('A long story that', { finishReason: 'length', usage: { prompt_tokens: 9, completion_tokens: 256 } }));
    const threadId = await threadWith('Tell me a story');
    const run = (await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, max_completion_tokens: 300 })).body;
    const done = await finished(run);
    expect(fake.requests[0]?.body).toMatchObject({ max_tokens: 300 });
    expect(done).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'max_completion_tokens' } });
    const message = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data[0];
    expect(message).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'max_tokens' } });
    expect(textOf(message)).toBe('A long story that');
  });

  it('fails the run with rate_limit_exceeded after the 429 retries', async () => {
    const limited = errorReply(429, 'Rate limit reached for requests', { 'retry-after': '0' });
    fake.enqueue(limited, limited, limited);
    const threadId = await threadWith('hi');
    const done = await finished((await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id })).body);
    expect(fake.requests).toHaveLength(3);
    expect(done.status).toBe('failed');
    expect(done.last_error?.code).toBe('rate_limit_exceeded');
  });

  it('says what the model server answered for an unknown model, without its key', async () => {
    fake.enqueue(errorReply(404, 'The model `gpt-nope` does not exist', undefined, 'model_not_found'));
    const threadId = await threadWith('hi');
    const done = await finished((await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, model: 'gpt-nope' })).body);
    expect(fake.requests).toHaveLength(1);
    expect(done.status).toBe('failed');
    expect(done.last_error?.code).toBe('server_error');
    expect(done.last_error?.message).toContain('The model `gpt-nope` does not exist');
    expect(JSON.stringify(done)).not.toContain('sk-model-SECRET');
  });

  it('keeps the partial message as incomplete when the stream breaks off', async () => {
    fake.enqueue(cutReply([chunk({ role: 'assistant', content: '' }), chunk({ content: 'Half an ' }), chunk({ content: 'answer' })]));
    const threadId = await threadWith('hi');
    const done = await finished((await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id })).body);
    expect(fake.requests).toHaveLength(1);
    expect(done).toMatchObject({ status: 'failed', last_error: { code: 'server_error' } });
    const message = (await api.get<ListPage<Message>>(`/threads/${threadId}/messages`)).body.data[0];
    expect(message).toMatchObject({ role: 'assistant', status: 'incomplete', incomplete_details: { reason: 'run_failed' } });
    expect(textOf(message)).toBe('Half an answer');
  });

  it('aborts the model call at a cancel, long before its stream would end', async () => {
    fake.enqueue({ kind: 'sse', chunks: [chunk({ content: 'slow' }), chunk({ content: ' words' }), usageChunk({ prompt_tokens: 1, completion_tokens: 2 })], delayMs: 5_000 });
    const threadId = await threadWith('hi');
    const run = (await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id })).body;
    await t.events.run(run.id, (current) => current.status === 'in_progress');
    await until(() => fake.requests.length, (count) => count > 0, 'the model server to be called');
    expect((await api.post<Run>(`/threads/${threadId}/runs/${run.id}/cancel`)).body.status).toBe('cancelling');
    // 'closed': the v1 server hung up; a stream left alone would end 'finished' after its 5 s pauses.
    expect(await fake.requests[0]?.outcome).toBe('closed');
    expect((await finished(run)).status).toBe('cancelled');
  });
});
