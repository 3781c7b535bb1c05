/**
 * The `retrieval` tool in runs, over real HTTP: the model is offered it only when the run can see
 * files, its calls are executed by the server and recorded as v1 retrieval steps, and the markers
 * the model writes become `file_citation` annotations in the final message and the stream alike.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import type { AssistantModel, ModelEvent, ModelInput } from '../../src/v1-server/model/model.js';
import type { Annotation, Assistant, ListPage, Message, Run, RunStep } from '../../src/v1/schemas.js';
import { settled } from '../helpers/kit.js';
import type { FakeChatServer, FakeRequest } from './fake-chat-server.js';
import { startFakeChatServer, textReply, toolCallReply } from './fake-chat-server.js';
import type { Api, SseEvent, TestV1Server } from './helpers.js';
import { readSse, startTestV1Server, uploadFile } from './helpers.js';

const POLICY = [
  'Shipping takes about a week to most countries.',
  'Refunds are accepted within 30 days of purchase.',
  'Gift cards cannot be exchanged for cash.',
].join(' ');
const FILLER = 'The annual picnic moved to the lake this year. Parking is behind the gym. Badges are needed after six.';

type Text = Extract<Message['content'][number], { type: 'text' }>['text'];

function textPart(message: Message | undefined): Text {
  const part = message?.content[0];
  if (part?.type !== 'text') throw new Error(`no text in ${JSON.stringify(message)}`);
  return part.text;
}

async function steps(api: Api, run: Run): Promise<RunStep[]> {
  return (await api.get<ListPage<RunStep>>(`/threads/${run.thread_id}/runs/${run.id}/steps?order=asc`)).body.data;
}

async function assistantMessage(api: Api, run: Run): Promise<Message | undefined> {
  const page = await api.get<ListPage<Message>>(`/threads/${run.thread_id}/messages?order=desc&limit=1`);
  return page.body.data[0];
}

describe('retrieval with the built-in model', () => {
  let t: TestV1Server;
  let api: Api;
  let assistant: Assistant;
  let policyId: string;

  beforeAll(async () => {
    t = await startTestV1Server();
    api = t.api();
    policyId = (await uploadFile(api, 'policy.txt', POLICY)).id;
    const filler = await uploadFile(api, 'picnic.txt', FILLER);
    assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'retrieval' }], file_ids: [filler.id, policyId] }))
      .body;
  });

  afterAll(async () => {
    await t.v1Server.close();
  });

  async function finished(run: Run): Promise<Run> {
    return t.events.run(run.id, settled);
  }

  it('searches the files, records a retrieval step, and cites the passage it quotes', async () => {
    const created = await api.post<Run>('/threads/runs', {
      assistant_id: assistant.id,
      thread: { messages: [{ role: 'user', content: 'search refunds purchase' }] },
    });
    const run = await finished(created.body);
    expect(run.status).toBe('completed');
    const [search, answer] = await steps(api, run);
    expect(search?.step_details).toEqual({ type: 'tool_calls', tool_calls: [{ id: expect.any(String), type: 'retrieval', retrieval: {} }] });
    expect(search?.status).toBe('completed');
    expect(answer?.type).toBe('message_creation');

    // Both small files go whole, the one matching the query first; the built-in model quotes its first sentence.
    const text = textPart(await assistantMessage(api, run));
    expect(text.value).toBe('From policy.txt: "Shipping takes about a week to most countries."【1†source】');
    expect(text.annotations).toEqual([
      {
        type: 'file_citation',
        text: '【1†source】',
        start_index: text.value.length - '【1†source】'.length,
        end_index: text.value.length,
        file_citation: { file_id: policyId, quote: 'Shipping takes about a week to most countries.' },
      },
    ]);
  });

  it('is not offered without files: the same message is answered as any other', async () => {
    const bare = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'retrieval' }] })).body;
    const created = await api.post<Run>('/threads/runs', {
      assistant_id: bare.id,
      thread: { messages: [{ role: 'user', content: 'search refunds' }] },
    });
    const run = await finished(created.body);
    expect(run.status).toBe('completed');
    expect((await steps(api, run)).map((step) => step.type)).toEqual(['message_creation']);
    expect(textPart(await assistantMessage(api, run)).value).toBe('You said: search refunds');
  });

  it('reads the files of the thread\'s messages too', async () => {
    const bare = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'retrieval' }] })).body;
    const created = await api.post<Run>('/threads/runs', {
      assistant_id: bare.id,
      thread: { messages: [{ role: 'user', content: 'search refunds', file_ids: [policyId] }] },
    });
    const run = await finished(created.body);
    const text = textPart(await assistantMessage(api, run));
    expect(text.value).toBe('From policy.txt: "Shipping takes about a week to most countries."【1†source】');
    const citation = text.annotations[0];
    expect(citation?.type === 'file_citation' && citation.file_citation).toEqual({
      file_id: policyId,
      quote: 'Shipping takes about a week to most countries.',
    });
  });

  it('streams the retrieval step and the citations in the deltas', async () => {
    const bare = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'retrieval' }], file_ids: [policyId] })).body;
    const events = await readSse(
      await api.stream('/threads/runs', {
        assistant_id: bare.id,
        stream: true,
        thread: { messages: [{ role: 'user', content: 'search refunds' }] },
      }),
    );
    const stepDelta = events.find((event) => event.event === 'thread.run.step.delta');
    expect(JSON.parse(stepDelta?.data ?? '{}')).toMatchObject({
      delta: { step_details: { type: 'tool_calls', tool_calls: [{ index: 0, type: 'retrieval', retrieval: {} }] } },
    });
    const { value, annotations } = gatherDeltas(events);
    const completed = JSON.parse(events.find((event) => event.event === 'thread.message.completed')?.data ?? '{}') as Message;
    expect(value).toBe(textPart(completed).value);
    expect(annotations).toEqual(textPart(completed).annotations.map((annotation, index) => ({ index, ...annotation })));
    expect(annotations).toHaveLength(1);
  });
});

/** The text and annotations of a message's deltas, gathered as a streaming client does. */
function gatherDeltas(events: readonly SseEvent[]): { value: string; annotations: Array<Annotation & { index: number }> } {
  let value = '';
  const annotations: Array<Annotation & { index: number }> = [];
  for (const event of events) {
    if (event.event !== 'thread.message.delta') continue;
    const delta = JSON.parse(event.data) as { delta: { content: Array<{ text?: { value?: string; annotations?: Array<Annotation & { index: number }> } }> } };
    for (const part of delta.delta.content) {
      value += part.text?.value ?? '';
      annotations.push(...(part.text?.annotations ?? []));
    }
  }
  return { value, annotations };
}

