/**
 * (l) Several v1 servers on PostgreSQL, on a cluster the bench starts (as the tests do: `initdb`
 * and `pg_ctl` into a temporary directory, with fsync and synchronous commit off; skipped, saying
 * why, without PostgreSQL's binaries). Two parts:
 *
 * - Runs created and completed per second over the instant scripted model (`model-server.ts`):
 *   `POST /v1/threads/runs` with `stream: true`, read to `event: done`, `IN_FLIGHT` at all times,
 *   against S, one v1 server on a SQLite file; P1, one v1 server on PostgreSQL; P2, two v1 servers
 *   on another PostgreSQL database, the streams split evenly between them. Each v1 server runs as
 *   `npm run v1-server` does, in its own process. `SECONDS_PER_SIDE` per side in slices rotated
 *   S P1 P2, P2 P1 S, …, so noise from other work on the machine falls on each.
 * - Time to first token for `FIRST_TOKEN_RUNS` streamed runs started at once, from each request to
 *   its first text delta, on S and on P1: through a facade (spawned as `npm start` runs it, its
 *   upstream that one v1 server) with the `threadAndRunEvents` subscription over GraphQL SSE, and
 *   directly from the v1 server with `POST /v1/threads/runs` and `stream: true`, the same clients
 *   as phase (h). After a warm-up burst per side, `FIRST_TOKEN_ROUNDS` bursts per side, one after
 *   the other in rotated order (per store F D, D F, …), each burst on connections of its own;
 *   every stream is read to its end (a stream silent for `STREAM_IDLE_MS` is failed and closed).
 *   One facade over one v1 server: two servers behind one facade need a load balancer, and a
 *   facade per server would time the same path twice on the same cores.
 * - Pages on PostgreSQL: the newest 100 messages, 50 after a cursor in the middle, and the oldest
 *   100 of a thread with `BIG` messages against a thread with `SMALL`, over REST, interleaved.
 *   The big thread's messages are written straight into the store with `putMany` (the setup time
 *   is reported); a page is one index range scan, so the big/small ratio should be about 1.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { openStore } from '../src/v1-server/index.js';
import { newId } from '../src/v1-server/ids.js';
import { scopeOf } from '../src/v1-server/keys.js';
import type { Message } from '../src/v1/schemas.js';
import { findPostgresBin, POSTGRES_MISSING, startPostgres } from '../test/helpers/postgres.js';
import type { PostgresCluster } from '../test/helpers/postgres.js';
import { REST_HEADERS, restClient } from './clients.js';
import { full, median, percentile } from './common.js';
import { BENCH_KEY, cpuMsOf, machineCpuMs, spawnFacade, spawnV1Server, startModelServer, treeCpuMsOf } from './processes.js';
import type { ChildServer, FacadeProcess } from './processes.js';
import { facadeSide, figures as streamFigures, newTally, oneStream, v1ServerSide } from './v1-speed.js';
import type { Side as StreamSide, StreamFigures, Tally as StreamTally } from './v1-speed.js';

export const IN_FLIGHT = 20;
export const SECONDS_PER_SIDE = full(12, 3);
const SLICES_PER_SIDE = full(4, 2);
const WARMUP_SECONDS = full(2, 1);
/** The target for two instances against one. */
export const TWO_INSTANCES_SHARE = 1.6;

/** Streamed runs started at once for the time to first token, and the bursts of them per side after a warm-up burst. */
export const FIRST_TOKEN_RUNS = full(200, 50);
const FIRST_TOKEN_ROUNDS = full(3, 1);
/** A first-token stream that sends nothing for this long fails and is closed, so none can hold the bench. */
const STREAM_IDLE_MS = 30_000;
/** How many failed streams' errors are kept per side, to say what they saw. */
const FAILURE_SAMPLES = 3;

