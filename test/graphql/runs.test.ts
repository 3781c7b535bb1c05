/**
 * Runs through the facade (issue 3): every run option, the lifecycle with its links, function
 * calling, cancel, expiry (with the v1 server's injectable clock) and every wrong-state error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { GraphQLResponse, Harness } from '../helpers/harness.js';
import { defined, nodeOf, runReaches } from '../helpers/kit.js';
import { graphql } from './generated/gql.js';
import type { CreateAssistantInput, CreateRunInput, CreateThreadAndRunInput, RunStatus, RunsRunFieldsFragment, ToolInput } from './generated/graphql.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ v1Server: { stepDelayMs: 10 } });
});
afterAll(() => harness.close());

function firstError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse['errors']>[number] {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response)}`);
  return error;
}

async function rest(h: Harness, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${h.v1Server.url}${path}`, {
    headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

interface RestRun {
  id: string;
  thread_id: string;
  assistant_id: string;
  status: string;
  model: string;
  instructions: string;
  tools: unknown[];
  metadata: Record<string, string>;
  temperature: number;
  max_prompt_tokens: number | null;
  max_completion_tokens: number | null;
  truncation_strategy: { type: string; last_messages: number | null };
  tool_choice: unknown;
  response_format: unknown;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
}

graphql(`
  fragment RunsRunFields on Run {
    id openaiId status isActive model instructions metadata temperature maxPromptTokens maxCompletionTokens
    createdAt startedAt completedAt cancelledAt failedAt expiresAt incompleteDetails { reason } fileIds
    truncationStrategy { type lastMessages }
    toolChoice { type functionName }
    responseFormat
    tools { type ... on FunctionTool { function { name } } }
    requiredAction { type toolCalls { id functionName arguments parsedArguments } }
    lastError { code message }
    usage { promptTokens completionTokens totalTokens }
    thread { id openaiId }
    assistant { id openaiId }
  }
`);

type GqlRun = RunsRunFieldsFragment;

const WEATHER_TOOL: ToolInput = {
  type: 'FUNCTION',
  function: { name: 'get_weather', description: 'Weather in a city', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
};

async function createAssistant(h: Harness, input: Partial<CreateAssistantInput> = {}): Promise<{ id: string; openaiId: string }> {
  return dataOf(
    await h.gql(graphql(`mutation RunsCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id openaiId } } }`), {
      input: { model: 'gpt-4-turbo', instructions: 'Base instructions.', ...input },
    }),
  ).createAssistant.assistant;
}

async function createThread(h: Harness, messages: string[] = []): Promise<{ id: string; openaiId: string }> {
  return dataOf(
    await h.gql(graphql(`mutation RunsCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }`), {
      m: messages.map((content) => ({ content })),
    }),
  ).createThread.thread;
}

async function createRun(h: Harness, input: CreateRunInput): Promise<GqlRun> {
  return dataOf(await h.gql(graphql(`mutation RunsCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { ...RunsRunFields } } }`), { input }))
    .createRun.run;
}

async function threadAndRun(h: Harness, input: CreateThreadAndRunInput): Promise<GqlRun> {
  return dataOf(
    await h.gql(graphql(`mutation RunsThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { ...RunsRunFields } } }`), {
      input,
    }),
  ).createThreadAndRun.run;
}

async function getRun(h: Harness, id: string): Promise<GqlRun> {
  const data = dataOf(await h.gql(graphql(`query RunsGetRun($id: ID!) { node(id: $id) { ... on Run { ...RunsRunFields } } }`), { id }));
  return nodeOf(data.node, `run ${id}`);
}

/** Waits (on the v1 server's store events) until the run reaches one of `statuses`, then reads `thread.run(id)`. */
async function waitFor(h: Harness, run: GqlRun, statuses: RunStatus[]): Promise<GqlRun> {
  await runReaches(h, run.openaiId, statuses);
  const data = dataOf(
    await h.gql(graphql(`query RunsThreadRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { ...RunsRunFields } } }`), {
      t: run.thread?.id ?? '',
      r: run.id,
    }),
  );
  return defined(data.thread?.run, `run ${run.openaiId} through thread.run`);
}

const submitDocument = graphql(
  `mutation RunsSubmitToolOutputs($id: ID!, $outputs: [ToolOutputInput!]!) { submitToolOutputs(input: {runId: $id, toolOutputs: $outputs}) { run { id status } } }`,
);

