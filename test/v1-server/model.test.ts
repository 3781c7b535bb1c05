/** The deterministic built-in model's rules and its stream, called directly. */
import { describe, expect, it } from 'vitest';
import { EchoModel, echoReply, parseCallDirectives, splitIntoChunks, wordCount } from '../../src/v1-server/model/echo.js';
import type { ModelEvent, ModelInput, ModelTurn } from '../../src/v1-server/model/model.js';
import { ModelError } from '../../src/v1-server/model/model.js';
import type { Tool } from '../../src/v1/schemas.js';

const tools: Tool[] = [
  { type: 'function', function: { name: 'get_weather' } },
  { type: 'function', function: { name: 'lookup' } },
  { type: 'retrieval' },
];

function input(overrides: Partial<ModelInput>): ModelInput {
  return {
    model: 'm',
    instructions: '',
    tools,
    turns: [],
    toolChoice: 'auto',
    temperature: null,
    responseFormat: 'auto',
    maxCompletionTokens: null,
    ...overrides,
  };
}

function user(text: string): ModelTurn {
  return { type: 'message', role: 'user', text };
}

async function collect(model: EchoModel, modelInput: ModelInput, signal = new AbortController().signal): Promise<ModelEvent[]> {
  const events: ModelEvent[] = [];
  for await (const event of model.stream(modelInput, signal)) events.push(event);
  return events;
}

describe('EchoModel', () => {
  it('echoes the last user message word by word, with word-count usage, or greets', async () => {
    const turns: ModelTurn[] = [user('first'), user('second one'), { type: 'message', role: 'assistant', text: 'You said: first' }];
    const events = await collect(new EchoModel(1), input({ turns, instructions: 'Be kind.' }));
    expect(events).toEqual([
      { type: 'text', delta: 'You' },
      { type: 'text', delta: ' said:' },
      { type: 'text', delta: ' second' },
      { type: 'text', delta: ' one' },
      { type: 'usage', promptTokens: 2 + 1 + 2 + 3, completionTokens: 4 },
      { type: 'finish', reason: 'stop' },
    ]);
    expect(echoReply(input({ turns: [{ type: 'message', role: 'assistant', text: 'hi' }] }))).toEqual({
      type: 'message',
      text: 'Hello! How can I help?',
    });
  });

  it('parses call directives, keeping the JSON text exactly', () => {
    expect(parseCallDirectives('call get_weather({"city": "Paris (FR)"}) then call lookup() and call bad(nope)')).toEqual([
      { name: 'get_weather', arguments: '{"city": "Paris (FR)"}' },
      { name: 'lookup', arguments: '{}' },
    ]);
    expect(parseCallDirectives('recall x(1)')).toEqual([]);
  });

  it('calls only functions among the tools, unless tool_choice is none, streaming one event per call', async () => {
    const turns = [user('call get_weather({"c":1}) call missing({}) call lookup([1,2])')];
    expect(await collect(new EchoModel(1), input({ turns }))).toEqual([
      { type: 'tool_call', index: 0, name: 'get_weather', arguments: '{"c":1}' },
      { type: 'tool_call', index: 1, name: 'lookup', arguments: '[1,2]' },
      { type: 'usage', promptTokens: 6, completionTokens: 2 },
      { type: 'finish', reason: 'tool_calls' },
    ]);
    expect(echoReply(input({ turns, toolChoice: 'none' }))).toMatchObject({ type: 'message' });
    expect(echoReply(input({ turns, tools: [] }))).toMatchObject({ type: 'message' });
  });

  it('forces a function named by tool_choice', () => {
    const choice = { type: 'function', function: { name: 'lookup' } };
    expect(echoReply(input({ turns: [user('hi')], toolChoice: choice }))).toMatchObject({
      calls: [{ name: 'lookup', arguments: '{}' }],
    });
    expect(echoReply(input({ turns: [user('call lookup({"q":2})')], toolChoice: choice }))).toMatchObject({
      calls: [{ name: 'lookup', arguments: '{"q":2}' }],
    });
  });

  it('reports tool results once outputs exist', () => {
    const turns: ModelTurn[] = [
      user('call lookup()'),
      {
        type: 'tool_calls',
        calls: [
          { id: 'call_1', name: 'get_weather', arguments: '{}', output: 'sunny' },
          { id: 'call_2', name: 'lookup', arguments: '{}', output: '42' },
        ],
      },
    ];
    expect(echoReply(input({ turns }))).toEqual({ type: 'message', text: 'Tool results: get_weather=sunny; lookup=42' });
  });

  it('fails and rate-limits on request, as ModelError', async () => {
    await expect(collect(new EchoModel(1), input({ turns: [user('x #fail')] }))).rejects.toEqual(
      new ModelError('server_error', 'The v1 server failed this run as asked (#fail).'),
    );
    await expect(collect(new EchoModel(1), input({ turns: [user('#rate_limit')] }))).rejects.toMatchObject({
      code: 'rate_limit_exceeded',
    });
  });

  it('stops at once when its signal aborts, even in a #slow wait', async () => {
    const controller = new AbortController();
    const pending = collect(new EchoModel(10_000), input({ turns: [user('#slow')] }), controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('counts words and splits replies into chunks that add up', () => {
    expect(wordCount('  a b\n c ')).toBe(3);
    for (const text of ['You said: hi there', '  leading and trailing  ', 'one', '']) {
      expect(splitIntoChunks(text).join('')).toBe(text);
    }
    expect(splitIntoChunks('You said: hi')).toEqual(['You', ' said:', ' hi']);
  });
});
