/** Every kind of answer the server gives through Assistants v2, validated against the v2 OpenAPI response schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistantV2, MessageV2, RunStepV2, RunV2, ThreadV2, VectorStore, VectorStoreFileBatch } from '../../src/v2/schemas.js';
import { settled } from '../helpers/kit.js';
import { readSse, startTestV1Server, uploadFile, uploadFiles } from './helpers.js';
import type { Api, ApiResponse, TestV1Server } from './helpers.js';
import { loadSpecValidator, sharedSpecPathV2, specPathV2 } from './spec-validator.js';

const validator = loadSpecValidator(specPathV2);

describe('the shipped v2 OpenAPI description', () => {
  it.runIf(existsSync(sharedSpecPathV2))('is the same as the shared copy next to the repository', () => {
    expect(readFileSync(specPathV2, 'utf8')).toBe(readFileSync(sharedSpecPathV2, 'utf8'));
  });

  it('rejects a body that breaks the schema (the validator is not vacuous)', () => {
    expect(validator.validate('AssistantObject', { id: 'asst_x', object: 'assistant', tools: [{ type: 'retrieval' }] }).length).toBeGreaterThan(0);
    expect(validator.validate('VectorStoreObject', { id: 'vs_x' }).length).toBeGreaterThan(0);
  });
});

describe('v2 responses match the v2 OpenAPI spec', () => {
  let t: TestV1Server;
  let api: Api;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1 });
    api = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  function check(operationId: string, response: ApiResponse<unknown>): void {
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validator.validate(validator.responseSchema(operationId), response.body), operationId).toEqual([]);
  }

  it('validates all 41 operations', async () => {
    const [fileA, fileB, fileC, fileM] = await uploadFiles(api, ['a.txt', 'b.txt', 'c.txt', 'm.txt']);
    const uploaded = await uploadFile(api, 'd.txt');
    check('listFiles', await api.get('/files'));
    check('retrieveFile', await api.get(`/files/${uploaded.id}`));

    const store = await api.post<VectorStore>('/vector_stores', {
      name: 'docs',
      file_ids: [fileA],
      expires_after: { anchor: 'last_active_at', days: 7 },
      chunking_strategy: { type: 'auto' },
      metadata: { k: 'v' },
    });
    check('createVectorStore', store);
    const storeId = store.body.id;
    check('listVectorStores', await api.get('/vector_stores'));
    check('getVectorStore', await api.get(`/vector_stores/${storeId}`));
    check('modifyVectorStore', await api.post(`/vector_stores/${storeId}`, { name: 'renamed' }));
    check('createVectorStoreFile', await api.post(`/vector_stores/${storeId}/files`, { file_id: fileB }));
    check('listVectorStoreFiles', await api.get(`/vector_stores/${storeId}/files?filter=completed`));
    check('getVectorStoreFile', await api.get(`/vector_stores/${storeId}/files/${fileB}`));
    check('deleteVectorStoreFile', await api.del(`/vector_stores/${storeId}/files/${fileB}`));
    const batch = await api.post<VectorStoreFileBatch>(`/vector_stores/${storeId}/file_batches`, { file_ids: [fileB, fileC] });
    check('createVectorStoreFileBatch', batch);
    check('getVectorStoreFileBatch', await api.get(`/vector_stores/${storeId}/file_batches/${batch.body.id}`));
    check('listFilesInVectorStoreBatch', await api.get(`/vector_stores/${storeId}/file_batches/${batch.body.id}/files`));
    const cancelled = await api.post(`/vector_stores/${storeId}/file_batches/${batch.body.id}/cancel`);
    expect(cancelled.status).toBe(400);

    const assistantBody = {
      model: 'gpt-4o',
      name: 'Spec',
      instructions: 'Be brief.',
      tools: [
        { type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } },
        { type: 'file_search', file_search: { max_num_results: 5 } },
        { type: 'code_interpreter' },
      ],
      tool_resources: { file_search: { vector_store_ids: [storeId] }, code_interpreter: { file_ids: [fileC] } },
      temperature: 0.5,
      top_p: 0.9,
      response_format: 'auto',
      metadata: { k: 'v' },
    };
    const created = await api.post<AssistantV2>('/assistants', assistantBody);
    check('createAssistant', created);
    const assistant = created.body;
    check('listAssistants', await api.get('/assistants'));
    check('getAssistant', await api.get(`/assistants/${assistant.id}`));
    check('modifyAssistant', await api.post(`/assistants/${assistant.id}`, { description: 'd', top_p: 0.8 }));

    const thread = await api.post<ThreadV2>('/threads', {
      messages: [{ role: 'user', content: 'first', attachments: [{ file_id: fileM, tools: [{ type: 'file_search' }] }] }],
      metadata: {},
    });
    check('createThread', thread);
    const threadId = thread.body.id;
    check('getThread', await api.get(`/threads/${threadId}`));
    check('modifyThread', await api.post(`/threads/${threadId}`, { metadata: { a: 'b' } }));
    const message = await api.post<MessageV2>(`/threads/${threadId}/messages`, {
      role: 'user',
      content: [{ type: 'text', text: 'call lookup({"q":1})' }],
    });
    check('createMessage', message);
    check('getMessage', await api.get(`/threads/${threadId}/messages/${message.body.id}`));
    check('modifyMessage', await api.post(`/threads/${threadId}/messages/${message.body.id}`, { metadata: { x: 'y' } }));

    const run = await api.post<RunV2>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, parallel_tool_calls: false, top_p: 0.5 });
    check('createRun', run);
    const waiting = await t.events.run(run.body.id, settled);
    expect(waiting.status).toBe('requires_action');
    check('getRun', await api.get(`/threads/${threadId}/runs/${run.body.id}`));
    const callId = waiting.required_action?.submit_tool_outputs.tool_calls[0]?.id ?? '';
    check(
      'submitToolOuputsToRun',
      await api.post(`/threads/${threadId}/runs/${run.body.id}/submit_tool_outputs`, { tool_outputs: [{ tool_call_id: callId, output: '42' }] }),
    );
    await t.events.run(run.body.id, (r) => r.status === 'completed');
    const steps = await api.get<{ data: RunStepV2[] }>(`/threads/${threadId}/runs/${run.body.id}/steps?order=asc`);
    check('listRunSteps', steps);
    for (const step of steps.body.data) check('getRunStep', await api.get(`/threads/${threadId}/runs/${run.body.id}/steps/${step.id}`));
    check('modifyRun', await api.post(`/threads/${threadId}/runs/${run.body.id}`, { metadata: { m: 'n' } }));
    check('listMessages', await api.get(`/threads/${threadId}/messages`));

    const slow = await api.post<RunV2>(`/threads/${threadId}/runs`, { assistant_id: assistant.id, tool_choice: 'none' });
    check('cancelRun', await api.post(`/threads/${threadId}/runs/${slow.body.id}/cancel`));
    await t.events.run(slow.body.id, (r) => r.status === 'cancelled');
    check('listRuns', await api.get(`/threads/${threadId}/runs`));

    const threadAndRun = await api.post<RunV2>('/threads/runs', {
      assistant_id: assistant.id,
      thread: { messages: [{ role: 'user', content: 'hello' }] },
      tool_choice: { type: 'file_search' },
      truncation_strategy: { type: 'last_messages', last_messages: 3 },
      max_completion_tokens: 300,
    });
    check('createThreadAndRun', threadAndRun);
    await t.events.run(threadAndRun.body.id, settled);
    check('getRun', await api.get(`/threads/${threadAndRun.body.thread_id}/runs/${threadAndRun.body.id}`));

    check('deleteMessage', await api.del(`/threads/${threadId}/messages/${message.body.id}`));
    check('deleteThread', await api.del(`/threads/${threadId}`));
    check('deleteAssistant', await api.del(`/assistants/${assistant.id}`));
    check('deleteVectorStore', await api.del(`/vector_stores/${storeId}`));
    check('deleteFile', await api.del(`/files/${uploaded.id}`));
  });

  it('validates every v2 stream event, file_search included', async () => {
    const file = await uploadFile(api, 'keeper.txt', 'The spare lantern wicks are kept in the blue chest. The oil is in the cellar.');
    const store = await api.post<VectorStore>('/vector_stores', { file_ids: [file.id] });
    const assistant = await api.post<AssistantV2>('/assistants', {
      model: 'gpt-4o',
      tools: [{ type: 'function', function: { name: 'f' } }, { type: 'file_search' }],
      tool_resources: { file_search: { vector_store_ids: [store.body.id] } },
    });
    const first = await readSse(
      await api.stream('/threads/runs', {
        assistant_id: assistant.body.id,
        stream: true,
        thread: { messages: [{ role: 'user', content: 'search lantern wicks' }] },
      }),
    );
    const runCreated = first.find((event) => event.event === 'thread.run.created');
    const run = JSON.parse(runCreated?.data ?? '{}') as RunV2;
    const second = await readSse(
      await api.stream(`/threads/${run.thread_id}/runs`, {
        assistant_id: assistant.body.id,
        stream: true,
        additional_messages: [{ role: 'user', content: 'call f({"a":1})' }],
      }),
    );
    const required = second.find((event) => event.event === 'thread.run.requires_action');
    const waiting = JSON.parse(required?.data ?? '{}') as RunV2;
    const callId = waiting.required_action?.submit_tool_outputs.tool_calls[0]?.id;
    const third = await readSse(
      await api.stream(`/threads/${run.thread_id}/runs/${waiting.id}/submit_tool_outputs`, {
        stream: true,
        tool_outputs: [{ tool_call_id: callId, output: 'ok' }],
      }),
    );
    const events = [...first, ...second, ...third];
    const names = events.map((event) => event.event);
    expect(names).toContain('thread.created');
    expect(names).toContain('thread.message.delta');
    expect(names).toContain('thread.run.step.delta');
    expect(names.filter((name) => name === 'thread.run.completed')).toHaveLength(2);
    for (const event of events) {
      const frame = { event: event.event, data: event.event === 'done' ? event.data : (JSON.parse(event.data) as unknown) };
      expect(validator.validate('AssistantStreamEvent', frame), `${event.event} ${event.data}`).toEqual([]);
    }
    const completed = first.find((event) => event.event === 'thread.message.completed');
    const cited = JSON.parse(completed?.data ?? '{}') as MessageV2;
    const [part] = cited.content;
    expect(part?.type === 'text' ? part.text.annotations : []).toEqual([
      expect.objectContaining({ type: 'file_citation', file_citation: { file_id: file.id } }),
    ]);
  });

  it('validates error envelopes', async () => {
    const errors = [
      await api.get('/vector_stores/vs_nope'),
      await api.post('/assistants', { model: 'm', tools: [{ type: 'retrieval' }] }),
      await api.get('/assistants/asst_x/files'),
    ];
    for (const error of errors) {
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(validator.validate('ErrorResponse', error.body)).toEqual([]);
    }
  });
});
