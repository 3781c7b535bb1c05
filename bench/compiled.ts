/**
 * The facade started through tsx (`node --import tsx src/index.ts`, what `npm start` does) against
 * a compiled build of the same sources, for start-up time, RSS at rest and RSS and throughput
 * under load on (d).
 *
 * The build: the project's tsconfig.json has `noEmit: true` and no `outDir`, and otherwise emits as
 * is (NodeNext, `.js` specifiers, `verbatimModuleSyntax`), so `tsc -p tsconfig.json --noEmit false
 * --outDir <tmp>` is enough for the code. It emits src/, test/, bench/ and scripts/ under <tmp>.
 * To run it, <tmp> needs what the project root gives the sources: a package.json with
 * `"type": "module"` (else Node reads the .js files as CommonJS) and node_modules (a symlink to the
 * project's), as Node resolves packages from the file's directory upwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { full, median, sleep } from './common.js';
import type { Sequence } from './load.js';
import { ROOT, spawnFacade } from './processes.js';
import type { FacadeBuild, FacadeProcess, HeapFigures } from './processes.js';
import { abbaLoad } from './scoreboard.js';

const STARTS_PER_BUILD = full(3, 1);
const LOAD_SECONDS = full(6, 2);
const LOAD_CONNECTIONS = 10;
/** How long a facade idles after start-up before its RSS at rest is read. */
const REST_MS = 1_000;

export interface CompiledBuild {
  dir: string;
  entry: string;
  buildMs: number;
  exitCode: number | null;
  /** tsc's output (type errors, if the sources being edited have some; it emits anyway). */
  output: string;
  command: string;
}

export async function buildCompiled(): Promise<CompiledBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'facade-build-'));
  const args = [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', dir];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const buildMs = performance.now() - started;
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const entry = join(dir, 'src/index.js');
  if (!existsSync(entry)) throw new Error(`tsc emitted no ${entry} (exit ${exitCode}):\n${output}`);
  return { dir, entry, buildMs, exitCode, output: output.trim(), command: `tsc -p tsconfig.json --noEmit false --outDir ${dir}` };
}

export interface BuildFigures {
  startupMs: number[];
  medianStartupMs: number;
  /** RSS `REST_MS` after start-up with no request yet, median of the starts. */
  restRssMb: number;
  /** The last start's own `process.memoryUsage()` at rest (printed every second, so up to 1 s old). */
  restHeap: HeapFigures | undefined;
  /** Its `process.memoryUsage()` after the load. */
  afterLoadHeap: HeapFigures | undefined;
  loadOpsPerSecond: number;
  loadPeakRssMb: number;
  /** RSS right after the load. */
  afterLoadRssMb: number;
}

export interface BuildComparison {
  build: Omit<CompiledBuild, 'dir' | 'output'> & { errors: number };
  tsx: BuildFigures;
  compiled: BuildFigures;
}

/**
 * Starts each build `STARTS_PER_BUILD` times, alternating, then loads the last two (A, B, B, A
 * slices) with the (d) lookup and samples their RSS. Their upstream: the v1 server itself at `v1ServerUrl`.
 */
export async function compareBuilds(v1ServerUrl: string, build: CompiledBuild, lookup: Sequence): Promise<BuildComparison> {
  const builds: Record<'tsx' | 'compiled', FacadeBuild> = { tsx: { kind: 'tsx' }, compiled: { kind: 'compiled', entry: build.entry } };
  const starts: Record<'tsx' | 'compiled', { startupMs: number[]; restRssMb: number[]; restHeap?: HeapFigures; last?: FacadeProcess }> = {
    tsx: { startupMs: [], restRssMb: [] },
    compiled: { startupMs: [], restRssMb: [] },
  };
  try {
    for (let round = 0; round < STARTS_PER_BUILD; round += 1) {
      const order = round % 2 === 0 ? (['tsx', 'compiled'] as const) : (['compiled', 'tsx'] as const);
      for (const kind of order) {
        const facade = await spawnFacade({ upstreamUrl: v1ServerUrl, build: builds[kind] });
        await sleep(REST_MS);
        starts[kind].startupMs.push(facade.startupMs);
        starts[kind].restRssMb.push(facade.memory().rssMb);
        starts[kind].restHeap = facade.heap();
        if (round === STARTS_PER_BUILD - 1) starts[kind].last = facade;
        else await facade.close();
      }
    }
    const tsxFacade = starts.tsx.last as FacadeProcess;
    const compiledFacade = starts.compiled.last as FacadeProcess;
    const loads = await abbaLoad(
      { origin: tsxFacade.url, sequence: lookup, memory: tsxFacade.memory },
      { origin: compiledFacade.url, sequence: lookup, memory: compiledFacade.memory },
      LOAD_CONNECTIONS,
      LOAD_SECONDS,
    );
    const figures = (kind: 'tsx' | 'compiled', ops: number, peak: number, facade: FacadeProcess): BuildFigures => ({
      startupMs: starts[kind].startupMs,
      medianStartupMs: median(starts[kind].startupMs),
      restRssMb: median(starts[kind].restRssMb),
      loadOpsPerSecond: ops,
      loadPeakRssMb: peak,
      afterLoadRssMb: facade.memory().rssMb,
      restHeap: starts[kind].restHeap,
      afterLoadHeap: facade.heap(),
    });
    return {
      build: { entry: build.entry, buildMs: build.buildMs, exitCode: build.exitCode, command: build.command, errors: (build.output.match(/error TS/g) ?? []).length },
      tsx: figures('tsx', loads.a.opsPerSecond, loads.aPeakRssMb, tsxFacade),
      compiled: figures('compiled', loads.b.opsPerSecond, loads.bPeakRssMb, compiledFacade),
    };
  } finally {
    await starts.tsx.last?.close();
    await starts.compiled.last?.close();
  }
}

export function removeBuild(build: CompiledBuild): void {
  rmSync(build.dir, { recursive: true, force: true });
}
