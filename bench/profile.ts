/**
 * Item 7: a CPU profile of the facade under load on (d), and its summary. The facade child runs
 * with `--cpu-prof` (written when it exits on SIGTERM) during `PROFILE_SECONDS` of the
 * `assistant(id)` lookup at `PROFILE_CONNECTIONS` connections; only the samples taken while the
 * load ran are counted (start-up and module loading are left out).
 *
 * The summary: self time by function (top 25), by package and by group (node internals, graphql,
 * yoga/whatwg-node/envelop, pothos, dataloader, undici, zod, pino, graphql-armor, our src/, GC,
 * V8/native), and by file of our src/.
 *
 * Also a command: `tsx bench/profile.ts FILE.cpuprofile` prints the summary of any profile.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { full } from './common.js';
import { runLoad } from './load.js';
import type { LoadResult, Sequence } from './load.js';
import { ROOT, spawnFacade } from './processes.js';

export const PROFILE_SECONDS = full(10, 3);
export const PROFILE_CONNECTIONS = 10;
const SAMPLING_INTERVAL_US = 250;
/** Where the profile is written (`--cpu-prof-dir`). */
export const PROFILE_DIR = join(tmpdir(), 'facade-bench-profile');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Entry {
  name: string;
  selfMs: number;
  /** Share of the busy time (everything but idle). */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** The time the counted samples cover, and the part of it the thread was not idle. */
  sampledMs: number;
  busyMs: number;
  /** Whether the load window could be matched with the profile's clock (else every sample counts). */
  windowed: boolean;
  /** The load window in ms since the profile started (the process's start-up comes before it). */
  window?: { fromMs: number; toMs: number };
  profileMs: number;
  top: (Entry & { where: string })[];
  byGroup: Entry[];
  byPackage: Entry[];
  bySrcFile: Entry[];
}

const GROUPS: [RegExp, string][] = [
  [/^graphql$/, 'graphql'],
  [/^(graphql-yoga|@graphql-yoga\/.*|@whatwg-node\/.*|@envelop\/.*|@graphql-tools\/.*|@repeaterjs\/.*|urlpattern-polyfill|@fastify\/busboy)$/, 'yoga/whatwg-node/envelop'],
  [/^@pothos\//, 'pothos'],
  [/^dataloader$/, 'dataloader'],
  [/^undici$/, 'undici'],
  [/^zod$/, 'zod'],
  [/^(pino|pino-.*|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|atomic-sleep|on-exit-leak-free|safe-stable-stringify|@pinojs\/.*)$/, 'pino'],
  [/^@escape\.tech\//, 'graphql-armor'],
  [/^(tsx|esbuild|get-tsconfig|@esbuild\/.*)$/, 'tsx (loader)'],
];

/** Where a frame's code lives: its package (or special bucket), its group, and a short file name. */
function locate(frame: CallFrame): { pkg: string; group: string; file: string } {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName === '(garbage collector)') return { pkg: 'GC', group: 'GC', file: '' };
    if (functionName === '(idle)') return { pkg: '(idle)', group: '(idle)', file: '' };
    if (functionName === '(program)') return { pkg: '(program)', group: 'V8/native', file: '' };
    return { pkg: 'V8 builtins + native bindings', group: 'V8/native', file: '' };
  }
  // undici's HTTP parser (llhttp) is WebAssembly; nothing else in the facade is.
  if (url.startsWith('wasm:')) return { pkg: 'wasm (undici llhttp)', group: 'undici', file: url };
  if (url.startsWith('node:')) return { pkg: 'node internals', group: 'node internals', file: url };
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const at = path.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const rest = path.slice(at + '/node_modules/'.length).split('/');
    const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? '?');
    const group = GROUPS.find(([pattern]) => pattern.test(pkg))?.[1] ?? pkg;
    return { pkg, group, file: `${pkg}/${rest.slice(pkg.startsWith('@') ? 2 : 1).join('/')}` };
  }
  const inProject = relative(ROOT, path);
  if (inProject.startsWith('src/')) return { pkg: 'our src/', group: 'our src/', file: inProject };
  if (!inProject.startsWith('..')) return { pkg: `project ${inProject.split('/')[0]}/`, group: 'project (other)', file: inProject };
  return { pkg: 'other', group: 'other', file: path };
}

function sortEntries(map: Map<string, number>, busyMs: number, limit = Number.POSITIVE_INFINITY): Entry[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, selfMs]) => ({ name, selfMs, percent: (100 * selfMs) / busyMs }));
}

