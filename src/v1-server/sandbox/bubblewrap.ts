/**
 * The `bubblewrap` sandbox: Debian's `/usr/bin/python3` under `bwrap` with every namespace unshared
 * (no network at all, no other process to see), the system read-only, no capabilities, an unknown
 * user, and the session's directory the only writable place that outlives the call (`/tmp` is an
 * empty tmpfs of its own). `prlimit` bounds CPU time, address space, processes, open files and file
 * size; a wall-clock timer kills the whole sandbox (`bwrap` in its own process group, its child
 * dying with it).
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { RUNNER } from './runner.js';
import type { CodeSandbox, Execution, SandboxLimits } from './sandbox.js';
import { SANDBOX_DATA_DIR } from './sandbox.js';

const BWRAP = '/usr/bin/bwrap';
const PRLIMIT = '/usr/bin/prlimit';
/** Debian's interpreter, with Debian's numpy, pandas and matplotlib. */
const PYTHON = '/usr/bin/python3';
/** What of `/etc` Python and its libraries read: the shared-library cache, the BLAS alternatives, fonts and matplotlib's defaults. */
const ETC = ['/etc/alternatives', '/etc/ld.so.cache', '/etc/fonts', '/etc/matplotlibrc', '/etc/localtime'];
/** The most bytes of figures one call may show. */
const MAX_FIGURE_BYTES = 32 * 1024 * 1024;
/** `nobody`: the code runs as a user that owns nothing. */
const NOBODY = '65534';

/** The exit statuses of a process killed by these signals (128 + the signal), as `bwrap` passes them on. */
const KILLED_BY_CPU_LIMIT = 128 + 24;

export class BubblewrapSandbox implements CodeSandbox {
  readonly description = 'bubblewrap (Debian python3 under bwrap)';

  constructor(private readonly limits: SandboxLimits) {}

  /** Whether `bwrap` can start Python here (user namespaces may be unavailable); the first line of why not. */
  static async probe(limits: SandboxLimits, dataDir: string): Promise<{ works: true } | { works: false; reason: string }> {
    const sandbox = new BubblewrapSandbox({ ...limits, timeoutSeconds: Math.max(limits.timeoutSeconds, 10) });
    try {
      const { logs, status } = await sandbox.execute(dataDir, 'print(6 * 7)', new AbortController().signal);
      if (status === 0 && logs === '42\n') return { works: true };
      return { works: false, reason: firstLine(logs) ?? `exit status ${String(status)}` };
    } catch (error) {
      return { works: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async run(dataDir: string, code: string, signal: AbortSignal): Promise<Execution> {
    const { logs, images } = await this.execute(dataDir, code, signal);
    return { logs, images };
  }

  private arguments(dataDir: string): string[] {
    const { timeoutSeconds, memoryBytes, fileBytes, processes, openFiles } = this.limits;
    return [
      '--unshare-all',
      '--die-with-parent',
      '--new-session',
      '--cap-drop',
      'ALL',
      '--uid',
      NOBODY,
      '--gid',
      NOBODY,
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
      '--tmpfs',
      '/tmp',
      '--bind',
      dataDir,
      SANDBOX_DATA_DIR,
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
      // The CPU limit's soft bound sends SIGXCPU, reported as such; the hard one a second later kills.
      `--cpu=${timeoutSeconds}:${timeoutSeconds + 1}`,
      `--as=${memoryBytes}`,
      `--nproc=${processes}`,
      `--nofile=${openFiles}`,
      `--fsize=${fileBytes}`,
      '--',
      PYTHON,
      '-I',
      '-u',
      '-c',
      RUNNER,
    ];
  }

  private execute(dataDir: string, code: string, signal: AbortSignal): Promise<Execution & { status: number | null }> {
    const { timeoutSeconds, logBytes } = this.limits;
    return new Promise((resolve, reject) => {
      const child = spawn(BWRAP, this.arguments(dataDir), { env: {}, detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
      const logs = new Capped(logBytes);
      const failure = new Capped(4096);
      const figures = new Capped(MAX_FIGURE_BYTES);
      let stopped: 'timeout' | 'cancelled' | undefined;
      const kill = (why: 'timeout' | 'cancelled'): void => {
        stopped ??= why;
        // The negative pid: bwrap's process group; its sandboxed child dies with it (--die-with-parent).
        if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      };
      const timer = setTimeout(() => kill('timeout'), timeoutSeconds * 1000);
      const onAbort = (): void => kill('cancelled');
      signal.addEventListener('abort', onAbort, { once: true });
      if (signal.aborted) kill('cancelled');
      child.stdout.on('data', (chunk: Buffer) => logs.add(chunk));
      child.stderr.on('data', (chunk: Buffer) => failure.add(chunk));
      const fd3 = child.stdio[3] as Readable | null;
      fd3?.on('data', (chunk: Buffer) => figures.add(chunk));
      child.stdin.on('error', () => undefined);
      child.stdin.end(code);
      child.on('error', (error) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        reject(error);
      });
      child.on('close', (status) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        let text = logs.text();
        if (logs.cut) text += `\n[Output cut: only the first ${logBytes} bytes are kept.]\n`;
        const ending = endingNote(stopped, status, timeoutSeconds, failure.text());
        if (ending !== undefined) text += `${text === '' || text.endsWith('\n') ? '' : '\n'}${ending}\n`;
        resolve({ logs: text, images: splitFigures(figures.bytes()), status });
      });
    });
  }
}

/** Why an execution ended early, as its last log line; undefined when the code ran to its end. */
function endingNote(stopped: 'timeout' | 'cancelled' | undefined, status: number | null, timeoutSeconds: number, failure: string): string | undefined {
  if (stopped === 'timeout') return `Execution stopped: the code ran past the ${timeoutSeconds}-second time limit.`;
  if (stopped === 'cancelled') return 'Execution stopped: the run was cancelled.';
  if (status === KILLED_BY_CPU_LIMIT) return `Execution stopped: the code used up its ${timeoutSeconds} seconds of CPU time.`;
  if (status !== null && status > 128) return `Execution stopped: the process was killed (signal ${status - 128}).`;
  const reason = firstLine(failure);
  return reason === undefined ? undefined : `The sandbox failed: ${reason}`;
}

function firstLine(text: string): string | undefined {
  return text.split('\n').find((line) => line.trim() !== '');
}

/** The PNGs of fd 3, each after its 4-byte length; a figure cut off by the bound is left out. */
function splitFigures(bytes: Buffer): Buffer[] {
  const figures: Buffer[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (offset + 4 + length > bytes.length) break;
    figures.push(bytes.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return figures;
}

/** A stream's first `limit` bytes; the rest is read and dropped, so the writer never blocks. */
class Capped {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  cut = false;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    const room = this.limit - this.size;
    if (chunk.length > room) this.cut = true;
    if (room <= 0) return;
    const kept = chunk.subarray(0, room);
    this.chunks.push(kept);
    this.size += kept.length;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** As UTF-8; a character split by the cut is dropped. */
  text(): string {
    return new TextDecoder().decode(this.bytes()).replace(/\uFFFD$/, '');
  }
}
