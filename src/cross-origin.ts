/**
 * The answers the facade writes itself, outside yoga (uploads, downloads): CORS for the allowed
 * origins as yoga's CORS gives it, CSRF prevention as yoga's plugin applies it, and errors in the
 * GraphQL error shape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from './request-id.js';

/**
 * Headers a browser cannot send cross-site without a CORS preflight: a request that may run on the
 * server's key with a body browsers send without one (a form, a multipart upload) must carry one.
 */
export const CSRF_HEADERS = ['authorization', 'x-graphql-yoga-csrf', 'apollo-require-preflight'];

/** Yoga's CSRF refusal, word for word. */
export const CSRF_REFUSAL = 'Required CSRF header(s) not present';

/** Whether a browser page from `origin` may use the API: the same allow-list as CORS. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes(origin) || allowed.includes('*');
}

/** An allowed origin's CORS headers, as yoga's CORS answers an actual request; none for another origin. */
export function corsHeaders(request: IncomingMessage, allowed: readonly string[]): Record<string, string> {
  const origin = request.headers.origin;
  return origin !== undefined && originAllowed(origin, allowed) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}

/** Whether the request carries one of `CSRF_HEADERS`. */
export function hasCsrfHeader(request: IncomingMessage): boolean {
  return CSRF_HEADERS.some((name) => request.headers[name] !== undefined);
}

/** An error answer in the GraphQL shape, with the request's id. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  const requestId = response.getHeader(REQUEST_ID_HEADER);
  const body = JSON.stringify({ errors: [{ message, extensions: { ...extensions, ...(typeof requestId === 'string' ? { requestId } : {}) } }] });
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  response.end(body);
}
