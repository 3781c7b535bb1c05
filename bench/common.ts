/** Shared pieces of the benchmark scenarios: the result row, medians, and an SSE frame reader. */
import { performance } from 'node:perf_hooks';
import { parseFrames } from '../test/helpers/sse-client.js';

export interface Result {
  name: string;
  value: number | string;
  unit: string;
  note: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The `p`-th percentile (0 to 100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** One request the recording proxy forwarded (times are the proxy's `performance.now()`). */
export interface UpstreamRecord {
  method: string;
  /** Path and query string, e.g. `/v1/assistants/asst_1`. */
  path: string;
  status: number;
  /** When the request arrived at the proxy. */
  start: number;
  /** When the proxy had written the whole answer (or the client went away). */
  end: number;
  /** The client went away before the answer was complete (e.g. a stream it stopped reading). */
  aborted: boolean;
  /** The client's port: requests with the same one came over the same connection. */
  port: number;
  /** How many requests that connection had carried with this one (1: the request opened it). */
  onConnection: number;
}

/** What the proxy saw since the last reset or take. */
export interface UpstreamTake {
  since: number;
  now: number;
  /** Requests that arrived, finished or not (a record is kept when one finishes). */
  count: number;
  records: UpstreamRecord[];
}

/**
 * Waves of upstream requests: a new wave starts when a request arrives after every earlier one has
 * finished (so requests in flight together are one wave, and a dependent call is the next).
 */
export function waveCount(records: readonly UpstreamRecord[]): number {
  const sorted = [...records].sort((a, b) => a.start - b.start);
  let waves = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const record of sorted) {
    if (record.start > lastEnd) waves += 1;
    lastEnd = Math.max(lastEnd, record.end);
  }
  return waves;
}

/**
 * `BENCH_QUICK=1 npm run bench`: every phase, with few samples and short loads, to check that the
 * bench works (its figures are not the scoreboard's).
 */
export const QUICK = process.env.BENCH_QUICK === '1';

/** The full-run value, or the quick one under `BENCH_QUICK=1`. */
export const full = <T>(value: T, quick: T): T => (QUICK ? quick : value);

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds for the tables: two decimals below 10, one above. */
export const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1);

/** Rounded to `digits` decimals, for the table. */
export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

export interface TimedFrame {
  event: string;
  data: string;
  /** `performance.now()` when the chunk holding the frame was read. */
  at: number;
}

/**
 * Reads a `text/event-stream` body to its end, calling `onFrame` for each frame as it arrives.
 * Reading to the end lets the keep-alive connection be reused by the next sample.
 */
export async function readEventStream(response: Response, onFrame: (frame: TimedFrame) => void): Promise<void> {
  if (!response.ok || !response.body) throw new Error(`Expected a stream, got HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return;
    const at = performance.now();
    buffer += decoder.decode(chunk.value, { stream: true });
    const parsed = parseFrames(buffer);
    buffer = parsed.rest;
    for (const frame of parsed.frames) onFrame({ ...frame, at });
  }
}