/** The issue asks for 1,000,000; `BENCH_BIG_THREAD` sets another size (the setup takes about a minute per million here). */
export const BIG = Number(process.env.BENCH_BIG_THREAD ?? full(1_000_000, 20_000));
const SMALL = 100;
/** Messages per `putMany` call, and calls at once (the store's pool holds 10 connections). */
const FILL_BATCH = 10_000;
const FILL_CONCURRENCY = 4;
const PAGE_WARMUP = full(20, 5);
const PAGE_SAMPLES = full(200, 20);
/** The target for the big/small ratio of a page's median. */
export const PAGE_RATIO = 1.2;

export interface RunsFigures {
  instances: number;
  completed: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** How busy the machine's cores were, all of them, while the side ran (0–1). */
  machineBusy: number;
  /** CPU time per completed run: the side's v1 servers, and PostgreSQL's processes (0 on SQLite). */
  serversCpuMsPerRun: number;
  postgresCpuMsPerRun: number;
}

export interface PageFigures {
  shape: string;
  bigMs: number;
  smallMs: number;
  ratio: number;
}

export interface FirstTokenFigures {
  store: string;
  /** Through the facade's `threadAndRunEvents`, and straight from the v1 server's stream. */
  facade: StreamFigures;
  direct: StreamFigures;
  /** The facade's first-token times over direct's. */
  p50Ratio: number;
  p99Ratio: number;
}

export interface InstancesResult {
  inFlight: number;
  secondsPerSide: number;
  sqlite: RunsFigures;
  postgresOne: RunsFigures;
  postgresTwo: RunsFigures;
  /** P2 over P1, and P1 over S, in runs per second. */
  twoOverOne: number;
  postgresOverSqlite: number;
  firstToken: { runs: number; rounds: number; stores: FirstTokenFigures[] };
  pages: { big: number; small: number; fillSeconds: number; messagesPerSecond: number; samples: number; shapes: PageFigures[] };
}

const dispatcher = new Agent({ connections: IN_FLIGHT * 2, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000 });

/** A set of v1 servers taking the same streamed runs; each worker sticks to one of them. */
interface Side {
  name: string;
  servers: ChildServer[];
  assistantId: string;
  /** The postmaster of the side's database, if on PostgreSQL. */
  postgresPid?: number;
}

interface Tally {
  completed: number;
  failures: number;
  seconds: number;
  ms: number[];
  cpu: { machineBusy: number; machineTotal: number; servers: number; postgres: number };
}

const newRunsTally = (): Tally => ({ completed: 0, failures: 0, seconds: 0, ms: [], cpu: { machineBusy: 0, machineTotal: 0, servers: 0, postgres: 0 } });

/** What the machine, the side's servers and its PostgreSQL have spent so far, in CPU ms. */
function cpuSpent(side: Side): { machine: { busy: number; total: number }; servers: number; postgres: number } {
  const sum = (pids: readonly number[]): number => pids.reduce((total, pid) => total + (cpuMsOf(pid) || 0), 0);
  return {
    machine: machineCpuMs(),
    servers: sum(side.servers.map((server) => server.pid)),
    postgres: side.postgresPid === undefined ? 0 : treeCpuMsOf(side.postgresPid),
  };
}

/** One streamed run through `url`, read to its end: its time in ms, or NaN when it did not end with `done`. */
async function oneRun(url: string, assistantId: string): Promise<number> {
  const started = performance.now();
  const body = { assistant_id: assistantId, stream: true, thread: { messages: [{ role: 'user', content: 'Hello' }] } };
  const response = await request(`${url}/threads/runs`, {
    method: 'POST',
    headers: { ...REST_HEADERS, accept: 'text/event-stream' },
    body: JSON.stringify(body),
    dispatcher,
  });
  response.body.setEncoding('utf8');
  let tail = '';
  for await (const text of response.body) tail = (tail + String(text)).slice(-64);
  return response.statusCode === 200 && tail.includes('event: done') ? performance.now() - started : Number.NaN;
}

