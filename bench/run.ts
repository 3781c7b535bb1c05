/**
 * `npm run bench`: the facade against the embedded emulator on loopback. Machines here are shared
 * and noisy, so upstream work is counted exactly and time is only reported as ratios measured in
 * the same run (facade vs. the same data fetched over REST directly), or as medians of samples
 * interleaved with their reference. Prints a table and writes bench/results.json.
 *
 * Scenarios: upstream requests and time of a linked-message page, and heap growth (below); time
 * to first delta through the subscription vs. the model server's own (`first-delta.ts`); pages of
 * a 10,000-message thread vs. a 100-message one on the SQLite store (`pages.ts`).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TEST_KEY, dataOf, startHarness } from '../test/helpers/harness.js';
import type { Result } from './common.js';
import { firstDeltaScenario } from './first-delta.js';
import { pagesScenario } from './pages.js';

const ROUNDS = 200;
const MESSAGES = 20;

async function main(): Promise<void> {
  const harness = await startHarness({ emulator: { stepDelayMs: 1 } });
  const rest = (path: string) =>
    fetch(`${harness.emulator.url}${path}`, {
      headers: { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1' },
    }).then((response) => response.json());
  const results: Result[] = [];

  const assistant = dataOf<{ createAssistant: { assistant: { openaiId: string } } }>(
    await harness.gql(`mutation { createAssistant(input: {model: "gpt-4-turbo", name: "Bench"}) { assistant { openaiId } } }`),
  ).createAssistant.assistant.openaiId;
  const thread = dataOf<{ createThread: { thread: { id: string; openaiId: string } } }>(
    await harness.gql(
      `mutation($messages: [MessageInput!]) { createThread(input: {messages: $messages}) { thread { id openaiId } } }`,
      { messages: Array.from({ length: MESSAGES }, (_, index) => ({ content: `message ${index}` })) },
    ),
  ).createThread.thread;
  // Messages written by an assistant, so each links to it: the N+1 case DataLoader must collapse.
  const run = dataOf<{ createRun: { run: { id: string } } }>(
    await harness.gql(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
      input: { threadId: thread.id, assistantId: assistant },
    }),
  ).createRun.run;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const status = dataOf<{ node: { status: string } }>(
      await harness.gql(`query($id: ID!) { node(id: $id) { ... on Run { status } } }`, { id: run.id }),
    ).node.status;
    if (status === 'COMPLETED') break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }

  const messagesQuery = `query($id: ID!) { thread(id: $id) { messages(first: 50) { nodes { id text role assistant { name } run { status } } } } }`;
  harness.emulator.stats.reset();
  dataOf(await harness.gql(messagesQuery, { id: thread.id }));
  const upstreamCalls = harness.emulator.stats.requests.length;
  results.push({
    name: 'upstream requests: a thread with 21 messages, each with assistant and run links',
    value: upstreamCalls,
    unit: 'requests',
    note: 'thread GET, one list, one assistant GET, one run GET (a naive resolver makes 2 + 2 per message)',
  });

  const timeIt = async (work: () => Promise<unknown>): Promise<number> => {
    for (let warmup = 0; warmup < 20; warmup += 1) await work();
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) await work();
    return (performance.now() - started) / ROUNDS;
  };
  const restMs = await timeIt(() => rest(`/threads/${thread.openaiId}/messages?limit=50`));
  const facadeMs = await timeIt(() => harness.gql(`query($id: ID!) { thread(id: $id) { messages(first: 50) { nodes { id text } } } }`, { id: thread.id }));
  results.push({
    name: 'facade time / direct REST time, one page of 21 messages',
    value: Number((facadeMs / restMs).toFixed(2)),
    unit: 'ratio',
    note: `${ROUNDS} sequential requests each, same run (the facade makes the same REST call, then GraphQL work)`,
  });

  const heapAfterCollection = (): number => {
    // The emulator's request log is test instrumentation, not the facade's memory.
    harness.emulator.stats.reset();
    globalThis.gc?.();
    return process.memoryUsage().heapUsed;
  };
  const heapBefore = heapAfterCollection();
  for (let round = 0; round < ROUNDS * 5; round += 1) dataOf(await harness.gql(messagesQuery, { id: thread.id }));
  const heapGrowthMb = (heapAfterCollection() - heapBefore) / 1024 / 1024;
  results.push({
    name: `heap growth over ${ROUNDS * 5} linked-message queries, after GC`,
    value: Number(heapGrowthMb.toFixed(1)),
    unit: 'MiB',
    note: 'facade and emulator in one process; loaders are per request, so nothing should accumulate',
  });

  await harness.close();

  results.push(...(await firstDeltaScenario()));
  results.push(...(await pagesScenario()));

  console.table(results.map(({ name, value, unit }) => ({ name, value, unit })));
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
}

await main();
