import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssistantsApi } from '../../src/openai/api.js';
import { UpstreamClient } from '../../src/openai/client.js';
import { UpstreamError } from '../../src/openai/errors.js';
import { FakeUpstream } from './fake-upstream.js';
import {
  assistant,
  assistantFile,
  deletion,
  frame,
  list,
  message,
  messageFile,
  run,
  runStep,
  thread,
} from './fixtures.js';

let fake: FakeUpstream;
let client: UpstreamClient;
let serverKeyClient: UpstreamClient;

beforeAll(async () => {
  fake = await FakeUpstream.start();
  client = new UpstreamClient({ baseUrl: fake.url, retryBaseDelayMs: 1 });
  serverKeyClient = new UpstreamClient({
    baseUrl: `${fake.url}/`,
    apiKey: 'sk-server',
    organization: 'org-server',
    project: 'proj-server',
    retryBaseDelayMs: 1,
  });
});

afterAll(async () => {
  await client.close();
  await serverKeyClient.close();
  await fake.close();
});

beforeEach(() => fake.reset());

describe('request headers', () => {
  it('sends the caller key, organization, project and the v1 beta header', async () => {
    fake.reply({ json: assistant });
    const api = serverKeyClient.forRequest({ apiKey: 'sk-caller', organization: 'org-a', project: 'proj-a' });
    await api.getAssistant('asst_1');
    const { headers } = fake.only();
    expect(headers.authorization).toBe('Bearer sk-caller');
    expect(headers['openai-organization']).toBe('org-a');
    expect(headers['openai-project']).toBe('proj-a');
    expect(headers['openai-beta']).toBe('assistants=v1');
    expect(headers.accept).toBe('application/json');
    expect(headers['content-type']).toBeUndefined();
  });

  it("falls back to the server key with the server's organization and project", async () => {
    fake.reply({ json: assistant });
    await serverKeyClient.forRequest({}).getAssistant('asst_1');
    const { headers } = fake.only();
    expect(headers.authorization).toBe('Bearer sk-server');
    expect(headers['openai-organization']).toBe('org-server');
    expect(headers['openai-project']).toBe('proj-server');
  });

  it("does not pair a caller's own key with the server's organization", async () => {
    fake.reply({ json: assistant });
    await serverKeyClient.forRequest({ apiKey: 'sk-caller' }).getAssistant('asst_1');
    const { headers } = fake.only();
    expect(headers.authorization).toBe('Bearer sk-caller');
    expect(headers['openai-organization']).toBeUndefined();
    expect(headers['openai-project']).toBeUndefined();
  });

  it('sends no Authorization header when there is no key at all', async () => {
    fake.reply({ status: 401, json: { error: { message: 'You did not provide an API key.', type: 'invalid_request_error' } } });
    const err = await client.forRequest({}).getAssistant('asst_1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).status).toBe(401);
    const { headers } = fake.only();
    expect(headers.authorization).toBeUndefined();
    expect(headers['openai-organization']).toBeUndefined();
    expect(headers['openai-beta']).toBe('assistants=v1');
  });

  it('sends JSON bodies with a content type', async () => {
    fake.reply({ json: thread });
    await client.forRequest({ apiKey: 'sk-a' }).createThread();
    const hit = fake.only();
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.body).toBe('{}');
  });

  it.each([
    ['API key', { apiKey: 'sk-a\r\nX-Evil: 1' }, 'The API key contains a line break.'],
    ['organization', { apiKey: 'sk-a', organization: 'org\nx' }, 'The organization contains a line break.'],
    ['project', { apiKey: 'sk-a', project: 'p\u0000' }, 'The project contains a control character.'],
  ])('rejects a %s with a line break or control character before sending', async (_label, credentials, text) => {
    const api = client.forRequest(credentials);
    const err = await api.listAssistants().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ kind: 'http', status: 400, message: text });
    const events = api.createRunStream('thread_1', { assistant_id: 'asst_1' });
    await expect(drain(events)).rejects.toMatchObject({ kind: 'http', status: 400 });
    expect(fake.hits).toHaveLength(0);
  });
});

