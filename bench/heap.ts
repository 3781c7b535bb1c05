/**
 * Heap growth after GC over many linked-message queries, with the facade in this process (the one
 * bench figure that needs `--expose-gc` and the facade's heap, not its RSS): loaders are per
 * request, so nothing should accumulate. The RSS of the facade in its own process under load is
 * the soak figure of the scoreboard.
 */
import { TEST_KEY, dataOf, startHarness } from '../test/helpers/harness.js';
import { full, round, sleep } from './common.js';
import type { Result } from './common.js';

const QUERIES = full(1_000, 100);
const MESSAGES = 20;

export async function heapScenario(): Promise<Result[]> {
  const harness = await startHarness({ v1Server: { stepDelayMs: 1 } });
  const headers = { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' };
  try {
    const assistant = (await (
      await fetch(`${harness.v1Server.url}/assistants`, { method: 'POST', headers, body: JSON.stringify({ model: 'gpt-4-turbo', name: 'Bench' }) })
    ).json()) as { id: string };
    const thread = dataOf<{ createThread: { thread: { id: string } } }>(
      await harness.gql(`mutation($messages: [MessageInput!]) { createThread(input: {messages: $messages}) { thread { id } } }`, {
        messages: Array.from({ length: MESSAGES }, (_, index) => ({ content: `message ${index}` })),
      }),
    ).createThread.thread;
    const run = dataOf<{ createRun: { run: { id: string } } }>(
      await harness.gql(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
        input: { threadId: thread.id, assistantId: assistant.id },
      }),
    ).createRun.run;
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const { node } = dataOf<{ node: { status: string } }>(await harness.gql(`query($id: ID!) { node(id: $id) { ... on Run { status } } }`, { id: run.id }));
      if (node.status === 'COMPLETED') break;
      await sleep(10);
    }
    const query = `query($id: ID!) { thread(id: $id) { messages(first: 50) { nodes { id text role assistant { name } run { status } } } } }`;
    const heapAfterCollection = (): number => {
      // The v1 server's request log is test instrumentation, not the facade's memory.
      harness.v1Server.stats.reset();
      globalThis.gc?.();
      return process.memoryUsage().heapUsed;
    };
    for (let warmup = 0; warmup < 100; warmup += 1) dataOf(await harness.gql(query, { id: thread.id }));
    const before = heapAfterCollection();
    for (let index = 0; index < QUERIES; index += 1) dataOf(await harness.gql(query, { id: thread.id }));
    const growthMb = (heapAfterCollection() - before) / 1024 / 1024;
    return [
      {
        name: `heap growth over ${QUERIES} linked-message queries, after GC`,
        value: globalThis.gc ? round(growthMb, 1) : 'n/a (run with --expose-gc)',
        unit: 'MiB',
        note: 'facade and v1 server in the bench process (in-process harness); loaders are per request, so nothing should accumulate',
      },
    ];
  } finally {
    await harness.close();
  }
}
