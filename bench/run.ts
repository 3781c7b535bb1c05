/**
 * `npm run bench`: the scoreboard of the facade's performance, against the facade over the
 * v1 server on 127.0.0.1, each in its own process, with the same data fetched over REST directly
 * measured in the same run. Machines are shared and noisy: figures are reported next to their
 * direct reference measured interleaved in the same run, as ratios. Upstream work is counted
 * exactly by a recording proxy in front of the v1 server (`proxy.ts`), in counting passes only:
 * a facade process of its own is pointed at the proxy for them. Every timed path has nothing extra
 * on it: the timed facades' upstream is the v1 server itself, and "direct" calls the v1 server
 * itself. Prints tables and writes bench/results.json. Progress goes to stderr.
 *
 * 1. Scenarios (a) (a') (b) (c) (d) (e) (`scenarios.ts`): upstream requests and waves of one request,
 *    median and p99 over sequential samples, throughput at 10 connections, facade vs direct.
 * 2. jwt vs open (`auth-cost.ts`): the cost of `AUTH_MODE=jwt` and its thread ownership checks on
 *    (a) and (d), an open and a jwt facade compared like the facade and direct REST in 1.
 * 3. (g) `run(id)` subscriptions on runs waiting in `requires_action` (`subscriptions.ts`), on a
 *    new facade process.
 * 4. Memory: the RSS of a new facade process every second during 60 s at 50 connections (after a
 *    short warm-up) on (a) and on (d).
 * 5. The facade through tsx vs a compiled build (`compiled.ts`), and a CPU profile on (d) (`profile.ts`).
 * 6. (f) time to first delta through a subscription (`first-delta.ts`), SQLite big-thread pages
 *    (`pages.ts`), heap growth after GC with the facade in-process (`heap.ts`).
 * 7. (h) the v1 server's own speed over an instant scripted model (`v1-speed.ts`): streamed runs
 *    per second and time to first delta at 20 in flight against the model server alone, the
 *    facade's `threadAndRunEvents` against the v1 server's stream, and a run's store writes.
 * 8. (i) files and retrieval (`files.ts`): upload and indexing throughput of text and PDF, search
 *    latency over 1,000 files of 100 KB, and a retrieval run's first token against a plain run's.
 * 9. (j) GraphQL Mesh on the same upstream (`mesh-peer.ts`): the facade, a Mesh gateway generated
 *    from the same OpenAPI description and direct REST on (d), (c), (a) and (b), in one run; Mesh
 *    is installed on first use in `bench/mesh/` (`npm ci --prefix bench/mesh`), skipped if that fails.
 * 10. (k) the code interpreter (`code-interpreter.ts`): a call's time against the same Python run
 *    directly (cold and warm session), and concurrent sessions ramped 1 to 16 (skipped, saying
 *    why, where bubblewrap cannot start).
 * 11. (l) several v1 servers on PostgreSQL (`instances.ts`): streamed runs per second on SQLite, on
 *    PostgreSQL with one and with two instances, time to first token of 200 streamed runs at once
 *    through a facade against straight from the v1 server, and a page of a 1,000,000-message thread
 *    against a 100-message one; skipped without PostgreSQL's binaries.
 *
 * About 18 minutes (2 more the first time, to install Mesh). `BENCH_QUICK=1 npm run bench` runs
 * every phase briefly (about 3 minutes; its figures are for checking the bench, not for the
 * scoreboard). `BENCH_ONLY=h npm run bench` runs phase (h) alone (`BENCH_ONLY=j`, `k`, `l`: that phase) and
 * prints its table (bench/results.json is left as it was); it composes with `BENCH_QUICK=1`.
 * `BENCH_NODE_ENV` sets the facade children's NODE_ENV (default production).
 * `tsx bench/profile.ts FILE.cpuprofile` summarizes any CPU profile; the bench's own is left in
 * `$TMPDIR/facade-bench-profile/`.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { JWT_EXTRA_REQUESTS, JWT_MEDIAN_RATIO, JWT_THROUGHPUT_SHARE, authCostPhase } from './auth-cost.js';
import type { AuthCostResult } from './auth-cost.js';
import { closeClients, gqlClient, restClient } from './clients.js';
import { ms, round } from './common.js';
import type { Result } from './common.js';
import { buildCompiled, compareBuilds, removeBuild } from './compiled.js';
import type { BuildComparison } from './compiled.js';
import { firstDeltaScenario } from './first-delta.js';
import { heapScenario } from './heap.js';
import { pagesScenario } from './pages.js';
import { FACADE_NODE_ENV, buildProject, spawnFacade, startFlags, startUpstream } from './processes.js';
import type { FacadeProcess, HeapFigures, Upstream } from './processes.js';
import { PROFILE_CONNECTIONS, PROFILE_SECONDS, printProfile, profilePhase } from './profile.js';
import type { ProfileSummary } from './profile.js';
import { scenarios, seed } from './scenarios.js';
import {
  COUNT_MEASUREMENTS,
  LATENCY_SAMPLES,
  SOAK_CONNECTIONS,
  SOAK_SECONDS,
  SOAK_WARMUP_SECONDS,
  THROUGHPUT_CONNECTIONS,
  THROUGHPUT_SECONDS,
  compareThroughput,
  countPhase,
  latencyPhase,
  separateRequestsCount,
  soak,
} from './scoreboard.js';
import type { ScenarioResult, SoakResult } from './scoreboard.js';
import { WINDOW_SECONDS, subscriptionsPhase } from './subscriptions.js';
import type { SubscriptionWindow } from './subscriptions.js';
import { codeInterpreterPhase } from './code-interpreter.js';
import type { CodeInterpreterResult } from './code-interpreter.js';
import { filesPhase } from './files.js';
import type { FilesResult } from './files.js';
import { IN_FLIGHT, V1_FIRST_DELTA_RATIO, V1_RUNS_SHARE, v1SpeedPhase } from './v1-speed.js';
import type { StreamFigures, V1SpeedResult } from './v1-speed.js';
import { meshPeerPhase, printMeshPeer } from './mesh-peer.js';
import { IN_FLIGHT as INSTANCES_IN_FLIGHT, PAGE_RATIO, TWO_INSTANCES_SHARE, instancesPhase, printInstances } from './instances.js';
import type { InstancesResult } from './instances.js';
import type { MeshPeerPhase } from './mesh-peer.js';

/** `BENCH_ONLY=h`, `j` or `k`: the one phase to run, for work on what it measures; unset: every phase. */
const ONLY = process.env.BENCH_ONLY;

