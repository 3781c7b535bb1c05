/**
 * (h) The v1 server's own speed, over the instant scripted Chat Completions server
 * (`model-server.ts`), each in its own process: the v1 server as `npm run v1-server` runs it, with
 * `MODEL_BASE_URL` pointing at the model server and its state in a SQLite file (the default kind of
 * store), and a facade straight to that v1 server. Three sides, each a closed loop of
 * `IN_FLIGHT` streams for `SECONDS_PER_SIDE` in all, in slices rotated M V F, F V M, …, so noise
 * from other work on the machine falls on each:
 *
 * - M, the model server alone: the very chat completion request a run sends it (its body as the
 *   model server last received it from the v1 server), streamed;
 * - V, the v1 server: `POST /v1/threads/runs` with `stream: true`, read to `event: done`;
 * - F, the facade: the `threadAndRunEvents` subscription over GraphQL SSE, read to `complete`.
 *
 * Every side's client does what a client of that stream must: it splits the stream into SSE
 * messages and parses each one's JSON (the v1 server does the same with the model's chunks). For
 * each: completed streams per second, and the time from sending the request to the first content
 * delta (the model's first chunk with content; V's first `thread.message.delta` with text; F's
 * first `MessageDeltaEvent` with text). V is reported against M, and F against V.
 *
 * Then a counting pass, untimed: a v1 server in this process over a store whose writes are
 * counted, `WRITE_RUNS` runs one after the other: committed transactions and write statements
 * (insert or update of one row, a delete) per run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createParser } from 'eventsource-parser';
import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { openStore, startV1Server } from '../src/v1-server/index.js';
import type { Store } from '../src/v1-server/index.js';
import { ChatCompletionsModel } from '../src/v1-server/model/chat-completions.js';
import type { StoreTables } from '../src/v1-server/store/store.js';
import { GRAPHQL_HEADERS, REST_HEADERS, restClient } from './clients.js';
import { full, percentile, sleep } from './common.js';
import { spawnFacade, spawnV1Server, startModelServer } from './processes.js';
import type { ChildServer, FacadeProcess } from './processes.js';

export const IN_FLIGHT = 20;
export const SECONDS_PER_SIDE = full(12, 3);
const SLICES_PER_SIDE = full(4, 2);
const WARMUP_SECONDS = full(2, 1);
const WRITE_RUNS = full(50, 10);

/** The targets for the v1 server against the model server alone. */
export const V1_RUNS_SHARE = 0.7;
export const V1_FIRST_DELTA_RATIO = 1.3;

export interface StreamFigures {
  completed: number;
  failures: number;
  failureSamples: string[];
  seconds: number;
  perSecond: number;
  firstDeltaP50Ms: number;
  firstDeltaP99Ms: number;
}

export interface V1SpeedResult {
  inFlight: number;
  secondsPerSide: number;
  model: StreamFigures;
  v1Server: StreamFigures;
  facade: StreamFigures;
  /** V over M, and F over V: runs per second, and first-delta times. */
  v1ServerVsModel: { runsShare: number; firstDeltaP50Ratio: number; firstDeltaP99Ratio: number };
  facadeVsV1Server: { runsShare: number; firstDeltaP50Ratio: number; firstDeltaP99Ratio: number };
  writes: { runs: number; transactionsPerRun: number; statementsPerRun: number };
}

/** One kind of stream: how to send it, which of its messages is the first delta, and which ends it. */
export interface Side {
  send(): Promise<{ statusCode: number; body: AsyncIterable<string> & { setEncoding(encoding: 'utf8'): unknown } }>;
  /** A message (its event name, `message` when it has none, and its parsed data) holding the answer's first text. */
  isFirstDelta(event: string, data: unknown): boolean;
  /** The message after which the stream ends. */
  isEnd(event: string, data: string): boolean;
}

const dispatcher = new Agent({ connections: IN_FLIGHT * 2, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000 });

/** Closes the streams' client connections (once no stream is read any more). */
export const closeStreamClient = (): Promise<void> => dispatcher.close();

