/**
 * The waits between attempts that both outbound clients share; which failures each retries is its
 * own policy (`src/openai/retry.ts`, the model client).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from './answers.js';

/** The delay the server asked for, in ms, from `retry-after-ms` or `retry-after` (seconds or HTTP date). */
export function retryAfterMs(headers: IncomingHttpHeaders, now = Date.now()): number | null {
  const ms = headerValue(headers, 'retry-after-ms');
  if (ms !== undefined && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value)) return value;
  }
  const after = headerValue(headers, 'retry-after');
  if (after === undefined || after.trim() === '') return null;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : date - now;
}

/**
 * The wait before retry number `retriesDone + 1` when the server asked for none: exponential from
 * `baseDelayMs`, capped at `maxDelayMs`, less up to 25% jitter so that calls which failed together
 * do not retry together.
 */
export function backoffMs(retriesDone: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  return Math.min(baseDelayMs * 2 ** retriesDone, maxDelayMs) * (1 - random() * 0.25);
}