/** `IN_FLIGHT` runs at all times for `seconds`, the workers spread evenly over the side's servers. */
async function closedLoop(side: Side, seconds: number, into: Tally): Promise<void> {
  const before = cpuSpent(side);
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  const worker = async (index: number): Promise<void> => {
    const url = side.servers[index % side.servers.length]?.url as string;
    while (performance.now() < deadline) {
      const took = await oneRun(url, side.assistantId).catch(() => Number.NaN);
      if (Number.isNaN(took)) into.failures += 1;
      else {
        into.completed += 1;
        into.ms.push(took);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, index) => worker(index)));
  into.seconds += (performance.now() - started) / 1_000;
  const after = cpuSpent(side);
  into.cpu.machineBusy += after.machine.busy - before.machine.busy;
  into.cpu.machineTotal += after.machine.total - before.machine.total;
  into.cpu.servers += after.servers - before.servers;
  into.cpu.postgres += after.postgres - before.postgres;
}

const figures = (instances: number, tally: Tally): RunsFigures => ({
  instances,
  completed: tally.completed,
  failures: tally.failures,
  seconds: tally.seconds,
  perSecond: tally.completed / tally.seconds,
  p50Ms: percentile(tally.ms, 50),
  p99Ms: percentile(tally.ms, 99),
  machineBusy: tally.cpu.machineBusy / tally.cpu.machineTotal,
  serversCpuMsPerRun: tally.cpu.servers / tally.completed,
  postgresCpuMsPerRun: tally.cpu.postgres / tally.completed,
});

async function assistantOn(url: string): Promise<string> {
  return (await restClient(url).post<{ id: string }>('/assistants', { model: 'bench-model', name: 'Bench instances', instructions: 'Answer briefly.' })).id;
}

/** Runs per second on S, P1 and P2, in rotated slices. */
async function runsPart(
  progress: (message: string) => void,
  sqlite: ChildServer,
  one: ChildServer,
  two: readonly ChildServer[],
  postgresPid: number,
): Promise<Pick<InstancesResult, 'sqlite' | 'postgresOne' | 'postgresTwo'>> {
  const sides: Side[] = [
    { name: 'S', servers: [sqlite], assistantId: await assistantOn(sqlite.url) },
    { name: 'P1', servers: [one], assistantId: await assistantOn(one.url), postgresPid },
    { name: 'P2', servers: [...two], assistantId: await assistantOn(two[0]?.url as string), postgresPid },
  ];
  const tallies = sides.map(newRunsTally);
  progress(`(l) warm-up, ${WARMUP_SECONDS} s per side`);
  for (const side of sides) await closedLoop(side, WARMUP_SECONDS, newRunsTally());
  const slice = SECONDS_PER_SIDE / SLICES_PER_SIDE;
  progress(`(l) runs: ${SECONDS_PER_SIDE} s per side at ${IN_FLIGHT} in flight, in ${SLICES_PER_SIDE} slices of ${slice} s (S P1 P2, P2 P1 S, …)`);
  for (let round = 0; round < SLICES_PER_SIDE; round += 1) {
    const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
    for (const index of order) await closedLoop(sides[index] as Side, slice, tallies[index] as Tally);
  }
  const [onSqlite, postgresOne, postgresTwo] = tallies.map((tally, index) => figures(sides[index]?.servers.length ?? 0, tally)) as [RunsFigures, RunsFigures, RunsFigures];
  return { sqlite: onSqlite, postgresOne, postgresTwo };
}

/** A kind of stream sent through a given client. */
type StreamThrough = (through: Dispatcher) => StreamSide;

/**
 * `FIRST_TOKEN_RUNS` streams started at once, each read to its end, each on a connection of its
 * own, opened for the burst as new clients would (a kept one could be closed by the server while
 * a request goes out on it).
 */
async function burst(side: StreamThrough, into: StreamTally): Promise<void> {
  const through = new Agent({ connections: FIRST_TOKEN_RUNS, headersTimeout: STREAM_IDLE_MS, bodyTimeout: STREAM_IDLE_MS });
  const started = performance.now();
  const outcomes = await Promise.allSettled(Array.from({ length: FIRST_TOKEN_RUNS }, () => oneStream(side(through))));
  into.seconds += (performance.now() - started) / 1_000;
  await through.close();
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') {
      into.completed += 1;
      into.firstMs.push(outcome.value);
    } else {
      into.failures += 1;
      if (into.failureSamples.length < FAILURE_SAMPLES) into.failureSamples.push(String(outcome.reason));
    }
  }
}

