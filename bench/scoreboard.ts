/**
 * The phases of the scoreboard. Only the counts go through the recording proxy (a facade process
 * of their own over it); everything timed has nothing between the client, the facade and the v1
 * server, and the direct side calls the v1 server itself:
 *
 * - counts: upstream requests and waves of one GraphQL request per scenario (and of its direct
 *   REST equivalent), plus two separate requests for one node;
 * - latency: `LATENCY_SAMPLES` sequential requests per side, facade and direct interleaved;
 * - throughput: `THROUGHPUT_SECONDS` per side at `THROUGHPUT_CONNECTIONS` connections, in
 *   up to `SLICES_PER_SIDE` slices per side ordered F D D F F D …, with the facade's RSS sampled;
 * - memory: the facade's RSS every second during `SOAK_SECONDS` at `SOAK_CONNECTIONS` connections,
 *   after `SOAK_WARMUP_SECONDS` of the same load.
 */
import { performance } from 'node:perf_hooks';
import type { Gql, Rest } from './clients.js';
import { full, mean, median, percentile, sleep, waveCount } from './common.js';
import { runLoad } from './load.js';
import type { LoadResult, Sequence } from './load.js';
import { sampleMemory } from './processes.js';
import type { FacadeProcess, HeapFigures, Upstream } from './processes.js';
import type { Scenario, Targets } from './scenarios.js';

/** Requests measured one at a time for the upstream counts (an odd number: the median is one of them). */
export const COUNT_MEASUREMENTS = 9;
export const LATENCY_WARMUP = full(20, 10);
export const LATENCY_SAMPLES = full(500, 50);
export const THROUGHPUT_CONNECTIONS = 10;
export const THROUGHPUT_SECONDS = full(10, 2);
/**
 * Slices per side of a throughput comparison (alternating A B, B A, …), at most: autocannon runs
 * whole seconds, so a side's seconds are cut into as many equal whole-second slices as fit.
 */
export const SLICES_PER_SIDE = full(5, 2);
export const SOAK_CONNECTIONS = 50;
export const SOAK_SECONDS = full(60, 20);
export const SOAK_WARMUP_SECONDS = full(3, 2);

export interface CountResult {
  /** Median over `COUNT_MEASUREMENTS` requests (the typical request; the range is next to it). */
  requests: number;
  waves: number;
  requestsRange: [number, number];
  wavesRange: [number, number];
  /** Method and path of each upstream request of the first measurement, in arrival order. */
  calls: string[];
  /** Whether every measurement gave the same count and waves. */
  stable: boolean;
  /** Each measurement: requests/waves, and each call's arrival and finish relative to the first arrival (ms). */
  measurements: { requests: number; waves: number; timeline: string[] }[];
  directRequests: number;
  directWaves: number;
}

export interface LatencyFigures {
  medianMs: number;
  p99Ms: number;
}

export interface LatencyResult {
  samples: number;
  facade: LatencyFigures;
  direct: LatencyFigures;
  medianRatio: number;
  p99Ratio: number;
}

export interface ThroughputResult {
  connections: number;
  secondsPerSide: number;
  facade: LoadResult;
  direct: LoadResult;
  /** Facade ops/s over direct ops/s. */
  share: number;
  /** The facade's peak RSS while it was under this load (sampled every 250 ms). */
  facadePeakRssMb: number;
  /** Set when the facade process exited during the load (why, and its last output). */
  facadeExited?: string;
}

export interface ScenarioResult {
  key: string;
  title: string;
  query: string;
  directShape: string;
  targets: Targets;
  counts?: CountResult;
  latency?: LatencyResult;
  throughput?: ThroughputResult;
}

export interface Measured {
  requests: number;
  waves: number;
  calls: string[];
  timeline: string[];
}

/** The upstream requests `work` causes, counted by the recording proxy, with their waves and timeline. */
export async function measureCalls(upstream: Upstream, work: () => Promise<unknown>): Promise<Measured> {
  await upstream.reset();
  await work();
  // Every upstream answer was complete before the facade could answer; this only lets stray work show.
  await sleep(20);
  const { records } = await upstream.take();
  const sorted = [...records].sort((a, b) => a.start - b.start);
  const origin = sorted[0]?.start ?? 0;
  return {
    requests: records.length,
    waves: waveCount(records),
    calls: sorted.map((record) => `${record.method} ${record.path}`),
    timeline: sorted.map(
      (record) =>
        `${(record.start - origin).toFixed(2)}–${(record.end - origin).toFixed(2)} ms ${record.method} ${record.path.replace(/\?.*$/, '')} ` +
        `(connection :${record.port}${record.onConnection === 1 ? ', new' : `, request ${record.onConnection}`})`,
    ),
  };
}

