/**
 * Pages on the SQLite store: one page of a thread with `BIG` messages against the same page of a
 * thread with `SMALL`, on a v1 server backed by a SQLite file. A page is one index range scan,
 * so its cost should not grow with the thread: the big/small ratio of the medians should be about
 * 1. Timed directly over REST (newest page, a page after a cursor in the middle, oldest page) and
 * through the facade, interleaved between the two threads, alternating which goes first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startV1Server } from '../src/v1-server/index.js';
import { TEST_KEY, dataOf, gqlClient } from '../test/helpers/harness.js';
import { full, median, round } from './common.js';
import type { Result } from './common.js';
import { spawnFacade } from './processes.js';

const BIG = full(10_000, 1_000);
const SMALL = 100;
const CONCURRENCY = 16;
const WARMUP = full(20, 5);
const SAMPLES = full(200, 20);

interface Shape {
  name: string;
  /** The query string of the page, given the thread's message ids oldest first. */
  query(ids: readonly string[]): string;
  /** Messages the page holds (the same for both threads, so both pages carry the same bytes). */
  size: number;
}

const SHAPES: Shape[] = [
  { name: 'limit=100 (newest)', query: () => 'limit=100', size: 100 },
  // Newest first, after the message 25 past the middle (oldest first): 75 older ones remain in the
  // small thread, so with limit 50 both threads return a full page.
  { name: 'limit=50&after=<middle>', query: (ids) => `limit=50&after=${ids[Math.floor(ids.length / 2) + 25]}`, size: 50 },
  { name: 'limit=100&order=asc (oldest)', query: () => 'limit=100&order=asc', size: 100 },
];

export async function pagesScenario(): Promise<Result[]> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  const v1Server = await startV1Server({ databaseUrl: `file:${join(directory, 'bench.sqlite')}` });
  const facade = await spawnFacade({ upstreamUrl: v1Server.url });
  const gql = gqlClient(facade.url);
  const headers = { authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' };
  const rest = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${v1Server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  /** A thread with `count` messages of equal length, added one request each, `CONCURRENCY` at a time; ids oldest first. */
  const makeThread = async (count: number): Promise<{ id: string; ids: string[] }> => {
    const thread = await rest<{ id: string }>('POST', '/threads', {});
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < count) {
        next += 1;
        await rest('POST', `/threads/${thread.id}/messages`, { role: 'user', content: `message ${String(next).padStart(6, '0')}` });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // The list order, not the order the requests were sent in.
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await rest<{ data: { id: string }[]; has_more: boolean; last_id: string | null }>(
        'GET',
        `/threads/${thread.id}/messages?limit=100&order=asc${after ? `&after=${after}` : ''}`,
      );
      ids.push(...page.data.map((message) => message.id));
      if (!page.has_more || !page.last_id) break;
      after = page.last_id;
    }
    if (ids.length !== count) throw new Error(`Thread ${thread.id} lists ${ids.length} messages, not ${count}`);
    return { id: thread.id, ids };
  };

  try {
    const fillStarted = performance.now();
    const big = await makeThread(BIG);
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const small = await makeThread(SMALL);

    /** Runs `work` on both threads `SAMPLES` times, alternating which goes first; medians in ms. */
    const compare = async (work: (thread: { id: string; ids: string[] }) => Promise<void>): Promise<{ big: number; small: number }> => {
      for (let round = 0; round < WARMUP; round += 1) {
        await work(big);
        await work(small);
      }
      const times = { big: [] as number[], small: [] as number[] };
      const timed = async (which: 'big' | 'small'): Promise<void> => {
        const started = performance.now();
        await work(which === 'big' ? big : small);
        times[which].push(performance.now() - started);
      };
      for (let round = 0; round < SAMPLES; round += 1) {
        const order: ('big' | 'small')[] = round % 2 === 0 ? ['big', 'small'] : ['small', 'big'];
        for (const which of order) await timed(which);
      }
      return { big: median(times.big), small: median(times.small) };
    };

    const results: Result[] = [
      {
        name: `sqlite pages: setup, ${BIG} messages added over REST`,
        value: round(BIG / fillSeconds, 0),
        unit: 'messages/s',
        note: `${CONCURRENCY} concurrent POST /v1/threads/{id}/messages on a SQLite file (WAL)`,
      },
    ];
    const note = `medians of ${SAMPLES} samples each, interleaved between the threads; ratio ≈ 1 means the page cost does not grow with the thread`;
    const report = (label: string, medians: { big: number; small: number }): void => {
      results.push(
        { name: `${label}: ${BIG}-message thread (median)`, value: round(medians.big, 2), unit: 'ms', note },
        { name: `${label}: ${SMALL}-message thread (median)`, value: round(medians.small, 2), unit: 'ms', note },
        { name: `${label}: big / small`, value: round(medians.big / medians.small), unit: 'ratio', note },
      );
    };

    for (const shape of SHAPES) {
      const medians = await compare(async (thread) => {
        const page = await rest<{ data: unknown[] }>('GET', `/threads/${thread.id}/messages?${shape.query(thread.ids)}`);
        if (page.data.length !== shape.size) throw new Error(`${shape.name}: ${page.data.length} messages, not ${shape.size}`);
      });
      report(`sqlite pages, REST ${shape.name}`, medians);
    }

    const query = `query($id: ID!) { thread(id: $id) { messages(first: 100) { nodes { id } } } }`;
    const medians = await compare(async (thread) => {
      const data = dataOf<{ thread: { messages: { nodes: { id: string }[] } } | null }>(await gql(query, { id: thread.id }));
      if (data.thread?.messages.nodes.length !== 100) throw new Error('The facade page does not hold 100 messages');
    });
    report('sqlite pages, facade messages(first: 100)', medians);
    return results;
  } finally {
    await facade.close();
    await v1Server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
