/**
 * When and how long to retry an upstream call: openai-node v4.36's policy (408, 409, 429 and 5xx,
 * exponential backoff, `retry-after` honoured), narrowed for POST, because OpenAI has no
 * idempotency key and a retried POST can duplicate a run or a message.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from '../http/answers.js';
import { backoffMs, retryAfterMs } from '../http/retry.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** How far a failed attempt got, which decides whether repeating it is safe. */
export type TransportPhase =
  /** The request never left: refused, connect timeout, DNS failure. Safe to repeat for any method. */
  | 'connect'
  /** The request may have reached the server: reset, headers or body timeout. */
  | 'sent';

export type RetryTrigger =
  | { type: 'error'; phase: TransportPhase }
  | { type: 'status'; status: number; headers: IncomingHttpHeaders; errorCode?: string | null };

/** Retry-After values at or above this are not waited for (openai-node v4 ignores them too). */
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 8_000;

/** Whether this failure may be retried at all (the attempt budget is the caller's business). */
export function isRetryable(method: HttpMethod, streaming: boolean, trigger: RetryTrigger): boolean {
  if (trigger.type === 'error') {
    if (trigger.phase === 'connect') return true;
    return !streaming && method !== 'POST';
  }
  // A stream's first answer is already the response: only failures before any answer are repeated.
  if (streaming) return false;
  const override = headerValue(trigger.headers, 'x-should-retry');
  if (override === 'true') return true;
  if (override === 'false') return false;
  const { status } = trigger;
  // An exhausted quota does not recover by waiting; openai-node retries it, we do not.
  if (status === 429) return trigger.errorCode !== 'insufficient_quota';
  if (method === 'POST') return false;
  return status === 408 || status === 409 || status >= 500;
}

/**
 * How long to wait before retry number `retriesDone + 1`, or null when the upstream asked for
 * 60 s or more (failing fast beats holding the caller that long).
 */
export function retryDelayMs(
  retriesDone: number,
  baseDelayMs: number,
  headers?: IncomingHttpHeaders,
  random: () => number = Math.random,
): number | null {
  const asked = headers ? retryAfterMs(headers) : null;
  if (asked !== null && asked >= MAX_RETRY_AFTER_MS) return null;
  if (asked !== null && asked >= 0) return asked;
  return backoffMs(retriesDone, baseDelayMs, MAX_BACKOFF_MS, random);
}