/** Time to first token through a facade over each of `targets`' v1 server, and straight from it. */
async function firstTokenPart(progress: (message: string) => void, targets: readonly { store: string; url: string }[]): Promise<InstancesResult['firstToken']> {
  const facades: FacadeProcess[] = [];
  try {
    const stores: { store: string; sides: { facade: StreamThrough; direct: StreamThrough }; tallies: { facade: StreamTally; direct: StreamTally } }[] = [];
    for (const { store, url } of targets) {
      const facade = await spawnFacade({ upstreamUrl: url });
      facades.push(facade);
      const assistantId = await assistantOn(url);
      stores.push({
        store,
        sides: { facade: (through) => facadeSide(facade.url, assistantId, through), direct: (through) => v1ServerSide(url, assistantId, through) },
        tallies: { facade: newTally(), direct: newTally() },
      });
    }
    progress(`(l) first token: a warm-up burst of ${FIRST_TOKEN_RUNS} streamed runs per side`);
    for (const { store, sides } of stores) {
      for (const which of ['facade', 'direct'] as const) {
        const warmUp = newTally();
        await burst(sides[which], warmUp);
        if (warmUp.failures > 0) progress(`(l) first token, warm-up, ${store} ${which}: ${warmUp.failures} failed, e.g. ${warmUp.failureSamples.join(' | ')}`);
      }
    }
    progress(`(l) first token: ${FIRST_TOKEN_ROUNDS} bursts of ${FIRST_TOKEN_RUNS} streamed runs at once per side, one after the other (per store F D, D F, …)`);
    for (let round = 0; round < FIRST_TOKEN_ROUNDS; round += 1) {
      for (const { sides, tallies } of stores) {
        for (const which of round % 2 === 0 ? (['facade', 'direct'] as const) : (['direct', 'facade'] as const)) await burst(sides[which], tallies[which]);
      }
    }
    for (const facade of facades) {
      const exited = facade.exited();
      if (exited) throw new Error(`A facade exited during the (l) first-token bursts: ${exited}`);
    }
    return {
      runs: FIRST_TOKEN_RUNS,
      rounds: FIRST_TOKEN_ROUNDS,
      stores: stores.map(({ store, tallies }) => {
        const [facade, direct] = [streamFigures(tallies.facade), streamFigures(tallies.direct)];
        return { store, facade, direct, p50Ratio: facade.firstDeltaP50Ms / direct.firstDeltaP50Ms, p99Ratio: facade.firstDeltaP99Ms / direct.firstDeltaP99Ms };
      }),
    };
  } finally {
    for (const facade of facades) await facade.close();
  }
}