/** RSS growth between the first and last 10 s tolerated as "no growth" (GC noise). */
const GROWTH_TOLERANCE = 0.05;

interface Target {
  target: string;
  figure: string;
  result: 'met' | 'MISSED';
}

const started = performance.now();
const progress = (message: string): void => {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
};
/** A median with its range when the measurements differed, e.g. `3 (3–4)`. */
const withRange = (value: number, [min, max]: [number, number]): string => (min === max ? `${value}` : `${value} (${min}–${max})`);
/** `process.memoryUsage()` of a facade, short: heap used/total and external (ArrayBuffers included). */
const heapText = (heap: HeapFigures | undefined): string =>
  heap ? `${heap.heapUsedMb.toFixed(0)}/${heap.heapTotalMb.toFixed(0)}, ${heap.externalMb.toFixed(0)}` : 'n/a';
/** How often each value was measured, e.g. `3×6, 4×3`. */
const distribution = (values: readonly number[]): string =>
  [...new Set(values)]
    .sort((a, b) => a - b)
    .map((value) => `${value}×${values.filter((other) => other === value).length}`)
    .join(', ');

async function main(): Promise<void> {
  if (ONLY === 'k') {
    progress('(k) the code interpreter');
    printCodeInterpreter(await codeInterpreterPhase(progress));
    return;
  }
  if (ONLY !== undefined) {
    if (ONLY !== 'h' && ONLY !== 'j' && ONLY !== 'l') {
      throw new Error(`BENCH_ONLY=${ONLY}: only h (the v1 server's own speed), j (GraphQL Mesh on the same upstream), k (the code interpreter) and l (several v1 servers on PostgreSQL) run alone`);
    }
    progress('npm run build: the compiled facade and v1 server that npm start and npm run v1-server run');
    buildProject();
    try {
      if (ONLY === 'h') {
        progress("(h) the v1 server's own speed over an instant model server");
        printV1Speed(await v1SpeedPhase(progress));
      } else if (ONLY === 'j') {
        progress('(j) GraphQL Mesh on the same upstream');
        const mesh = await meshPeerPhase(progress);
        if (mesh) printMeshPeer(mesh);
      } else {
        progress('(l) several v1 servers on PostgreSQL');
        const instances = await instancesPhase(progress);
        if (instances) printInstances(instances);
      }
    } finally {
      await closeClients();
    }
    return;
  }
  let upstream: Upstream | undefined;
  let facade: FacadeProcess | undefined;
  try {
    progress('npm run build: the compiled facade that npm start runs');
    buildProject();
    upstream = await startUpstream();
    // The counting facade: over the recording proxy, used only to count upstream requests and waves.
    facade = await spawnFacade({ upstreamUrl: upstream.proxyUrl });
    progress(`v1 server pid ${upstream.pids.v1Server}, proxy pid ${upstream.pids.proxy}, counting facade pid ${facade.pid}`);
    // Direct REST to the v1 server itself: seeding and the timed direct side.
    const rest = restClient(upstream.v1ServerUrl);
    const countedRest = restClient(upstream.proxyUrl);
    const countingGql = gqlClient(facade.url);
    const seeded = await seed(rest, countingGql);
    const list = scenarios(seeded);
    const results: ScenarioResult[] = list.map((scenario) => ({
      key: scenario.key,
      title: scenario.title,
      query: scenario.query,
      directShape: scenario.directShape,
      targets: scenario.targets,
    }));
    const resultOf = (key: string): ScenarioResult => results.find((result) => result.key === key) as ScenarioResult;

    progress('counting upstream requests and waves (the counting facade and direct REST through the proxy)');
    for (const scenario of list) resultOf(scenario.key).counts = await countPhase(scenario, upstream, countingGql, countedRest);
    const separate = await separateRequestsCount(upstream, countingGql, seeded.assistants[0] ?? '');
    await facade.close();

    // The timed facade: straight to the v1 server, like the direct side, so nothing else is on either timed path.
    facade = await spawnFacade({ upstreamUrl: upstream.v1ServerUrl });
    progress(`timed facade pid ${facade.pid} started in ${ms(facade.startupMs)} ms (NODE_ENV=${FACADE_NODE_ENV}, ${startFlags().join(' ')}), upstream: the v1 server itself`);
    const gql = gqlClient(facade.url);
    for (const scenario of list) {
      progress(`latency (${scenario.key}): ${LATENCY_SAMPLES} sequential samples per side, interleaved`);
      resultOf(scenario.key).latency = await latencyPhase(scenario, gql, rest);
    }
    for (const scenario of list) {
      progress(`throughput (${scenario.key}): ${THROUGHPUT_SECONDS} s per side at ${THROUGHPUT_CONNECTIONS} connections`);
      resultOf(scenario.key).throughput = await compareThroughput(facade, upstream.v1ServerUrl, scenario);
      if (facade.exited()) throw new Error(`The facade exited during the (${scenario.key}) throughput load: ${facade.exited()}`);
    }

    const facadeLifetimePeakMb = facade.memory().peakMb;
    await facade.close();
    facade = undefined;

    progress(
      `jwt vs open on (a) and (d): upstream counts by a pair of facades over the proxy, then ${LATENCY_SAMPLES} latency samples and ` +
        `${THROUGHPUT_SECONDS} s at ${THROUGHPUT_CONNECTIONS} connections per side by a new pair straight to the v1 server`,
    );
    const authCost = await authCostPhase(upstream, rest, countedRest, list, seeded.threadA);

    // tsc (for the tsx vs compiled comparison) runs during (g), whose figures are upstream polls on
    // timers and RSS, not CPU time: it saves its ~7 s from the bench's time.
    progress(`(g) run(id) subscriptions on a new facade, ${WINDOW_SECONDS} s windows (tsc builds the compiled facade meanwhile)`);
    const building = buildCompiled();
    building.catch(() => undefined);
    // (g) and the soaks each on a new facade process: their RSS is theirs, not the earlier phases'.
    facade = await spawnFacade({ upstreamUrl: upstream.proxyUrl });
    const subscriptions = await subscriptionsPhase(facade, upstream, gqlClient(facade.url), rest);
    await facade.close();
    facade = undefined;

    const soaks: SoakResult[] = [];
    for (const key of ['a', 'd']) {
      progress(`memory: a new facade, ${SOAK_WARMUP_SECONDS} s warm-up then ${SOAK_SECONDS} s at ${SOAK_CONNECTIONS} connections on (${key})`);
      facade = await spawnFacade({ upstreamUrl: upstream.v1ServerUrl });
      soaks.push(await soak(facade, list.find((scenario) => scenario.key === key) ?? (list[0] as (typeof list)[0])));
      if (facade.exited()) progress(`the facade exited during the (${key}) soak: ${facade.exited()}`);
      await facade.close();
      facade = undefined;
    }

    const lookup = (list.find((scenario) => scenario.key === 'd') ?? (list[0] as (typeof list)[0])).facadeSequence;
    const build = await building;
    let builds: BuildComparison;
    try {
      progress(`tsx vs compiled: start-ups, RSS at rest, (d) under load (the build took ${(build.buildMs / 1000).toFixed(1)} s)`);
      builds = await compareBuilds(upstream.v1ServerUrl, build, lookup);
    } finally {
      removeBuild(build);
    }

    progress(`CPU profile: ${PROFILE_SECONDS} s of (d) at ${PROFILE_CONNECTIONS} connections`);
    const profile = await profilePhase(upstream.v1ServerUrl, lookup);
    await upstream.close();
    upstream = undefined;

    progress('(f) time to first delta');
    const other: Result[] = [];
    other.push(...(await firstDeltaScenario()));
    progress('SQLite pages');
    other.push(...(await pagesScenario()));
    progress('heap growth (in-process)');
    other.push(...(await heapScenario()));
    progress("(h) the v1 server's own speed over an instant model server");
    const v1Speed = await v1SpeedPhase(progress);
    progress('(i) files and retrieval');
    const files = await filesPhase(progress);
    progress('(j) GraphQL Mesh on the same upstream');
    const mesh = await meshPeerPhase(progress);
    progress('(k) the code interpreter');
    const codeInterpreter = await codeInterpreterPhase(progress);
    progress('(l) several v1 servers on PostgreSQL');
    const instances = await instancesPhase(progress);

    report({ results, separate, authCost, subscriptions, soaks, facadeLifetimePeakMb, builds, profile: profile.summary, profileLoad: profile.load, other, v1Speed, files, mesh, codeInterpreter, instances });
  } finally {
    await facade?.close();
    await upstream?.close();
    await closeClients();
  }
}