describe('retrieval with a model server', () => {
  let fake: FakeChatServer;
  let t: TestV1Server;
  let api: Api;
  let policyId: string;

  beforeAll(async () => {
    fake = await startFakeChatServer();
    const model = new ChatCompletionsModel({ baseUrl: fake.url, retryBaseDelayMs: 1, maxRetries: 0 });
    t = await startTestV1Server({ model, stepDelayMs: 0 });
    api = t.api();
    policyId = (await uploadFile(api, 'policy.txt', POLICY)).id;
  });

  afterAll(async () => {
    await t.v1Server.close();
    await fake.close();
  });

  afterEach(() => {
    fake.requests.length = 0;
  });

  async function assistantWith(tools: unknown[], fileIds: string[]): Promise<Assistant> {
    return (await api.post<Assistant>('/assistants', { model: 'gpt-4o', tools, file_ids: fileIds })).body;
  }

  async function runOn(assistant: Assistant, content: string, extra: Record<string, unknown> = {}): Promise<Run> {
    const created = await api.post<Run>('/threads/runs', {
      assistant_id: assistant.id,
      thread: { messages: [{ role: 'user', content }] },
      ...extra,
    });
    return t.events.run(created.body.id, settled);
  }

  function toolsOf(request: FakeRequest | undefined): unknown {
    return (request?.body as { tools?: unknown }).tools;
  }

  it('offers retrieval as a function, answers its call, and cites in UTF-16 indices after multi-byte text', async () => {
    const assistant = await assistantWith([{ type: 'retrieval' }], [policyId]);
    const before = 'Réfunds ✓ 🎉 within 30 days';
    fake.enqueue(
      toolCallReply([{ id: 'call_r1', name: 'retrieval', arguments: '{"query":"refund window"}' }], { argumentPieces: 3 }),
      textReply(`${before}【1†source】, not 【9†source】.`, { splitInto: 9 }),
    );
    const run = await runOn(assistant, 'How long do I have for a refund?');
    expect(run.status).toBe('completed');

    const offered = toolsOf(fake.requests[0]);
    expect(offered).toEqual([{ type: 'function', function: expect.objectContaining({ name: 'retrieval' }) }]);
    // The second call shows the model its own call and the passages, under their markers.
    const messages = (fake.requests[1]?.body as { messages: Array<{ role: string; content: string | null; tool_call_id?: string }> }).messages;
    const toolMessage = messages.find((message) => message.role === 'tool');
    expect(toolMessage?.tool_call_id).toBe('call_r1');
    expect(toolMessage?.content).toContain(`【1†source】 policy.txt\n${POLICY}`);

    const [search] = await steps(api, run);
    expect(search?.step_details).toEqual({ type: 'tool_calls', tool_calls: [{ id: 'call_r1', type: 'retrieval', retrieval: {} }] });
    const text = textPart(await assistantMessage(api, run));
    expect(text.value).toBe(`${before}【1†source】, not 【9†source】.`);
    expect(text.annotations).toEqual([
      {
        type: 'file_citation',
        text: '【1†source】',
        start_index: before.length,
        end_index: before.length + '【1†source】'.length,
        file_citation: { file_id: policyId, quote: 'Refunds are accepted within 30 days of purchase.' },
      },
    ]);
  });

  it('streams the same citations in its deltas, a marker split over chunks after multi-byte text included', async () => {
    const assistant = await assistantWith([{ type: 'retrieval' }], [policyId]);
    const reply = 'Réfunds ✓ 🎉 within 30 days【1†source】, shipping a week【1†source】.';
    fake.enqueue(toolCallReply([{ name: 'retrieval', arguments: '{"query":"refunds"}' }]), textReply(reply, { splitInto: 23 }));
    const events = await readSse(
      await api.stream('/threads/runs', { assistant_id: assistant.id, stream: true, thread: { messages: [{ role: 'user', content: 'Refunds?' }] } }),
    );
    const completed = JSON.parse(events.find((event) => event.event === 'thread.message.completed')?.data ?? '{}') as Message;
    const final = textPart(completed);
    expect(final.value).toBe(reply);
    expect(final.annotations.map((annotation) => [annotation.start_index, annotation.end_index])).toEqual([
      [reply.indexOf('【'), reply.indexOf('】') + 1],
      [reply.lastIndexOf('【'), reply.lastIndexOf('】') + 1],
    ]);
    expect(final.annotations.map((annotation) => annotation.type === 'file_citation' && annotation.file_citation.quote)).toEqual([
      'Refunds are accepted within 30 days of purchase.',
      'Shipping takes about a week to most countries.',
    ]);
    const streamed = gatherDeltas(events);
    expect(streamed.value).toBe(reply);
    expect(streamed.annotations).toEqual(final.annotations.map((annotation, index) => ({ index, ...annotation })));
  });

  it('names retrieval in tool_choice as its function', async () => {
    const assistant = await assistantWith([{ type: 'retrieval' }], [policyId]);
    fake.enqueue(textReply('No need.'));
    await runOn(assistant, 'Hi', { tool_choice: { type: 'retrieval' } });
    expect((fake.requests[0]?.body as { tool_choice?: unknown }).tool_choice).toEqual({ type: 'function', function: { name: 'retrieval' } });
  });

  it('stops offering retrieval after five rounds, so the model has to answer', async () => {
    const assistant = await assistantWith([{ type: 'retrieval' }], [policyId]);
    const searching = (request: FakeRequest) =>
      toolsOf(request) === undefined ? textReply('Done searching.') : toolCallReply([{ name: 'retrieval', arguments: '{"query":"refunds"}' }]);
    fake.enqueue(searching, searching, searching, searching, searching, searching);
    const run = await runOn(assistant, 'Search forever.');
    expect(run.status).toBe('completed');
    expect(fake.requests).toHaveLength(6);
    expect((await steps(api, run)).map((step) => step.type)).toEqual([...Array<string>(5).fill('tool_calls'), 'message_creation']);
    // Sources are numbered across the run, so every marker names one passage.
    const lastTool = (fake.requests[5]?.body as { messages: Array<{ role: string; content: string | null }> }).messages
      .filter((message) => message.role === 'tool')
      .map((message) => message.content);
    expect(lastTool.map((content) => /【(\d+)†source】/.exec(content ?? '')?.[1])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('executes retrieval and waits only for the caller\'s function when the model calls both', async () => {
    const weather = { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } };
    const assistant = await assistantWith([{ type: 'retrieval' }, weather], [policyId]);
    fake.enqueue(
      toolCallReply([
        { id: 'call_r', name: 'retrieval', arguments: '{"query":"refunds"}' },
        { id: 'call_w', name: 'get_weather', arguments: '{}' },
      ]),
      textReply('Sunny, and refunds take 30 days【1†source】.'),
    );
    const waiting = await runOn(assistant, 'Weather and refunds?');
    expect(waiting.status).toBe('requires_action');
    expect(waiting.required_action?.submit_tool_outputs.tool_calls.map((call) => call.id)).toEqual(['call_w']);
    const [step] = await steps(api, waiting);
    expect(step?.step_details).toEqual({
      type: 'tool_calls',
      tool_calls: [
        { id: 'call_r', type: 'retrieval', retrieval: {} },
        { id: 'call_w', type: 'function', function: { name: 'get_weather', arguments: '{}', output: null } },
      ],
    });
    await api.post(`/threads/${waiting.thread_id}/runs/${waiting.id}/submit_tool_outputs`, { tool_outputs: [{ tool_call_id: 'call_w', output: 'sunny' }] });
    const run = await t.events.run(waiting.id, (current) => current.status === 'completed');
    const toolMessages = (fake.requests[1]?.body as { messages: Array<{ role: string; tool_call_id?: string }> }).messages.filter(
      (message) => message.role === 'tool',
    );
    expect(toolMessages.map((message) => message.tool_call_id)).toEqual(['call_r', 'call_w']);
    const citation = textPart(await assistantMessage(api, run)).annotations[0];
    expect(citation?.type === 'file_citation' && citation.file_citation.file_id).toBe(policyId);
  });

  it('is not offered once the file is detached from the assistant', async () => {
    const assistant = await assistantWith([{ type: 'retrieval' }], [policyId]);
    await api.del(`/assistants/${assistant.id}/files/${policyId}`);
    fake.enqueue(textReply('Nothing to search.'));
    await runOn(assistant, 'Refunds?');
    expect(toolsOf(fake.requests[0])).toBeUndefined();
  });
});

describe('a file deleted while a run reads it', () => {
  it('goes on: the search finds nothing of it, and nothing is cited to it', async () => {
    let api: Api | undefined;
    let doomed = '';
    const shown: string[] = [];
    // A model in the process, so the file is deleted exactly between the model's call and the search.
    const model: AssistantModel = {
      async *stream(input: ModelInput): AsyncGenerator<ModelEvent> {
        const outputs = input.turns.flatMap((turn) => (turn.type === 'tool_calls' ? turn.calls.map((call) => call.output) : []));
        if (outputs.length === 0) {
          await api?.del(`/files/${doomed}`);
          yield { type: 'tool_call', index: 0, id: 'call_d', name: 'retrieval', arguments: '{"query":"refunds"}' };
          yield { type: 'finish', reason: 'tool_calls' };
          return;
        }
        shown.push(...outputs);
        yield { type: 'text', delta: 'Refunds take 30 days【1†source】.' };
        yield { type: 'finish', reason: 'stop' };
      },
    };
    const t = await startTestV1Server({ model, stepDelayMs: 0 });
    try {
      api = t.api();
      doomed = (await uploadFile(api, 'doomed.txt', POLICY)).id;
      const assistant = (await api.post<Assistant>('/assistants', { model: 'gpt-4', tools: [{ type: 'retrieval' }], file_ids: [doomed] })).body;
      const created = await api.post<Run>('/threads/runs', { assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'Refunds?' }] } });
      const run = await t.events.run(created.body.id, settled);
      expect(run.status).toBe('completed');
      expect((await api.get(`/files/${doomed}`)).status).toBe(404);
      expect(shown).toEqual(['No passage of the files matches the query.']);
      const text = textPart(await assistantMessage(api, run));
      expect(text.value).toBe('Refunds take 30 days【1†source】.');
      expect(text.annotations).toEqual([]);
    } finally {
      await t.v1Server.close();
    }
  });
});
