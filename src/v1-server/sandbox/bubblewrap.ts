/**
 * The `bubblewrap` sandbox: one Debian `/usr/bin/python3` per session under `bwrap` with every
 * namespace unshared (no network at all, no other process to see), the system read-only, no
 * capabilities, an unknown user, the system and the root read-only, and the session's directory the
 * only writable place that outlives the sandbox (`/tmp` and `/dev/shm` are small empty tmpfs of its own). A server
 * running as root starts `bwrap` as the host's `nobody`: the kernel does not hold root's processes
 * to `RLIMIT_NPROC`, even in a user namespace, so a fork bomb would go unbounded. `prlimit` bounds address space, processes, open
 * files and file size; the runner keeps each call's CPU time bounded (see `runner.ts`).
 *
 * `RLIMIT_AS` counts address space, not memory: the libraries' code, data and reservations take
 * hundreds of MB of it before the code allocates anything. So the probe at start measures the
 * interpreter's peak address space with numpy, pandas and matplotlib imported and a figure drawn,
 * and each sandbox's bound is that baseline plus the memory the code may use.
 *
 * The interpreter lives as long as its session, but runs only during a call: when a call is done the
 * server stops it (SIGSTOP, which no code can catch) and kills every other process in the sandbox, so
 * nothing the code left behind runs between calls; the next call continues it (SIGCONT). A call past
 * the wall-clock limit, a cancelled one, or a misuse of the runner's channel kills the whole sandbox
 * (`bwrap` in its own process group, everything inside dying with it); the next call starts afresh.
 */
import type { ChildProcessByStdio } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, readdir, readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { RUNNER } from './runner.js';
import type { CodeSandbox, Execution, Interpreter, SandboxLimits } from './sandbox.js';
import { CallQueue, MB, memoryLimitNote, SANDBOX_DATA_DIR } from './sandbox.js';

const BWRAP = '/usr/bin/bwrap';
const PRLIMIT = '/usr/bin/prlimit';
/** Debian's interpreter, with Debian's numpy, pandas and matplotlib. */
const PYTHON = '/usr/bin/python3';
/** What of `/etc` Python and its libraries read: the shared-library cache, the BLAS alternatives, fonts and matplotlib's defaults. */
const ETC = ['/etc/alternatives', '/etc/ld.so.cache', '/etc/fonts', '/etc/matplotlibrc', '/etc/localtime'];
/** The most bytes of figures one call may show; a larger frame on the runner's channel is a misuse. */
const MAX_FIGURE_BYTES = 32 * 1024 * 1024;
/** `nobody`: the code runs as a user that owns nothing, inside the sandbox and, for a root server, outside it too. */
const NOBODY = 65534;
const SERVER_IS_ROOT = process.getuid?.() === 0;
/** The size of each scratch file system (`/tmp`, `/dev/shm`): matplotlib's font cache and temporary files. */
const TMPFS_BYTES = 64 * 1024 * 1024;
/** How often the sandbox's processes are looked over while stopping it between calls, before it is killed instead. */
const MAX_STOP_ROUNDS = 100;

/** The exit statuses of a process killed by these signals (128 + the signal), as `bwrap` passes them on. */
const KILLED_BY_CPU_LIMIT = 128 + 24;

/** Why the server killed a sandbox. */
type KillReason = 'timeout' | 'cancelled' | 'misuse' | 'lost';

/**
 * What the probe runs: the offered libraries imported and a figure drawn (as the runner saves one),
 * then the interpreter's peak address space in kB, the baseline the code's memory comes on top of.
 */
const PROBE_CODE = [
  'import io, numpy, pandas, matplotlib.pyplot as pyplot',
  'pyplot.plot([0, 1])',
  "pyplot.savefig(io.BytesIO(), format='png')",
  "pyplot.close('all')",
  "print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmPeak:')))",
].join('\n');
/** The probe's time: importing the libraries and building matplotlib's font cache take seconds on a busy machine. */
const PROBE_TIMEOUT_SECONDS = 60;

export type BubblewrapProbe = { works: true; baselineBytes: number } | { works: false; reason: string };

