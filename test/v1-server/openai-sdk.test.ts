/**
 * The official `openai` SDK 4.35 (Assistants v1: it sends `OpenAI-Beta: assistants=v1`), used as a
 * v1 app would, against `npm run v1-server` in its own process whose runs are answered by the
 * scripted fake Chat Completions server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnV1Server } from '../helpers/v1-server-process.js';
import type { SpawnedV1Server } from '../helpers/v1-server-process.js';
import { until } from '../helpers/kit.js';
import { splitText, startFakeChatServer, textReply, toolCallReply } from './fake-chat-server.js';
import type { FakeChatServer } from './fake-chat-server.js';



type Run = OpenAI.Beta.Threads.Run;

const ACTIVE = new Set(['queued', 'in_progress', 'cancelling']);

/** Polls with `runs.retrieve`, as a v1 app does, until the run leaves the active states (the kit's bounded waiter). */
function poll(client: OpenAI, threadId: string, runId: string, timeoutMs = 5_000): Promise<Run> {
  return until(
    () => client.beta.threads.runs.retrieve(threadId, runId),
    (run) => !ACTIVE.has(run.status),
    `run ${runId} to leave the active states`,
    { timeoutMs, intervalMs: 20 },
  );
}

interface ChatBody {
  messages: Array<{ role: string; content?: string | null; tool_call_id?: string; tool_calls?: unknown[] }>;
  tools?: unknown[];
}