/** The summary of a `.cpuprofile`, counting only samples in `[fromUs, toUs]` of the profile's clock when given. */
export function summarizeProfile(file: string, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  // Sample i lasts until sample i + 1 (as DevTools counts it).
  const times: number[] = [];
  let now = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((now += delta));
  const inWindow = (time: number): boolean => !window || (time >= window.fromUs && time <= window.toUs);
  const windowed = window !== undefined && times.some(inWindow);
  const functions = new Map<string, { where: string; selfMs: number }>();
  const groups = new Map<string, number>();
  const packages = new Map<string, number>();
  const srcFiles = new Map<string, number>();
  let sampledMs = 0;
  let idleMs = 0;
  profile.samples.forEach((id, index) => {
    const time = times[index] ?? 0;
    if (windowed && !inWindow(time)) return;
    const duration = ((times[index + 1] ?? time + interval) - time) / 1000;
    const node = byId.get(id);
    if (!node) return;
    sampledMs += duration;
    const where = locate(node.callFrame);
    if (where.group === '(idle)') {
      idleMs += duration;
      return;
    }
    groups.set(where.group, (groups.get(where.group) ?? 0) + duration);
    packages.set(where.pkg, (packages.get(where.pkg) ?? 0) + duration);
    if (where.pkg === 'our src/') srcFiles.set(where.file, (srcFiles.get(where.file) ?? 0) + duration);
    const name = node.callFrame.functionName || '(anonymous)';
    const location = where.file ? `${where.file}:${node.callFrame.lineNumber + 1}` : where.pkg;
    const key = `${name} ${location}`;
    const entry = functions.get(key) ?? { where: location, selfMs: 0 };
    entry.selfMs += duration;
    functions.set(key, entry);
  });
  const busyMs = sampledMs - idleMs;
  const top = [...functions.entries()]
    .sort((a, b) => b[1].selfMs - a[1].selfMs)
    .slice(0, 25)
    .map(([key, value]) => ({ name: key.slice(0, key.length - value.where.length - 1), where: value.where, selfMs: value.selfMs, percent: (100 * value.selfMs) / busyMs }));
  return {
    file,
    sampledMs,
    busyMs,
    windowed,
    ...(window ? { window: { fromMs: (window.fromUs - profile.startTime) / 1000, toMs: (window.toUs - profile.startTime) / 1000 } } : {}),
    profileMs: (profile.endTime - profile.startTime) / 1000,
    top,
    byGroup: sortEntries(groups, busyMs),
    byPackage: sortEntries(packages, busyMs, 25),
    bySrcFile: sortEntries(srcFiles, busyMs, 15),
  };
}

export function printProfile(summary: ProfileSummary): void {
  const fixed = (entry: Entry) => ({ selfMs: Number(entry.selfMs.toFixed(1)), '%busy': Number(entry.percent.toFixed(1)) });
  console.log(
    `\nCPU profile ${summary.file}: ${(summary.sampledMs / 1000).toFixed(1)} s sampled, ${(summary.busyMs / 1000).toFixed(1)} s busy` +
      (summary.windowed ? ' (load window only)' : ' (whole profile)'),
  );
  console.log('Top 25 self time by function:');
  console.table(summary.top.map((entry) => ({ function: entry.name, where: entry.where, ...fixed(entry) })));
  console.log('Self time by group:');
  console.table(summary.byGroup.map((entry) => ({ group: entry.name, ...fixed(entry) })));
  console.log('Self time by package:');
  console.table(summary.byPackage.map((entry) => ({ package: entry.name, ...fixed(entry) })));
  console.log('Self time by file of our src/:');
  console.table(summary.bySrcFile.map((entry) => ({ file: entry.name, ...fixed(entry) })));
}

/**
 * Profiles a facade child (its upstream: the v1 server itself at `v1ServerUrl`) during the (d)
 * load; the summary and the load's figures.
 */
export async function profilePhase(v1ServerUrl: string, lookup: Sequence): Promise<{ summary: ProfileSummary; load: LoadResult }> {
  // A fixed directory, emptied first: the last run's profile stays there to open in DevTools.
  const dir = PROFILE_DIR;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const facade = await spawnFacade({
    upstreamUrl: v1ServerUrl,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${SAMPLING_INTERVAL_US}`],
  });
  let load: LoadResult;
  let window: { fromUs: number; toUs: number };
  try {
    // Monotonic microseconds, the clock V8's profiler stamps samples with (CLOCK_MONOTONIC on Linux).
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    load = await runLoad(facade.url, lookup, PROFILE_CONNECTIONS, PROFILE_SECONDS);
    window = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
  } finally {
    await facade.close();
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No .cpuprofile in ${dir}`);
  return { summary: summarizeProfile(join(dir, file), window), load };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: tsx bench/profile.ts FILE.cpuprofile');
    process.exit(1);
  }
  printProfile(summarizeProfile(file));
}