export class BubblewrapSandbox implements CodeSandbox {
  readonly description: string;
  readonly environment = 'Python 3 with numpy, pandas and matplotlib (no network; nothing can be installed)';
  private readonly addressSpaceBytes: number;

  /** `baselineBytes`: the interpreter's own address space with its libraries loaded, as the probe measured it. */
  constructor(
    private readonly limits: SandboxLimits,
    baselineBytes: number,
  ) {
    this.addressSpaceBytes = baselineBytes + limits.memoryBytes;
    this.description = `bubblewrap (Debian python3 under bwrap, one interpreter per session; the interpreter with its libraries takes ${Math.round(baselineBytes / MB)} MB of address space, bounded at ${Math.round(this.addressSpaceBytes / MB)} MB)`;
  }

  /**
   * Whether `bwrap` can start Python with its libraries here (user namespaces may be unavailable), and
   * the interpreter's baseline address space; else the line that says why not.
   */
  static async probe(limits: SandboxLimits, dataDir: string): Promise<BubblewrapProbe> {
    const probeLimits = { ...limits, timeoutSeconds: Math.max(limits.timeoutSeconds, PROBE_TIMEOUT_SECONDS) };
    const interpreter = new BubblewrapInterpreter(probeLimits, dataDir, sandboxArguments(probeLimits, 'unlimited', dataDir));
    try {
      const { logs } = await interpreter.run(PROBE_CODE, new AbortController().signal);
      const peakKb = /^(\d+)\n$/.exec(logs)?.[1];
      return peakKb !== undefined ? { works: true, baselineBytes: Number(peakKb) * 1024 } : { works: false, reason: lastLine(logs) ?? 'no output' };
    } finally {
      await interpreter.close();
    }
  }

  interpreter(dataDir: string): Interpreter {
    return new BubblewrapInterpreter(this.limits, dataDir, sandboxArguments(this.limits, this.addressSpaceBytes, dataDir));
  }
}

function sandboxArguments(limits: SandboxLimits, addressSpace: number | 'unlimited', dataDir: string): string[] {
  const { timeoutSeconds, fileBytes, processes, openFiles } = limits;
  return [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--uid',
    String(NOBODY),
    '--gid',
    String(NOBODY),
    '--ro-bind',
    '/usr',
    '/usr',
    '--symlink',
    'usr/lib',
    '/lib',
    '--symlink',
    'usr/lib64',
    '/lib64',
    '--symlink',
    'usr/bin',
    '/bin',
    ...ETC.flatMap((path) => ['--ro-bind-try', path, path]),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    // The scratch file systems live in the host's memory, not the process's: each is bounded.
    '--size',
    String(TMPFS_BYTES),
    '--tmpfs',
    '/dev/shm',
    '--remount-ro',
    '/dev',
    '--size',
    String(TMPFS_BYTES),
    '--tmpfs',
    '/tmp',
    '--bind',
    dataDir,
    SANDBOX_DATA_DIR,
    '--remount-ro',
    '/',
    '--chdir',
    SANDBOX_DATA_DIR,
    '--setenv',
    'HOME',
    '/tmp',
    '--setenv',
    'MPLBACKEND',
    'Agg',
    '--setenv',
    'MPLCONFIGDIR',
    '/tmp/matplotlib',
    '--setenv',
    'OPENBLAS_NUM_THREADS',
    '1',
    '--setenv',
    'LANG',
    'C.UTF-8',
    PRLIMIT,
    // The runner raises the soft CPU bound before each call (it counts the process's whole life);
    // past it SIGXCPU ends the interpreter, reported as the CPU limit.
    `--cpu=${timeoutSeconds}:unlimited`,
    `--as=${addressSpace}`,
    `--nproc=${processes}`,
    `--nofile=${openFiles}`,
    `--fsize=${fileBytes}`,
    '--core=0',
    '--',
    PYTHON,
    '-I',
    '-u',
    '-c',
    RUNNER,
    String(timeoutSeconds),
    memoryLimitNote(limits),
  ];
}