/**
 * Reads one stream to its end as its client would: SSE messages, each one's data parsed as JSON.
 * The first delta's time; throws, saying what it saw, when the stream failed or had no delta.
 */
export async function oneStream(side: Side): Promise<number> {
  const started = performance.now();
  const response = await side.send().catch((error: unknown) => {
    throw new Error(`No answer after ${Math.round(performance.now() - started)} ms: ${String(error)}`, { cause: error });
  });
  response.body.setEncoding('utf8');
  let first = Number.NaN;
  let ended = false;
  let messages = 0;
  let last = '';
  const parser = createParser({
    onEvent: ({ event = 'message', data }) => {
      messages += 1;
      last = `${event}: ${data.slice(0, 200)}`;
      if (side.isEnd(event, data)) {
        ended = true;
        return;
      }
      const parsed: unknown = JSON.parse(data);
      if (Number.isNaN(first) && side.isFirstDelta(event, parsed)) first = performance.now() - started;
    },
  });
  try {
    for await (const text of response.body) parser.feed(text);
  } catch (error) {
    throw new Error(`HTTP ${response.statusCode}, cut off after ${messages} messages (last: ${last || 'none'}): ${String(error)}`, { cause: error });
  }
  if (response.statusCode !== 200 || !ended || Number.isNaN(first)) {
    throw new Error(`HTTP ${response.statusCode}, ${ended ? 'ended' : 'cut off'}, ${Number.isNaN(first) ? 'no' : 'a'} first delta; last message ${last}`);
  }
  return first;
}

/** How many failed streams' errors are kept, to say why they failed. */
const FAILURE_SAMPLES = 3;

export interface Tally {
  completed: number;
  failures: number;
  /** The first failures' errors. */
  failureSamples: string[];
  seconds: number;
  firstMs: number[];
}

export const newTally = (): Tally => ({ completed: 0, failures: 0, failureSamples: [], seconds: 0, firstMs: [] });