interface Report {
  results: ScenarioResult[];
  separate: number;
  authCost: AuthCostResult[];
  subscriptions: SubscriptionWindow[];
  soaks: SoakResult[];
  facadeLifetimePeakMb: number;
  builds: BuildComparison;
  profile: ProfileSummary;
  profileLoad: { opsPerSecond: number; failures: number };
  other: Result[];
  v1Speed: V1SpeedResult;
  files: FilesResult;
  /** Undefined when GraphQL Mesh could not be installed. */
  mesh: MeshPeerPhase | undefined;
  codeInterpreter: CodeInterpreterResult;
  /** Undefined without PostgreSQL's binaries. */
  instances: InstancesResult | undefined;
}

function targetsOf(report: Report): Target[] {
  const targets: Target[] = [];
  const add = (target: string, figure: string, met: boolean): void => void targets.push({ target, figure, result: met ? 'met' : 'MISSED' });
  for (const { key, targets: t, counts, latency, throughput } of report.results) {
    const over = (pick: (m: { requests: number; waves: number }) => number): string =>
      `median of ${COUNT_MEASUREMENTS} requests (${distribution(counts?.measurements.map(pick) ?? [])})`;
    if (counts && t.maxRequests !== undefined) {
      add(`(${key}) upstream requests ≤ ${t.maxRequests}`, `${counts.requests}, ${over((m) => m.requests)}`, counts.requests <= t.maxRequests);
    }
    if (counts && t.maxWaves !== undefined) add(`(${key}) upstream waves ≤ ${t.maxWaves}`, `${counts.waves}, ${over((m) => m.waves)}`, counts.waves <= t.maxWaves);
    if (counts && t.exactRequests !== undefined) {
      add(`(${key}) upstream requests = ${t.exactRequests}`, `${counts.requests}, ${over((m) => m.requests)}`, counts.requests === t.exactRequests);
    }
    if (latency && t.medianRatio !== undefined) {
      add(`(${key}) median ≤ ${t.medianRatio}× direct`, `${latency.medianRatio.toFixed(2)}× (${ms(latency.facade.medianMs)} vs ${ms(latency.direct.medianMs)} ms)`, latency.medianRatio <= t.medianRatio);
    }
    if (latency && t.p99Ratio !== undefined) {
      add(`(${key}) p99 ≤ ${t.p99Ratio}× direct`, `${latency.p99Ratio.toFixed(2)}× (${ms(latency.facade.p99Ms)} vs ${ms(latency.direct.p99Ms)} ms)`, latency.p99Ratio <= t.p99Ratio);
    }
    if (throughput && t.throughputShare !== undefined) {
      add(
        `(${key}) throughput ≥ ${t.throughputShare * 100}% of direct`,
        `${(throughput.share * 100).toFixed(0)}% (${throughput.facade.opsPerSecond.toFixed(0)} vs ${throughput.direct.opsPerSecond.toFixed(0)} ops/s)`,
        throughput.share >= t.throughputShare,
      );
    }
  }
  add('two separate requests for one node: 2 upstream requests', `${report.separate}`, report.separate === 2);
  for (const { key, counts, extraRequests, latency, throughput } of report.authCost) {
    const most = JWT_EXTRA_REQUESTS[key];
    add(
      `(${key}) jwt: upstream requests ≤ open + ${most}`,
      `${counts.jwt.requests} vs ${counts.open.requests} (${extraRequests >= 0 ? '+' : ''}${extraRequests})`,
      extraRequests <= most,
    );
    add(
      `(${key}) jwt median ≤ ${JWT_MEDIAN_RATIO}× open`,
      `${latency.medianRatio.toFixed(2)}× (${ms(latency.jwt.medianMs)} vs ${ms(latency.open.medianMs)} ms)`,
      latency.medianRatio <= JWT_MEDIAN_RATIO,
    );
    add(
      `(${key}) jwt throughput ≥ ${JWT_THROUGHPUT_SHARE * 100}% of open`,
      `${(throughput.share * 100).toFixed(0)}% (${throughput.jwt.opsPerSecond.toFixed(0)} vs ${throughput.open.opsPerSecond.toFixed(0)} ops/s)`,
      throughput.share >= JWT_THROUGHPUT_SHARE,
    );
  }
  for (const row of report.other.filter((row) => row.name.startsWith('first delta: target'))) {
    add(`(f) ${row.name.replace('first delta: target ', '')}`, row.unit, row.value === 'met');
  }
  const { v1ServerVsModel: vm, v1Server: v1, model } = report.v1Speed;
  add(
    `(h) v1 server streamed runs/s ≥ ${V1_RUNS_SHARE}× the model server's, ${IN_FLIGHT} in flight`,
    `${vm.runsShare.toFixed(2)}× (${v1.perSecond.toFixed(0)} vs ${model.perSecond.toFixed(0)}/s)`,
    vm.runsShare >= V1_RUNS_SHARE,
  );
  add(
    `(h) v1 server first delta p50 ≤ ${V1_FIRST_DELTA_RATIO}× the model's first chunk, ${IN_FLIGHT} in flight`,
    `${vm.firstDeltaP50Ratio.toFixed(2)}× (${ms(v1.firstDeltaP50Ms)} vs ${ms(model.firstDeltaP50Ms)} ms)`,
    vm.firstDeltaP50Ratio <= V1_FIRST_DELTA_RATIO,
  );
  add(
    `(h) v1 server first delta p99 ≤ ${V1_FIRST_DELTA_RATIO}× the model's first chunk, ${IN_FLIGHT} in flight`,
    `${vm.firstDeltaP99Ratio.toFixed(2)}× (${ms(v1.firstDeltaP99Ms)} vs ${ms(model.firstDeltaP99Ms)} ms)`,
    vm.firstDeltaP99Ratio <= V1_FIRST_DELTA_RATIO,
  );
  if (report.instances) {
    const { postgresOne, postgresTwo, twoOverOne, pages } = report.instances;
    add(
      `(l) two v1 servers on PostgreSQL ≥ ${TWO_INSTANCES_SHARE}× one's streamed runs/s, ${INSTANCES_IN_FLIGHT} in flight`,
      `${twoOverOne.toFixed(2)}× (${postgresTwo.perSecond.toFixed(0)} vs ${postgresOne.perSecond.toFixed(0)}/s)`,
      twoOverOne >= TWO_INSTANCES_SHARE,
    );
    for (const { shape, ratio } of pages.shapes) {
      add(`(l) PostgreSQL page ${shape}, ${pages.big.toLocaleString('en')} vs ${pages.small} messages ≤ ${PAGE_RATIO}×`, `${ratio.toFixed(2)}×`, ratio <= PAGE_RATIO);
    }
  }
  const [many, one, few] = report.subscriptions;
  if (many && one && few) {
    add(
      '(g) polls grow with runs, not subscribers',
      `${many.pollsPerSecond.toFixed(1)}/s (500 subs, 50 runs), ${one.pollsPerSecond.toFixed(1)}/s (50 subs, 50 runs), ${few.pollsPerSecond.toFixed(1)}/s (50 subs, 5 runs)`,
      many.pollsPerSecond <= 1.25 * one.pollsPerSecond && one.pollsPerSecond >= 5 * few.pollsPerSecond && many.subscribed === many.subscriptions,
    );
    add('(g) facade RSS < 300 MB with 500 subscriptions', `${many.peakRssMb.toFixed(0)} MB peak`, many.peakRssMb < 300);
  }
  for (const soakResult of report.soaks) {
    const label = `(${soakResult.scenario}) ${soakResult.seconds} s at ${soakResult.connections} connections`;
    if (soakResult.facadeExited) {
      add(`${label}: the facade stays up`, `it exited: ${soakResult.facadeExited.split('\n')[0] ?? ''}`, false);
    }
    add(`${label}: RSS < 200 MB`, `${soakResult.peakRssMb.toFixed(0)} MB peak`, soakResult.peakRssMb < 200);
    add(
      `${label}: no RSS growth (last 10 s ≤ first 10 s + ${GROWTH_TOLERANCE * 100}%)`,
      `${soakResult.first10sAvgMb.toFixed(0)} → ${soakResult.last10sAvgMb.toFixed(0)} MB (${(soakResult.growth * 100).toFixed(1)}%)`,
      soakResult.growth <= GROWTH_TOLERANCE,
    );
  }
  return targets;
}