describe('paths, queries and bodies', () => {
  it('encodes path segments and rejects dot segments', async () => {
    fake.reply({ json: message });
    const api = client.forRequest({ apiKey: 'sk-a' });
    await api.getMessage('thread/1?x', 'msg 1#');
    expect(fake.only().path).toBe('/v1/threads/thread%2F1%3Fx/messages/msg%201%23');
    await expect(api.getThread('..')).rejects.toMatchObject({ kind: 'http', status: 400, param: 'thread_id' });
    await expect(api.getAssistant('')).rejects.toMatchObject({ kind: 'http', status: 400, param: 'assistant_id' });
    expect(fake.hits).toHaveLength(1);
  });

  it('sends only the list parameters that are defined', async () => {
    fake.reply({ json: list([message]) }, { json: list([]) }, { json: list([assistant]) });
    const api = client.forRequest({ apiKey: 'sk-a' });
    const page = await api.listMessages('thread_1', { limit: 5, order: 'asc', after: 'msg_0', run_id: 'run_1' });
    expect(page.data[0]?.id).toBe('msg_1');
    await api.listRuns('thread_1', { before: 'run_9' });
    await api.listAssistants();
    expect(fake.hits.map((h) => h.query)).toEqual([
      { limit: '5', order: 'asc', after: 'msg_0', run_id: 'run_1' },
      { before: 'run_9' },
      {},
    ]);
  });

  it('sends bodies as given, without undefined keys, keeping nulls', async () => {
    fake.reply({ json: assistant }, { json: run });
    const api = client.forRequest({ apiKey: 'sk-a' });
    await api.modifyAssistant('asst_1', { name: 'N', description: null, instructions: undefined, metadata: { a: 'b' } });
    await api.createRun('thread_1', {
      assistant_id: 'asst_1',
      additional_messages: [{ role: 'user', content: 'hi', file_ids: undefined }],
      tool_choice: { type: 'function', function: { name: 'f' } },
    });
    expect(fake.hits.map((h) => JSON.parse(h.body) as unknown)).toEqual([
      { name: 'N', description: null, metadata: { a: 'b' } },
      {
        assistant_id: 'asst_1',
        additional_messages: [{ role: 'user', content: 'hi' }],
        tool_choice: { type: 'function', function: { name: 'f' } },
      },
    ]);
    expect(fake.hits[1]?.body).not.toContain('file_ids');
  });

  it('sends cancelRun without a body', async () => {
    fake.reply({ json: { ...run, status: 'cancelling' } });
    const result = await client.forRequest({ apiKey: 'sk-a' }).cancelRun('thread_1', 'run_1');
    expect(result.status).toBe('cancelling');
    const hit = fake.only();
    expect(hit.body).toBe('');
    expect(hit.headers['content-type']).toBeUndefined();
  });

  it('applies schema defaults to what it returns', async () => {
    const { tools: _tools, file_ids: _fileIds, ...bare } = assistant;
    fake.reply({ json: bare });
    const result = await client.forRequest({ apiKey: 'sk-a' }).getAssistant('asst_1');
    expect(result.tools).toEqual([]);
    expect(result.file_ids).toEqual([]);
  });
});

type Case = [name: string, call: (api: AssistantsApi) => Promise<unknown>, method: string, path: string, reply: unknown];

