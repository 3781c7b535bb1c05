/**
 * (k) The code interpreter, on the built-in v1 server in this process (the deterministic model with
 * a 1 ms step delay runs a fenced ```python block; the code runs in its bubblewrap sandbox):
 *
 * - Overhead: a small numpy computation run by `/usr/bin/python3` directly (a process of this one)
 *   against the same code as a code interpreter call, in a new thread (a cold session: its
 *   directory made, its first sandbox) and in a second run on that thread (a warm session: the
 *   session's live interpreter, numpy already imported), interleaved. A call's time is from the streamed step delta with its input to the one with its
 *   outputs (the server starts the sandbox, runs the code and reads back its output and files in
 *   between); a run's, from its request to `done`.
 * - Concurrency: runs on threads of their own, each a call of the same computation, started
 *   together 1, 2, 4, … `MAX_CONCURRENT` at a time (each a session at once); completion and
 *   latency per level, stopping at the first level where a run fails or prints the wrong answer.
 *
 * Skipped, saying why, where bubblewrap cannot start. `BENCH_ONLY=k npm run bench` runs it alone.
 */
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { startV1Server } from '../src/v1-server/index.js';
import type { RunningV1Server } from '../src/v1-server/index.js';
import { full, median, readEventStream } from './common.js';

const KEY = 'sk-bench-code';
const PYTHON = '/usr/bin/python3';
/** A small numpy computation: the largest eigenvalue of a 200 × 200 Gram matrix. */
const CODE = [
  'import numpy as np',
  'a = np.random.default_rng(7).standard_normal((200, 200))',
  'print(round(float(np.linalg.eigvalsh(a @ a.T).max()), 3))',
].join('\n');
const SAMPLES = full(10, 3);
/** The ramp's top: the server's default number of live sessions. */
const MAX_CONCURRENT = 16;

export type CodeInterpreterResult = { skipped: string } | CodeInterpreterFigures;

export interface CodeInterpreterFigures {
  samples: number;
  directMs: number;
  cold: SessionFigures;
  warm: SessionFigures;
  concurrency: ConcurrencyLevel[];
}

interface SessionFigures {
  /** Median time of the call in the server (input delta to outputs delta). */
  callMs: number;
  /** Median time of the whole streamed run (request to `done`). */
  runMs: number;
  /** `callMs` over the direct run's median. */
  callRatio: number;
}

export interface ConcurrencyLevel {
  runs: number;
  completed: number;
  /** Runs' latency (request to `done`). */
  p50Ms: number;
  maxMs: number;
  /** From the first request to the last `done`. */
  wallMs: number;
}

interface StreamedRun {
  ok: boolean;
  threadId: string;
  callMs: number;
  runMs: number;
}

const headers = { authorization: `Bearer ${KEY}`, 'openai-beta': 'assistants=v1', 'content-type': 'application/json' };
const message = `Please run this:\n\`\`\`python\n${CODE}\n\`\`\``;

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The code run directly, as the sandbox would run it without the sandbox: its time, and what it printed. */
async function runDirectly(): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(PYTHON, ['-c', CODE], { env: { OPENBLAS_NUM_THREADS: '1' } });
  return { ms: performance.now() - started, output: stdout };
}

/**
 * A streamed run of the code (on `threadId`, else on a new thread): its times, and whether it
 * completed with the call printing `expected`.
 */