function printV1Speed(speed: V1SpeedResult): void {
  console.log(
    `\n(h) The v1 server's own speed (npm run v1-server, SQLite file, MODEL_BASE_URL at an instant scripted model server), ${speed.inFlight} streams in flight, ` +
      `${speed.secondsPerSide} s per side in rotated slices; first delta: from the request to the first content delta's text; V/M and F/V are ratios of the rows below`,
  );
  const row = (side: string, figures: StreamFigures, against?: V1SpeedResult['v1ServerVsModel']): Record<string, string | number> => ({
    side,
    'streams/s': round(figures.perSecond, 0),
    'first delta p50 ms': ms(figures.firstDeltaP50Ms),
    'first delta p99 ms': ms(figures.firstDeltaP99Ms),
    failures: figures.failures,
    '× streams/s': against ? round(against.runsShare) : '',
    '× p50': against ? round(against.firstDeltaP50Ratio) : '',
    '× p99': against ? round(against.firstDeltaP99Ratio) : '',
  });
  console.table([
    row('M: model server alone (chat completions)', speed.model),
    row('V: v1 server runs (vs M)', speed.v1Server, speed.v1ServerVsModel),
    row('F: facade threadAndRunEvents (vs V)', speed.facade, speed.facadeVsV1Server),
  ]);
  for (const [side, figures] of [['M', speed.model], ['V', speed.v1Server], ['F', speed.facade]] as const) {
    for (const sample of figures.failureSamples) console.log(`  ${side} failed: ${sample}`);
  }
  console.log(
    `  a run's store writes (counted over ${speed.writes.runs} runs, untimed): ${round(speed.writes.transactionsPerRun, 1)} committed transactions, ` +
      `${round(speed.writes.statementsPerRun, 1)} write statements (a row's insert or update, a delete)`,
  );
}