/** `IN_FLIGHT` streams at all times for `seconds`; the streams begun by then are read to their end. */
export async function closedLoop(side: Side, seconds: number, into: Tally): Promise<void> {
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      try {
        into.firstMs.push(await oneStream(side));
        into.completed += 1;
      } catch (error) {
        into.failures += 1;
        if (into.failureSamples.length < FAILURE_SAMPLES) into.failureSamples.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  into.seconds += (performance.now() - started) / 1_000;
}

export function figures(tally: Tally): StreamFigures {
  return {
    completed: tally.completed,
    failures: tally.failures,
    failureSamples: tally.failureSamples,
    seconds: tally.seconds,
    perSecond: tally.completed / tally.seconds,
    firstDeltaP50Ms: percentile(tally.firstMs, 50),
    firstDeltaP99Ms: percentile(tally.firstMs, 99),
  };
}

export const versus = (a: StreamFigures, b: StreamFigures): V1SpeedResult['v1ServerVsModel'] => ({
  runsShare: a.perSecond / b.perSecond,
  firstDeltaP50Ratio: a.firstDeltaP50Ms / b.firstDeltaP50Ms,
  firstDeltaP99Ratio: a.firstDeltaP99Ms / b.firstDeltaP99Ms,
});

const SUBSCRIPTION = `subscription($input: CreateThreadAndRunInput!) {
  threadAndRunEvents(input: $input) {
    __typename
    ... on MessageDeltaEvent { content { index ... on TextContentDelta { value } } }
  }
}`;

const post = (url: string, headers: Record<string, string>, body: string, through: Dispatcher): ReturnType<Side['send']> =>
  request(url, { method: 'POST', headers, body, dispatcher: through });

/** Whether a list of content parts has a text: a v1 delta's `text.value`, or the facade's `value`. */
const hasText = (parts: unknown): boolean =>
  Array.isArray(parts) &&
  parts.some((part: { text?: { value?: unknown }; value?: unknown } | null) => {
    const value = part?.text?.value ?? part?.value;
    return typeof value === 'string' && value !== '';
  });

/** M: `body`, the chat completion request a run sends, sent to the model server itself. */
export function modelSide(model: string, body: string): Side {
  return {
    send: () => post(`${model}/chat/completions`, { 'content-type': 'application/json', accept: 'text/event-stream' }, body, dispatcher),
    isFirstDelta: (_event, chunk) => {
      const content = (chunk as { choices?: Array<{ delta?: { content?: unknown } }> }).choices?.[0]?.delta?.content;
      return typeof content === 'string' && content !== '';
    },
    isEnd: (_event, data) => data === '[DONE]',
  };
}

/** `through`: the client's connection pool, this phase's unless another phase sends more streams at once. */
export function v1ServerSide(v1Server: string, assistantId: string, through: Dispatcher = dispatcher): Side {
  const body = JSON.stringify({ assistant_id: assistantId, stream: true, thread: { messages: [{ role: 'user', content: 'Hello' }] } });
  return {
    send: () => post(`${v1Server}/threads/runs`, { ...REST_HEADERS, accept: 'text/event-stream' }, body, through),
    isFirstDelta: (event, data) => event === 'thread.message.delta' && hasText((data as { delta?: { content?: unknown } }).delta?.content),
    isEnd: (event) => event === 'done',
  };
}

export function facadeSide(facade: string, assistantId: string, through: Dispatcher = dispatcher): Side {
  const body = JSON.stringify({ query: SUBSCRIPTION, variables: { input: { assistantId, messages: [{ content: 'Hello' }] } } });
  return {
    send: () => post(`${facade}/graphql`, { ...GRAPHQL_HEADERS, accept: 'text/event-stream' }, body, through),
    isFirstDelta: (event, result) => {
      const data = (result as { data?: { threadAndRunEvents?: { __typename?: unknown; content?: unknown } } }).data?.threadAndRunEvents;
      return event === 'next' && data?.__typename === 'MessageDeltaEvent' && hasText(data.content);
    },
    isEnd: (event) => event === 'complete',
  };
}

/** The body of the chat completion request a run sends: one run is made, and the model server says what it received. */
export async function runsChatRequest(model: string, v1Server: Side): Promise<string> {
  await oneStream(v1Server);
  const response = await request(new URL('/__bench/last-request', model), { dispatcher });
  const body = await response.body.text();
  if (response.statusCode !== 200 || body === '') throw new Error(`The model server did not say what it received (${response.statusCode})`);
  return body;
}

/** The write methods of the store's tables and of its key table. */
const WRITES: ReadonlySet<PropertyKey> = new Set(['put', 'delete', 'deleteAll', 'add', 'markUsed', 'revoke']);

/** `target` with each call of a write method counted by `onWrite` first. */
function countWrites<T extends object>(target: T, onWrite: () => void): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property);
      if (typeof value !== 'function' || !WRITES.has(property)) return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown => {
        onWrite();
        return method.apply(object, args);
      };
    },
  });
}

/** Each table of `tables` with its writes counted. */
function countTables<T extends object>(tables: T, onWrite: () => void): T {
  return new Proxy(tables, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property);
      return typeof value === 'object' && value !== null ? countWrites(value, onWrite) : value;
    },
  });
}

/**
 * `store` with its committed transactions and write statements counted: a write outside
 * `transaction` is a transaction of its own (SQLite's autocommit), and a transaction that wrote
 * nothing does not count.
 */
function countingStore(store: Store, counts: { transactions: number; statements: number }): Store {
  const alone = (): void => {
    counts.transactions += 1;
    counts.statements += 1;
  };
  const tables = countTables(store, alone);
  return new Proxy(store, {
    get(object, property) {
      if (property === 'transaction') {
        return async <T>(work: (tx: StoreTables) => Promise<T>): Promise<T> => {
          let statements = 0;
          const result = await object.transaction((tx) => work(countTables(tx, () => void (statements += 1))));
          counts.statements += statements;
          if (statements > 0) counts.transactions += 1;
          return result;
        };
      }
      if (property === 'close') return () => object.close();
      return Reflect.get(tables, property) as unknown;
    },
  });
}

