/**
 * The contract's error codes, and the one place upstream failures become GraphQL errors.
 * Resolvers throw `UpstreamError` or the helpers below; `toGraphQLError` (wired into yoga's error
 * masking) turns everything else into a masked INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from 'graphql';
import { recogniseConflict } from '../v1/conflicts.js';
import type { ConflictReason } from '../v1/conflicts.js';
import { UpstreamError } from '../openai/errors.js';
import { GlobalIdError } from './global-id.js';
import { RUN } from './identity.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export type { ConflictReason };

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

/** The caller is known but may not do this (`jwt` mode: a change only administrators may make). */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** An upstream 404: the object does not exist (for this caller). */
export function isNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'http' && error.status === 404;
}

export function runNotFound(threadId: string, runId: string): GraphQLError {
  return notFound(`No run ${runId} on thread ${threadId}.`);
}

export function conflict(message: string, reason: ConflictReason, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', reason, ...extra } });
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'UPSTREAM_UNAVAILABLE';
  return 'UPSTREAM_ERROR';
}

/** Upstream 400s that really say "wrong state", known by their wording (`KNOWN_CONFLICTS`). */
function conflictFromMessage(message: string): { reason: ConflictReason; runId?: string; runNodeId?: string } | null {
  const known = recogniseConflict(message);
  if (!known) return null;
  const { reason, threadId, runId } = known;
  if (threadId === undefined || runId === undefined) return { reason };
  return { reason, runId, runNodeId: RUN.globalId({ threadId, id: runId }) };
}

export function fromUpstreamError(error: UpstreamError): GraphQLError {
  const upstream = {
    status: error.status,
    type: error.type,
    code: error.code,
    param: error.param,
    requestId: error.requestId,
  };
  const retryAfter = error.retryAfterSeconds === null ? {} : { retryAfter: error.retryAfterSeconds };
  switch (error.kind) {
    case 'timeout':
      return new GraphQLError('The upstream did not answer in time.', {
        extensions: { code: 'UPSTREAM_TIMEOUT' },
      });
    case 'unavailable':
      return new GraphQLError(`The upstream is unavailable: ${error.message}`, {
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      });
    case 'malformed':
    case 'stream':
      return new GraphQLError(error.message, { extensions: { code: 'UPSTREAM_ERROR', upstream } });
    case 'http': {
      const status = error.status ?? 502;
      const state = status === 400 ? conflictFromMessage(error.message) : null;
      if (state) {
        return new GraphQLError(error.message, {
          extensions: {
            code: 'CONFLICT',
            reason: state.reason,
            ...(state.runId ? { runId: state.runId, runNodeId: state.runNodeId } : {}),
            upstream,
          },
        });
      }
      return new GraphQLError(error.message, {
        extensions: { code: codeForStatus(status), ...retryAfter, upstream },
      });
    }
  }
}

/**
 * A variable the caller sent that does not fit its declared type (wrong type, unknown enum value,
 * a scalar's own complaint, a missing or misnamed input field). graphql-js reports these before
 * execution, naming the variable and path, and wraps the scalar's error: they are the caller's
 * mistake, answered 400 like any request refused before execution.
 */
function variableCoercionError(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError) || error.path !== undefined || !/^Variable "\$[^"]+" /.test(error.message)) return null;
  // Suggestions stay hidden, as for every other error: they would describe the schema without introspection.
  return new GraphQLError(error.message.replace(/ Did you mean .*\?$/, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** Yoga's `maskedErrors.maskError`: known errors pass with their code, everything else is masked. */
export function maskError(error: unknown, message: string): Error {
  const coercion = variableCoercionError(error);
  if (coercion) return coercion;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof UpstreamError) return withPath(fromUpstreamError(original), error);
  if (original instanceof GlobalIdError) return withPath(badUserInput(original.message, original.argument), error);
  if (original instanceof GraphQLError && typeof original.extensions['code'] === 'string') {
    return withPath(original, error);
  }
  if (error instanceof GraphQLError && typeof error.extensions['code'] === 'string') return error;
  if (error instanceof GraphQLError && !error.originalError) return error;
  return new GraphQLError(message, {
    ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function withPath(mapped: GraphQLError, located: unknown): GraphQLError {
  if (!(located instanceof GraphQLError)) return mapped;
  return new GraphQLError(mapped.message, {
    nodes: located.nodes,
    source: located.source,
    positions: located.positions,
    path: located.path,
    extensions: mapped.extensions,
  });
}
