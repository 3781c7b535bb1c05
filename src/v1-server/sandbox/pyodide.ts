/**
 * The `pyodide` sandbox, for machines without bubblewrap: Python compiled to WebAssembly (the
 * `pyodide` package, loaded from `node_modules`), one worker thread per session with an empty
 * environment, no JavaScript globals for Python (`js` is an empty object), the FFI and network taken
 * away (see `pyodide-worker.ts`), the code's memory bounded in the worker (its WebAssembly heap and
 * in-memory files; `resourceLimits` bound only the JavaScript side), and `terminate()` at the
 * wall-clock limit. Only the standard library: no numpy, pandas or matplotlib offline.
 *
 * `/mnt/data` is the worker's in-memory file system, copied: before a call the session directory's
 * changed regular files go in, after it the files the code wrote come out (symbolic links never do),
 * each within the file size bound. So the session's files take memory in the worker too, and a call
 * killed at a limit writes nothing back.
 */
import { Worker } from 'node:worker_threads';
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { PYODIDE_WORKER } from './pyodide-worker.js';
import type { CodeSandbox, Execution, Interpreter, SandboxLimits } from './sandbox.js';
import { CallQueue, MB, memoryLimitNote, SANDBOX_DATA_DIR } from './sandbox.js';

/** The V8 heap of a worker: pyodide's JavaScript, which the code cannot reach; the code's memory is bounded in the worker. */
const WORKER_HEAP_MB = 256;
/** How long loading pyodide in a new worker may take (compiling it and unpacking the standard library take seconds). */
const START_TIMEOUT_MS = 120_000;
/** How deep and how many entries of a session directory are copied in. */
const MAX_DEPTH = 4;
const MAX_ENTRIES = 2000;

interface WrittenFile {
  path: string;
  bytes?: Uint8Array;
  tooLarge?: true;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; reason: string }
  | { type: 'done'; logs: Uint8Array; cut: boolean; written: WrittenFile[]; removed: string[]; memoryBytes: number };

export class PyodideSandbox implements CodeSandbox {
  readonly description = 'pyodide (Python in WebAssembly, one worker thread per session)';
  readonly environment = 'Python 3 (Pyodide, WebAssembly) with the standard library only: no numpy, pandas or matplotlib, no network, nothing can be installed';
  private readonly entry = createRequire(import.meta.url).resolve('pyodide');

  constructor(private readonly limits: SandboxLimits) {}

  interpreter(dataDir: string): Interpreter {
    return new PyodideInterpreter(this.limits, dataDir, this.entry);
  }
}

class PyodideInterpreter implements Interpreter {
  private worker: Worker | undefined;
  private ready: Promise<WorkerMessage> | undefined;
  private started = false;
  private closed = false;
  private readonly calls = new CallQueue();
  /** What the worker's `/mnt/data` holds: stamp by relative path, as last copied either way. */
  private synced = new Map<string, string>();

  constructor(
    private readonly limits: SandboxLimits,
    private readonly dataDir: string,
    private readonly entry: string,
  ) {}

  run(code: string, signal: AbortSignal): Promise<Execution> {
    return this.calls.run(() => this.runNext(code, signal));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.end();
  }

  private async end(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    this.synced = new Map();
    await worker?.terminate();
  }