const P = { limit: 2 };
const operations: Case[] = [
  ['listAssistants', (a) => a.listAssistants(P), 'GET', '/assistants', list([assistant])],
  ['createAssistant', (a) => a.createAssistant({ model: 'gpt-4' }), 'POST', '/assistants', assistant],
  ['getAssistant', (a) => a.getAssistant('asst_1'), 'GET', '/assistants/asst_1', assistant],
  ['modifyAssistant', (a) => a.modifyAssistant('asst_1', { name: 'x' }), 'POST', '/assistants/asst_1', assistant],
  ['deleteAssistant', (a) => a.deleteAssistant('asst_1'), 'DELETE', '/assistants/asst_1', deletion('assistant.deleted')],
  ['createThread', (a) => a.createThread({ metadata: null }), 'POST', '/threads', thread],
  ['getThread', (a) => a.getThread('thread_1'), 'GET', '/threads/thread_1', thread],
  ['modifyThread', (a) => a.modifyThread('thread_1', { metadata: {} }), 'POST', '/threads/thread_1', thread],
  ['deleteThread', (a) => a.deleteThread('thread_1'), 'DELETE', '/threads/thread_1', deletion('thread.deleted')],
  ['listMessages', (a) => a.listMessages('thread_1', P), 'GET', '/threads/thread_1/messages', list([message])],
  [
    'createMessage',
    (a) => a.createMessage('thread_1', { role: 'user', content: 'hi' }),
    'POST',
    '/threads/thread_1/messages',
    message,
  ],
  ['getMessage', (a) => a.getMessage('thread_1', 'msg_1'), 'GET', '/threads/thread_1/messages/msg_1', message],
  [
    'modifyMessage',
    (a) => a.modifyMessage('thread_1', 'msg_1', { metadata: {} }),
    'POST',
    '/threads/thread_1/messages/msg_1',
    message,
  ],
  ['createThreadAndRun', (a) => a.createThreadAndRun({ assistant_id: 'asst_1' }), 'POST', '/threads/runs', run],
  ['listRuns', (a) => a.listRuns('thread_1', P), 'GET', '/threads/thread_1/runs', list([run])],
  ['createRun', (a) => a.createRun('thread_1', { assistant_id: 'asst_1' }), 'POST', '/threads/thread_1/runs', run],
  ['getRun', (a) => a.getRun('thread_1', 'run_1'), 'GET', '/threads/thread_1/runs/run_1', run],
  ['modifyRun', (a) => a.modifyRun('thread_1', 'run_1', { metadata: {} }), 'POST', '/threads/thread_1/runs/run_1', run],
  [
    'submitToolOutputs',
    (a) => a.submitToolOutputs('thread_1', 'run_1', { tool_outputs: [{ tool_call_id: 'c', output: 'o' }] }),
    'POST',
    '/threads/thread_1/runs/run_1/submit_tool_outputs',
    run,
  ],
  ['cancelRun', (a) => a.cancelRun('thread_1', 'run_1'), 'POST', '/threads/thread_1/runs/run_1/cancel', run],
  [
    'listRunSteps',
    (a) => a.listRunSteps('thread_1', 'run_1', P),
    'GET',
    '/threads/thread_1/runs/run_1/steps',
    list([runStep]),
  ],
  [
    'getRunStep',
    (a) => a.getRunStep('thread_1', 'run_1', 'step_1'),
    'GET',
    '/threads/thread_1/runs/run_1/steps/step_1',
    runStep,
  ],
  [
    'listAssistantFiles',
    (a) => a.listAssistantFiles('asst_1', P),
    'GET',
    '/assistants/asst_1/files',
    list([assistantFile]),
  ],
  [
    'createAssistantFile',
    (a) => a.createAssistantFile('asst_1', { file_id: 'file_1' }),
    'POST',
    '/assistants/asst_1/files',
    assistantFile,
  ],
  ['getAssistantFile', (a) => a.getAssistantFile('asst_1', 'file_1'), 'GET', '/assistants/asst_1/files/file_1', assistantFile],
  [
    'deleteAssistantFile',
    (a) => a.deleteAssistantFile('asst_1', 'file_1'),
    'DELETE',
    '/assistants/asst_1/files/file_1',
    deletion('assistant.file.deleted'),
  ],
  [
    'listMessageFiles',
    (a) => a.listMessageFiles('thread_1', 'msg_1', P),
    'GET',
    '/threads/thread_1/messages/msg_1/files',
    list([messageFile]),
  ],
  [
    'getMessageFile',
    (a) => a.getMessageFile('thread_1', 'msg_1', 'file_1'),
    'GET',
    '/threads/thread_1/messages/msg_1/files/file_1',
    messageFile,
  ],
  [
    'createRunStream',
    (a) => drain(a.createRunStream('thread_1', { assistant_id: 'asst_1' })),
    'POST',
    '/threads/thread_1/runs',
    null,
  ],
  [
    'createThreadAndRunStream',
    (a) => drain(a.createThreadAndRunStream({ assistant_id: 'asst_1' })),
    'POST',
    '/threads/runs',
    null,
  ],
  [
    'submitToolOutputsStream',
    (a) => drain(a.submitToolOutputsStream('thread_1', 'run_1', { tool_outputs: [] })),
    'POST',
    '/threads/thread_1/runs/run_1/submit_tool_outputs',
    null,
  ],
];

async function drain(events: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe('every operation', () => {
  it('covers all 28 operations and their 3 streaming variants', () => {
    expect(new Set(operations.map(([name]) => name)).size).toBe(31);
  });

  it.each(operations)('%s sends %s %s and parses the answer', async (name, call, method, path, reply) => {
    const streaming = name.endsWith('Stream');
    fake.reply(streaming ? { sse: [frame('thread.run.created', run), frame('done', '[DONE]')] } : { json: reply });
    const result = await call(client.forRequest({ apiKey: 'sk-a' }));
    const hit = fake.only();
    expect(`${hit.method} ${hit.path}`).toBe(`${method} /v1${path}`);
    if (name.startsWith('list')) expect(hit.query).toEqual({ limit: '2' });
    if (streaming) {
      expect(hit.headers.accept).toBe('text/event-stream');
      expect(JSON.parse(hit.body)).toMatchObject({ stream: true });
      expect(result).toHaveLength(2);
    } else {
      expect(result).toMatchObject(reply as object);
      if (method === 'POST' && name !== 'cancelRun') expect(hit.body).not.toContain('"stream"');
    }
  });

  it.each(operations)('%s tells the view’s answer observer of its JSON answer, never of a stream', async (name, call, _method, _path, reply) => {
    const streaming = name.endsWith('Stream');
    fake.reply(streaming ? { sse: [frame('thread.run.created', run), frame('done', '[DONE]')] } : { json: reply });
    const observed: unknown[] = [];
    const result = await call(client.forRequest({ apiKey: 'sk-a' }, undefined, undefined, undefined, (answer) => observed.push(answer)));
    expect(observed).toEqual(streaming ? [] : [result]);
    if (!streaming) expect(observed[0]).toBe(result);
  });

  it('tells the observer nothing of a call that fails', async () => {
    fake.reply({ status: 404, json: { error: { message: 'No assistant found.', type: 'invalid_request_error' } } });
    const observed: unknown[] = [];
    await expect(client.forRequest({ apiKey: 'sk-a' }, undefined, undefined, undefined, (answer) => observed.push(answer)).getAssistant('asst_x')).rejects.toThrow();
    expect(observed).toEqual([]);
  });
});
