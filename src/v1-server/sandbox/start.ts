/**
 * Picks the code interpreter's sandbox at start (`CODE_INTERPRETER`): `bubblewrap` must work or the
 * server does not start; `pyodide` always can; `auto` probes bubblewrap once and takes pyodide where
 * it cannot start (user namespaces may be disabled), saying why; `off` offers no code interpreter.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BubblewrapSandbox } from './bubblewrap.js';
import { PyodideSandbox } from './pyodide.js';
import type { CodeSandbox, SandboxMode } from './sandbox.js';
import { DEFAULT_LIMITS, MB } from './sandbox.js';
import { CodeSessions, DEFAULT_SESSIONS } from './sessions.js';

export interface CodeInterpreterOptions {
  sandbox: SandboxMode;
  /** `CODE_INTERPRETER_TIMEOUT_S`: the wall-clock and CPU time of one call (default 30). */
  timeoutSeconds?: number | undefined;
  /** `CODE_INTERPRETER_SESSIONS`: threads with a live session at once (default 16). */
  sessions?: number | undefined;
  /** `CODE_INTERPRETER_MEMORY_MB`: the memory a session's code may use, beyond the interpreter's own (default 512). */
  memoryMb?: number | undefined;
}

/** `CODE_INTERPRETER=bubblewrap` where bubblewrap cannot start. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}

export interface StartedSandbox {
  /** Undefined when the tool is off. */
  sandbox: CodeSandbox | undefined;
  /** The threads' sessions in that sandbox; undefined when the tool is off. */
  sessions: CodeSessions | undefined;
  /** For the start log: which sandbox serves, or why none does. */
  description: string;
}

export async function startSandbox(options: CodeInterpreterOptions, clock: () => number): Promise<StartedSandbox> {
  if (options.sandbox === 'off') return { sandbox: undefined, sessions: undefined, description: 'off' };
  const limits = {
    ...DEFAULT_LIMITS,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_LIMITS.timeoutSeconds,
    memoryBytes: options.memoryMb !== undefined ? options.memoryMb * MB : DEFAULT_LIMITS.memoryBytes,
  };
  const serve = (sandbox: CodeSandbox, note = ''): StartedSandbox => ({
    sandbox,
    sessions: new CodeSessions(options.sessions ?? DEFAULT_SESSIONS, clock, sandbox),
    description: `${sandbox.description}, ${limits.timeoutSeconds} s per call, ${limits.memoryBytes / MB} MB of memory per session${note}`,
  });
  if (options.sandbox === 'pyodide') return serve(new PyodideSandbox(limits));
  const probeDir = await mkdtemp(join(tmpdir(), 'v1-code-interpreter-probe-'));
  const probe = await BubblewrapSandbox.probe(limits, probeDir).finally(() => rm(probeDir, { recursive: true, force: true }));
  if (probe.works) return serve(new BubblewrapSandbox(limits, probe.baselineBytes));
  if (options.sandbox === 'bubblewrap') throw new SandboxUnavailableError(`CODE_INTERPRETER=bubblewrap, but bwrap cannot start Python: ${probe.reason}`);
  return serve(new PyodideSandbox(limits), ` (bwrap cannot start Python: ${probe.reason})`);
}
