/**
 * Every request's id: a valid incoming `x-request-id` is kept, else a new one is made. `handle`
 * (and the WebSocket upgrade) writes the chosen id back into the request's headers, so whatever
 * reads the request later (the context factory, the transports) finds the one id; it goes out on
 * the response, on the request's log lines, upstream, and in every GraphQL error's
 * `extensions.requestId`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { ExecutionResult, GraphQLErrorExtensions } from 'graphql';
import { isAsyncIterable, mapAsyncIterator } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { REQUEST_ID, REQUEST_ID_HEADER } from './v1/requests.js';

export { REQUEST_ID_HEADER };

/** `incoming` when it is a valid id (1–200 of `A-Za-z0-9._:-`), else a new one. */
export function requestIdOf(incoming: string | string[] | null | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Chooses the request's id and writes it into its headers for everyone after; returns it. */
export function assignRequestId(request: IncomingMessage): string {
  const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = requestId;
  return requestId;
}

/** `error` with `extensions` in place of its own (a GraphQLError's extensions cannot be changed). */
export function withExtensions(error: GraphQLError, extensions: GraphQLErrorExtensions): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/** `error` with `extensions.requestId`. */
export function withRequestId(error: GraphQLError, requestId: string): GraphQLError {
  return withExtensions(error, { ...error.extensions, requestId });
}

/** `result` with `extensions.requestId` in each of its errors. */
export function resultWithRequestId(result: ExecutionResult, requestId: string): ExecutionResult {
  return result.errors ? { ...result, errors: result.errors.map((error) => withRequestId(error, requestId)) } : result;
}

/**
 * Gives the errors of every answer yoga writes (refusals before execution included, and each
 * event of a stream) the request's id, just before it is written.
 */
export function requestIdInErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER));
      if (isAsyncIterable(result)) setResult(mapAsyncIterator(result, (each: ExecutionResult) => resultWithRequestId(each, requestId)));
      // Batching is off: a result is never a list.
      else if (!Array.isArray(result)) setResult(resultWithRequestId(result, requestId));
    },
  };
}
