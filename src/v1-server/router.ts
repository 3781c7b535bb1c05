/**
 * Route table plumbing: each route names an operation of a version's table (`src/v1/operations.ts`,
 * `src/v2/operations.ts`), whose method and path template (relative to `/v1`, such as
 * `/threads/{thread_id}/runs/{run_id}`) it answers, and gives its handler.
 */
import type { IncomingMessage } from 'node:http';
import { OPERATIONS } from '../v1/operations.js';
import type { Method, Operation, OperationName } from '../v1/operations.js';
import type { Thread } from '../v1/schemas.js';
import { getThread } from './resources.js';
import type { Embeddings } from './retrieval/embeddings.js';
import type { RunEngine } from './runs/engine.js';
import type { RunListener } from './runs/events.js';
import type { Store } from './store/store.js';
import type { EventSink } from './streaming.js';

export interface RouteContext {
  /** A hash of the caller's API key: every object is scoped by it. */
  scope: string;
  /** The request's `x-request-id`: also sent to the model server by the runs it starts or resumes. */
  requestId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, `undefined` when none was sent or the route reads its own. */
  body: unknown;
  /** The request, for a route that reads its own body (a multipart one): unread until `acceptBody()`. */
  request: IncomingMessage;
  /** Says the body is wanted now (to a client waiting for a go-ahead, `Expect: 100-continue`). */
  acceptBody(): void;
  /** The most bytes an uploaded file may have. */
  maxFileBytes: number;
  store: Store;
  engine: RunEngine;
  /** Embeds the chunks of uploaded files; undefined without `EMBEDDING_MODEL`. */
  embeddings: Embeddings | undefined;
  /** Unix seconds on the v1 server's clock. */
  now(): number;
  /** An SSE sink for this response; nothing is written until its first event. */
  eventSink(): EventSink;
}

/** Bytes sent as a download. */
export interface Download {
  filename: string;
  bytes: number;
  content: AsyncIterable<Uint8Array>;
}

/** A JSON answer, `stream` when the handler answered through its event sink, or a download. */
export type RouteResult =
  | { status?: number; body: unknown }
  | { stream: { runId: string; listener: RunListener } }
  | { download: Download };

export interface Route<Name extends string = OperationName> {
  operation: Name;
  handler(ctx: RouteContext): Promise<RouteResult>;
}

export interface CompiledRoute extends Route<string> {
  method: Method;
  /** Asks for `OpenAI-Beta`: every operation of the Assistants beta, not the Files API's. */
  beta: boolean;
  /** Reads its body itself from `ctx.request` (a multipart upload), with its own bound, instead of as JSON. */
  readsBody: boolean;
  regex: RegExp;
  names: string[];
}

export function compileRoutes<Name extends string = OperationName>(
  routes: readonly Route<Name>[],
  operations: Readonly<Record<Name, Operation>> = OPERATIONS as Readonly<Record<string, Operation>>,
): CompiledRoute[] {
  return routes.map((route) => {
    const operation: Operation = operations[route.operation];
    const { method, path } = operation;
    const names: string[] = [];
    const source = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return {
      ...route,
      method,
      beta: operation.family !== 'files',
      readsBody: operation.body === 'multipart',
      regex: new RegExp(`^${source}/?$`),
      names,
    };
  });
}

export interface FoundRoute {
  kind: 'found';
  route: CompiledRoute;
  params: Record<string, string>;
}

export type MatchResult =
  | FoundRoute
  | { kind: 'wrong_method' }
  | { kind: 'not_found' };

/** Literal segments win over parameters because routes are tried in the order listed. */
export function matchRoute(routes: readonly CompiledRoute[], method: string, path: string): MatchResult {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.regex.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    try {
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1] ?? '');
      });
    } catch {
      return { kind: 'not_found' };
    }
    return { kind: 'found', route, params };
  }
  return pathMatched ? { kind: 'wrong_method' } : { kind: 'not_found' };
}

/** A path parameter; routes only name parameters their template has. */
export function pathParam(ctx: RouteContext, name: string): string {
  return ctx.params[name] ?? '';
}

/** The thread named in the path, after its runs whose time is up have expired (so reads are current). */
export async function currentThread(ctx: RouteContext): Promise<Thread> {
  const thread = await getThread(ctx.store, ctx.scope, pathParam(ctx, 'thread_id'));
  await ctx.engine.sweep(ctx.scope, thread.id);
  return thread;
}
