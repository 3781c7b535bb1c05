/**
 * `npm start` with `MODEL_BASE_URL` set, as an operator runs it: the GraphQL API holds a
 * function-calling conversation answered by the model server (the scripted fake), and everything
 * it acknowledged is still there after `kill -9` and a restart on the same database.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeChatServer, FakeRequest } from './v1-server/fake-chat-server.js';
import { startFakeChatServer, textReply, toolCallReply } from './v1-server/fake-chat-server.js';
import { spawnFacadeProcess } from './helpers/facade-process.js';
import type { SpawnedFacade } from './helpers/facade-process.js';
import { until } from './helpers/kit.js';

const databaseUrl = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'start-model-')), 'assistants.sqlite')}`;
let fake: FakeChatServer;
let facade: SpawnedFacade | undefined;

/** The fake model: calls get_weather when asked about the weather, answers from a tool output, else greets. */
function answer(request: FakeRequest): ReturnType<typeof textReply> {
  const { messages } = request.body as { messages: { role: string; content: string | null }[] };
  const last = messages.at(-1);
  if (last?.role === 'tool') return textReply(`From the tool: ${last.content ?? ''}`, { splitInto: 3 });
  if (last?.content?.includes('weather')) return toolCallReply([{ name: 'get_weather', arguments: '{"city":"Bergen"}' }], { argumentPieces: 2 });
  return textReply('Hello from the model server.', { splitInto: 2 });
}

async function start(): Promise<string> {
  facade = await spawnFacadeProcess({ DATABASE_URL: databaseUrl, MODEL_BASE_URL: fake.url, MODEL_NAME: 'fake-llm' });
  return facade.url;
}

/** `kill -9`, as a crash. */
async function kill(): Promise<void> {
  await facade?.stop('SIGKILL');
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface RunView {
  status: string;
  requiredAction: { toolCalls: { id: string; functionName: string; arguments: string }[] } | null;
  thread: { id: string; messages: { nodes: { role: string; text: string }[] } };
}

const RUN = `query($id: ID!) { node(id: $id) { ... on Run { status requiredAction { toolCalls { id functionName arguments } }
  thread { id messages(order: ASC) { nodes { role text } } } } } }`;

/** The run once it has one of `statuses`, polled through the server process with the kit's bounded waiter. */
async function runUntil(url: string, id: string, statuses: string[]): Promise<RunView> {
  const { node } = await until(() => gql<{ node: RunView }>(url, RUN, { id }), (data) => statuses.includes(data.node.status), `run ${id} to be ${statuses.join(' or ')}`, {
    timeoutMs: 10_000,
    intervalMs: 10,
  });
  return node;
}

beforeAll(async () => {
  fake = await startFakeChatServer({ defaultReply: answer });
});

afterAll(async () => {
  await kill();
  await fake.close();
});

describe('npm start with a Chat Completions model', () => {
  it('holds a function-calling conversation answered by the model server, and keeps it across kill -9', async () => {
    let url = await start();
    const { assistants } = await gql<{ assistants: { nodes: { id: string; name: string }[] } }>(url, '{ assistants(first: 5) { nodes { id name } } }');
    const assistantId = assistants.nodes[0]?.id;
    expect(assistants.nodes.map((assistant) => assistant.name)).toEqual(['Echo']);

    const created = await gql<{ createThreadAndRun: { run: { id: string } } }>(
      url,
      `mutation($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }`,
      { input: { assistantId, messages: [{ content: 'What is the weather in Bergen?' }] } },
    );
    const runId = created.createThreadAndRun.run.id;
    const waiting = await runUntil(url, runId, ['REQUIRES_ACTION', 'FAILED', 'COMPLETED']);
    expect(waiting.requiredAction?.toolCalls).toEqual([expect.objectContaining({ functionName: 'get_weather', arguments: '{"city":"Bergen"}' })]);
    const modelRequest = fake.requests.find((request) => JSON.stringify(request.body).includes('Bergen'));
    expect(modelRequest?.body).toMatchObject({ model: 'fake-llm', stream: true, tools: [{ type: 'function', function: { name: 'get_weather' } }] });

    await gql(url, `mutation($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { status } } }`, {
      input: { runId, toolOutputs: [{ toolCallId: waiting.requiredAction?.toolCalls[0]?.id, output: 'rain, 9°C' }] },
    });
    const done = await runUntil(url, runId, ['COMPLETED', 'FAILED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.thread.messages.nodes).toEqual([
      { role: 'USER', text: 'What is the weather in Bergen?' },
      { role: 'ASSISTANT', text: 'From the tool: rain, 9°C' },
    ]);

    await kill();
    url = await start();
    const after = await runUntil(url, runId, ['COMPLETED']);
    expect(after).toEqual(done);
    const again = await gql<{ assistants: { nodes: { id: string }[] } }>(url, '{ assistants(first: 5) { nodes { id } } }');
    expect(again.assistants.nodes.map((assistant) => assistant.id)).toEqual([assistantId]);
  });
});