describe('the openai SDK 4.35 against npm run v1-server', () => {
  let fake: FakeChatServer;
  let v1Server: SpawnedV1Server;
  let client: OpenAI;
  let directory: string;
  let assistant: OpenAI.Beta.Assistant;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'v1-server-sdk-'));
    fake = await startFakeChatServer();
    v1Server = await spawnV1Server({
      DATABASE_URL: `file:${path.join(directory, 'state.sqlite')}`,
      MODEL_BASE_URL: fake.url,
      MODEL_API_KEY: 'model-key-sdk',
    });
    client = new OpenAI({ apiKey: 'sk-sdk-test-key', baseURL: v1Server.url, maxRetries: 0, timeout: 5_000 });
    assistant = await client.beta.assistants.create({
      model: 'gpt-4-turbo',
      name: 'Weather',
      instructions: 'Answer with the weather.',
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'The weather in a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
        },
      ],
    });
  });

  afterAll(async () => {
    await v1Server?.kill();
    await fake?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('runs parallel tool calls: requires_action, submitToolOutputs, then the streamed answer', async () => {
    expect(assistant.id).toMatch(/^asst_/);
    expect(assistant.tools).toEqual([expect.objectContaining({ type: 'function', function: expect.objectContaining({ name: 'get_weather' }) })]);
    const thread = await client.beta.threads.create({ messages: [{ role: 'user', content: 'Weather in Paris and Oslo?' }] });

    const answerText = 'Paris: 18°C and sunny. Oslo: -3°C with snow.';
    fake.enqueue(
      toolCallReply(
        [
          { id: 'call_fromModel1', name: 'get_weather', arguments: '{"city":"Paris"}' },
          { name: 'get_weather', arguments: '{"city":"Oslo"}' },
        ],
        { argumentPieces: 3, usage: { prompt_tokens: 40, completion_tokens: 22 } },
      ),
      textReply(answerText, { splitInto: 4, usage: { prompt_tokens: 95, completion_tokens: 17 } }),
    );
    const requestsBefore = fake.requests.length;

    const created = await client.beta.threads.runs.create(thread.id, { assistant_id: assistant.id });
    expect(created.status).toBe('queued');
    const waiting = await poll(client, thread.id, created.id);
    expect(waiting.status).toBe('requires_action');
    const calls = waiting.required_action?.submit_tool_outputs.tool_calls ?? [];
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({ id: 'call_fromModel1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } });
    expect(calls[1]?.function).toEqual({ name: 'get_weather', arguments: '{"city":"Oslo"}' });
    const madeId = calls[1]?.id ?? '';
    expect(madeId).toMatch(/^call_\w+$/);
    expect(madeId).not.toBe('call_fromModel1');

    // The first model request offered the function tool.
    expect(fake.requests[requestsBefore]?.headers.authorization).toBe('Bearer model-key-sdk');
    const first = fake.requests[requestsBefore]?.body as ChatBody;
    expect(first.tools).toEqual([expect.objectContaining({ type: 'function', function: expect.objectContaining({ name: 'get_weather' }) })]);

    const outputs = [
      { tool_call_id: 'call_fromModel1', output: '{"temp_c":18,"sky":"sunny"}' },
      { tool_call_id: madeId, output: '{"temp_c":-3,"sky":"snow"}' },
    ];
    const submitted = await client.beta.threads.runs.submitToolOutputs(thread.id, created.id, { tool_outputs: outputs });
    expect(submitted.id).toBe(created.id);
    expect(submitted.status).toBe('queued');
    const run = await poll(client, thread.id, created.id);
    expect(run.status).toBe('completed');
    expect(run.required_action).toBeNull();

    // The second model request replays the calls and their outputs.
    expect(fake.requests).toHaveLength(requestsBefore + 2);
    const second = fake.requests[requestsBefore + 1]?.body as ChatBody;
    expect(second.messages).toEqual([
      { role: 'system', content: 'Answer with the weather.' },
      { role: 'user', content: 'Weather in Paris and Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_fromModel1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
          { id: madeId, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_fromModel1', content: '{"temp_c":18,"sky":"sunny"}' },
      { role: 'tool', tool_call_id: madeId, content: '{"temp_c":-3,"sky":"snow"}' },
    ]);

    // The answer is the text the fake model streamed.
    const messages = await client.beta.threads.messages.list(thread.id);
    expect(messages.data.map((message) => message.role)).toEqual(['assistant', 'user']);
    const reply = messages.data[0];
    expect(reply?.run_id).toBe(run.id);
    expect(reply?.assistant_id).toBe(assistant.id);
    expect(reply?.content).toEqual([{ type: 'text', text: { value: answerText, annotations: [] } }]);

    // Steps, newest first: the message creation, then the tool calls with their outputs.
    const steps = await client.beta.threads.runs.steps.list(thread.id, run.id);
    expect(steps.data.map((step) => [step.type, step.status])).toEqual([
      ['message_creation', 'completed'],
      ['tool_calls', 'completed'],
    ]);
    const [messageStep, toolStep] = steps.data;
    expect(messageStep?.step_details).toEqual({ type: 'message_creation', message_creation: { message_id: reply?.id } });
    expect(toolStep?.step_details).toEqual({
      type: 'tool_calls',
      tool_calls: [
        { id: 'call_fromModel1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}', output: outputs[0]?.output } },
        { id: madeId, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}', output: outputs[1]?.output } },
      ],
    });
    expect(toolStep?.usage).toEqual({ prompt_tokens: 40, completion_tokens: 22, total_tokens: 62 });
    expect(messageStep?.usage).toEqual({ prompt_tokens: 95, completion_tokens: 17, total_tokens: 112 });

    // The run's usage is the sum of the fake usage chunks.
    expect(run.usage).toEqual({ prompt_tokens: 135, completion_tokens: 39, total_tokens: 174 });
  });

  it('streams a run with runs.stream: one text delta per model chunk, adding up to the message', async () => {
    const thread = await client.beta.threads.create({ messages: [{ role: 'user', content: 'Just say hello.' }] });
    const answerText = 'Hello there! No tools needed for this one, just a greeting.';
    const pieces = splitText(answerText, 6);
    expect(pieces).toHaveLength(6);
    fake.enqueue(textReply(answerText, { splitInto: 6, usage: { prompt_tokens: 12, completion_tokens: 14 } }));

    const stream = client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
    const deltas: string[] = [];
    const events: string[] = [];
    stream.on('textDelta', (delta) => deltas.push(delta.value ?? ''));
    stream.on('event', (event) => events.push(event.event));
    const doneText: string[] = [];
    stream.on('textDone', (text) => doneText.push(text.value));
    const run = await stream.finalRun();
    const [message] = await stream.finalMessages();

    expect(run.status).toBe('completed');
    expect(run.usage).toEqual({ prompt_tokens: 12, completion_tokens: 14, total_tokens: 26 });
    expect(deltas).toEqual(pieces);
    expect(deltas.join('')).toBe(answerText);
    // The SDK's snapshot is built from the deltas, so its content part keeps the deltas' `index`.
    expect(message?.content).toEqual([{ index: 0, type: 'text', text: { value: answerText, annotations: [] } }]);
    expect(doneText).toEqual([answerText]);
    expect(events[0]).toBe('thread.run.created');
    expect(events.at(-1)).toBe('thread.run.completed');
    expect(events.filter((event) => event === 'thread.message.delta')).toHaveLength(6);

    // What the stream showed is what is stored.
    const stored = await client.beta.threads.messages.retrieve(thread.id, message?.id ?? '');
    expect(stored.content).toEqual([{ type: 'text', text: { value: answerText, annotations: [] } }]);
    expect(stored.status).toBe('completed');
    expect((await client.beta.threads.runs.retrieve(thread.id, run.id)).status).toBe('completed');
  });
});
