/**
 * Assistants v2 details over HTTP: function tools' `strict`, `reasoning_effort`, images counted
 * toward `max_prompt_tokens`, `additional_messages` written with their run, and deleted vector
 * stores leaving the assistants and threads that named them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/v1-server/index.js';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import type { Store } from '../../src/v1-server/index.js';
import type { AssistantV2, MessageV2, RunV2, ThreadV2 } from '../../src/v2/schemas.js';
import { testDatabaseUrl } from '../helpers/database.js';
import { settled } from '../helpers/kit.js';
import { startFakeChatServer, textReply } from './fake-chat-server.js';
import type { FakeChatServer } from './fake-chat-server.js';
import { errorOf, startTestV1Server } from './helpers.js';
import type { Api, TestV1Server } from './helpers.js';

function textsOf(messages: readonly MessageV2[]): string[] {
  return messages.map((message) => (message.content[0]?.type === 'text' ? message.content[0].text.value : ''));
}

describe('a v2 run’s additional_messages', () => {
  let store: Store;
  /** Called once after the next committed transaction, before its caller goes on. */
  let afterNextCommit: (() => Promise<void>) | undefined;
  let t: TestV1Server;
  let v2: Api;

  beforeAll(async () => {
    const inner = await openStore(await testDatabaseUrl());
    store = new Proxy(inner, {
      get(target, key) {
        if (key === 'transaction') {
          return async <T>(work: Parameters<Store['transaction']>[0]): Promise<T> => {
            const result = (await target.transaction(work)) as T;
            const hook = afterNextCommit;
            afterNextCommit = undefined;
            await hook?.();
            return result;
          };
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    t = await startTestV1Server({ stepDelayMs: 1, store });
    v2 = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
    await store.close();
  });

  it('are written with their run: a run started meanwhile cannot leave them without it', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o' });
    const thread = await v2.post<ThreadV2>('/threads', {});
    const path = `/threads/${thread.body.id}/runs`;
    let other: number | undefined;
    // Another run is asked for as soon as the first transaction of this request commits.
    afterNextCommit = async () => {
      other = (await v2.post(path, { assistant_id: assistant.body.id })).status;
    };
    const run = await v2.post<RunV2>(path, { assistant_id: assistant.body.id, additional_messages: [{ role: 'user', content: 'first words' }] });
    expect(run.status).toBe(200);
    expect(other).toBe(400);
    const messages = await v2.get<{ data: MessageV2[] }>(`/threads/${thread.body.id}/messages?order=asc`);
    expect(textsOf(messages.body.data.filter((message) => message.role === 'user'))).toEqual(['first words']);
  });
});

/** A PNG's signature and IHDR chunk, which say its size; the pixels are never read. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

describe('v2 runs with the built-in model', () => {
  let t: TestV1Server;
  let v2: Api;

  beforeAll(async () => {
    t = await startTestV1Server({ stepDelayMs: 1 });
    v2 = t.api('sk-test-a', 'v2');
  });
  afterAll(async () => {
    await t.v1Server.close();
  });

  async function upload(name: string, bytes: Buffer): Promise<string> {
    const form = new FormData();
    form.append('purpose', 'assistants');
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const response = await v2.call<{ id: string }>('POST', '/files', { form });
    expect(response.status).toBe(200);
    return response.body.id;
  }

  /** How a run on one message of these content parts ends under `max_prompt_tokens`. */
  async function runEnd(content: unknown[], maxPromptTokens: number): Promise<RunV2['status']> {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o' });
    const run = await v2.post<RunV2>('/threads/runs', {
      assistant_id: assistant.body.id,
      thread: { messages: [{ role: 'user', content }] },
      max_prompt_tokens: maxPromptTokens,
    });
    expect(run.status).toBe(200);
    const ended = await t.events.run(run.body.id, settled);
    if (ended.status === 'incomplete') expect(ended.incomplete_details).toEqual({ reason: 'max_prompt_tokens' });
    return ended.status;
  }

  it('counts images toward max_prompt_tokens by their detail and size', async () => {
    const text = { type: 'text', text: 'look' };
    const urls = (detail: string): unknown[] =>
      ['a', 'b', 'c'].map((name) => ({ type: 'image_url', image_url: { url: `https://example.com/${name}.png`, detail } }));
    // 85 tokens each at `low`: the message fits in 300.
    expect(await runEnd([text, ...urls('low')], 300)).toBe('completed');
    // A URL's size is not known: at `high` it counts as the largest image (1,445 tokens).
    expect(await runEnd([text, ...urls('high')], 300)).toBe('incomplete');
    // A file's size is read from its header: 1536×512 is 3 tiles (595 tokens), 2048×2048 is brought to 768×768, 4 tiles (765).
    const wide = await upload('wide.png', pngHeader(1536, 512));
    const square = await upload('square.png', pngHeader(2048, 2048));
    expect(await runEnd([text, { type: 'image_file', image_file: { file_id: wide } }], 620)).toBe('completed');
    expect(await runEnd([text, { type: 'image_file', image_file: { file_id: square } }], 620)).toBe('incomplete');
  });

  it('takes a deleted vector store out of the tool_resources of the assistants and threads that named it', async () => {
    const store = await v2.post<{ id: string }>('/vector_stores', { name: 'gone soon' });
    const resources = { file_search: { vector_store_ids: [store.body.id] } };
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o', tools: [{ type: 'file_search' }], tool_resources: resources });
    const thread = await v2.post<ThreadV2>('/threads', { tool_resources: resources });
    expect(assistant.body.tool_resources?.file_search?.vector_store_ids).toEqual([store.body.id]);
    expect((await v2.del(`/vector_stores/${store.body.id}`)).status).toBe(200);

    expect((await v2.get<AssistantV2>(`/assistants/${assistant.body.id}`)).body.tool_resources?.file_search?.vector_store_ids).toEqual([]);
    const listed = await v2.get<{ data: AssistantV2[] }>('/assistants?limit=100');
    expect(listed.body.data.find((one) => one.id === assistant.body.id)?.tool_resources?.file_search?.vector_store_ids).toEqual([]);
    const renamed = await v2.post<AssistantV2>(`/assistants/${assistant.body.id}`, { name: 'renamed' });
    expect(renamed.body.tool_resources?.file_search?.vector_store_ids).toEqual([]);
    expect((await v2.get<ThreadV2>(`/threads/${thread.body.id}`)).body.tool_resources?.file_search?.vector_store_ids).toEqual([]);

    // A file_search attachment gives the thread a new store of its own.
    const file = await upload('notes.txt', Buffer.from('The tide turns at noon.'));
    const message = await v2.post<MessageV2>(`/threads/${thread.body.id}/messages`, {
      role: 'user',
      content: 'see the notes',
      attachments: [{ file_id: file, tools: [{ type: 'file_search' }] }],
    });
    expect(message.status).toBe(200);
    const [own] = (await v2.get<ThreadV2>(`/threads/${thread.body.id}`)).body.tool_resources?.file_search?.vector_store_ids ?? [];
    expect(own).toMatch(/^vs_/);
    expect(own).not.toBe(store.body.id);
  });
});