/** A page of the big thread against the same page of the small one, through `url`. */
async function pagesPart(progress: (message: string) => void, url: string, databaseUrl: string): Promise<InstancesResult['pages']> {
  const rest = restClient(url);
  const scope = scopeOf(BENCH_KEY);
  const small = (await rest.post<{ id: string }>('/threads', { messages: Array.from({ length: SMALL }, (_, n) => ({ role: 'user', content: `message ${n}` })) })).id;
  const smallIds = (await rest.get<{ data: Message[] }>(`/threads/${small}/messages?limit=100&order=asc`)).data;
  const template = smallIds[0];
  if (!template || smallIds.length !== SMALL) throw new Error(`The small thread lists ${smallIds.length} messages, not ${SMALL}`);
  const big = (await rest.post<{ id: string }>('/threads', {})).id;

  progress(`(l) pages: ${BIG.toLocaleString('en')} messages written into one thread with putMany (${FILL_BATCH} per call, ${FILL_CONCURRENCY} calls at once)`);
  const store = await openStore(databaseUrl);
  const bigIds: string[] = Array.from({ length: BIG }, () => newId('msg'));
  const fillStarted = performance.now();
  try {
    let next = 0;
    const filler = async (): Promise<void> => {
      while (next < BIG) {
        const start = next;
        next += FILL_BATCH;
        const entries = bigIds.slice(start, start + FILL_BATCH).map((id, offset): [string, Message] => {
          const n = start + offset;
          // Ten messages a second, oldest first: the list order is created_at, then insertion.
          const message: Message = { ...template, id, thread_id: big, created_at: template.created_at + Math.floor(n / 10), content: [{ type: 'text', text: { value: `message ${n}`, annotations: [] } }] };
          return [id, message];
        });
        await store.messages.putMany(scope, big, entries);
      }
    };
    await Promise.all(Array.from({ length: FILL_CONCURRENCY }, filler));
  } finally {
    await store.close();
  }
  const fillSeconds = (performance.now() - fillStarted) / 1_000;
  progress(`(l) pages: ${BIG.toLocaleString('en')} messages written in ${fillSeconds.toFixed(1)} s`);

  const shapes = [
    { shape: 'limit=100 (newest)', query: () => 'limit=100', size: 100 },
    // Newest first after the message 25 past the middle (oldest first): a full page of 50 in both threads.
    { shape: 'limit=50&after=<middle>', query: (ids: readonly string[]) => `limit=50&after=${ids[Math.floor(ids.length / 2) + 25]}`, size: 50 },
    { shape: 'limit=100&order=asc (oldest)', query: () => 'limit=100&order=asc', size: 100 },
  ];
  const threads = { big: { id: big, ids: bigIds }, small: { id: small, ids: smallIds.map((message) => message.id) } };
  const results: PageFigures[] = [];
  for (const { shape, query, size } of shapes) {
    const page = async (which: 'big' | 'small'): Promise<number> => {
      const thread = threads[which];
      const started = performance.now();
      const listed = await rest.get<{ data: unknown[] }>(`/threads/${thread.id}/messages?${query(thread.ids)}`);
      const took = performance.now() - started;
      if (listed.data.length !== size) throw new Error(`${shape}: ${listed.data.length} messages in the ${which} thread's page, not ${size}`);
      return took;
    };
    for (let round = 0; round < PAGE_WARMUP; round += 1) {
      await page('big');
      await page('small');
    }
    const times = { big: [] as number[], small: [] as number[] };
    for (let round = 0; round < PAGE_SAMPLES; round += 1) {
      for (const which of round % 2 === 0 ? (['big', 'small'] as const) : (['small', 'big'] as const)) times[which].push(await page(which));
    }
    const bigMs = median(times.big);
    const smallMs = median(times.small);
    results.push({ shape, bigMs, smallMs, ratio: bigMs / smallMs });
  }
  return { big: BIG, small: SMALL, fillSeconds, messagesPerSecond: BIG / fillSeconds, samples: PAGE_SAMPLES, shapes: results };
}