/** A session's interpreter: its calls run one after another; one that ended the sandbox leaves the next to start a new one. */
class BubblewrapInterpreter implements Interpreter {
  private live: SandboxProcess | undefined;
  private started = false;
  private closed = false;
  private readonly calls = new CallQueue();

  constructor(
    private readonly limits: SandboxLimits,
    private readonly dataDir: string,
    private readonly args: string[],
  ) {}

  run(code: string, signal: AbortSignal): Promise<Execution> {
    return this.calls.run(() => this.runNext(code, signal));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.live?.end();
  }

  private async runNext(code: string, signal: AbortSignal): Promise<Execution> {
    if (this.closed) return { logs: 'Execution stopped: the session has ended.\n', images: [], restarted: false };
    let restarted = false;
    if (this.live?.alive !== true) {
      restarted = this.started;
      if (SERVER_IS_ROOT && !this.started) await chown(this.dataDir, NOBODY, NOBODY);
      this.started = true;
      this.live = new SandboxProcess(this.limits, this.args);
    }
    return { ...(await this.live.call(code, signal)), restarted };
  }
}

/** What the server knows of one call while it runs. */
interface CallState {
  nonce: string;
  output: CallOutput;
  figures: Buffer[];
  figureBytes: number;
  /** The runner's `D` frame came. */
  done: boolean;
  /** Called when the call is complete or the sandbox is gone. */
  settle(): void;
}

/** One running sandbox: `bwrap`, and inside it the runner. */
class SandboxProcess {
  alive = true;
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly failure = new Capped(4096);
  private readonly ready: Promise<boolean>;
  private readonly exited: Promise<void>;
  private status: number | null = null;
  private killed: KillReason | undefined;
  private current: CallState | undefined;
  /** The runner's pid, and `bwrap`'s own processes inside the sandbox: known once it is ready. */
  private interpreterPid = 0;
  private readonly bwrapPids = new Set<number>();
  private stopped = false;

  constructor(
    private readonly limits: SandboxLimits,
    args: string[],
  ) {
    this.child = spawn(BWRAP, args, {
      env: {},
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      ...(SERVER_IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let becomeReady: (ready: boolean) => void = () => undefined;
    this.ready = new Promise((resolve) => (becomeReady = resolve));
    let markExited: () => void = () => undefined;
    this.exited = new Promise((resolve) => (markExited = resolve));
    const finish = (status: number | null): void => {
      if (!this.alive) return;
      this.alive = false;
      this.status = status;
      becomeReady(false);
      this.current?.settle();
      markExited();
    };
    const frames = new FrameReader(MAX_FIGURE_BYTES, (kind, payload) => {
      if (kind === 'R' && this.interpreterPid === 0) void this.identify().then(becomeReady);
      else if (kind === 'F') this.addFigure(payload);
      else if (kind === 'D') this.markDone(payload.toString('latin1'));
      else this.kill('misuse');
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.current?.output.add(chunk);
      this.settleIfComplete();
    });
    this.child.stderr.on('data', (chunk: Buffer) => this.failure.add(chunk));
    (this.child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      if (!frames.add(chunk)) this.kill('misuse');
    });
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', (error) => {
      this.failure.add(Buffer.from(`${error.message}\n`));
      finish(null);
    });
    this.child.on('close', (status) => finish(status));
  }

  /** Runs one call: within the wall-clock limit, killed by `signal`; stopped again when it is done. */
  async call(code: string, signal: AbortSignal): Promise<Omit<Execution, 'restarted'>> {
    const { timeoutSeconds, logBytes } = this.limits;
    const nonce = randomBytes(16).toString('hex');
    const output = new CallOutput(Buffer.from(`\0${nonce}\0`, 'latin1'), logBytes);
    const call: CallState = { nonce, output, figures: [], figureBytes: 0, done: false, settle: () => undefined };
    const complete = new Promise<void>((resolve) => (call.settle = resolve));
    this.current = call;
    const timer = setTimeout(() => this.kill('timeout'), timeoutSeconds * 1000);
    const onAbort = (): void => this.kill('cancelled');
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    try {
      if (await this.ready) {
        this.resume();
        this.child.stdin.write(`${JSON.stringify({ code, nonce })}\n`);
      }
      await complete;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      this.current = undefined;
    }
    const ended = !this.alive;
    if (!ended) await this.stop();
    let logs = output.text();
    if (output.cut) logs += `\n[Output cut: only the first ${logBytes} bytes are kept.]\n`;
    const ending = ended ? endingNote(this.killed, this.status, timeoutSeconds, this.failure.text()) : undefined;
    if (ending !== undefined) logs += `${logs === '' || logs.endsWith('\n') ? '' : '\n'}${ending}\n`;
    return { logs, images: call.figures };
  }