function printCodeInterpreter(result: CodeInterpreterResult): void {
  console.log('\n(k) Code interpreter (the built-in v1 server in process, its bubblewrap sandbox; the same numpy code run by /usr/bin/python3 directly)');
  if ('skipped' in result) {
    console.log(`  skipped: ${result.skipped}`);
    return;
  }
  const side = (name: string, figures: { callMs: number; runMs: number; callRatio: number }) => ({
    side: name,
    'call ms (median)': round(figures.callMs, 0),
    '× direct': round(figures.callRatio),
    'run ms (median)': round(figures.runMs, 0),
  });
  console.log(`  direct /usr/bin/python3: ${round(result.directMs, 0)} ms (median of ${result.samples}); a call: from its input delta to its outputs delta; a run: request to done`);
  console.table([side('cold session (new thread)', result.cold), side('warm session (its second run)', result.warm)]);
  console.table(
    result.concurrency.map((level) => ({
      'concurrent runs (sessions)': level.runs,
      completed: level.completed,
      'p50 ms': round(level.p50Ms, 0),
      'max ms': round(level.maxMs, 0),
      'wall ms': round(level.wallMs, 0),
    })),
  );
}

function report(data: Report): void {
  const durationS = (performance.now() - started) / 1000;
  console.log(`\nScoreboard: facade (own process, NODE_ENV=${FACADE_NODE_ENV}) vs direct REST, same run, on ${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'})`);
  console.log(
    `F = facade, D = direct (the same data over REST from the v1 server itself, fewest round trips; F's upstream is the same v1 server, with nothing between); ` +
      `upstream req and waves counted by a separate facade process over a recording proxy; latency over ${LATENCY_SAMPLES} interleaved sequential samples; ` +
      `throughput ${THROUGHPUT_SECONDS} s per side at ${THROUGHPUT_CONNECTIONS} connections (in slices, F D D F F D …); ` +
      'F peak RSS: of the one facade process that serves these phases one after the other',
  );
  console.table(
    data.results.map(({ key, counts, latency, throughput }) => ({
      scenario: key,
      'upstream req': counts ? withRange(counts.requests, counts.requestsRange) : '',
      waves: counts ? withRange(counts.waves, counts.wavesRange) : '',
      'D req/waves': counts ? `${counts.directRequests}/${counts.directWaves}` : '',
      'median F|D ms': latency ? `${ms(latency.facade.medianMs)} | ${ms(latency.direct.medianMs)}` : '',
      'median ×': latency ? round(latency.medianRatio) : '',
      'p99 F|D ms': latency ? `${ms(latency.facade.p99Ms)} | ${ms(latency.direct.p99Ms)}` : '',
      'p99 ×': latency ? round(latency.p99Ratio) : '',
      'ops/s F|D': throughput ? `${throughput.facade.opsPerSecond.toFixed(0)} | ${throughput.direct.opsPerSecond.toFixed(0)}` : '',
      'F/D thr': throughput ? round(throughput.share) : '',
      'F peak RSS MB': throughput ? round(throughput.facadePeakRssMb, 0) : '',
    })),
  );
  for (const result of data.results) {
    const failures = (result.throughput?.facade.failures ?? 0) + (result.throughput?.facade.errors ?? 0) + (result.throughput?.direct.failures ?? 0) + (result.throughput?.direct.errors ?? 0);
    console.log(
      `  (${result.key}) ${result.title}; direct: ${result.directShape}` +
        `${result.counts ? `; upstream: ${result.counts.calls.join(', ')}${result.counts.stable ? '' : ' (counts or waves varied between requests: see results.json)'}` : ''}` +
        `${failures > 0 ? `; ${failures} failed operations under load` : ''}`,
    );
  }

  console.log(
    `\nAUTH_MODE=jwt (J, a token verified once then remembered, each thread's owner checked) vs open (O), two new facade processes straight to the v1 server ` +
      '(upstream requests counted by another pair over the recording proxy), same run; ' +
      `latency over ${LATENCY_SAMPLES} interleaved sequential samples, throughput ${THROUGHPUT_SECONDS} s per side at ${THROUGHPUT_CONNECTIONS} connections (O J J O …)`,
  );
  console.table(
    data.authCost.map(({ key, counts, latency, throughput }) => ({
      scenario: key,
      'upstream req O|J': `${withRange(counts.open.requests, counts.open.requestsRange)} | ${withRange(counts.jwt.requests, counts.jwt.requestsRange)}`,
      'waves O|J': `${withRange(counts.open.waves, counts.open.wavesRange)} | ${withRange(counts.jwt.waves, counts.jwt.wavesRange)}`,
      'median O|J ms': `${ms(latency.open.medianMs)} | ${ms(latency.jwt.medianMs)}`,
      'median J/O': round(latency.medianRatio),
      'p99 O|J ms': `${ms(latency.open.p99Ms)} | ${ms(latency.jwt.p99Ms)}`,
      'p99 J/O': round(latency.p99Ratio),
      'ops/s O|J': `${throughput.open.opsPerSecond.toFixed(0)} | ${throughput.jwt.opsPerSecond.toFixed(0)}`,
      'J/O thr': round(throughput.share),
      'failed ops O|J': `${throughput.open.failures + throughput.open.errors} | ${throughput.jwt.failures + throughput.jwt.errors}`,
    })),
  );
  for (const { key, counts } of data.authCost) console.log(`  (${key}) jwt upstream: ${counts.jwt.calls.join(', ')}`);

  console.log('\nTargets (measured in this run; src/ is not changed to meet them):');
  const targets = targetsOf(data);
  console.table(targets);

  console.log(
    `\nMemory: RSS of a new facade process, sampled every second during ${SOAK_SECONDS} s at ${SOAK_CONNECTIONS} connections after ${SOAK_WARMUP_SECONDS} s of warm-up at the same load`,
  );
  console.table(
    data.soaks.map((s) => ({
      scenario: s.scenario,
      'ops/s': round(s.opsPerSecond, 0),
      failures: s.failures,
      'peak MB': round(s.peakRssMb, 0),
      'first 10 s avg MB': round(s.first10sAvgMb, 0),
      'last 10 s avg MB': round(s.last10sAvgMb, 0),
      growth: `${(s.growth * 100).toFixed(1)}%`,
      'at end: heap used/total, external MB': heapText(s.heapAtEnd),
    })),
  );
  for (const soakResult of data.soaks) {
    if (soakResult.facadeExited) console.log(`  (${soakResult.scenario}) THE FACADE EXITED DURING THE LOAD: ${soakResult.facadeExited}`);
  }
  console.log(`  the scenario phases' facade process (counts, latency, throughput): lifetime peak RSS (VmHWM) ${data.facadeLifetimePeakMb.toFixed(0)} MB`);

  console.log(`\n(g) run(id) subscriptions over GraphQL SSE on runs waiting in requires_action, ${WINDOW_SECONDS} s each, on a new facade process`);
  console.table(
    data.subscriptions.map((w) => ({
      subscriptions: w.subscriptions,
      runs: w.runs,
      'got first snapshot': w.subscribed,
      'run polls/s': round(w.pollsPerSecond, 1),
      'all upstream req/s': round(w.upstreamPerSecond, 1),
      'RSS before MB': round(w.rssBeforeMb, 0),
      'peak RSS MB': round(w.peakRssMb, 0),
      'heap used/total, external MB': heapText(w.heapAtEnd),
      'polls in 1 s after leaving': w.pollsAfterLeaving,
      'same window as': w.sharedWith,
    })),
  );

  const { builds } = data;
  console.log(`\nFacade through tsx vs compiled (${builds.build.command}: ${(builds.build.buildMs / 1000).toFixed(1)} s, exit ${builds.build.exitCode}, ${builds.build.errors} type errors)`);
  console.table(
    (['tsx', 'compiled'] as const).map((kind) => ({
      build: kind,
      'start-up ms (median)': round(builds[kind].medianStartupMs, 0),
      'start-ups ms': builds[kind].startupMs.map((value) => value.toFixed(0)).join(', '),
      'RSS at rest MB': round(builds[kind].restRssMb, 0),
      '(d) ops/s @10': round(builds[kind].loadOpsPerSecond, 0),
      'peak RSS under (d) MB': round(builds[kind].loadPeakRssMb, 0),
      'RSS after MB': round(builds[kind].afterLoadRssMb, 0),
      'heap used/total, external MB: rest → after': `${heapText(builds[kind].restHeap)} → ${heapText(builds[kind].afterLoadHeap)}`,
    })),
  );

  printProfile(data.profile);
  console.log(`  (the profiled facade served ${data.profileLoad.opsPerSecond.toFixed(0)} ops/s of (d) while profiled, ${data.profileLoad.failures} failures)`);

  printV1Speed(data.v1Speed);

  const { files } = data;
  console.log('\n(i) Files and retrieval (npm run v1-server, SQLite file, MODEL_BASE_URL at the instant model server)');
  console.table([
    { figure: `upload, text (${files.text.files} × 100 KB, extracted, chunked, indexed)`, value: `${round(files.text.mbPerSecond, 1)} MB/s` },
    { figure: `upload, PDF (${files.pdf.files} × ${round(files.pdf.megabytes / files.pdf.files, 1)} MB)`, value: `${round(files.pdf.mbPerSecond, 1)} MB/s` },
    {
      figure: `search of 20 files, ${files.retrieval.indexedFiles} indexed (${files.retrieval.queries} queries)`,
      value: `p50 ${ms(files.retrieval.runSet.p50Ms)} ms, p99 ${ms(files.retrieval.runSet.p99Ms)} ms`,
    },
    {
      figure: `search of all ${files.retrieval.indexedFiles - files.pdf.files} text files`,
      value: `p50 ${ms(files.retrieval.everyFile.p50Ms)} ms, p99 ${ms(files.retrieval.everyFile.p99Ms)} ms`,
    },
    {
      figure: `first token, retrieval run vs plain run (${files.firstToken.runs} each)`,
      value:
        `p50 ${ms(files.firstToken.retrieval.p50Ms)} vs ${ms(files.firstToken.plain.p50Ms)} ms (${round(files.firstToken.p50Ratio)}×), ` +
        `p99 ${ms(files.firstToken.retrieval.p99Ms)} vs ${ms(files.firstToken.plain.p99Ms)} ms (${round(files.firstToken.p99Ratio)}×)`,
    },
  ]);

  if (data.mesh) printMeshPeer(data.mesh);
  else console.log('\n(j) GraphQL Mesh on the same upstream: skipped, bench/mesh could not be installed (see the progress output)');
  printCodeInterpreter(data.codeInterpreter);
  if (data.instances) printInstances(data.instances);
  else console.log('\n(l) Several v1 servers on PostgreSQL: skipped, no PostgreSQL binaries (see the progress output)');

  console.log('\nOther figures:');
  console.table(data.other.map(({ name, value, unit }) => ({ name, value, unit })));
  console.log(`\nBench took ${durationS.toFixed(0)} s.`);

  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        facadeNodeEnv: FACADE_NODE_ENV,
        facadeNodeFlags: startFlags(),
        durationS: round(durationS, 0),
        targets,
        scenarios: data.results,
        separateRequestsForOneNode: data.separate,
        jwtVsOpen: data.authCost,
        soaks: data.soaks,
        facadeLifetimePeakRssMb: data.facadeLifetimePeakMb,
        subscriptions: data.subscriptions,
        tsxVsCompiled: data.builds,
        profile: { ...data.profile, load: data.profileLoad },
        results: data.other,
        v1Speed: data.v1Speed,
        files: data.files,
        meshPeer: data.mesh ?? null,
        codeInterpreter: data.codeInterpreter,
        instances: data.instances ?? null,
      },
      null,
      2,
    )}\n`,
  );
}

await main();
