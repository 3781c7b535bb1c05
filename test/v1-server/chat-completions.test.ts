/** The Chat Completions model against a scripted fake server, over real HTTP. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import type { ChatCompletionsOptions } from '../../src/v1-server/model/chat-completions.js';
import { ModelError } from '../../src/v1-server/model/model.js';
import type { ModelEvent, ModelInput, ModelTurn } from '../../src/v1-server/model/model.js';
import type { ChatMessage } from '../../src/v1-server/model/chat-request.js';
import {
  chunk,
  cutReply,
  errorReply,
  hangReply,
  startFakeChatServer,
  textReply,
  toolCallReply,
  usageChunk,
} from './fake-chat-server.js';
import type { FakeChatServer } from './fake-chat-server.js';

const KEY = 'sk-test-secret-4242';

let server: FakeChatServer;
let models: ChatCompletionsModel[] = [];

beforeEach(async () => {
  server = await startFakeChatServer();
});

afterEach(async () => {
  await server.close();
  await Promise.all(models.map((model) => model.close()));
  models = [];
});

function makeModel(options: Partial<ChatCompletionsOptions> = {}): ChatCompletionsModel {
  const model = new ChatCompletionsModel({ baseUrl: server.url, apiKey: KEY, retryBaseDelayMs: 1, ...options });
  models.push(model);
  return model;
}

function input(overrides: Partial<ModelInput> = {}): ModelInput {
  return {
    model: 'gpt-4o',
    instructions: '',
    tools: [],
    turns: [{ type: 'message', role: 'user', text: 'Hi' }],
    toolChoice: 'auto',
    temperature: null,
    responseFormat: 'auto',
    maxCompletionTokens: null,
    ...overrides,
  };
}

/** Every event, and what the stream threw (if anything). */
async function run(
  model: ChatCompletionsModel,
  modelInput = input(),
  signal = new AbortController().signal,
): Promise<{ events: ModelEvent[]; error: unknown }> {
  const events: ModelEvent[] = [];
  try {
    for await (const event of model.stream(modelInput, signal)) events.push(event);
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

async function events(model: ChatCompletionsModel, modelInput = input()): Promise<ModelEvent[]> {
  const result = await run(model, modelInput);
  expect(result.error).toBeUndefined();
  return result.events;
}

async function modelError(model: ChatCompletionsModel, modelInput = input()): Promise<ModelError> {
  const { error } = await run(model, modelInput);
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

function texts(list: ModelEvent[]): string[] {
  return list.flatMap((event) => (event.type === 'text' ? [event.delta] : []));
}

function toolCalls(list: ModelEvent[]): ModelEvent[] {
  return list.filter((event) => event.type === 'tool_call');
}

/** The body of request `index`, as the model sent it. */
function sent(index: number): Record<string, unknown> {
  const body = server.requests[index]?.body;
  expect(body).toBeTypeOf('object');
  return body as Record<string, unknown>;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('streaming', () => {
  it('passes split text through and reassembles it exactly, then usage and one finish', async () => {
    const text = 'Hello world, this is a streamed answer.';
    server.enqueue(textReply(text, { splitInto: 7, usage: { prompt_tokens: 12, completion_tokens: 9 } }));
    const list = await events(makeModel());
    expect(texts(list)).toHaveLength(7);
    expect(texts(list).every((delta) => delta !== '')).toBe(true);
    expect(texts(list).join('')).toBe(text);
    expect(list.slice(-2)).toEqual([
      { type: 'usage', promptTokens: 12, completionTokens: 9 },
      { type: 'finish', reason: 'stop' },
    ]);
  });

  it('parses SSE split across packets, with CRLF, comments and multi-line data', async () => {
    server.enqueue({
      kind: 'raw',
      delayMs: 5,
      parts: [
        ': keep-alive\r\n\r\n',
        'data: {"choices":[{"index":0,"delta":{"content":"Hel',
        'lo"}}]}\r\n\r\n',
        'data: {"choices":[{"index":0,\r\ndata: "delta":{"content":" there"},"finish_reason":"stop"}]}\r\n\r\n',
        'data: [DO',
        'NE]\n\n',
      ],
    });
    const list = await events(makeModel());
    expect(texts(list)).toEqual(['Hello', ' there']);
    expect(list.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
  });

  it('passes tool call argument fragments through as they arrive', async () => {
    const args = '{"city":"Paris","unit":"celsius"}';
    server.enqueue(toolCallReply([{ id: 'call_1', name: 'get_weather', arguments: args }], { argumentPieces: 4 }));
    const list = await events(makeModel());
    const calls = toolCalls(list);
    expect(calls[0]).toEqual({ type: 'tool_call', index: 0, id: 'call_1', name: 'get_weather', arguments: '' });
    expect(calls.slice(1)).toHaveLength(4);
    for (const call of calls.slice(1)) expect(call).toMatchObject({ index: 0, id: undefined, name: undefined });
    expect(calls.map((call) => (call.type === 'tool_call' ? call.arguments : '')).join('')).toBe(args);
    expect(list.at(-1)).toEqual({ type: 'finish', reason: 'tool_calls' });
  });

  it('passes missing and empty tool call ids through, and defaults index to the position', async () => {
    server.enqueue(
      toolCallReply([
        { name: 'first', arguments: '{}' },
        { id: '', name: 'second', arguments: '{}' },
      ]),
      { kind: 'sse', chunks: [chunk({ tool_calls: [{ id: 'call_a', function: { name: 'a' } }, { id: 'call_b', function: { name: 'b' } }] })] },
    );
    const first = toolCalls(await events(makeModel()));
    expect(first[0]).toMatchObject({ index: 0, id: undefined, name: 'first' });
    expect(first[0]).toEqual({ type: 'tool_call', index: 0, name: 'first', arguments: '' });
    expect(first[2]).toEqual({ type: 'tool_call', index: 1, id: '', name: 'second', arguments: '' });
    const second = toolCalls(await events(makeModel()));
    expect(second).toEqual([
      { type: 'tool_call', index: 0, id: 'call_a', name: 'a' },
      { type: 'tool_call', index: 1, id: 'call_b', name: 'b' },
    ]);
  });

  it('passes interleaved parallel tool calls through with their indexes', async () => {
    const call = (index: number, fields: Record<string, unknown>): Record<string, unknown> => ({ index, ...fields });
    server.enqueue({
      kind: 'sse',
      chunks: [
        chunk({ tool_calls: [call(0, { id: 'call_a', type: 'function', function: { name: 'a', arguments: '' } })] }),
        chunk({ tool_calls: [call(1, { id: 'call_b', type: 'function', function: { name: 'b', arguments: '' } })] }),
        chunk({ tool_calls: [call(0, { function: { arguments: '{"x":' } })] }),
        chunk({ tool_calls: [call(1, { function: { arguments: '{"y":' } })] }),
        chunk({ tool_calls: [call(0, { function: { arguments: '1}' } }), call(1, { function: { arguments: '2}' } })] }),
        chunk({}, 'tool_calls'),
      ],
    });
    const calls = toolCalls(await events(makeModel()));
    expect(calls.map((event) => (event.type === 'tool_call' ? [event.index, event.arguments] : []))).toEqual([
      [0, ''],
      [1, ''],
      [0, '{"x":'],
      [1, '{"y":'],
      [0, '1}'],
      [1, '2}'],
    ]);
  });

  it('reports the finish_reason as sent, even `stop` with tool calls', async () => {
    server.enqueue(toolCallReply([{ id: 'call_1', name: 'f', arguments: '{}' }], { finishReason: 'stop' }));
    const list = await events(makeModel());
    expect(toolCalls(list)).toHaveLength(2);
    expect(list.at(-1)).toEqual({ type: 'finish', reason: 'stop' });

    const cases: Array<[string | null, string]> = [
      ['length', 'length'],
      ['content_filter', 'content_filter'],
      ['tool_calls', 'tool_calls'],
      ['function_call', 'other'],
      [null, 'stop'],
    ];
    for (const [sentReason, reason] of cases) {
      server.enqueue(textReply('x', { finishReason: sentReason }));
      const finishes = (await events(makeModel())).filter((event) => event.type === 'finish');
      expect(finishes).toEqual([{ type: 'finish', reason }]);
    }
  });

  it('reads a usage chunk whose choices are [], null or missing', async () => {
    for (const choices of [[], null, undefined] satisfies Array<[] | null | undefined>) {
      server.enqueue({ kind: 'sse', chunks: [chunk({ content: 'Hi' }, 'stop'), usageChunk({ prompt_tokens: 7, completion_tokens: 1 }, choices)] });
      expect(await events(makeModel())).toEqual([
        { type: 'text', delta: 'Hi' },
        { type: 'usage', promptTokens: 7, completionTokens: 1 },
        { type: 'finish', reason: 'stop' },
      ]);
    }
  });

  it('estimates usage with the tokenizer when the server sends none', async () => {
    const text = 'The quick brown fox jumps over the lazy dog, twice: the quick brown fox.';
    server.enqueue(textReply(text, { splitInto: 5 }));
    const list = await events(makeModel());
    const usage = list.find((event) => event.type === 'usage');
    expect(usage).toMatchObject({ completionTokens: countTokens(text) });
    expect(usage?.type === 'usage' && usage.promptTokens).toBeGreaterThan(0);
    expect(list.at(-1)).toEqual({ type: 'finish', reason: 'stop' });

    const args = '{"query":"weather in Paris tomorrow"}';
    server.enqueue(toolCallReply([{ id: 'call_1', name: 'search', arguments: args }], { argumentPieces: 3 }));
    expect((await events(makeModel())).find((event) => event.type === 'usage')).toMatchObject({ completionTokens: countTokens(args) });
  });

  it('keeps the connection alive between calls', async () => {
    server.enqueue(textReply('one'), textReply('two'));
    const model = makeModel();
    await events(model);
    // The end of the body after [DONE] is read in the background; then the socket is free again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await events(model);
    expect(server.requests[1]?.remotePort).toBe(server.requests[0]?.remotePort);
  });
});

describe('the request', () => {
  it('sends the prompt, function tools and options', async () => {
    server.enqueue(textReply('ok'));
    const model = makeModel({ baseUrl: `${server.url}/`, modelName: 'llama3.1' });
    const turns: ModelTurn[] = [
      { type: 'message', role: 'user', text: 'What is the weather?' },
      { type: 'message', role: 'assistant', text: 'Where?' },
      { type: 'message', role: 'user', text: 'Paris' },
      {
        type: 'tool_calls',
        calls: [
          { id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}', output: '{"temp":21}' },
          { id: 'call_2', name: 'get_time', arguments: '{}', output: 'noon' },
        ],
      },
    ];
    await events(
      model,
      input({
        instructions: 'Be brief.',
        turns,
        tools: [
          {
            type: 'function',
            function: { name: 'get_weather', description: 'Weather now', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
          },
          { type: 'function', function: { name: 'get_time', description: null, parameters: null } },
          { type: 'retrieval' },
          { type: 'code_interpreter' },
        ],
        toolChoice: { type: 'function', function: { name: 'get_weather' } },
        temperature: 0.3,
        responseFormat: { type: 'json_object' },
        maxCompletionTokens: 50,
      }),
    );
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.headers).toMatchObject({ authorization: `Bearer ${KEY}`, 'content-type': 'application/json' });
    expect(sent(0)).toEqual({
      model: 'llama3.1',
      stream: true,
      stream_options: { include_usage: true },
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'What is the weather?' },
        { role: 'assistant', content: 'Where?' },
        { role: 'user', content: 'Paris' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{"temp":21}' },
        { role: 'tool', tool_call_id: 'call_2', content: 'noon' },
      ],
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', description: 'Weather now', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
        },
        { type: 'function', function: { name: 'get_time' } },
      ],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      temperature: 0.3,
      response_format: { type: 'json_object' },
      max_tokens: 50,
    });
  });

  it('leaves out what is not set', async () => {
    server.enqueue(textReply('ok'), textReply('ok'));
    await events(makeModel({ apiKey: undefined }), input({ responseFormat: { type: 'text' } }));
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(sent(0)).toEqual({
      model: 'gpt-4o',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'Hi' }],
    });
    await events(makeModel(), input({ responseFormat: 'none', tools: [{ type: 'retrieval' }], toolChoice: { type: 'retrieval' } }));
    expect(Object.keys(sent(1)).sort()).toEqual(['messages', 'model', 'stream', 'stream_options']);
  });

  it('maps tool_choice', async () => {
    const tools: ModelInput['tools'] = [{ type: 'function', function: { name: 'f' } }, { type: 'code_interpreter' }];
    const cases: Array<[ModelInput['toolChoice'], unknown]> = [
      ['auto', 'auto'],
      ['none', 'none'],
      [{ type: 'function', function: { name: 'f' } }, { type: 'function', function: { name: 'f' } }],
      [{ type: 'code_interpreter' }, 'auto'],
      [{ type: 'retrieval' }, 'auto'],
    ];
    for (const [index, [toolChoice, expected]] of cases.entries()) {
      server.enqueue(textReply('ok'));
      await events(makeModel(), input({ tools, toolChoice }));
      expect(sent(index)).toMatchObject({ tools: [{ type: 'function', function: { name: 'f' } }], tool_choice: expected });
    }
  });
});