const cancelDocument = graphql(`mutation RunsCancel($id: ID!) { cancelRun(input: {id: $id}) { run { id status isActive } } }`);

const TERMINAL: RunStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED', 'INCOMPLETE'];

describe('createRun', () => {
  it('sends every body field; the Run echoes them, as REST does', async () => {
    const assistant = await createAssistant(harness, { tools: [WEATHER_TOOL] });
    const thread = await createThread(harness, ['hello']);
    const run = await createRun(harness, {
      threadId: thread.id,
      assistantId: assistant.id,
      model: 'gpt-4o-mini',
      instructions: 'Override instructions.',
      additionalInstructions: 'Extra instructions.',
      additionalMessages: [{ content: 'added before the run', metadata: { via: 'run' } }],
      tools: [WEATHER_TOOL, { type: 'CODE_INTERPRETER' }],
      metadata: { purpose: 'echo' },
      temperature: 0.5,
      maxPromptTokens: 1000,
      maxCompletionTokens: 500,
      truncationStrategy: { type: 'LAST_MESSAGES', lastMessages: 5 },
      toolChoice: { type: 'FUNCTION', functionName: 'get_weather' },
      responseFormat: 'TEXT',
    });
    expect(run.openaiId).toMatch(/^run_/);
    expect(run).toMatchObject({
      model: 'gpt-4o-mini',
      metadata: { purpose: 'echo' },
      temperature: 0.5,
      maxPromptTokens: 1000,
      maxCompletionTokens: 500,
      truncationStrategy: { type: 'LAST_MESSAGES', lastMessages: 5 },
      toolChoice: { type: 'FUNCTION', functionName: 'get_weather' },
      responseFormat: 'TEXT',
      thread: { id: thread.id, openaiId: thread.openaiId },
      assistant: { id: assistant.id, openaiId: assistant.openaiId },
    });
    expect(run.instructions).toContain('Override instructions.');
    expect(run.instructions).toContain('Extra instructions.');
    expect(run.instructions).not.toContain('Base instructions.');
    expect(run.tools).toEqual([{ type: 'FUNCTION', function: { name: 'get_weather' } }, { type: 'CODE_INTERPRETER' }]);

    const upstream = (await rest(harness, `/threads/${thread.openaiId}/runs/${run.openaiId}`)).body as RestRun;
    expect(upstream).toMatchObject({
      id: run.openaiId,
      thread_id: thread.openaiId,
      assistant_id: assistant.openaiId,
      model: 'gpt-4o-mini',
      instructions: run.instructions,
      metadata: { purpose: 'echo' },
      temperature: 0.5,
      max_prompt_tokens: 1000,
      max_completion_tokens: 500,
      truncation_strategy: { type: 'last_messages', last_messages: 5 },
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      response_format: { type: 'text' },
    });
    expect(upstream.tools).toHaveLength(2);

    const messages = (await rest(harness, `/threads/${thread.openaiId}/messages?order=asc`)).body as {
      data: { content: { text: { value: string } }[]; metadata: Record<string, string> }[];
    };
    expect(messages.data.map((m) => m.content[0]?.text.value)).toEqual(['hello', 'added before the run']);
    expect(messages.data[1]?.metadata).toEqual({ via: 'run' });

    // The forced function call makes it wait for outputs.
    const waiting = await waitFor(harness, run, ['REQUIRES_ACTION', ...TERMINAL]);
    expect(waiting.status).toBe('REQUIRES_ACTION');
    expect(waiting.requiredAction?.toolCalls[0]?.functionName).toBe('get_weather');
    dataOf(await harness.gql(cancelDocument, { id: run.id }));
  });

  it('defaults come from the assistant', async () => {
    const assistant = await createAssistant(harness, { model: 'gpt-4', tools: [{ type: 'RETRIEVAL' }] });
    const thread = await createThread(harness, ['x']);
    const run = await createRun(harness, { threadId: thread.openaiId, assistantId: assistant.openaiId });
    expect(run).toMatchObject({ model: 'gpt-4', instructions: 'Base instructions.', tools: [{ type: 'RETRIEVAL' }], metadata: {} });
    await waitFor(harness, run, TERMINAL);
  });

  it('runs to COMPLETED: reply message, links, message-creation step, usage, activeRun', async () => {
    const assistant = await createAssistant(harness);
    const thread = await createThread(harness, ['What is up? #slow']);
    const run = await createRun(harness, { threadId: thread.id, assistantId: assistant.id });
    expect(['QUEUED', 'IN_PROGRESS']).toContain(run.status);
    expect(run.isActive).toBe(true);
    expect(run.usage).toBeNull();
    expect(run.expiresAt).not.toBeNull();

    const active = dataOf(await harness.gql(graphql(`query RunsActiveRun($t: ID!) { thread(id: $t) { activeRun { id status isActive } } }`), { t: thread.id }));
    expect(active.thread?.activeRun).toMatchObject({ id: run.id, isActive: true });

    const done = await waitFor(harness, run, TERMINAL);
    expect(done.status).toBe('COMPLETED');
    expect(done.isActive).toBe(false);
    expect(done.completedAt).not.toBeNull();
    expect(done.startedAt).not.toBeNull();
    expect(done.expiresAt).toBeNull();
    expect(done.usage).not.toBeNull();
    expect(done.usage?.totalTokens).toBe((done.usage?.promptTokens ?? 0) + (done.usage?.completionTokens ?? 0));
    expect(done.usage?.completionTokens).toBeGreaterThan(0);

    const data = dataOf(
      await harness.gql(
        graphql(`query RunsCompletedRun($t: ID!, $r: ID!) { thread(id: $t) {
          activeRun { id }
          runs { nodes { id } }
          run(id: $r) {
            messages { nodes { id role text run { id } assistant { id } } }
            steps { nodes { id type status usage { totalTokens } run { id } thread { id } assistant { id }
              stepDetails { __typename ... on MessageCreationStepDetails { messageId message { id text } } } } }
          }
        } }`),
        { t: thread.id, r: run.id },
      ),
    );
    const completed = defined(data.thread, 'the thread');
    expect(completed.activeRun).toBeNull();
    expect(completed.runs.nodes.map((r) => r.id)).toEqual([run.id]);
    const ran = defined(completed.run, 'the run');
    const messages = ran.messages.nodes;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ role: 'ASSISTANT', text: 'You said: What is up? #slow', run: { id: run.id }, assistant: { id: assistant.id } });
    const steps = ran.steps.nodes;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      type: 'MESSAGE_CREATION',
      status: 'COMPLETED',
      run: { id: run.id },
      thread: { id: thread.id },
      assistant: { id: assistant.id },
      stepDetails: { __typename: 'MessageCreationStepDetails', message: { id: messages[0]?.id, text: 'You said: What is up? #slow' } },
    });
    expect(steps[0]?.usage?.totalTokens).toBeGreaterThan(0);

    const upstream = (await rest(harness, `/threads/${thread.openaiId}/runs/${run.openaiId}`)).body as RestRun;
    expect(upstream.status).toBe('completed');
    expect(done.usage).toEqual({
      promptTokens: upstream.usage?.prompt_tokens,
      completionTokens: upstream.usage?.completion_tokens,
      totalTokens: upstream.usage?.total_tokens,
    });
  });

  it('#fail ends FAILED with lastError', async () => {
    const assistant = await createAssistant(harness);
    const thread = await createThread(harness, ['please #fail']);
    const run = await createRun(harness, { threadId: thread.id, assistantId: assistant.id });
    const done = await waitFor(harness, run, TERMINAL);
    expect(done.status).toBe('FAILED');
    expect(done.failedAt).not.toBeNull();
    expect(done.lastError).toEqual({ code: 'server_error', message: expect.stringContaining('#fail') as unknown });
    const upstream = (await rest(harness, `/threads/${thread.openaiId}/runs/${run.openaiId}`)).body as RestRun & { last_error: unknown };
    expect(upstream.last_error).toEqual({ code: 'server_error', message: done.lastError?.message });
  });
});

