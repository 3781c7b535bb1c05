/**
 * The facade's fixed cost alone, to try a change without the whole scoreboard:
 * `tsx --expose-gc bench/facade-cost.ts [BASELINE_DIR]`. The scoreboard's latency and throughput
 * phases (`scoreboard.ts`), facade vs direct, for the scenarios in `BENCH_SCENARIOS` (default `d`,
 * comma-separated keys), on `npm start`'s build (rebuilt into dist/ first) and, when given, on a
 * baseline: a directory holding an earlier build (`BASELINE_DIR/index.js`, e.g. a copy of dist/
 * next to a package.json with `"type": "module"` and a node_modules symlink). Both facades run at
 * once over the same v1 server, and their phases alternate for `BENCH_ROUNDS` rounds (default 2),
 * so the two are compared within one run, each as ratios to direct. `BENCH_PROFILE=1` adds the
 * bench's CPU profile of (d) on dist/, `BENCH_SOAK=1` its 60 s memory soak on (d). `BENCH_QUICK=1`
 * shortens every phase as in `npm run bench`.
 */
import { join, resolve } from 'node:path';
import { closeClients, gqlClient, restClient } from './clients.js';
import { round } from './common.js';
import { buildProject, spawnFacade, startUpstream } from './processes.js';
import type { FacadeProcess, Upstream } from './processes.js';
import { printProfile, profilePhase } from './profile.js';
import { scenarios, seed } from './scenarios.js';
import { compareThroughput, latencyPhase, soak } from './scoreboard.js';

const baselineDir = process.argv[2];
const wanted = (process.env.BENCH_SCENARIOS ?? 'd').split(',').map((key) => key.trim());
const rounds = Number(process.env.BENCH_ROUNDS ?? '2');

interface Row {
  build: string;
  round: number;
  scenario: string;
  'median × direct': number;
  'p99 × direct': number;
  'throughput share': number;
  'facade ops/s': number;
  'direct ops/s': number;
  'peak RSS MB': number;
}

async function main(): Promise<void> {
  let upstream: Upstream | undefined;
  const facades: { name: string; process: FacadeProcess }[] = [];
  try {
    buildProject();
    upstream = await startUpstream();
    facades.push({ name: 'dist', process: await spawnFacade({ upstreamUrl: upstream.v1ServerUrl }) });
    if (baselineDir) {
      const entry = join(resolve(baselineDir), 'index.js');
      facades.push({ name: 'baseline', process: await spawnFacade({ upstreamUrl: upstream.v1ServerUrl, build: { kind: 'compiled', entry } }) });
    }
    const rest = restClient(upstream.v1ServerUrl);
    const first = facades[0] as (typeof facades)[0];
    const all = scenarios(await seed(rest, gqlClient(first.process.url)));
    const list = all.filter((scenario) => wanted.includes(scenario.key));
    const rows: Row[] = [];
    for (let index = 0; index < rounds; index += 1) {
      // Alternate which build goes first.
      const order = index % 2 === 0 ? facades : [...facades].reverse();
      for (const { name, process: facade } of order) {
        const gql = gqlClient(facade.url);
        for (const scenario of list) {
          scenario.check(await gql(scenario.query, scenario.variables));
          const latency = await latencyPhase(scenario, gql, rest);
          const throughput = await compareThroughput(facade, upstream.v1ServerUrl, scenario);
          rows.push({
            build: name,
            round: index + 1,
            scenario: scenario.key,
            'median × direct': round(latency.medianRatio),
            'p99 × direct': round(latency.p99Ratio),
            'throughput share': round(throughput.share),
            'facade ops/s': round(throughput.facade.opsPerSecond, 0),
            'direct ops/s': round(throughput.direct.opsPerSecond, 0),
            'peak RSS MB': round(throughput.facadePeakRssMb, 0),
          });
          process.stderr.write(`${JSON.stringify(rows.at(-1))}\n`);
        }
      }
    }
    console.table(rows);
    for (const { process: facade } of facades) await facade.close();
    facades.length = 0;
    const lookup = all.find((scenario) => scenario.key === 'd');
    if (lookup && process.env.BENCH_SOAK === '1') {
      const facade = await spawnFacade({ upstreamUrl: upstream.v1ServerUrl });
      const soaked = await soak(facade, lookup);
      await facade.close();
      console.log(
        `memory soak on (d): ${soaked.seconds} s at ${soaked.connections} connections, ${round(soaked.opsPerSecond, 0)} ops/s, ` +
          `peak RSS ${round(soaked.peakRssMb, 0)} MB, first → last 10 s ${round(soaked.growth * 100, 1)}%, ${soaked.failures} failures`,
      );
    }
    if (lookup && process.env.BENCH_PROFILE === '1') {
      const profile = await profilePhase(upstream.v1ServerUrl, lookup.facadeSequence);
      printProfile(profile.summary);
      console.log(`  (${round(profile.load.opsPerSecond, 0)} ops/s of (d) while profiled)`);
    }
  } finally {
    for (const { process: facade } of facades) await facade.close();
    await upstream?.close();
    await closeClients();
  }
}

await main();