async function streamRun(v1Server: RunningV1Server, assistantId: string, expected: string, threadId?: string): Promise<StreamedRun> {
  const started = performance.now();
  const url = threadId ? `${v1Server.url}/threads/${threadId}/runs` : `${v1Server.url}/threads/runs`;
  const body = threadId
    ? { assistant_id: assistantId, stream: true, additional_messages: [{ role: 'user', content: message }] }
    : { assistant_id: assistantId, stream: true, thread: { messages: [{ role: 'user', content: message }] } };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  let inputAt = Number.NaN;
  let outputsAt = Number.NaN;
  let logs = '';
  let status = '';
  let thread = threadId ?? '';
  await readEventStream(response, (frame) => {
    if (frame.event === 'thread.run.created') thread = (JSON.parse(frame.data) as { thread_id: string }).thread_id;
    if (frame.event.startsWith('thread.run.') && !frame.event.startsWith('thread.run.step')) status = (JSON.parse(frame.data) as { status: string }).status;
    if (frame.event !== 'thread.run.step.delta') return;
    const [call] = (JSON.parse(frame.data) as { delta: { step_details?: { tool_calls?: { code_interpreter?: { input?: string; outputs?: { logs?: string }[] } }[] } } }).delta.step_details?.tool_calls ?? [];
    if (call?.code_interpreter?.input) inputAt = frame.at;
    const outputs = call?.code_interpreter?.outputs ?? [];
    if (outputs.length > 0) {
      outputsAt = frame.at;
      logs += outputs.map((output) => output.logs ?? '').join('');
    }
  });
  const runMs = performance.now() - started;
  return { ok: status === 'completed' && logs === expected, threadId: thread, callMs: outputsAt - inputAt, runMs };
}

function figuresOf(runs: readonly StreamedRun[], directMs: number): SessionFigures {
  const callMs = median(runs.map((run) => run.callMs));
  return { callMs, runMs: median(runs.map((run) => run.runMs)), callRatio: callMs / directMs };
}

export async function codeInterpreterPhase(progress: (message: string) => void): Promise<CodeInterpreterResult> {
  let v1Server: RunningV1Server;
  try {
    v1Server = await startV1Server({ host: '127.0.0.1', port: 0, stepDelayMs: 1, codeInterpreter: { sandbox: 'bubblewrap', sessions: MAX_CONCURRENT }, onError: () => undefined });
  } catch (error) {
    const skipped = `the bubblewrap sandbox cannot start here: ${error instanceof Error ? error.message : String(error)}`;
    progress(`(k) skipped: ${skipped}`);
    return { skipped };
  }
  try {
    const assistant = await post<{ id: string }>(`${v1Server.url}/assistants`, { model: 'gpt-4', tools: [{ type: 'code_interpreter' }] });
    const { output: expected } = await runDirectly();
    // One untimed round first: Python's and numpy's files in the page cache for both sides.
    await streamRun(v1Server, assistant.id, expected);

    progress(`(k) overhead: ${SAMPLES} × (direct, cold session, warm session), interleaved`);
    const direct: number[] = [];
    const cold: StreamedRun[] = [];
    const warm: StreamedRun[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      direct.push((await runDirectly()).ms);
      const first = await streamRun(v1Server, assistant.id, expected);
      const second = await streamRun(v1Server, assistant.id, expected, first.threadId);
      if (!first.ok || !second.ok) throw new Error('(k) a code interpreter run failed or printed the wrong answer');
      cold.push(first);
      warm.push(second);
    }
    const directMs = median(direct);

    const concurrency: ConcurrencyLevel[] = [];
    for (let runs = 1; runs <= MAX_CONCURRENT; runs *= 2) {
      progress(`(k) ${runs} concurrent runs, each a session of its own`);
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: runs }, () => streamRun(v1Server, assistant.id, expected).catch((): StreamedRun => ({ ok: false, threadId: '', callMs: Number.NaN, runMs: Number.NaN }))),
      );
      const wallMs = performance.now() - started;
      const latencies = results.filter((result) => result.ok).map((result) => result.runMs);
      const level = { runs, completed: latencies.length, p50Ms: median(latencies), maxMs: latencies.length > 0 ? Math.max(...latencies) : Number.NaN, wallMs };
      concurrency.push(level);
      if (level.completed < runs) break;
    }
    return { samples: SAMPLES, directMs, cold: figuresOf(cold, directMs), warm: figuresOf(warm, directMs), concurrency };
  } finally {
    await v1Server.close();
  }
}
