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
