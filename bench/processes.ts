/**
 * The bench's child processes: the v1 server (`v1-server-process.ts`), the recording proxy in front
 * of it (`proxy.ts`, for counting passes) and the facade, each in its own process, so that the
 * facade's RSS is its own and the proxy's timestamps are not delayed by the v1 server's work. The facade is started as
 * `npm start` does (`node` with its flags, `startFlags`, and `dist/index.js`, after
 * `buildProject()`), or through tsx or another compiled build for the comparison in `compiled.ts`,
 * with `LOG_LEVEL=silent` on a free port of 127.0.0.1, and is ready when `/healthz` answers.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import type { UpstreamTake } from './common.js';
import { sleep } from './common.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The key of every bench request: the v1 server scopes data by key, so seeds and reads share it. */
export const BENCH_KEY = 'sk-bench-scoreboard';
/** `NODE_ENV` of the facade children (production: what a deployment runs; graphql-js skips dev checks). */
export const FACADE_NODE_ENV = process.env.BENCH_NODE_ENV ?? 'production';

/** Lines of a child's output, with the last few kept for error messages. */
export function watchOutput(child: ChildProcess, onLine?: (line: string) => void): () => string {
  const tail: string[] = [];
  const keep = (line: string): void => {
    if (line.startsWith('BENCH_MEMORY ')) return;
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        keep(line);
        onLine?.(line);
      }
    });
  }
  return () => tail.join('\n');
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Stops a child this bench started (SIGTERM, then SIGKILL after `graceMs`). */
export async function stop(child: ChildProcess, graceMs = 10_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const code = await done;
  clearTimeout(timer);
  return code;
}

/** Resident set size and its peak (VmHWM) of a process, in MiB (Linux `/proc`; NaN elsewhere). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/** The fields of `/proc/PID/stat` after the command's closing parenthesis (Linux). */
function statFields(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
}