  /** Kills the sandbox and waits for it to be gone. */
  async end(): Promise<void> {
    this.kill('lost');
    await this.exited;
  }

  private kill(why: KillReason): void {
    if (!this.alive) return;
    this.killed ??= why;
    // The negative pid: bwrap's process group; everything inside dies with it (--die-with-parent, the pid namespace).
    if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
  }

  /** Once the runner is ready (no code has run yet): the one process without children is the runner, the others are `bwrap`'s. */
  private async identify(): Promise<boolean> {
    const tree = await processTree(this.child.pid ?? 0);
    const parents = new Set([...tree.values()].map((process) => process.ppid));
    const leaves = [...tree.keys()].filter((pid) => !parents.has(pid));
    const [runner] = leaves;
    if (leaves.length !== 1 || runner === undefined) {
      this.failure.add(Buffer.from(`the sandbox started ${leaves.length} processes where one was expected\n`));
      this.kill('misuse');
      return false;
    }
    this.interpreterPid = runner;
    for (const pid of tree.keys()) if (pid !== runner) this.bwrapPids.add(pid);
    return this.alive;
  }

  private resume(): void {
    if (!this.stopped) return;
    this.stopped = false;
    try {
      process.kill(this.interpreterPid, 'SIGCONT');
    } catch {
      this.kill('lost');
    }
  }

  /**
   * Between calls nothing may run: the runner is stopped (all its threads) and every other process the
   * code started is killed, round after round until none is left; where that fails, the sandbox is killed.
   */
  private async stop(): Promise<void> {
    try {
      process.kill(this.interpreterPid, 'SIGSTOP');
      this.stopped = true;
    } catch {
      this.kill('lost');
      return;
    }
    for (let round = 0; round < MAX_STOP_ROUNDS && this.alive; round += 1) {
      const tree = await processTree(this.child.pid ?? 0);
      const runner = tree.get(this.interpreterPid);
      if (runner === undefined) break;
      const others = [...tree.keys()].filter((pid) => pid !== this.interpreterPid && !this.bwrapPids.has(pid));
      if (others.length === 0 && runner.state === 'T') return;
      for (const pid of others) killQuietly(pid);
    }
    this.kill('lost');
  }

  private addFigure(png: Buffer): void {
    const call = this.current;
    if (!call || call.figureBytes + png.length > MAX_FIGURE_BYTES) return;
    call.figures.push(png);
    call.figureBytes += png.length;
  }

  private markDone(nonce: string): void {
    if (this.current?.nonce === nonce) this.current.done = true;
    this.settleIfComplete();
  }