describe('the prompt', () => {
  it('sends the instructions and every turn it is given, and estimates the prompt as those messages', async () => {
    const turns: ModelTurn[] = [
      { type: 'message', role: 'user', text: 'What is the weather in Paris?' },
      { type: 'message', role: 'assistant', text: 'Let me look.' },
      { type: 'tool_calls', calls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}', output: 'sunny, 24 °C' }] },
    ];
    server.enqueue(textReply('Sunny.'));
    const list = await events(makeModel(), input({ instructions: 'You are terse.', turns }));
    const messages: ChatMessage[] = [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'What is the weather in Paris?' },
      { role: 'assistant', content: 'Let me look.' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: 'sunny, 24 °C' },
    ];
    expect(sent(0).messages).toEqual(messages);
    // Four tokens of framing per message and three priming the reply, as OpenAI's cookbook counts them.
    const counted = messages.reduce((sum, message) => {
      const calls = message.role === 'assistant' ? (message.tool_calls ?? []) : [];
      return sum + 4 + countTokens(message.content ?? '') + calls.reduce((callSum, call) => callSum + countTokens(call.function.name) + countTokens(call.function.arguments), 0);
    }, 3);
    expect(list.find((event) => event.type === 'usage')).toMatchObject({ promptTokens: counted });
  });
});