describe('createThreadAndRun and updateRun', () => {
  it('creates the thread with its messages and metadata and runs it', async () => {
    const assistant = await createAssistant(harness);
    const run = await threadAndRun(harness, {
      assistantId: assistant.id,
      messages: [{ content: 'first' }, { content: 'second' }],
      threadMetadata: { from: 'tar' },
      metadata: { run: 'meta' },
      temperature: 0.2,
    });
    expect(run.thread?.openaiId).toMatch(/^thread_/);
    expect(run.metadata).toEqual({ run: 'meta' });
    expect(run.temperature).toBe(0.2);
    const done = await waitFor(harness, run, TERMINAL);
    expect(done.status).toBe('COMPLETED');
    const data = dataOf(
      await harness.gql(graphql(`query RunsThreadMessages($t: ID!) { thread(id: $t) { metadata messages(order: ASC) { nodes { role text } } } }`), {
        t: defined(run.thread, 'the run\'s thread').id,
      }),
    );
    expect(data.thread?.metadata).toEqual({ from: 'tar' });
    expect(data.thread?.messages.nodes).toEqual([
      { role: 'USER', text: 'first' },
      { role: 'USER', text: 'second' },
      { role: 'ASSISTANT', text: 'You said: second' },
    ]);
  });

  it('updateRun replaces the metadata', async () => {
    const assistant = await createAssistant(harness);
    const run = await threadAndRun(harness, { assistantId: assistant.id, messages: [{ content: 'x' }], metadata: { a: '1' } });
    const updated = dataOf(
      await harness.gql(graphql(`mutation RunsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {b: "2"}}) { run { id metadata } } }`), { id: run.id }),
    ).updateRun.run;
    expect(updated).toEqual({ id: run.id, metadata: { b: '2' } });
    const upstream = (await rest(harness, `/threads/${run.thread?.openaiId ?? ''}/runs/${run.openaiId}`)).body as RestRun;
    expect(upstream.metadata).toEqual({ b: '2' });
    await waitFor(harness, run, TERMINAL);
  });
});

