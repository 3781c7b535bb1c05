/** Request validation: every limit at the limit (accepted) and one past it (400 naming param and code). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, Message, Run, Thread } from '../../src/v1/schemas.js';
import { errorOf, startTestV1Server, uploadFiles } from './helpers.js';
import type { Api, ApiResponse, TestV1Server } from './helpers.js';

function expect400(response: ApiResponse<unknown>, param: string | null, code: string | null): void {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(errorOf(response)).toMatchObject({ type: 'invalid_request_error', param, code });
}

function expectOk(response: ApiResponse<unknown>): void {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

const fn = (name: string) => ({ type: 'function', function: { name } });
const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
const metadataOf = (count: number) => Object.fromEntries(many(count, (index) => [`k${index}`, 'v']));

describe('validation', () => {
  let t: TestV1Server;
  let api: Api;
  let assistantId: string;
  /** 21 files of the caller's: one more than an assistant may have. */
  let fileIds: string[];

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1 });
    api = t.api();
    fileIds = await uploadFiles(api, many(21, (i) => `f${i}.txt`));
    assistantId = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [fn('known'), { type: 'retrieval' }] })).body.id;
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  /** A fresh thread, so runs never collide with an active one. */
  async function thread(): Promise<string> {
    return (await api.post<Thread>('/threads')).body.id;
  }

  it('uses OpenAI wording for limit', async () => {
    const above = await api.get('/assistants?limit=101');
    expect(errorOf(above)).toEqual({
      message: "Invalid 'limit': integer above maximum value. Expected a value <= 100, but got 101 instead.",
      type: 'invalid_request_error',
      param: 'limit',
      code: 'integer_above_max_value',
    });
    expect(errorOf(await api.get('/assistants?limit=0')).message).toBe(
      "Invalid 'limit': integer below minimum value. Expected a value >= 1, but got 0 instead.",
    );
    expectOk(await api.get('/assistants?limit=100'));
    expectOk(await api.get('/assistants?limit=1'));
    expect400(await api.get('/assistants?limit=0'), 'limit', 'integer_below_min_value');
    expect400(await api.get('/assistants?limit=abc'), 'limit', 'invalid_type');
    expect400(await api.get('/assistants?order=sideways'), 'order', 'invalid_value');
  });

  it('requires model for createAssistant', async () => {
    const response = await api.post('/assistants', {});
    expect400(response, 'model', 'missing_required_parameter');
    expect(errorOf(response).message).toBe("Missing required parameter: 'model'.");
    expect400(await api.post('/assistants', { model: 4 }), 'model', 'invalid_type');
  });

  it.each([
    ['name', 256],
    ['description', 512],
    ['instructions', 256_000],
  ])('limits %s to %i characters', async (field, max) => {
    expectOk(await api.post('/assistants', { model: 'm', [field]: 'x'.repeat(max) }));
    const response = await api.post('/assistants', { model: 'm', [field]: 'x'.repeat(max + 1) });
    expect400(response, field, 'string_above_max_length');
    expect(errorOf(response).message).toBe(
      `Invalid '${field}': string too long. Expected a string with maximum length ${max}, but got a string with length ${max + 1} instead.`,
    );
  });

  it('limits assistant tools to 128 and file_ids to 20', async () => {
    expectOk(await api.post('/assistants', { model: 'm', tools: many(128, (i) => fn(`f${i}`)) }));
    expect400(await api.post('/assistants', { model: 'm', tools: many(129, (i) => fn(`f${i}`)) }), 'tools', 'array_above_max_length');
    expectOk(await api.post('/assistants', { model: 'm', file_ids: fileIds.slice(0, 20) }));
    expect400(await api.post('/assistants', { model: 'm', file_ids: fileIds }), 'file_ids', 'array_above_max_length');
  });

  it('checks function names and tool types', async () => {
    expectOk(await api.post('/assistants', { model: 'm', tools: [fn('a'.repeat(64))] }));
    expect400(await api.post('/assistants', { model: 'm', tools: [fn('a'.repeat(65))] }), 'tools[0].function.name', 'invalid_value');
    expect400(await api.post('/assistants', { model: 'm', tools: [fn('has space')] }), 'tools[0].function.name', 'invalid_value');
    expect400(await api.post('/assistants', { model: 'm', tools: [{ type: 'browser' }] }), 'tools[0].type', 'invalid_value');
    expect400(await api.post('/assistants', { model: 'm', tools: [{ type: 'function' }] }), 'tools[0].function', 'missing_required_parameter');
  });

  it('limits metadata to 16 pairs, keys to 64 and values to 512 characters', async () => {
    expectOk(await api.post('/assistants', { model: 'm', metadata: metadataOf(16) }));
    expect400(await api.post('/assistants', { model: 'm', metadata: metadataOf(17) }), 'metadata', 'object_above_max_properties');
    expectOk(await api.post('/threads', { metadata: { ['k'.repeat(64)]: 'v' } }));
    expect400(await api.post('/threads', { metadata: { ['k'.repeat(65)]: 'v' } }), 'metadata', 'string_above_max_length');
    expectOk(await api.post('/threads', { metadata: { k: 'v'.repeat(512) } }));
    expect400(await api.post('/threads', { metadata: { k: 'v'.repeat(513) } }), 'metadata.k', 'string_above_max_length');
    expect400(await api.post('/threads', { metadata: { k: 1 } }), 'metadata.k', 'invalid_type');
    expectOk(await api.post('/threads', { metadata: null }));
  });

  it('checks messages: role, content 1..256000, file_ids 1..10', async () => {
    const threadId = await thread();
    const path = `/threads/${threadId}/messages`;
    expect400(await api.post(path, { content: 'x' }), 'role', 'missing_required_parameter');
    expect400(await api.post(path, { role: 'system', content: 'x' }), 'role', 'invalid_value');
    expect(errorOf(await api.post(path, { role: 'system', content: 'x' })).message).toBe(
      "Invalid value: 'system'. Supported values are: 'user' and 'assistant'.",
    );
    expect400(await api.post(path, { role: 'user' }), 'content', 'missing_required_parameter');
    expect400(await api.post(path, { role: 'user', content: '' }), 'content', 'string_below_min_length');
    expectOk(await api.post(path, { role: 'user', content: 'x' }));
    expectOk(await api.post(path, { role: 'assistant', content: 'x'.repeat(256_000) }));
    expect400(await api.post(path, { role: 'user', content: 'x'.repeat(256_001) }), 'content', 'string_above_max_length');
    expect400(await api.post(path, { role: 'user', content: 'x', file_ids: [] }), 'file_ids', 'empty_array');
    expectOk(await api.post(path, { role: 'user', content: 'x', file_ids: fileIds.slice(0, 10) }));
    expect400(await api.post(path, { role: 'user', content: 'x', file_ids: fileIds.slice(0, 11) }), 'file_ids', 'array_above_max_length');
    expect400(await api.post('/threads', { messages: [{ role: 'user', content: '' }] }), 'messages[0].content', 'string_below_min_length');
  });

  it('checks file ids: their form, then that the file is the caller\'s', async () => {
    expect400(await api.post('/assistants', { model: 'm', file_ids: ['nope'] }), 'file_ids[0]', 'invalid_value');
    const missing = await api.post('/assistants', { model: 'm', file_ids: ['file-missing1'] });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).message).toBe("No file found with id 'file-missing1'.");
    expect400(await api.post(`/assistants/${assistantId}/files`, { file_id: 'abc' }), 'file_id', 'invalid_value');
    expect((await api.post(`/assistants/${assistantId}/files`, { file_id: 'file-missingX' })).status).toBe(404);
    const threadId = await thread();
    expect400(await api.post(`/threads/${threadId}/messages`, { role: 'user', content: 'x', file_ids: ['file-ok', 'bad'] }), 'file_ids[1]', 'invalid_value');
  });

  it('checks run parameters', async () => {
    const runs = async () => `/threads/${await thread()}/runs`;
    expect400(await api.post(await runs(), {}), 'assistant_id', 'missing_required_parameter');
    const missing = await api.post(await runs(), { assistant_id: 'asst_missing' });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).message).toBe("No assistant found with id 'asst_missing'.");
    const base = { assistant_id: assistantId };
    expectOk(await api.post(await runs(), { ...base, temperature: 2 }));
    expectOk(await api.post(await runs(), { ...base, temperature: 0 }));
    const hot = await api.post(await runs(), { ...base, temperature: 2.5 });
    expect400(hot, 'temperature', 'decimal_above_max_value');
    expect(errorOf(hot).message).toBe("Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.5 instead.");
    expect400(await api.post(await runs(), { ...base, temperature: -0.1 }), 'temperature', 'decimal_below_min_value');
    for (const field of ['max_prompt_tokens', 'max_completion_tokens']) {
      expectOk(await api.post(await runs(), { ...base, [field]: 256 }));
      expect400(await api.post(await runs(), { ...base, [field]: 255 }), field, 'integer_below_min_value');
      expect400(await api.post(await runs(), { ...base, [field]: 300.5 }), field, 'invalid_type');
    }
    expectOk(await api.post(await runs(), { ...base, tools: many(20, (i) => fn(`f${i}`)) }));
    expect400(await api.post(await runs(), { ...base, tools: many(21, (i) => fn(`f${i}`)) }), 'tools', 'array_above_max_length');
  });

  it('checks truncation_strategy, tool_choice and response_format', async () => {
    const runs = async () => `/threads/${(await api.post<Thread>('/threads')).body.id}/runs`;
    const base = { assistant_id: assistantId };
    const ok = await api.post<Run>(await runs(), { ...base, truncation_strategy: { type: 'last_messages', last_messages: 1 } });
    expectOk(ok);
    expect(ok.body.truncation_strategy).toEqual({ type: 'last_messages', last_messages: 1 });
    expect400(
      await api.post(await runs(), { ...base, truncation_strategy: { type: 'last_messages', last_messages: 0 } }),
      'truncation_strategy.last_messages',
      'integer_below_min_value',
    );
    expect400(await api.post(await runs(), { ...base, truncation_strategy: { type: 'middle' } }), 'truncation_strategy.type', 'invalid_value');
    expectOk(await api.post(await runs(), { ...base, tool_choice: 'none' }));
    expectOk(await api.post(await runs(), { ...base, tool_choice: { type: 'function', function: { name: 'known' } } }));
    expectOk(await api.post(await runs(), { ...base, tool_choice: { type: 'retrieval' } }));
    expect400(await api.post(await runs(), { ...base, tool_choice: 'always' }), 'tool_choice', 'invalid_value');
    expect400(await api.post(await runs(), { ...base, tool_choice: { type: 'function', function: { name: 'unknown' } } }), 'tool_choice', 'invalid_value');
    expect400(await api.post(await runs(), { ...base, tool_choice: { type: 'code_interpreter' } }), 'tool_choice', 'invalid_value');
    expect400(await api.post(await runs(), { ...base, tool_choice: { type: 'function' } }), 'tool_choice.function', 'missing_required_parameter');
    expect400(await api.post(await runs(), { ...base, tool_choice: { type: 'browser' } }), 'tool_choice.type', 'invalid_value');
    expectOk(await api.post(await runs(), { ...base, response_format: 'auto' }));
    expectOk(await api.post(await runs(), { ...base, response_format: { type: 'text' } }));
    expect400(await api.post(await runs(), { ...base, response_format: { type: 'json_object' } }), 'response_format', 'invalid_value');
    expectOk(await api.post(await runs(), { ...base, tools: [fn('known')], response_format: { type: 'json_object' } }));
    expect400(await api.post(await runs(), { ...base, response_format: { type: 'yaml' } }), 'response_format.type', 'invalid_value');
  });

  it('checks tool outputs and the assistant-file limit', async () => {
    expect400(await api.post(`/threads/${await thread()}/runs/run_x/submit_tool_outputs`, {}), 'tool_outputs', 'missing_required_parameter');
    const assistant = (await api.post<Assistant>('/assistants', { model: 'm', file_ids: fileIds.slice(0, 20) })).body;
    const full = await api.post(`/assistants/${assistant.id}/files`, { file_id: fileIds[20] });
    expect400(full, 'file_id', 'array_above_max_length');
    expect(errorOf(full).message).toContain('maximum of 20 files');
  });

  it('echoes run defaults', async () => {
    const run = (await api.post<Run>(`/threads/${await thread()}/runs`, { assistant_id: assistantId })).body;
    expect(run).toMatchObject({
      temperature: 1,
      truncation_strategy: { type: 'auto', last_messages: null },
      tool_choice: 'auto',
      response_format: 'auto',
      max_prompt_tokens: null,
      max_completion_tokens: null,
      metadata: {},
    });
    const message = (await api.post<Message>(`/threads/${await thread()}/messages`, { role: 'user', content: 'hi' })).body;
    expect(message.metadata).toEqual({});
  });
});
