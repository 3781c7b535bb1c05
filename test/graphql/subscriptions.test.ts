import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunFollowers } from '../../src/graphql/subscriptions/run-followers.js';
import { TEST_KEY, dataOf, startHarness } from '../helpers/harness.js';
import type { Harness } from '../helpers/harness.js';
import { createAssistant as createKitAssistant, defined, until, seedFiles } from '../helpers/kit.js';
import { parseFrames, subscribe } from '../helpers/sse-client.js';
import type { SubscriptionResult } from '../helpers/sse-client.js';
import { FakeUpstream } from '../openai/fake-upstream.js';
import { frame, run as fixtureRun, runStep as fixtureStep } from '../openai/fixtures.js';
import { graphql } from './generated/gql.js';
import type { SubscriptionsEventFieldsFragment, SubscriptionsFollowRunSubscription, ToolInput } from './generated/graphql.js';

graphql(`
  fragment SubscriptionsEventFields on RunEvent {
    __typename
    event
    ... on ThreadCreatedEvent { thread { id } }
    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }
    ... on RunStepEvent { step { openaiId type status run { status } } }
    ... on RunStepDeltaEvent {
      stepId stepType
      toolCalls {
        index id type
        function { name arguments output }
        codeInterpreter { input outputs { index type logs imageFileId } }
      }
    }
    ... on MessageEvent { message { id text status } }
    ... on MessageDeltaEvent {
      messageId role
      content {
        __typename index type
        ... on TextContentDelta { value annotations { index type text fileId quote startIndex endIndex } }
        ... on ImageFileContentDelta { fileId }
      }
    }
    ... on StreamErrorEvent { error { code message type } }
    ... on UnknownRunEvent { data }
  }
`);

const THREAD_AND_RUN = graphql(
  `subscription SubscriptionsThreadAndRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...SubscriptionsEventFields } }`,
);
const RUN_EVENTS = graphql(`subscription SubscriptionsRunEvents($input: CreateRunInput!) { runEvents(input: $input) { ...SubscriptionsEventFields } }`);
const TOOL_OUTPUTS = graphql(
  `subscription SubscriptionsToolOutputs($input: SubmitToolOutputsInput!) { toolOutputEvents(input: $input) { ...SubscriptionsEventFields } }`,
);
const FOLLOW_RUN = graphql(`subscription SubscriptionsFollowRun($id: ID!) { run(id: $id) { id status } }`);

type AnyKey<U> = U extends unknown ? keyof U : never;
type ValueAt<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** A union of event types as one object: the fields every event has as they are, the others optional. */
type Flat<U> = { [K in keyof U]: U[K] } & { [K in Exclude<AnyKey<U>, keyof U>]?: ValueAt<U, K> };
type EventShape = Flat<SubscriptionsEventFieldsFragment>;

type EventResult = SubscriptionResult<Record<string, SubscriptionsEventFieldsFragment>>;

/** The events of a subscription's results, failing on any error. */
function eventsOf(results: EventResult[], field: string): EventShape[] {
  return results.map((result) => {
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    const event: EventShape | undefined = result.data?.[field];
    if (!event) throw new Error(`No ${field} in ${JSON.stringify(result)}`);
    return event;
  });
}

/** Event names with consecutive message deltas collapsed into one, for order checks. */
function eventNames(events: EventShape[]): string[] {
  return events.map((e) => e.event).filter((name, i, all) => !(name === 'thread.message.delta' && all[i - 1] === name));
}

function deltaText(events: EventShape[]): string {
  return events
    .filter((e) => e.__typename === 'MessageDeltaEvent')
    .flatMap((e) => e.content ?? [])
    .map((part) => ('value' in part ? part.value : null) ?? '')
    .join('');
}

const MESSAGE_RUN_ORDER = [
  'thread.run.created',
  'thread.run.queued',
  'thread.run.in_progress',
  'thread.run.step.created',
  'thread.run.step.in_progress',
  'thread.message.created',
  'thread.message.in_progress',
  'thread.message.delta',
  'thread.message.completed',
  'thread.run.step.completed',
  'thread.run.completed',
  'done',
];