/** Undefined (after saying why) without PostgreSQL's binaries. */
export async function instancesPhase(progress: (message: string) => void): Promise<InstancesResult | undefined> {
  const bin = findPostgresBin();
  if (bin === undefined) {
    progress(`(l) skipped: ${POSTGRES_MISSING}`);
    return undefined;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-instances-'));
  let cluster: PostgresCluster | undefined;
  let model: ChildServer | undefined;
  const servers: ChildServer[] = [];
  try {
    cluster = await startPostgres(bin);
    model = await startModelServer();
    const [oneDatabase, twoDatabase] = [await cluster.createDatabase(), await cluster.createDatabase()];
    const start = async (databaseUrl: string): Promise<ChildServer> => {
      const server = await spawnV1Server({ MODEL_BASE_URL: model?.url ?? '', DATABASE_URL: databaseUrl });
      servers.push(server);
      return server;
    };
    const sqlite = await start(`file:${join(dataDir, 'v1-server.sqlite')}`);
    const one = await start(oneDatabase);
    const two = [await start(twoDatabase), await start(twoDatabase)];
    const runs = await runsPart(progress, sqlite, one, two, cluster.pid());
    const firstToken = await firstTokenPart(progress, [
      { store: 'SQLite file', url: sqlite.url },
      { store: 'PostgreSQL', url: one.url },
    ]);
    const pages = await pagesPart(progress, one.url, oneDatabase);
    return {
      inFlight: IN_FLIGHT,
      secondsPerSide: SECONDS_PER_SIDE,
      ...runs,
      twoOverOne: runs.postgresTwo.perSecond / runs.postgresOne.perSecond,
      postgresOverSqlite: runs.postgresOne.perSecond / runs.sqlite.perSecond,
      firstToken,
      pages,
    };
  } finally {
    for (const server of servers) await server.close();
    await model?.close();
    await cluster?.stop();
    await dispatcher.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printInstances(result: InstancesResult): void {
  const { pages } = result;
  console.log(
    `\n(l) Several v1 servers (npm run v1-server, MODEL_BASE_URL at the instant model server): streamed runs (POST /threads/runs, read to done), ` +
      `${result.inFlight} in flight, ${result.secondsPerSide} s per side in rotated slices; PostgreSQL: a cluster the bench started, fsync and synchronous commit off`,
  );
  const row = (side: string, figures: RunsFigures, against?: number): Record<string, string | number> => ({
    side,
    'runs/s': Math.round(figures.perSecond),
    'run p50 ms': Math.round(figures.p50Ms),
    'run p99 ms': Math.round(figures.p99Ms),
    failures: figures.failures,
    '×': against === undefined ? '' : against.toFixed(2),
    'machine CPU busy': `${Math.round(figures.machineBusy * 100)}%`,
    'v1 servers CPU ms/run': figures.serversCpuMsPerRun.toFixed(2),
    'PostgreSQL CPU ms/run': figures.postgresCpuMsPerRun.toFixed(2),
  });
  console.table([
    row('S: one instance, SQLite file', result.sqlite),
    row('P1: one instance, PostgreSQL (vs S)', result.postgresOne, result.postgresOverSqlite),
    row('P2: two instances, one PostgreSQL database (vs P1)', result.postgresTwo, result.twoOverOne),
  ]);
  const { firstToken } = result;
  console.log(
    `(l) time to first token, one v1 server (S, P1) with a facade over it: ${firstToken.runs} streamed runs started at once, from each request to its first text delta, ` +
      `${firstToken.rounds} bursts per side after a warm-up one; F: the facade's threadAndRunEvents over GraphQL SSE, D: POST /threads/runs with stream: true`,
  );
  console.table(
    firstToken.stores.flatMap(({ store, facade, direct, p50Ratio, p99Ratio }) =>
      (
        [
          ['D', direct],
          ['F', facade],
        ] as const
      ).map(([side, figures]) => ({
        store,
        side,
        'first token p50 ms': Math.round(figures.firstDeltaP50Ms),
        'first token p99 ms': Math.round(figures.firstDeltaP99Ms),
        'runs/s in a burst': Math.round(figures.perSecond),
        failures: figures.failures,
        '× p50 (F/D)': side === 'F' ? p50Ratio.toFixed(2) : '',
        '× p99 (F/D)': side === 'F' ? p99Ratio.toFixed(2) : '',
      })),
    ),
  );
  for (const { store, facade, direct } of firstToken.stores) {
    for (const [side, figures] of [['D', direct], ['F', facade]] as const) {
      for (const sample of figures.failureSamples) console.log(`  ${store} ${side} failed: ${sample}`);
    }
  }
  console.log(
    `(l) pages on PostgreSQL over REST, medians of ${pages.samples} samples each, interleaved: a ${pages.big.toLocaleString('en')}-message thread ` +
      `(written with putMany in ${pages.fillSeconds.toFixed(1)} s, ${Math.round(pages.messagesPerSecond).toLocaleString('en')} messages/s) vs a ${pages.small}-message one`,
  );
  console.table(pages.shapes.map(({ shape, bigMs, smallMs, ratio }) => ({ page: shape, 'big ms': bigMs.toFixed(2), 'small ms': smallMs.toFixed(2), 'big / small': ratio.toFixed(2) })));
}