  private settleIfComplete(): void {
    if (this.current?.done && this.current.output.complete) this.current.settle();
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The live (not zombie) descendants of `root`, by pid, with their parent and state, as the host's `/proc` shows them. */
async function processTree(root: number): Promise<Map<number, { ppid: number; state: string }>> {
  const all = new Map<number, { ppid: number; state: string }>();
  const names = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    names.map(async (name) => {
      try {
        const stat = await readFile(`/proc/${name}/stat`, 'latin1');
        // The name in parentheses may hold spaces or parentheses: the fields after it start past the last ')'.
        const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        all.set(Number(name), { ppid: Number(ppid), state });
      } catch {
        // It ended while being read.
      }
    }),
  );
  const tree = new Map<number, { ppid: number; state: string }>();
  const parents = [root];
  for (let parent = parents.pop(); parent !== undefined; parent = parents.pop()) {
    for (const [pid, process] of all) {
      if (process.ppid !== parent || tree.has(pid)) continue;
      if (process.state !== 'Z' && process.state !== 'X') tree.set(pid, process);
      parents.push(pid);
    }
  }
  return tree;
}

/** Why a call ended the sandbox, as its last log line. */
function endingNote(killed: KillReason | undefined, status: number | null, timeoutSeconds: number, failure: string): string {
  if (killed === 'timeout') return `Execution stopped: the code ran past the ${timeoutSeconds}-second time limit.`;
  if (killed === 'cancelled') return 'Execution stopped: the run was cancelled.';
  if (killed === 'misuse') return "Execution stopped: the code interfered with the sandbox's runner.";
  if (status === KILLED_BY_CPU_LIMIT) return `Execution stopped: the code used up its ${timeoutSeconds} seconds of CPU time.`;
  if (status !== null && status > 128) return `Execution stopped: the process was killed (signal ${status - 128}).`;
  const reason = firstLine(failure);
  if (reason !== undefined) return `The sandbox failed: ${reason}`;
  return `Execution stopped: the Python process exited (status ${String(status)}).`;
}

function firstLine(text: string): string | undefined {
  return text.split('\n').find((line) => line.trim() !== '');
}

/** The last line of a traceback says what failed. */
function lastLine(text: string): string | undefined {
  return text.split('\n').findLast((line) => line.trim() !== '');
}

/**
 * The runner's frames on fd 3: a kind byte, a 4-byte big-endian length, the payload. `add` is false
 * when a frame is longer than `maxPayload`: the channel was misused.
 */
class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly maxPayload: number,
    private readonly onFrame: (kind: string, payload: Buffer) => void,
  ) {}

  add(chunk: Buffer): boolean {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 5) {
      const length = this.pending.readUInt32BE(1);
      if (length > this.maxPayload) return false;
      if (this.pending.length < 5 + length) break;
      this.onFrame(String.fromCharCode(this.pending[0] ?? 0), this.pending.subarray(5, 5 + length));
      this.pending = this.pending.subarray(5 + length);
    }
    return true;
  }
}

/**
 * One call's stdout up to the runner's end marker: the first `limit` bytes are kept, the rest is read
 * and dropped (so the code never blocks on a full pipe); `complete` once the marker came.
 */
class CallOutput {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private received = 0;
  /** The end of the last chunk, for a marker split between two chunks. */
  private tail: Buffer = Buffer.alloc(0);
  /** Where the marker starts in the stream. */
  private end: number | undefined;

  constructor(
    private readonly marker: Buffer,
    private readonly limit: number,
  ) {}

  get complete(): boolean {
    return this.end !== undefined;
  }

  get cut(): boolean {
    return (this.end ?? this.received) > this.limit;
  }

  add(chunk: Buffer): void {
    if (this.end !== undefined) return;
    const window = Buffer.concat([this.tail, chunk]);
    const at = window.indexOf(this.marker);
    const windowStart = this.received - this.tail.length;
    const room = this.limit - this.kept;
    if (room > 0) {
      const kept = chunk.subarray(0, room);
      this.chunks.push(kept);
      this.kept += kept.length;
    }
    this.received += chunk.length;
    if (at !== -1) this.end = windowStart + at;
    else this.tail = window.subarray(Math.max(0, window.length - this.marker.length + 1));
  }

  /** As UTF-8; a character split by the cut is dropped. */
  text(): string {
    const bytes = Buffer.concat(this.chunks).subarray(0, Math.min(this.end ?? this.received, this.limit));
    return new TextDecoder().decode(bytes).replace(/\uFFFD$/, '');
  }
}

/** A stream's first `limit` bytes; the rest is read and dropped, so the writer never blocks. */
class Capped {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    const room = this.limit - this.size;
    if (room <= 0) return;
    const kept = chunk.subarray(0, room);
    this.chunks.push(kept);
    this.size += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