describe('v2 function strictness and reasoning effort, with a model server', () => {
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

  const lookup = { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'], additionalProperties: false } };

  /** The tools and reasoning effort the model server was last asked with. */
  function lastAsked(): { tools: Array<{ function: Record<string, unknown> }>; reasoning_effort?: unknown } {
    return fake.requests.at(-1)?.body as { tools: Array<{ function: Record<string, unknown> }>; reasoning_effort?: unknown };
  }

  it('keeps a function tool’s strict, shows it in v2, and sends it to the model', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', {
      model: 'o3-mini',
      tools: [{ type: 'function', function: { ...lookup, strict: true } }, { type: 'function', function: { name: 'plain' } }],
    });
    expect(assistant.status).toBe(200);
    const shown = [
      { type: 'function', function: { ...lookup, strict: true } },
      { type: 'function', function: { name: 'plain' } },
    ];
    expect(assistant.body.tools).toMatchObject(shown);
    expect((await v2.get<AssistantV2>(`/assistants/${assistant.body.id}`)).body.tools).toMatchObject(shown);
    expect((await v2.get<AssistantV2>(`/assistants/${assistant.body.id}`)).body.tools[1]).not.toHaveProperty('function.strict');
    // v1 has no strict.
    expect((await t.api('sk-test-a', 'v1').get<AssistantV2>(`/assistants/${assistant.body.id}`)).body.tools[0]).not.toHaveProperty('function.strict');

    fake.enqueue(textReply('Inherited.'), textReply('Own.'));
    const inherited = await v2.post<RunV2>('/threads/runs', { assistant_id: assistant.body.id, thread: { messages: [{ role: 'user', content: 'q' }] } });
    expect((await t.events.run(inherited.body.id, settled)).status).toBe('completed');
    expect(inherited.body.tools).toMatchObject(shown);
    expect(lastAsked().tools.map((tool) => tool.function)).toEqual([{ ...lookup, strict: true }, { name: 'plain' }]);

    const own = await v2.post<RunV2>(`/threads/${inherited.body.thread_id}/runs`, {
      assistant_id: assistant.body.id,
      tools: [{ type: 'function', function: { ...lookup, strict: false } }],
    });
    expect((await t.events.run(own.body.id, settled)).status).toBe('completed');
    expect((await v2.get<RunV2>(`/threads/${own.body.thread_id}/runs/${own.body.id}`)).body.tools).toMatchObject([
      { type: 'function', function: { name: 'lookup', strict: false } },
    ]);
    expect(lastAsked().tools.map((tool) => tool.function)).toEqual([{ ...lookup, strict: false }]);
  });

  it('takes reasoning_effort on assistants and runs and sends it to the model', async () => {
    const assistant = await v2.post<AssistantV2>('/assistants', { model: 'o3-mini', reasoning_effort: 'low' });
    expect(assistant.status).toBe(200);
    fake.enqueue(textReply('Low.'), textReply('High.'), textReply('Medium.'), textReply('Default.'));
    const inherited = await v2.post<RunV2>('/threads/runs', { assistant_id: assistant.body.id, thread: { messages: [{ role: 'user', content: 'q' }] } });
    await t.events.run(inherited.body.id, settled);
    expect(lastAsked().reasoning_effort).toBe('low');
    const threadId = inherited.body.thread_id;
    const own = await v2.post<RunV2>(`/threads/${threadId}/runs`, { assistant_id: assistant.body.id, reasoning_effort: 'high' });
    await t.events.run(own.body.id, settled);
    expect(lastAsked().reasoning_effort).toBe('high');

    expect((await v2.post(`/assistants/${assistant.body.id}`, { reasoning_effort: 'medium' })).status).toBe(200);
    const changed = await v2.post<RunV2>(`/threads/${threadId}/runs`, { assistant_id: assistant.body.id });
    await t.events.run(changed.body.id, settled);
    expect(lastAsked().reasoning_effort).toBe('medium');

    const plain = await v2.post<AssistantV2>('/assistants', { model: 'gpt-4o' });
    const unset = await v2.post<RunV2>(`/threads/${threadId}/runs`, { assistant_id: plain.body.id });
    await t.events.run(unset.body.id, settled);
    expect(lastAsked()).not.toHaveProperty('reasoning_effort');

    const refused = await v2.post(`/threads/${threadId}/runs`, { assistant_id: assistant.body.id, reasoning_effort: 'extreme' });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).param).toBe('reasoning_effort');
  });
});