/** Milliseconds of CPU (user and system) the process has used (Linux `/proc`; NaN elsewhere). */
export function cpuMsOf(pid: number): number {
  try {
    // utime and stime are the 12th and 13th fields, in clock ticks (100 a second).
    const fields = statFields(pid);
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Milliseconds of CPU a server with a process per connection (PostgreSQL) has used: its own, its
 * live children's, and (cutime, cstime) that of the children that have ended.
 */
export function treeCpuMsOf(pid: number): number {
  try {
    const fields = statFields(pid);
    const ended = (Number(fields[13]) + Number(fields[14])) * 10;
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((child) => {
        try {
          return Number(statFields(child)[1]) === pid;
        } catch {
          return false;
        }
      });
    return cpuMsOf(pid) + ended + children.reduce((total, child) => total + (cpuMsOf(child) || 0), 0);
  } catch {
    return Number.NaN;
  }
}

/** The machine's CPU time since boot over all its cores, busy and in all, in ms (Linux `/proc/stat`). */
export function machineCpuMs(): { busy: number; total: number } {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are the idle ones.
  const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: (total - idle) * 10, total: total * 10 };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Upstream {
  /** The v1 server itself: the timed facades' upstream and the timed direct side, and seeding. */
  v1ServerUrl: string;
  /** The recording proxy in front of it, for counting passes only (never on a timed path). */
  proxyUrl: string;
  pids: { v1Server: number; proxy: number };
  /** Forgets what the proxy recorded. */
  reset(): Promise<void>;
  take(): Promise<UpstreamTake>;
  close(): Promise<void>;
}

/** Spawns `node --import tsx <script>` and waits for its `<tag> {json}` line. */
async function startChild<T>(script: string, tag: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; info: T }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const info = await new Promise<T>((resolve, reject) => {
    const tail = watchOutput(child, (line) => {
      if (line.startsWith(`${tag} `)) resolve(JSON.parse(line.slice(tag.length + 1)) as T);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it listened:\n${tail()}`)));
  });
  return { child, info };
}

/** The v1 server and the recording proxy in front of it, each in its own process. */
export async function startUpstream(): Promise<Upstream> {
  const v1Server = await startChild<{ url: string }>('bench/v1-server-process.ts', 'BENCH_V1_SERVER', { BENCH_STEP_DELAY_MS: '1' });
  let proxy: { child: ChildProcess; info: { url: string } };
  try {
    proxy = await startChild<{ url: string }>('bench/proxy.ts', 'BENCH_PROXY', { BENCH_TARGET: v1Server.info.url });
  } catch (error) {
    await stop(v1Server.child);
    throw error;
  }
  const control = new URL('/__bench/', proxy.info.url);
  return {
    v1ServerUrl: v1Server.info.url,
    proxyUrl: proxy.info.url,
    pids: { v1Server: v1Server.child.pid ?? -1, proxy: proxy.child.pid ?? -1 },
    async reset() {
      const response = await request(new URL('reset', control), { method: 'POST' });
      await response.body.dump();
    },
    async take() {
      const response = await request(new URL('take', control));
      return (await response.body.json()) as UpstreamTake;
    },
    async close() {
      await stop(proxy.child);
      await stop(v1Server.child);
    },
  };
}

/** A server the bench started in a child process. */
export interface ChildServer {
  /** Its API root, with `/v1`. */
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** The instant scripted Chat Completions server (`model-server.ts`) in its own process. */
export async function startModelServer(): Promise<ChildServer> {
  const { child, info } = await startChild<{ url: string }>('bench/model-server.ts', 'BENCH_MODEL', {});
  return { url: info.url, pid: child.pid ?? -1, close: async () => void (await stop(child)) };
}

/**
 * The v1 server as `npm run v1-server` runs it (`node dist/v1-server/main.js`, after
 * `buildProject()`), on a free port of 127.0.0.1, with `env` (e.g. `MODEL_BASE_URL`,
 * `DATABASE_URL`); ready when it logs the URL it listens on. `entry` runs another build's
 * `main.js` instead, and `nodeArgs` go before it (e.g. `--cpu-prof`).
 */
export async function spawnV1Server(env: Record<string, string>, entry = 'dist/v1-server/main.js', nodeArgs: readonly string[] = []): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: ROOT,
    env: { ...process.env, ...env, V1_SERVER_HOST: '127.0.0.1', V1_SERVER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const tail = watchOutput(child, (line) => {
      const listening = / listening on (http\S+)/.exec(line);
      if (listening?.[1]) resolve(listening[1]);
    });
    child.once('exit', (code) => reject(new Error(`The v1 server exited (${code}) before it listened:\n${tail()}`)));
  });
  return { url, pid: child.pid ?? -1, close: async () => void (await stop(child)) };
}

export type FacadeBuild = { kind: 'tsx' } | { kind: 'compiled'; entry: string };

export interface FacadeSpawnOptions {
  /** The upstream base URL, with `/v1`. */
  upstreamUrl: string;
  build?: FacadeBuild;
  /** Node options before the entry (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Variables set over the bench's own, e.g. `AUTH_MODE=jwt` and its settings. */
  env?: Record<string, string>;
}

/** The facade's own view of its memory (`process.memoryUsage()`), in MiB. */
export interface HeapFigures {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

/**
 * A preload (plain JavaScript, so it works for the compiled build too) that prints the process's
 * `process.memoryUsage()` to stderr every second, for the heap/external split of the RSS.
 */
const MEMORY_PROBE = `data:text/javascript,${encodeURIComponent(
  "setInterval(() => process.stderr.write('BENCH_MEMORY ' + JSON.stringify(process.memoryUsage()) + '\\n'), 1000).unref();",
)}`;

export interface FacadeProcess {
  /** The facade's origin, e.g. `http://127.0.0.1:43123` (GraphQL at `/graphql`). */
  url: string;
  pid: number;
  /** From spawning the process to the first `/healthz` answer. */
  startupMs: number;
  memory(): { rssMb: number; peakMb: number };
  /** The facade's last `process.memoryUsage()` (printed every second by a preload). */
  heap(): HeapFigures | undefined;
  /** Undefined while it runs; once it exited on its own: the exit code or signal and its last output. */
  exited(): string | undefined;
  /** SIGTERM (the facade's own shutdown), then the exit code. */
  close(): Promise<number | null>;
}

function healthz(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpGet(`${url}/healthz`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(1_000, () => req.destroy());
  });
}

/** `npm run build`: the compiled facade that `npm start` runs, in `dist/`. */
export function buildProject(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/** The facade as `npm start` runs it; `buildProject()` must have run. */
export const PROJECT_BUILD: FacadeBuild = { kind: 'compiled', entry: 'dist/index.js' };

/**
 * The Node flags of `npm start` (its V8 heap settings), read from package.json: every facade the
 * bench starts, whatever its build, runs with them.
 */
export function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...words] = manifest.scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is expected to run node, not: ${manifest.scripts.start}`);
  return words.filter((word) => word.startsWith('--'));
}

export async function spawnFacade(options: FacadeSpawnOptions): Promise<FacadeProcess> {
  const build = options.build ?? PROJECT_BUILD;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OPENAI_BASE_URL: options.upstreamUrl,
    OPENAI_API_KEY: BENCH_KEY,
    LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: FACADE_NODE_ENV,
    // One bench client is one caller: per-caller budgets would measure the budget, not the facade.
    RATE_LIMIT_PER_MINUTE: '0',
    RUNS_PER_MINUTE: '0',
    SUBSCRIPTIONS_PER_CALLER: '0',
  };
  // The shell's settings must not change what is measured: every facade is open unless `options.env` says otherwise.
  for (const name of ['OPENAI_ORGANIZATION', 'CORS_ORIGINS', 'UPSTREAM_CONCURRENCY', 'DATABASE_URL', 'AUTH_MODE', 'JWT_JWKS_URL', 'JWT_JWKS_FILE', 'JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_ROLES_CLAIM', 'JWT_ADMIN_ROLE', 'OWNER_SECRET']) {
    delete env[name];
  }
  Object.assign(env, options.env);
  const entry = build.kind === 'tsx' ? ['--import', 'tsx', 'src/index.ts'] : [build.entry];
  const started = performance.now();
  const child = spawn(process.execPath, [...startFlags(), ...(options.nodeArgs ?? []), '--import', MEMORY_PROBE, ...entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let heap: HeapFigures | undefined;
  const mb = (bytes: number | undefined): number => (bytes ?? Number.NaN) / 1024 / 1024;
  const tail = watchOutput(child, (line) => {
    if (!line.startsWith('BENCH_MEMORY ')) return;
    const usage = JSON.parse(line.slice('BENCH_MEMORY '.length)) as Partial<NodeJS.MemoryUsage>;
    heap = {
      rssMb: mb(usage.rss),
      heapUsedMb: mb(usage.heapUsed),
      heapTotalMb: mb(usage.heapTotal),
      externalMb: mb(usage.external),
      arrayBuffersMb: mb(usage.arrayBuffers),
    };
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The facade exited (${child.exitCode}) before it was ready:\n${tail()}`);
    if (await healthz(url)) break;
    if (performance.now() - started > 60_000) {
      await stop(child);
      throw new Error(`The facade was not ready after 60 s:\n${tail()}`);
    }
    await sleep(5);
  }
  const startupMs = performance.now() - started;
  const pid = child.pid ?? -1;
  let closing = false;
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    if (!closing) exit = `exit code ${code ?? '-'}, signal ${signal ?? '-'}; last output:\n${tail() || '(none)'}`;
  });
  return {
    url,
    pid,
    startupMs,
    memory: () => memoryOf(pid),
    heap: () => heap,
    exited: () => exit,
    close: () => {
      closing = true;
      return stop(child);
    },
  };
}

/** Samples `memory()` every `everyMs` while `work` runs; the samples, with their time since the start. */
export async function sampleMemory<T>(
  memory: () => { rssMb: number },
  work: () => Promise<T>,
  everyMs = 1_000,
): Promise<{ result: T; samples: { atMs: number; rssMb: number }[] }> {
  const started = performance.now();
  const samples: { atMs: number; rssMb: number }[] = [{ atMs: 0, rssMb: memory().rssMb }];
  const timer = setInterval(() => samples.push({ atMs: performance.now() - started, rssMb: memory().rssMb }), everyMs);
  try {
    const result = await work();
    samples.push({ atMs: performance.now() - started, rssMb: memory().rssMb });
    return { result, samples };
  } finally {
    clearInterval(timer);
  }
}
