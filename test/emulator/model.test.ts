/** The deterministic built-in model's rules, called directly. */
import { describe, expect, it } from 'vitest';
import { EchoModel, parseCallDirectives, wordCount } from '../../src/emulator/model.js';
import type { ModelInput } from '../../src/emulator/model.js';
import { splitIntoChunks } from '../../src/emulator/runs.js';
import type { Tool } from '../../src/openai/schemas.js';

const tools: Tool[] = [
  { type: 'function', function: { name: 'get_weather' } },
  { type: 'function', function: { name: 'lookup' } },
  { type: 'retrieval' },
];

function input(overrides: Partial<ModelInput>): ModelInput {
  return { instructions: '', tools, messages: [], toolResults: [], toolChoice: 'auto', ...overrides };
}

const model = new EchoModel();

describe('EchoModel', () => {
  it('echoes the last user message, or greets', () => {
    const messages = [
      { role: 'user', content: 'first' },
      { role: 'user', content: 'second one' },
      { role: 'assistant', content: 'You said: first' },
    ].map((m) => ({ role: m.role, text: m.content }));
    expect(model.respond(input({ messages, instructions: 'Be kind.' }))).toEqual({
      type: 'message',
      text: 'You said: second one',
      usage: { prompt_tokens: 2 + 1 + 2 + 3, completion_tokens: 4 },
    });
    expect(model.respond(input({ messages: [{ role: 'assistant', text: 'hi' }] }))).toMatchObject({ text: 'Hello! How can I help?' });
  });

  it('parses call directives, keeping the JSON text exactly', () => {
    expect(parseCallDirectives('call get_weather({"city": "Paris (FR)"}) then call lookup() and call bad(nope)')).toEqual([
      { name: 'get_weather', arguments: '{"city": "Paris (FR)"}' },
      { name: 'lookup', arguments: '{}' },
    ]);
    expect(parseCallDirectives('recall x(1)')).toEqual([]);
  });

  it('calls only functions among the tools, unless tool_choice is none', () => {
    const messages = [{ role: 'user', text: 'call get_weather({"c":1}) call missing({}) call lookup([1,2])' }];
    expect(model.respond(input({ messages }))).toMatchObject({
      type: 'tool_calls',
      calls: [
        { name: 'get_weather', arguments: '{"c":1}' },
        { name: 'lookup', arguments: '[1,2]' },
      ],
    });
    expect(model.respond(input({ messages, toolChoice: 'none' }))).toMatchObject({ type: 'message' });
    expect(model.respond(input({ messages, tools: [] }))).toMatchObject({ type: 'message' });
  });

  it('forces a function named by tool_choice', () => {
    const choice = { type: 'function', function: { name: 'lookup' } };
    expect(model.respond(input({ messages: [{ role: 'user', text: 'hi' }], toolChoice: choice }))).toMatchObject({
      calls: [{ name: 'lookup', arguments: '{}' }],
    });
    expect(model.respond(input({ messages: [{ role: 'user', text: 'call lookup({"q":2})' }], toolChoice: choice }))).toMatchObject({
      calls: [{ name: 'lookup', arguments: '{"q":2}' }],
    });
  });

  it('reports tool results once outputs exist', () => {
    const toolResults = [
      { name: 'get_weather', arguments: '{}', output: 'sunny' },
      { name: 'lookup', arguments: '{}', output: '42' },
    ];
    expect(model.respond(input({ messages: [{ role: 'user', text: 'call lookup()' }], toolResults }))).toMatchObject({
      type: 'message',
      text: 'Tool results: get_weather=sunny; lookup=42',
    });
  });

  it('fails, rate-limits and slows down on request', () => {
    expect(model.respond(input({ messages: [{ role: 'user', text: 'x #fail' }] }))).toMatchObject({
      type: 'error',
      code: 'server_error',
      message: 'The emulator failed this run as asked (#fail).',
    });
    expect(model.respond(input({ messages: [{ role: 'user', text: '#rate_limit' }] }))).toMatchObject({ code: 'rate_limit_exceeded' });
    expect(model.pace(input({ messages: [{ role: 'user', text: '#slow' }] }))).toBe(20);
    expect(model.pace(input({ messages: [{ role: 'user', text: 'fast' }] }))).toBe(1);
  });

  it('counts words and splits replies into chunks that add up', () => {
    expect(wordCount('  a b\n c ')).toBe(3);
    for (const text of ['You said: hi there', '  leading and trailing  ', 'one', '']) {
      expect(splitIntoChunks(text).join('')).toBe(text);
    }
    expect(splitIntoChunks('You said: hi')).toEqual(['You', ' said:', ' hi']);
  });
});
