/**
 * The official `openai` SDK 4.54 (Assistants v2: it sends `OpenAI-Beta: assistants=v2`), used as a
 * v2 app would, through every v2 operation, its polling and streaming helpers, against the built-in
 * server and its deterministic model.
 */
import OpenAI, { toFile } from 'openai-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestV1Server } from './helpers.js';
import type { TestV1Server } from './helpers.js';

const KEEPER = [
  'The spare lantern wicks are kept in the blue chest.',
  'The lamp oil is stored in the cellar, far from the wicks.',
].join('\n\n');

function textOf(message: OpenAI.Beta.Threads.Message | undefined): string {
  const part = message?.content[0];
  return part?.type === 'text' ? part.text.value : '';
}

describe('the openai SDK 4.54 (Assistants v2) against the built-in server', () => {
  let t: TestV1Server;
  let client: OpenAI;
  let file: OpenAI.FileObject;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1 });
    client = new OpenAI({ apiKey: 'sk-test-a', baseURL: t.v1Server.url, maxRetries: 0, timeout: 5_000 });
    file = await client.files.create({ file: await toFile(Buffer.from(KEEPER), 'keeper.txt'), purpose: 'assistants' });
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  it('sends assistants=v2', async () => {
    await client.beta.assistants.list();
    expect(t.v1Server.stats.requests.at(-1)?.beta).toBe('assistants=v2');
  });

  it('manages vector stores, their files and batches', async () => {
    const store = await client.beta.vectorStores.create({ name: 'docs', file_ids: [file.id], expires_after: { anchor: 'last_active_at', days: 3 } });
    expect(store).toMatchObject({ object: 'vector_store', status: 'completed', file_counts: { completed: 1, total: 1 }, usage_bytes: file.bytes });
    expect((await client.beta.vectorStores.retrieve(store.id)).name).toBe('docs');
    expect((await client.beta.vectorStores.update(store.id, { name: 'renamed', metadata: { k: 'v' } })).metadata).toEqual({ k: 'v' });
    expect((await client.beta.vectorStores.list()).data.map((listed) => listed.id)).toContain(store.id);

    const second = await client.files.create({ file: await toFile(Buffer.from('Tides turn at noon.'), 'tides.txt'), purpose: 'assistants' });
    const added = await client.beta.vectorStores.files.createAndPoll(store.id, { file_id: second.id });
    expect(added).toMatchObject({ id: second.id, object: 'vector_store.file', status: 'completed' });
    expect((await client.beta.vectorStores.files.list(store.id, { filter: 'completed' })).data.map((listed) => listed.id).sort()).toEqual(
      [file.id, second.id].sort(),
    );
    expect((await client.beta.vectorStores.files.retrieve(store.id, second.id)).vector_store_id).toBe(store.id);
    expect(await client.beta.vectorStores.files.del(store.id, second.id)).toMatchObject({ id: second.id, deleted: true });

    const batch = await client.beta.vectorStores.fileBatches.uploadAndPoll(store.id, {
      files: [await toFile(Buffer.from('Anchors hold the boat.'), 'anchors.txt')],
    });
    expect(batch).toMatchObject({ object: 'vector_store.files_batch', status: 'completed', file_counts: { completed: 1, total: 1 } });
    expect((await client.beta.vectorStores.fileBatches.retrieve(store.id, batch.id)).id).toBe(batch.id);
    expect((await client.beta.vectorStores.fileBatches.listFiles(store.id, batch.id)).data).toHaveLength(1);
    await expect(client.beta.vectorStores.fileBatches.cancel(store.id, batch.id)).rejects.toMatchObject({ status: 400 });
    expect((await client.beta.vectorStores.retrieve(store.id)).file_counts.total).toBe(2);
    expect(await client.beta.vectorStores.del(store.id)).toMatchObject({ id: store.id, deleted: true });
  });

  it('answers from file_search with createAndPoll, citing the file', async () => {
    const assistant = await client.beta.assistants.create({
      model: 'gpt-4o',
      tools: [{ type: 'file_search' }],
      tool_resources: { file_search: { vector_stores: [{ file_ids: [file.id] }] } },
    });
    expect(assistant.tool_resources?.file_search?.vector_store_ids).toHaveLength(1);
    const thread = await client.beta.threads.create({ messages: [{ role: 'user', content: 'search lantern wicks' }] });
    const run = await client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 10 });
    expect(run.status).toBe('completed');
    const [answer] = (await client.beta.threads.messages.list(thread.id, { run_id: run.id })).data;
    expect(textOf(answer)).toContain('blue chest');
    const part = answer?.content[0];
    expect(part?.type === 'text' ? part.text.annotations.map((annotation) => annotation.type === 'file_citation' && annotation.file_citation.file_id) : []).toEqual([
      file.id,
    ]);
    const steps = await client.beta.threads.runs.steps.list(thread.id, run.id, { order: 'asc' });
    const details = steps.data[0]?.step_details;
    expect(details?.type === 'tool_calls' ? details.tool_calls.map((call) => call.type) : []).toEqual(['file_search']);
    const step = await client.beta.threads.runs.steps.retrieve(thread.id, run.id, steps.data[0]?.id ?? '');
    expect(step.id).toBe(steps.data[0]?.id);
  });

  it('streams with the helpers and round-trips a tool call through submitToolOutputsStream', async () => {
    const assistant = await client.beta.assistants.create({
      model: 'gpt-4o',
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
    });
    const thread = await client.beta.threads.create();
    await client.beta.threads.messages.create(thread.id, { role: 'user', content: 'Hello there' });
    let streamed = '';
    const first = client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id }).on('textDelta', (delta) => {
      streamed += delta.value ?? '';
    });
    const [greeting] = await first.finalMessages();
    expect(textOf(greeting)).toBe('You said: Hello there');
    expect(streamed).toBe('You said: Hello there');

    await client.beta.threads.messages.create(thread.id, { role: 'user', content: 'call get_weather({"city":"Paris"})' });
    const asking = await client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 10 });
    expect(asking.status).toBe('requires_action');
    const [call] = asking.required_action?.submit_tool_outputs.tool_calls ?? [];
    expect(call?.function).toEqual({ name: 'get_weather', arguments: '{"city":"Paris"}' });
    const resumed = client.beta.threads.runs.submitToolOutputsStream(thread.id, asking.id, {
      tool_outputs: [{ tool_call_id: call?.id ?? '', output: 'sunny' }],
    });
    const finalRun = await resumed.finalRun();
    expect(finalRun.status).toBe('completed');
    const [reply] = await resumed.finalMessages();
    expect(textOf(reply)).toBe('Tool results: get_weather=sunny');
  });

  it('goes through the rest of the v2 operations', async () => {
    const assistant = await client.beta.assistants.create({ model: 'gpt-4o', name: 'Ops', temperature: 0.3, top_p: 0.7 });
    expect((await client.beta.assistants.retrieve(assistant.id)).top_p).toBe(0.7);
    expect((await client.beta.assistants.update(assistant.id, { name: 'Ops 2' })).name).toBe('Ops 2');
    expect((await client.beta.assistants.list({ limit: 100 })).data.map((listed) => listed.id)).toContain(assistant.id);

    const run = await client.beta.threads.createAndRunPoll(
      { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'ping', attachments: [{ file_id: file.id, tools: [{ type: 'file_search' }] }] }] } },
      { pollIntervalMs: 10 },
    );
    expect(run).toMatchObject({ status: 'completed', temperature: 0.3, top_p: 0.7, parallel_tool_calls: true });
    const thread = await client.beta.threads.retrieve(run.thread_id);
    expect(thread.tool_resources?.file_search?.vector_store_ids).toHaveLength(1);
    expect((await client.beta.threads.update(thread.id, { metadata: { a: 'b' } })).metadata).toEqual({ a: 'b' });

    const messages = await client.beta.threads.messages.list(thread.id, { order: 'asc' });
    const [question] = messages.data;
    expect(question?.attachments).toEqual([{ file_id: file.id, tools: [{ type: 'file_search' }] }]);
    expect((await client.beta.threads.messages.retrieve(thread.id, question?.id ?? '')).id).toBe(question?.id);
    expect((await client.beta.threads.messages.update(thread.id, question?.id ?? '', { metadata: { x: 'y' } })).metadata).toEqual({ x: 'y' });

    expect((await client.beta.threads.runs.retrieve(thread.id, run.id)).id).toBe(run.id);
    expect((await client.beta.threads.runs.update(thread.id, run.id, { metadata: { m: 'n' } })).metadata).toEqual({ m: 'n' });
    expect((await client.beta.threads.runs.list(thread.id)).data.map((listed) => listed.id)).toEqual([run.id]);

    await client.beta.threads.messages.create(thread.id, { role: 'user', content: '#slow' });
    const slow = await client.beta.threads.runs.create(thread.id, { assistant_id: assistant.id });
    const cancelling = await client.beta.threads.runs.cancel(thread.id, slow.id);
    expect(['cancelling', 'cancelled']).toContain(cancelling.status);
    const ended = await client.beta.threads.runs.poll(thread.id, slow.id, { pollIntervalMs: 10 });
    expect(ended.status).toBe('cancelled');

    expect(await client.beta.threads.messages.del(thread.id, question?.id ?? '')).toMatchObject({ deleted: true });
    expect(await client.beta.threads.del(thread.id)).toMatchObject({ id: thread.id, deleted: true });
    expect(await client.beta.assistants.del(assistant.id)).toMatchObject({ id: assistant.id, deleted: true });
  });
});