describe('failures', () => {
  it('retries a 429 after its retry-after, then streams', async () => {
    server.enqueue(errorReply(429, 'Slow down', { 'retry-after': '0' }), textReply('ok'));
    // The backoff would be 10 s: the answer arriving before it would end shows retry-after was honoured.
    const backoffDue = new Promise<'backoff due'>((resolve) => setTimeout(() => resolve('backoff due'), 10_000).unref());
    const listed = events(makeModel({ retryBaseDelayMs: 10_000 }));
    expect(await Promise.race([listed.then(() => 'answered' as const), backoffDue])).toBe('answered');
    const list = await listed;
    expect(texts(list)).toEqual(['ok']);
    expect(server.requests).toHaveLength(2);

    server.enqueue(errorReply(429, 'Slow down', { 'retry-after-ms': '5', 'retry-after': '60' }), textReply('ok'));
    expect(texts(await events(makeModel({ retryBaseDelayMs: 10_000 })))).toEqual(['ok']);
  });

  it('gives up on a 429 with rate_limit_exceeded after maxRetries retries', async () => {
    server.enqueue(...[1, 2, 3].map(() => errorReply(429, 'Rate limit reached for requests', { 'retry-after': '0' })));
    const error = await modelError(makeModel({ maxRetries: 2 }));
    expect(error.code).toBe('rate_limit_exceeded');
    expect(error.message).toContain('429: Rate limit reached for requests');
    expect(server.requests).toHaveLength(3);
  });

  it('fails at once when a 429 asks to wait longer than maxRetryDelayMs', async () => {
    server.enqueue(errorReply(429, 'Try tomorrow', { 'retry-after': '30' }), textReply('unused'));
    const error = await modelError(makeModel({ maxRetryDelayMs: 1_000 }));
    expect(error.code).toBe('rate_limit_exceeded');
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 500, then streams', async () => {
    server.enqueue(errorReply(500, 'Internal error'), textReply('ok'));
    expect(texts(await events(makeModel()))).toEqual(['ok']);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on 5xx with server_error', async () => {
    server.enqueue(errorReply(500, 'Internal error'), errorReply(502, 'Bad gateway'), errorReply(503, 'Overloaded'));
    const error = await modelError(makeModel({ maxRetries: 2 }));
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('503: Overloaded');
    expect(server.requests).toHaveLength(3);
  });

  it('fails with server_error when the connection is refused', async () => {
    const port = await closedPort();
    const error = await modelError(makeModel({ baseUrl: `http://127.0.0.1:${port}/v1`, maxRetries: 1 }));
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('ECONNREFUSED');
  });

  // undici checks its headers and body timeouts on a coarse (~0.5 s) tick, so these take about 1 s per attempt.
  it('retries a server that never sends headers, then fails', async () => {
    server.enqueue(hangReply(), hangReply(), textReply('unused'));
    const error = await modelError(makeModel({ headersTimeoutMs: 100, maxRetries: 1 }));
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('did not answer within 100 ms');
    expect(server.requests).toHaveLength(2);
    expect(await server.requests[1]?.outcome).toBe('closed');
  });

  it('retries a stream that stays silent after its headers, then fails', async () => {
    server.enqueue(hangReply(true), hangReply(true), textReply('unused'));
    const error = await modelError(makeModel({ idleTimeoutMs: 100, maxRetries: 1 }));
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('nothing arrived for 100 ms');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a stream cut before any event', async () => {
    server.enqueue(cutReply([chunk({ role: 'assistant', content: '' })]), textReply('ok'));
    expect(texts(await events(makeModel()))).toEqual(['ok']);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a stream cut mid-answer', async () => {
    server.enqueue(cutReply([chunk({ content: 'Hello ' }), chunk({ content: 'wor' })]), textReply('unused'));
    const { events: list, error } = await run(makeModel());
    expect(texts(list)).toEqual(['Hello ', 'wor']);
    expect(list.some((event) => event.type === 'finish')).toBe(false);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ code: 'server_error', message: expect.stringContaining('broke off') });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a 404, and names the server message without the key', async () => {
    // Without a scripted reply, a retry would get a 500 and show up in the request count.
    server.enqueue(errorReply(404, `The model \`nope\` does not exist (key ${KEY}).`, undefined, 'model_not_found'));
    const error = await modelError(makeModel(), input({ model: 'nope' }));
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('The model server answered 404: The model `nope` does not exist');
    expect(error.message).not.toContain(KEY);
    expect(server.requests).toHaveLength(1);

    server.enqueue({ kind: 'error', status: 400, body: '<html>\n<body>Bad request</body>\n</html>' });
    expect((await modelError(makeModel())).message).toBe('The model server answered 400: <html> <body>Bad request</body> </html>');
  });

  it('fails with server_error on a chunk that is not JSON, or an error in the stream', async () => {
    server.enqueue({ kind: 'raw', parts: ['data: {"choices":[{"delta":{"content":"a"}}]}\n\n', 'data: not json\n\n'] });
    const { events: list, error } = await run(makeModel());
    expect(texts(list)).toEqual(['a']);
    expect(error).toMatchObject({ code: 'server_error', message: expect.stringContaining('not JSON') });

    server.enqueue({ kind: 'sse', chunks: [{ error: { message: 'The engine is overloaded', type: 'server_error' } }] });
    expect(await modelError(makeModel())).toMatchObject({ code: 'server_error', message: expect.stringContaining('The engine is overloaded') });
    expect(server.requests).toHaveLength(2);
  });
});

