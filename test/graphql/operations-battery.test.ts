/**
 * A battery over the 28 upstream operations (semantics §1): each is reached through GraphQL at
 * least once, its answer is compared with the REST answer for the same object, and the upstream
 * request it made is checked by method and path, as the table of operations (`src/v1/operations.ts`)
 * gives them. The last test checks all 28 were seen.
 * The tests share state and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { Harness } from '../helpers/harness.js';
import { nodeOf, waitForRunStatus, seedFiles } from '../helpers/kit.js';
import { isAssistantsV1, operationList } from '../../src/v1/operations.js';
import type { OperationName } from '../../src/v1/operations.js';
import { graphql } from './generated/gql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 5 } });
  await seedFiles(harness, ['file-bat1', 'file-bat2', 'file-mf1']);
});
afterAll(() => harness.close());

/** What each path parameter of the table looks like in the upstream requests this battery makes (else any id). */
const ID_PATTERNS: Record<string, string> = {
  assistant_id: 'asst_[A-Za-z0-9]+',
  thread_id: 'thread_[A-Za-z0-9]+',
  message_id: 'msg_[A-Za-z0-9]+',
  run_id: 'run_[A-Za-z0-9]+',
  step_id: 'step_[A-Za-z0-9]+',
  file_id: 'file-[A-Za-z0-9]+',
};

/** The 28 Assistants v1 operations of the table (not the v1 server's extensions, nor the Files API), each with a pattern of its upstream path. */
const OPERATIONS = operationList()
  .filter(isAssistantsV1)
  .map((row) => ({
    name: row.name,
    method: row.method,
    path: new RegExp(`^/v1${row.path.replace(/\{(\w+)\}/g, (_match, name: string) => ID_PATTERNS[name] ?? '[^/]+')}$`),
  }));

const seen = new Set<OperationName>();

function operationOf(request: { method: string; path: string }): OperationName | undefined {
  return OPERATIONS.find((operation) => operation.method === request.method && operation.path.test(request.path))?.name;
}

/** Runs `act` and checks it reached `operation` upstream (exactly the given path when one is given). */
async function through<T>(operation: OperationName, act: () => Promise<T>, exactPath?: string): Promise<T> {
  const mark = harness.v1Server.stats.requests.length;
  const result = await act();
  const requests = harness.v1Server.stats.requests.slice(mark);
  for (const request of requests) {
    const name = operationOf(request);
    if (name) seen.add(name);
  }
  const hits = requests.filter((request) => operationOf(request) === operation);
  expect(hits.length, `${operation} upstream; saw ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`).toBeGreaterThan(0);
  if (exactPath !== undefined) expect(hits.map((hit) => hit.path)).toContain(`/v1${exactPath}`);
  for (const hit of hits) expect(hit.beta).toBe('assistants=v1');
  return result;
}