/** `WRITE_RUNS` streamed runs, one after another, on a v1 server in this process over a counted store. */
async function countWritesPerRun(modelUrl: string): Promise<V1SpeedResult['writes']> {
  const counts = { transactions: 0, statements: 0 };
  const store = await openStore(':memory:');
  const v1Server = await startV1Server({ store: countingStore(store, counts), model: new ChatCompletionsModel({ baseUrl: modelUrl }), onError: () => undefined });
  try {
    const assistant = await restClient(v1Server.url).post<{ id: string }>('/assistants', { model: 'bench-model', name: 'Bench writes', instructions: 'Answer briefly.' });
    const v = v1ServerSide(v1Server.url, assistant.id);
    // The assistant's creation is not a run's.
    counts.transactions = 0;
    counts.statements = 0;
    for (let run = 0; run < WRITE_RUNS; run += 1) {
      await oneStream(v);
    }
    // A run's writes are done by `done`; this only lets stray ones show.
    await sleep(50);
    return { runs: WRITE_RUNS, transactionsPerRun: counts.transactions / WRITE_RUNS, statementsPerRun: counts.statements / WRITE_RUNS };
  } finally {
    await v1Server.close();
    await store.close();
  }
}

export async function v1SpeedPhase(progress: (message: string) => void): Promise<V1SpeedResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-v1-speed-'));
  let model: ChildServer | undefined;
  let v1Server: ChildServer | undefined;
  let facade: FacadeProcess | undefined;
  try {
    model = await startModelServer();
    v1Server = await spawnV1Server({ MODEL_BASE_URL: model.url, DATABASE_URL: `file:${join(dataDir, 'v1-server.sqlite')}` });
    facade = await spawnFacade({ upstreamUrl: v1Server.url });
    const assistant = await restClient(v1Server.url).post<{ id: string }>('/assistants', { model: 'bench-model', name: 'Bench speed', instructions: 'Answer briefly.' });
    const v = v1ServerSide(v1Server.url, assistant.id);
    const f = facadeSide(facade.url, assistant.id);
    const m = modelSide(model.url, await runsChatRequest(model.url, v));
    const tallies = new Map<Side, Tally>([m, v, f].map((side) => [side, newTally()]));

    progress(`(h) warm-up, ${WARMUP_SECONDS} s per side`);
    for (const side of [m, v, f]) await closedLoop(side, WARMUP_SECONDS, newTally());
    const slice = SECONDS_PER_SIDE / SLICES_PER_SIDE;
    progress(`(h) ${SECONDS_PER_SIDE} s per side at ${IN_FLIGHT} in flight, in ${SLICES_PER_SIDE} slices of ${slice} s (M V F, F V M, …)`);
    for (let round = 0; round < SLICES_PER_SIDE; round += 1) {
      for (const side of round % 2 === 0 ? [m, v, f] : [f, v, m]) await closedLoop(side, slice, tallies.get(side) as Tally);
    }
    const exited = facade.exited();
    if (exited) throw new Error(`The facade exited during the (h) load: ${exited}`);
    const [modelFigures, v1Figures, facadeFigures] = [m, v, f].map((side) => figures(tallies.get(side) as Tally)) as [StreamFigures, StreamFigures, StreamFigures];

    progress(`(h) store writes of ${WRITE_RUNS} runs (a counting pass, untimed)`);
    const writes = await countWritesPerRun(model.url);
    return {
      inFlight: IN_FLIGHT,
      secondsPerSide: SECONDS_PER_SIDE,
      model: modelFigures,
      v1Server: v1Figures,
      facade: facadeFigures,
      v1ServerVsModel: versus(v1Figures, modelFigures),
      facadeVsV1Server: versus(facadeFigures, v1Figures),
      writes,
    };
  } finally {
    await facade?.close();
    await v1Server?.close();
    await model?.close();
    await closeStreamClient();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