describe('function calling', () => {
  it('REQUIRES_ACTION → submitToolOutputs → COMPLETED, with the output in the reply and the tool step', async () => {
    const assistant = await createAssistant(harness, { tools: [WEATHER_TOOL] });
    const run = await threadAndRun(harness, { assistantId: assistant.id, messages: [{ content: 'call get_weather({"city":"Paris"})' }] });
    const waiting = await waitFor(harness, run, ['REQUIRES_ACTION', ...TERMINAL]);
    expect(waiting.status).toBe('REQUIRES_ACTION');
    expect(waiting.isActive).toBe(true);
    expect(waiting.requiredAction?.type).toBe('submit_tool_outputs');
    const call = waiting.requiredAction?.toolCalls[0];
    expect(waiting.requiredAction?.toolCalls).toHaveLength(1);
    expect(call).toMatchObject({ functionName: 'get_weather', arguments: '{"city":"Paris"}', parsedArguments: { city: 'Paris' } });
    expect(call?.id).toMatch(/^call_/);

    const submitted = dataOf(
      await harness.gql(submitDocument, { id: run.id, outputs: [{ toolCallId: defined(call, 'the tool call').id, output: '{"temp":21}' }] }),
    ).submitToolOutputs.run;
    expect(submitted.id).toBe(run.id);
    expect(['QUEUED', 'IN_PROGRESS']).toContain(submitted.status);

    const done = await waitFor(harness, run, TERMINAL);
    expect(done.status).toBe('COMPLETED');
    expect(done.requiredAction).toBeNull();

    const data = dataOf(
      await harness.gql(
        graphql(`query RunsToolRun($id: ID!) { node(id: $id) { ... on Run {
          messages { nodes { role text } }
          steps(order: ASC) { nodes { type status stepDetails { __typename
            ... on ToolCallsStepDetails { toolCalls { __typename id ... on FunctionToolCall { name arguments output } } } } } }
        } } }`),
        { id: run.id },
      ),
    );
    const toolRun = nodeOf(data.node, 'the run');
    expect(toolRun.messages.nodes).toEqual([{ role: 'ASSISTANT', text: 'Tool results: get_weather={"temp":21}' }]);
    const steps = toolRun.steps.nodes;
    expect(steps.map((s) => s.type)).toEqual(['TOOL_CALLS', 'MESSAGE_CREATION']);
    expect(steps[0]?.status).toBe('COMPLETED');
    const details = steps[0]?.stepDetails;
    expect(details?.__typename === 'ToolCallsStepDetails' ? details.toolCalls : details).toEqual([
      { __typename: 'FunctionToolCall', id: call?.id, name: 'get_weather', arguments: '{"city":"Paris"}', output: '{"temp":21}' },
    ]);
  });

  it('an output for an unknown tool call id, or a missing output, is BAD_USER_INPUT and reaches nothing upstream', async () => {
    const assistant = await createAssistant(harness, { tools: [WEATHER_TOOL, { type: 'FUNCTION', function: { name: 'get_time' } }] });
    const run = await threadAndRun(harness, { assistantId: assistant.id, messages: [{ content: 'call get_weather({"city":"Oslo"}) and call get_time()' }] });
    const waiting = await waitFor(harness, run, ['REQUIRES_ACTION', ...TERMINAL]);
    expect(waiting.status).toBe('REQUIRES_ACTION');
    const calls = waiting.requiredAction?.toolCalls ?? [];
    expect(calls.map((c) => c.functionName)).toEqual(['get_weather', 'get_time']);
    const [weather, time] = [defined(calls[0], 'the get_weather call'), defined(calls[1], 'the get_time call')];
    const submit = submitDocument;

    harness.v1Server.stats.reset();
    const unknown = await harness.gql(submit, { id: run.id, outputs: [{ toolCallId: 'call_unknown', output: 'x' }] });
    expect(firstError(unknown).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(unknown).extensions?.['field']).toBe('input.toolOutputs[0].toolCallId');
    expect(firstError(unknown).message).toContain('input.toolOutputs[0].toolCallId');

    const missing = await harness.gql(submit, { id: run.id, outputs: [{ toolCallId: weather.id, output: 'x' }] });
    expect(firstError(missing).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(missing).message).toContain(time.id);

    const twice = await harness.gql(submit, {
      id: run.id,
      outputs: [
        { toolCallId: weather.id, output: 'x' },
        { toolCallId: weather.id, output: 'y' },
      ],
    });
    expect(firstError(twice).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests.filter((r) => r.path.endsWith('/submit_tool_outputs'))).toHaveLength(0);
    expect((await getRun(harness, run.id)).status).toBe('REQUIRES_ACTION');

    dataOf(
      await harness.gql(submit, {
        id: run.id,
        outputs: [
          { toolCallId: time.id, output: '12:00' },
          { toolCallId: weather.id, output: 'sunny' },
        ],
      }),
    );
    const done = await waitFor(harness, run, TERMINAL);
    expect(done.status).toBe('COMPLETED');
    const reply = nodeOf(
      dataOf(await harness.gql(graphql(`query RunsReplyText($id: ID!) { node(id: $id) { ... on Run { messages { nodes { text } } } } }`), { id: run.id })).node,
    );
    expect(reply.messages.nodes[0]?.text).toContain('get_weather=sunny');
    expect(reply.messages.nodes[0]?.text).toContain('get_time=12:00');
  });
});

