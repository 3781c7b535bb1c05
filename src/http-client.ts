/**
 * Facts about HTTP answers and transport errors that both outbound clients need: the REST client
 * (`src/openai`) and the v1 server's model client (`src/v1-server/model`).
 */
import type { IncomingHttpHeaders } from 'node:http';

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

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

/** The error's `code`, or that of its causes (undici wraps socket errors; a few levels, as chains can be cyclic). */
export function errorCode(err: unknown): string | undefined {
  let current = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string') return code;
    current = Reflect.get(current, 'cause');
  }
  return undefined;
}