export async function countPhase(scenario: Scenario, upstream: Upstream, gql: Gql, rest: Rest): Promise<CountResult> {
  // Warm up (and check the data) before counting.
  scenario.check(await gql(scenario.query, scenario.variables));
  await scenario.direct(rest);
  const runs: Measured[] = [];
  for (let round = 0; round < COUNT_MEASUREMENTS; round += 1) runs.push(await measureCalls(upstream, () => gql(scenario.query, scenario.variables)));
  const direct = await measureCalls(upstream, () => scenario.direct(rest));
  const requests = runs.map((run) => run.requests);
  const waves = runs.map((run) => run.waves);
  return {
    requests: median(requests),
    waves: median(waves),
    requestsRange: [Math.min(...requests), Math.max(...requests)],
    wavesRange: [Math.min(...waves), Math.max(...waves)],
    calls: runs[0]?.calls ?? [],
    stable: new Set(requests).size === 1 && new Set(waves).size === 1,
    measurements: runs.map(({ requests: count, waves: wave, timeline }) => ({ requests: count, waves: wave, timeline })),
    directRequests: direct.requests,
    directWaves: direct.waves,
  };
}

/** Two separate GraphQL requests for the same node: each has its own loaders, so 2 upstream GETs. */
export async function separateRequestsCount(upstream: Upstream, gql: Gql, assistantId: string): Promise<number> {
  const query = `query($id: ID!) { assistant(id: $id) { id name } }`;
  await gql(query, { id: assistantId });
  const measured = await measureCalls(upstream, async () => {
    await gql(query, { id: assistantId });
    await gql(query, { id: assistantId });
  });
  return measured.requests;
}

/**
 * `LATENCY_SAMPLES` sequential timings of each work (after `LATENCY_WARMUP` untimed rounds),
 * interleaved, each round in the order of the one before reversed (A B C, C B A, A B C, …): noise
 * from other work on the machine falls on every side, and no side always follows another.
 */
export async function interleavedLatencies(works: readonly (() => Promise<unknown>)[]): Promise<LatencyFigures[]> {
  const times = works.map(() => [] as number[]);
  const forward = works.map((_, index) => index);
  const backward = [...forward].reverse();
  for (let round = 0; round < LATENCY_WARMUP + LATENCY_SAMPLES; round += 1) {
    const keep = round >= LATENCY_WARMUP;
    for (const index of round % 2 === 0 ? forward : backward) {
      const started = performance.now();
      await (works[index] as () => Promise<unknown>)();
      if (keep) times[index]?.push(performance.now() - started);
    }
  }
  return times.map((values) => ({ medianMs: median(values), p99Ms: percentile(values, 99) }));
}

/** `interleavedLatencies` of two works. */
export async function interleavedLatency(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: LatencyFigures; b: LatencyFigures }> {
  const [figuresA, figuresB] = (await interleavedLatencies([a, b])) as [LatencyFigures, LatencyFigures];
  return { a: figuresA, b: figuresB };
}

export async function latencyPhase(scenario: Scenario, gql: Gql, rest: Rest): Promise<LatencyResult> {
  const { a: f, b: d } = await interleavedLatency(
    () => gql(scenario.query, scenario.variables),
    () => scenario.direct(rest),
  );
  return { samples: LATENCY_SAMPLES, facade: f, direct: d, medianRatio: f.medianMs / d.medianMs, p99Ratio: f.p99Ms / d.p99Ms };
}

function addLoads(a: LoadResult | undefined, b: LoadResult): LoadResult {
  if (!a) return b;
  const ops = a.ops + b.ops;
  const seconds = a.seconds + b.seconds;
  return { ops, seconds, opsPerSecond: ops / seconds, failures: a.failures + b.failures, errors: a.errors + b.errors };
}

export interface LoadSide {
  origin: string;
  sequence: Sequence;
  /** Sampled every 250 ms during this side's slices, when given. */
  memory?: () => { rssMb: number };
}

/**
 * Sides loaded in up to `SLICES_PER_SIDE` slices each, each round of slices in the order of the
 * one before reversed (A B C C B A A B C …), `secondsPerSide` in all per side (so noise from other
 * work on the machine falls on every side); each side's load and peak RSS (NaN without `memory`).
 */
