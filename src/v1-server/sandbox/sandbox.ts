/**
 * Where the `code_interpreter` tool runs Python: a sandbox gives each session one interpreter, which
 * runs the session's calls one after another in the same globals (as v1's kernel kept variables),
 * with the session's directory seen inside as `/mnt/data`, and answers each call with what it
 * printed and the figures it showed. The sandbox bounds every call; a call over a limit ends with a
 * log line naming the limit.
 */

/** The mount point of a session's directory inside the sandbox, as v1 had it. */
export const SANDBOX_DATA_DIR = '/mnt/data';

/** `CODE_INTERPRETER`: which sandbox runs the tool's code; `off` leaves the tool unoffered. */
export const SANDBOX_MODES = ['auto', 'bubblewrap', 'pyodide', 'off'] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];

/** The bounds of one execution. */
export interface SandboxLimits {
  /** Wall-clock time, and CPU time, of one call (`CODE_INTERPRETER_TIMEOUT_S`). */
  timeoutSeconds: number;
  /**
   * The memory the code may use (`CODE_INTERPRETER_MEMORY_MB`): on top of what the interpreter takes
   * with the libraries it offers loaded, which each sandbox measures at start.
   */
  memoryBytes: number;
  /** The largest file the code may write. */
  fileBytes: number;
  /** Processes (and threads) the code may have at once. */
  processes: number;
  openFiles: number;
  /** Printed output kept for the logs; the rest is cut with a note. */
  logBytes: number;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;
/** `CODE_INTERPRETER_MEMORY_MB`: its default and bounds (MB of 2^20 bytes). */
export const DEFAULT_MEMORY_MB = 512;
export const MIN_MEMORY_MB = 16;
export const MAX_MEMORY_MB = 65536;
export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: SandboxLimits = {
  timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
  memoryBytes: DEFAULT_MEMORY_MB * MB,
  fileBytes: 64 * 1024 * 1024,
  processes: 64,
  openFiles: 256,
  logBytes: 32 * 1024,
};

/** The log line after a `MemoryError`: the code asked for more than its share. */
export function memoryLimitNote(limits: SandboxLimits): string {
  return `Execution stopped: the code reached its ${Math.round(limits.memoryBytes / MB)} MB memory limit.`;
}

/** What one call gave: stdout and stderr interleaved (tracebacks and limit notes included), and the PNGs of the figures shown. */
export interface Execution {
  logs: string;
  images: Buffer[];
  /** The session's earlier interpreter was ended (a limit, a cancel, a crash): this call ran in a new one, without the earlier variables. */
  restarted: boolean;
}

export interface CodeSandbox {
  /** For the start log: what runs the code. */
  readonly description: string;
  /** For the model: the Python it writes for and the libraries it has. */
  readonly environment: string;
  /** A session's interpreter with `dataDir` as `/mnt/data`; it starts with the first call. */
  interpreter(dataDir: string): Interpreter;
}

/** One session's Python: its calls share their globals until a limit, a cancel or `close` ends it. */
export interface Interpreter {
  /** Runs `code` after the session's earlier calls; `signal` (the run was cancelled) kills it. Never throws for the code's failures. */
  run(code: string, signal: AbortSignal): Promise<Execution>;
  /** Ends the interpreter for good (the session ended). */
  close(): Promise<void>;
}

/** A session's calls, one after another in the order made; one that fails does not stop the next. */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(call: () => Promise<T>): Promise<T> {
    const result = this.tail.then(call);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
