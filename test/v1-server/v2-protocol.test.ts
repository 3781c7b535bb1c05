/**
 * Assistants v2 over HTTP: the version each request's `OpenAI-Beta` picks, objects read through
 * the other version in its own shapes, vector stores, and `file_search` in runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, Message, Run } from '../../src/v1/schemas.js';
import type { AssistantV2, MessageV2, RunStepV2, RunV2, ThreadV2, VectorStore, VectorStoreFile } from '../../src/v2/schemas.js';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import { settled } from '../helpers/kit.js';
import { startFakeChatServer, textReply, toolCallReply } from './fake-chat-server.js';
import type { FakeChatServer } from './fake-chat-server.js';
import { scopeOf } from '../../src/v1-server/index.js';
import type { FileObject } from '../../src/v1-server/index.js';
import { errorOf, startTestV1Server, uploadFile } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

const DAY_MS = 86_400_000;

describe('Assistants v2', () => {
  let t: TestV1Server;
  let v1: Api;
  let v2: Api;
  let offsetMs = 0;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1, clock: () => Date.now() + offsetMs });
    v1 = t.api('sk-test-a', 'v1');
    v2 = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  async function finished(threadId: string, runId: string): Promise<Run> {
    const run = await t.events.run(runId, settled);
    expect(run.thread_id).toBe(threadId);
    return run;
  }

  describe('the version of each request', () => {
    it('answers the operations only one version has with 404, naming the other version', async () => {
      const assistant = await v1.post<Assistant>('/assistants', { model: 'm' });
      const v1Only = await v2.get(`/assistants/${assistant.body.id}/files`);
      expect(v1Only.status).toBe(404);
      expect(errorOf(v1Only).message).toContain("send 'OpenAI-Beta: assistants=v1'");
      const v2Only = await v1.get('/vector_stores');
      expect(v2Only.status).toBe(404);
      expect(errorOf(v2Only).message).toContain("send 'OpenAI-Beta: assistants=v2'");
      expect((await v2.get('/vector_stores')).status).toBe(200);
    });

    it('serves the Files API whatever the header', async () => {
      const file = await uploadFile(v2, 'x.txt');
      const bare = await v2.call('GET', `/files/${file.id}`, { bareHeaders: true, headers: { authorization: 'Bearer sk-test-a' } });
      expect(bare.status).toBe(200);
    });
  });

  describe('one store, each version its shapes', () => {
    it('shows a v1 assistant through v2: retrieval as file_search, file_ids as code_interpreter files', async () => {
      const file = await uploadFile(v1, 'notes.txt');
      const created = await v1.post<Assistant>('/assistants', { model: 'm', tools: [{ type: 'retrieval' }], file_ids: [file.id] });
      const read = await v2.get<AssistantV2>(`/assistants/${created.body.id}`);
      expect(read.body.tools).toEqual([{ type: 'file_search' }]);
      expect(read.body.tool_resources).toEqual({ code_interpreter: { file_ids: [file.id] }, file_search: { vector_store_ids: [] } });
      expect(read.body).not.toHaveProperty('file_ids');
    });

    it('shows a v2 assistant through v1: file_search as retrieval, code_interpreter files as file_ids', async () => {
      const file = await uploadFile(v2, 'code.txt');
      const store = await v2.post<VectorStore>('/vector_stores', {});
      const created = await v2.post<AssistantV2>('/assistants', {
        model: 'm',
        tools: [{ type: 'file_search', file_search: { max_num_results: 3 } }, { type: 'code_interpreter' }],
        tool_resources: { code_interpreter: { file_ids: [file.id] }, file_search: { vector_store_ids: [store.body.id] } },
        top_p: 0.5,
      });
      expect(created.body.tools).toEqual([{ type: 'file_search', file_search: { max_num_results: 3 } }, { type: 'code_interpreter' }]);
      expect(created.body.top_p).toBe(0.5);
      const read = await v1.get<Assistant>(`/assistants/${created.body.id}`);
      expect(read.body.tools).toEqual([{ type: 'retrieval' }, { type: 'code_interpreter' }]);
      expect(read.body.file_ids).toEqual([file.id]);
      expect(read.body).not.toHaveProperty('tool_resources');
      // A v1 change keeps what only v2 says.
      await v1.post(`/assistants/${created.body.id}`, { name: 'renamed' });
      const again = await v2.get<AssistantV2>(`/assistants/${created.body.id}`);
      expect(again.body.name).toBe('renamed');
      expect(again.body.tool_resources?.file_search?.vector_store_ids).toEqual([store.body.id]);
      expect(again.body.top_p).toBe(0.5);
    });

    it('shows message files as attachments and attachments as file_ids', async () => {
      const file = await uploadFile(v1, 'm.txt');
      const thread = await v1.post<{ id: string }>('/threads', { messages: [{ role: 'user', content: 'hi', file_ids: [file.id] }] });
      const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${thread.body.id}/messages`);
      expect(messages.body.data[0]?.attachments).toEqual([{ file_id: file.id, tools: [{ type: 'file_search' }] }]);

      const image = await uploadFile(v1, 'm.png', 'image bytes');
      const posted = await v2.post<MessageV2>(`/threads/${thread.body.id}/messages`, {
        role: 'user',
        content: [{ type: 'text', text: 'look' }, { type: 'image_file', image_file: { file_id: image.id } }],
        attachments: [{ file_id: file.id, tools: [{ type: 'code_interpreter' }] }],
      });
      expect(posted.body.attachments).toEqual([{ file_id: file.id, tools: [{ type: 'code_interpreter' }] }]);
      const asV1 = await v1.get<Message>(`/threads/${thread.body.id}/messages/${posted.body.id}`);
      expect(asV1.body.file_ids).toEqual([file.id]);
      expect(asV1.body.content).toEqual([
        { type: 'text', text: { value: 'look', annotations: [] } },
        { type: 'image_file', image_file: { file_id: image.id } },
      ]);
    });

    it('keeps image parts in their places, image URLs beside the v1 message, and refuses a file that is no image', async () => {
      const image = await uploadFile(v2, 'dot.png', 'not really a png');
      const text = await uploadFile(v2, 'notes.txt');
      const thread = await v2.post<ThreadV2>('/threads', {});
      const content = [
        { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'low' } },
        { type: 'text', text: 'What are these?' },
        { type: 'image_file', image_file: { file_id: image.id } },
      ];
      const posted = await v2.post<MessageV2>(`/threads/${thread.body.id}/messages`, { role: 'user', content });
      expect(posted.body.content).toEqual([
        content[0],
        { type: 'text', text: { value: 'What are these?', annotations: [] } },
        { type: 'image_file', image_file: { file_id: image.id } },
      ]);
      expect((await v2.get<MessageV2>(`/threads/${thread.body.id}/messages/${posted.body.id}`)).body.content).toEqual(posted.body.content);
      expect((await v1.get<Message>(`/threads/${thread.body.id}/messages/${posted.body.id}`)).body.content).toEqual(posted.body.content.slice(1));
      const refused = await v2.post(`/threads/${thread.body.id}/messages`, {
        role: 'user',
        content: [{ type: 'image_file', image_file: { file_id: text.id } }],
      });
      expect(refused.status).toBe(400);
      expect(errorOf(refused)).toMatchObject({ param: 'message.content[0].image_file.file_id', code: 'invalid_value' });
    });

    it('shows a v1 run through v2 with the v2 fields', async () => {
      const assistant = await v1.post<Assistant>('/assistants', { model: 'm' });
      const run = await v1.post<Run>('/threads/runs', { assistant_id: assistant.body.id, thread: { messages: [{ role: 'user', content: 'hi' }] } });
      await finished(run.body.thread_id, run.body.id);
      const read = await v2.get<RunV2>(`/threads/${run.body.thread_id}/runs/${run.body.id}`);
      expect(read.body).toMatchObject({ status: 'completed', parallel_tool_calls: true, top_p: 1 });
      expect(read.body).not.toHaveProperty('file_ids');

      const schema = await v2.post('/assistants', { model: 'm', response_format: { type: 'json_schema', json_schema: { name: 'no spaces allowed' } } });
      expect(schema.status).toBe(400);
      expect(errorOf(schema).param).toMatch(/^response_format/);
    });
  });

  describe('vector stores', () => {
    it('counts files and bytes, lists by status, and refuses what the index cannot do', async () => {
      const good = await uploadFile(v2, 'good.txt', 'Plain words.');
      const binary = await uploadFile(v2, 'picture.png', 'xx');
      const store = await v2.post<VectorStore>('/vector_stores', { name: 'mixed', file_ids: [good.id, binary.id] });
      expect(store.body).toMatchObject({
        status: 'completed',
        usage_bytes: good.bytes + binary.bytes,
        file_counts: { in_progress: 0, completed: 1, failed: 1, cancelled: 0, total: 2 },
      });
      const failed = await v2.get<{ data: VectorStoreFile[] }>(`/vector_stores/${store.body.id}/files?filter=failed`);
      expect(failed.body.data.map((file) => [file.id, file.last_error?.code])).toEqual([[binary.id, 'unsupported_file']]);
      const staticChunks = await v2.post(`/vector_stores/${store.body.id}/files`, {
        file_id: good.id,
        chunking_strategy: { type: 'static', static: { max_chunk_size_tokens: 800, chunk_overlap_tokens: 400 } },
      });
      expect(staticChunks.status).toBe(400);
      expect(errorOf(staticChunks).param).toBe('chunking_strategy');
      const two = await v2.post('/assistants', {
        model: 'm',
        tool_resources: { file_search: { vector_store_ids: [store.body.id], vector_stores: [{ file_ids: [good.id] }] } },
      });
      expect(two.status).toBe(400);
      expect(errorOf(two)).toMatchObject({ param: 'tool_resources.file_search', code: 'array_above_max_length' });
      const stores = async (): Promise<number> => (await v2.get<{ data: VectorStore[] }>('/vector_stores?limit=100')).body.data.length;
      const before = await stores();
      const unknown = await v2.post('/vector_stores', { file_ids: ['file-doesnotexist'] });
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown).message).toContain('file-doesnotexist');
      // Nothing half-made: the store was not kept.
      expect(await stores()).toBe(before);
    });

    it('holds at most 10,000 files in a store, and one store per assistant or thread', async () => {
      const scope = scopeOf('sk-test-a');
      const ids = Array.from({ length: 10_000 }, (_, index) => `file-limit${index}`);
      const files = ids.map((id): [string, FileObject] => [
        id,
        { id, object: 'file', bytes: 1, created_at: 1, filename: 'x.txt', purpose: 'assistants', status: 'processed', status_details: null },
      ]);
      await t.events.store.transaction((tx) => tx.files.putMany(scope, '', files));
      const full = await v2.post<VectorStore>('/vector_stores', { file_ids: ids });
      expect(full.body.file_counts.total).toBe(10_000);
      const extra = await uploadFile(v2, 'one-more.txt');
      const refused = await v2.post(`/vector_stores/${full.body.id}/files`, { file_id: extra.id });
      expect(refused.status).toBe(400);
      expect(errorOf(refused)).toMatchObject({ param: 'file_id', code: 'array_above_max_length' });
      expect(errorOf(refused).message).toContain('10000');
      const twoStores = await v2.post('/threads', { tool_resources: { file_search: { vector_store_ids: [full.body.id, full.body.id] } } });
      expect(twoStores.status).toBe(400);
      expect(errorOf(twoStores).param).toBe('tool_resources.file_search.vector_store_ids');
    });

    it('drops a deleted file from the stores that held it', async () => {
      const file = await uploadFile(v2, 'gone.txt', 'Soon gone.');
      const kept = await uploadFile(v2, 'kept.txt', 'Still here.');
      const store = await v2.post<VectorStore>('/vector_stores', { file_ids: [file.id, kept.id] });
      expect((await v1.del(`/files/${file.id}`)).status).toBe(200);
      const after = await v2.get<VectorStore>(`/vector_stores/${store.body.id}`);
      expect(after.body).toMatchObject({ usage_bytes: kept.bytes, file_counts: { completed: 1, total: 1 } });
      expect((await v2.get(`/vector_stores/${store.body.id}/files/${file.id}`)).status).toBe(404);
    });

    it('expires a store once the clock passes expires_after, and file_search no longer reads it', async () => {
      const file = await uploadFile(v2, 'tides.txt', 'High tide comes at noon in the harbour.');
      const store = await v2.post<VectorStore>('/vector_stores', { file_ids: [file.id], expires_after: { anchor: 'last_active_at', days: 1 } });
      expect(store.body.expires_at).toBe((store.body.last_active_at ?? 0) + 86_400);
      const assistant = await v2.post<AssistantV2>('/assistants', {
        model: 'm',
        tools: [{ type: 'file_search' }],
        tool_resources: { file_search: { vector_store_ids: [store.body.id] } },
      });
      offsetMs += 2 * DAY_MS;
      try {
        expect((await v2.get<VectorStore>(`/vector_stores/${store.body.id}`)).body.status).toBe('expired');
        const run = await v2.post<RunV2>('/threads/runs', {
          assistant_id: assistant.body.id,
          thread: { messages: [{ role: 'user', content: 'search tide' }] },
        });
        await finished(run.body.thread_id, run.body.id);
        const steps = await v2.get<{ data: RunStepV2[] }>(`/threads/${run.body.thread_id}/runs/${run.body.id}/steps`);
        expect(steps.body.data.map((step) => step.step_details.type)).toEqual(['message_creation']);
      } finally {
        offsetMs -= 2 * DAY_MS;
      }
    });
  });

  describe('file_search in runs', () => {
    const text = [
      'The spare lantern wicks are kept in the blue chest.',
      'The lamp oil is stored in the cellar, far from the wicks.',
      'Visitors sign the book by the door.',
    ].join('\n\n');

    it('searches the assistant’s vector store, records the results, and cites the file', async () => {
      const file = await uploadFile(v2, 'keeper.txt', text);
      const assistant = await v2.post<AssistantV2>('/assistants', {
        model: 'm',
        tools: [{ type: 'file_search', file_search: { max_num_results: 2 } }],
        tool_resources: { file_search: { vector_stores: [{ file_ids: [file.id] }] } },
      });
      const [storeId] = assistant.body.tool_resources?.file_search?.vector_store_ids ?? [];
      expect(storeId).toMatch(/^vs_/);
      const run = await v2.post<RunV2>('/threads/runs', {
        assistant_id: assistant.body.id,
        thread: { messages: [{ role: 'user', content: 'search lantern wicks' }] },
      });
      expect((await finished(run.body.thread_id, run.body.id)).status).toBe('completed');
      const steps = await v2.get<{ data: RunStepV2[] }>(`/threads/${run.body.thread_id}/runs/${run.body.id}/steps?order=asc`);
      const [search] = steps.body.data;
      const call = search?.step_details.type === 'tool_calls' ? search.step_details.tool_calls[0] : undefined;
      expect(call?.type).toBe('file_search');
      const results = call?.type === 'file_search' ? (call.file_search.results ?? []) : [];
      expect(results.map((result) => [result.file_id, result.file_name, result.score])).toEqual([[file.id, 'keeper.txt', 1]]);
      expect(results[0]).not.toHaveProperty('content');
      const stepPath = `/threads/${run.body.thread_id}/runs/${run.body.id}/steps/${search?.id ?? ''}`;
      const withContent = await v2.get<RunStepV2>(`${stepPath}?include[]=step_details.tool_calls[*].file_search.results[*].content`);
      const detailed = withContent.body.step_details.type === 'tool_calls' ? withContent.body.step_details.tool_calls[0] : undefined;
      expect(detailed?.type === 'file_search' ? detailed.file_search.results?.[0]?.content : undefined).toEqual([{ type: 'text', text }]);
      expect((await v2.get(`${stepPath}?include[]=step_details.nothing`)).status).toBe(400);

      const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${run.body.thread_id}/messages?run_id=${run.body.id}`);
      const [part] = messages.body.data[0]?.content ?? [];
      expect(part?.type === 'text' ? part.text.value : '').toContain('blue chest');
      expect(part?.type === 'text' ? part.text.annotations : []).toEqual([
        expect.objectContaining({ type: 'file_citation', file_citation: { file_id: file.id } }),
      ]);
    });

    it('keeps searching a v1 assistant’s files after a change through v2', async () => {
      const file = await uploadFile(v1, 'v1-notes.txt', 'The harbour master keeps the tide tables in the tower.');
      const assistant = await v1.post<Assistant>('/assistants', { model: 'm', tools: [{ type: 'retrieval' }], file_ids: [file.id] });
      await v2.post(`/assistants/${assistant.body.id}`, { name: 'renamed through v2' });
      const run = await v2.post<RunV2>('/threads/runs', {
        assistant_id: assistant.body.id,
        thread: { messages: [{ role: 'user', content: 'search tide tables' }] },
      });
      await finished(run.body.thread_id, run.body.id);
      const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${run.body.thread_id}/messages?run_id=${run.body.id}`);
      const [part] = messages.body.data[0]?.content ?? [];
      expect(part?.type === 'text' ? part.text.value : '').toContain('tide tables in the tower');
    });

    it('takes createThreadAndRun’s tool_resources as the new thread’s, given once', async () => {
      const assistant = await v2.post<AssistantV2>('/assistants', { model: 'm' });
      const store = await v2.post<VectorStore>('/vector_stores', {});
      const run = await v2.post<RunV2>('/threads/runs', {
        assistant_id: assistant.body.id,
        tool_resources: { file_search: { vector_store_ids: [store.body.id] } },
      });
      const thread = await v2.get<ThreadV2>(`/threads/${run.body.thread_id}`);
      expect(thread.body.tool_resources?.file_search?.vector_store_ids).toEqual([store.body.id]);
      const twice = await v2.post('/threads/runs', {
        assistant_id: assistant.body.id,
        tool_resources: { file_search: { vector_store_ids: [store.body.id] } },
        thread: { tool_resources: { code_interpreter: { file_ids: [] } } },
      });
      expect(twice.status).toBe(400);
      expect(errorOf(twice).param).toBe('tool_resources');
    });

    it('puts a file_search attachment in the thread’s own vector store, which the run searches', async () => {
      const file = await uploadFile(v2, 'log.txt', text);
      const assistant = await v2.post<AssistantV2>('/assistants', { model: 'm', tools: [{ type: 'file_search' }] });
      const thread = await v2.post<ThreadV2>('/threads', {
        messages: [{ role: 'user', content: 'search cellar oil', attachments: [{ file_id: file.id, tools: [{ type: 'file_search' }] }] }],
      });
      const [storeId] = thread.body.tool_resources?.file_search?.vector_store_ids ?? [];
      const files = await v2.get<{ data: VectorStoreFile[] }>(`/vector_stores/${storeId ?? 'none'}/files`);
      expect(files.body.data.map((entry) => entry.id)).toEqual([file.id]);
      const run = await v2.post<RunV2>(`/threads/${thread.body.id}/runs`, { assistant_id: assistant.body.id });
      expect((await finished(thread.body.id, run.body.id)).status).toBe('completed');
      const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${thread.body.id}/messages?run_id=${run.body.id}`);
      const [part] = messages.body.data[0]?.content ?? [];
      expect(part?.type === 'text' ? part.text.annotations.map((annotation) => annotation.type === 'file_citation' && annotation.file_citation.file_id) : []).toEqual([
        file.id,
      ]);
    });
  });
});

describe('file_search ranking options', () => {
  let t: TestV1Server;
  let v2: Api;

  beforeAll(async () => {
    // Files are searched by chunk, never given whole, so results are ranked.
    t = await startTestV1Server({ stepDelayMs: 1, retrievalInlineTokens: 1 });
    v2 = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  async function resultsOf(fileSearch: Record<string, unknown>, files: readonly string[]): Promise<Array<{ file_id: string; score: number }>> {
    const assistant = await v2.post<AssistantV2>('/assistants', {
      model: 'm',
      tools: [{ type: 'file_search', file_search: fileSearch }],
      tool_resources: { file_search: { vector_stores: [{ file_ids: files }] } },
    });
    const run = await v2.post<RunV2>('/threads/runs', {
      assistant_id: assistant.body.id,
      thread: { messages: [{ role: 'user', content: 'search anchor chain' }] },
    });
    await t.events.run(run.body.id, settled);
    const steps = await v2.get<{ data: RunStepV2[] }>(`/threads/${run.body.thread_id}/runs/${run.body.id}/steps?order=asc`);
    const details = steps.body.data[0]?.step_details;
    const call = details?.type === 'tool_calls' ? details.tool_calls[0] : undefined;
    return call?.type === 'file_search' ? (call.file_search.results ?? []) : [];
  }

  it('keeps to max_num_results and drops results under score_threshold', async () => {
    const ids: string[] = [];
    for (const [name, words] of [['a.txt', 'anchor chain anchor chain'], ['b.txt', 'anchor rope'], ['c.txt', 'chain link'], ['d.txt', 'anchor']]) {
      ids.push((await uploadFile(v2, name ?? '', `${words ?? ''}.`)).id);
    }
    const all = await resultsOf({}, ids);
    expect(all.length).toBeGreaterThan(2);
    expect(all[0]?.score).toBe(1);
    expect(all.every((result, index) => index === 0 || result.score < 1)).toBe(true);
    expect(await resultsOf({ max_num_results: 2 }, ids)).toEqual(all.slice(0, 2));
    const threshold = all[1]?.score ?? 0;
    expect(await resultsOf({ ranking_options: { score_threshold: threshold } }, ids)).toEqual(all.filter((result) => result.score >= threshold));
  });
});

describe('v2 runs with a model server', () => {
  let fake: FakeChatServer;
  let t: TestV1Server;
  let v2: Api;

  beforeAll(async () => {
    fake = await startFakeChatServer();
    t = await startTestV1Server({ model: new ChatCompletionsModel({ baseUrl: fake.url, retryBaseDelayMs: 1, maxRetries: 0 }), stepDelayMs: 0 });
    v2 = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
    await fake.close();
  });

  it('offers file_search as a function, and sends top_p and parallel_tool_calls', async () => {
    const file = await uploadFile(v2, 'policy.txt', 'Refunds are accepted within 30 days of purchase.');
    const assistant = await v2.post<AssistantV2>('/assistants', {
      model: 'gpt-4o',
      tools: [{ type: 'file_search' }, { type: 'function', function: { name: 'lookup' } }],
      tool_resources: { file_search: { vector_stores: [{ file_ids: [file.id] }] } },
    });
    fake.enqueue(
      toolCallReply([{ id: 'call_s1', name: 'file_search', arguments: '{"query":"refund window"}' }]),
      textReply('Within 30 days【1†source】.'),
    );
    const run = await v2.post<RunV2>('/threads/runs', {
      assistant_id: assistant.body.id,
      thread: { messages: [{ role: 'user', content: 'How long for a refund?' }] },
      top_p: 0.4,
      parallel_tool_calls: false,
      tool_choice: { type: 'file_search' },
    });
    expect((await t.events.run(run.body.id, settled)).status).toBe('completed');
    const first = fake.requests[0]?.body as Record<string, unknown>;
    expect(first).toMatchObject({ top_p: 0.4, parallel_tool_calls: false, tool_choice: { type: 'function', function: { name: 'file_search' } } });
    expect((first.tools as Array<{ function: { name: string } }>).map((tool) => tool.function.name)).toEqual(['file_search', 'lookup']);
    const second = fake.requests[1]?.body as { messages: Array<{ role: string; content: string | null }> };
    expect(second.messages.at(-1)?.content).toContain('Refunds are accepted within 30 days');
    const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${run.body.thread_id}/messages?run_id=${run.body.id}`);
    const [part] = messages.body.data[0]?.content ?? [];
    expect(part?.type === 'text' ? part.text : undefined).toEqual({
      value: 'Within 30 days【1†source】.',
      annotations: [{ type: 'file_citation', text: '【1†source】', file_citation: { file_id: file.id }, start_index: 14, end_index: 24 }],
    });
  });

  it('shows the model the images of user messages', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o' });
    const image = await uploadFile(v2, 'dot.png', 'PNG bytes');
    fake.enqueue(textReply('Two images.'));
    const run = await v2.post<RunV2>('/threads/runs', {
      assistant_id: assistant.body.id,
      thread: {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Describe them.' },
              { type: 'image_file', image_file: { file_id: image.id } },
              { type: 'image_url', image_url: { url: 'https://example.com/b.jpg', detail: 'high' } },
            ],
          },
        ],
      },
    });
    expect((await t.events.run(run.body.id, settled)).status).toBe('completed');
    const sent = fake.requests.at(-1)?.body as { messages: unknown[] };
    expect(sent.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe them.' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${Buffer.from('PNG bytes').toString('base64')}` } },
          { type: 'image_url', image_url: { url: 'https://example.com/b.jpg', detail: 'high' } },
        ],
      },
    ]);
  });

  it('runs with the assistant’s temperature and top_p unless the run gives its own', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o', temperature: 0.2, top_p: 0.3 });
    fake.enqueue(textReply('Defaults.'), textReply('Own.'));
    const inherited = await v2.post<RunV2>('/threads/runs', { assistant_id: assistant.body.id, thread: { messages: [{ role: 'user', content: 'a' }] } });
    await t.events.run(inherited.body.id, settled);
    expect(inherited.body).toMatchObject({ temperature: 0.2, top_p: 0.3 });
    expect(fake.requests.at(-1)?.body).toMatchObject({ temperature: 0.2, top_p: 0.3 });
    const own = await v2.post<RunV2>(`/threads/${inherited.body.thread_id}/runs`, { assistant_id: assistant.body.id, temperature: 0.9, top_p: 0.8 });
    await t.events.run(own.body.id, settled);
    expect(fake.requests.at(-1)?.body).toMatchObject({ temperature: 0.9, top_p: 0.8 });
  });

  it('asks the model for Structured Outputs with a json_schema response_format', async () => {
    const format = {
      type: 'json_schema',
      json_schema: { name: 'answer', schema: { type: 'object', properties: { ok: { type: 'boolean' } } }, strict: true },
    };
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o', response_format: format });
    expect(assistant.body.response_format).toEqual(format);
    fake.enqueue(textReply('{"ok":true}'));
    const run = await v2.post<RunV2>('/threads/runs', { assistant_id: assistant.body.id, thread: { messages: [{ role: 'user', content: 'ok?' }] } });
    expect((await t.events.run(run.body.id, settled)).status).toBe('completed');
    expect(fake.requests.at(-1)?.body).toMatchObject({ response_format: format });
    expect((await v2.get<RunV2>(`/threads/${run.body.thread_id}/runs/${run.body.id}`)).body.response_format).toEqual(format);
    const v1 = t.api('sk-test-a', 'v1');
    expect((await v1.get<Run>(`/threads/${run.body.thread_id}/runs/${run.body.id}`)).body.response_format).toEqual({ type: 'json_schema' });
  });

  it('sends tool_choice required as it is', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o', tools: [{ type: 'function', function: { name: 'lookup' } }] });
    fake.enqueue(textReply('No call.'));
    const run = await v2.post<RunV2>('/threads/runs', {
      assistant_id: assistant.body.id,
      thread: { messages: [{ role: 'user', content: 'Look it up.' }] },
      tool_choice: 'required',
    });
    expect((await t.events.run(run.body.id, settled)).status).toBe('completed');
    expect(fake.requests.at(-1)?.body).toMatchObject({ tool_choice: 'required' });
    expect((await v2.get<RunV2>(`/threads/${run.body.thread_id}/runs/${run.body.id}`)).body.tool_choice).toBe('required');
  });
});