async function createAssistant(harness: Harness, tools: ToolInput[] = []): Promise<string> {
  return (await createKitAssistant(harness, { model: 'gpt-4-turbo', name: 'Streamer', tools })).id;
}

const CREATE_THREAD_AND_RUN = graphql(
  `mutation SubscriptionsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { openaiId } } } }`,
);

describe('parseFrames', () => {
  it('keeps a frame split across chunks for the next chunk, and counts pings', () => {
    const first = parseFrames(':\n\nevent: next\ndata: {"da');
    expect(first).toEqual({ frames: [], comments: 1, rest: 'event: next\ndata: {"da' });
    const second = parseFrames(`${first.rest}ta":1}\n\nevent: complete\ndata:\n\n`);
    expect(second.frames).toEqual([
      { event: 'next', data: '{"data":1}' },
      { event: 'complete', data: '' },
    ]);
  });
});

describe('streamed runs against the v1 server', () => {
  let harness: Harness;
  let assistantId: string;
  let toolAssistantId: string;
  const followers = new RunFollowers();

  beforeAll(async () => {
    harness = await startHarness({ v1Server: { stepDelayMs: 5 }, facade: { followers } });
  await seedFiles(harness, ['file-1', 'file-2', 'file-img']);
    assistantId = await createAssistant(harness);
    toolAssistantId = await createAssistant(harness, [
      { type: 'FUNCTION', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } },
    ]);
  });
  afterAll(() => harness.close());

  it('threadAndRunEvents streams a whole run: events in order, deltas adding up to the message', async () => {
    const subscription = subscribe(
      harness.facadeUrl,
      THREAD_AND_RUN,
      { input: { assistantId, messages: [{ content: 'Hello there, streaming world' }] } },
      { apiKey: TEST_KEY },
    );
    const results = await subscription.collect();
    expect(await subscription.status()).toBe(200);
    expect(subscription.completed).toBe(true);
    const events = eventsOf(results, 'threadAndRunEvents');

    expect(eventNames(events)).toEqual(['thread.created', ...MESSAGE_RUN_ORDER]);
    expect(events.at(-1)?.__typename).toBe('DoneEvent');
    expect(events.filter((e) => e.event.startsWith('thread.run.') && !e.event.startsWith('thread.run.step.')).every((e) => e.__typename === 'RunStatusEvent')).toBe(true);

    const completed = events.find((e) => e.event === 'thread.message.completed');
    expect(completed?.__typename).toBe('MessageEvent');
    expect(completed?.message?.text).toBe('You said: Hello there, streaming world');
    expect(deltaText(events)).toBe(completed?.message?.text);
    expect(events.find((e) => e.__typename === 'MessageDeltaEvent')?.content?.[0]?.__typename).toBe('TextContentDelta');

    const threadId = events[0]?.thread?.id ?? '';
    const read = dataOf(
      await harness.gql(graphql(`query SubscriptionsThreadMessages($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { role text } } } }`), { id: threadId }),
    );
    expect(read.thread?.messages.nodes.at(-1)).toEqual({ role: 'ASSISTANT', text: deltaText(events) });
    expect(events.find((e) => e.event === 'thread.run.completed')?.run?.status).toBe('COMPLETED');
    // Links are loaded afresh for every event, not served from the first event's cache.
    expect(events.find((e) => e.event === 'thread.run.step.created')?.step?.run?.status).toBe('IN_PROGRESS');
    expect(events.find((e) => e.event === 'thread.run.step.completed')?.step?.run?.status).toBe('COMPLETED');
  });

  it('runEvents streams a run on an existing thread', async () => {
    const thread = dataOf(
      await harness.gql(graphql(`mutation SubscriptionsFirstThread { createThread(input: {messages: [{content: "first"}]}) { thread { id } } }`)),
    );
    const results = await subscribe(
      harness.facadeUrl,
      RUN_EVENTS,
      { input: { threadId: thread.createThread.thread.id, assistantId, additionalMessages: [{ content: 'second message' }] } },
      { apiKey: TEST_KEY },
    ).collect();
    const events = eventsOf(results, 'runEvents');
    expect(eventNames(events)).toEqual(MESSAGE_RUN_ORDER);
    const text = events.find((e) => e.event === 'thread.message.completed')?.message?.text;
    expect(text).toBe('You said: second message');
    expect(deltaText(events)).toBe(text);
  });

  it('streams a tool-call round trip: requires action, then toolOutputEvents through to completion', async () => {
    const first = eventsOf(
      await subscribe(
        harness.facadeUrl,
        THREAD_AND_RUN,
        { input: { assistantId: toolAssistantId, messages: [{ content: 'call get_weather({"city":"Paris"})' }] } },
        { apiKey: TEST_KEY },
      ).collect(),
      'threadAndRunEvents',
    );
    expect(eventNames(first)).toEqual([
      'thread.created',
      'thread.run.created',
      'thread.run.queued',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.run.step.delta',
      'thread.run.requires_action',
      'done',
    ]);
    const delta = first.find((e) => e.__typename === 'RunStepDeltaEvent');
    expect(delta).toMatchObject({
      stepType: 'tool_calls',
      toolCalls: [{ index: 0, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}', output: null }, codeInterpreter: null }],
    });
    const waiting = first.at(-2);
    expect(waiting?.__typename).toBe('RunStatusEvent');
    expect(waiting?.run?.status).toBe('REQUIRES_ACTION');
    const call = waiting?.run?.requiredAction?.toolCalls[0];
    expect(call).toMatchObject({ functionName: 'get_weather', arguments: '{"city":"Paris"}' });
    expect(delta?.toolCalls?.[0]?.id).toBe(call?.id);
    expect(first.at(-1)?.__typename).toBe('DoneEvent');

    const second = eventsOf(
      await subscribe(
        harness.facadeUrl,
        TOOL_OUTPUTS,
        { input: { runId: defined(waiting?.run, 'the waiting run').id, toolOutputs: [{ toolCallId: defined(call, 'the tool call').id, output: '22C and sunny' }] } },
        { apiKey: TEST_KEY },
      ).collect(),
      'toolOutputEvents',
    );
    expect(eventNames(second)).toEqual(['thread.run.step.completed', 'thread.run.queued', ...MESSAGE_RUN_ORDER.slice(2)]);
    const text = second.find((e) => e.event === 'thread.message.completed')?.message?.text;
    expect(text).toBe('Tool results: get_weather=22C and sunny');
    expect(deltaText(second)).toBe(text);
    expect(second.find((e) => e.event === 'thread.run.completed')?.run?.status).toBe('COMPLETED');
  });

  it('fails bad input before streaming, with BAD_USER_INPUT and no upstream run', async () => {
    harness.v1Server.stats.reset();
    const results = await subscribe(
      harness.facadeUrl,
      THREAD_AND_RUN,
      { input: { assistantId, temperature: 3, messages: [{ content: 'hi' }] } },
      { apiKey: TEST_KEY },
    ).collect();
    expect(results).toHaveLength(1);
    expect(results[0]?.data ?? null).toBeNull();
    expect(results[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(results[0]?.errors?.[0]?.extensions?.['field']).toBe('input.temperature');
    expect(harness.upstreamRequests().filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('fails an upstream 4xx before the first event as an ordinary error (NOT_FOUND)', async () => {
    const results = await subscribe(
      harness.facadeUrl,
      RUN_EVENTS,
      { input: { threadId: 'thread_doesnotexist', assistantId } },
      { apiKey: TEST_KEY },
    ).collect();
    expect(results).toHaveLength(1);
    expect(results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
  });

  it('toolOutputEvents refuses a run that does not wait for outputs, with CONFLICT', async () => {
    const created = dataOf(await harness.gql(CREATE_THREAD_AND_RUN, { input: { assistantId, messages: [{ content: 'hi' }] } }));
    const results = await subscribe(
      harness.facadeUrl,
      TOOL_OUTPUTS,
      { input: { runId: created.createThreadAndRun.run.id, toolOutputs: [{ toolCallId: 'call_x', output: 'x' }] } },
      { apiKey: TEST_KEY },
    ).collect();
    expect(results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RUN_NOT_AWAITING_OUTPUTS' });
  });

  it('run(id) fails with NOT_FOUND for a run that does not exist, and BAD_USER_INPUT for a bad id', async () => {
    const thread = dataOf(await harness.gql(graphql(`mutation SubscriptionsEmptyThread { createThread(input: {}) { thread { openaiId } } }`)));
    const missing = Buffer.from(`Run:${thread.createThread.thread.openaiId}:run_missing`).toString('base64');
    const [notFound] = await subscribe(harness.facadeUrl, FOLLOW_RUN, { id: missing }, { apiKey: TEST_KEY }).collect();
    expect(notFound?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [bad] = await subscribe(harness.facadeUrl, FOLLOW_RUN, { id: 'nonsense' }, { apiKey: TEST_KEY }).collect();
    expect(bad?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(followers.activePollerCount()).toBe(0);
  });
});

describe('slow runs: following, sharing, pings and disconnects', () => {
  let harness: Harness;
  let assistantId: string;
  const followers = new RunFollowers();

  beforeAll(async () => {
    // A `#slow` run stays in progress for 20 step delays: one second here.
    harness = await startHarness({ v1Server: { stepDelayMs: 50 }, facade: { followers } });
    assistantId = await createAssistant(harness);
  });
  afterAll(() => harness.close());

  async function startSlowRun(): Promise<{ id: string; threadId: string; runId: string }> {
    const created = dataOf(await harness.gql(CREATE_THREAD_AND_RUN, { input: { assistantId, messages: [{ content: 'take your time #slow' }] } }));
    const { run } = created.createThreadAndRun;
    return { id: run.id, threadId: defined(run.thread, 'the run\'s thread').openaiId, runId: run.openaiId };
  }

  it('run(id) follows a run through its statuses, completes after COMPLETED, and shares one poller', async () => {
    const run = await startSlowRun();
    harness.v1Server.stats.reset();
    const a = subscribe(harness.facadeUrl, FOLLOW_RUN, { id: run.id }, { apiKey: TEST_KEY });
    const b = subscribe(harness.facadeUrl, FOLLOW_RUN, { id: run.id }, { apiKey: TEST_KEY });
    const [resultsA, resultsB] = await Promise.all([
      a.collect(),
      (async () => {
        // Both are subscribed once B has its first snapshot; the run is in progress for a second more.
        const iterator = b[Symbol.asyncIterator]();
        const firstB = await iterator.next();
        expect(followers.activePollerCount()).toBe(1);
        const rest: SubscriptionResult<SubscriptionsFollowRunSubscription>[] = [];
        for await (const result of { [Symbol.asyncIterator]: () => iterator }) {
          rest.push(result);
          // Every snapshot before the last came from the one shared poller (the last one ends it).
          if (result.data?.run.status !== 'COMPLETED') expect(followers.activePollerCount()).toBe(1);
        }
        return firstB.done ? rest : [firstB.value, ...rest];
      })(),
    ]);
    const statusesA = resultsA.map((r) => r.data?.run.status);
    const statusesB = resultsB.map((r) => r.data?.run.status);
    expect(resultsA.every((r) => !r.errors && r.data?.run.id === run.id)).toBe(true);
    expect(statusesA.at(-1)).toBe('COMPLETED');
    expect(statusesB.at(-1)).toBe('COMPLETED');
    expect(statusesA.length).toBeGreaterThanOrEqual(2);
    expect(new Set(statusesA).size).toBe(statusesA.length);
    expect(a.completed && b.completed).toBe(true);

    const gets = harness.upstreamRequests().filter((r) => r.method === 'GET' && r.path === `/v1/threads/${run.threadId}/runs/${run.runId}`);
    // Each status the subscribers saw was read by a GET of the run.
    expect(gets.length).toBeGreaterThanOrEqual(statusesA.length);
    expect(statusesB).toEqual(statusesA);
    expect(followers.activePollerCount()).toBe(0);
  });

  it('run(id) stops its poller when the client goes away, before the run ends', async () => {
    const run = await startSlowRun();
    const subscription = subscribe(harness.facadeUrl, FOLLOW_RUN, { id: run.id }, { apiKey: TEST_KEY });
    const iterator = subscription[Symbol.asyncIterator]();
    await iterator.next();
    expect(followers.activePollerCount()).toBe(1);
    subscription.abort();
    await until(() => followers.activePollerCount(), (count) => count === 0, 'the run poller to stop');
    // A poller left running would stop only at the run's end: the run is still going.
    const response = await fetch(`${harness.v1Server.url}/threads/${run.threadId}/runs/${run.runId}`, {
      headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
    });
    expect(['queued', 'in_progress']).toContain(((await response.json()) as { status: string }).status);
  });

  it('aborts the upstream stream when the client disconnects mid-stream', async () => {
    harness.v1Server.stats.reset();
    const subscription = subscribe(
      harness.facadeUrl,
      THREAD_AND_RUN,
      { input: { assistantId, messages: [{ content: 'a long one #slow' }] } },
      { apiKey: TEST_KEY },
    );
    const iterator = subscription[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done ? null : first.value.data?.threadAndRunEvents.event).toBe('thread.created');
    expect(harness.v1Server.stats.streamsOpened).toBe(1);
    subscription.abort();
    // Counted only for a stream whose client went away: one left to run ends as done and never counts.
    await until(() => harness.v1Server.stats.streamsAborted, (aborted) => aborted === 1, 'the upstream stream to be aborted');
  });

  it('sends keep-alive pings while the stream is idle', async () => {
    const subscription = subscribe(
      harness.facadeUrl,
      THREAD_AND_RUN,
      { input: { assistantId, messages: [{ content: 'quiet for a second #slow' }] } },
      { apiKey: TEST_KEY },
    );
    const events = eventsOf(await subscription.collect(), 'threadAndRunEvents');
    expect(events.at(-1)?.event).toBe('done');
    // Yoga pings at once, then every 12 s (300 ms under NODE_ENV=test); the run is silent for a second.
    expect(subscription.pings).toBeGreaterThanOrEqual(2);
  });
});

describe('streamed runs against a scripted upstream', () => {
  let fake: FakeUpstream;
  let harness: Harness;
  const input = { threadId: 'thread_1', assistantId: 'asst_1' };

  beforeAll(async () => {
    fake = await FakeUpstream.start();
    harness = await startHarness({ client: { baseUrl: fake.url, maxRetries: 0 } });
  });
  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  async function runEvents(sse: (string | number)[]): Promise<EventResult[]> {
    fake.reset();
    // The stream first; then the run, for links such as `RunStepEvent.step.run`.
    fake.reply({ sse }).route(() => ({ json: fixtureRun }));
    return subscribe(harness.facadeUrl, RUN_EVENTS, { input }, { apiKey: TEST_KEY }).collect();
  }

  it('passes unknown events on as UnknownRunEvent, and maps typed deltas', async () => {
    const results = await runEvents([
      frame('thread.run.created', fixtureRun),
      frame('thread.run.shiny_new_thing', { hello: 'world' }),
      frame('thread.run.step.created', { ...fixtureStep, status: 'in_progress' }),
      frame('thread.run.step.delta', {
        id: 'step_1',
        object: 'thread.run.step.delta',
        delta: {
          step_details: {
            type: 'tool_calls',
            tool_calls: [
              {
                index: 0,
                id: 'call_1',
                type: 'code_interpreter',
                code_interpreter: { input: 'print(1)', outputs: [{ index: 0, type: 'logs', logs: '1\n' }, { index: 1, type: 'image', image: { file_id: 'file-img' } }] },
              },
            ],
          },
        },
      }),
      frame('thread.message.delta', {
        id: 'msg_1',
        object: 'thread.message.delta',
        delta: {
          role: 'assistant',
          content: [
            {
              index: 0,
              type: 'text',
              text: {
                value: 'See 【1†src】',
                annotations: [{ index: 0, type: 'file_citation', text: '【1†src】', file_citation: { file_id: 'file-1', quote: 'q' }, start_index: 4, end_index: 11 }],
              },
            },
            { index: 1, type: 'image_file', image_file: { file_id: 'file-2' } },
            { index: 2, type: 'hologram' },
          ],
        },
      }),
      'event: done\ndata: [DONE]\n\n',
    ]);
    const events = eventsOf(results, 'runEvents');
    expect(events.map((e) => e.__typename)).toEqual([
      'RunStatusEvent',
      'UnknownRunEvent',
      'RunStepEvent',
      'RunStepDeltaEvent',
      'MessageDeltaEvent',
      'DoneEvent',
    ]);
    expect(events[1]).toMatchObject({ event: 'thread.run.shiny_new_thing', data: '{"hello":"world"}' });
    expect(events[3]?.toolCalls).toEqual([
      {
        index: 0,
        id: 'call_1',
        type: 'code_interpreter',
        function: null,
        codeInterpreter: {
          input: 'print(1)',
          outputs: [
            { index: 0, type: 'logs', logs: '1\n', imageFileId: null },
            { index: 1, type: 'image', logs: null, imageFileId: 'file-img' },
          ],
        },
      },
    ]);
    expect(events[4]).toMatchObject({
      messageId: 'msg_1',
      role: 'ASSISTANT',
      content: [
        {
          __typename: 'TextContentDelta',
          value: 'See 【1†src】',
          annotations: [{ index: 0, type: 'file_citation', text: '【1†src】', fileId: 'file-1', quote: 'q', startIndex: 4, endIndex: 11 }],
        },
        { __typename: 'ImageFileContentDelta', index: 1, fileId: 'file-2' },
        { __typename: 'UnknownContentDelta', index: 2, type: 'hologram' },
      ],
    });
  });

  it('yields an upstream error event, then ends with UPSTREAM_ERROR', async () => {
    const results = await runEvents([
      frame('thread.run.created', fixtureRun),
      frame('error', { code: 'server_error', message: 'The model melted.', type: 'server_error' }),
      frame('thread.run.queued', fixtureRun),
    ]);
    expect(results).toHaveLength(3);
    expect(results[1]?.data?.runEvents).toMatchObject({
      __typename: 'StreamErrorEvent',
      event: 'error',
      error: { code: 'server_error', message: 'The model melted.', type: 'server_error' },
    });
    expect(results[2]?.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstream: { code: 'server_error', type: 'server_error' } });
    expect(results[2]?.errors?.[0]?.message).toContain('The model melted.');
  });

  it('ends a stream that breaks off before done with UPSTREAM_ERROR', async () => {
    const results = await runEvents([frame('thread.run.created', fixtureRun), frame('thread.run.queued', fixtureRun)]);
    expect(results.map((r) => r.data?.runEvents?.event ?? null)).toEqual(['thread.run.created', 'thread.run.queued', null]);
    expect(results[2]?.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
  });

  it('fails an upstream 4xx before the first byte as an ordinary error with its code', async () => {
    fake.reset();
    fake.reply({ status: 400, json: { error: { message: 'Thread thread_1 already has an active run run_9.', type: 'invalid_request_error' } } });
    const results = await subscribe(harness.facadeUrl, RUN_EVENTS, { input }, { apiKey: TEST_KEY }).collect();
    expect(results).toHaveLength(1);
    expect(results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'THREAD_BUSY', runId: 'run_9' });
  });
});
