/**
 * The v1 server's own speed alone, to try a change of it without the whole phase (h):
 * `tsx bench/v1-server-cost.ts [BASELINE_DIR…]`. Phase (h)'s M and V sides (`v1-speed.ts`), over
 * one instant model server, on `npm run v1-server`'s build (rebuilt into dist/ first) and, when
 * given, on baselines: directories each holding an earlier build (`BASELINE_DIR/v1-server/main.js`,
 * e.g. a copy of dist/ next to a package.json with `"type": "module"` and a node_modules symlink),
 * named by their directory's name.
 * Each v1 server has a SQLite file of its own; the sides take turns in slices of `BENCH_SLICE_S`
 * seconds (default 3) for `BENCH_ROUNDS` rounds (default 8), the order reversed every round, so
 * the builds are compared within one run, each as ratios to the model server alone, and by the
 * CPU time each v1 server process spent per run (user and system, from `/proc`: on a machine
 * shared with other work, what a run costs, whoever else is running).
 * `BENCH_PROFILE=DIR` runs dist's v1 server with `--cpu-prof`, its profile written to DIR when it
 * stops (`tsx bench/profile.ts FILE.cpuprofile` summarizes it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { restClient } from './clients.js';
import { round } from './common.js';
import { buildProject, cpuMsOf, spawnV1Server, startModelServer } from './processes.js';
import type { ChildServer } from './processes.js';
import { IN_FLIGHT, closeStreamClient, closedLoop, figures, modelSide, newTally, runsChatRequest, v1ServerSide, versus } from './v1-speed.js';
import type { Side, Tally } from './v1-speed.js';

const baselineDirs = process.argv.slice(2);
const rounds = Number(process.env.BENCH_ROUNDS ?? '8');
const sliceSeconds = Number(process.env.BENCH_SLICE_S ?? '3');
const profileDir = process.env.BENCH_PROFILE;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-v1-cost-'));
  const servers: ChildServer[] = [];
  let model: ChildServer | undefined;
  try {
    buildProject();
    model = await startModelServer();
    const builds: { name: string; entry: string; nodeArgs: string[] }[] = [
      { name: 'dist', entry: 'dist/v1-server/main.js', nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [] },
    ];
    for (const dir of baselineDirs) builds.push({ name: basename(resolve(dir)), entry: join(resolve(dir), 'v1-server/main.js'), nodeArgs: [] });
    const sides: { name: string; side: Side; tally: Tally; pid: number; cpuMs: number }[] = [];
    for (const build of builds) {
      const env = { MODEL_BASE_URL: model.url, DATABASE_URL: `file:${join(dataDir, `${build.name}.sqlite`)}` };
      const server = await spawnV1Server(env, build.entry, build.nodeArgs);
      servers.push(server);
      const assistant = await restClient(server.url).post<{ id: string }>('/assistants', { model: 'bench-model', name: 'Bench cost', instructions: 'Answer briefly.' });
      sides.push({ name: `V: ${build.name}`, side: v1ServerSide(server.url, assistant.id), tally: newTally(), pid: server.pid, cpuMs: 0 });
    }
    const first = sides[0] as (typeof sides)[0];
    const m = {
      name: 'M: model server alone',
      side: modelSide(model.url, await runsChatRequest(model.url, first.side)),
      tally: newTally(),
      pid: model.pid,
      cpuMs: 0,
    };
    const all = [m, ...sides];
    for (const { side } of all) await closedLoop(side, 1, newTally());
    for (let index = 0; index < rounds; index += 1) {
      for (const entry of index % 2 === 0 ? all : [...all].reverse()) {
        const before = cpuMsOf(entry.pid);
        await closedLoop(entry.side, sliceSeconds, entry.tally);
        entry.cpuMs += cpuMsOf(entry.pid) - before;
      }
      process.stderr.write(`round ${index + 1} of ${rounds}\n`);
    }
    const reference = figures(m.tally);
    console.log(`${IN_FLIGHT} in flight, ${rounds} slices of ${sliceSeconds} s per side`);
    console.table(
      all.map(({ name, tally, cpuMs: spent }) => {
        const own = figures(tally);
        const against = versus(own, reference);
        return {
          side: name,
          'streams/s': round(own.perSecond, 0),
          'first delta p50 ms': round(own.firstDeltaP50Ms, 1),
          'first delta p99 ms': round(own.firstDeltaP99Ms, 1),
          failures: own.failures,
          '× streams/s': round(against.runsShare, 3),
          '× p50': round(against.firstDeltaP50Ratio),
          '× p99': round(against.firstDeltaP99Ratio),
          'server CPU ms per stream': round(spent / tally.completed, 3),
        };
      }),
    );
    for (const { name, tally } of all) for (const sample of tally.failureSamples) console.log(`${name} failed: ${sample}`);
  } finally {
    for (const server of servers) await server.close();
    await model?.close();
    await closeStreamClient();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