describe('cancel', () => {
  it('cancels a #slow run: CANCELLING, then CANCELLED', async () => {
    const assistant = await createAssistant(harness);
    const thread = await createThread(harness, ['take your time #slow']);
    const run = await createRun(harness, { threadId: thread.id, assistantId: assistant.id });
    await waitFor(harness, run, ['IN_PROGRESS', ...TERMINAL]);
    harness.v1Server.stats.reset();
    const cancelling = dataOf(await harness.gql(cancelDocument, { id: run.id })).cancelRun.run;
    expect(cancelling).toEqual({ id: run.id, status: 'CANCELLING', isActive: true });
    expect(harness.v1Server.stats.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancel'))).toHaveLength(1);
    const done = await waitFor(harness, run, TERMINAL);
    expect(done.status).toBe('CANCELLED');
    expect(done.cancelledAt).not.toBeNull();
    const upstream = (await rest(harness, `/threads/${thread.openaiId}/runs/${run.openaiId}`)).body as RestRun;
    expect(upstream.status).toBe('cancelled');
  });

  it('cancelling a completed run is CONFLICT RUN_FINISHED, and no cancel reaches upstream', async () => {
    const assistant = await createAssistant(harness);
    const run = await threadAndRun(harness, { assistantId: assistant.id, messages: [{ content: 'quick' }] });
    expect((await waitFor(harness, run, TERMINAL)).status).toBe('COMPLETED');
    harness.v1Server.stats.reset();
    const response = await harness.gql(cancelDocument, { id: run.id });
    const error = firstError(response);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('RUN_FINISHED');
    expect(harness.v1Server.stats.requests.filter((r) => r.path.endsWith('/cancel'))).toHaveLength(0);
  });
});

describe('wrong-state errors', () => {
  it('submitToolOutputs to a completed run is CONFLICT RUN_NOT_AWAITING_OUTPUTS', async () => {
    const assistant = await createAssistant(harness);
    const run = await threadAndRun(harness, { assistantId: assistant.id, messages: [{ content: 'done soon' }] });
    expect((await waitFor(harness, run, TERMINAL)).status).toBe('COMPLETED');
    harness.v1Server.stats.reset();
    const response = await harness.gql(submitDocument, { id: run.id, outputs: [{ toolCallId: 'call_x', output: 'y' }] });
    expect(firstError(response).extensions?.code).toBe('CONFLICT');
    expect(firstError(response).extensions?.reason).toBe('RUN_NOT_AWAITING_OUTPUTS');
    expect(harness.v1Server.stats.requests.filter((r) => r.path.endsWith('/submit_tool_outputs'))).toHaveLength(0);
  });

  it('createMessage and createRun while a run is active are CONFLICT THREAD_BUSY naming the run', async () => {
    const assistant = await createAssistant(harness, { tools: [WEATHER_TOOL] });
    const run = await threadAndRun(harness, { assistantId: assistant.id, messages: [{ content: 'call get_weather({"city":"Rome"})' }] });
    expect((await waitFor(harness, run, ['REQUIRES_ACTION', ...TERMINAL])).status).toBe('REQUIRES_ACTION');

    const threadId = defined(run.thread, 'the run\'s thread').id;
    const createMessage = graphql(`mutation RunsCreateMessage($t: ID!, $content: String!) { createMessage(input: {threadId: $t, content: $content}) { message { id } } }`);
    const message = await harness.gql(createMessage, { t: threadId, content: 'more' });
    const messageError = firstError(message);
    expect(messageError.extensions?.code).toBe('CONFLICT');
    expect(messageError.extensions?.reason).toBe('THREAD_BUSY');
    expect(messageError.extensions?.['runId']).toBe(run.openaiId);
    expect(messageError.extensions?.['runNodeId']).toBe(run.id);

    const second = await harness.gql(graphql(`mutation RunsSecondRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id } } }`), {
      t: threadId,
      a: assistant.id,
    });
    const runError = firstError(second);
    expect(runError.extensions?.code).toBe('CONFLICT');
    expect(runError.extensions?.reason).toBe('THREAD_BUSY');
    expect(runError.extensions?.['runId']).toBe(run.openaiId);
    expect(runError.extensions?.['runNodeId']).toBe(run.id);

    const active = dataOf(await harness.gql(graphql(`query RunsActiveRunStatus($t: ID!) { thread(id: $t) { activeRun { id status } } }`), { t: threadId }));
    expect(active.thread?.activeRun).toEqual({ id: run.id, status: 'REQUIRES_ACTION' });

    // Cancelling a run that waits for outputs frees the thread.
    dataOf(await harness.gql(cancelDocument, { id: run.id }));
    expect((await waitFor(harness, run, TERMINAL)).status).toBe('CANCELLED');
    dataOf(await harness.gql(createMessage, { t: threadId, content: 'now' }));
  });
});

describe('input validation before any upstream call', () => {
  const cases: { name: string; input: Partial<CreateRunInput>; field: string }[] = [
    { name: 'temperature 3', input: { temperature: 3 }, field: 'input.temperature' },
    { name: 'temperature -0.1', input: { temperature: -0.1 }, field: 'input.temperature' },
    { name: 'maxPromptTokens 255', input: { maxPromptTokens: 255 }, field: 'input.maxPromptTokens' },
    { name: 'maxCompletionTokens 255', input: { maxCompletionTokens: 255 }, field: 'input.maxCompletionTokens' },
    { name: '21 tools', input: { tools: Array.from({ length: 21 }, (): ToolInput => ({ type: 'RETRIEVAL' })) }, field: 'input.tools' },
    { name: 'toolChoice FUNCTION without functionName', input: { toolChoice: { type: 'FUNCTION' } }, field: 'input.toolChoice.functionName' },
    { name: 'functionName without FUNCTION', input: { toolChoice: { type: 'AUTO', functionName: 'f' } }, field: 'input.toolChoice.functionName' },
    {
      name: 'LAST_MESSAGES with lastMessages 0',
      input: { truncationStrategy: { type: 'LAST_MESSAGES', lastMessages: 0 } },
      field: 'input.truncationStrategy.lastMessages',
    },
    { name: 'metadata with 17 keys', input: { metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }, field: 'input.metadata' },
    {
      name: 'JSON_OBJECT with a non-function tool',
      input: { responseFormat: 'JSON_OBJECT', tools: [{ type: 'CODE_INTERPRETER' }] },
      field: 'input.responseFormat',
    },
  ];

  for (const testCase of cases) {
    it(`createRun rejects ${testCase.name}`, async () => {
      harness.v1Server.stats.reset();
      const response = await harness.gql(graphql(`mutation RunsInvalidRun($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`), {
        input: { threadId: 'thread_abc123', assistantId: 'asst_abc123', ...testCase.input },
      });
      const error = firstError(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.['field']).toBe(testCase.field);
      expect(harness.v1Server.stats.requests).toHaveLength(0);
    });
  }

  it('createThreadAndRun validates the same way', async () => {
    harness.v1Server.stats.reset();
    const response = await harness.gql(graphql(`mutation RunsHotThreadAndRun { createThreadAndRun(input: {assistantId: "asst_abc123", temperature: 3}) { run { id } } }`));
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(response).extensions?.['field']).toBe('input.temperature');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('a wrong-type id for the thread or assistant is BAD_USER_INPUT', async () => {
    harness.v1Server.stats.reset();
    const response = await harness.gql(graphql(`mutation RunsWrongTypeId { createRun(input: {threadId: "asst_abc123", assistantId: "asst_abc123"}) { run { id } } }`));
    expect(firstError(response).extensions?.code).toBe('BAD_USER_INPUT');
    expect(harness.v1Server.stats.requests).toHaveLength(0);
  });

  it('a run of an assistant that does not exist is NOT_FOUND', async () => {
    const thread = await createThread(harness, ['x']);
    const response = await harness.gql(graphql(`mutation RunsMissingAssistant($t: ID!) { createRun(input: {threadId: $t, assistantId: "asst_doesnotexist0000"}) { run { id } } }`), {
      t: thread.id,
    });
    expect(firstError(response).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('expiry (injectable clock)', () => {
  let now = Date.now();
  let clocked: Harness;
  beforeAll(async () => {
    clocked = await startHarness({ v1Server: { stepDelayMs: 5, clock: () => now } });
  });
  afterAll(() => clocked.close());

  it('a run waiting for outputs past expiresAt is EXPIRED; outputs then fail with CONFLICT RUN_EXPIRED', async () => {
    now = Date.now();
    const assistant = await createAssistant(clocked, { tools: [WEATHER_TOOL] });
    const run = await threadAndRun(clocked, { assistantId: assistant.id, messages: [{ content: 'call get_weather({"city":"Lima"})' }] });
    const waiting = await waitFor(clocked, run, ['REQUIRES_ACTION', ...TERMINAL]);
    expect(waiting.status).toBe('REQUIRES_ACTION');
    expect(Date.parse(waiting.expiresAt ?? '')).toBe(Date.parse(waiting.createdAt) + 600_000);
    const callId = waiting.requiredAction?.toolCalls[0]?.id ?? '';

    now += 601_000;
    const expired = await getRun(clocked, run.id);
    expect(expired.status).toBe('EXPIRED');
    expect(expired.isActive).toBe(false);
    expect(expired.expiresAt).toBeNull();
    expect(expired.requiredAction).toBeNull();

    const steps = nodeOf(
      dataOf(await clocked.gql(graphql(`query RunsExpiredSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { type status expiredAt } } } } }`), { id: run.id })).node,
    );
    expect(steps.steps.nodes).toEqual([{ type: 'TOOL_CALLS', status: 'EXPIRED', expiredAt: expect.any(String) as unknown }]);

    const response = await clocked.gql(submitDocument, { id: run.id, outputs: [{ toolCallId: callId, output: 'late' }] });
    expect(firstError(response).extensions?.code).toBe('CONFLICT');
    expect(firstError(response).extensions?.reason).toBe('RUN_EXPIRED');

    const cancel = await clocked.gql(cancelDocument, { id: run.id });
    expect(firstError(cancel).extensions?.reason).toBe('RUN_FINISHED');

    const upstream = (await rest(clocked, `/threads/${run.thread?.openaiId ?? ''}/runs/${run.openaiId}`)).body as RestRun;
    expect(upstream.status).toBe('expired');
  });
});