describe('aborting', () => {
  it('aborts the request and ends quickly when the signal aborts during a slow stream', async () => {
    server.enqueue(textReply('one two three four five', { splitInto: 5, delayMs: 150 }));
    const controller = new AbortController();
    const iterator = makeModel().stream(input(), controller.signal)[Symbol.asyncIterator]();
    // The role chunk makes no event: the first one is the text after one delay.
    expect(await iterator.next()).toMatchObject({ value: { type: 'text' } });
    const pending = iterator.next();
    const reason = new Error('run cancelled');
    controller.abort(reason);
    // Rejected with the reason, not answered with the next chunk (150 ms away).
    await expect(pending).rejects.toBe(reason);
    expect(await server.requests[0]?.outcome).toBe('closed');
  });

  it('aborts the request when the consumer stops iterating, even with a read pending', async () => {
    const slow = textReply('one two three', { splitInto: 3, delayMs: 150 });
    server.enqueue(slow, slow);
    for await (const event of makeModel().stream(input(), new AbortController().signal)) {
      expect(event.type).toBe('text');
      break;
    }
    expect(await server.requests[0]?.outcome).toBe('closed');

    const iterator = makeModel().stream(input(), new AbortController().signal)[Symbol.asyncIterator]();
    const pending = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await iterator.return?.();
    // Done, not answered with the next chunk (150 ms away).
    expect(await pending).toMatchObject({ done: true });
    expect(await server.requests[1]?.outcome).toBe('closed');
  });

  it('stops waiting between retries when the signal aborts', async () => {
    server.enqueue(errorReply(500, 'Internal error'), textReply('unused'));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 50);
    // The backoff would end after 10 s (and the loop then sees the abort): the wait must end first.
    const backoffDue = new Promise<'backoff due'>((resolve) => setTimeout(() => resolve('backoff due'), 10_000).unref());
    const running = run(makeModel({ retryBaseDelayMs: 10_000 }), input(), controller.signal);
    expect(await Promise.race([running.then(() => 'settled' as const), backoffDue])).toBe('settled');
    const { error } = await running;
    expect(error).toEqual(new Error('stop'));
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal has already aborted', async () => {
    const { error } = await run(makeModel(), input(), AbortSignal.abort(new Error('too late')));
    expect(error).toEqual(new Error('too late'));
    expect(server.requests).toHaveLength(0);
  });
});
