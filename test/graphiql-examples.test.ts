/**
 * GraphiQL's saved tabs (src/startup/graphiql.ts) are real: every operation validates against the
 * schema, every variable it declares is in its tab, and each tab, run as its comments tell a user
 * to, works against the v1 server with the data `npm start` seeds.
 */
import { Kind, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { UpstreamClient } from '../src/openai/client.js';
import { seedDemoData } from '../src/startup/demo.js';
import type { SeededData } from '../src/startup/demo.js';
import { FIRST_QUERY } from '../src/startup/first-query.js';
import { HEADERS_HINT, graphiqlTabs } from '../src/startup/graphiql.js';
import type { GraphiQLTab } from '../src/startup/graphiql.js';
import { TEST_KEY, startHarness } from './helpers/harness.js';
import type { Harness } from './helpers/harness.js';
import { until } from './helpers/kit.js';
import { subscribe } from './helpers/sse-client.js';

const operationsOf = (tab: GraphiQLTab): OperationDefinitionNode[] =>
  parse(tab.query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);

const variablesOf = (tab: GraphiQLTab): Record<string, string> => JSON.parse(tab.variables ?? '{}') as Record<string, string>;

/** The tab holding the operation `name`. */
function tabWith(tabs: GraphiQLTab[], name: string): GraphiQLTab {
  const tab = tabs.find((candidate) => operationsOf(candidate).some((operation) => operation.name?.value === name));
  if (!tab) throw new Error(`No tab has the operation ${name}`);
  return tab;
}

describe('GraphiQL example tabs', () => {
  const tabs = graphiqlTabs({ assistantId: 'asst_seeded', threadId: 'thread_seeded' });

  it('open on the first query, then browse a thread, create and run, stream a run, and a tool round trip', () => {
    expect(tabs[0]?.query.endsWith(FIRST_QUERY)).toBe(true);
    expect(tabs.map((tab) => operationsOf(tab).map((operation) => `${operation.operation} ${operation.name?.value ?? ''}`))).toEqual([
      ['query FirstLook'],
      ['query BrowseThread'],
      ['mutation Start', 'query Follow'],
      ['subscription StreamReply'],
      ['mutation AskWeather', 'query RunNow', 'mutation Answer'],
    ]);
  });

  it('hold only operations the schema accepts', () => {
    for (const tab of tabs) {
      expect(validate(schema, parse(tab.query)).map((error) => error.message), tab.query).toEqual([]);
    }
  });

  it('fill in every variable their operations declare, with the seeded ids where they need them', () => {
    for (const tab of tabs) {
      const declared = operationsOf(tab).flatMap((operation) => (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value));
      expect(Object.keys(variablesOf(tab)).sort(), tab.query).toEqual([...new Set(declared)].sort());
    }
    expect(variablesOf(tabWith(tabs, 'BrowseThread'))).toEqual({ threadId: 'thread_seeded' });
    expect(variablesOf(tabWith(tabs, 'StreamReply'))).toEqual({ threadId: 'thread_seeded', assistantId: 'asst_seeded' });
    expect(variablesOf(tabWith(tabs, 'AskWeather'))['assistantId']).toBe('asst_seeded');
  });

  it('say where an id comes from when nothing was seeded', () => {
    const unseeded = graphiqlTabs();
    expect(variablesOf(tabWith(unseeded, 'BrowseThread'))['threadId']).toMatch(/start log/);
    expect(variablesOf(tabWith(unseeded, 'Start'))['assistantId']).toMatch(/FirstLook/);
  });

  it('pre-fill each headers editor with a commented Authorization example that sends nothing', () => {
    for (const tab of tabs) expect(tab.headers).toBe(HEADERS_HINT);
    expect(HEADERS_HINT).toMatch(/^\s*\/\/ "Authorization": "Bearer sk-…"$/m);
    // Without the comments it is an empty JSON object: no header is sent until the user writes one.
    expect(JSON.parse(HEADERS_HINT.replace(/^\s*\/\/.*$/gm, ''))).toEqual({});
  });
});

describe('GraphiQL example tabs against the v1 server with the seeded data', () => {
  let harness: Harness;
  let upstream: UpstreamClient;
  let tabs: GraphiQLTab[];
  let seeded: SeededData;

  beforeAll(async () => {
    harness = await startHarness();
    upstream = new UpstreamClient({ baseUrl: harness.v1Server.url, apiKey: TEST_KEY });
    const demo = await seedDemoData(upstream.forRequest({}));
    if (!demo) throw new Error('nothing was seeded');
    seeded = demo;
    tabs = graphiqlTabs(seeded);
  });

  afterAll(async () => {
    await upstream?.close();
    await harness?.close();
  });

  /** Runs one operation of a tab, as GraphiQL sends it (the whole document, the operation's name, the tab's variables). */
  async function run<T>(name: string, overrides: Record<string, string> = {}): Promise<T> {
    const tab = tabWith(tabs, name);
    const response = await fetch(`${harness.facadeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEY}` },
      body: JSON.stringify({ query: tab.query, operationName: name, variables: { ...variablesOf(tab), ...overrides } }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, name).toBeUndefined();
    if (!body.data) throw new Error(`${name} answered no data`);
    return body.data;
  }

  interface RunState {
    node: {
      status: string;
      requiredAction?: { toolCalls: { id: string; functionName: string; parsedArguments: unknown }[] } | null;
      messages: { nodes: { role: string; text: string }[] };
    };
  }

  it('FirstLook finds the seeded assistant', async () => {
    const data = await run<{ assistants: { nodes: { id: string; name: string }[] } }>('FirstLook');
    expect(data.assistants.nodes.map((assistant) => assistant.name)).toEqual(['Echo']);
  });

  it('BrowseThread shows the seeded thread with its message and its run', async () => {
    const data = await run<{ thread: { openaiId: string; messages: { nodes: { role: string; text: string }[] }; runs: { nodes: { assistant: { name: string } }[] } } }>('BrowseThread');
    expect(data.thread.openaiId).toBe(seeded.threadId);
    expect(data.thread.messages.nodes[0]).toEqual(expect.objectContaining({ role: 'USER', text: 'Hello, emulator!' }));
    expect(data.thread.runs.nodes.map((node) => node.assistant.name)).toEqual(['Echo']);
  });

  it('Start creates a thread and a run, and Follow sees it complete with the reply', async () => {
    const started = await run<{ createThreadAndRun: { run: { id: string } } }>('Start');
    const runId = started.createThreadAndRun.run.id;
    const followed = await until(
      () => run<{ node: { status: string; messages: { nodes: { text: string }[] } } }>('Follow', { runId }),
      (data) => data.node.status === 'COMPLETED',
      'the run to complete',
    );
    expect(followed.node.messages.nodes.map((message) => message.text)).toEqual(['You said: Hello there']);
  });

  it('StreamReply streams a reply on the seeded thread down to done', async () => {
    const tab = tabWith(tabs, 'StreamReply');
    const results = await subscribe<{ runEvents: { event: string; content?: { value?: string }[] } }>(
      harness.facadeUrl,
      tab.query,
      variablesOf(tab),
      { apiKey: TEST_KEY },
    ).collect();
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const events = results.map((result) => result.data?.runEvents.event);
    expect(events.at(-1)).toBe('done');
    const reply = results.flatMap((result) => result.data?.runEvents.content ?? []).map((part) => part.value ?? '').join('');
    expect(reply).toBe('You said: Stream this reply to me');
  });

  it('AskWeather, RunNow and Answer make a tool round trip', async () => {
    const asked = await run<{ createThreadAndRun: { run: { id: string } } }>('AskWeather');
    const runId = asked.createThreadAndRun.run.id;
    const waiting = await until(() => run<RunState>('RunNow', { runId }), (data) => data.node.status === 'REQUIRES_ACTION', 'the tool call');
    const call = waiting.node.requiredAction?.toolCalls[0];
    expect(call).toEqual(expect.objectContaining({ functionName: 'get_weather', parsedArguments: { city: 'Paris' } }));
    await run('Answer', { runId, toolCallId: call?.id ?? '' });
    const done = await until(() => run<RunState>('RunNow', { runId }), (data) => data.node.status === 'COMPLETED', 'the run to complete');
    expect(done.node.messages.nodes.at(-1)?.text).toBe('Tool results: get_weather={"celsius": 21}');
  });
});
