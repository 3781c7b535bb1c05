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

interface Measured {
  requests: number;
  waves: number;
  calls: string[];
  timeline: string[];
}

async function measureCalls(upstream: Upstream, work: () => Promise<unknown>): Promise<Measured> {
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
 * `LATENCY_SAMPLES` sequential timings of each of two works (after `LATENCY_WARMUP` untimed
 * rounds), interleaved: noise from other work on the machine falls on both.
 */
export async function interleavedLatency(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: LatencyFigures; b: LatencyFigures }> {
  const times = { a: [] as number[], b: [] as number[] };
  const timed = async (into: number[] | null, work: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    await work();
    into?.push(performance.now() - started);
  };
  for (let round = 0; round < LATENCY_WARMUP + LATENCY_SAMPLES; round += 1) {
    const keep = round >= LATENCY_WARMUP;
    // Alternate which side goes first, so neither always follows the other.
    if (round % 2 === 0) {
      await timed(keep ? times.a : null, a);
      await timed(keep ? times.b : null, b);
    } else {
      await timed(keep ? times.b : null, b);
      await timed(keep ? times.a : null, a);
    }
  }
  const figures = (values: number[]): LatencyFigures => ({ medianMs: median(values), p99Ms: percentile(values, 99) });
  return { a: figures(times.a), b: figures(times.b) };
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
 * Two sides loaded in up to `SLICES_PER_SIDE` slices each, ordered A B B A A B …, `secondsPerSide`
 * in all per side (so noise from other work on the machine falls on both); peak RSS per side.
 */
export async function abbaLoad(
  a: LoadSide,
  b: LoadSide,
  connections: number,
  secondsPerSide: number,
): Promise<{ a: LoadResult; b: LoadResult; aPeakRssMb: number; bPeakRssMb: number }> {
  let slices = Math.max(1, Math.min(SLICES_PER_SIDE, Math.floor(secondsPerSide)));
  while (slices > 1 && secondsPerSide % slices !== 0) slices -= 1;
  const slice = secondsPerSide / slices;
  const totals: { a?: LoadResult; b?: LoadResult } = {};
  const peaks = { a: Number.NaN, b: Number.NaN };
  const order = Array.from({ length: slices }, (_, index) => (index % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const))).flat();
  for (const which of order) {
    const side = which === 'a' ? a : b;
    const work = (): Promise<LoadResult> => runLoad(side.origin, side.sequence, connections, slice);
    if (side.memory) {
      const { result, samples } = await sampleMemory(side.memory, work, 250);
      peaks[which] = Math.max(Number.isNaN(peaks[which]) ? 0 : peaks[which], ...samples.map((sample) => sample.rssMb));
      totals[which] = addLoads(totals[which], result);
    } else {
      totals[which] = addLoads(totals[which], await work());
    }
  }
  return { a: totals.a as LoadResult, b: totals.b as LoadResult, aPeakRssMb: peaks.a, bPeakRssMb: peaks.b };
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