  private start(): { worker: Worker; ready: Promise<WorkerMessage> } {
    const worker = new Worker(PYODIDE_WORKER, {
      eval: true,
      env: {},
      workerData: {
        entry: this.entry,
        indexURL: `${dirname(this.entry)}${sep}`,
        logBytes: this.limits.logBytes,
        fileBytes: this.limits.fileBytes,
        dataDir: SANDBOX_DATA_DIR,
        memoryBytes: this.limits.memoryBytes,
        memoryNote: memoryLimitNote(this.limits),
      },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    // What pyodide itself prints is dropped; the code's output comes in the answer.
    worker.stdout.resume();
    worker.stderr.resume();
    this.worker = worker;
    this.ready = nextMessage(worker);
    return { worker, ready: this.ready };
  }

  private async runNext(code: string, signal: AbortSignal): Promise<Execution> {
    if (this.closed) return { logs: 'Execution stopped: the session has ended.\n', images: [], restarted: false };
    const { timeoutSeconds, logBytes, memoryBytes, fileBytes } = this.limits;
    let restarted = false;
    let current = this.worker && this.ready ? { worker: this.worker, ready: this.ready } : undefined;
    if (!current) {
      restarted = this.started;
      this.started = true;
      current = this.start();
    }
    const { worker, ready } = current;
    let stopped: 'timeout' | 'start' | 'cancelled' | undefined;
    const stop = (why: 'timeout' | 'start' | 'cancelled'): void => {
      stopped ??= why;
      void worker.terminate();
    };
    const onAbort = (): void => stop('cancelled');
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    // Loading pyodide is the server's time, not the code's: it has a bound of its own.
    let timer = setTimeout(() => stop('start'), START_TIMEOUT_MS);
    let answer: WorkerMessage;
    try {
      const started = await ready;
      clearTimeout(timer);
      if (started.type !== 'ready') answer = started;
      else {
        const changes = await this.changesIn();
        const reply = nextMessage(worker);
        timer = setTimeout(() => stop('timeout'), timeoutSeconds * 1000);
        worker.postMessage({ code, ...changes });
        answer = await reply;
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
    if (answer.type !== 'done') {
      await this.end();
      const why =
        stopped === 'timeout'
          ? `Execution stopped: the code ran past the ${timeoutSeconds}-second time limit.`
          : stopped === 'cancelled'
            ? 'Execution stopped: the run was cancelled.'
            : stopped === 'start'
              ? `The sandbox failed: pyodide did not load within ${START_TIMEOUT_MS / 1000} seconds.`
              : `The sandbox failed: ${answer.type === 'failed' ? answer.reason : 'the worker ended'}`;
      return { logs: `${why}\n`, images: [], restarted };
    }
    let logs = new TextDecoder().decode(answer.logs).replace(/\uFFFD$/, '');
    if (answer.cut) logs += `\n[Output cut: only the first ${logBytes} bytes are kept.]\n`;
    const tooLarge = await this.copyOut(answer.written, answer.removed);
    for (const path of tooLarge) logs += `File not kept: ${SANDBOX_DATA_DIR}/${path} is over the ${fileBytes}-byte file size limit.\n`;
    if (answer.memoryBytes > memoryBytes) {
      await this.end();
      logs += `Execution stopped: the interpreter grew past the ${Math.round(memoryBytes / MB)} MB memory limit and was ended.\n`;
    }
    return { logs, images: [], restarted };
  }

  /** The session directory's regular files changed since the worker last saw them, and those gone. */
  private async changesIn(): Promise<{ files: Array<{ path: string; bytes: Buffer }>; removed: string[] }> {
    const now = await regularFiles(this.dataDir);
    const files: Array<{ path: string; bytes: Buffer }> = [];
    for (const [path, stamp] of now) {
      if (this.synced.get(path) !== stamp) files.push({ path, bytes: await readFile(join(this.dataDir, path)) });
    }
    const removed = [...this.synced.keys()].filter((path) => !now.has(path));
    this.synced = now;
    return { files, removed };
  }

  /** Writes the files the code wrote into the session directory; the paths of those over the size bound. */
  private async copyOut(written: WrittenFile[], removed: string[]): Promise<string[]> {
    const tooLarge: string[] = [];
    for (const path of removed.filter(isSafePath)) {
      await rm(join(this.dataDir, path), { force: true });
      this.synced.delete(path);
    }
    for (const file of written.filter((entry) => isSafePath(entry.path))) {
      if (!file.bytes) {
        tooLarge.push(file.path);
        continue;
      }
      const target = join(this.dataDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await rm(target, { force: true });
      await writeFile(target, file.bytes, { flag: 'wx' });
      const stats = await lstat(target);
      this.synced.set(file.path, `${stats.size}:${stats.mtimeMs}`);
    }
    return tooLarge;
  }
}

/** A relative path that stays inside the session directory. */
function isSafePath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** The worker's next message, or `failed` when it ends first. */
function nextMessage(worker: Worker): Promise<WorkerMessage> {
  return new Promise((resolve) => {
    const onMessage = (message: WorkerMessage): void => {
      worker.off('exit', onExit);
      worker.off('error', onError);
      resolve(message);
    };
    const onExit = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve({ type: 'failed', reason: 'the worker ended' });
    };
    const onError = (error: Error): void => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      resolve({ type: 'failed', reason: error.message });
    };
    worker.once('message', onMessage);
    worker.once('exit', onExit);
    worker.once('error', onError);
  });
}

/** The regular files under `dir` by relative path, with size and modification time; symbolic links are never followed. */
async function regularFiles(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const visit = async (folder: string, depth: number): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      if (found.size >= MAX_ENTRIES) return;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await visit(path, depth + 1);
      else if (entry.isFile()) {
        const stats = await lstat(path);
        found.set(relative(dir, path).split(sep).join('/'), `${stats.size}:${stats.mtimeMs}`);
      }
    }
  };
  await visit(dir, 0);
  return found;
}