async function rest<T>(path: string): Promise<T> {
  const response = await fetch(`${harness.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function restStatus(path: string): Promise<number> {
  const response = await fetch(`${harness.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
  });
  await response.arrayBuffer();
  return response.status;
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

interface Ids {
  id: string;
  openaiId: string;
}

const state = {
  assistant: { id: '', openaiId: '' } as Ids,
  thread: { id: '', openaiId: '' } as Ids,
  message: { id: '', openaiId: '' } as Ids,
  run: { id: '', openaiId: '' } as Ids,
  step: { id: '', openaiId: '' } as Ids,
  toolRun: { id: '', openaiId: '', threadId: '', threadRaw: '' },
};

interface RestAssistant {
  id: string;
  name: string | null;
  model: string;
  instructions: string | null;
  created_at: number;
  file_ids: string[];
  metadata: Record<string, string>;
  tools: { type: string }[];
}

describe('the 28 upstream operations through GraphQL', () => {
  it('createAssistant', async () => {
    const created = await through('createAssistant', async () =>
      dataOf(
        await harness.gql(
          graphql(`mutation BatteryCreateAssistant { createAssistant(input: {model: "gpt-4-turbo", name: "Battery", instructions: "Test.", fileIds: ["file-bat1"],
            tools: [{type: FUNCTION, function: {name: "get_weather"}}], metadata: {suite: "battery"}}) {
            assistant { id openaiId name model createdAt fileIds tools { type } } } }`),
        ),
      ).createAssistant.assistant,
    );
    state.assistant = { id: created.id, openaiId: created.openaiId };
    const upstream = await rest<RestAssistant>(`/assistants/${created.openaiId}`);
    expect(created).toMatchObject({ openaiId: upstream.id, name: upstream.name, model: upstream.model, createdAt: iso(upstream.created_at), fileIds: upstream.file_ids });
    expect(created.tools.map((t) => t.type.toLowerCase())).toEqual(upstream.tools.map((t) => t.type));
  });

  it('getAssistant', async () => {
    const data = await through(
      'getAssistant',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetAssistant($id: ID!) { assistant(id: $id) { id openaiId name instructions metadata } }`), { id: state.assistant.id }),
      ),
      `/assistants/${state.assistant.openaiId}`,
    );
    const upstream = await rest<RestAssistant>(`/assistants/${state.assistant.openaiId}`);
    expect(data.assistant).toEqual({ id: state.assistant.id, openaiId: upstream.id, name: upstream.name, instructions: upstream.instructions, metadata: upstream.metadata });
  });

  it('listAssistants', async () => {
    const data = await through('listAssistants', async () =>
      dataOf(await harness.gql(graphql(`query BatteryListAssistants { assistants(first: 10) { nodes { id openaiId } } }`))),
    );
    const upstream = await rest<{ data: { id: string }[] }>(`/assistants?limit=10`);
    expect(data.assistants.nodes.map((a) => a.openaiId)).toEqual(upstream.data.map((a) => a.id));
    expect(data.assistants.nodes.map((a) => a.id)).toContain(state.assistant.id);
  });

  it('modifyAssistant', async () => {
    const data = await through(
      'modifyAssistant',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryUpdateAssistant($id: ID!) { updateAssistant(input: {id: $id, name: "Battery 2"}) { assistant { id openaiId name model } } }`), {
          id: state.assistant.id,
        }),
      ),
      `/assistants/${state.assistant.openaiId}`,
    );
    const upstream = await rest<RestAssistant>(`/assistants/${state.assistant.openaiId}`);
    expect(upstream.name).toBe('Battery 2');
    expect(data.updateAssistant.assistant).toEqual({ ...state.assistant, name: upstream.name, model: upstream.model });
  });

  it('createAssistantFile', async () => {
    const data = await through(
      'createAssistantFile',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryCreateAssistantFile($a: ID!) { createAssistantFile(input: {assistantId: $a, fileId: "file-bat2"}) { assistantFile { id openaiId createdAt } } }`), {
          a: state.assistant.id,
        }),
      ),
      `/assistants/${state.assistant.openaiId}/files`,
    );
    const upstream = await rest<{ id: string; assistant_id: string; created_at: number }>(`/assistants/${state.assistant.openaiId}/files/file-bat2`);
    expect(data.createAssistantFile.assistantFile).toMatchObject({ openaiId: upstream.id, createdAt: iso(upstream.created_at) });
  });

  it('listAssistantFiles', async () => {
    const data = await through(
      'listAssistantFiles',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryListAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { openaiId } } } }`), { id: state.assistant.id }),
      ),
      `/assistants/${state.assistant.openaiId}/files`,
    );
    const upstream = await rest<{ data: { id: string }[] }>(`/assistants/${state.assistant.openaiId}/files`);
    expect(data.assistant?.files.nodes.map((f) => f.openaiId)).toEqual(upstream.data.map((f) => f.id));
    expect(upstream.data.map((f) => f.id).sort()).toEqual(['file-bat1', 'file-bat2']);
  });

  it('getAssistantFile', async () => {
    const list = dataOf(
      await harness.gql(graphql(`query BatteryAssistantFileIds($id: ID!) { assistant(id: $id) { files { nodes { id openaiId } } } }`), { id: state.assistant.id }),
    );
    const file = list.assistant?.files.nodes.find((f) => f.openaiId === 'file-bat1');
    if (!file) throw new Error('no file-bat1');
    const data = await through(
      'getAssistantFile',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetAssistantFile($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId createdAt assistant { id } } } }`), { id: file.id }),
      ),
      `/assistants/${state.assistant.openaiId}/files/file-bat1`,
    );
    const upstream = await rest<{ id: string; assistant_id: string; created_at: number }>(`/assistants/${state.assistant.openaiId}/files/file-bat1`);
    expect(data.node).toEqual({ openaiId: upstream.id, createdAt: iso(upstream.created_at), assistant: { id: state.assistant.id } });
  });

  it('deleteAssistantFile', async () => {
    await through(
      'deleteAssistantFile',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryDeleteAssistantFile($a: ID!) { deleteAssistantFile(input: {assistantId: $a, fileId: "file-bat2"}) { deletedAssistantFileId } }`), {
          a: state.assistant.id,
        }),
      ),
      `/assistants/${state.assistant.openaiId}/files/file-bat2`,
    );
    expect(await restStatus(`/assistants/${state.assistant.openaiId}/files/file-bat2`)).toBe(404);
    expect((await rest<RestAssistant>(`/assistants/${state.assistant.openaiId}`)).file_ids).toEqual(['file-bat1']);
  });

  it('createThread', async () => {
    const data = await through('createThread', async () =>
      dataOf(
        await harness.gql(graphql(`mutation BatteryCreateThread { createThread(input: {metadata: {suite: "battery"}, messages: [{content: "hello battery", fileIds: ["file-mf1"]}]}) {
          thread { id openaiId createdAt metadata } } }`)),
      ),
    );
    state.thread = { id: data.createThread.thread.id, openaiId: data.createThread.thread.openaiId };
    const upstream = await rest<{ id: string; created_at: number; metadata: Record<string, string> }>(`/threads/${state.thread.openaiId}`);
    expect(data.createThread.thread).toMatchObject({ openaiId: upstream.id, createdAt: iso(upstream.created_at), metadata: upstream.metadata });
  });

  it('getThread', async () => {
    const data = await through(
      'getThread',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetThread($id: ID!) { thread(id: $id) { id openaiId metadata } }`), { id: state.thread.openaiId }),
      ),
      `/threads/${state.thread.openaiId}`,
    );
    expect(data.thread).toEqual({ ...state.thread, metadata: { suite: 'battery' } });
  });

  it('modifyThread', async () => {
    const data = await through(
      'modifyThread',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {suite: "battery", step: "2"}}) { thread { metadata } } }`), {
          id: state.thread.id,
        }),
      ),
      `/threads/${state.thread.openaiId}`,
    );
    const upstream = await rest<{ metadata: Record<string, string> }>(`/threads/${state.thread.openaiId}`);
    expect(data.updateThread.thread.metadata).toEqual(upstream.metadata);
    expect(upstream.metadata).toEqual({ suite: 'battery', step: '2' });
  });

  it('listMessages', async () => {
    const data = await through(
      'listMessages',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryListMessages($id: ID!) { thread(id: $id) { messages { nodes { id openaiId text role } } } }`), { id: state.thread.id }),
      ),
      `/threads/${state.thread.openaiId}/messages`,
    );
    const upstream = await rest<{ data: { id: string; role: string; content: { text: { value: string } }[] }[] }>(`/threads/${state.thread.openaiId}/messages`);
    expect(data.thread?.messages.nodes.map((m) => [m.openaiId, m.text, m.role.toLowerCase()])).toEqual(
      upstream.data.map((m) => [m.id, m.content[0]?.text.value, m.role]),
    );
    const first = data.thread?.messages.nodes[0];
    if (!first) throw new Error('no message');
    state.message = { id: first.id, openaiId: first.openaiId };
  });

  it('createMessage', async () => {
    const data = await through(
      'createMessage',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryCreateMessage($t: ID!) { createMessage(input: {threadId: $t, content: "second message"}) { message { id openaiId text createdAt } } }`), {
          t: state.thread.id,
        }),
      ),
      `/threads/${state.thread.openaiId}/messages`,
    );
    const m = data.createMessage.message;
    const upstream = await rest<{ id: string; created_at: number; content: { text: { value: string } }[] }>(`/threads/${state.thread.openaiId}/messages/${m.openaiId}`);
    expect(m).toMatchObject({ openaiId: upstream.id, text: upstream.content[0]?.text.value, createdAt: iso(upstream.created_at) });
  });

  it('getMessage', async () => {
    const data = await through(
      'getMessage',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetMessage($id: ID!) { node(id: $id) { ... on Message { id openaiId text fileIds } } }`), { id: state.message.id }),
      ),
      `/threads/${state.thread.openaiId}/messages/${state.message.openaiId}`,
    );
    const upstream = await rest<{ id: string; file_ids: string[]; content: { text: { value: string } }[] }>(
      `/threads/${state.thread.openaiId}/messages/${state.message.openaiId}`,
    );
    expect(data.node).toEqual({ ...state.message, text: upstream.content[0]?.text.value, fileIds: upstream.file_ids });
  });

  it('modifyMessage', async () => {
    const data = await through(
      'modifyMessage',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {seen: "yes"}}) { message { metadata } } }`), { id: state.message.id }),
      ),
      `/threads/${state.thread.openaiId}/messages/${state.message.openaiId}`,
    );
    const upstream = await rest<{ metadata: Record<string, string> }>(`/threads/${state.thread.openaiId}/messages/${state.message.openaiId}`);
    expect(data.updateMessage.message.metadata).toEqual(upstream.metadata);
    expect(upstream.metadata).toEqual({ seen: 'yes' });
  });

  it('listMessageFiles', async () => {
    const data = await through(
      'listMessageFiles',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryListMessageFiles($id: ID!) { node(id: $id) { ... on Message { files { nodes { openaiId } } } } }`), { id: state.message.id }),
      ),
      `/threads/${state.thread.openaiId}/messages/${state.message.openaiId}/files`,
    );
    const upstream = await rest<{ data: { id: string }[] }>(`/threads/${state.thread.openaiId}/messages/${state.message.openaiId}/files`);
    expect(nodeOf(data.node).files.nodes.map((f) => f.openaiId)).toEqual(upstream.data.map((f) => f.id));
    expect(upstream.data.map((f) => f.id)).toEqual(['file-mf1']);
  });

  it('getMessageFile', async () => {
    const list = dataOf(
      await harness.gql(graphql(`query BatteryMessageFileIds($id: ID!) { node(id: $id) { ... on Message { files { nodes { id } } } } }`), { id: state.message.id }),
    );
    const file = nodeOf(list.node).files.nodes[0];
    if (!file) throw new Error('no message file');
    const data = await through(
      'getMessageFile',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetMessageFile($id: ID!) { node(id: $id) { ... on MessageFile { openaiId createdAt } } }`), { id: file.id }),
      ),
      `/threads/${state.thread.openaiId}/messages/${state.message.openaiId}/files/file-mf1`,
    );
    const upstream = await rest<{ id: string; created_at: number; message_id: string }>(
      `/threads/${state.thread.openaiId}/messages/${state.message.openaiId}/files/file-mf1`,
    );
    expect(data.node).toEqual({ openaiId: upstream.id, createdAt: iso(upstream.created_at) });
    expect(upstream.message_id).toBe(state.message.openaiId);
  });

  it('createRun', async () => {
    const data = await through(
      'createRun',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, metadata: {k: "v"}}) { run { id openaiId status model metadata } } }`), {
          t: state.thread.id,
          a: state.assistant.id,
        }),
      ),
      `/threads/${state.thread.openaiId}/runs`,
    );
    state.run = { id: data.createRun.run.id, openaiId: data.createRun.run.openaiId };
    const upstream = await rest<{ id: string; model: string; metadata: Record<string, string>; assistant_id: string }>(
      `/threads/${state.thread.openaiId}/runs/${state.run.openaiId}`,
    );
    expect(data.createRun.run).toMatchObject({ openaiId: upstream.id, model: upstream.model, metadata: upstream.metadata });
    expect(upstream.assistant_id).toBe(state.assistant.openaiId);
    expect(await waitForRunStatus(harness, state.run, ['COMPLETED', 'FAILED'])).toBe('COMPLETED');
  });

  it('getRun', async () => {
    const data = await through(
      'getRun',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { id openaiId status usage { totalTokens } } } }`), {
          t: state.thread.id,
          r: state.run.openaiId,
        }),
      ),
      `/threads/${state.thread.openaiId}/runs/${state.run.openaiId}`,
    );
    const upstream = await rest<{ id: string; status: string; usage: { total_tokens: number } }>(`/threads/${state.thread.openaiId}/runs/${state.run.openaiId}`);
    expect(data.thread?.run).toEqual({ ...state.run, status: upstream.status.toUpperCase(), usage: { totalTokens: upstream.usage.total_tokens } });
  });

  it('listRuns', async () => {
    const data = await through(
      'listRuns',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryListRuns($t: ID!) { thread(id: $t) { runs { nodes { id openaiId } } } }`), { t: state.thread.id }),
      ),
      `/threads/${state.thread.openaiId}/runs`,
    );
    const upstream = await rest<{ data: { id: string }[] }>(`/threads/${state.thread.openaiId}/runs`);
    expect(data.thread?.runs.nodes.map((r) => r.openaiId)).toEqual(upstream.data.map((r) => r.id));
    expect(data.thread?.runs.nodes).toEqual([state.run]);
  });

  it('modifyRun', async () => {
    const data = await through(
      'modifyRun',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {k: "w"}}) { run { metadata } } }`), { id: state.run.id }),
      ),
      `/threads/${state.thread.openaiId}/runs/${state.run.openaiId}`,
    );
    const upstream = await rest<{ metadata: Record<string, string> }>(`/threads/${state.thread.openaiId}/runs/${state.run.openaiId}`);
    expect(data.updateRun.run.metadata).toEqual(upstream.metadata);
    expect(upstream.metadata).toEqual({ k: 'w' });
  });

  it('listRunSteps', async () => {
    const data = await through(
      'listRunSteps',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryListRunSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { id openaiId type status } } } } }`), { id: state.run.id }),
      ),
      `/threads/${state.thread.openaiId}/runs/${state.run.openaiId}/steps`,
    );
    const upstream = await rest<{ data: { id: string; type: string; status: string }[] }>(`/threads/${state.thread.openaiId}/runs/${state.run.openaiId}/steps`);
    const steps = nodeOf(data.node).steps.nodes;
    expect(steps.map((s) => [s.openaiId, s.type.toLowerCase(), s.status.toLowerCase()])).toEqual(upstream.data.map((s) => [s.id, s.type, s.status]));
    const step = steps[0];
    if (!step) throw new Error('no step');
    state.step = { id: step.id, openaiId: step.openaiId };
  });

  it('getRunStep', async () => {
    const data = await through(
      'getRunStep',
      async () => dataOf(
        await harness.gql(graphql(`query BatteryGetRunStep($id: ID!) { node(id: $id) { ... on RunStep { id openaiId type stepDetails { ... on MessageCreationStepDetails { messageId } } } } }`), {
          id: state.step.id,
        }),
      ),
      `/threads/${state.thread.openaiId}/runs/${state.run.openaiId}/steps/${state.step.openaiId}`,
    );
    const upstream = await rest<{ id: string; type: string; step_details: { message_creation?: { message_id: string } } }>(
      `/threads/${state.thread.openaiId}/runs/${state.run.openaiId}/steps/${state.step.openaiId}`,
    );
    expect(data.node).toEqual({ ...state.step, type: upstream.type.toUpperCase(), stepDetails: { messageId: upstream.step_details.message_creation?.message_id } });
  });

  it('createThreadAndRun', async () => {
    const data = await through('createThreadAndRun', async () =>
      dataOf(
        await harness.gql(
          graphql(`mutation BatteryCreateThreadAndRun($a: ID!, $content: String!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: $content}]}) {
            run { id openaiId status thread { id openaiId } } } }`),
          { a: state.assistant.id, content: 'call get_weather({"city":"Bern"})' },
        ),
      ),
    );
    const run = data.createThreadAndRun.run;
    if (!run.thread) throw new Error('no thread');
    state.toolRun = { id: run.id, openaiId: run.openaiId, threadId: run.thread.id, threadRaw: run.thread.openaiId };
    const upstream = await rest<{ id: string; thread_id: string; assistant_id: string }>(`/threads/${run.thread.openaiId}/runs/${run.openaiId}`);
    expect(upstream).toMatchObject({ id: run.openaiId, thread_id: run.thread.openaiId, assistant_id: state.assistant.openaiId });
    expect(await waitForRunStatus(harness, run, ['REQUIRES_ACTION', 'COMPLETED', 'FAILED'])).toBe('REQUIRES_ACTION');
  });

  it('submitToolOutputs', async () => {
    const waiting = nodeOf(
      dataOf(
        await harness.gql(graphql(`query BatteryRequiredAction($id: ID!) { node(id: $id) { ... on Run { requiredAction { toolCalls { id functionName } } } } }`), {
          id: state.toolRun.id,
        }),
      ).node,
    );
    const upstreamBefore = await rest<{ required_action: { submit_tool_outputs: { tool_calls: { id: string; function: { name: string } }[] } } }>(
      `/threads/${state.toolRun.threadRaw}/runs/${state.toolRun.openaiId}`,
    );
    expect(waiting.requiredAction?.toolCalls).toEqual(
      upstreamBefore.required_action.submit_tool_outputs.tool_calls.map((c) => ({ id: c.id, functionName: c.function.name })),
    );
    const data = await through(
      'submitToolOutputs',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatterySubmitToolOutputs($id: ID!, $c: String!) { submitToolOutputs(input: {runId: $id, toolOutputs: [{toolCallId: $c, output: "cold"}]}) { run { id openaiId status } } }`), {
          id: state.toolRun.id,
          c: waiting.requiredAction?.toolCalls[0]?.id ?? '',
        }),
      ),
      `/threads/${state.toolRun.threadRaw}/runs/${state.toolRun.openaiId}/submit_tool_outputs`,
    );
    expect(data.submitToolOutputs.run.openaiId).toBe(state.toolRun.openaiId);
    expect(await waitForRunStatus(harness, state.toolRun, ['COMPLETED', 'FAILED'])).toBe('COMPLETED');
    const messages = await rest<{ data: { content: { text: { value: string } }[] }[] }>(`/threads/${state.toolRun.threadRaw}/messages?limit=1`);
    expect(messages.data[0]?.content[0]?.text.value).toBe('Tool results: get_weather=cold');
  });

  it('cancelRun', async () => {
    const created = dataOf(
      await harness.gql(graphql(`mutation BatterySlowRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, additionalMessages: [{content: "slowly #slow"}]}) { run { id openaiId } } }`), {
        t: state.thread.id,
        a: state.assistant.id,
      }),
    ).createRun.run;
    const data = await through(
      'cancelRun',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryCancelRun($id: ID!) { cancelRun(input: {id: $id}) { run { id openaiId status } } }`), { id: created.id }),
      ),
      `/threads/${state.thread.openaiId}/runs/${created.openaiId}/cancel`,
    );
    expect(data.cancelRun.run).toEqual({ ...created, status: 'CANCELLING' });
    expect(await waitForRunStatus(harness, created, ['CANCELLED', 'COMPLETED'])).toBe('CANCELLED');
    const upstream = await rest<{ status: string; cancelled_at: number | null }>(`/threads/${state.thread.openaiId}/runs/${created.openaiId}`);
    expect(upstream.status).toBe('cancelled');
    expect(upstream.cancelled_at).not.toBeNull();
  });

  it('deleteThread', async () => {
    const data = await through(
      'deleteThread',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }`), { id: state.toolRun.threadId }),
      ),
      `/threads/${state.toolRun.threadRaw}`,
    );
    expect(data.deleteThread.deletedThreadId).toBe(state.toolRun.threadId);
    expect(await restStatus(`/threads/${state.toolRun.threadRaw}`)).toBe(404);
  });

  it('deleteAssistant', async () => {
    const data = await through(
      'deleteAssistant',
      async () => dataOf(
        await harness.gql(graphql(`mutation BatteryDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }`), { id: state.assistant.id }),
      ),
      `/assistants/${state.assistant.openaiId}`,
    );
    expect(data.deleteAssistant.deletedAssistantId).toBe(state.assistant.id);
    expect(await restStatus(`/assistants/${state.assistant.openaiId}`)).toBe(404);
  });

  it('reached all 28 operations upstream', () => {
    const names = OPERATIONS.map((operation) => operation.name);
    expect(names).toHaveLength(28);
    expect(names.filter((name) => !seen.has(name))).toEqual([]);
  });
});
