/**
 * The GraphQL API over the built-in v1 server with a Chat Completions model behind it (the scripted
 * fake model server): a function-calling conversation, and a streamed reply that arrives as the
 * model writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletionsModel } from '../../src/v1-server/model/chat-completions.js';
import type { FakeChatServer } from '../v1-server/fake-chat-server.js';
import { startFakeChatServer, textReply, toolCallReply } from '../v1-server/fake-chat-server.js';
import type { Harness } from '../helpers/harness.js';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import { createAssistant, nodeOf, runReaches } from '../helpers/kit.js';
import { subscribe } from '../helpers/sse-client.js';
import { graphql } from './generated/gql.js';
import type { RealModelRunQuery, RunStatus } from './generated/graphql.js';

let fake: FakeChatServer;
let harness: Harness;
let assistantId: string;

const RUN = graphql(`
  query RealModelRun($id: ID!) {
    node(id: $id) {
      ... on Run {
        id status requiredAction { toolCalls { id functionName arguments } } usage { promptTokens completionTokens totalTokens }
        messages(order: ASC) { nodes { role text } } steps(order: ASC) { nodes { type status } }
      }
    }
  }
`);

beforeAll(async () => {
  fake = await startFakeChatServer();
  harness = await startHarness({ v1Server: { model: new ChatCompletionsModel({ baseUrl: fake.url, retryBaseDelayMs: 1 }) } });
  const created = await createAssistant(harness, {
    model: 'llama3.2',
    instructions: 'You answer weather questions.',
    tools: [{ type: 'FUNCTION', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }],
  });
  assistantId = created.id;
});

afterAll(async () => {
  await harness.close();
  await fake.close();
});

/** The run once it has one of `statuses` (on the v1 server's store events), read through GraphQL. */
async function runUntil(run: { id: string; openaiId: string }, statuses: readonly RunStatus[]): Promise<Exclude<RealModelRunQuery['node'], Record<PropertyKey, never> | null>> {
  await runReaches(harness, run.openaiId, statuses);
  return nodeOf(dataOf(await harness.gql(RUN, { id: run.id })).node, `run ${run.openaiId}`);
}

describe('the GraphQL API with a Chat Completions model', () => {
  it('runs a function-calling conversation whose answers come from the model server', async () => {
    fake.enqueue(
      toolCallReply([{ id: 'call_abc', name: 'get_weather', arguments: '{"city":"Lisbon"}' }], {
        argumentPieces: 4,
        usage: { prompt_tokens: 30, completion_tokens: 7 },
      }),
      textReply('It is 24 degrees and sunny in Lisbon.', { splitInto: 5, usage: { prompt_tokens: 50, completion_tokens: 11 } }),
    );
    const started = dataOf(
      await harness.gql(graphql(`mutation RealModelThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }`), {
        input: { assistantId, messages: [{ content: 'What is the weather in Lisbon?' }] },
      }),
    );
    const run = started.createThreadAndRun.run;
    const runId = run.id;
    const waiting = await runUntil(run, ['REQUIRES_ACTION', 'FAILED', 'COMPLETED']);
    expect(waiting.requiredAction?.toolCalls).toEqual([{ id: 'call_abc', functionName: 'get_weather', arguments: '{"city":"Lisbon"}' }]);

    const submitted = dataOf(
      await harness.gql(graphql(`mutation RealModelSubmit($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { status } } }`), {
        input: { runId, toolOutputs: [{ toolCallId: 'call_abc', output: '{"celsius":24,"sky":"sunny"}' }] },
      }),
    );
    expect(submitted.submitToolOutputs.run.status).toBe('QUEUED');
    const done = await runUntil(run, ['COMPLETED', 'FAILED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.messages.nodes).toEqual([{ role: 'ASSISTANT', text: 'It is 24 degrees and sunny in Lisbon.' }]);
    expect(done.steps.nodes).toEqual([
      { type: 'TOOL_CALLS', status: 'COMPLETED' },
      { type: 'MESSAGE_CREATION', status: 'COMPLETED' },
    ]);
    expect(done.usage).toEqual({ promptTokens: 80, completionTokens: 18, totalTokens: 98 });
    const second = fake.requests.at(-1)?.body as { model: string; messages: { role: string; content: string | null }[] };
    expect(second.model).toBe('llama3.2');
    expect(second.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(second.messages.at(-1)?.content).toBe('{"celsius":24,"sky":"sunny"}');
  });

  it('ends a run INCOMPLETE at max_completion_tokens, the cut message kept', async () => {
    fake.enqueue(textReply('Once upon a time', { finishReason: 'length', splitInto: 2, usage: { prompt_tokens: 5, completion_tokens: 256 } }));
    const results = await subscribe(
      harness.facadeUrl,
      graphql(`subscription RealModelIncomplete($input: CreateThreadAndRunInput!) {
        threadAndRunEvents(input: $input) { event ... on RunStatusEvent { run { status incompleteDetails { reason } } } }
      }`),
      { input: { assistantId, maxCompletionTokens: 256, messages: [{ content: 'A story please' }] } },
      { apiKey: TEST_KEY },
    ).collect();
    const last = results.map((result) => result.data?.threadAndRunEvents).filter((event) => event && 'run' in event && event.run).at(-1);
    expect(last).toEqual({ event: 'thread.run.incomplete', run: { status: 'INCOMPLETE', incompleteDetails: { reason: 'max_completion_tokens' } } });
    expect((fake.requests.at(-1)?.body as { max_tokens?: number }).max_tokens).toBe(256);
  });

  it('streams the reply through a subscription as the model writes it, deltas equal to the final text', async () => {
    const pieces = ['Streaming ', 'works ', 'one ', 'chunk ', 'at a time.'];
    fake.enqueue({
      kind: 'sse',
      delayMs: 20,
      chunks: pieces.map((content) => ({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })),
    });
    const subscription = subscribe(
      harness.facadeUrl,
      graphql(`subscription RealModelStream($input: CreateThreadAndRunInput!) {
        threadAndRunEvents(input: $input) {
          event
          ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }
          ... on MessageEvent { message { text } }
        }
      }`),
      { input: { assistantId, toolChoice: { type: 'NONE' }, messages: [{ content: 'Say something' }] } },
      { apiKey: TEST_KEY },
    );
    const arrivals: { value: string; at: number }[] = [];
    let finalText = '';
    for await (const result of subscription) {
      const event = result.data?.threadAndRunEvents;
      if (event?.event === 'thread.message.delta') {
        const part = 'content' in event ? event.content[0] : undefined;
        arrivals.push({ value: (part && 'value' in part ? part.value : null) ?? '', at: performance.now() });
      }
      if (event?.event === 'thread.message.completed') finalText = ('message' in event ? event.message.text : null) ?? '';
    }
    expect(arrivals.map((arrival) => arrival.value)).toEqual(pieces);
    expect(finalText).toBe(pieces.join(''));
    // The deltas were not held back and sent together: they arrive spread over the model's pace.
    expect((arrivals.at(-1)?.at ?? 0) - (arrivals[0]?.at ?? 0)).toBeGreaterThanOrEqual(40);
  });
});
