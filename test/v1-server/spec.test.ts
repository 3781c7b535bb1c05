/** Every kind of answer the v1 server gives, validated against the v1 OpenAPI response schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Assistant, Message, Run, RunStep, Thread } from '../../src/v1/schemas.js';
import { settled } from '../helpers/kit.js';
import { readSse, startTestV1Server, uploadFiles } from './helpers.js';
import type { Api, ApiResponse, TestV1Server } from './helpers.js';
import { loadSpecValidator, sharedSpecPath, specPath } from './spec-validator.js';

const validator = loadSpecValidator();

// `loadSpecValidator` fails this file, naming the file, if the shipped description is missing.
describe('the shipped OpenAPI description', () => {
  // Beside the shared copy (the workspace, not a fresh clone), the shipped one must not drift from it.
  it.runIf(existsSync(sharedSpecPath))('is the same as the shared copy next to the repository', () => {
    expect(readFileSync(specPath, 'utf8')).toBe(readFileSync(sharedSpecPath, 'utf8'));
  });
});

describe('responses match the OpenAPI spec', () => {
  let t: TestV1Server;
  let api: Api;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1 });
    api = t.api();
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  function check(operationId: string, response: ApiResponse<unknown>): void {
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validator.validate(validator.responseSchema(operationId), response.body)).toEqual([]);
  }

  it('compiled every component schema', () => {
    const spec = parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, unknown> } };
    const names = Object.keys(spec.components.schemas);
    expect(names.length).toBeGreaterThan(70);
    expect(validator.schemaNames).toEqual([...names, 'ErrorResponse']);
  });

  it('rejects a body that breaks the schema (the validator is not vacuous)', () => {
    expect(validator.validate('AssistantObject', { id: 'asst_x' }).length).toBeGreaterThan(0);
    expect(validator.validate('RunObject', { object: 'thread.run' }).length).toBeGreaterThan(0);
  });

  it('validates all 28 operations', async () => {
    const [fileA1, fileA2, fileA3, fileM1, fileM2] = await uploadFiles(api, ['a1.txt', 'a2.txt', 'a3.txt', 'm1.txt', 'm2.txt']);
    const assistantBody = {
      model: 'gpt-4-turbo',
      name: 'Spec',
      instructions: 'Be brief.',
      tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }, { type: 'retrieval' }],
      file_ids: [fileA1],
      metadata: { k: 'v' },
    };
    const created = await api.post<Assistant>('/assistants', assistantBody);
    check('createAssistant', created);
    const assistant = created.body;
    check('listAssistants', await api.get('/assistants'));
    check('getAssistant', await api.get(`/assistants/${assistant.id}`));
    check('modifyAssistant', await api.post(`/assistants/${assistant.id}`, { description: 'd', file_ids: [fileA1, fileA2] }));
    check('createAssistantFile', await api.post(`/assistants/${assistant.id}/files`, { file_id: fileA3 }));
    check('listAssistantFiles', await api.get(`/assistants/${assistant.id}/files`));
    check('getAssistantFile', await api.get(`/assistants/${assistant.id}/files/${fileA3}`));
    check('deleteAssistantFile', await api.del(`/assistants/${assistant.id}/files/${fileA3}`));

    const thread = await api.post<Thread>('/threads', {
      messages: [{ role: 'user', content: 'first', file_ids: [fileM1] }],
      metadata: {},
    });
    check('createThread', thread);
    const threadId = thread.body.id;
    check('getThread', await api.get(`/threads/${threadId}`));
    check('modifyThread', await api.post(`/threads/${threadId}`, { metadata: { a: 'b' } }));
    const message = await api.post<Message>(`/threads/${threadId}/messages`, {
      role: 'user',
      content: 'call lookup({"q":1})',
      file_ids: [fileM2],
    });
    check('createMessage', message);
    check('getMessage', await api.get(`/threads/${threadId}/messages/${message.body.id}`));
    check('modifyMessage', await api.post(`/threads/${threadId}/messages/${message.body.id}`, { metadata: { x: 'y' } }));
    check('listMessageFiles', await api.get(`/threads/${threadId}/messages/${message.body.id}/files`));
    check('getMessageFile', await api.get(`/threads/${threadId}/messages/${message.body.id}/files/${fileM2}`));

    const run = await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, tools: [assistantBody.tools[0]] });
    check('createRun', run);
    const waiting = await t.events.run(run.body.id, settled);
    expect(waiting.status).toBe('requires_action');
    check('getRun', await api.get(`/threads/${threadId}/runs/${run.body.id}`));
    const steps = await api.get<{ data: RunStep[] }>(`/threads/${threadId}/runs/${run.body.id}/steps`);
    check('listRunSteps', steps);
    const callId = waiting.required_action?.submit_tool_outputs.tool_calls[0]?.id ?? '';
    check(
      'submitToolOuputsToRun',
      await api.post(`/threads/${threadId}/runs/${run.body.id}/submit_tool_outputs`, { tool_outputs: [{ tool_call_id: callId, output: '42' }] }),
    );
    const done = await t.events.run(run.body.id, (r) => r.status === 'completed');
    expect(done.status).toBe('completed');
    check('getRun', await api.get(`/threads/${threadId}/runs/${run.body.id}`));
    const allSteps = await api.get<{ data: RunStep[] }>(`/threads/${threadId}/runs/${run.body.id}/steps?order=asc`);
    check('listRunSteps', allSteps);
    for (const step of allSteps.body.data) check('getRunStep', await api.get(`/threads/${threadId}/runs/${run.body.id}/steps/${step.id}`));
    check('modifyRun', await api.post(`/threads/${threadId}/runs/${run.body.id}`, { metadata: { m: 'n' } }));
    check('listMessages', await api.get(`/threads/${threadId}/messages`));
    check('listMessages', await api.get(`/threads/${threadId}/messages?run_id=${run.body.id}`));

    // It calls lookup again and waits for its output, so it is still active when cancelled, however fast the store is.
    const slow = await api.post<Run>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, tools: [assistantBody.tools[0]] });
    check('cancelRun', await api.post(`/threads/${threadId}/runs/${slow.body.id}/cancel`));
    await t.events.run(slow.body.id, (r) => r.status === 'cancelled');
    check('listRuns', await api.get(`/threads/${threadId}/runs`));

    const threadAndRun = await api.post<Run>('/threads/runs', {
      assistant_id: assistant.id,
      thread: { messages: [{ role: 'user', content: '#fail please' }] },
      temperature: 0.5,
      max_prompt_tokens: 300,
      truncation_strategy: { type: 'last_messages', last_messages: 3 },
      response_format: { type: 'text' },
    });
    check('createThreadAndRun', threadAndRun);
    const failed = await t.events.run(threadAndRun.body.id, settled);
    expect(failed.status).toBe('failed');
    const failedRun = await api.get<Run>(`/threads/${threadAndRun.body.thread_id}/runs/${threadAndRun.body.id}`);
    expect(failedRun.body.status).toBe('failed');
    check('getRun', failedRun);

    check('listAssistants', await api.get('/assistants?limit=1&order=asc'));
    check('listRuns', await api.get(`/threads/${threadAndRun.body.thread_id}/runs?after=${threadAndRun.body.id}`));
    check('deleteThread', await api.del(`/threads/${threadId}`));
    check('deleteAssistant', await api.del(`/assistants/${assistant.id}`));
    check('listAssistantFiles', await api.get(`/assistants/${(await api.post<Assistant>('/assistants', { model: 'm' })).body.id}/files`));
  });

  it('validates error envelopes', async () => {
    const errors = [
      await api.get('/assistants/asst_nope'),
      await api.get('/assistants?limit=0'),
      await t.api('sk-invalid-1').get('/assistants'),
      await api.call('GET', '/assistants', { bareHeaders: true }),
    ];
    for (const error of errors) {
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(validator.validate('ErrorResponse', error.body)).toEqual([]);
    }
  });

  it('validates every stream event', async () => {
    const assistant = await api.post<Assistant>('/assistants', {
      model: 'gpt-4',
      tools: [{ type: 'function', function: { name: 'f' } }],
    });
    const first = await readSse(
      await api.stream('/threads/runs', {
        assistant_id: assistant.body.id,
        stream: true,
        thread: { messages: [{ role: 'user', content: 'call f({"a":1})' }] },
      }),
    );
    const runCreated = first.find((event) => event.event === 'thread.run.created');
    const run = JSON.parse(runCreated?.data ?? '{}') as Run;
    const required = first.find((event) => event.event === 'thread.run.requires_action');
    const callId = (JSON.parse(required?.data ?? '{}') as Run).required_action?.submit_tool_outputs.tool_calls[0]?.id;
    const second = await readSse(
      await api.stream(`/threads/${run.thread_id}/runs/${run.id}/submit_tool_outputs`, {
        stream: true,
        tool_outputs: [{ tool_call_id: callId, output: 'ok' }],
      }),
    );
    const third = await readSse(
      await api.stream(`/threads/${run.thread_id}/runs`, { assistant_id: assistant.body.id, stream: true, tool_choice: 'none' }),
    );
    const events = [...first, ...second, ...third];
    expect(events.map((event) => event.event)).toContain('thread.message.delta');
    for (const event of events) {
      const frame = { event: event.event, data: event.event === 'done' ? event.data : (JSON.parse(event.data) as unknown) };
      expect(validator.validate('AssistantStreamEvent', frame), event.event).toEqual([]);
    }
  });
});