export async function alternatingLoads(sides: readonly LoadSide[], connections: number, secondsPerSide: number): Promise<{ load: LoadResult; peakRssMb: number }[]> {
  let slices = Math.max(1, Math.min(SLICES_PER_SIDE, Math.floor(secondsPerSide)));
  while (slices > 1 && secondsPerSide % slices !== 0) slices -= 1;
  const slice = secondsPerSide / slices;
  const totals: (LoadResult | undefined)[] = sides.map(() => undefined);
  const peaks = sides.map(() => Number.NaN);
  const forward = sides.map((_, index) => index);
  const backward = [...forward].reverse();
  const order = Array.from({ length: slices }, (_, round) => (round % 2 === 0 ? forward : backward)).flat();
  for (const index of order) {
    const side = sides[index] as LoadSide;
    const work = (): Promise<LoadResult> => runLoad(side.origin, side.sequence, connections, slice);
    if (side.memory) {
      const { result, samples } = await sampleMemory(side.memory, work, 250);
      const previous = peaks[index] ?? Number.NaN;
      peaks[index] = Math.max(Number.isNaN(previous) ? 0 : previous, ...samples.map((sample) => sample.rssMb));
      totals[index] = addLoads(totals[index], result);
    } else {
      totals[index] = addLoads(totals[index], await work());
    }
  }
  return sides.map((_, index) => ({ load: totals[index] as LoadResult, peakRssMb: peaks[index] ?? Number.NaN }));
}

/** `alternatingLoads` of two sides (A B B A A B …). */
export async function abbaLoad(
  a: LoadSide,
  b: LoadSide,
  connections: number,
  secondsPerSide: number,
): Promise<{ a: LoadResult; b: LoadResult; aPeakRssMb: number; bPeakRssMb: number }> {
  const [loadA, loadB] = (await alternatingLoads([a, b], connections, secondsPerSide)) as [{ load: LoadResult; peakRssMb: number }, { load: LoadResult; peakRssMb: number }];
  return { a: loadA.load, b: loadB.load, aPeakRssMb: loadA.peakRssMb, bPeakRssMb: loadB.peakRssMb };
}

/**
 * Facade and direct load in interleaved slices; the facade's RSS sampled during its slices.
 * `v1ServerUrl` (with `/v1`): the direct side's server, the facade's upstream too.
 */
export async function compareThroughput(facade: FacadeProcess, v1ServerUrl: string, scenario: Scenario): Promise<ThroughputResult> {
  const loads = await abbaLoad(
    { origin: facade.url, sequence: scenario.facadeSequence, memory: facade.memory },
    { origin: new URL(v1ServerUrl).origin, sequence: scenario.directSequence },
    THROUGHPUT_CONNECTIONS,
    THROUGHPUT_SECONDS,
  );
  return {
    connections: THROUGHPUT_CONNECTIONS,
    secondsPerSide: THROUGHPUT_SECONDS,
    facade: loads.a,
    direct: loads.b,
    share: loads.a.opsPerSecond / loads.b.opsPerSecond,
    facadePeakRssMb: loads.aPeakRssMb,
    ...(facade.exited() ? { facadeExited: facade.exited() } : {}),
  };
}

export interface SoakResult {
  scenario: string;
  connections: number;
  seconds: number;
  opsPerSecond: number;
  failures: number;
  peakRssMb: number;
  first10sAvgMb: number;
  last10sAvgMb: number;
  /** Last-10-s average over first-10-s average, minus 1. */
  growth: number;
  /** The facade's `process.memoryUsage()` at the end of the load. */
  heapAtEnd: HeapFigures | undefined;
  /** Set when the facade process exited during the load (why, and its last output). */
  facadeExited?: string;
  samples: { atMs: number; rssMb: number }[];
}

/** `SOAK_SECONDS` at `SOAK_CONNECTIONS` connections after a warm-up, the facade's RSS every second (its upstream: the v1 server itself). */
export async function soak(facade: FacadeProcess, scenario: Scenario): Promise<SoakResult> {
  const warmup = await runLoad(facade.url, scenario.facadeSequence, SOAK_CONNECTIONS, SOAK_WARMUP_SECONDS);
  const { result, samples } = await sampleMemory(facade.memory, () => runLoad(facade.url, scenario.facadeSequence, SOAK_CONNECTIONS, SOAK_SECONDS), 1_000);
  const inWindow = (from: number, to: number): number[] =>
    samples.filter((s) => s.atMs >= from && s.atMs <= to && !Number.isNaN(s.rssMb)).map((s) => s.rssMb);
  const end = samples.at(-1)?.atMs ?? 0;
  const first10sAvgMb = mean(inWindow(0, 10_000));
  const last10sAvgMb = mean(inWindow(end - 10_000, end));
  return {
    scenario: scenario.key,
    connections: SOAK_CONNECTIONS,
    seconds: SOAK_SECONDS,
    opsPerSecond: result.opsPerSecond,
    failures: result.failures + result.errors + warmup.failures + warmup.errors,
    peakRssMb: Math.max(...samples.map((s) => s.rssMb).filter((value) => !Number.isNaN(value))),
    first10sAvgMb,
    last10sAvgMb,
    growth: last10sAvgMb / first10sAvgMb - 1,
    heapAtEnd: facade.heap(),
    ...(facade.exited() ? { facadeExited: facade.exited() } : {}),
    samples,
  };
}
