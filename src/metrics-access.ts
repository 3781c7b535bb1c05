/**
 * Who may read `/metrics`: with a token, whoever sends it as a bearer token; without one, anyone,
 * but only while the facade listens on loopback alone (beyond it, the figures stay off).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isLoopback } from './http/loopback.js';

/** Digests have one length, so comparing them takes the same time whatever the token sent. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The status a `/metrics` request gets before any figure: 200 (serve them), 401 or 404. */
export function metricsAccess(token: string | undefined, host: string): (authorization: string | undefined) => 200 | 401 | 404 {
  if (token === undefined) {
    const open = isLoopback(host);
    return () => (open ? 200 : 404);
  }
  const expected = digest(`Bearer ${token}`);
  return (authorization) => (authorization !== undefined && timingSafeEqual(digest(authorization.trim()), expected) ? 200 : 401);
}
