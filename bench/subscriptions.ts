/**
 * (g) `run(id)` subscriptions (GraphQL over SSE) on runs that stay active: runs of an assistant
 * with a function tool, asked `call get_weather({"city":"Paris"})`, wait in `requires_action`
 * until they expire (10 minutes). For each set-up, the subscriptions stay open `WINDOW_SECONDS`
 * while the proxy counts the upstream run polls and the facade's RSS is sampled every second:
 *
 * - 500 subscriptions on 50 runs (10 each), alone in its window (for the RSS figure);
 * - then, together in one window (the polls are told apart by run id): 50 subscriptions on the
 *   same 50 runs (1 each), which should poll as much as the 500 (one poller per run, shared by its
 *   subscribers), and 50 subscriptions on 5 other runs (10 each), which should poll a tenth as much.
 */
import { subscribe } from '../test/helpers/sse-client.js';
import type { Gql, Rest } from './clients.js';
import { full, sleep } from './common.js';
import { BENCH_KEY, sampleMemory } from './processes.js';
import type { FacadeProcess, HeapFigures, Upstream } from './processes.js';
import { waitForRun } from './scenarios.js';

export const WINDOW_SECONDS = full(10, 4);
const RUNS = 55;
/** Set-ups by window: subscriptions spread evenly over runs `[from, to)`. */
const WINDOWS = [
  [{ subscriptions: 500, from: 0, to: 50 }],
  [
    { subscriptions: 50, from: 0, to: 50 },
    { subscriptions: 50, from: 50, to: 55 },
  ],
] as const;
const POLL = /^\/v1\/threads\/[^/]+\/runs\/([^/?]+)$/;

export interface SubscriptionWindow {
  subscriptions: number;
  runs: number;
  seconds: number;
  /** Upstream `GET /threads/{t}/runs/{r}` per second during the window. */
  pollsPerSecond: number;
  /** Every upstream request per second during the window (of every set-up in it). */
  upstreamPerSecond: number;
  /** Other set-ups measured in the same window (their RSS is shared). */
  sharedWith: string;
  /** Subscriptions that received the run's first snapshot (REQUIRES_ACTION). */
  subscribed: number;
  rssBeforeMb: number;
  peakRssMb: number;
  /** The facade's `process.memoryUsage()` at the end of the window. */
  heapAtEnd: HeapFigures | undefined;
  /** Run polls in the second after every subscriber left (0: the pollers stopped). */
  pollsAfterLeaving: number;
}

const SUBSCRIPTION = `subscription($id: ID!) { run(id: $id) { id status } }`;

export async function subscriptionsPhase(facade: FacadeProcess, upstream: Upstream, gql: Gql, seedRest: Rest): Promise<SubscriptionWindow[]> {
  const assistant = await seedRest.post<{ id: string }>('/assistants', {
    model: 'gpt-4-turbo',
    name: 'Bench weather',
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'The weather in a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ],
  });
  const runs: { id: string; runId: string; threadId: string }[] = [];
  for (let batch = 0; batch < RUNS; batch += 10) {
    const created = await Promise.all(
      Array.from({ length: Math.min(10, RUNS - batch) }, () =>
        gql<{ createThreadAndRun: { run: { id: string; openaiId: string; thread: { openaiId: string } } } }>(
          `mutation($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { openaiId } } } }`,
          { input: { assistantId: assistant.id, messages: [{ content: 'call get_weather({"city":"Paris"})' }] } },
        ),
      ),
    );
    runs.push(...created.map(({ createThreadAndRun: { run } }) => ({ id: run.id, runId: run.openaiId, threadId: run.thread.openaiId })));
  }
  await Promise.all(runs.map((run) => waitForRun(seedRest, run.threadId, run.runId, ['requires_action'])));

  const polls = (records: readonly { method: string; path: string }[], runIds: ReadonlySet<string>): number =>
    records.filter((record) => record.method === 'GET' && runIds.has(POLL.exec(record.path)?.[1] ?? '')).length;
  const windows: SubscriptionWindow[] = [];
  for (const setups of WINDOWS) {
    await upstream.reset();
    const rssBeforeMb = facade.memory().rssMb;
    const subscribed = setups.map(() => 0);
    const subscriptions = setups.flatMap((setup, which) => {
      const targets = runs.slice(setup.from, setup.to);
      return Array.from({ length: setup.subscriptions }, (_, index) => {
        const run = targets[index % targets.length];
        const subscription = subscribe<{ run: { status: string } }>(facade.url, SUBSCRIPTION, { id: run?.id }, { apiKey: BENCH_KEY });
        const reading = (async () => {
          let first = true;
          for await (const result of subscription) {
            if (first && result.data?.run.status === 'REQUIRES_ACTION') subscribed[which] = (subscribed[which] ?? 0) + 1;
            first = false;
          }
        })().catch(() => undefined);
        return { subscription, reading };
      });
    });
    const { samples } = await sampleMemory(facade.memory, () => sleep(WINDOW_SECONDS * 1_000), 1_000);
    const window = await upstream.take();
    const heapAtEnd = facade.heap();
    // The proxy's own clock, from the reset to the take.
    const seconds = (window.now - window.since) / 1_000;
    for (const { subscription } of subscriptions) subscription.abort();
    await Promise.all(subscriptions.map(({ reading }) => reading));
    await sleep(250);
    await upstream.reset();
    await sleep(1_000);
    const after = await upstream.take();
    const describe = (setup: (typeof setups)[number]): string => `${setup.subscriptions} on ${setup.to - setup.from} runs`;
    setups.forEach((setup, which) => {
      const runIds = new Set(runs.slice(setup.from, setup.to).map((run) => run.runId));
      windows.push({
        subscriptions: setup.subscriptions,
        runs: setup.to - setup.from,
        seconds,
        pollsPerSecond: polls(window.records, runIds) / seconds,
        upstreamPerSecond: window.count / seconds,
        sharedWith: setups.filter((other) => other !== setup).map(describe).join(', '),
        subscribed: subscribed[which] ?? 0,
        rssBeforeMb,
        peakRssMb: Math.max(...samples.map((sample) => sample.rssMb)),
        heapAtEnd,
        pollsAfterLeaving: polls(after.records, runIds),
      });
    });
  }
  return windows;
}
